"""A group picked at random and then members of it (combinatorics/random_group_members.py).
Our own problems; each chance is the mean over the groups of C(s, j) C(n - s, k - j) / C(n, k),
worked out in the comments."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # groups of 5 and 7, two captains each, both of 2: (1/10 + 1/21) / 2 = 31/420
    ("Two squads have 5 and 7 players, and each squad has two captains. A squad is chosen at "
     "random, then 2 of its players are chosen at random. What is the probability that both "
     "chosen players are captains?", "31/420"),
    # 4, 5, 6 with two leaders, both of 2: (1/6 + 1/10 + 1/15) / 3 = (10/30) / 3 = 1/9
    ("There are 3 clubs with 4, 5 and 6 members. Each club has two co-leaders. I pick a club "
     "at random and then pick two of its members at random. What is the probability that "
     "both people picked are co-leaders?", "1/9"),
    # 6 and 9, two captains, none of 2: (6/15 + 21/36) / 2 = (2/5 + 7/12) / 2 = 59/120
    ("two teams have 6 and 9 kids and each team has 2 captains. pick a team at random then "
     "pick 2 kids from it. whats the chance none of the chosen kids is a captain", "59/120"),
    # 5 and 8, three prefects, at least one of 2: (1 - 1/10 + 1 - 10/28) / 2 = (9/10 + 9/14) / 2
    ("Two classes have 5 and 8 students and each class has exactly 3 prefects. A class is "
     "selected at random and then two students from that class are selected at random. What "
     "is the probability that at least one of the two selected is a prefect?", "27/35"),
    # 6 and 7, two co-presidents, exactly 1 of 3: (2*6/20 + 2*10/35) / 2 = (3/5 + 4/7) / 2
    ("There are $2$ clubs with $6$ and $7$ members, each with $2$ co-presidents. A club is "
     "chosen at random and then $3$ of its members are chosen at random. What is the "
     "probability that exactly one of them is a co-president?", "41/70"),
    # 'two of the people who get prizes' when two is every co-captain there is: 4/20, 8/120
    ("There are 2 teams with 6 and 10 players. Each team has two co-captains. If I randomly "
     "select a team, and then randomly select three members of that team to give a prize, "
     "what is the probability that two of the people who get prizes are co-captains?",
     "2/15"),
])
def test_group_then_members(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # members picked from all the groups together: another experiment
    "There are 3 clubs with 4, 5 and 6 members. Each club has two co-leaders. Two members "
    "are picked at random from all the members of the clubs. What is the probability that "
    "both are co-leaders?",
    # how many captains is not said
    "Two squads have 5 and 7 players, and each squad has some captains. A squad is chosen at "
    "random, then 2 of its players are chosen at random. What is the probability that both "
    "chosen players are captains?",
    # three groups said, two sizes listed
    "There are 3 clubs with 4 and 6 members. Each club has two co-leaders. I pick a club at "
    "random and then pick two of its members at random. What is the probability that both "
    "people picked are co-leaders?",
    # 'two of the three' with three captains: exactly two, or at least two?
    "There are 2 teams with 6 and 10 players. Each team has three captains. A team is chosen "
    "at random and then 3 of its players are chosen at random. What is the probability that "
    "two of them are captains?",
    # the condition names members the groups were not said to have
    "Two squads have 5 and 7 players, and each squad has two captains. A squad is chosen at "
    "random, then 2 of its players are chosen at random. What is the probability that both "
    "chosen players are goalkeepers?",
    # a condition hidden in why they are chosen
    "There are 2 teams with 6 and 10 players. Each team has two co-captains. If I randomly "
    "select a team, and then randomly select two members of that team to give a copy of the "
    "book unless they are co-captains, what is the probability that both of the people who "
    "get books are co-captains?",
    # an extra condition on the group picked
    "There are 3 clubs with 4, 5 and 6 members. Each club has two co-leaders. I pick a club "
    "at random and then pick two of its members at random. What is the probability that the "
    "club is the smallest and both people picked are co-leaders?",
])
def test_declines(problem):
    assert solve_now(problem).answer is None
