"""0^0 has no agreed value in school mathematics, and SymPy takes it as 1. A value that
makes an earlier equation read 0^0 = 1 does not "solve" it, a claim that only holds
through 0^0 is not verified, and the literal `0^0 = 1` is not checked. Values that
never reach 0^0 are checked as before."""

from __future__ import annotations

from tutor.verify.api import ChainChecker
from tutor.verify.exact import zero_to_the_zero
from tutor.verify.verdict import Verdict

V = Verdict.VERIFIED


def verdicts(problem: str, *steps: str) -> list[Verdict]:
    checker = ChainChecker(problem)
    return [checker.check(step).verdict for step in steps]


def test_zero_does_not_solve_a_power_with_the_unknown_in_base_and_exponent() -> None:
    found = verdicts("For which w is $w^w = 1$?", "We need $w^w = 1$.", "So $w = 0$.")
    assert found[-1] is not V


def test_one_still_solves_it() -> None:
    found = verdicts("For which w is $w^w = 1$?", "We need $w^w = 1$.", "So $w = 1$.")
    assert found[-1] is V


def test_zero_solves_a_power_whose_base_is_not_zero() -> None:
    found = verdicts("For which t is $7^t = 1$?", "We need $7^t = 1$.", "Hence $t = 0$.")
    assert found[-1] is V


def test_a_claim_through_zero_to_the_zero_after_a_value_is_not_verified() -> None:
    found = verdicts("Evaluate.", "Put $m = 0$; then $m^m = 1$.")
    assert found[-1] is not V


def test_a_claim_with_a_nonzero_value_is_still_verified() -> None:
    found = verdicts("Evaluate.", "Put $m = 2$; then $m^m = 4$.")
    assert found[-1] is V


def test_the_literal_is_not_checked_either_way() -> None:
    assert verdicts("Evaluate.", "By convention $0^0 = 1$.")[-1] is Verdict.UNCHECKED


def test_the_helper_sees_the_power_only_where_both_parts_vanish() -> None:
    import sympy

    a, b = sympy.symbols("a b")
    assert zero_to_the_zero(a ** (a * b), {a: sympy.Integer(0)})
    assert zero_to_the_zero(a ** b, {a: b, b: sympy.Integer(0)})  # one value names another
    assert not zero_to_the_zero(a ** (b + 1), {a: sympy.Integer(0), b: sympy.Integer(0)})
    assert not zero_to_the_zero(a ** a, {a: sympy.Integer(3)})
