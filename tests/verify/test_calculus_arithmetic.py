"""The arithmetic after a limit, sum or integral in one LaTeX chain: a false `2 + 2 = 5`
after a true limit was "not a plain equality here" and its step was shown verified; a link
of numbers only is now checked as arithmetic and refuted when false. Links with names or
calculus in them stay verify only. Our own variants."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_step
from tutor.verify.extract.calculus_arithmetic import numbers_only
from tutor.verify.verdict import Verdict

V, R = Verdict.VERIFIED, Verdict.REFUTED


@pytest.mark.parametrize("step", [
    "$\\lim_{x \\to 3} \\frac{x^2 - 9}{x - 3} = 3 + 3 = 7$",
    "$\\int_0^3 2x \\, dx = 3^2 - 0 = 8$",
    "$\\sum_{k=1}^{4} k = 4 \\cdot 5 / 2 = 12$",
    "\\[ \\lim_{n \\to \\infty} \\frac{4n + 1}{2n} = \\frac{4}{2} = 3 \\]",
])
def test_false_arithmetic_after_calculus_is_refuted(step: str) -> None:
    assert check_step("Evaluate.", [], step).verdict is R, step


@pytest.mark.parametrize("step", [
    "$\\lim_{x \\to 3} \\frac{x^2 - 9}{x - 3} = 3 + 3 = 6$",
    "$\\int_0^3 2x \\, dx = 3^2 - 0 = 9$",
    "$\\sum_{k=1}^{4} k = 4 \\cdot 5 / 2 = 10$",
    "\\[ \\lim_{n \\to \\infty} \\frac{4n + 1}{2n} = \\frac{4}{2} = 2 \\]",
])
def test_true_arithmetic_after_calculus_is_verified(step: str) -> None:
    assert check_step("Evaluate.", [], step).verdict is V, step


@pytest.mark.parametrize("step", [
    "$\\lim_{x \\to 3} (x + 3) = 7$",  # a wrong limit: never refuted
    "$\\int_0^3 2x \\, dx = [x^2]_0^3 = 8$",
    "$\\sum_{k=1}^{4} k = n(n+1)/2 = 11$",
    "$2 + 2 \\equiv 5 \\pmod{1}$ and $\\lim_{x \\to 0} x = 0$",
])
def test_calculus_and_names_stay_unrefuted(step: str) -> None:
    assert check_step("Evaluate.", [], step).verdict is not R, step


@pytest.mark.parametrize(("side", "plain"), [
    ("2 + 2", True), ("\\frac{4}{2}", True), ("3^2 - 0", True), ("\\sqrt{9} \\cdot 2", True),
    ("x + 3", False), ("\\infty", False), ("\\pi", False), ("n(n+1)/2", False), ("", False),
])
def test_numbers_only(side: str, plain: bool) -> None:
    assert numbers_only(side) is plain
