"""Two officers from a group of boys and girls (men and women) of the same or of
different genders. Our own problems: same = a(a-1) + b(b-1), different = 2ab."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 8*7 + 6*5
    ("A chess club has 8 boys and 6 girls. How many ways are there to elect a president and a "
     "vice-president of the same gender, given that no member can hold both offices?", "86"),
    # 2*9*7
    ("The choir has 16 members: 9 women and 7 men. If the president and the treasurer must be "
     "of different genders, how many ways can they be chosen?", "126"),
    ("A debate team has 5 boys and 5 girls. Find the number of ways to pick a captain and a "
     "vice-captain who are of opposite sexes.", "50"),
    # 7*6 + 9*8
    ("A class has 7 boys and 9 girls. In how many ways can we choose a president and a "
     "treasurer who are of the same sex, if no one can hold both offices?", "114"),
    ("A team has 5 men and 4 women. In how many ways can the team elect a captain and a "
     "secretary of different genders?", "40"),
])
def test_officers_by_gender(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # may one person hold both roles? not said
    "A chess club has 8 boys and 6 girls. How many ways are there to elect a president and a "
    "vice-president of the same gender?",
    # 17 members but 9 + 7 = 16
    "The choir has 17 members: 9 women and 7 men. If the president and the treasurer must be "
    "of different genders, how many ways can they be chosen?",
    # 'not' changes the condition
    "A chess club has 8 boys and 6 girls. How many ways are there to elect a president and a "
    "vice-president who are not of the same gender?",
])
def test_gendered_near_misses_decline(problem):
    assert solve_now(problem).answer is None
