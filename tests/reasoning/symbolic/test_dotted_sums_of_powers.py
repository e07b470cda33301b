"""Dotted sums whose terms are written as powers of numbers (`\\frac{2^2}{3^2}`, `\\frac{1}{5^3}`)
and dotted sums asked with a colon after the verb ('Compute: ...'), read by
`geometric_dotted` and `finite_sums.read`."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(
    ("problem", "answer"),
    [
        # 3/5 (1 - (3/5)^6) / (2/5): the first term is the power written plainly
        (r"Find $\frac{3}{5} + \frac{3^2}{5^2} + \frac{3^3}{5^3} + \cdots + \frac{3^6}{5^6}$.",
         r"\frac{22344}{15625}"),
        # 1/5 + 1/25 + ... + 1/5^5 = (1 - 5^-5)/4
        (r"What is $\frac{1}{5} + \frac{1}{5^2} + \frac{1}{5^3} + \dots + \frac{1}{5^{5}}$? "
         r"Express your answer as a common fraction.", r"\frac{781}{3125}"),
        # a ratio above one: 4/3 + 16/9 + 64/27 + 256/81
        (r"Evaluate the sum $\frac{4}{3}+\frac{4^2}{3^2}+\frac{4^3}{3^3}+\ldots+\frac{4^{4}}"
         r"{3^{4}}$.", r"\frac{700}{81}"),
        # negative exponents are powers too: 1/3 + 1/9 + ... + 1/3^7
        (r"Compute $3^{-1} + 3^{-2} + 3^{-3} + \cdots + 3^{-7}$.", r"\frac{1093}{2187}"),
        # signs that alternate with the ratio -2/7
        (r"Find $\frac{2}{7} - \frac{2^2}{7^2} + \frac{2^3}{7^3} - \cdots - \frac{2^{4}}{7^{4}}$.",
         r"\frac{530}{2401}"),
    ],
)
def test_sums_of_written_powers(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(
    ("problem", "answer"),
    [
        (r"Compute: $\frac{2}{9} + \frac{4}{9} + \frac{6}{9} + \cdots + \frac{18}{9}$.", "10"),
        (r"Evaluate: $5 + 10 + 15 + \dots + 100$", "1050"),
        (r"Calculate: $1 + 3 + 9 + \cdots + 729$.", "1093"),
    ],
)
def test_a_colon_after_the_verb(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(
    "problem",
    [
        # the last written power is not the next in the ratio's run (3^6/5^5)
        r"Find $\frac{3}{5} + \frac{3^2}{5^2} + \frac{3^3}{5^3} + \cdots + \frac{3^6}{5^5}$.",
        # a written term breaks the ratio
        r"Find $\frac{1}{5} + \frac{1}{5^2} + \frac{1}{5^4} + \cdots + \frac{1}{5^{9}}$.",
        # a root is no rational term
        r"Compute $\sqrt{2} + 2 + 2\sqrt{2} + \cdots + 16$.",
    ],
)
def test_broken_or_unread_patterns_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
