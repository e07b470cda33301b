"""gcd and lcm inside a formula are the integers' gcd and lcm, read the same way by the
engine and by the checker (latex2sympy gave SymPy's polynomial gcd its arguments
unevaluated: gcd(2^10 - 1, 2^6 - 1) came back as 1, and the checker verified "= 1")."""

from __future__ import annotations

import pytest
import sympy as sp

from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import parse_latex
from tutor.verify.api import check_steps
from tutor.verify.verdict import Verdict


@pytest.mark.parametrize(("latex", "value"), [
    (r"\gcd(2^{10}-1, 2^{6}-1)", 3),       # 1023 and 63
    (r"\gcd(3^4+1, 2^3 \cdot 5)", 2),       # 82 and 40
    (r"\lcm(2^2+2, 9-1)", 24),
    (r"\gcd(5!, 2^5)", 8),
    (r"\gcd(0, 14)", 14),
])
def test_arguments_are_evaluated_before_the_integer_gcd(latex: str, value: int) -> None:
    assert sp.simplify(parse_latex(latex).doit()) == value


@pytest.mark.parametrize("latex", [r"\gcd(m+5, 3m+1)", r"\gcd(\frac{1}{2}, 4)"])
def test_a_letter_or_fraction_inside_gcd_is_declined(latex: str) -> None:
    # as polynomials gcd(m + 5, 3m + 1) is 1, but for m = 2 both are multiples of 7
    with pytest.raises(Decline):
        parse_latex(latex)


def test_the_engine_answers_a_gcd_of_powers_minus_one() -> None:
    assert solve_now(r"Compute $\gcd(2^{10}-1, 2^{6}-1)$.").answer == "3"


def test_the_checker_no_longer_verifies_the_polynomial_reading() -> None:
    wrong, right = check_steps("", [r"$\gcd(2^{10}-1, 2^{6}-1) = 1$",
                                    r"$\gcd(2^{10}-1, 2^{6}-1) = 3$"])
    assert wrong.verdict is not Verdict.VERIFIED
    assert right.verdict is Verdict.VERIFIED
