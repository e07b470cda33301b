"""Draws from a bag (`combinatorics.draws`) in more wordings: 'the probability it is red'
(no 'that'), 'holds ... and no other balls', 'from this jar', 'drawn and not replaced', the
members of a club or a class as boys and girls drawn like marbles, and two draws in order
('the first is red and the second is white'). Our own problems; answers by hand (the comment)
and counted again here by listing labelled draws."""

from __future__ import annotations

from fractions import Fraction
from itertools import combinations, permutations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _together(kinds: dict[str, int], m: int, test) -> Fraction:
    items = [k for k, n in kinds.items() for _ in range(n)]
    draws = list(combinations(range(len(items)), m))
    return Fraction(sum(1 for d in draws if test([items[i] for i in d])), len(draws))


def _in_order(kinds: dict[str, int], first: str, second: str) -> Fraction:
    items = [k for k, n in kinds.items() for _ in range(n)]
    draws = list(permutations(range(len(items)), 2))
    return Fraction(sum(1 for i, j in draws if (items[i], items[j]) == (first, second)),
                    len(draws))


def _value(tex: str) -> Fraction:
    top, bottom = tex.removeprefix("\\frac{").removesuffix("}").split("}{")
    return Fraction(int(top), int(bottom))


@pytest.mark.parametrize(("problem", "answer", "listed"), [
    # one draw, 'the probability it is': 4 of 10
    ("A bag contains 4 red marbles and 6 blue marbles. One marble is drawn at random. What is "
     "the probability it is red?", r"\frac{2}{5}", _together({"r": 4, "b": 6}, 1,
                                                             lambda d: d == ["r"])),
    # C(3, 2) / C(5, 2)
    ("A jar holds 3 green balls, 2 white balls and no other balls. Two balls are drawn from this "
     "jar without replacement. What is the probability that both are green?", r"\frac{3}{10}",
     _together({"g": 3, "w": 2}, 2, lambda d: d == ["g", "g"])),
    # C(3, 2) / C(8, 2)
    ("A box has 5 red chips and 3 blue chips. Two chips are drawn from the box and not replaced. "
     "Find the chance that both chips are blue.", r"\frac{3}{28}",
     _together({"r": 5, "b": 3}, 2, lambda d: d == ["b", "b"])),
])
def test_bags_in_other_words(problem, answer, listed):
    assert _value(answer) == listed
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer", "listed"), [
    # C(3, 2) / C(8, 2)
    ("A team is made up of 3 boys and 5 girls. If 2 players are picked at random, find the "
     "chance that both players are boys.", r"\frac{3}{28}",
     _together({"b": 3, "g": 5}, 2, lambda d: d == ["b", "b"])),
    # the whole said first: C(6, 2) / C(10, 2)
    ("Our club has 10 members, 4 boys and 6 girls, and 2 of the members are selected at "
     "random. Find the chance that both are girls.", r"\frac{1}{3}",
     _together({"b": 4, "g": 6}, 2, lambda d: d == ["g", "g"])),
    # C(7, 3) / C(12, 3)
    ("A class has 5 boys and 7 girls. If 3 students are chosen at random, what is the "
     "probability that all of them are girls?", r"\frac{7}{44}",
     _together({"b": 5, "g": 7}, 3, lambda d: d == ["g"] * 3)),
    # exactly one man: 3 * 6 / C(9, 2) = 18 / 36
    ("A group consists of 3 men and 6 women. Two people are selected at random. Find the "
     "probability that exactly 1 of them is men.", r"\frac{1}{2}",
     _together({"m": 3, "w": 6}, 2, lambda d: d.count("m") == 1)),
])
def test_people_drawn_like_marbles(problem, answer, listed):
    assert _value(answer) == listed
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer", "listed"), [
    # 3/8 * 5/7
    ("A jar holds 5 green marbles and 3 purple marbles. Ravi takes out 2 marbles at random "
     "without replacement. Find the chance that the first marble is purple and the second is "
     "green.", r"\frac{15}{56}", _in_order({"purple": 3, "green": 5}, "purple", "green")),
    # the same colour twice: 3/7 * 2/6
    ("An urn contains 3 black balls and 4 white balls. Ana draws 2 balls out of the urn, without "
     "replacement. Find the probability that the first ball drawn is black and the second is "
     "black.", r"\frac{1}{7}", _in_order({"black": 3, "white": 4}, "black", "black")),
])
def test_two_draws_in_order(problem, answer, listed):
    assert _value(answer) == listed
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 'the same colour' asked of boys and girls
    "A team is made up of 3 boys and 5 girls. If 2 players are picked at random, find the chance "
    "that they are of different colours.",
    # an order among draws made together
    "A jar holds 5 green marbles and 3 purple marbles. 2 marbles are removed simultaneously. Find "
    "the chance that the first is purple and the second is green.",
    # the total does not match the kinds
    "A team has 9 players, 3 boys and 5 girls. Two players are picked at random. Find the chance "
    "that both players are boys.",
])
def test_declines(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer", "chance"), [
    # both odd among 2, 3, 5, 7, 11, 13: C(5, 2) of C(6, 2)
    ("Two different numbers are chosen at random from the first 6 prime numbers. What is the "
     "probability that their sum is even?", r"\frac{2}{3}",
     Fraction(sum(1 for a, b in combinations([2, 3, 5, 7, 11, 13], 2) if (a + b) % 2 == 0), 15)),
    # both odd among the first 8 primes: C(7, 2) of C(8, 2)
    ("If two distinct numbers are picked at random from the first eight primes, what is the "
     "probability that their product is odd?", r"\frac{3}{4}",
     Fraction(sum(1 for a, b in combinations([2, 3, 5, 7, 11, 13, 17, 19], 2) if a * b % 2), 28)),
    # 3, 9, 15 among 1, 3, ..., 19
    ("One whole number is drawn at random from the first 10 odd numbers. Find the chance that "
     "it is a multiple of 3.", r"\frac{3}{10}",
     Fraction(sum(1 for v in range(1, 20, 2) if v % 3 == 0), 10)),
])
def test_numbers_from_named_sets(problem, answer, chance):
    assert _value(answer) == chance
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # two draws said one after the other, in order: 2/5 * 3/5 put back, 2/5 * 3/4 not
    ("A jar has 3 red and 2 blue marbles. A marble is drawn, replaced, and a second marble is "
     "drawn. What is the probability that the first is blue and the second is red?",
     "\\frac{6}{25}"),
    ("A jar has 3 red and 2 blue marbles. A marble is drawn and not replaced, and then a second "
     "marble is drawn. What is the probability that the first is blue and the second is red?",
     "\\frac{3}{10}"),
])
def test_two_draws_said_in_turn(problem, answer):
    assert_solved(problem, answer)


def test_two_draws_said_in_turn_with_a_third_declines():
    assert solve_now("A jar has 3 red and 2 blue marbles. A marble is drawn, replaced, and a "
                     "second marble is drawn, and then a third. What is the probability that the "
                     "first is blue and the second is red?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # "one is drawn" with no noun; 6 of 16
    ("A box holds 6 black beads, 7 white beads and 3 red beads. One is drawn at random. What "
     "is the probability that it is black?", "\\frac{3}{8}"),
    # the draw and what it is (or is not) in one phrase: 9 of 12 are not white
    ("A bag has 3 white and 9 pink marbles. What is the probability of not drawing a white "
     "marble?", "\\frac{3}{4}"),
    ("A jar has 2 green, 3 red and 5 yellow candies. What is the probability of picking a "
     "yellow one?", "\\frac{1}{2}"),
])
def test_one_item_drawn_said_briefly(problem, answer):
    assert_solved(problem, answer)


def test_one_item_asked_when_two_are_drawn_declines():
    assert solve_now("A bag has 3 white and 9 pink marbles. Two marbles are drawn. What is the "
                     "probability of drawing a white marble?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 3 * 5 / C(8, 2) = 15/28
    ("A box has 3 white balls and 5 black balls. Two balls are drawn without replacement. "
     "What is the probability of getting one of each colour?", "\\frac{15}{28}"),
    # typed casually, no article, 'without putting the first back': 2 * 4 / C(6, 2) = 8/15
    ("bag has 2 red marbles and 4 blue marbles, i take out two without putting the first back. "
     "probability i get one of each color?", "\\frac{8}{15}"),
    # with replacement: 2 * (1/3)(2/3) = 4/9
    ("A jar has 2 green chips and 4 yellow chips. I draw 2 chips with replacement. What is the "
     "probability that I get one of each colour?", "\\frac{4}{9}"),
])
def test_one_of_each_colour(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # three colours, two draws: one of each cannot happen
    "A jar has 3 red, 2 blue and 4 green marbles. I draw 2 marbles without replacement. What "
    "is the probability that I get one of each colour?",
    # three draws of two colours
    "A box has 4 white balls and 6 black balls. Three balls are drawn without replacement. "
    "What is the probability of getting one of each colour?",
])
def test_one_of_each_colour_near_misses_decline(problem):
    assert solve_now(problem).answer is None
