"""A stated final answer certainly different from the reference: lists, matrices,
expressions, complex numbers, an equation that states its value; and the pairs that are
never called different (a subset of a list, a degree sign that may name radians,
tuples, thousands separators). Our own pairs, written for these tests."""

from __future__ import annotations

import pytest

from tutor.verify.answer_compare import compare
from tutor.verify.answer_values import certainly_different

DIFFERENT = [
    ("4 t^{3} - 5 t + 2", "4t^3 + 5t + 2"),  # one sign
    ("\\frac{3}{w^{2}}", "3w^2"),
    ("\\frac{2 i}{7}", "-\\frac{2i}{49}"),  # complex numbers
    ("- \\sqrt{7}, \\sqrt{7}", "-\\sqrt{13}"),  # one wrong value for a list
    ("2, 5", "2, \\frac{5 + \\sqrt{21}}{2}"),
    ("9", "\\sqrt{49} = 7"),  # the last side of the stated equation
    ("30", "28.96^\\circ"),  # 28.96 degrees or 28.96 degrees in radians: neither is 30
    ("\\begin{pmatrix} 2 & 0 \\\\ 1 & 3 \\end{pmatrix}",
     "\\begin{pmatrix} 2 & 0 \\\\ 1 & 4 \\end{pmatrix}"),
    ("(3, 4)", "(4, 3)"),  # a point, entry by entry (answer_tuples)
    ("\\left(2, \\infty\\right)", "(-\\infty, 2)"),  # intervals, end by end
]
NOT_DIFFERENT = [
    ("-4, 6", "6"),  # a subset: the question may ask for one of them
    ("\\frac{\\pi}{6}", "30^\\circ"),  # the degree sign names π/6
    ("(3, 4)", "[3, 4]"),  # a point may be typed in square brackets
    ("2500", "2,500"),  # thousands separator
    ("3x + 2", "2 + 3x"),
    ("\\begin{pmatrix} -\\frac{1}{4} \\\\ 2 \\end{pmatrix}",
     "\\begin{pmatrix} -1/4 \\\\ 2 \\end{pmatrix}"),
    ("even", "odd"),
]


@pytest.mark.parametrize(("reference", "stated"), DIFFERENT)
def test_certainly_different(reference: str, stated: str) -> None:
    assert certainly_different(reference, stated)
    assert compare(reference, stated) == "different"


@pytest.mark.parametrize(("reference", "stated"), NOT_DIFFERENT)
def test_never_called_different(reference: str, stated: str) -> None:
    assert compare(reference, stated) != "different"
