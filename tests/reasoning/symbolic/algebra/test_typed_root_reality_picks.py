"""One value picked from the values of a letter for which a quadratic's roots are real,
distinct or not real (`algebra/root_reality_picks.py`). Our own problems; each answer worked
out by hand from the discriminant (shown beside it)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 36 - 4c > 0: c < 9
    ("What is the greatest integer value of c such that x^2 + 6x + c = 0 has two distinct "
     "real roots?", "8"),
    # 100 - 4k > 0: k < 25
    (r"Find the largest integer $k$ for which $x^2 - 10x + k$ has two different real zeros.",
     "24"),
    # 4 - 8b < 0: b > 1/2
    (r"What is the least integer value of $b$ such that $2y^2 + 2y + b = 0$ has no real "
     r"solutions?", "1"),
    # m^2 - 20 > 0, m > 0: m > 2 sqrt 5 = 4.47...
    ("Find the smallest positive integer m for which 5x^2 + mx + 1 = 0 has two distinct real "
     "roots.", "5"),
    # k^2 - 12 > 0, k < 0: k < -2 sqrt 3 = -3.46...
    ("What is the largest negative integer k such that 3x^2 + kx + 1 = 0 has two distinct real "
     "roots?", "-4"),
    # written casually, 2 as a digit: 49 - 4c > 0, c < 12.25
    ("whats the biggest integer c so x^2 - 7x + c = 0 has 2 distinct real roots", "12"),
    # b^2 - 64 < 0: -7 ... 7
    (r"How many integer values of $b$ make $x^2 + bx + 16 = 0$ have no real roots?", "15"),
    # 81 - 4c > 0, c > 0: 1 ... 20
    ("For how many positive integers c does x^2 + 9x + c = 0 have two distinct real roots?",
     "20"),
    # k^2 - 4 < 0: -1, 0, 1
    ("Find the sum of all integer values of k for which x^2 + kx + 1 = 0 has no real roots.",
     "0"),
    # 16 - 4c >= 0: c <= 4, reached
    ("What is the largest value of c for which x^2 - 4x + c = 0 has at least one real root?",
     "4"),
])
def test_the_pick_comes_from_the_discriminant(problem: str, answer: str) -> None:
    sol = assert_solved(problem, answer)
    assert any(s.rule == "pick the value asked" for s in sol.steps)


@pytest.mark.parametrize("problem", [
    # c > 4: no largest integer
    "What is the largest integer c for which x^2 + 4x + c = 0 has no real roots?",
    # two real roots: distinct or not?
    "What is the greatest integer k such that x^2 + 2x + k = 0 has two real roots?",
    # |b| >= 6: infinitely many integers
    "How many integer values of b make x^2 + bx + 9 = 0 have real roots?",
    # c < 4: the end is never reached
    "What is the largest value of c for which x^2 + 4x + c = 0 has two distinct real roots?",
    # b < -6 or b > 6: no smallest
    r"What is the smallest integer $b$ for which $x^2 + bx + 9$ has two distinct real roots?",
    # values that need not be integers cannot be counted
    "How many values of b make x^2 + bx + 9 = 0 have no real roots?",
    # the letter in the leading coefficient: not always a quadratic
    "What is the largest integer c for which cx^2 + 4x + 1 = 0 has two distinct real roots?",
])
def test_a_pick_the_set_does_not_have_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # the denominator never zero: 4 - 4k < 0, k > 1
    ("What is the least integer k for which the domain of f(x) = 3/(x^2 - 2x + k) is all real "
     "numbers?", "2"),
    # b^2 - 48 < 0: b < 4 sqrt 3 = 6.93
    (r"Find the largest integer $b$ for which $\frac{x^2 - 5}{x^2 + bx + 12}$ has a domain of "
     r"all real numbers.", "6"),
    # c^2 - 36 < 0: -5 ... 5
    ("For how many integers c is 7/(x^2 + cx + 9) defined for every real x?", "11"),
    # k^2 - 64 < 0
    (r"For what values of $k$ is the domain of $g(t) = \frac{t}{t^2 + kt + 16}$ all real "
     r"numbers? Express your answer in interval notation.", "(-8, 8)"),
])
def test_a_domain_of_all_real_numbers_is_a_denominator_without_real_roots(
        problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a square root: its inside must not be negative, another condition
    "What is the largest integer b for which the domain of sqrt(x^2 + bx + 4) is all real "
    "numbers?",
    # the letter only in the numerator: every b works
    "What is the largest integer b for which the domain of (x^2 + bx)/(x^2 + 4) is all real "
    "numbers?",
    # b^2 + 20 > 0 always: no b works
    "What is the smallest integer b such that the domain of 1/(x^2 + bx - 5) is all real "
    "numbers?",
])
def test_a_domain_this_reader_does_not_read_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # positive everywhere, opening upward: b^2 - 28 < 0, b < 5.29
    ("What is the greatest integer b for which x^2 + bx + 7 > 0 for all real numbers x?", "5"),
    # negative everywhere, opening downward: 36 - 4k < 0, k > 9
    ("What is the least integer k such that -x^2 + 6x - k < 0 for every real x?", "10"),
    # never negative: k^2 - 36 <= 0, -6 ... 6
    (r"How many integers $k$ make $x^2 + kx + 9 \ge 0$ true for all real $x$?", "13"),
    # below zero somewhere: 100 - 4c > 0, c < 25, and c positive
    ("Find all positive values of c so that the inequality x^2 - 10x + c < 0 has real "
     "solutions for x.", "(0, 25)"),
])
def test_a_quadratic_inequality_everywhere_or_somewhere(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # opening upward: never below zero for every x
    "What is the largest integer b such that x^2 + bx + 3 < 0 for all real x?",
    # opening upward: above zero somewhere whatever b is
    "What is the largest integer b such that x^2 + bx + 3 > 0 has real solutions?",
])
def test_an_inequality_whose_answer_is_every_value_or_none_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
