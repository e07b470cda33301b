"""Two kinds of things compared (`prealgebra.ratios`): by a ratio, by "k times as many", or by
"k more (fewer) than", with a total or a difference; the whole may be said first ("in a class
of 35 students"). Our own stories, answers worked out by hand; a total of some other thing, a
count that is not whole, or two comparisons of other kinds decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # g = 3b, g + b = 48: b = 12, g = 36
    ("There are three times as many girls as boys. There are 48 students in all. How many "
     "girls are there?", "36"),
    ("A class has 3 times as many girls as boys. There are 48 students in the class. How many "
     "girls are there?", "36"),
    # b = g / 2, b + g = 36: b = 12
    ("There are half as many boys as girls in the choir. There are 36 students in the choir. "
     "How many boys are there?", "12"),
    # c = 5w, c - w = 64: w = 16
    ("A farm has 5 times as many chickens as cows. There are 64 more chickens than cows. How "
     "many cows are on the farm?", "16"),
    # r = 4b, r - b = 45: b = 15, r = 60, 75 in all
    ("There are 4 times as many red beads as blue beads in a jar, and there are 45 more red "
     "beads than blue beads. How many beads are there in all?", "75"),
    # g - b = 5, g + b = 35: b = 15
    ("In a class of 35 students, there are 5 more girls than boys. How many boys are there?",
     "15"),
    # m = w - 6, m + w = 40: w = 23
    ("In a club of 40 members, there are 6 fewer men than women. How many women are in the "
     "club?", "23"),
    # the whole said after: g - b = 8, g + b = 40: g = 24
    ("There are 8 more girls than boys in a choir of 40 children. How many girls are there?",
     "24"),
    # g = 3b, g + b = 28: b = 7
    ("There are 3 times as many girls as boys in a class of 28 students. How many boys are "
     "there?", "7"),
    # d - c = 12, d + c = 50: c = 19
    ("There are 12 more dogs than cats at the shelter. There are 50 animals in all. How many "
     "cats are there?", "19"),
])
def test_two_kinds_compared_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # teachers are not the girls and boys
    "There are 3 times as many girls as boys. There are 48 teachers in all. How many girls "
    "are there?",
    "There are 3 times as many girls as boys in a class of 28 teachers. How many boys are "
    "there?",
    # 50 / 4 is no whole number of boys
    "There are 3 times as many girls as boys. There are 50 students in all. How many girls are "
    "there?",
    # a third kind
    "There are 3 times as many girls as boys. There are 48 students and teachers in all. How "
    "many girls are there?",
    "There are 7 more girls than boys. There are 7 more girls than teachers. How many girls "
    "are there?",
    # three kinds: girls, boys and teachers
    "In a class of 30 students, there are 4 more girls than boys. There are 3 more boys than "
    "teachers. How many boys are there?",
])
def test_two_kinds_compared_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # b = 12, g = 36: 24 more girls
    ("There are three times as many girls as boys. There are 48 students in all. How many more "
     "girls than boys are there?", "24"),
    # b = 15, g = 25
    ("The ratio of boys to girls is 3:5. There are 40 students in all. How many fewer boys than "
     "girls are there?", "10"),
    # d = 21, c = 28
    ("The ratio of cats to dogs at the shelter is 4:3. There are 21 dogs. How many more cats "
     "than dogs are there at the shelter?", "7"),
])
def test_how_many_more_asked(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # there are fewer boys
    "The ratio of boys to girls is 3:5. There are 40 students in all. How many more boys than "
    "girls are there?",
    # teachers are not counted
    "The ratio of boys to girls is 3:5. There are 40 students in all. How many more girls than "
    "teachers are there?",
])
def test_how_many_more_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # g = 0.8 (60) = 48
    ("There are 60 boys in a school club and 20% fewer girls than boys. How many girls are in "
     "the club?", "48"),
    # g = 1.25 b, g + b = 36: b = 16, g = 20
    ("There are 25% more girls than boys in a class of 36 students. How many girls are there?",
     "20"),
    # 60 + 0.7 (60) = 102
    ("There are 60 boys in a club and 30% fewer girls than boys. How many students are there in "
     "all?", "102"),
])
def test_a_percent_more_or_fewer(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 120% fewer is below none
    "There are 60 boys in a club and 120% fewer girls than boys. How many girls are in the "
    "club?",
    # 0.85 (50) is no whole number of girls
    "There are 50 boys in a club and 15% fewer girls than boys. How many girls are in the club?",
])
def test_a_percent_more_or_fewer_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 15 boys are 5 parts of 3: 8 parts, 24 students
    ("In a club, the ratio of girls to boys is 3:5. If there are 15 boys, how many students "
     "are in the club?", "24"),
    # 6 red marbles are 2 parts of 3: 5 parts, 15 marbles
    ("The ratio of red marbles to blue marbles in a bag is 2:3. There are 6 red marbles. How "
     "many marbles are in the bag?", "15"),
])
def test_the_whole_asked_by_a_group_word(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # the kinds said by their colours before one noun: 7r = 4b, b - r = 15: r = 20
    ("The ratio of green to yellow beads is 4:7. There are 15 more yellow than green. How many "
     "green beads are there?", "20"),
    # 'more X NOUN than Y': 3g = 5w, g - w = 6: w = 9
    ("The ratio of gold to white coins is 5:3. There are 6 more gold coins than white. How many "
     "white coins are there?", "9"),
    # a bare question, no 'the': b : g = 4 : 3, b - g = 5: g = 15
    ("ratio of boys to girls is 4:3 and there are 5 more boys than girls. how many girls",
     "15"),
    # 'fewer ... ones': 5s = 2l, l - s = 12: l = 20
    ("The ratio of small to large boxes is 2 to 5. There are 12 fewer small than large ones. "
     "How many large boxes?", "20"),
])
def test_kinds_said_before_a_shared_noun_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a third colour in the difference
    "The ratio of green to yellow beads is 4:7. There are 15 more red than green. How many "
    "green beads are there?",
    # more of which? the difference names no kind of the ratio
    "The ratio of green to yellow beads is 4:7. There are 15 more beads. How many green beads "
    "are there?",
])
def test_kinds_said_before_a_shared_noun_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
