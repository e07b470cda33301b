"""The least or greatest possible overlap of two groups in a whole
(`combinatorics.overlap_bounds`). Our own problems; each answer is found here again by trying
every overlap whose four regions are not negative."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _overlaps(whole: int, a: int, b: int) -> list[int]:
    return [c for c in range(whole + 1)
            if a - c >= 0 and b - c >= 0 and whole - a - b + c >= 0]


@pytest.mark.parametrize(("problem", "answer"), [
    ("In a class of 40 students, 25 play chess and 22 play go. What is the minimum number of "
     "students who play both?", str(min(_overlaps(40, 25, 22)))),
    ("Eighty people were polled. Of these, 61 said they enjoyed jazz and 50 said they enjoyed "
     "opera. What is the smallest possible number of people polled who enjoyed both jazz and "
     "opera?", str(min(_overlaps(80, 61, 50)))),
    ("In a survey of 50 people, 30 own cats and 35 own dogs. What is the greatest possible "
     "number who own both?", str(max(_overlaps(50, 30, 35)))),
    ("Of the 30 members of a club, 12 swim and 10 cycle. Find the least possible number who "
     "both swim and cycle.", str(min(_overlaps(30, 12, 10)))),
    ("There are 60 pupils in the hall. 41 wear glasses, and 33 wear hats. At least how many "
     "pupils wear both glasses and hats?", str(min(_overlaps(60, 41, 33)))),
    ("Among the 120 guests at a wedding, 95 ate fish and 70 ate cake. What is the largest "
     "number of guests who ate both?", str(max(_overlaps(120, 95, 70)))),
])
def test_overlap_bounds(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the question names a group the statement does not
    "In a class of 40 students, 25 play chess and 22 play go. What is the minimum number of "
    "students who play both chess and tennis?",
    # a third count
    "In a class of 40 students, 25 play chess, 22 play go and 3 play neither. What is the "
    "minimum number of students who play both?",
    # a part of the whole named without a count
    "In a class of 40 students, 25 play chess. Of the girls, 22 play go. What is the minimum "
    "number of students who play both?",
    # a group larger than the whole
    "In a class of 20 students, 25 play chess and 12 play go. What is the minimum number of "
    "students who play both?",
])
def test_overlap_bounds_not_read_are_declined(problem):
    assert solve_now(problem).answer is None
