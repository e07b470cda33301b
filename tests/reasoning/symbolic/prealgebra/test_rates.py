"""A rate and an amount told in the question itself (prealgebra/rates.py): "how many hours
does it take to drive 300 miles at 50 mph?". Our own wordings, answers worked out by hand;
near misses (a number left unread, two rates) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    ("How many hours does it take to drive 360 miles at 45 miles per hour?", "8"),
    ("How many hours does it take to cycle 36 miles at a speed of 12 mph?", "3"),
    ("At 40 miles per hour, how many hours does it take to travel 100 miles?", "5/2"),
    ("How many minutes does it take to type 900 words at 60 words per minute?", "15"),
    ("How far can a bus go in 4 hours at 55 miles per hour?", "220"),
    # 150 / 50 = 3 hours = 180 minutes
    ("How many minutes does it take to drive 150 miles at 50 miles per hour?", "180"),
]

NEAR_MISSES = [
    "How many hours does it take to drive 300 miles at 50 miles per hour and 20 miles more?",
    "How many hours does it take to drive 300 miles at 50 miles per hour and 40 miles per "
    "hour?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_rates_in_the_question_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_rates_in_the_question_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    ("Convert 3.25 hours to minutes.", "195"),
    (r"Convert $2\frac{1}{4}$ gallons to quarts.", "9"),
    ("Express 42 inches in feet.", r"\frac{7}{2}"),
])
def test_convert_an_amount_to_another_unit(problem, answer):
    assert_solved(problem, answer)


def test_convert_between_kinds_declines():
    assert solve_now("Convert 8 pounds to meters.").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 4 erasers cost 1.20, so 10 cost 3.00
    (r"A shop sells erasers at 4 for $\$1.20$. How many dollars do 10 erasers cost?", "3"),
])
def test_sold_so_many_for_a_price(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    (r"Nina earns $\$15$ per hour. How many hours must she work to earn $\$420$?", "28"),
    (r"Nina earns $\$15$ per hour. How many hours does she need to work to earn $\$90$?", "6"),
])
def test_hours_of_work_for_an_amount(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    ("A truck travels 150 miles on 6 gallons of fuel. How many miles does it travel per "
     "gallon?", "25"),
    ("A van uses 4 gallons of gas to travel 98 miles. How many miles per gallon does it get?",
     r"\frac{49}{2}"),
    ("Leo drove 135 miles in 3 hours. How many miles per hour did he drive?", "45"),
    # 3 gallons for 100 miles: 100/3 miles on one gallon (this used to be required to decline)
    ("A car uses 3 gallons of gas every 100 miles. How many miles per gallon does it get?",
     r"\frac{100}{3}"),
])
def test_a_rate_asked(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # "how much flour": in the one unit the story measures flour in; 3 * 20 / 8
    ("A recipe needs 3 cups of flour for 8 muffins. How much flour is needed for 20 muffins?",
     r"\frac{15}{2}"),
    ("A bike uses 4 liters of oil every 100 miles. How much oil does it use in 250 miles?", "10"),
    # spoons are exact parts of a cup: 2 tablespoons for 3 cups, 6 tablespoons for 9
    ("A recipe uses 2 tablespoons of salt for 3 cups of rice. How much salt for 9 cups of rice?",
     "6"),
    ("How many teaspoons are in 3 tablespoons?", "9"),
])
def test_how_much_of_a_thing(problem, answer):
    assert_solved(problem, answer)


def test_how_much_of_a_thing_measured_two_ways_declines():
    # flour in cups and in grams: which unit is asked?
    assert solve_now("A recipe needs 2 cups of flour for 12 rolls. Another needs 300 grams of "
                     "flour for 10 rolls. How much flour is needed for 30 rolls?").answer is None


@pytest.mark.parametrize("problem", [
    # other stuff asked in the story's unit: pears are not priced by apples
    "3 kg of apples cost $6. How much do 5 kg of pears cost?",
    "A car travels 192 miles on 6 gallons of gas. How far can it go on 8 gallons of diesel?",
    # "$6 each" is a price per pen, not for the four (the answer would be 60, not 15)
    "4 pens cost $6 each. How much do 10 pens cost?",
    "3 shirts cost $12 each. How much do 5 shirts cost?",
    # other stuff asked in the story's unit (2 was shown)
    "A car uses 6 gallons of gas for every 192 miles. How many gallons of oil for 64 miles?",
    # another person, or the opposite way, asked (75 was shown for both)
    "Sam earns $30 in 2 hours. How much does Tom earn in 5 hours?",
    "Sam earns $30 in 2 hours. How much does he spend in 5 hours?",
])
def test_other_stuff_or_a_price_each_declines(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    ("3 kg of apples cost $6. How much do 5 kg of apples cost?", "10"),
    ("3 kg of apples cost $6. How much do 5 kg cost?", "10"),
    ("Sam earns $30 in 2 hours. How much does Sam earn in 5 hours?", "75"),
    # the thing measured before the verb is no person: 5 * 120
    ("Water flows at 5 liters per minute. How many liters flow in 2 hours?", "600"),
])
def test_same_stuff_still_priced(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a count of whole units, or an amount in two units: 100/7 weeks was shown
    "How many weeks are in 120 days? Give the whole weeks.",
    "How many hours are in 200 minutes? Give the complete hours.",
    "How many weeks and days are in 120 days?",
    "How many yards and feet are in 50 feet?",
])
def test_whole_units_or_two_units_asked_declines(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    ("How many weeks are in 119 days?", "17"),
    ("How many yards are in 51 feet?", "17"),
    # 36 km/h for 1.5 hours
    ("A bus travels 36 kilometers per hour. How many kilometers does it travel in 90 "
     "minutes?", "54"),
])
def test_one_unit_asked_still_converted(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # a seller's price for a group: 3 notebooks cost $4.50, so 8 cost 8 * 1.50
    ("A store sells 3 notebooks for $4.50. How much would 8 notebooks cost?", "12"),
    ("A bakery sells 6 muffins for $9. How much do 10 muffins cost?", "15"),
    ("The corner shop sells 4 apples for $2. How many apples can you buy with $7?", "14"),
])
def test_a_seller_prices_a_group(problem: str, answer: str) -> None:
    assert solve_now(problem).answer == answer
