"""Choices of k from a group with a named part (s of the n are seniors, twins,
managers ...): all, both, none, exactly j, at least j or at most j of the part chosen.
Our own problems; the answers are sums of binomials worked out by hand (math.comb)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # all of them minus those with no senior: C(12,4) - C(7,4)
    ("A club has 12 members, 5 of whom are seniors. In how many ways can a 4-person committee "
     "with at least one senior be chosen?", "460"),
    # the twins are in: 3 more from the other 13
    ("A team has 15 players, including 2 twins. In how many ways can we choose 5 starters if "
     "both twins are in the lineup?", "286"),
    # C(4,2) C(11,3)
    ("A team has 15 players, including 4 brothers. In how many ways can we choose 5 starters if "
     "exactly two of the brothers are in the lineup?", "990"),
    ("Our choir has 20 singers, including a set of 3 triplets: ana, bo and cy. In how many ways "
     "can we choose 6 singers if all three triplets are chosen?", "680"),
    ("A department has 11 employees, 4 of whom are managers. How many 3-person committees with "
     "no managers can be formed?", "35"),
    # C(7,4) + C(3,1) C(7,3)
    ("There are 10 people in a club, 3 of whom are doctors. In how many ways can we form a "
     "committee of 4 if at most one of the doctors is on the committee?", "140"),
    ("A group of 9 students, including 4 girls. In how many ways can a committee of 3 be formed "
     "if none of the girls are on it?", "10"),
    # C(8,3) - C(5,3): at least one member who is a nurse
    ("A ward has 8 workers. Exactly 3 of these workers are nurses. How many 3-person panels with "
     "at least one member who is a nurse can be formed?", "46"),
])
def test_choices_with_a_named_part(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the condition names a group that was never introduced
    "A club has 12 members, 5 of whom are seniors. In how many ways can a 4-person committee "
    "with at least one junior be chosen?",
    # 'both' of three
    "A team has 15 players, including 3 cousins. In how many ways can we choose 5 starters if "
    "both cousins are in the lineup?",
    # three triplets, two names
    "Our choir has 20 singers, including a set of 3 triplets: ana and bo. In how many ways can "
    "we choose 6 singers if all three triplets are chosen?",
    # 'not' changes the condition: never skipped
    "A team has 15 players, including 4 brothers. In how many ways can we choose 5 starters if "
    "exactly two of the brothers are not in the lineup?",
    # more members in the part than in the group
    "A club has 6 members, 8 of whom are seniors. In how many ways can a 4-person committee "
    "with at least one senior be chosen?",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # C(11,4) - C(6,4)
    ("A committee of 4 is chosen from 6 men and 5 women. In how many ways can the committee be "
     "chosen if it must have at least one woman?", "315"),
    # C(14,3) - C(8,3)
    ("A club has 6 boys and 8 girls. In how many ways can we choose a 3-person committee with "
     "at least one boy?", "308"),
    # C(6,2) C(8,1)
    ("A club has 6 boys and 8 girls. How many 3-member panels with exactly two boys can be "
     "formed?", "120"),
    # C(12,4): no condition
    ("A club has 7 boys and 5 girls. In how many ways can a team of 4 be chosen?", "495"),
    ("Our school has 9 men and 3 women. In how many ways can a committee of 5 be chosen "
     "without restrictions?", "792"),
])
def test_two_groups_with_or_without_a_condition(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "A club has 7 boys and 5 girls. In how many ways can a team of 4 be chosen if it has more "
    "boys than girls?",
    "A club has 7 boys and 5 girls. In how many ways can a team of 4 boys be chosen?",
])
def test_two_groups_unread_conditions_decline(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # C(12, 3) - C(7, 3) = 220 - 35
    ("A team has 12 players, 5 of whom are seniors. In how many ways can a 3-person committee "
     "be chosen so that it includes at least one senior?", "185"),
    # C(7, 3)
    ("A team has 12 players, 5 of whom are seniors. In how many ways can a 3-person committee "
     "be chosen so that it includes no seniors?", "35"),
    # C(5, 1) C(7, 2) = 5 * 21
    ("A team has 12 players, 5 of whom are seniors. How many 3-person committees contain "
     "exactly 1 senior?", "105"),
])
def test_condition_said_after_so_that_it_or_committees(problem, answer):
    assert_solved(problem, answer)


def test_pool_said_again_as_its_members():
    # C(4, 2) C(5, 1): "chosen from the members of the club" restates the pool
    assert_solved("A club has 9 members, 4 of whom are girls. A 3-person committee with exactly "
                  "2 girls is chosen from the members of the club. How many committees are "
                  "possible?", "30")
