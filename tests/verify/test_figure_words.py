"""Words and signs of figures: degrees inside a fraction (the degree sign's braces are its
own, never the fraction's), a triangle's base (not a number base). Our own variants,
written for these tests."""

from __future__ import annotations

from tutor.verify.api import ChainChecker
from tutor.verify.verdict import Verdict


def test_degrees_inside_a_fraction_are_read() -> None:
    checker = ChainChecker("Two angles of 70° and 50°.", time_limit=30)
    step = r"Half their sum: \[ \frac{70^\circ + 50^\circ}{2} = \frac{120^{\circ}}{2} = 60^\circ \]"
    assert checker.check(step).verdict is Verdict.VERIFIED
    wrong = r"Half their sum: \[ \frac{70^\circ + 50^\circ}{2} = 65^\circ \]"
    # arithmetic in degrees is verified, never refuted (`90° = π/2` is not false)
    assert checker.check(wrong).verdict is Verdict.UNCHECKED


def test_a_figures_base_is_not_a_number_base() -> None:
    checker = ChainChecker("A triangle has base 6 and height 5.", time_limit=30)
    step = r"The area is half the base times the height: \[ \frac{1}{2} \cdot 6 \cdot 5 = 16 \]"
    assert checker.check(step).verdict is Verdict.REFUTED
    # in a number base, `=` may be written between two notations of one number
    other = ChainChecker("Add in base 8.", time_limit=30)
    assert other.check(r"In base 8, we have \( 5 + 6 = 13 \).").verdict is not Verdict.REFUTED
    assert other.check(r"In this base, \( 7 + 7 = 16 \).").verdict is not Verdict.REFUTED
