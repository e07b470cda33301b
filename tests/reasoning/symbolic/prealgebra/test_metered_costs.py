"""A cost made of a fixed fee and amounts charged per unit (prealgebra/metered_costs.py): the
cost for told quantities, or the one quantity from a told cost. Our own stories, answers
worked out by hand; near misses (a rate for the first few units only, a count of rides left
unread, a second rate per passenger, a tip) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 4 + 3(9) = 31
    ("A cab company charges $\\$4$ plus $\\$3$ per mile. How much does a 9-mile ride cost?",
     "31"),
    # 2.50 + 0.40(6) = 4.90
    ("A bike rental costs $\\$2.50$ plus $\\$0.40$ per mile ridden. How much, in dollars, does "
     "a 6 mile ride cost?", "4.90"),
    # 30(3) + 0.25(200) = 140
    ("Nadia rents a van for $\\$30$ a day and $\\$0.25$ a mile. If she rents it for 3 days and "
     "drives it 200 miles, how many dollars does she pay?", "140"),
    # 40 + 25(8) = 240
    ("A club charges a $\\$40$ joining fee and $\\$25$ per month. How much does it cost for 8 "
     "months?", "240"),
    # 15 + 0.05(300) = 30 (the month itself costs $15)
    ("A phone plan costs $\\$15$ per month plus 5 cents per minute. How much does it cost for "
     "a month with 300 minutes?", "30"),
    # (35 - 5)/3 = 10
    ("A cab charges $\\$5$ plus $\\$3$ per mile. A ride cost $\\$35$. How many miles was the "
     "ride?", "10"),
    # (210 - 60)/50 = 3
    ("An electrician charges a flat fee of $\\$60$ plus $\\$50$ per hour. A repair cost "
     "$\\$210$. How many hours did the repair take?", "3"),
    # the question asked without "does ... cost": 6 + 2.5(8) = 26; 35 + 20(4) = 115;
    # 10 + 0.05(400) = 30 (a month told, its $10 paid once)
    ("A shuttle charges $6 plus $2.50 per mile. How much is an 8 mile ride?", "26"),
    ("A mover charges a $35 fee plus $20 per hour. How much for 4 hours?", "115"),
    ("a data plan costs $10 a month plus $0.05 per megabyte. what do 400 megabytes cost in a "
     "month?", "30"),
]

NEAR_MISSES = [
    # a square yard is not a square foot
    "Tile costs $\\$4$ per square yard plus a $\\$30$ fee. How much does 18 square feet cost?",
    "A cab charges $\\$4$ plus $\\$3$ per mile for the first 10 miles. How much does a 12-mile "
    "ride cost?",
    "A cab charges $\\$4$ plus $\\$3$ per mile. How much do 2 rides of 9 miles cost?",
    "A cab charges $\\$4$ plus $\\$3$ per mile per passenger. How much does a 9-mile ride cost?",
    "A cab charges $\\$4$ plus $\\$3$ per mile. How much does a 9-mile ride cost with a 10% "
    "tip?",
    "A cab charges $\\$4$ plus $\\$3$ per mile. Ann rides 9 miles and Bo rides 5 miles. How "
    "much does Ann pay?",
    # the new question forms with what they cannot read: a tip, no quantity, another unit
    "A shuttle charges $6 plus $2.50 per mile. How much is an 8 mile ride with a $3 tip?",
    "A shuttle charges $6 plus $2.50 per mile. How much is left?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_metered_costs_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_metered_costs_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 17.5 (dollars) was shown for the cents asked at the question's end
    ("A phone plan is $12 a month plus 4 cents per text. What do 200 texts cost in a month in "
     "cents?", "2000"),
    ("A cab charges $4 plus $3 per mile. How much is a 6 mile ride in cents?", "2200"),
    ("A phone plan is $12 a month plus 4 cents per text. What do 200 texts cost in a month?",
     "20"),
])
def test_money_unit_said_in_the_question(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_other_currency_asked_declines() -> None:
    assert solve_now("A cab charges $4 plus $3 per mile. How much is a 6 mile ride in "
                     "euros?").answer is None


@pytest.mark.parametrize("problem", [
    # a charge taken back or changed by a condition: the formula alone is wrong
    "A climbing gym charges a $40 sign-up fee and $25 per month. How much does it cost for 4 "
    "months if the sign-up fee is refunded?",
    "A climbing gym charges a $40 sign-up fee and $25 per month. How much does it cost for 4 "
    "months when the sign-up fee is paid by the school?",
    "A van rental costs a flat fee of $30 plus $0.50 per mile. How much does a 60-mile trip "
    "cost if the flat fee is waived?",
    "A van rental costs a flat fee of $30 plus $0.50 per mile. How much does a 60-mile trip "
    "cost if the per-mile rate is doubled?",
])
def test_a_condition_on_the_charges_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 40 + 4 * 25
    ("A climbing gym charges a $40 sign-up fee and $25 per month. How much does it cost for 4 "
     "months?", "140"),
    # a condition that tells the amounts is still read: 30 + 0.5 * 60
    ("A van rental costs a flat fee of $30 plus $0.50 per mile. If Dee drives 60 miles, how "
     "much does she pay?", "60"),
])
def test_charges_without_a_condition_still_answered(problem: str, answer: str) -> None:
    assert_solved(problem, answer)
