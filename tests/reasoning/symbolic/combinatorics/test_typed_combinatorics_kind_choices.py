"""The product rule with several of one kind: 'one flavour and three different toppings' is
C(8,1) C(5,3); kinds listed as '4 kinds of soup' or '7 different fillings'. Our own
problems; the answers are products of binomials worked out by hand (math.comb)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("An ice cream shop has 8 flavors and 5 toppings. How many sundaes with one flavor and three "
     "different toppings are possible?", "80"),
    ("A restaurant has 6 appetizers, 9 main dishes and 4 desserts. How many meals of one "
     "appetizer, two different main dishes and one dessert can be ordered?", "864"),
    ("A cafe offers 5 kinds of bread and 7 different fillings. How many sandwiches with one "
     "bread and two different fillings are possible?", "105"),
    ("A deli sells 4 kinds of soup and 6 kinds of salad. How many lunches of one soup and one "
     "salad are possible?", "24"),
    ("We have 10 novels and 7 magazines. How many choices of two different novels and three "
     "different magazines are possible?", "1575"),
])
def test_several_of_one_kind(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 'two sauces' may be the same sauce twice: reads two ways
    "A shop sells 6 kinds of pasta and 5 sauces. How many dishes of one pasta and two sauces are "
    "possible?",
    # three different toppings from two
    "An ice cream shop has 8 flavors and 2 toppings. How many sundaes with one flavor and three "
    "different toppings are possible?",
    # syrups were never listed
    "An ice cream shop has 8 flavors and 5 toppings. How many sundaes with one flavor and two "
    "different syrups are possible?",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 5 * C(7,2): the stock said with two verbs, a kind named by what it is of
    ("A smoothie bar sells 5 flavors of juice and has 7 different syrups. How many "
     "combinations of one flavor and two different syrups are there?", "105"),
    # 3 * 4
    ("A cafe serves 3 soups and offers 4 salads. How many meals of one soup and one salad are "
     "possible?", "12"),
])
def test_kinds_listed_with_two_verbs(problem, answer):
    assert_solved(problem, answer)
