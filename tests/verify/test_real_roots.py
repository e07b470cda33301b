"""The checker reads an odd root as the real root: ∛(-27) is -3, as in school."""

from __future__ import annotations

import pytest
import sympy as sp

from tutor.verify.api import check_steps
from tutor.verify.real_roots import RealRoot, real_odd_roots
from tutor.verify.verdict import Verdict


@pytest.mark.parametrize("step", [
    "$\\sqrt[3]{-27} = -3$",
    "$(-8)^{2/3} = 4$",
    "$(-32)^{3/5} = -8$",
    "$\\sqrt[3]{-1} + 2 = 1$",
])
def test_real_odd_roots_are_verified(step: str) -> None:
    assert check_steps("Evaluate.", [step])[0].verdict is Verdict.VERIFIED


def test_the_principal_root_is_refuted_as_a_value_of_the_real_one() -> None:
    assert check_steps("Evaluate.", ["$\\sqrt[3]{-8} = 2$"])[0].verdict is Verdict.REFUTED


def test_an_identity_with_a_cube_root_holds_at_negative_points() -> None:
    assert check_steps("Simplify.", ["$\\sqrt[3]{x^3} = x$"])[0].verdict is Verdict.VERIFIED


def test_real_root_evaluates_numerically_at_any_real_point() -> None:
    x = sp.Symbol("x")
    e = real_odd_roots(sp.Pow(x - 10, sp.Rational(1, 3)))
    assert isinstance(e, RealRoot)
    assert abs(e.evalf(30, subs={x: 2}) + 2) < 1e-25
    assert real_odd_roots(sp.Pow(sp.Symbol("y", positive=True), sp.Rational(1, 3))).is_Pow
