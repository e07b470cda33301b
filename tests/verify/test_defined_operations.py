"""A sign the problem defines as its own operation (`a * b = 2a + 3b`) is no product: a claim
writing it is left unchecked, never refuted as `4 * 5 = 20` (the engine's correct step
`4 * 5 = 2 \\cdot 4 + 3 \\cdot 5 = 23` had been red-marked). Our own operations."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_steps
from tutor.verify.extract.defined_operations import defined_signs
from tutor.verify.verdict import Verdict


@pytest.mark.parametrize(("problem", "sign"), [
    ("If $p * q = 3p - q$ for all $p$ and $q$, find $6 * 2$.", "*"),
    ("Let x*y = x^2 + y. What is 3*4?", "*"),
    ("Define $u \\times v = u + v + uv$. Compute $2 \\times 5$.", "\\times"),
    ("the operation $m \\cdot n$ is given by $m \\cdot n = 7$ for all m, n", "\\cdot"),
    ("Suppose $a \\ast b = \\frac{a+b}{2}$. Evaluate $8 \\ast 4$.", "*"),
])
def test_a_defined_sign_is_found(problem: str, sign: str) -> None:
    assert defined_signs(problem) == frozenset({sign})


@pytest.mark.parametrize("problem", [
    "If $a * b = 12$ and $a + b = 7$, find $a^2 + b^2$.",  # a product told
    "Compute $6 * 7 = 42$ and then add 3.",                  # numbers, no letters
    "If $ab * c = 4$, find c.",                              # no single letters
    "What is $3 \\times 4 + 2$?",
])
def test_near_misses_define_nothing(problem: str) -> None:
    assert defined_signs(problem) == frozenset()


@pytest.mark.parametrize(("problem", "steps"), [
    ("If $p * q = 3p - q$ for all $p$ and $q$, find $6 * 2$.",
     ["$6 * 2 = 3 \\cdot 6 - 2 = 16$", "So $6 * 2 = 16$."]),
    ("Define $u \\times v = u + v + uv$. Compute $2 \\times 5$.",
     ["$2 \\times 5 = 2 + 5 + 2 \\cdot 5 = 17$"]),
    ("Let x*y = x^2 + y. What is 3*4?", ["3*4 = 3^2 + 4 = 13"]),
])
def test_a_correct_step_with_the_operation_is_never_refuted(problem: str,
                                                             steps: list[str]) -> None:
    verdicts = check_steps(problem, steps)
    assert all(v.verdict is not Verdict.REFUTED for v in verdicts), [v.reason for v in verdicts]
    # the arithmetic after the definition is still checked
    assert verdicts[0].verdict is Verdict.VERIFIED, verdicts[0].summary


def test_a_slip_in_the_arithmetic_after_it_is_still_refuted() -> None:
    verdicts = check_steps("If $p * q = 3p - q$ for all $p$ and $q$, find $6 * 2$.",
                           ["$6 * 2 = 3 \\cdot 6 - 2 = 15$"])
    assert verdicts[0].verdict is Verdict.REFUTED


def test_a_plain_product_stays_a_product() -> None:
    """With no operation defined, `3 * 4 = 13` is still a wrong product."""
    verdicts = check_steps("If $a * b = 12$ and $a + b = 7$, find $a^2 + b^2$.",
                           ["$3 * 4 = 13$", "$3 * 4 = 12$"])
    assert [v.verdict for v in verdicts] == [Verdict.REFUTED, Verdict.VERIFIED]
