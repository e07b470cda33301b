"""Successive percent changes (`prealgebra.percent_changes`) said with nouns (a tax, a tip,
"20% off") and asked as a share of the original price or as one equivalent discount. Our
own problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 60 \cdot 0.9 \cdot 1.05
    (r"A lamp costs $\$60$. It is discounted by 10\%, and then a 5\% sales tax is added. What "
     r"is the final price in dollars?", "56.70"),
    # 24 \cdot 1.2
    (r"A dinner costs $\$24$ before a 20\% tip. What is the total cost in dollars including "
     r"the tip?", "28.80"),
    # 0.85 \cdot 0.8 = 0.68
    (r"A shop discounts a coat by 15\% and later discounts the sale price by another 20\%. "
     r"The final price is what percent of the original price?", "68"),
    # 0.7 \cdot 0.9 = 0.63: one discount of 37%
    (r"Boots are on sale for 30\% off. Sam has a coupon that takes another 10\% off the sale "
     r"price. What single percent discount would give the same final price as the two "
     r"successive discounts?", "37"),
    # 1.25 \cdot 0.8 = 1
    (r"The value of a coin rose 25\% in May and fell 20\% in June. By what percent did the "
     r"value change overall?", "0"),
    # 1.3 \cdot 0.7 = 0.91
    (r"The price of a bike was increased by 30\% and then decreased by 30\%. What is the net "
     r"percent change in the price?", "-9"),
    # plain text: the tax or tip told inside the question, or as "the tax is p%"; 52 * 1.05
    ("What is the total cost of a $52 lamp with 5% sales tax?", "54.60"),
    ("A lamp costs $52 and the sales tax is 5%. What is the total cost?", "54.60"),
    # 36 * 1.2; 24 * 1.15
    ("Lunch costs $36. If Mo leaves a 20% tip, what is the total?", "43.20"),
    ("The bill is $24. Kay adds a 15% tip. How much does she pay in all?", "27.60"),
    # two percents, in the order told: 80 * 0.75 * 1.05 (the tax is on the sale price)
    ("A $\\$80$ coat is $25\\%$ off. Tax is $5\\%$. How much do you pay?", "63"),
])
def test_changes_said_in_other_words(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the tip itself is asked, not the total
    r"A dinner costs $\$24$ before a 20\% tip. What is the cost of the tip in dollars?",
    # both discounts taken off the original price add up; not successive
    r"A coat costs $\$80$ and is 20\% off. A coupon takes 10\% off the original price. What "
    r"is the final price in dollars?",
    # the saving or the tax asked in plain words, not the price paid
    "A $60 radio is 15% off. What is the total savings?",
    "A lamp costs $52 and the sales tax is 5%. How much tax is paid?",
])
def test_other_questions_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize("problem", [
    # 40 + 6 + 3.20 = 49.20 with each on the bill, 40 x 1.15 x 1.08 = 49.68 compounded
    "A $40 dinner with a 15% tip and 8% tax. What is the total?",
    "A $40 dinner plus 8% sales tax and a 15% gratuity. What is the total cost?",
])
def test_tip_and_tax_on_one_bill_declines(problem: str) -> None:
    sol = solve_now(problem)
    assert sol.answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    ("A $40 dinner with a 15% tip. What is the total?", "46"),
    # tax after the discount: 40 x 0.85 x 1.08
    ("A $40 coat has a 15% discount and 8% tax. What is the total?", "36.72"),
])
def test_one_tip_or_a_discount_and_tax_still_answered(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 45 (dollars) was shown for the cents or euros asked
    "a jacket costs $60 and is 25% off. what is the sale price in cents?",
    "A $60 coat is 25% off. How much do you pay in euros?",
])
def test_price_asked_in_cents_or_another_currency_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_price_to_the_nearest_cent_still_answered() -> None:
    # 19.99 x 1.07 = 21.3893
    assert_solved("A $19.99 book with 7% sales tax. What is the total cost, to the nearest "
                  "cent?", "21.39")


@pytest.mark.parametrize(("problem", "answer"), [
    # 0.75 * 0.8 = 0.6: 40% in all
    ("A price is reduced by 25% and then by 20%. By what percent was it reduced in all?", "40"),
    ("A lamp is discounted 25% and then a further 20%. What is the total percent discount?",
     "40"),
    ("A store marks a price down 25%, then takes 20% off the sale price. What is the overall "
     "percent decrease?", "40"),
    # 1.2 * 1.2 = 1.44
    ("A price is raised by 20% and then by 20%. What is the overall percent increase?", "44"),
])
def test_successive_changes_said_shortly(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_second_change_of_the_original_price_declines() -> None:
    assert solve_now("A price is reduced by 25% and then by 20% of the original price. What is "
                     "the overall percent decrease?").answer is None


@pytest.mark.parametrize("problem", [
    # 40 was shown: the $10 off was never read (50 x 0.8 - 10 = 30)
    "A coat costs $60. It is 25% off, then another $10 off. What is the final price?",
    "A $60 coat is marked down $10 and then 25% off. What is the sale price?",
    "A coat costs 60 dollars. It is 25% off, then 5 dollars off. What is the final price?",
    "A $60 coat is 25% off, then $10 off. What is the total percent discount?",
])
def test_a_change_in_dollars_beside_a_percent_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize("problem", [
    # 13.2 was shown: one ticket with the tax, for the 5 asked (66)
    "A concert ticket costs $20. How much does 3 tickets cost with a 10% tax?",
    "A pen costs $3. What is the cost of 4 pens with an 8% sales tax?",
])
def test_a_count_of_items_beside_a_percent_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize("problem", [
    # a further change by an amount not told: the sale price alone is not what is paid
    "A lamp costs $60 and is on sale for 20% off. What is the sale price if you also have a "
    "coupon?",
    "A $60 lamp is 20% off. How much do you pay with your store card?",
    "A lamp costs $60 and is on sale for 20% off. What is the sale price for members?",
    "A lamp costs $60 and is on sale for 20% off. What is the sale price if you also use a "
    "rewards app?",
])
def test_a_further_change_not_told_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 60 * 0.8 = 48
    ("A lamp costs $60 and is on sale for 20% off. What is the sale price?", "48"),
    # a condition that tells its change is still read: 60 * 0.8 * 0.9 = 43.2
    ("If a $60 lamp is discounted 20% and the sale price is then reduced by 10%, what is the "
     "price now?", "43.20"),
])
def test_changes_all_told_still_answered(problem: str, answer: str) -> None:
    assert_solved(problem, answer)
