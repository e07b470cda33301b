"""A sum written with dots said equal to the same sum written with \\sum (dotted_sums,
_as_written_sum): verified when the two values agree, each found twice; never refuted."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_steps
from tutor.verify.verdict import Verdict


@pytest.mark.parametrize("step", [
    "$4 + 9 + 14 + \\cdots + 49 = \\sum_{n=0}^{9} \\left(5 n + 4\\right)$",
    "$1 + 3 + 9 + \\cdots + 243 = \\sum_{k=0}^{5} 3^{k}$",
    "$2^2 + 3^2 + 4^2 + \\dots + 9^2 = \\sum_{n=2}^{9} n^{2}$",
    "$\\frac{1}{2 \\cdot 3} + \\frac{1}{3 \\cdot 4} + \\frac{1}{4 \\cdot 5} + \\cdots + "
    "\\frac{1}{7 \\cdot 8} = \\sum_{n=0}^{5} \\frac{1}{(n + 2)(n + 3)}$, a sum of 6 terms",
])
def test_the_same_sum_written_two_ways_is_verified(step: str) -> None:
    verdict, = check_steps("Work out the sum.", [step])
    assert verdict.verdict is Verdict.VERIFIED


@pytest.mark.parametrize("step", [
    "$4 + 9 + 14 + \\cdots + 49 = \\sum_{n=0}^{8} \\left(5 n + 4\\right)$",  # a term short
    "$4 + 9 + 14 + \\cdots + 49 = \\sum_{n=1}^{10} \\left(5 n + 5\\right)$",  # one more each
    "$1 + 2 + 4 + \\cdots + 64 = \\sum_{n=1}^{64} n$",
])
def test_a_different_sum_is_left_unchecked_never_red(step: str) -> None:
    verdict, = check_steps("Work out the sum.", [step])
    assert verdict.verdict is Verdict.UNCHECKED
