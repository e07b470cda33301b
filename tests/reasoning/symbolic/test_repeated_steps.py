"""A claim is said once: a step that repeats the one before it ("x = 84", then "The part:
x = 84"; a fraction written as a decimal twice) is kept once, in its later wording."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.model import step, without_repeats


def test_the_later_wording_of_a_repeated_claim_is_kept() -> None:
    steps = [step("a", "h", "$3x = 12$", "3x = 12"), step("b", "h", "$x = 4$", "x = 4"),
             step("c", "h", "The number: $x = 4$", "x=4")]
    assert [s.text for s in without_repeats(steps)] == ["$3x = 12$", "The number: $x = 4$"]


def test_steps_without_a_claim_or_with_different_claims_are_all_kept() -> None:
    steps = [step("a", "h", "Write $n$ for the number."), step("b", "h", "Add them."),
             step("c", "h", "$x = 4$", "x = 4"), step("d", "h", "$y = 4$", "y = 4")]
    assert without_repeats(steps) == steps
    assert without_repeats([]) == []


@pytest.mark.parametrize(("problem", "answer"), [
    ("What is 45% of 160?", "72"),
    ("If 4 mugs cost $10.60, what do 6 mugs cost?", "15.90"),
    ("A cyclist rides 36 km in 2 hours. At that rate, how far does she ride in 5 hours?", "90"),
])
def test_no_solution_says_one_claim_twice_in_a_row(problem: str, answer: str) -> None:
    sol = assert_solved(problem, answer)
    claims = ["".join((s.latex or "").split()) for s in sol.steps]
    assert all(not a or a != b for a, b in zip(claims, claims[1:], strict=False)), [
        s.text for s in sol.steps]
