"""Draws from a collection of items of several kinds (`combinatorics.urns`,
`combinatorics.urn_wording`): the stock said as a container's contents, someone's things,
or a whole split into kinds; the event about the kinds drawn. Our own problems; each answer
worked out by hand (the comment) and counted again here by listing labelled draws."""

from __future__ import annotations

from fractions import Fraction
from itertools import combinations, product

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _draws(stock: dict[str, int], k: int, test, replaced: bool = False) -> Fraction:
    items = [kind for kind, n in stock.items() for _ in range(n)]
    picks = list(product(items, repeat=k)) if replaced else [
        tuple(items[i] for i in c) for c in combinations(range(len(items)), k)]
    return Fraction(sum(1 for p in picks if test(p)), len(picks))


def _tex(v: Fraction) -> str:
    return rf"\frac{{{v.numerator}}}{{{v.denominator}}}"


_CUTLERY = {"fork": 5, "spoon": 4, "knife": 3}


@pytest.mark.parametrize(("problem", "expected"), [
    # things, not colours; a make-up: 5 * 4 * 3 / C(12, 3) = 3/11
    ("A drawer holds 5 forks, 4 spoons and 3 knives. If Sam randomly removes 3 pieces of "
     "cutlery, what is the probability that he gets 1 fork, 1 spoon, and 1 knife?",
     _draws(_CUTLERY, 3, lambda p: sorted(p) == ["fork", "knife", "spoon"])),
    # someone's things: C(4, 2) / C(10, 2) = 2/15
    ("Lena has 6 green apples and 4 yellow apples. She randomly picks 2 apples. What is the "
     "probability that both apples she picks are yellow?",
     _draws({"green": 6, "yellow": 4}, 2, lambda p: p == ("yellow", "yellow"))),
    # a whole split into kinds, a panel: 1 - (20 + 10)/165 = 9/11
    ("Our robotics group consists of 11 students: 6 boys and 5 girls. A 3-member panel is "
     "selected at random. Find the probability that the panel includes at least 1 boy and at "
     "least 1 girl.", _draws({"boy": 6, "girl": 5}, 3, lambda p: "boy" in p and "girl" in p)),
    # 'of them are': C(5, 2) C(4, 1) / C(9, 3) = 10/21
    ("Tom has 9 pens. 4 of them are black, and 5 of them are blue. If he chooses 3 pens at "
     "random, what is the probability that exactly 2 of them are blue?",
     _draws({"black": 4, "blue": 5}, 3, lambda p: p.count("blue") == 2)),
    # 'of the 8 finalists': C(5, 2) / C(8, 2) = 5/14
    ("Of the 8 finalists, 3 are female and 5 are male. If 2 of them are chosen at random, "
     "what is the probability that both are male?",
     _draws({"female": 3, "male": 5}, 2, lambda p: p == ("male", "male"))),
    # with replacement, none of a kind: (5/8)^3
    ("A tin contains 5 white buttons and 3 black buttons. Tess takes 3 buttons from the tin "
     "with replacement. What is the probability that none of them is black?",
     _draws({"white": 5, "black": 3}, 3, lambda p: "black" not in p, replaced=True)),
    # the draw said again in the event, 'no other': C(5, 2) / C(12, 2) = 5/33
    ("A bin holds 3 black tiles, 4 white tiles, 5 gray tiles and no other tiles. Two tiles "
     "are randomly taken from this bin without replacement. What is the probability that "
     "these two tiles taken will both be gray?",
     _draws({"black": 3, "white": 4, "gray": 5}, 2, lambda p: p == ("gray", "gray"))),
    # a contraction: (C(3, 2) + C(6, 2)) / C(9, 2) = 18/36
    ("Ivy has 3 silver cups and 6 gold cups. If she chooses 2 cups at random, what is the "
     "probability that they're the same colour?",
     _draws({"silver": 3, "gold": 6}, 2, lambda p: p[0] == p[1])),
    # all the same kind of thing: (C(4, 2) + C(3, 2) + C(2, 2)) / C(9, 2) = 10/36
    ("A basket has 4 pears, 3 plums and 2 figs in it. Two pieces of fruit are chosen at "
     "random. What is the probability that they are the same kind?", None),
])
def test_urn_draws(problem: str, expected: Fraction | None) -> None:
    if expected is None:  # 'pieces of fruit are chosen': the draw said by another noun
        expected = _draws({"pear": 4, "plum": 3, "fig": 2}, 2, lambda p: p[0] == p[1])
    assert_solved(problem, _tex(expected))


@pytest.mark.parametrize("problem", [
    # a kind the stock does not have
    "Lena has 6 green apples and 4 yellow apples. She randomly picks 2 apples. What is the "
    "probability that both are red?",
    # the kinds do not add up to the whole
    "Our robotics group consists of 11 students: 6 boys and 4 girls. A 3-member panel is "
    "selected at random. Find the probability that the panel includes at least 1 boy and at "
    "least 1 girl.",
    # a make-up that is not the number drawn
    "A drawer holds 5 forks, 4 spoons and 3 knives. If Sam randomly removes 4 pieces of "
    "cutlery, what is the probability that he gets 1 fork, 1 spoon, and 1 knife?",
    # an unread story step: the first one is put back
    "Tom has 9 pens. 4 of them are black, and 5 of them are blue. He takes 2 pens and puts "
    "the first back. What is the probability that exactly 1 of them is blue?",
    # a whole listed with its parts: 9 players are not a third kind
    "A squad has 9 players, 4 boys and 5 girls. Two players are picked at random. What is the "
    "probability that both are girls?",
    "A shelf has 6 books, 2 novels, 3 atlases and 1 dictionary. Two books are taken at "
    "random. What is the probability that both are novels?",
    # 'it' for two items drawn
    "Lena has 6 green apples and 4 yellow apples. She randomly picks 2 apples. What is the "
    "probability that it is yellow?",
    # 'not' before the kind
    "Lena has 6 green apples and 4 yellow apples. She randomly picks 2 apples. What is the "
    "probability that they are not both yellow?",
])
def test_urn_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # C(4,2)/C(6,2): the whole said with where it is, the kinds as men and women
    ("Of the final six singers in a talent show, four are women and two are men. If two of "
     "them are picked at random, what is the probability that both are men?", "\\frac{1}{15}"),
    # (C(5,2) + C(2,2))/C(7,2): why the bowls are taken changes nothing
    ("I have 5 white bowls and 2 green bowls. If I randomly pick two bowls to serve soup in, "
     "what is the probability that they are the same colour?", "\\frac{11}{21}"),
])
def test_stock_and_draw_said_more_ways(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # put back: (3/8)^2
    ("A box holds 3 black chips and 5 white chips. A chip is drawn and replaced, then a second "
     "chip is drawn. What is the probability that both chips are black?", "\\frac{9}{64}"),
    # put back, said between commas: 2 * (3/8)(5/8)
    ("A box holds 3 black chips and 5 white chips. A chip is drawn, put back, and a second "
     "chip is drawn. What is the probability that the two chips are different colours?",
     "\\frac{15}{32}"),
    # kept out: (3/8)(2/7)
    ("A box holds 3 black chips and 5 white chips. A chip is taken and not replaced, then a "
     "second chip is taken. What is the probability that both are black?", "\\frac{3}{28}"),
])
def test_two_draws_one_after_the_other(problem, answer):
    assert_solved(problem, answer)


def test_two_draws_said_twice_declines():
    assert solve_now("A box holds 3 black chips and 5 white chips. A chip is drawn and "
                     "replaced, then a second chip is drawn without replacement. What is the "
                     "probability that both chips are black?").answer is None


def test_a_reason_with_a_condition_declines():
    assert solve_now("I have 5 white bowls and 2 green bowls. If I randomly pick two bowls to "
                     "serve soup in, what is the probability that they are not the same "
                     "colour?").answer is None
