"""A student's typed final answer against a set's answer (`grading.grade_answer`): right,
approximately right (a decimal at the places written), wrong (certainly another value or
word) or unknown (nothing reads it as a value to compare), for the written forms the
answer comparison reads. Own pairs."""

from __future__ import annotations

import pytest

from tutor.problems.grading import grade_answer


@pytest.mark.parametrize(("gold", "typed", "grade"), [
    # right in another writing
    ("\\text{Saturday}", "saturday", "right"),
    ("h < 0 \\text{ or } h \\geq 3", "(-\\infty, 0) \\cup [3, \\infty)", "right"),
    ("u = 6, v = -1", "(6, -1)", "right"),
    ("7 - 3i", "7 - 3I", "right"),
    ("II and III", "III, II", "right"),
    # a decimal at the places written
    ("\\sqrt{3}", "1.732", "approximate"),
    ("\\frac{2}{7}", "0.29", "approximate"),
    ("\\sqrt{3}", "1.7320...", "approximate"),  # cut off with an ellipsis
    ("\\sqrt{3}", "1.732051", "approximate"),  # six places are still a rounding
    ("\\frac{2}{7}", "0.285714", "approximate"),
    ("\\frac{7}{8}", "0.875", "right"),  # the same value exactly
    ("15\\%", "0.150", "right"),
    # not equal: other words with the same letters, other labels, the point reversed
    ("\\text{reap}", "\\text{pear}", "wrong"),
    ("II", "-1", "unknown"),  # a label against a number: no reading compares them
    ("u = 6, v = -1", "(-1, 6)", "wrong"),
    ("\\sqrt{3}", "1.7322", "wrong"),  # √3 = 1.73205...: the fourth place is off
    ("\\frac{2}{7}", "0.3", "approximate"),  # one place: 0.3 rounds 2/7
    ("\\frac{2}{7}", "0.2", "wrong"),
    # one word against another, a point or an interval written another way round
    ("\\text{Thursday}", "friday", "wrong"),
    ("(B)", "D", "wrong"),
    ("\\text{even}", "odd.", "wrong"),
    ("(4, -2)", "(-2, 4)", "wrong"),
    ("p = 4, q = -2", "(-2, 4)", "wrong"),
    ("[-1, 5)", "[-1, 5]", "wrong"),
    ("(3, 7)", "(3, 7, 0)", "wrong"),
    # a number with the noun it counts: the number is compared
    ("14", "15 marbles", "wrong"),
    ("2,500", "2,400 people.", "wrong"),
    ("14", "14 marbles", "right"),
    ("\\frac{\\pi}{12}", "15 degrees", "right"),  # an angle word is read, never dropped
    # written so that nothing compares it: neither right nor wrong
    ("\\text{Thursday}", "Thurs", "unknown"),  # an abbreviation
    ("\\text{square}", "squares", "unknown"),  # a plural
    ("14", "fourteen-ish", "unknown"),
    ("14", "15 thousand", "unknown"),  # a word that changes the value
    ("3", "3 dozen", "unknown"),
    ("1", "1 fifth", "unknown"),
    ("(3, 7)", "[3, 7]", "unknown"),  # a point may be typed in square brackets
    ("(\\sqrt{2}, 3)", "(1.414, 3)", "approximate"),  # a rounding inside a point
    ("9", "", "unknown"),
])
def test_grade_answer(gold: str, typed: str, grade: str) -> None:
    assert grade_answer(gold, typed) == grade
