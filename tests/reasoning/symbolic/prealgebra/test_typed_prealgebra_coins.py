"""Coins and bills counted and valued (prealgebra/coins.py): a number of coins in all and their
value, "the same number of", "k more A than B", "twice as many A as B", a count told, dollars or
cents, bills of 5 and 10 dollars. Our own stories, answers worked out by hand; near misses (a
coin given away, "how many more", "fewer than 5", a value with no unit, "each", a count that is
not whole) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # n + d = 30, 5n + 10d = 210
    ("Lena has only nickels and dimes in her purse, 30 coins in all, worth $\\$2.10$. How many "
     "dimes does she have?", "12"),
    # q + d = 25, 25q + 10d = 415
    ("A jar holds quarters and dimes worth $\\$4.15$ in all. There are 25 coins. How many "
     "quarters are in the jar?", "11"),
    # 5n + 10(n + 12) = 300
    ("Tom has 12 more dimes than nickels, and the coins are worth $\\$3.00$ in total. How many "
     "nickels does Tom have?", "12"),
    # (1 + 5 + 25) p = 465
    ("A piggy bank contains the same number of pennies, nickels and quarters, worth $\\$4.65$ "
     "in all. How many pennies are in the piggy bank?", "15"),
    # 25 (2d) + 10 d = 480
    ("Eva has twice as many quarters as dimes. Her quarters and dimes are worth $\\$4.80$. How "
     "many dimes does Eva have?", "8"),
    # n + q = 40, 5n + 25q = 520
    ("Sam has 40 coins, all nickels and quarters, with a total value of 520 cents. How many "
     "quarters does Sam have?", "16"),
    # d + q = 9, 10d + 25q = 150
    ("Ike has 9 coins in his pocket, all dimes and quarters, worth $\\$1.50$. How many dimes "
     "does he have?", "5"),
    # a + b = 14, 5a + 10b = 95
    ("A wallet holds only $\\$5$ bills and $\\$10$ bills, 14 bills in all, worth $\\$95$. How "
     "many $\\$10$ bills are there?", "5"),
    # d + q = 19, 10d + 25q = 325: the value told first
    ("Maya has $\\$3.25$ in dimes and quarters. She has 19 coins. How many quarters does she "
     "have?", "9"),
    # n = 4q, 20q + 25q = 225
    ("Jo has 4 times as many nickels as quarters, worth $\\$2.25$ altogether. How many "
     "quarters does Jo have?", "5"),
    # 75 + 10d = 155
    ("Kit has 3 quarters and some dimes. The coins are worth $\\$1.55$. How many dimes does Kit "
     "have?", "8"),
    # (1 + 10 + 25) p = 540: the dollar sign set apart from its number
    ("Rui has a tin with as many pennies as dimes and as many dimes as quarters. The total "
     "value of the coins in the tin is $\\$$5.40. How many dimes are there?", "15"),
    # p + n = 20, p + 5n = 60: "each coin is either"
    ("Ada has 20 coins worth 60 cents. Each coin is either a penny or a nickel. How many "
     "nickels does Ada have?", "10"),
    ("Kit has 3 quarters and some dimes worth $\\$1.55$ in all. How many coins does Kit have?",
     "11"),
]

NEAR_MISSES = [
    # a coin given away
    "Lena has nickels and dimes, 30 coins in all, worth $\\$2.10$, and gives 3 dimes to Bo. How "
    "many dimes does she have?",
    # "how many more"
    "Lena has only nickels and dimes, 30 coins in all, worth $\\$2.10$. How many more dimes than "
    "nickels does she have?",
    # "fewer than 5" is not "5 fewer than"
    "Ivo has nickels and fewer than 5 dimes, worth $\\$1.00$. How many nickels does he have?",
    # a value with no unit
    "Ike has 9 coins, all dimes and quarters, worth 150. How many dimes does he have?",
    # "each" is not read
    "Each of the 30 coins in a jar is a nickel or a dime, and they are worth $\\$2.10$. How many "
    "dimes are there?",
    # the counts are not whole
    "A jar holds the same number of pennies, nickels and quarters, worth $\\$4.62$ in all. How "
    "many pennies are in the jar?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_coins_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_coins_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
