"""An integer told only by its remainders, without a letter, and the remainder of a
calculation on it asked in words (`number_theory.unnamed_residues`). Our own problems:
each answer is checked here on every number up to a bound that leaves the remainders told,
plus near misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _same_for_all(known: list[tuple[int, int]], calc, mod: int) -> set[int]:
    """The remainders of calc(n) on division by mod, over every n < 2000 with the
    remainders told."""
    return {calc(n) % mod for n in range(2000) if all(n % d == r for r, d in known)}


@pytest.mark.parametrize(("problem", "answer", "known", "calc", "mod"), [
    ("A number leaves a remainder of 3 when divided by 8. What is the remainder when twice "
     "the number is divided by 8?", 6, [(3, 8)], lambda n: 2 * n, 8),
    ("A number is 7 more than a multiple of 10. What remainder does 4 times the number leave "
     "when divided by 10?", 8, [(7, 10)], lambda n: 4 * n, 10),
    ("An integer leaves a remainder of 2 when divided by 6. What remainder does the square of "
     "the integer leave when divided by 3?", 1, [(2, 6)], lambda n: n * n, 3),
    ("A certain whole number is 3 more than a multiple of 10. What is the remainder when the "
     "number squared is divided by 5?", 4, [(3, 10)], lambda n: n * n, 5),
    ("A number is 2 less than a multiple of 11. What is the remainder when the sum of the "
     "number and 20 is divided by 11?", 7, [(9, 11)], lambda n: n + 20, 11),
    ("If a positive integer leaves a remainder of 4 when divided by 5 and a remainder of 1 "
     "when divided by 3, what is the remainder when the integer is divided by 15?", 4,
     [(4, 5), (1, 3)], lambda n: n, 15),
    ("Dividing a number by 13 leaves a remainder of 6. Find the remainder when 5 more than "
     "the number is divided by 13.", 11, [(6, 13)], lambda n: n + 5, 13),
])
def test_remainder_of_a_calculation(problem, answer, known, calc, mod):
    assert _same_for_all(known, calc, mod) == {answer}
    assert_solved(problem, str(answer))


@pytest.mark.parametrize("problem", [
    # the divisor asked does not divide the one known: the remainder depends on the number
    "An integer leaves a remainder of 5 when divided by 6. What remainder does the integer "
    "leave when divided by 4?",
    # half of the number need not be a whole number
    "Suppose an integer is 7 more than a multiple of 12. Find the remainder when half the "
    "integer is divided by 6.",
    # "half of the integer plus 3": n/2 + 3 or (n + 3)/2, and half of it need not be whole
    "An integer leaves a remainder of 4 when divided by 9. What remainder does half of the "
    "integer plus 3 leave when divided by 9?",
    # remainders that cannot both hold, a remainder as large as its divisor
    "An integer leaves a remainder of 1 when divided by 4 and a remainder of 2 when divided "
    "by 6. What is the remainder when the integer is divided by 2?",
    "A number leaves a remainder of 9 when divided by 7. What is the remainder when twice the "
    "number is divided by 7?",
])
def test_unsettled_remainders_decline(problem):
    assert solve_now(problem).answer is None


def test_a_multiple_said_with_times_binds_tighter_than_a_sum_after_it():
    # "five times the integer plus 3" is 5n + 3, as "3x + 7" is written: 23 leaves 5
    assert_solved("An integer leaves a remainder of 4 when divided by 9. What remainder does "
                  "five times the integer plus 3 leave when divided by 9?", "5")

