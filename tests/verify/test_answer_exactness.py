"""A written decimal is exactly the number it writes (`answer_exactness`): math-verify
rounds both sides to six places, so a six-place decimal matched an irrational or a
repeating fraction; exactly it is only right at the writer's precision. Own pairs."""

from __future__ import annotations

import pytest
import sympy

from tutor.verify.answer_exactness import written_decimal
from tutor.verify.answers import equivalent


@pytest.mark.parametrize(("gold", "pred"), [
    ("\\frac{2}{7}", "0.285714"),           # 2/7 = 0.2857142857...
    ("\\sqrt{5}", "2.236068"),
    ("\\pi", "3.141593"),
    ("\\frac{5}{6}", "0.8333333333333333"),  # a double's digits are still a rounding
    ("e", "2.718282"),
    ("0.285714", "\\frac{2}{7}"),           # the reference a decimal, the answer exact
    ("1.4142136", "1.414214"),              # two decimals of different values
    ("\\frac{\\sqrt{2}}{2}", "x = 0.707107"),
])
def test_a_rounded_decimal_is_right_only_approximately(gold: str, pred: str) -> None:
    assert not equivalent(gold, pred)
    assert equivalent(gold, pred, approximate=True)


@pytest.mark.parametrize(("gold", "pred"), [
    ("\\frac{7}{16}", "0.4375"), ("0.4375", "\\dfrac{7}{16}"), ("\\frac{9}{4}", "2.25"),
    ("12", "12.000"), ("-\\frac{3}{5}", "-0.6"), ("\\boxed{0.125}", "1/8"),
    ("\\sqrt{\\frac{9}{16}}", "0.75"), ("2.50", "2.5"), ("x = 0.2", "\\frac{1}{5}"),
])
def test_a_decimal_of_the_same_value_is_exactly_right(gold: str, pred: str) -> None:
    assert equivalent(gold, pred)


@pytest.mark.parametrize(("gold", "pred"), [
    ("\\frac{2}{7}", "0.285713"), ("\\pi", "3.141592"), ("\\frac{5}{6}", "0.84"),
])
def test_a_decimal_that_does_not_round_the_value_is_wrong_in_both_modes(
        gold: str, pred: str) -> None:
    assert not equivalent(gold, pred)
    assert not equivalent(gold, pred, approximate=True)


@pytest.mark.parametrize(("gold", "pred", "same"), [
    # inside a pair, a matrix or a set, decimals are compared at 12 places, not 6
    ("(\\frac{2}{7}, 4)", "(0.285714, 4)", False),
    ("\\begin{pmatrix} \\frac{1}{6} \\\\ 2 \\end{pmatrix}",
     "\\begin{pmatrix} 0.166667 \\\\ 2 \\end{pmatrix}", False),
    ("\\frac{2}{3}", "66.6667\\%", False),
    ("(\\frac{1}{4}, \\frac{3}{5})", "(0.25, 0.6)", True),
    ("\\{\\frac{1}{10}, \\frac{9}{10}\\}", "\\{0.9, 0.1\\}", True),
    ("\\begin{pmatrix} \\frac{1}{8} \\\\ 2 \\end{pmatrix}",
     "\\begin{pmatrix} 0.125 \\\\ 2 \\end{pmatrix}", True),
    ("(2345678.3, 1)", "(\\frac{23456783}{10}, 1)", True),  # a long decimal, exactly
])
def test_decimals_inside_lists_and_matrices(gold: str, pred: str, same: bool) -> None:
    assert equivalent(gold, pred) is same


def test_written_decimal_reads_only_a_plain_decimal() -> None:
    assert written_decimal("0.25") == sympy.Rational(1, 4)
    assert written_decimal("$.5$") == sympy.Rational(1, 2)
    assert written_decimal("y = -1.75") == sympy.Rational(-7, 4)
    assert written_decimal("3") is None
    assert written_decimal("0.5\\pi") is None
    assert written_decimal("(0.5, 1)") is None
    assert written_decimal("0.8333...") is None  # the dots say the digits go on
    assert written_decimal("0.8333\\ldots") is None
