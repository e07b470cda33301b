"""Two ways to pay compared, each a fixed fee and a price per unit
(prealgebra/plan_comparisons.py): the least or greatest whole number of units for which the
plan named is cheaper, or where the two cost the same. Our own stories, answers worked out by
hand; near misses (another question, two units, a discount, a plan never cheaper only later, a
meeting that is not whole, no plan named) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 40 + 6n < 10n: n > 10
    ("Acme Printing charges a $\\$40$ set-up fee plus $\\$6$ for each poster printed. Zenith "
     "Printing has no set-up fee, but charges $\\$10$ per poster. What is the least number of "
     "posters for which a customer saves money by using Acme?", "11"),
    # 40 + 25m = 30m
    ("Gym X charges a $\\$40$ joining fee plus $\\$25$ per month. Gym Y has no joining fee but "
     "charges $\\$30$ per month. After how many months will the two gyms cost the same?", "8"),
    # dollars and cents: 10n < 2000 + 5n, so n < 400
    ("Plan A costs 20 dollars plus 5 cents per minute. Plan B costs 10 cents per minute. What "
     "is the greatest number of minutes for which Plan B is cheaper?", "399"),
    # a fee told after its rate in the second plan, 'an hour'
    ("Bob's Plumbing charges a call-out fee of $\\$60$ plus $\\$30$ per hour. Ace Plumbing "
     "charges $\\$45$ an hour and has no call-out fee. For how many hours of work would the two "
     "companies charge the same amount?", "4"),
    # 12 + 3h < 5h: h > 6
    ("Sunny Rentals charges $\\$12$ plus $\\$3$ per hour to rent a kayak. River Rentals "
     "charges $\\$5$ per hour. What is the minimum number of hours for which Sunny Rentals is "
     "cheaper?", "7"),
    # 'the first company' named by its place
    ("The first company charges a $\\$75$ installation fee plus $\\$20$ per month. The second "
     "company charges $\\$35$ per month with no installation fee. What is the fewest number of "
     "months for which the first company is less expensive?", "6"),
    # 100 + 8v < 12v: v > 25
    ("Club Alpha has a membership fee of $\\$100$ and charges $\\$8$ per visit. Club Beta has "
     "no membership fee and charges $\\$12$ per visit. What is the smallest number of visits "
     "for which Club Alpha is the better deal?", "26"),
    # 3m < 4 + 2m: m < 4
    ("A taxi company charges $\\$4$ plus $\\$2$ per mile. A rival company charges $\\$3$ per "
     "mile. What is the largest number of miles for which the rival company is cheaper?", "3"),
    # 1500 + 4p = 9p cents
    ("Quick Copy charges a $\\$15$ setup fee plus 4 cents per page. Fast Print charges 9 cents "
     "per page. At how many pages do the two shops cost the same?", "300"),
    # 30 + 2s < 5s: s > 10
    ("Print Pro charges $\\$30$ plus $\\$2$ per shirt. Shirt Hut charges $\\$5$ per shirt. What "
     "is the minimum number of shirts for which Print Pro costs less?", "11"),
    # both plans with a fee; 'cheaper than': 50 + 3d < 20 + 5d, d > 15
    ("Lakeside Storage charges a $\\$50$ move-in fee plus $\\$3$ per day. Hilltop Storage "
     "charges a $\\$20$ move-in fee plus $\\$5$ per day. What is the least number of days for "
     "which Lakeside is cheaper than Hilltop?", "16"),
    # two fees, the equal point: 25 + 4w = 10 + 7w, w = 5
    ("Dog walker Mia charges $\\$25$ plus $\\$4$ per walk. Dog walker Ned charges $\\$10$ plus "
     "$\\$7$ per walk. For how many walks do Mia and Ned charge the same amount?", "5"),
]

NEAR_MISSES = [
    # the cost of one plan asked
    "Acme charges a $\\$40$ set-up fee plus $\\$6$ for each poster. Zenith charges $\\$10$ per "
    "poster. How much does Acme charge for 12 posters?",
    # a discount changes the cost
    "Acme charges a $\\$40$ set-up fee plus $\\$6$ for each poster. Zenith charges $\\$10$ per "
    "poster, with 10% off orders over 20 posters. What is the least number of posters for "
    "which Acme is cheaper?",
    # two units
    "Acme charges a $\\$40$ set-up fee plus $\\$6$ for each poster. Zenith charges $\\$10$ per "
    "shirt. What is the least number of posters for which Acme is cheaper?",
    # Zenith is cheaper from the first poster on, and then never again: no least from some on
    "Acme charges a $\\$40$ set-up fee plus $\\$6$ for each poster. Zenith charges $\\$10$ per "
    "poster. What is the least number of posters for which Zenith is cheaper?",
    # no plan named
    "Acme charges a $\\$40$ set-up fee plus $\\$6$ for each poster. Zenith charges $\\$10$ per "
    "poster. What is the least number of posters for which one company is cheaper?",
    # one plan's total told
    "Gym X charges a $\\$40$ joining fee plus $\\$25$ per month. Gym Y charges $\\$30$ per "
    "month. After how many months will Gym X have cost $\\$290$?",
    # 45 + 25m = 35m at m = 4.5: not a whole number of months
    "Gym X charges a $\\$45$ joining fee plus $\\$25$ per month. Gym Y charges $\\$35$ per "
    "month. After how many months will the two gyms cost the same?",
    # a free allowance
    "Plan A costs 20 dollars plus 5 cents per minute after the first 100 minutes. Plan B costs "
    "10 cents per minute. What is the greatest number of minutes for which Plan B is cheaper?",
    # a monthly fee and a price per minute in one plan
    "Plan A costs 20 dollars a month plus 5 cents per minute. Plan B costs 10 cents per minute. "
    "What is the greatest number of minutes for which Plan B is cheaper?",
    # the same price per unit: the costs never meet
    "Print Pro charges $\\$30$ plus $\\$5$ per shirt. Shirt Hut charges $\\$5$ per shirt. At "
    "how many shirts do the two shops cost the same?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_plan_comparisons_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_plan_comparisons_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
