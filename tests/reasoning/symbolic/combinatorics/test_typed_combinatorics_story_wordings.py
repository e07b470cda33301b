"""Counting stories said in other wordings (`combinatorics.selections`, `pairings`,
`products`): the purpose of a choice said before the pool ('to read from a shelf'), pairs
of equals ('co-chairs', 'to be co-presidents'), handshakes and games where 'each of the n
guests' or 'every pair of them' acts and where they meet is said, and one whole described
in its own sentence ('a lunch special comes with ...') with the stock said by 'owns' or
'the menu lists'. Our own problems; each count listed again here, plus near misses."""

from __future__ import annotations

from itertools import combinations, product

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _choices(n: int, k: int) -> int:
    return sum(1 for _ in combinations(range(n), k))


def _outfits(*counts: int) -> int:
    return sum(1 for _ in product(*(range(c) for c in counts)))


@pytest.mark.parametrize(("problem", "answer", "listed"), [
    ("In how many ways can Lena pick 3 novels to read from a stack of 7 novels?", 35,
     _choices(7, 3)),
    ("How many ways are there to select 2 plants to buy from a list of 9 plants?", 36,
     _choices(9, 2)),
    ("How many different pairs of co-captains can be chosen from 13 players?", 78,
     _choices(13, 2)),
    ("How many pairs of volunteers can be selected from 16 volunteers?", 120, _choices(16, 2)),
    ("A choir has 18 singers and needs to select 2 singers to be co-leaders. In how many ways "
     "can the choir choose its co-leaders?", 153, _choices(18, 2)),
    ("From 12 applicants, how many ways are there to choose 4 applicants?", 495, _choices(12, 4)),
    ("Eight sauces are available. How many combinations of two different sauces can be "
     "made?", 28, _choices(8, 2)),
    ("How many groups of 3 campers can be chosen from 11 campers?", 165, _choices(11, 3)),
    ("Priti owns 10 puzzles, of which she plans to take 2 to use on the train. How many "
     "different pairs can she choose?", 45, _choices(10, 2)),
    ("Jonah has 12 stamps. In how many ways can he choose 5 of them?", 792, _choices(12, 5)),
    # people named by what they are chosen to be; a chooser with 'a'; the size with the pizza
    ("In how many ways can we select 4 judges from a panel of 10 judges?", 210, _choices(10, 4)),
    ("How many ways can a teacher choose 3 helpers from a class of 20 students?", 1140,
     _choices(20, 3)),
    ("A deli sells 8 sauces. How many different plates with 3 different sauces can be "
     "ordered?", 56, _choices(8, 3)),
])
def test_choices_said_other_ways(problem, answer, listed):
    assert listed == answer
    assert_solved(problem, str(answer))


@pytest.mark.parametrize(("problem", "answer", "listed"), [
    ("At a banquet, each of the 13 guests shakes hands with every other guest exactly once. "
     "How many handshakes occur?", 78, _choices(13, 2)),
    ("Each of 7 cousins at the picnic shakes hands once with every other cousin. How many "
     "handshakes are there?", 21, _choices(7, 2)),
    ("Fifteen delegates gather and every pair of them shakes hands once. How many handshakes "
     "take place?", 105, _choices(15, 2)),
    ("Each of the 9 teams in a league plays each of the other teams 2 times. How many games "
     "are played?", 72, 2 * _choices(9, 2)),
    ("In a bowling club of 10 players, every player plays every other player once. How many "
     "games are played?", 45, _choices(10, 2)),
    ("At the picnic, each of 11 campers shook hands with each of the others exactly once. How "
     "many handshakes were there?", 55, _choices(11, 2)),
    ("In a round-robin tournament with 6 schools, each school plays every other school exactly "
     "once. How many games are played?", 15, _choices(6, 2)),
])
def test_pairs_said_other_ways(problem, answer, listed):
    assert listed == answer
    assert_solved(problem, str(answer))


@pytest.mark.parametrize(("problem", "answer", "listed"), [
    ("A breakfast special comes with one muffin, one juice and one fruit. There are 4 muffins, "
     "5 juices and 3 fruits. How many different breakfasts are possible?", 60, _outfits(4, 5, 3)),
    ("Dario owns 3 jackets, 5 shirts and 2 scarves. An outfit is one jacket, one shirt and one "
     "scarf. How many outfits can he make?", 30, _outfits(3, 5, 2)),
    ("Each dinner includes one main dish and one dessert. The menu lists 7 main dishes and 4 "
     "desserts. How many different dinners can be ordered?", 28, _outfits(7, 4)),
    ("Mina has three hats, five coats and two pairs of boots. How many different outfits can she "
     "put together if an outfit consists of a hat, a coat and a pair of boots?", 30,
     _outfits(3, 5, 2)),
])
def test_one_of_each_said_other_ways(problem, answer, listed):
    assert listed == answer
    assert_solved(problem, str(answer))


@pytest.mark.parametrize("problem", [
    # a whole of other kinds than those asked about
    "An outfit is one skirt and one blouse. Roberta owns 4 skirts and 6 blouses. How many "
    "lunches can she make?",
    # a listed kind that is never chosen
    "A meal has one sandwich and one soup. There are 5 sandwiches, 3 soups and 4 drinks. How "
    "many meals are possible?",
    # a handshake with an exception, twice per pair, or a fixed number each
    "Each of 10 people at a party shakes hands once with every other person except their "
    "partner. How many handshakes take place?",
    "Twelve friends meet and every pair of them shakes hands twice. How many handshakes occur?",
    "Each of 8 people shakes hands with 3 others. How many handshakes are there?",
    # pairs of shoes are not a choice of 2 from the pool; ordered pairs are not pairs
    "How many pairs of shoes can be made from 10 shoes?",
    "How many ordered pairs of volunteers can be picked from 10 volunteers?",
    # a pair that is not the number taken
    "Priti owns 10 puzzles, of which she plans to take 3. How many different pairs can she "
    "choose?",
    # toppings on a pizza not said to be different could repeat
    "A pizzeria offers 9 toppings. How many different pizzas with 2 toppings can be ordered?",
    # flavours that may repeat
    "Six flavors are available. How many combinations of two flavors, possibly the same, are "
    "possible?",
])
def test_other_stories_decline(problem):
    assert solve_now(problem).answer is None
