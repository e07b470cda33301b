r"""A letter that cancels against another writing of itself (`(5p + q) - (2p + q)`, `d - d`)
is read as usually meant, verify only; a letter lost to a zero (`0 \cdot x`, `x^0`) still
makes the reading ambiguous (`strict_parser._cancels`). Our own variants, written for these
tests."""

from __future__ import annotations

import pytest
import sympy

from tutor.verify.api import ChainChecker
from tutor.verify.exact import strict, usual_reading
from tutor.verify.verdict import Verdict

_P, _M, _S = sympy.symbols("p m s")


@pytest.mark.parametrize(("side", "value"), [
    ("(5p + q) - (2p + q)", 3 * _P),
    (r"(4m + 2n + k) - (m + 2n + k)", 3 * _M),
    (r"\frac{t}{t} + s", _S + 1),
    ("(u + 7) - (u - 1)", sympy.Integer(8)),
])
def test_a_letter_cancelling_against_itself_is_read_as_usual(side: str,
                                                              value: sympy.Expr) -> None:
    assert strict(side) is None  # the strict reading still declines (it may refute)
    both = usual_reading((side, "0"))
    assert both is not None and sympy.expand(both[0].expr - value) == 0


@pytest.mark.parametrize("side", [r"0 \cdot x + 3", "x^0 + 2", r"0x + y - y"])
def test_a_letter_lost_to_a_zero_stays_ambiguous(side: str) -> None:
    assert usual_reading((side, "3")) is None


def test_two_equations_subtracted_as_written_are_verified() -> None:
    checker = ChainChecker("Find p, q and r.", time_limit=30)
    checker.check(r"From the points: \[ 9p + 3q + r = 20, \] \[ 4p + 2q + r = 11. \]")
    step = r"Subtracting, \[ (9p + 3q + r) - (4p + 2q + r) = 20 - 11, \] so \[ 5p + q = 9. \]"
    assert checker.check(step).verdict is Verdict.VERIFIED
    wrong = r"Subtracting, \[ (9p + 3q + r) - (4p + 2q + r) = 20 - 12. \]"
    assert checker.check(wrong).verdict is Verdict.UNCHECKED  # verify only: never refuted


@pytest.mark.parametrize(("step", "verdict"), [
    (r"\( (w + 9) - (w + 4) = 5 \)", Verdict.VERIFIED),
    (r"\( (w + 9) - (w + 4) = 6 \)", Verdict.UNCHECKED),
])
def test_a_difference_whose_letter_cancels(step: str, verdict: Verdict) -> None:
    assert ChainChecker("Simplify.", time_limit=30).check(step).verdict is verdict
