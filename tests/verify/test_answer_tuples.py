"""Ordered answers (points, tuples, intervals, named values) told certainly different by
`answer_compare.compare`, the comparison the checker uses to refute a stated final answer
against the engine's. Own pairs; where a reading is not certain, "unknown", never
"different"."""

from __future__ import annotations

import pytest

from tutor.verify.answer_compare import compare
from tutor.verify.answer_tuples import ordered_reading


@pytest.mark.parametrize(("reference", "stated"), [
    ("(5, -3)", "(-3, 5)"),  # the coordinates swapped
    ("\\left(\\frac{1}{3}, 2\\right)", "(3, 2)"),
    ("m = 2, n = 9", "(9, 2)"),  # named values in order of their names
    ("(0, 4]", "(0, 4)"),  # an interval: one end closed
    ("[-2, \\infty)", "(-2, \\infty)"),
    ("(-\\infty, 6)", "(-\\infty, 7)"),
    ("(1, 1, 2)", "(1, 2)"),  # another number of entries
    ("(2, \\sqrt{3})", "(2, 1.9)"),  # a rounding far from √3 = 1.732...
])
def test_ordered_answers_that_differ(reference: str, stated: str) -> None:
    assert compare(reference, stated) == "different"


@pytest.mark.parametrize(("reference", "stated", "outcome"), [
    ("(5, -3)", "(5, -3)", "same"),
    ("m = 2, n = 9", "(2, 9)", "same"),
    ("(5, -3)", "[5, -3]", "same"),  # square brackets may be a point typed so
    ("(2, \\sqrt{3})", "(2, 1.732)", "unknown"),  # a rounding at its places
    ("(1, 3) \\cup (5, 8)", "(1, 3)", "unknown"),  # a union is not one interval
    ("(1,000, 3)", "(1000, 3)", "unknown"),  # a separator or a comma
    ("(x, 3)", "(2, 3)", "unknown"),  # a letter inside: not a number
])
def test_ordered_answers_not_certainly_different(reference: str, stated: str,
                                                 outcome: str) -> None:
    assert compare(reference, stated) == outcome


def test_named_values_out_of_order_are_no_point() -> None:
    """`n = 9, m = 2` names no order a point would list; `m = 2, n = 9` does."""
    assert ordered_reading("n = 9, m = 2") is None
    reading = ordered_reading("m = 2, n = 9")
    assert reading is not None and [int(v) for v in reading.values] == [2, 9]
