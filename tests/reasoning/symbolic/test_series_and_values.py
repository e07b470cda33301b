"""More recognised shapes: each answers correctly with checkable steps, or declines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.verify.api import check_steps
from tutor.verify.verdict import Verdict


@pytest.mark.parametrize(("problem", "answer"), [
    (r"Given that $5x + 2(x - 3) = 22$, find the value of $3x - 1$.", "11"),
    ("If $x^2 - 3x + 1 = 0$, find $x^3 - 8x + 5$.", "2"),
    ("What remainder does 2027 leave when divided by 9?", "2"),
    (r"Find the positive square root of $2 \cdot 8 \cdot 9 \cdot 4$.", "24"),
    (r"Simplify the following expression: $$5y + 11 - 9y + 4 + 2y^2 - y.$$", "2 y^{2} - 5 y + 15"),
    (r"Express $\frac{9}{8}$ as a decimal.", "1.125"),
    ("Find the sum of all multiples of 13 between 1000 and 1100.", "8372"),
    ("What power of 16 is equal to 8?",
     r"\frac{3}{4}"),
    (r"Find the remainder when the sum $1 + 2 + 3 + \dots + 111$ is divided by 13.", "2"),
    (r"Determine the mod $6$ remainder of $1+3+5+\dots+49$.", "1"),
    (r"Compute $1 + 3 + 5 + \dots + 99$.", "2500"),
    ("The second term of an arithmetic sequence is $7$, and the sixth term is $19$. What is "
     "the tenth term?", "31"),
    ("What is $101110011_{2}$ in base 8?",
     "563_{8}"),
    ("The mean of $3$, $9$, $10$ and $x$ is $7$. What is the value of $x$?", "6"),
    (r"The first term of an arithmetic sequence is $-\frac{5}{2}$, and the third term is "
     r"$\frac{41}{2}$. What is the second term?", "9"),
    ("Determine the midpoint of the segment with endpoints at $(3,-4)$ and $(-9,6)$.",
     r"\left(-3, 1\right)"),
    (r"Compute $(3+\sqrt{7})(3-\sqrt{7})$.", "2"),
    (r"What is the 120th term of the sequence 4, 7, 10, 13, $\dots$?", "361"),
    (r"Find the sum of the digits of $3^{7}$.", "18"),
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
    r"Given $t^2 = 9$, find $2t - 1$.",
    # 'between' is ambiguous when an end is itself a multiple
    "Add up every multiple of 8 that lies between 32 and 96.",
    # 4 and 6 are not powers of one base
    "What power of 4 is equal to 6?",
    # a numeral with digits its base does not have
    r"Convert $7254_{2}$ to base 8.",
    # vectors of different sizes
    r"Multiply $\begin{pmatrix} 4 \\ -3 \end{pmatrix}$ by $\begin{pmatrix} 1 \\ 2 \\ 5 "
    r"\end{pmatrix}$ with the dot product. What number results?",
    # the unknown is not in the list
    "The mean of 4, 6 and 8 is $x$. What is the value of $y$?",
    # the unknown is not the middle term
    r"What is the value of $k$ in the arithmetic sequence $k, -\frac{13}{4}, \frac{41}{4}$?",
    # the label contradicts the list
    "What is the twentieth term of the sequence of even numbers 13, 15, 17, 19, 21, $\\dots$?",
    # not arithmetic
    "What is the 10th term of the sequence 2, 4, 8, $\\dots$?",
    # the decimal does not terminate
    r"Written as a terminating decimal, $\frac{2}{7}$ has digits with what sum?",
])
def test_unsafe_variants_decline(problem):
    sol = solve_now(problem)
    assert sol.answer is None, sol.answer


@pytest.mark.parametrize(("problem", "answer"), [
    (r"What is the sum of the infinite geometric series $18 + 6 + 2 + \cdots$?", "27"),
    (r"Evaluate the infinite geometric series: $$5 - \frac{5}{2} + \frac{5}{4} - \cdots$$",
     r"\frac{10}{3}"),
    (r"Find the sum of the series $0.9 + 0.09 + 0.009 + \dotsb$.", "1"),
])
def test_an_infinite_geometric_series_written_out_is_summed(problem: str, answer: str) -> None:
    sol = solve_now(problem)
    assert sol.answer == answer, sol.detail
    assert any("one by one" in c for c in sol.confirmed)


@pytest.mark.parametrize("problem", [
    r"Compute $3 + 6 + 12 + \cdots$.",  # ratio 2: no sum
    r"Compute $1 + \frac{1}{2} + \frac{1}{3} + \cdots$.",  # not geometric
    r"Compute $4 + 2 + \cdots$.",  # two terms do not fix a pattern
])
def test_a_divergent_or_unclear_written_series_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_a_written_out_arithmetic_sum_is_confirmed_term_by_term() -> None:
    sol = assert_solved(r"Find the sum: $4 + 11 + 18 + \dots + 67 + 74$.", "429")  # 11 terms
    assert "the terms added one by one give the same total" in sol.confirmed
