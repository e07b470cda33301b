"""The remainder of a large power, found as a teacher finds it (a power that leaves 1, then the
exponent divided), with every step verified by the checker and the answer by repeated squaring."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.number_theory.integers import remainder_cycle
from tutor.reasoning.symbolic.number_theory.power_remainders import (
    cycle_remainder,
    power_remainder,
)
from tutor.verify.api import check_steps
from tutor.verify.verdict import Verdict


@pytest.mark.parametrize(("base", "exp", "mod"), [
    (5, 77, 17), (6, 1001, 35), (10, 333, 7), (2, 64, 9), (3, 30, 10), (4, 2000, 31)])
def test_the_remainder_is_that_of_repeated_squaring(base: int, exp: int, mod: int) -> None:
    found = power_remainder(base, exp, mod)
    assert found is not None and int(found[0]) == pow(base, exp, mod)


@pytest.mark.parametrize(("base", "mod"), [(6, 9), (10, 4), (2, 12)])
def test_a_base_sharing_a_factor_with_the_modulus_is_left_to_the_cycle(base: int,
                                                                       mod: int) -> None:
    assert power_remainder(base, 500, mod) is None  # no power of it leaves 1
    cycle, start = remainder_cycle(base, mod)
    value, steps = cycle_remainder(base, 500, mod, cycle, start)
    assert int(value) == pow(base, 500, mod) and len(steps) == 2


def test_a_prime_modulus_cites_fermat_and_a_composite_one_euler() -> None:
    fermat = power_remainder(3, 250, 31)
    euler = power_remainder(7, 250, 45)
    assert fermat and "Fermat" in fermat[1][0].text and "3^{30} \\equiv 1" in fermat[1][0].text
    assert euler and "Euler" in euler[1][0].text and "\\varphi(45) = 24" in euler[1][0].text


@pytest.mark.parametrize(("problem", "answer"), [
    ("What is the remainder when $6^{83}$ is divided by 11?", "7"),
    ("find the remainder of 2^{333} divided by 7", "1"),
    ("What is the units digit of $13^{2041}$?", "3"),
    ("Compute $9^{1234}$ modulo 17.", "13"),
    # a base sharing a factor with the modulus: the cycle 8, 16, 8, ... from 2^3 on
    ("What is the remainder when 2^{150} is divided by 24?", "16"),
    ("find the remainder of 6^{321} when divided by 15", "6"),
])
def test_every_step_is_verified_and_no_huge_number_is_written(problem: str, answer: str) -> None:
    sol = assert_solved(problem, answer)
    assert len(sol.steps) >= 2 and all(len(s.text) < 400 for s in sol.steps)
    verdicts = check_steps(problem, [s.text for s in sol.steps])
    assert all(v.verdict is Verdict.VERIFIED for v in verdicts), [
        (s.text, v.verdict) for s, v in zip(sol.steps, verdicts, strict=True)]
