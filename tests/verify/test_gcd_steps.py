"""Steps of the Euclidean algorithm on expressions (tutor/verify/gcd_steps): the pair
on the right is the pair on the left under an integer matrix of determinant ±1.
Verify only: a step that changes the common divisors stays unchecked. Our own claims."""

from __future__ import annotations

import pytest

from tutor.verify.api import ChainChecker
from tutor.verify.verdict import Verdict

V, U = Verdict.VERIFIED, Verdict.UNCHECKED


def verdict(step: str) -> Verdict:
    checker = ChainChecker("Two expressions in one whole-number unknown: their common divisors.",
                           time_limit=10)
    return checker.check(step).verdict


@pytest.mark.parametrize("step", [
    "Subtract twice the second: $\\gcd(9m + 4, 4m + 1) = \\gcd(4m + 1, (9m + 4) - 2(4m + 1))$.",
    "This is $\\gcd(4m + 1, m + 2)$, and then $\\gcd(4m + 1, m + 2) = \\gcd(m + 2, -7)$.",
    "Swapping and subtracting, $\\gcd(u, v) = \\gcd(v, u - 3v)$.",
    "So $\\gcd(k^2 + 3k + 1, k^2 + k + 1) = \\gcd(k^2 + k + 1, 2k)$.",
    "Hence $\\gcd(t + 10, t) = \\gcd(t, 10)$.",
])
def test_euclid_steps_verify(step: str) -> None:
    assert verdict(step) is V


@pytest.mark.parametrize("step", [
    "Then $\\gcd(4m + 1, m + 2) = \\gcd(m + 2, 9)$.",  # 4m + 1 - 4(m + 2) is -7
    "Doubling, $\\gcd(u, v) = \\gcd(u, 2v)$.",  # determinant 2: gcd may double
    "So $\\gcd(5t, t + 10) = \\gcd(t, 10)$.",  # not one step of the algorithm
    "Thus $\\gcd(\\frac{t}{2}, t) = \\gcd(t, 0)$.",  # not integer coefficients
])
def test_other_rewrites_stay_unchecked(step: str) -> None:
    assert verdict(step) is U
