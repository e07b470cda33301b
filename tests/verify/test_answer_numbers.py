"""Decimals at the writer's precision inside matrices, tuples and lists
(`answer_numbers.approximately_equal_parts`, used by `equivalent(..., approximate=True)`)."""

from __future__ import annotations

import pytest

from tutor.verify.answer_numbers import approximately_equal, approximately_equal_parts
from tutor.verify.answers import equivalent

CLOSE = [
    ("\\begin{pmatrix} \\frac{2}{7} & 1 & -4 \\\\ 9 & \\sqrt{3} & \\frac{8}{13} \\end{pmatrix}",
     "[[0.286, 1, -4], [9, 1.732, 0.615]]"),
    ("\\begin{bmatrix} \\frac{5}{6} \\\\ -\\frac{1}{9} \\end{bmatrix}",
     "\\begin{bmatrix} 0.833 \\\\ -0.111 \\end{bmatrix}"),
    ("(\\sqrt{5}, \\frac{4}{3})", "(2.236, 1.333)"),
    ("\\frac{5}{7}, -\\frac{2}{9}", "-0.222, 0.714"),  # a list in any order
    ("\\{\\frac{1}{6}, 2\\}", "\\{2, 0.167\\}"),
]
FAR = [
    ("\\begin{pmatrix} \\frac{2}{7} & 1 & -4 \\\\ 9 & \\sqrt{3} & \\frac{8}{13} \\end{pmatrix}",
     "[[0.286, 1, -4], [9, 1.74, 0.615]]"),
    ("\\begin{pmatrix} \\frac{2}{7} & 1 & -4 \\\\ 9 & \\sqrt{3} & \\frac{8}{13} \\end{pmatrix}",
     "[[0.286, 1, -4, 9, 1.732, 0.615]]"),
    ("(\\sqrt{5}, \\frac{4}{3})", "(1.333, 2.236)"),  # a tuple keeps its order
    ("(\\sqrt{5}, \\frac{4}{3})", "[2.236, 1.333]"),  # other brackets
    ("\\frac{5}{7}, -\\frac{2}{9}", "0.714, 0.222"),
    ("\\frac{5}{7}, -\\frac{2}{9}", "0.714"),
]


@pytest.mark.parametrize(("exact", "approximation"), CLOSE)
def test_entries_round_the_exact_values(exact: str, approximation: str) -> None:
    assert approximately_equal_parts(exact, approximation)
    assert equivalent(exact, approximation, timeout=30, approximate=True)
    # only when decimals are asked to count
    assert not equivalent(exact, approximation, timeout=30)


@pytest.mark.parametrize(("exact", "approximation"), FAR)
def test_other_entries_shapes_or_brackets(exact: str, approximation: str) -> None:
    assert not approximately_equal_parts(exact, approximation)
    assert not equivalent(exact, approximation, timeout=30, approximate=True)


@pytest.mark.parametrize(("gold", "pred", "same"), [
    # the imaginary unit written as SymPy writes it
    ("5 - 2i", "5 - 2I", True), ("\\frac{3}{4}I", "\\frac34 i", True),
    ("-1 + I\\sqrt{3}", "-1 + \\sqrt{3}i", True),
    ("5 - 2i", "5 + 2I", False), ("5 - 2i", "2 - 5I", False),
    ("-1", "II", False),  # two capitals are a Roman numeral, not i·i
    ("4I", "4", False),
])
def test_capital_imaginary_unit(gold: str, pred: str, same: bool) -> None:
    assert equivalent(gold, pred, timeout=30) is same


@pytest.mark.parametrize(("exact", "cut_off", "close"), [
    # a decimal cut off with an ellipsis is approximately right when it rounds the value
    # or states its first digits
    ("\\sqrt{5}", "2.2360...", True), ("\\pi", "3.1416\\ldots", True), ("e", "2.72…", True),
    ("\\sqrt{5}", "2.2361\\dots", True),
    ("\\sqrt{5}", "2.2370...", False), ("\\pi", "3.15\\ldots", False),
])
def test_a_cut_off_decimal_is_approximately_right(exact: str, cut_off: str, close: bool) -> None:
    assert approximately_equal(exact, cut_off) is close
    assert equivalent(exact, cut_off, timeout=30, approximate=True) is close
    assert not equivalent(exact, cut_off, timeout=30)  # never exactly right


def test_only_a_cut_off_decimal_may_be_truncated() -> None:
    assert approximately_equal("\\sqrt{5}", "2.2360...")  # the first digits of 2.23606...
    assert not approximately_equal("\\sqrt{5}", "2.2360")  # written as rounded: it is not
    assert approximately_equal("-\\sqrt{5}", "-2.2360\\ldots")
    assert not approximately_equal("\\sqrt{5}", "-2.2360...")
