"""Yes-or-no questions about three lengths as a triangle's sides
(`geometry.triangle_tests`), in wordings of our own; answers worked by hand."""

from __future__ import annotations

import pytest

from tutor.reasoning.symbolic.engine import solve_now
from tutor.verify.api import check_steps
from tutor.verify.verdict import Verdict

YES, NO = r"\text{Yes}", r"\text{No}"


@pytest.mark.parametrize(("problem", "answer"), [
    # 8^2 + 15^2 = 289 = 17^2
    ("A triangle has sides 8, 15 and 17. Is it a right triangle?", YES),
    # 49 + 64 = 113, not 100 nor 144
    ("Is a triangle with sides 7, 8, 12 a right triangle?", NO),
    # 25 + 36 = 61 > 49: acute; 16 + 25 = 41 < 64: obtuse
    ("Is a triangle with sides 5, 6 and 7 acute?", YES),
    ("Is the triangle with sides 4, 5 and 8 an obtuse triangle?", YES),
    ("Is a triangle with sides 4, 5 and 8 acute?", NO),
    # 2 + 5 = 7, not more than 7; 5 + 6 > 10
    ("Can 2, 5 and 7 be the sides of a triangle?", NO),
    ("Can 5, 6 and 10 be the side lengths of a triangle?", YES),
    ("Do 20, 21 and 29 form a right triangle?", YES),
    (r"Is a triangle with sides $\sqrt{3}$, $1$ and $2$ a right triangle?", YES),
])
def test_triangle_questions(problem: str, answer: str) -> None:
    got = solve_now(problem)
    assert got.answer == answer, got.detail
    verdicts = check_steps(problem, [s.text for s in got.steps])
    assert all(v.verdict is Verdict.VERIFIED for v in verdicts)


@pytest.mark.parametrize("problem", [
    # told a triangle whose sides cannot make one
    "A triangle has sides 1, 2 and 5. Is it obtuse?",
    # a letter among the sides
    "Is a triangle with sides 3, 4 and x a right triangle?",
    # a length that is not positive
    "Can 0, 4 and 4 be the sides of a triangle?",
])
def test_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
