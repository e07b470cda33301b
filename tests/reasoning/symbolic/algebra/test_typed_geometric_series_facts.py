"""An infinite geometric series known by its sum and the sum of the squares (or cubes) of
its terms, or by its second term (our own problems, solved by hand); near misses, where two
series fit or the facts are not these, decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # a/(1 - r) = 8, a/(1 + r) = 32/8 = 4: r = 1/3, a = 16/3
    (r"An infinite geometric series has sum 8 and the sum of the squares of its terms is 32. "
     r"Find the first term.", r"\frac{16}{3}"),
    # a/(1 - r) = 6, a/(1 + r) = 2: r = 1/2
    (r"The terms of an infinite geometric series have sum 6, and their squares have sum 12. "
     r"What is the common ratio?", r"\frac{1}{2}"),
    # a = 4 and a/(1 - r) = 8: r = 1/2, the second term 2
    (r"An infinite geometric series has first term $4$ and the sum of its terms is $8$. What "
     r"is the second term?", "2"),
    # a^3 / (1 - r^3) = 27 / (7/8) with a = 3, r = 1/2: the sum is 6
    (r"The first term of an infinite geometric series is 3, and the sum of the cubes of its "
     r"terms is $\frac{216}{7}$. What is the sum of the series?", "6"),
    # a/(1 - r) = 10, a^2/(1 - r^2) = 20: a/(1 + r) = 2, r = 2/3, a = 10/3; ar = 20/9
    (r"For an infinite geometric series the sum is $10$ and the sum of the squares of the "
     r"terms is $20$. Determine the second term.", r"\frac{20}{9}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_geometric_series_known_by_sums_of_powers(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # r = 1/3 (a = 6) and r = 2/3 (a = 3) both fit
    r"An infinite geometric series has second term 2 and sum 9. Find the first term.",
    # r = 1/2 or -1/2: the sum is 6 or 2
    r"The first term of an infinite geometric series is 3 and the sum of the squares of its "
    r"terms is 12. What is the sum of the series?",
    # a partial sum is not one of the facts read
    r"An infinite geometric series has sum 8 and the sum of the first two terms is 6. Find "
    r"the first term.",
    # r = 0 would be needed: no such series
    r"The sum of the cubes of the terms of an infinite geometric series is 8 and the first "
    r"term is 2. Find the common ratio.",
])
def test_geometric_series_fact_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
