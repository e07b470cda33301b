"""More recognised shapes: each answers correctly with checkable steps, or declines."""

from __future__ import annotations

import pytest

from tutor.reasoning.symbolic.engine import solve_now
from tutor.verify.api import check_steps
from tutor.verify.verdict import Verdict


@pytest.mark.parametrize(("problem", "answer"), [
    (r"If $4x + 3(2 + x) = 20$, what is the value of $2x + 9$?", "13"),
    (r"If $x^2 - x - 1 = 0$, what is the value of $x^3 - 2x + 3$?", "4"),
    ("What is the remainder of 1009 divided by 8?", "1"),
    (r"What is the positive square root of the product $6 \times 10 \times 15$?", "30"),
    (r"Simplify the following expression in $x$: $$12x - 7 + 3x + 20.$$", "15 x + 13"),
    (r"What is $\frac{7}{4}$ expressed as a decimal?", "\\frac{7}{4}"),
    (r"Find the dot product of $\begin{pmatrix} 1 \\ -3 \\ 2 \end{pmatrix}$ and "
     r"$\begin{pmatrix} 4 \\ 2 \\ -1 \end{pmatrix}.$", "-4"),
    ("What is the sum of all of the multiples of 9 between 50 and 150?", "1089"),
    (r"What power of 8 is equal to 4? Express your answer as a common fraction.",
     "\\frac{2}{3}"),
    (r"What is the remainder when $1 + 2 + 3 + \dots + 11 + 12$ is divided by 7?", "1"),
    (r"Find the modulo $7$ remainder of the sum $1+3+5+\dots+97+99.$", "1"),
    (r"Compute $1 + 3 + 5 + \dots + 99$.", "2500"),
    ("If the third term of an arithmetic sequence is $14$ and the ninth term is $38$, "
     "what is the fifth term?", "22"),
    (r"The binary number $110110101_{2}$ is equal to what number in base eight?",
     "665_{8}"),
    ("The arithmetic mean of 4, 11, $x$ and 6 is 8. What is the value of $x$?", "11"),
    ("Half the value of $5x-4$ is $2x+3$. What is the value of $x$?", "10"),
    ("What is the integer value of $x$ in the arithmetic sequence $2^3, x, 2^5$?", "20"),
    ("Find the midpoint of the line segment between $(-7,1)$ and $(5,9)$. Express your "
     "answer as an ordered pair, $(x,y)$.", "\\left(-1, 5\\right)"),
    ("Compute the product of the number $7-\\sqrt{5}$ and its radical conjugate.", "44"),
    ("What is the 1500th term of the sequence of odd numbers 1, 3, 5, 7, $\\dots$?", "2999"),
    ("What is the sum of the digits in the terminating decimal representation of the "
     "fraction $\\frac{123}{2^5\\cdot5^3}$?", "15"),
    ("What is the last nonzero digit to the right of the decimal point in the decimal "
     "expansion of $\\frac{57}{80}$?", "5"),
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
    "What is the sum of all of the multiples of 7 between 105 and 200?",
    # not arithmetic
    r"Compute $1 + 2 + 4 + \dots + 64$.",
    # 4 and 6 are not powers of one base
    "What power of 4 is equal to 6?",
    # an octal name on a binary numeral
    r"The octal number $101_{2}$ is equal to what number in base eight?",
    # vectors of different sizes
    r"Find the dot product of $\begin{pmatrix} 1 \\ 2 \end{pmatrix}$ and "
    r"$\begin{pmatrix} 3 \\ 4 \\ 5 \end{pmatrix}$.",
    # the unknown is not in the list
    "The mean of 4, 6 and 8 is $x$. What is the value of $y$?",
    # the unknown is not the middle term
    "What is the value of $x$ in the arithmetic sequence $x, 3, 5$?",
    # the label contradicts the list
    "What is the 10th term of the sequence of odd numbers 2, 4, 6, $\\dots$?",
    # not arithmetic
    "What is the 10th term of the sequence 2, 4, 8, $\\dots$?",
    # the decimal does not terminate
    "What is the sum of the digits in the terminating decimal representation of the "
    "fraction $\\frac{1}{3}$?",
])
def test_unsafe_variants_decline(problem):
    sol = solve_now(problem)
    assert sol.answer is None, sol.answer
