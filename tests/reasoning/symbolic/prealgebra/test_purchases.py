"""A shopping trip (prealgebra/purchases.py): things bought at a price each, added up, the
change or the money left, and how many whole things some money buys. Our own stories, answers
worked out by hand; near misses (a second buyer, a lot price, a discount, a thing with no
price, not enough money) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 3(2) + 4(5) = 26
    ("Maria buys 3 pens at $\\$2$ each and 4 notebooks at $\\$5$ each. How much does she "
     "spend in all?", "26"),
    # 5(0.40) + 2(3) = 8
    ("Sam bought 5 apples at $\\$0.40$ each and 2 melons at $\\$3$ each. How many dollars did "
     "he spend?", "8"),
    # 50 - 26 = 24
    ("Lena buys 3 pens at $\\$2$ each and 4 notebooks at $\\$5$ each. She pays with a $\\$50$ "
     "bill. How much change does she get?", "24"),
    # 20 - 3(4.50) = 6.50
    ("Tom has $\\$20$. He buys 3 sandwiches for $\\$4.50$ each. How much money does he have "
     "left?", "6.50"),
    # 4(3) + 2(1.50) = 15
    ("A notebook costs $\\$3$ and a pen costs $\\$1.50$. How much do 4 notebooks and 2 pens "
     "cost?", "15"),
    ("A binder costs $\\$3$ and a ruler costs $\\$1.50$. What is the total cost of 4 binders "
     "and 2 rulers?", "15"),
    # 12 + 2(8.25) = 28.50
    ("Juan bought a hat for $\\$12$ and 2 shirts for $\\$8.25$ each. How much did Juan spend "
     "in total?", "28.50"),
    # 4(1.75) + 3(2) = 13
    ("At the fair, rides cost $\\$1.75$ each and snacks cost $\\$2$ each. Ivy goes on 4 rides "
     "and buys 3 snacks. How much does Ivy spend?", "13"),
    # 300 / 25 = 12
    ("Pencils cost 25 cents each. How many pencils can be bought with $\\$3$?", "12"),
    # 2540 / 130 = 19.5...: 19
    ("Lucia has $25$ dollars and $40$ cents. Juice boxes are priced at $1$ dollar and $30$ "
     "cents each. How many juice boxes can she buy?", "19"),
    # 1200 / 85 = 14.1...: 14
    ("Erin has $12$ dollars. Markers sell for $\\$0.85$ each. She wants to buy as many markers "
     "as she can with her money. How many markers can she buy?", "14"),
    # 905 / 115 = 7.8...: 7
    ("Omar has $9$ dollars and $5$ cents. He wants to buy as many pens as he can with his "
     "money. The pens are priced at $1$ dollar and $15$ cents each. How many pens can he "
     "buy?", "7"),
    # the seller named: 15 / 2.50 = 6, 6 whole scarves
    ("A market sells scarves for $\\$2.50$ each. What is the greatest number of scarves Omar "
     "can buy with $\\$15$?", "6"),
    # the money held in its own sentence: 25 / 4 = 6.25, so 6
    ("A kiosk sells maps for $\\$4$ each. Lena has $\\$25$. What is the largest number of maps "
     "she can buy?", "6"),
    # the story said as the question's condition, asked of 'you': 20 - 4(3)
    ("If you buy 4 folders at $3 each and pay with a $20 bill, how much change do you get?",
     "8"),
    # typed without marks: 2(7)
    ("if i buy 2 hats for $7 each how much do i spend", "14"),
    # the condition after the money held: 20 - 3(2)
    ("Ana has $20. If she buys 3 pens at $2 each, how much money does she have left?", "14"),
]

NEAR_MISSES = [
    # a second buyer
    "Maria buys 3 pens at $\\$2$ each and 4 notebooks at $\\$5$ each. Her brother buys 2 pens. "
    "How much does Maria spend?",
    "Maria buys 3 pens at $\\$2$ each and returns one. How much does she spend?",
    # $6 for the three pens, not each
    "Maria buys 3 pens for $\\$6$ and 4 notebooks at $\\$5$ each. How much does she spend in "
    "all?",
    # 3(4.50) is more than $10
    "Tom has $\\$10$. He buys 3 sandwiches for $\\$4.50$ each. How much money does he have "
    "left?",
    # the notebooks have no price
    "A pen costs $\\$2$. Maria buys 3 pens and 4 notebooks. How much does she spend?",
    "Maria buys 3 pens at $\\$2$ each with a 10% discount. How much does she spend?",
    # each egg or each dozen?
    "Maria buys 2 dozen eggs at $\\$3$ each. How much does she spend?",
    # every price in cents: the answer in cents or in dollars?
    "Pencils cost 25 cents each. How much do 6 pencils cost?",
    # a price for a dozen (or a pack), not for one: 30 eggs are not 30 times $2.40
    "Eggs cost $\\$2.40$ per dozen. How many dollars do 30 eggs cost?",
    "Pens cost $\\$3$ per pack. How much do 4 pens cost?",
    # 4(3) is more than the $10 paid
    "If you buy 4 folders at $3 each and pay with a $10 bill, how much change do you get?",
    # a second condition in the question
    "If you buy 4 folders at $3 each and pay with a $20 bill, how much change do you get if "
    "you return one?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_purchases_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_purchases_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # one kind said with and without its describing word: 6 * 8.50
    ("A movie ticket costs $8.50. How much do 6 tickets cost?", "51"),
    ("A ticket costs $4. How much do 5 concert tickets cost?", "20"),
    ("A paperback book is $6. Lena buys 3 books. How much does she spend?", "18"),
])
def test_one_kind_said_with_and_without_a_describing_word(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # which ticket?
    "A movie ticket costs $8 and a bus ticket costs $2. How much do 6 tickets cost?",
    "A large pizza costs $12 and a small pizza costs $7. Dan buys 3 pizzas. How much does he "
    "spend?",
])
def test_two_kinds_a_shorter_name_could_mean_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
