"""More recognised shapes: each answers correctly with checkable steps, or declines."""

from __future__ import annotations

import pytest

from tutor.reasoning.symbolic.engine import solve_now
from tutor.verify.api import check_steps
from tutor.verify.verdict import Verdict


@pytest.mark.parametrize(("problem", "answer"), [
    (r"If $4x + 3(2 + x) = 20$, what is the value of $2x + 9$?", "13"),
    ("If $x^2 - 3x + 1 = 0$, find $x^3 - 8x + 5$.", "2"),
    ("What remainder does 2027 leave when divided by 9?", "2"),
    (r"What is the positive square root of the product $6 \times 10 \times 15$?", "30"),
    (r"Simplify the following expression in $x$: $$12x - 7 + 3x + 20.$$", "15 x + 13"),
    (r"Express $\frac{9}{8}$ as a decimal.", r"\frac{9}{8}"),
    ("Find the sum of all the multiples of 8 between 30 and 90.", "480"),
    ("What power of 16 is equal to 8?",
     r"\frac{3}{4}"),
    (r"What remainder is left when $1 + 2 + 3 + \dots + 20$ is divided by 9?", "3"),
    (r"Determine the mod $6$ remainder of $1+3+5+\dots+49$.", "1"),
    (r"Compute $1 + 3 + 5 + \dots + 99$.", "2500"),
    ("If the third term of an arithmetic sequence is $14$ and the ninth term is $38$, "
     "what is the fifth term?", "22"),
    ("What is $101110011_{2}$ in base 8?",
     "563_{8}"),
    ("The mean of $3$, $9$, $10$ and $x$ is $7$. What is the value of $x$?", "6"),
    ("What is the value of $y$ in the arithmetic sequence $5, y, 17$?", "11"),
    ("Determine the midpoint of the segment with endpoints at $(3,-4)$ and $(-9,6)$.",
     r"\left(-3, 1\right)"),
    (r"What is the product of the number $\sqrt{11}-2$ and its radical conjugate?", "-7"),
    (r"What is the 250th term of the sequence 1, 3, 5, 7, $\dots$?", "499"),
    (r"What is the sum of the digits of the terminating decimal representation of "
     r"$\frac{37}{5000}$?", "11"),
])
def test_new_shapes_answer_with_verified_steps(problem, answer):
    sol = solve_now(problem)
    assert sol.answer == answer, sol.detail
    assert all(s.rule and s.hint and "$" in s.text for s in sol.steps)
    verdicts = check_steps(problem, [s.text for s in sol.steps])
    assert any(v.verdict is Verdict.VERIFIED or v.partly for v in verdicts)
    assert not any(v.verdict is Verdict.REFUTED for v in verdicts)


@pytest.mark.parametrize("problem", [
    # the value depends on which root is taken
    r"If $x^2 = 4$, what is the value of $x + 1$?",
    # 'between' is ambiguous when an end is itself a multiple
    "Add up every multiple of 8 that lies between 32 and 96.",
    # not arithmetic
    r"Compute $1 + 2 + 4 + \dots + 64$.",
    # 4 and 6 are not powers of one base
    "What power of 4 is equal to 6?",
    # an octal name on a binary numeral
    r"The octal number $101_{2}$ is equal to what number in base eight?",
    # vectors of different sizes
    r"Compute the dot product of $\begin{pmatrix} 2 \\ 1 \end{pmatrix}$ with $\begin{pmatrix} 0 "
    r"\\ 1 \\ 7 \end{pmatrix}.$",
    # the unknown is not in the list
    "The mean of 4, 6 and 8 is $x$. What is the value of $y$?",
    # the unknown is not the middle term
    "What is the value of $x$ in the arithmetic sequence $x, 3, 5$?",
    # the label contradicts the list
    "What is the 10th term of the sequence of odd numbers 2, 4, 6, $\\dots$?",
    # not arithmetic
    "What is the 10th term of the sequence 2, 4, 8, $\\dots$?",
    # the decimal does not terminate
    r"Written as a terminating decimal, $\frac{2}{7}$ has digits with what sum?",
])
def test_unsafe_variants_decline(problem):
    sol = solve_now(problem)
    assert sol.answer is None, sol.answer
