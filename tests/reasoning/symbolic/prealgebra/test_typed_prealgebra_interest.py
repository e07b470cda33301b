"""Money lent or saved at interest (prealgebra/interest.py): simple and compound interest, the
amount or the interest after a time, the least whole number of periods to reach a multiple of
what was borrowed, two accounts compared. Our own stories, answers worked out by hand; near
misses (no kind of interest said, a withdrawal, days against years, "how much more", a time
that is not whole compounding periods) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 2000 * 3/100 * 4
    ("Nora puts $\\$2000$ in a savings account that earns $3\\%$ simple interest per year. "
     "How much interest does she earn in 4 years?", "240"),
    # "earn" asks the interest, not the balance
    ("Nora puts $\\$2000$ in a savings account that earns $3\\%$ simple interest per year. "
     "How much does she earn in 4 years?", "240"),
    ("Nora puts $\\$2000$ in a savings account that earns $3\\%$ simple interest per year. "
     "How much money will be in the account, with interest, after 4 years?", "2240"),
    # 500 * (1 + 0.08 * 3)
    ("A loan of 500 dollars is taken at $8\\%$ simple annual interest. How much is owed after "
     "3 years?", "620"),
    ("Jo deposits $600$ dollars into an account. The account pays $5\\%$ simple interest per "
     "year. What is the balance after six years?", "780"),
    # 1500 * 1.04^2 = 1622.4
    ("If $\\$1500$ is invested at $4\\%$ interest compounded annually, how much is the "
     "investment worth after 2 years?", "1622.40"),
    # 800 * 1.1^3 = 1064.8
    ("Raj deposits $\\$800$ into an account paying $10\\%$ interest compounded annually. What "
     "will the balance be after 3 years?", "1064.80"),
    # 4000 * 1.015^4 = 4245.4542...
    ("Li deposits $\\$4000$ in a bank that pays $6\\%$ annual interest compounded quarterly. "
     "How much is in her account after 1 year, to the nearest cent?", "4245.45"),
    # 2000 * 1.04^4 = 2339.71712
    ("Sam invests $\\$2000$ at an annual rate of $8\\%$ compounded semiannually. To the nearest "
     "dollar, how much will the investment be worth after 2 years?", "2340"),
    # 1000 * 1.01^12 = 1126.825...: 12 monthly periods at 1%
    ("Eve saves $\\$1000$ in an account with $12\\%$ annual interest compounded monthly. How "
     "much money will she have after 12 months, to the nearest cent?", "1126.83"),
    # 1.1^7 = 1.949 < 2 < 1.1^8 = 2.144
    ("Omar borrows $\\$200$ at $10\\%$ interest compounded annually. What is the least whole "
     "number of years after which he will owe more than twice as much as he borrowed?", "8"),
    # 60 (1 + n/20) >= 180: n >= 40
    ("Pat lends Quinn 60 shells at a simple interest rate of $5\\%$ per week. What is the "
     "smallest integer number of weeks after which Quinn owes at least triple what he "
     "borrowed?", "40"),
    # 1.2^3 = 1.728, 1.2^4 = 2.0736 >= 2
    ("Mia borrowed $\\$50$ from Lee, who charges $20\\%$ interest per month, compounded "
     "monthly. What is the least integer number of months after which Mia will owe at least "
     "twice as much as she borrowed?", "4"),
    # 5000 * 1.04^10 = 7401.22; 5000 * 1.5 = 7500
    ("Ana deposits $\\$5000$ at $4\\%$ interest compounded annually, and Ben deposits $\\$5000$ "
     "at $5\\%$ simple annual interest. After 10 years, what is the positive difference "
     "between their balances, to the nearest dollar?", "99"),
    # 300 + 12 t = 400 + 8 t
    ("Kai borrows $\\$300$ at a $4\\%$ simple daily interest, and Zoe borrows $\\$400$ at a $2\\%$ "
     "simple daily interest. After how many days will Kai and Zoe owe the same amount?", "25"),
]

MORE_PHRASINGS = [
    # 40 (1 + n/4) >= 3 * 40: n >= 8
    ("Tia lends her brother 40 dollars with simple interest of $25\\%$ each week. What is the "
     "least number of weeks after which he will have to pay Tia back at least three times "
     "what he borrowed?", "8"),
    # 2000 * 1.03^2 = 2121.8; 2000 * 1.08 = 2160
    ("Rosa opens an account with $\\$2000$ that pays $3\\%$ interest compounded annually, "
     "while Tom opens an account with $\\$2000$ at $4\\%$ simple annual interest. After 2 "
     "years they compare their balances. What is the positive difference between their "
     "balances, in dollars?", "38.20"),
    # 90 (1 + t/10) = 150 (1 + t/50): 90 + 9t = 150 + 3t: t = 10
    ("Gus owes Hal 90 dollars at $10\\%$ simple interest per day, and Jen owes Kit 150 dollars "
     "at $2\\%$ simple interest per day. After how many days will Gus and Jen owe the same "
     "amount, if they make no repayments?", "10"),
    # 80 (1 + t/20) = 120 (1 + t/60): 80 + 4t = 120 + 2t: t = 20
    ("Ivy has borrowed 80 beads from Max at $5\\%$ simple monthly interest. Meanwhile, Ned has "
     "borrowed 120 beads from Ola at $\\frac{5}{3}\\%$ simple monthly interest. In how many "
     "months will Ivy and Ned owe the same amounts, assuming that they will not make any "
     "repayments in that time?", "20"),
]

MORE_PHRASINGS += [
    # 3000 * 1.02^3 = 3183.624
    ("If $\\$3000$ is deposited in an account paying $2\\%$ annual interest compounded "
     "annually, what will the account balance be after 3 years, to the nearest cent?",
     "3183.62"),
    ("A $\\$1200$ loan has a simple annual interest rate of $9\\%$. How much interest is owed "
     "after 2 years?", "216"),
    ("How much money will Leo have after 5 years if he invests $\\$1000$ at $6\\%$ simple "
     "interest per year?", "1300"),
    # the rounding request first in its sentence: 2000 * 1.02^3 = 2122.416
    ("An account starts with $\\$2000$ and earns $2\\%$ interest compounded yearly. To the "
     "nearest cent, what is the balance after 3 years?", "2122.42"),
    # "what is it worth": 1500 * 1.1^2 = 1815
    ("A $\\$1500$ investment grows at $10\\%$ per year compounded annually. What is it worth "
     "after 2 years?", "1815"),
    # the rounding request last, its own sentence: 4000 * 1.03^2 = 4243.6
    ("$\\$4000$ is invested at $3\\%$ interest compounded annually. How much is in the account "
     "after 2 years? Round to the nearest cent.", "4243.60"),
]

NEAR_MISSES = [
    # simple or compound is not said
    "Ben puts $\\$100$ in a bank at $5\\%$ interest. How much money is in the account after "
    "2 years?",
    # a withdrawal is not read
    "Ben puts $\\$100$ in a bank at $5\\%$ interest compounded annually and withdraws $\\$10$ "
    "each year. How much money is in the account after 2 years?",
    # days against a yearly rate: 365 or 360 days
    "Ben puts $\\$100$ in a bank at $5\\%$ interest compounded annually. How much money is in "
    "the account after 100 days?",
    # not a whole number of compounding periods
    "Ben puts $\\$100$ in a bank at $5\\%$ interest compounded annually. How much money is in "
    "the account after 18 months?",
    # "how much more" compares two accounts: not read
    "Ana deposits $\\$100$ at $4\\%$ simple annual interest and Ben deposits $\\$100$ at $5\\%$ "
    "simple annual interest. How much more interest does Ben earn in 3 years?",
    # "less than twice": the amount only grows
    "Omar borrows $\\$200$ at $10\\%$ interest compounded annually. What is the least whole "
    "number of years after which he will owe less than twice as much as he borrowed?",
    # the principal is asked: not read
    "How much money must be invested now at $5\\%$ interest compounded annually to have "
    "$\\$4410$ after 2 years?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_interest_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), MORE_PHRASINGS)
def test_interest_phrasings_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_interest_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # "simple interest" said before the money: 700 * 0.06 * 4
    (r"Find the simple interest on \$700 at 6% per year for 4 years.", "168"),
    (r"How much simple interest does \$300 earn in 2 years at 5% per year?", "30"),
])
def test_simple_interest_said_before_the_money(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_simple_and_compounded_together_declines() -> None:
    assert solve_now(r"Find the simple interest on \$700 at 6% compounded annually for 4 "
                     r"years.").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # "compound interest" with one rate and no compounding said: once a rate period,
    # as textbooks mean. 2000 * 1.05^2 - 2000
    (r"Find the compound interest on \$2000 at 5% per annum for 2 years.", "205"),
    # 400 * 1.5^2 - 400
    ("what is the compound interest on $400 at 50% per year for 2 years", "500"),
])
def test_compound_interest_said_before_the_money(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_compound_interest_for_part_of_a_period_declines() -> None:
    assert solve_now(r"Find the compound interest on \$2000 at 5% per year for 18 "
                     r"months.").answer is None


def test_worth_asked_in_cents_declines() -> None:
    # the money is told in dollars; 1210 (dollars) was shown for the cents asked
    assert solve_now("$2000 is invested at 10% compounded annually for 2 years. How much is "
                     "it worth in cents?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    ("$2000 is invested at 10% compounded annually for 2 years. How much is it worth?", "2420"),
    # 2000 * 1.045^2 = 2184.05: a rounding to the cent is no unit asked
    ("$2000 is invested at 4.5% compounded annually for 2 years. How much is it worth? Round "
     "to the nearest cent.", "2184.05"),
])
def test_worth_in_dollars_still_answered(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the interest (60) was shown where the total amount (560) was also asked
    "simple interest on $800 at 5% for 2 years, total amount",
    "What is the simple interest on $800 at 5% for 2 years, and the final balance?",
])
def test_interest_and_amount_both_named_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    ("simple interest on $800 at 5% for 2 years", "80"),
    ("What is the total interest on $800 at 5% simple interest for 2 years?", "80"),
    ("simple interest on $800 at 5% for 2 years. What is the total amount?", "880"),
])
def test_interest_or_amount_alone_still_answered(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # money taken out or put in beside the account: the formula alone is wrong
    "Sara puts $\\$800$ in a bank at $5\\%$ interest compounded yearly, and takes out $\\$200$ at "
    "the end of the first year. How much is in the account after 2 years?",
    "Sara puts $\\$800$ in a bank at $5\\%$ interest compounded yearly and puts in $\\$50$ more "
    "at the end of each year. How much is in the account after 3 years?",
    "Tom borrows $\\$600$ at $8\\%$ simple interest per year and pays back $\\$100$ after one "
    "year. How much interest does he pay in 2 years?",
])
def test_money_moved_beside_the_account_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 800 * 1.05^2 = 882
    ("Sara puts $\\$800$ in a bank at $5\\%$ interest compounded yearly. How much is in the "
     "account after 2 years?", "882"),
    # 1.1^n > 3 first at n = 12 (1.1^11 = 2.85..., 1.1^12 = 3.13...): "3 times" is no money
    ("Omar borrows $\\$300$ at $10\\%$ interest compounded annually. What is the least whole "
     "number of years after which he owes more than 3 times as much as he borrowed?", "12"),
])
def test_one_amount_at_interest_still_answered(problem: str, answer: str) -> None:
    assert_solved(problem, answer)
