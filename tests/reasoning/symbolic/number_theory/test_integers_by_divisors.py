"""One integer known by facts about its divisors (`number_theory.integers_by_divisors`), in
our own wordings; each answer is checked here by brute force, and facts that more than one
integer (or none) has decline."""

from __future__ import annotations

import pytest
import sympy as sp

from tutor.reasoning.symbolic.engine import solve_now


def _only(count: int | None, total: int | None, divides: list[int], up_to: int) -> int:
    found = [n for n in range(1, up_to) if all(n % d == 0 for d in divides)
             and (count is None or sp.divisor_count(n) == count)
             and (total is None or sp.divisor_sigma(n) == total)]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(("problem", "count", "total", "divides"), [
    (r"The integer $x$ has 12 positive factors. The numbers 12 and 15 are factors of $x$. "
     r"What is $x$?", 12, None, [12, 15]),
    (r"The positive integer $m$ has exactly 6 divisors and is divisible by 4 and 3. What is "
     r"$m$?", 6, None, [4, 3]),
    (r"The integer $y$ has 10 positive divisors. The numbers 16 and 3 are factors of $y$. What "
     r"is $y$?", 10, None, [16, 3]),
    (r"The sum of all the positive factors of integer $x$ is 24. If one of the factors is 3, "
     r"what is the value of $x$?", None, 24, [3]),
    (r"The sum of the positive divisors of $n$ is 24, and 3 is a divisor of $n$. Find $n$.",
     None, 24, [3]),
    (r"The sum of the positive divisors of $k$ is 56, and 2 and 7 divide $k$. What is $k$?",
     None, 56, [2, 7]),
])
def test_an_integer_told_by_its_divisors(problem: str, count: int | None, total: int | None,
                                         divides: list[int]) -> None:
    got = solve_now(problem)
    # with a count only, the answer is below 2000 here: brute force over that range
    assert got.answer == str(_only(count, total, divides, 2000)) and got.confirmed


@pytest.mark.parametrize("problem", [
    r"The sum of all positive divisors of $k$ is 31. What is $k$?",  # 16 and 25
    r"The integer $x$ has 6 positive factors. 2 is a factor of $x$. What is $x$?",  # 12, 18, ..
    r"The integer $x$ has 4 positive factors. 12 is a factor of $x$. What is $x$?",  # none
    r"The integer $x$ has 12 positive factors. The numbers 12 and 15 are factors of $y$. What "
    r"is $x$?",  # another letter
    r"The integer $x$ has 12 positive factors. The numbers 12 and 15 are not factors of $x$. "
    r"What is $x$?",  # a word it does not read
])
def test_facts_that_do_not_fix_one_integer_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
