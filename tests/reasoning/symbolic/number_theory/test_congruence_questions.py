"""A linear congruence with the interval of the answer written as maths after it
(`number_theory.congruence_questions`), in our own wordings; near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 5 * 8 = 40 = 3 * 13 + 1
    (r"Solve $5x \equiv 1 \pmod{13}$ for $x$ with $0 \le x < 13$.", "8"),
    # 7 * 13 = 91 = 3 * 30 + 1
    (r"Find $x$ such that $7x \equiv 1 \pmod{30}$ and $0 \le x < 30$.", "13"),
    # 3x = 2 (mod 7) has x = 3 (mod 7): 10 in [10, 16]
    (r"Find $x$ such that $3x \equiv 2 \pmod{7}$ and $10 \le x \le 16$.", "10"),
])
def test_a_congruence_solved_in_an_interval(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 6x = 4 (mod 10): x = 4 and x = 9 both lie in the interval
    r"Solve $6x \equiv 4 \pmod{10}$ for $x$ with $0 \le x < 10$.",
    # the interval is about another letter
    r"Solve $2x \equiv 5 \pmod{9}$ for $y$ with $0 \le y < 9$.",
    r"Find $x$ such that $2x \equiv 5 \pmod{9}$ and $0 \le y < 9$.",
])
def test_several_solutions_or_another_letter_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 5 * 2 = 10 = 7 + 3
    (r"Find $x$ if $5x \equiv 3 \pmod{7}$ and $0 \le x < 7$.", "2"),
    # 4 * 12 = 48 = 39 + 9
    (r"Find $n$ if $0 \le n < 13$ and $4n \equiv 9 \pmod{13}$.", "12"),
    # 3 * 11 = 33 = 32 + 1
    (r"Find $y$ such that $3y \equiv 1 \pmod{8}$ and $10 \le y \le 17$.", "11"),
])
def test_find_x_if_a_congruence_and_an_interval_in_either_order(problem: str,
                                                                answer: str) -> None:
    assert_solved(problem, answer)


def test_find_x_if_with_two_solutions_in_the_interval_declines() -> None:
    # 6x = 4 (mod 8): x = 2 and x = 6
    assert solve_now(r"Find $x$ if $6x \equiv 4 \pmod{8}$ and $0 \le x < 8$.").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 4 * 9 = 36 = 3 * 11 + 3
    (r"Solve $4x \equiv 3 \pmod{11}$.", r"x \equiv 9 \pmod{11}"),
    (r"Solve the congruence $5n \equiv 3 \pmod{7}$.", r"n \equiv 2 \pmod{7}"),
    (r"Solve the linear congruence $7y \equiv 5 \pmod{12}$ for $y$.",
     r"y \equiv 11 \pmod{12}"),
    # 3n + 5 = 2 (mod 12): 3n = 9 (mod 12), so n = 3 (mod 4): 3, 7, 11 modulo 12
    (r"Solve $3n + 5 \equiv 2 \pmod{12}$.", r"n \equiv 3 \pmod{4}"),
    # 6t = 4 (mod 10): 3t = 2 (mod 5), t = 4 (mod 5)
    (r"Solve $6t \equiv 4 \pmod{10}$.", r"t \equiv 4 \pmod{5}"),
    (r"Solve $9x \equiv 0 \pmod{15}$.", r"x \equiv 0 \pmod{5}"),
])
def test_a_congruence_solved_for_every_solution(problem: str, answer: str) -> None:
    got = solve_now(problem)
    assert got.answer == answer and got.confirmed


@pytest.mark.parametrize("problem", [
    r"Solve $2x \equiv 5 \pmod{10}$.",  # 2x is even: no solution
    r"Solve $4x \equiv 3 \pmod{11}$ for $y$.",  # another letter
    r"Solve $x^2 \equiv 4 \pmod{5}$.",  # not linear
    r"Solve $4x \equiv 3 \pmod{11}$ and $x > 100$.",  # a condition it does not read
])
def test_every_solution_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 4 * 7 = 28 = 3 * 9 + 1
    ("find x such that 4x ≡ 1 (mod 9)", r"x \equiv 7 \pmod{9}"),
    ("find x if 3x ≡ 1 mod 10", r"x \equiv 7 \pmod{10}"),
    # 2x = 4 (mod 11)
    ("solve for x: 2x + 3 ≡ 7 (mod 11)", r"x \equiv 2 \pmod{11}"),
    # 6n = 4 (mod 10): 3n = 2 (mod 5), n = 4 (mod 5)
    (r"Find $n$ such that $6n \equiv 4 \pmod{10}$.", r"n \equiv 4 \pmod{5}"),
    # 7 = 2 (mod 5), 2x = 2
    ("what is x if 7x ≡ 2 (mod 5)", r"x \equiv 1 \pmod{5}"),
])
def test_the_unknown_named_before_its_congruence(problem: str, answer: str) -> None:
    got = solve_now(problem)
    assert got.answer == answer and got.confirmed


@pytest.mark.parametrize("problem", [
    "find y such that 4x ≡ 1 (mod 9)",  # another letter
    "find x such that 2x ≡ 1 (mod 4)",  # 2x is even: no solution
    "find x such that 4x ≡ 1 (mod 9) and x > 20",  # a condition it does not read
])
def test_the_unknown_named_first_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 7 * 2 = 14 = 11 + 3
    (r"Solve $7x \equiv 3 \pmod{11}$ for the least positive $x$.", "2"),
    ("Solve 7x ≡ 3 (mod 11) for the least positive x.", "2"),
    # 3 * 2 + 2 = 8
    (r"Solve the congruence $3x + 2 \equiv 8 \pmod{10}$, giving $x$ between $0$ and $9$.", "2"),
    # 4 * 4 = 16 = 9 + 7, said in words
    ("what's the smallest positive x with 4x congruent to 7 mod 9", "4"),
    (r"What is the smallest positive $x$ with $4x$ congruent to $7$ mod $9$?", "4"),
    # 5 * 7 = 35 = 32 + 3
    ("Find the smallest positive integer n such that 5n is congruent to 3 modulo 8.", "7"),
    # 3 * 6 + 1 = 19 = 14 + 5: the modulus written with the residue
    (r"Find the least positive integer $a$ for which $3a + 1$ is congruent to $5 \pmod{7}$.",
     "6"),
])
def test_a_congruence_said_in_words_or_the_least_asked_after(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 6x = 5 (mod 9): 3 divides 6 and 9 but not 5, no solution
    r"Find the least positive $x$ such that $6x$ is congruent to $5$ modulo $9$.",
    "Solve 2x ≡ 3 (mod 4) for the least positive x.",
    # the least asked of another letter
    r"Solve $7x \equiv 3 \pmod{11}$ for the least positive $y$.",
    r"Solve the congruence $3x + 2 \equiv 8 \pmod{10}$, giving $y$ between $0$ and $9$.",
    # 2 and 12 both lie between 0 and 19
    r"Solve the congruence $3x + 2 \equiv 8 \pmod{10}$, giving $x$ between $0$ and $19$.",
    # a modulus that is not a number
    r"What is the smallest positive $x$ with $4x$ congruent to $7$ mod $n$?",
])
def test_no_solution_another_letter_or_an_unknown_modulus_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
