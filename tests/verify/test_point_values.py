r"""Points said to be on a curve (`extract/said_points.py`, `point_values.py`): "the line
y = kx + 1 passes through (2, 3)" makes `3 = 2k + 1` the line's equation at that point,
verified when it is (up to a constant factor), never refuted. Our own variants, written
for these tests."""

from __future__ import annotations

import time

import pytest

from tests.claim_lookup import claim_verdict
from tutor.verify.api import ChainChecker
from tutor.verify.extract.said_points import said_points
from tutor.verify.verdict import Verdict


@pytest.mark.parametrize(("text", "points"), [
    ("The line y = kx + 1 passes through (2, 3).", [("y", "kx + 1", ("x", "y"), ("2", "3"))]),
    (r"The parabola \(y = ax^2 - 4\) goes through the points \((1, 5)\) and \((-3, 2)\).",
     [("y", "ax^2 - 4", ("x", "y"), ("1", "5")), ("y", "ax^2 - 4", ("x", "y"), ("-3", "2"))]),
    (r"Since $P(4, -1)$ lies on the circle $x^2 + y^2 = r^2$, we get",
     [("x^2 + y^2", "r^2", ("x", "y"), ("4", "-1"))]),
    (r"The graph of \(g(t) = mt + 7\) contains \((\frac{1}{2}, 9)\).",
     [("y", "mt + 7", ("t", "y"), (r"\frac{1}{2}", "9"))]),
    (r"The plane $2x + by - z = d$ contains the point $(1, 0, 3)$.",
     [("2x + by - z", "d", ("x", "y", "z"), ("1", "0", "3"))]),
    ("Substituting (0.5, 6) into y = c/x gives", [("y", "c/x", ("x", "y"), ("0.5", "6"))]),
])
def test_points_said_on_a_curve(text: str, points: list[tuple]) -> None:
    assert said_points(text) == points


@pytest.mark.parametrize("text", [
    "The line y = 2x + b does not pass through (1, 1).",  # denied
    "The point (3, 4) is not on y = ax^2.",
    "The point (1, 2) is on y = ax + 1 and also on y = bx.",  # which curve?
    "The line passes through (2, 5).",  # no equation in the sentence
    "The distance from (1, 2) to the line 3x + 4y = c is 2.",  # no incidence word
    "The line y = kx + 1 passes through (a, 3).",  # a letter among the coordinates
    "Then y = mx + 2. It passes through (1, 4).",  # the curve is in another sentence
    r"Since $\gcd(12, 18) = 6$ and $y = kx$ passes through it",  # gcd's pair is no point
    # a point in the sentence, but not the one said to be on the curve
    r"The distance from the origin $(0, 0)$ to a point on $y = ax^2 + 1$ is $d$.",
    r"The pairs that satisfy $(x - 1)^2 + (y + 2)^2 = r^2$ form a circle centred at $(1, -2)$.",
    r"As $(x, y) = (2, 7)$ is substituted into $y = kx + 3$, we get",  # `=`: a naming
    # the curve is written only after the sentence's display maths ends
    r"It passes through $(3, 1)$, so \[1 = 3m + c.\] Then the line is \[y = mx + c.\]",
])
def test_near_misses_give_no_point(text: str) -> None:
    assert said_points(text) == []


@pytest.mark.parametrize(("problem", "step", "claim"), [
    ("The line y = kx + 1 passes through (2, 3). Find k.",
     "Putting the point in: 3 = 2k + 1, so k = 1.", "3 = 2k + 1"),
    ("Find a and b.",
     r"The point $(2,12)$ satisfies $\frac{x^2}{a^2}-\frac{y^2}{b^2}=1$, so plugging in gives "
     r"\[\frac{4}{a^2}-\frac{144}{b^2}=1.\]", r"\frac{4}{a^2}-\frac{144}{b^2}=1"),
    ("Find a.", r"The graph of \(f(x) = ax^2 + 3\) goes through \((-2, 11)\). So \(4a + 3 = 11\).",
     "4a + 3 = 11"),
    ("Find m.", r"Plugging the point $\left(\frac{1}{2}, -3\right)$ into $y = mx - 1$ gives "
     r"$-3 = \frac{m}{2} - 1$.", r"-3 = \frac{m}{2} - 1"),
    ("The parabola y = ax^2 + bx + c passes through (1, 0), (-1, 4) and (0, 3). Find a.",
     "From the first two points, a + b + c = 0 and a - b + c = 4.", "a - b + c = 4"),
    ("The parabola y = ax^2 + bx + c passes through (1, 0), (-1, 4) and (0, 3). Find a.",
     "From the first point, 0 = a + b + c.", "0 = a + b + c"),
    ("A circle centred at the origin lies... Find r.",
     r"Since $(4, -1)$ lies on the circle $x^2 + y^2 = r^2$, we get $17 = r^2$.", "17 = r^2"),
    ("Find d.", "The plane $2x + by - z = d$ contains the point $(1, 0, 3)$, so $2 - 3 = d$.",
     "2 - 3 = d"),
    ("Find c.", "The curve y = c/x passes through (4, 5), so 5 = c/4, and c = 20.", "5 = c/4"),
    # a constant multiple of the equation at the point is the same equation
    ("Find k.", r"The line $y = \frac{k}{3}x + 2$ passes through $(3, 8)$: $24 = 3k + 6$.",
     "24 = 3k + 6"),
])
def test_the_equation_at_the_point_is_verified(problem: str, step: str, claim: str) -> None:
    assert claim_verdict(ChainChecker(problem, time_limit=30), step, claim) is Verdict.VERIFIED


@pytest.mark.parametrize(("problem", "step", "claim"), [
    # the wrong value put in: stays unchecked, never verified (nor refuted: verify only)
    ("Find m.", r"Plugging the point $\left(\frac{1}{2}, -3\right)$ into $y = mx - 1$ gives "
     r"$-3 = 2m - 1$.", "-3 = 2m - 1"),
    ("The line y = kx + 1 passes through (2, 3). Find k.", "So 3 = 2k - 1.", "3 = 2k - 1"),
    # one point does not give the curve's equation in x and y
    ("Find k.", "The line y = kx + 1 passes through (2, 3), so y = x + 1.", "y = x + 1"),
    # denied in words
    ("Find b.", "The line y = 2x + b does not pass through (1, 1), so 1 = 2 + b.", "1 = 2 + b"),
    # the point is only near the line: no incidence said
    ("Find c.", "The distance from (1, 2) to the line 3x + 4y = c gives 11 = c.", "11 = c"),
    # a letter dropped: not the equation at the point
    ("Find a and b.", "The line y = ax + b passes through (2, 5), so 5 = 2a.", "5 = 2a"),
])
def test_near_misses_stay_unverified(problem: str, step: str, claim: str) -> None:
    assert claim_verdict(ChainChecker(problem, time_limit=30), step, claim) is not Verdict.VERIFIED


def test_a_long_list_of_pairs_is_read_quickly() -> None:
    # a list of pairs that no words put on a curve: a pattern over the whole list
    # backtracked for seconds here; the reader follows a list point by point
    pairs = ", ".join(f"({i},{j})" for i in range(1, 9) for j in range(3, 9))
    text = f"The pairs are {pairs}, and the line $y = kx$ through them all is"
    start = time.perf_counter()
    assert said_points(text) == []
    assert time.perf_counter() - start < 0.5
