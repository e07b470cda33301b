"""Known residues of several letters (congruences linear in a letter, remainders in words,
'r more / less than a multiple of m', 'a x + b is a multiple of m'), the remainder of an
expression in them asked. Our own problems; the answers worked out by hand and checked on
actual numbers in plain Python."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 17 + 41 = 58 = 15 \cdot 3 + 13
    ("When $p$ is divided by 30 the remainder is 17, and when $q$ is divided by 45 the remainder "
     "is 41. What is the remainder when $p + q$ is divided by 15?", "13"),
    # 7 \cdot 3 = 21: t is 3 more than a multiple of 20
    ("Given that $7t \\equiv 1 \\pmod{20}$, find the remainder when $t + 9$ is divided by $20$.",
     "12"),
    # x = 3, y = 4 modulo 7
    ("Suppose $x - 3$ and $y + 3$ are multiples of $7$. What is the remainder when $x^2 + y$ is "
     "divided by $7$?", "6"),
    # 5a = 2: a = 4 modulo 9
    ("Let $a$ be an integer such that $5a + 2 \\equiv 4 \\pmod{9}$. What remainder does $a^2$ "
     "leave when divided by $9$?", "7"),
    # m = 7 (mod 10), n = 4 (mod 15): 28 modulo 5
    ("$m$ is $3$ less than a multiple of $10$ and $n$ is $4$ more than a multiple of $15$. What "
     "is the remainder when $mn$ is divided by $5$?", "3"),
    # 3k = 2: k = 8 modulo 11, j = 5 modulo 11: 64 + 40 = 104
    ("Let $k$ and $j$ be positive integers with $3k \\equiv 2 \\pmod{11}$ and $j \\equiv 5 "
     "\\pmod{22}$. Compute the remainder when $k^2 + kj$ is divided by $11$.", "5"),
    ("If $b$ leaves a remainder of 11 when divided by 14 and $c \\equiv 6 \\pmod{21}$, then what "
     "is the remainder when $b + 2c$ is divided by 7?", "2"),
])
def test_residues_given_remainder_asked(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 8 does not divide 12: p + q modulo 8 depends on p
    "When $p$ is divided by 12 the remainder is 5, and when $q$ is divided by 8 the remainder is "
    "3. What is the remainder when $p + q$ is divided by 8?",
    # 4s = 1 (mod 6) has no solution
    "Given that $4s \\equiv 1 \\pmod{6}$, find the remainder when $s^2 + 1$ is divided by $6$.",
    # w has no residue given
    "Suppose that $u$ leaves a remainder of 2 when divided by 6. Find the remainder when $uw$ is "
    "divided by 6.",
    # 2r = 4 (mod 8) leaves r = 2 modulo 4 only: 3r + 1 modulo 8 is not determined
    "Given that $2r \\equiv 4 \\pmod{8}$, find the remainder when $3r + 1$ is divided by $8$.",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # k = 5 (mod 9): 4 \cdot 5 + 1 = 21 = 9 \cdot 2 + 3
    ("If $k$ is a positive integer and $k \\equiv 5 \\pmod 9$, what is the remainder when $4k + 1$ "
     "is divided by 9?", "3"),
    # u = 2, v = 6 (mod 7): 2 \cdot 6 = 12 = 7 + 5
    ("Suppose $u$ and $v$ are integers with $u \\equiv 2 \\pmod{7}$ and $v \\equiv 6 \\pmod{7}$. "
     "What is the remainder when $uv$ is divided by 7?", "5"),
])
def test_the_letters_said_to_be_integers_first(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # n = 3 (mod 8): 9 + 1 = 10 = 8 + 2
    ("n leaves remainder 3 when divided by 8. what is the remainder of n^2 + 1 divided by 8?",
     "2"),
    ("The remainder of n divided by 8 is 3. Find the remainder of n^2+1 divided by 8.", "2"),
    # k = 5 (mod 9): 4 * 5 + 3 = 23 = 18 + 5
    (r"The remainder when $k$ is divided by 9 is 5. What is the remainder when $4k+3$ is "
     r"divided by 9?", "5"),
    # n = 4 (mod 6): 5 * 4 = 20 = 18 + 2
    ("The remainder of n divided by 6 is 4. What is the remainder of 5n divided by 6?", "2"),
])
def test_a_remainder_told_as_the_remainder_of(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 6 does not divide 8: n = 3 gives 10 = 4 (mod 6), n = 11 gives 122 = 2 (mod 6)
    "The remainder of n divided by 8 is 3. Find the remainder of n^2+1 divided by 6.",
    # a letter nothing is told of
    "n leaves remainder 3 when divided by 8. what is the remainder of m + 1 divided by 8?",
])
def test_a_remainder_of_another_letter_or_modulus_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # x = 4, y = 4 (mod 6): 8 = 6 + 2
    (r"Tom has two numbers, $x$ and $y$. When he divides $x$ by 12 he gets a remainder of 10. "
     r"When he divides $y$ by 18 he gets a remainder of 16. What remainder does he get when he "
     r"divides $x+y$ by 6?", "2"),
    # 2 * 7 = 14 = 9 + 5
    (r"When she divides $n$ by 9 she gets a remainder of 7. What remainder does she get when "
     r"she divides $2n$ by 9?", "5"),
])
def test_a_remainder_someone_gets_on_dividing(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 5 divides neither 12 nor 18
    r"Tom has two numbers, $x$ and $y$. When he divides $x$ by 12 he gets a remainder of 10. "
    r"When he divides $y$ by 18 he gets a remainder of 16. What remainder does he get when he "
    r"divides $x+y$ by 5?",
    # the holder's numbers are not letters
    r"Tom has two numbers, $x$ and $2y$. When he divides $x$ by 12 he gets a remainder of 10. "
    r"What remainder does he get when he divides $x+1$ by 6?",
])
def test_a_remainder_someone_gets_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
