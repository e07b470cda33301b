"""Heights and shadows at one time of day (`geometry.shadow_heights`): each height is the same
multiple of its shadow. Our own problems in several wordings, answers worked out by hand; near
misses (two units, a thing told twice, the known thing asked, an unread clause) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 5/2 * 16
    ("A 5-foot girl casts a 2-foot shadow. At the same time, a tree casts a 16-foot shadow. "
     "How tall is the tree?", "40"),
    # 12 * 30 / 8
    ("A lamppost that is 12 meters tall casts a shadow 8 meters long. At the same time, a "
     "nearby tower casts a shadow 30 meters long. What is the height of the tower?", "45"),
    # 21 * 4 / 6
    ("Omar is 6 feet tall and casts a shadow of 4 feet. How long is the shadow of a 21-foot "
     "tree at the same time?", "14"),
    # the thing asked told first: 35 * 3 / 5
    ("A building casts a 35-foot shadow while a 3-foot post casts a 5-foot shadow. How tall is "
     "the building?", "21"),
    # 9 * 2 / 3
    ("A 3-meter pole casts a 2-meter shadow. How long a shadow does a 9-meter tree cast?", "6"),
    # "the tree's shadow" asked: 40 * 3 / 6; "when" joining the two things: 15 * 6 / 5
    ("A 40-foot tree casts a shadow. A 6-foot man casts a 3-foot shadow. How long is the tree's "
     "shadow?", "20"),
    ("A mast casts a 15-foot shadow when a 6-foot fence post casts a 5-foot shadow. How tall is "
     "the mast?", "18"),
    # "at the same time" with no "that" before the second clause: 6 / 4 * 20
    ("A 6-foot man casts a 4-foot shadow at the same time a tree casts a 20-foot shadow. How "
     "tall is the tree?", "30"),
    # 2 / 3 * 15
    ("A tree casts a 15-meter shadow at the same time a 2-meter pole casts a 3-meter shadow. "
     "How tall is the tree?", "10"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_shadow_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # feet and inches
    "A 6-foot man casts a 4-foot shadow. At the same time, a tree casts a 20-inch shadow. How "
    "tall is the tree?",
    # another time of day: another angle
    "A 6-foot man casts a 4-foot shadow. In the morning, a tree casts a 20-foot shadow. How "
    "tall is the tree?",
    # the man's height is told, not asked
    "A 6-foot man casts a 4-foot shadow. A tree casts a 20-foot shadow. How tall is the man?",
    # a third thing
    "A 6-foot man casts a 4-foot shadow. A tree casts a 20-foot shadow and a pole casts a "
    "10-foot shadow. How tall is the tree?",
    # a time of day not read
    "A 6-foot man casts a 4-foot shadow at the same time a tree casts a 20-foot shadow in the "
    "morning. How tall is the tree?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_shadow_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # the thing asked about told first, "at the same time that" joining the two: 36 * 5 / 4
    ("A pole casts a 36-foot shadow at the same time that a 5-foot girl casts a 4-foot shadow. "
     "How tall is the pole in feet?", "45"),
    # 40 * 3 / 5
    ("At the same time of day, a 3-foot stick casts a 5-foot shadow and a tower casts a 40-foot "
     "shadow. How tall is the tower, in feet?", "24"),
])
def test_shadows_in_joined_clauses(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # 2/3 of 15
    ("a tree throws a 15 m shadow while a 2 m stick throws a 3 m shadow. how tall is the tree",
     "10"),
    ("A 6-foot man throws a 4-foot shadow. At the same time, a tree throws a 20-foot shadow. "
     "How tall is the tree?", "30"),
])
def test_a_thing_that_throws_a_shadow(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_thrown_ball_is_no_shadow() -> None:
    assert solve_now("A boy throws a ball 20 feet. A tree casts a shadow 10 feet long. How tall "
                     "is the tree?").answer is None
