"""Answers written as relations (`answer_relations`): inequalities joined by or/and as
intervals, systems in a cases block as named lists. Own pairs, equal and not."""

from __future__ import annotations

import pytest

from tutor.verify.answer_named import named_values
from tutor.verify.answer_relations import (
    interval_intersection,
    joined_inequalities,
    system_list,
)
from tutor.verify.answers import equivalent

SAME = [
    # "or": a union of rays
    ("t < -3 \\text{ or } t > 2", "(-\\infty, -3) \\cup (2, \\infty)"),
    ("(-\\infty, 0] \\cup (6, \\infty)", "k \\le 0 \\text{ or } k > 6"),
    ("y \\geq 1.5 \\text{ or } y \\leq -\\frac{2}{3}",
     "(-\\infty, -\\frac23] \\cup [1.5, \\infty)"),
    ("-4 > m or m \\ge 9", "(-\\infty,-4)\\cup[9,\\infty)"),
    # one inequality against an interval written as the reference
    ("(5, \\infty)", "n > 5"), ("(-\\infty, \\frac{7}{2}]", "\\frac72 \\ge c"),
    ("(-\\infty, -3) \\cup (-3, \\infty)", "w \\neq -3"),
    # "and": the interval between a lower and an upper bound
    ("z > -1 \\text{ and } z \\le 8", "(-1, 8]"),
    ("[\\sqrt{2}, 11)", "11 > w \\text{ and } w \\geq \\sqrt{2}"),
    # a system of equations in a cases block
    ("\\begin{cases} a = 4 \\\\ b = -7 \\end{cases}", "(4, -7)"),
    ("(\\frac{1}{2}, 0)", "\\begin{cases} p = \\frac12 \\\\ q = 0 \\end{cases}"),
    ("\\begin{aligned} m &= 6 \\\\ n &= 1 \\end{aligned}", "m = 6, n = 1"),
]
DIFFERENT = [
    ("t < -3 \\text{ or } t > 2", "(-3, 2)"),  # the gap, not the rays
    ("t < -3 \\text{ or } t > 2", "(-\\infty, -3] \\cup (2, \\infty)"),  # an end included
    ("z > -1 \\text{ and } z \\le 8", "(-1, 8)"),
    ("(5, \\infty)", "n \\ge 5"), ("(5, \\infty)", "n < 5"),
    ("(-\\infty, -3) \\cup (-3, \\infty)", "w \\neq 3"),
    ("z > -1 \\text{ and } z \\le 8", "(-\\infty, -1) \\cup [8, \\infty)"),
    ("\\begin{cases} a = 4 \\\\ b = -7 \\end{cases}", "(-7, 4)"),
    ("\\begin{cases} a = 4 \\\\ b = -7 \\end{cases}", "(4, 7)"),
]


@pytest.mark.parametrize(("gold", "pred"), SAME)
def test_same_set(gold: str, pred: str) -> None:
    assert equivalent(gold, pred, timeout=30)


@pytest.mark.parametrize(("gold", "pred"), DIFFERENT)
def test_other_set(gold: str, pred: str) -> None:
    assert not equivalent(gold, pred, timeout=30)


def test_joined_inequalities_reading() -> None:
    assert joined_inequalities("r \\le 2 or r > 5") == "(-\\infty, 2] \\cup (5, \\infty)"
    assert joined_inequalities("3 < s and s < 4") == "(3, 4)"
    assert joined_inequalities("-2 \\le q") == "[-2, \\infty)"


@pytest.mark.parametrize("text", [
    "x < 1 or y > 2",  # two variables
    "x < 1 and x < 3",  # both bounds from above
    "x > 6 and x < 2",  # holds for no x: no interval
    "x < 1 or x > 2 and x > 3",  # "or" and "and" mixed
    "x < 2x or x > 1",  # a bound holding the variable
    "y < 2x",  # a bound with a letter
    "x \\ne y",
])
def test_joined_inequalities_decline(text: str) -> None:
    assert joined_inequalities(text) is None


def test_system_list_reads_only_name_value_rows() -> None:
    assert system_list("\\begin{cases} u = 2 \\\\ v = 3 \\end{cases}") == "u = 2, v = 3"
    # a piecewise function is not a system of values
    assert system_list("\\begin{cases} 2x & x < 1 \\\\ 5 & x \\ge 1 \\end{cases}") is None
    assert system_list("\\begin{cases} u = 2 \\end{cases}") is None


@pytest.mark.parametrize(("gold", "pred", "same"), [
    # distinct names: one point, in the order the names are written
    ("p = 5, q = -2", "(5, -2)", True),
    ("p = 5, q = -2", "(-2, 5)", False),  # math-verify read the values as a set
    ("(5, -2)", "q = -2, p = 5", True),  # a tuple lists p before q
    ("p = 5, q = -2", "q = -2, p = 5", True),
    ("p = 5, q = -2", "p = -2, q = 5", False),
    ("m = \\frac{3}{2} \\text{ and } n = 0", "(1.5, 0)", True),
    ("r = 1, s = 2, t = 3", "[1, 2, 3]", True),
    ("r = 1, s = 2, t = 3", "1, 3, 2", False),
    ("r = 1, s = 2", "3", False),
    # the same name twice: several solutions, any order
    ("z = 6, z = -1", "-1, 6", True),
])
def test_named_values(gold: str, pred: str, same: bool) -> None:
    assert equivalent(gold, pred, timeout=30) is same


def test_named_order_decides_only_in_the_usual_order() -> None:
    from tutor.verify.answer_named import named_agree

    def same(a: str, b: str) -> bool:
        return a.strip() == b.strip()

    assert named_agree("p = 5, q = -2", "(-2, 5)", same) is False
    assert named_agree("q = -2, p = 5", "(5, -2)", same) is True  # (p, q)
    assert named_agree("q = -2, p = 5", "(-2, 5)", same) is None  # as written: not sure


def test_named_values_reading() -> None:
    assert named_values("a = 1, b_2 = 4") == [("a", "1"), ("b_2", "4")]
    assert named_values("\\begin{cases} u = 7 \\\\ v = 8 \\end{cases}") == [("u", "7"), ("v", "8")]
    assert named_values("a = 1, a = 4") is None and named_values("a = 1") is None


@pytest.mark.parametrize(("gold", "pred", "same"), [
    # intervals joined by \cap are the interval they share
    ("(-1, 6) \\cap [3, 9)", "[3, 6)", True), ("[4, 7)", "(-\\infty, 7) \\cap [4, \\infty)", True),
    ("[-2, 2] \\cap [-2, 2)", "[-2, 2)", True), ("(1, 3) \\cap (4, 6)", "\\emptyset", True),
    ("(-1, 6) \\cap [3, 9)", "(3, 6)", False), ("(-1, 6) \\cap [3, 9)", "[-1, 9)", False),
])
def test_interval_intersections(gold: str, pred: str, same: bool) -> None:
    assert equivalent(gold, pred, timeout=30) is same


def test_interval_intersection_reading() -> None:
    assert interval_intersection("(0, 2] \\cap [2, 5)") == "\\{2\\}"
    assert interval_intersection("(0, c) \\cap (1, 4)") is None  # an end with a letter
    assert interval_intersection("(0, 4)") is None
