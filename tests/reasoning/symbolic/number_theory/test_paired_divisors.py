"""Listed divisors are shown in pairs whose product is the number ("1 · 45 = 3 · 15 =
5 · 9 = 45"), products the checker confirms, where the bare list was unchecked. Our own
numbers."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.number_theory.divisor_listing import paired_divisors
from tutor.verify.api import check_steps
from tutor.verify.verdict import Verdict


def test_pairs_meet_in_the_middle_and_a_square_root_pairs_with_itself() -> None:
    assert paired_divisors(45, [1, 3, 5, 9, 15, 45]) == \
        "1 \\cdot 45 = 3 \\cdot 15 = 5 \\cdot 9 = 45"
    assert paired_divisors(49, [1, 7, 49]) == "1 \\cdot 49 = 7 \\cdot 7 = 49"
    assert paired_divisors(1, [1]) == ""


@pytest.mark.parametrize(("problem", "answer"), [
    ("What are the positive divisors of 45?", "1, 3, 5, 9, 15, 45"),
    ("list the even factors of 18", "2, 6, 18"),
])
def test_the_listing_step_is_verified(problem: str, answer: str) -> None:
    sol = assert_solved(problem, answer)
    verdicts = check_steps(problem, [s.text for s in sol.steps])
    listing = [v for s, v in zip(sol.steps, verdicts, strict=True) if "pair up" in s.text]
    assert listing and all(v.verdict is Verdict.VERIFIED for v in listing), [
        s.text for s in sol.steps]
