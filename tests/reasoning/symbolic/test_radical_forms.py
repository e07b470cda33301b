"""A quantity told to have a form with one square root, then its letters asked
(`radical_forms`). Our own problems; answers worked out by hand; near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # x = 2 ± sqrt(5)
    (r"The solutions of $x^2 - 4x - 1 = 0$ can be written in the form $a \pm \sqrt{b}$. What is "
     r"$a + b$?", "7"),
    # 3 + sqrt(5)
    (r"The larger root of $x^2 - 6x + 4 = 0$ can be written as $m + \sqrt{n}$ where $m$ and $n$ "
     r"are positive integers. Find $m + n$.", "8"),
    # (1 + sqrt 3)/2: c is fixed by the 1 before the root
    (r"The positive solution of $2x^2 - 2x - 1 = 0$ has the form $\frac{a + \sqrt{b}}{c}$, where "
     r"$a$, $b$, $c$ are positive integers and $b$ is not divisible by the square of any prime. "
     r"Find $a + b + c$.", "6"),
    # 3 (sqrt 5 + 2) = 3 sqrt 5 + 6
    (r"The expression $\frac{3}{\sqrt{5} - 2}$ can be written as $a\sqrt{5} + b$. Find $a + b$.",
     "9"),
    # (4 ± 2 sqrt 10)/6 = (2 ± sqrt 10)/3
    (r"The solutions of $3x^2 - 4x - 2 = 0$ can be written as $\frac{a \pm b\sqrt{c}}{d}$, where "
     r"$a$, $b$, $c$, $d$ are positive integers, the greatest common divisor of $a$, $b$ and $d$ "
     r"is 1, and $c$ is square-free. Find $a + b + c + d$.", "16"),
    # 4 - sqrt 5
    (r"The smaller root of $x^2 - 8x + 11 = 0$ can be expressed as $p - \sqrt{q}$ for positive "
     r"integers $p$ and $q$. What is $p + q$?", "9"),
])
def test_the_letters_of_a_form_with_a_root(problem: str, answer: str) -> None:
    solution = assert_solved(problem, answer)
    assert solution.steps[-1].rule == "read off the letters"


def test_a_sum_of_roots_in_the_form_a_root_b() -> None:
    # 6 sqrt 2 + 2 sqrt 2 = 8 sqrt 2
    assert_solved(r"The number $\sqrt{72} + \sqrt{8}$ can be written as $a\sqrt{b}$, where $a$ "
                  r"and $b$ are positive integers and $b$ is as small as possible. What is "
                  r"$a + b$?", "10")


@pytest.mark.parametrize("problem", [
    # no rule fixes d: (2 ± sqrt 10)/3 = (4 ± 2 sqrt 10)/6 = ...
    r"The solutions of $3x^2 - 4x - 2 = 0$ can be written as $\frac{a \pm b\sqrt{c}}{d}$, where "
    r"$a$, $b$, $c$, $d$ are positive integers and $c$ is square-free. Find $a + b + c + d$.",
    # b sqrt(c) with no square-free rule: 8 sqrt 2 = 4 sqrt 8 = 2 sqrt 32
    r"The number $\sqrt{72} + \sqrt{8}$ can be written as $a\sqrt{b}$, where $a$ and $b$ are "
    r"positive integers. What is $a + b$?",
    # 3 + sqrt 5 is not m - sqrt n with n positive
    r"The larger root of $x^2 - 6x + 4 = 0$ can be written as $m - \sqrt{n}$ where $m$ and $n$ "
    r"are positive integers. Find $m + n$.",
    # a rational value has no root to match
    r"The expression $\frac{6}{\sqrt{9}}$ can be written as $a\sqrt{2} + b$. Find $a + b$.",
    # 4 - sqrt 5 is the smaller root, not of the form p + sqrt q with q positive
    r"The smaller root of $x^2 - 8x + 11 = 0$ can be expressed as $p + \sqrt{q}$ for positive "
    r"integers $p$ and $q$. What is $p + q$?",
])
def test_a_form_the_value_does_not_fix_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
