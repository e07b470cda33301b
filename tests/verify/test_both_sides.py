"""An equation that follows from an earlier one by taking logarithms of both sides or
raising a base to each side. Our own variants, written for these tests."""

from __future__ import annotations

import sympy

from tutor.verify.api import ChainChecker
from tutor.verify.both_sides import divided_on_domain
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


def last_claim(problem: str, *steps: str) -> Verdict:
    """The verdict on the last claim of the last step (a generous time limit: these
    tests are about what is read, not how fast, and may run on a busy machine)."""
    checker = ChainChecker(problem, time_limit=20)
    verdicts = [checker.check(step) for step in steps]
    return verdicts[-1].claims[-1].verdict


def test_a_base_raised_to_each_side_undoes_the_logarithms() -> None:
    assert last_claim("Find t.", "Combining, $\\log_3 t + \\log_3(t + 6) = 3 \\implies "
                      "t(t + 6) = 27$.") is V
    assert last_claim("Find t.", "We are told $\\log_5 (2t - 1) = 2$.",
                      "Undoing the logarithm, $2t - 1 = 25$.") is V
    assert last_claim("Find w.", "From $\\log_4 w = \\log_2 w$ we get $4^{\\log_2 w} = w$.") is V
    assert last_claim("Find u.", "Since $\\ln(u + 4) = \\ln 3 + \\ln u$, "
                      "we have $u + 4 = 3u$.") is V


def test_a_logarithm_taken_of_both_sides() -> None:
    assert last_claim("Find p.", "We know $3^p = 7$. Taking logs, $p \\log 3 = \\log 7$.") is V
    assert last_claim("Find p.", "Here $6^{2p} = 11$.",
                      "Take the natural log: $2p \\ln 6 = \\ln 11$.") is V
    assert last_claim("Find q.", "We have $5^{q + 1} = 40$, so "
                      "$\\log_5(5^{q + 1}) = \\log_5 40$.") is V


def test_wrong_consequences_are_never_verified_nor_refuted() -> None:
    # log a + log b taken as log(a + b): not a consequence
    assert last_claim("Find t.", "Combining, $\\log_3 t + \\log_3(t + 6) = 3 \\implies "
                      "t + (t + 6) = 27$.") is U
    # the wrong power of the base
    assert last_claim("Find t.", "We are told $\\log_5 (2t - 1) = 2$.",
                      "Undoing the logarithm, $2t - 1 = 10$.") is U
    assert last_claim("Find p.", "We know $3^p = 7$. Taking logs, $p \\log 7 = \\log 3$.") is U


def test_near_misses_stay_unchecked() -> None:
    # x^2 = 9 does not give 2 log x = log 9: x = -3 is lost
    assert last_claim("Find x.", "We have $x^2 = 9$, so $2 \\log x = \\log 9$.") is U
    # a letter the earlier equation does not use
    assert last_claim("Find p.", "We know $3^p = 7$. Taking logs, $k \\log 3 = \\log 7$.") is U


def test_divided_by_what_the_logarithms_keep_from_zero() -> None:
    # 5^(3 log_5 y) = y^3 and 5^(log_5 9y) = 9y: y^3 = 9y, divided by y (y > 0 there)
    assert last_claim("Find y.", "Here $3 \\log_5 y = \\log_5(9y) \\Rightarrow y^2 = 9$.") is V
    assert last_claim("Find y.", "So $\\log_2(y + 5) + \\log_2 y = \\log_2(6y)$, "
                      "which gives $y + 5 = 6$.") is V


def test_a_division_that_loses_a_solution_is_not_this_rule() -> None:
    # y^3 + 4 = 4y^2 + 4 holds at y = 0, where both logarithms are defined: dividing by
    # y^2 loses it (the claim may still be verified as one case, by case_split)
    y = sympy.Symbol("y")
    left, right = sympy.log(y**3 + 4, 3), sympy.log(4 * y**2 + 4, 3)
    assert not divided_on_domain(sympy.Integer(3), left, right, y - 4)
    assert divided_on_domain(sympy.Integer(3), sympy.log(y**3, 3), sympy.log(4 * y**2, 3),
                             y - 4)


def test_each_side_raised_to_a_whole_power() -> None:
    assert last_claim("Find w.", "We have $w^{2} = s - 3$, so cubing, $w^{6} = (s - 3)^3$.") is V
    assert last_claim("Find w.", "We have $w^{2} = s - 3$, so cubing, $w^{6} = (s - 3)^2$.") is U


def test_the_negative_sign_of_a_square_root_of_both_sides() -> None:
    assert last_claim("Find v.", "We need $\\frac{1}{v^2} = \\frac{9}{(v + 2)^2}$.",
                      "So $\\frac{1}{v} = \\frac{3}{v + 2}$ or "
                      "$\\frac{1}{v} = -\\frac{3}{v + 2}$.") is V
    assert last_claim("Find v.", "We need $\\frac{1}{v^2} = \\frac{9}{(v + 2)^2}$.",
                      "So $\\frac{1}{v} = -\\frac{2}{v + 2}$.") is U
