"""Independent repeated trials (`combinatorics.trials`, `combinatorics.trial_wording`): days
with a stated chance of weather, a series of games between evenly matched teams, children
who are boys or girls with equal likelihood. Our own problems; each answer worked out by
hand (the comment) and computed again here from the binomial formula."""

from __future__ import annotations

from fractions import Fraction
from math import comb

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _binom(n: int, p: Fraction, counts) -> Fraction:
    return sum((comb(n, h) * p**h * (1 - p) ** (n - h) for h in counts), Fraction(0))


def _tex(v: Fraction) -> str:
    return rf"\frac{{{v.numerator}}}{{{v.denominator}}}"


_THIRD, _HALF = Fraction(1, 3), Fraction(1, 2)


@pytest.mark.parametrize(("problem", "expected"), [
    # textbook: C(4, 2) (1/3)^2 (2/3)^2 = 24/81 = 8/27
    ("The probability that it rains on any given day is $\\frac{1}{3}$. What is the "
     "probability that it rains on exactly 2 of the next 4 days?", _binom(4, _THIRD, [2])),
    # a percent, 'no frost': 0.8^3 = 64/125
    ("The chance of frost on each of the next three nights is $20\\%$. What is the probability "
     "that there will be no frost during the three nights?", _binom(3, Fraction(1, 5), [0])),
    # a plain-text fraction, 'at least once': 1 - (3/5)^5
    ("On each of the next five days there is a 2/5 chance that it will snow. What is the "
     "probability that it snows at least once?", 1 - _binom(5, Fraction(2, 5), [0])),
    # the days said after the chance: 1 - (2/3)^4 - 4 (1/3)(2/3)^3 = 11/27
    ("Each day there is a 1/3 chance of rain. What is the probability that it rains on at "
     "least 2 days during the next 4 days?", _binom(4, _THIRD, [2, 3, 4])),
    # every day for a week, at most one day: (6/7 ... ) with p = 1/10
    ("Every day there is a $\\frac{1}{10}$ chance of a power cut. What is the probability "
     "that there will be no power cut for a week?", None),
])
def test_days_with_one_chance(problem: str, expected: Fraction | None) -> None:
    if expected is None:  # a two-word event ('a power cut') is not read
        assert solve_now(problem).answer is None
        return
    assert_solved(problem, _tex(expected))


@pytest.mark.parametrize(("problem", "expected"), [
    # two named days: 0.3 * 0.5 = 3/20
    ("The probability of fog on Monday is $30\\%$, and the probability of fog on Tuesday is "
     "$50\\%$. Assuming the weather on any given day is independent of the weather on any other "
     "day, what is the probability of fog on both days?", Fraction(3, 20)),
    # the second day said short, 'neither day': (3/4)(1/3) = 1/4
    ("The probability that it will be windy on Friday is $\\frac{1}{4}$, and on Saturday it is "
     "$\\frac{2}{3}$. What is the probability that it will be windy on neither day?",
     Fraction(1, 4)),
    # two spans with their own chances, a month, the chance first: 1 - (1/2)^2 (4/5)^3 = 109/125
    ("There is a $\\frac{1}{2}$ chance of hail on each of the first 2 days of March; there is "
     "a $\\frac{1}{5}$ chance of hail on each of the next 3 days. Find the probability that "
     "it hails at least once during the first 5 days.", Fraction(109, 125)),
    # exactly one of two named days: 0.6 * 0.75 + 0.4 * 0.25 = 0.55
    ("The chance of rain on Saturday is $40\\%$ and the chance of rain on Sunday is $75\\%$, "
     "independently. What is the probability that it rains on exactly 1 of the days?",
     Fraction(11, 20)),
])
def test_days_with_their_own_chances(problem: str, expected: Fraction) -> None:
    assert_solved(problem, _tex(expected))


@pytest.mark.parametrize(("problem", "expected"), [
    # one day, the complement: 1 - 2/9
    ("The chance of hail tomorrow is $\\frac{2}{9}$. Find the chance that it will not hail "
     "tomorrow.", Fraction(7, 9)),
    # a percent and a weekday: 1 - 0.35
    ("The chance of snow on Friday is $35\\%$. Find the probability that it does not snow on "
     "Friday.", Fraction(13, 20)),
    # two words for the weather: 1 - 2/7
    ("The probability that it will be sunny tomorrow is $\\frac{2}{7}$. What is the probability "
     "that it will not be sunny tomorrow?", Fraction(5, 7)),
])
def test_one_day(problem: str, expected: Fraction) -> None:
    assert_solved(problem, _tex(expected))


@pytest.mark.parametrize(("problem", "expected"), [
    # 'and' between the teams: (10 + 5 + 1)/32 = 1/2
    ("The Hawks and the Owls play a series of 5 games, and each team has an equal chance of "
     "winning each game. What is the probability that the Hawks win at least 3 games?",
     _binom(5, _HALF, [3, 4, 5])),
    # 'play', a sport, 'no ties', 'of the 6 games': C(6, 4)/64 = 15/64
    ("The Lions play the Tigers in a series of six soccer games. The teams are equally likely "
     "to win each game, and no ties occur. What is the probability that the Lions win exactly "
     "4 of the 6 games?", _binom(6, _HALF, [4])),
    # all games: 1/8
    ("The Reds play the Blues in 3 chess games, and each game is equally likely to be won by "
     "either team. What is the probability that the Blues will win all the games?",
     _binom(3, _HALF, [3])),
])
def test_even_games(problem: str, expected: Fraction) -> None:
    assert_solved(problem, _tex(expected))


@pytest.mark.parametrize(("problem", "expected"), [
    # a name, 'more ... or more ...': 1 - C(4, 2)/16 = 5/8
    ("Dev has 4 kids. Each child is equally likely to be a boy or a girl. What is the "
     "probability that Dev has more sons than daughters or more daughters than sons?",
     1 - _binom(4, _HALF, [2])),
    # at least one of each: 1 - 2/16 = 7/8
    ("Assuming boys and girls are equally likely, what is the probability that the 4 children "
     "in a family include at least one boy and one girl?", Fraction(7, 8)),
    # exactly 2 girls of 5: 10/32
    ("A family has 5 children. If each child is equally likely to be a boy or a girl, what is "
     "the probability that the family has exactly 2 girls?", _binom(5, _HALF, [2])),
    # more boys than girls among 3: 1/2
    ("The Garcias have 3 children. Boys and girls are equally likely. What is the probability "
     "that they have more boys than girls?", _binom(3, _HALF, [2, 3])),
])
def test_children(problem: str, expected: Fraction) -> None:
    assert_solved(problem, _tex(expected))


@pytest.mark.parametrize(("problem", "expected"), [
    # fewer heads than tails of 7: at most 3 heads, 64/128
    ("Omar tosses 7 fair coins. Find the chance that he gets fewer heads than tails.",
     _binom(7, _HALF, range(4))),
    # of an even number: at most 2 heads of 6, 22/64
    ("Six fair coins are tossed. Find the probability that she sees fewer heads than tails.",
     _binom(6, _HALF, range(3))),
    # more tails than heads of 5: 1/2
    ("A fair coin is flipped 5 times. What is the probability of getting more tails than "
     "heads?", _binom(5, _HALF, range(3))),
    # a place that changes nothing: 1 - (3/4)^3
    ("On each of the next 3 days there is a $\\frac{1}{4}$ chance that it will rain in our "
     "town. What is the probability that it rains at least once?", 1 - _binom(3, Fraction(
         1, 4), [0])),
])
def test_more_of_one_side_and_places(problem: str, expected: Fraction) -> None:
    assert_solved(problem, _tex(expected))


@pytest.mark.parametrize("problem", [
    # a side compared with itself
    "A fair coin is flipped 5 times. What is the probability of getting more tails than tails?",
    # 'not' before a count: not read
    "The probability of rain on each of the next three days is $\\frac{1}{2}$. What is the "
    "probability that it does not rain on exactly 2 of the days?",
    # consecutive days: not a count of successes
    "The probability of snow on each of the next 3 days is $\\frac{1}{2}$. What is the "
    "probability that it snows on at least 2 consecutive days?",
    # the event is about another weather than the one whose chance is given
    "The probability of rain on each of the next 4 days is $\\frac{1}{3}$. What is the "
    "probability that it snows at least once?",
    # the days counted disagree with the days described
    "On each of the next 3 days there is a $\\frac{1}{4}$ chance of rain. What is the "
    "probability that it rains at least once during the next 5 days?",
    # 'more games': already played games are not the series
    "The Hawks play the Owls in a series of 5 games, and each team has an equal chance of "
    "winning each game. The Hawks have won 2 games. What is the probability that the Hawks "
    "win at least 2 more games?",
    # a team that is not in the series
    "The Hawks play the Owls in a series of 5 games, and each team has an equal chance of "
    "winning each game. What is the probability that the Eagles win at least 3 games?",
    # the event on another day than the one whose chance is given
    "The probability of rain on Friday is $\\frac{1}{3}$. What is the probability that it will "
    "not rain on Saturday?",
    # boys compared with boys
    "A family has 4 children. If each child is equally likely to be a boy or a girl, what is "
    "the probability that the family has more sons than boys?",
])
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # C(5, 3) / 2^5 = 10/32
    ("A couple has 5 children. Each child is equally likely to be a boy or a girl. What is the "
     "probability that exactly 3 of them are girls?", "\\frac{5}{16}"),
    # C(4, 3) + C(4, 4) = 5 of 16
    ("A family has 4 children. Assuming boys and girls are equally likely, what is the "
     "probability that at least 3 of the children are boys?", "\\frac{5}{16}"),
])
def test_children_counted_with_of_them_are(problem, answer):
    assert_solved(problem, answer)
