"""Several remainders told first, the least or greatest such integer asked after them
(number_theory/remainder_systems.py). Our own problems; each answer worked out by hand and
checked against the remainders below; near misses (two different integers, a shifted
integer, a 'not', no stated sign, inconsistent remainders) decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 19 = 4*4 + 3 = 5*3 + 4
    ("When $n$ is divided by 4 the remainder is 3, and when $n$ is divided by 5 the "
     "remainder is 4. What is the smallest positive value of $n$?", "19"),
    # 104 = 3*34 + 2 = 5*20 + 4 = 7*14 + 6
    ("When a number is divided by 3 the remainder is 2; when it is divided by 5 the remainder "
     "is 4; and when it is divided by 7 the remainder is 6. What is the smallest such positive "
     "number?", "104"),
    # 23 = 3*7 + 2 = 4*5 + 3 = 5*4 + 3
    ("If $y$ is divided by 3, 4 and 5, the remainders are 2, 3 and 3, respectively. Find the "
     "least positive integer value for $y$.", "23"),
    # 29 = 3*9 + 2 = 9*3 + 2 = 27 + 2; 29 = 6*4 + 5
    ("Find the least positive integer which, when divided by 6, 9 and 4, leaves remainders 5, "
     "2 and 1 respectively.", "29"),
    # 11 = 3*3 + 2 = 9 + 2; 11 = 4*2 + 3
    ("A positive integer $k$ leaves a remainder of 2 when divided by 3 and a remainder of 3 "
     "when divided by 4. What is the smallest possible value of $k$?", "11"),
    # 119 = 9*13 + 2 and 119 + 1 = 120 = 4*30
    ("An integer $m$ is 2 more than a multiple of 9 and 1 less than a multiple of 4. What is "
     "the least three-digit value of $m$?", "119"),
    # 197 = 3*65 + 2 = 7*28 + 1, and 197 + 21 > 200
    ("A positive integer $k$ leaves a remainder of 2 when divided by 3 and a remainder of 1 "
     "when divided by 7. What is the greatest possible value of $k$ less than 200?", "197"),
    # 14 = 3*4 + 2 = 5*2 + 4 (4 and 9 fail)
    ("A number leaves 2 when divided by 3 and leaves 4 when divided by 5. What is the "
     "smallest such positive number?", "14"),
    # 19 = 4*4 + 3 = 7*2 + 5 = 2*9 + 1 (5 and 12 fail)
    ("Find the smallest positive integer which when divided by 4, 7 and 2 leaves remainders of "
     "3, 5 and 1.", "19"),
    # 26 = 4*6 + 2 = 7*3 + 5 (5, 12 and 19 fail)
    ("Let $n$ be a positive integer with $n \\equiv 2 \\pmod{4}$ and $n \\equiv 5 \\pmod{7}$. "
     "Find the least possible value of $n$.", "26"),
    # 14 = 4*3 + 2 = 9*1 + 5 (5 fails)
    ("Rosa has some buttons. When she sorts them into piles of 4, she has 2 left over. When she "
     "sorts them into piles of 9, she has 5 left over. What is the fewest buttons she could "
     "have?", "14"),
    # 59 = 3*19 + 2 = 7*8 + 3; the others are 38 and 80, outside 50..70
    ("A number between 50 and 70 leaves a remainder of 2 when divided by 3 and a remainder of "
     "3 when divided by 7. What is the number?", "59"),
    # 173 = 3*57 + 2 = 4*43 + 1 = 5*34 + 3; lcm 60: 113 and 233 are outside 120..220
    ("The choir has between 120 and 220 singers. When they stand in rows of 3 there are 2 "
     "extra singers; in rows of 4 there is 1 extra singer; and when they stand in rows of 5 "
     "there are 3 extra singers. How many singers are in the choir?", "173"),
    # 11 = 6*1 + 5 = 4*2 + 3 (5 = 4*1 + 1 fails)
    ("When the choir members of a school stood in rows of 6 for their photo, there were 5 "
     "singers left over. When they formed rows of 4 singers, there were 3 extra singers. What is "
     "the fewest number of singers possible in this choir?", "11"),
]

NEAR_MISSES = [
    # two different integers
    "When $a$ is divided by 4 the remainder is 3, and when $b$ is divided by 5 the remainder "
    "is 4. What is the smallest positive value of $a$?",
    # a shifted integer in one fact
    "When $n$ is divided by 4 the remainder is 3, and when $n+1$ is divided by 5 the remainder "
    "is 4. What is the smallest positive value of $n$?",
    # 'not' changes the condition
    "When $n$ is divided by 4 the remainder is 3, and when $n$ is divided by 5 the remainder "
    "is not 4. What is the smallest positive value of $n$?",
    # no sign stated: an integer may be negative
    "When $x$ is divided by 6 the remainder is 5, and when $x$ is divided by 4 the remainder "
    "is 3. What is the smallest possible value of $x$?",
    # remainders 5 (mod 6) and 2 (mod 4) cannot both hold
    "When $x$ is divided by 6 the remainder is 5, and when $x$ is divided by 4 the remainder "
    "is 2. What is the smallest positive value of $x$?",
    # a largest integer with no upper bound
    "When $n$ is divided by 4 the remainder is 3, and when $n$ is divided by 5 the remainder "
    "is 4. What is the largest positive value of $n$?",
    # a story whose scene changes the count
    "When the choir members stood in rows of 6 there were 5 singers left over. Then the "
    "teacher joined them. When they formed rows of 4 singers, there were 3 extra singers. What "
    "is the fewest number of singers possible in this choir?",
    # a story word that changes the count
    "Rosa has some buttons and loses some of them. When she sorts them into piles of 4, she "
    "has 2 left over. When she sorts them into piles of 9, she has 5 left over. What is the "
    "fewest buttons she could have?",
    # a congruence of an integer whose sign is not stated
    "Let $n$ be an integer with $n \\equiv 2 \\pmod{4}$ and $n \\equiv 5 \\pmod{7}$. Find the "
    "least possible value of $n$.",
    # two integers of the range qualify (59 and 80) and one is asked
    "A number between 50 and 100 leaves a remainder of 2 when divided by 3 and a remainder of "
    "3 when divided by 7. What is the number?",
    # the remainder is larger than the divisor
    "When $n$ is divided by 4 the remainder is 7, and when $n$ is divided by 5 the remainder "
    "is 4. What is the smallest positive value of $n$?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_remainder_systems_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_remainder_systems_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 9 = 4*2 + 1 = 6 + 3; the next is 9 + 12
    ("Find the least positive integer that is congruent to 1 mod 4 and to 3 mod 6.", "9"),
    # 17 = 5*3 + 2 = 7*2 + 3
    (r"What is the smallest positive integer $n$ that is congruent to $2$ modulo $5$ and "
     r"congruent to $3$ modulo $7$?", "17"),
    # 997 = 5*199 + 2 = 3*332 + 1; 997 + 15 has four digits
    ("What is the largest three-digit number congruent to 2 (mod 5), and 1 (mod 3)?", "997"),
    # 157 = 9*17 + 4 = 5*31 + 2 = 4*39 + 1, the only one below 180
    ("Find the least positive integer congruent to 4 mod 9, 2 mod 5 and 1 mod 4.", "157"),
])
def test_congruences_said_in_words_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 1 mod 4 is odd, 2 mod 6 is even: no such integer
    "Find the least positive integer that is congruent to 1 mod 4 and to 2 mod 6.",
    # a 'not' the reader does not take in
    "Find the least positive integer that is congruent to 3 mod 4 and is not congruent to 1 "
    "mod 5.",
])
def test_congruences_said_in_words_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
