"""The positive slope of a hyperbola's asymptotes from its equation, centred anywhere and
opening either way (`geometry.conic_questions`). Our own hyperbolas, slopes by hand; near
misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # b/a = 5/2
    (r"Find the positive slope of an asymptote of the hyperbola "
     r"$\frac{x^2}{4} - \frac{y^2}{25} = 1$.", r"\frac{5}{2}"),
    # opening up and down: y - 3 = +-(4/3)(x + 1)
    (r"What is the positive slope of the asymptotes of the hyperbola "
     r"$\frac{(y-3)^2}{16} - \frac{(x+1)^2}{9} = 1$?", r"\frac{4}{3}"),
    # 9(x - 1)^2 - 4(y + 2)^2 = 36: (x - 1)^2/4 - (y + 2)^2/9 = 1, slope 3/2
    (r"The hyperbola $9x^2 - 4y^2 - 18x - 16y = 43$ has two asymptotes. Find the positive "
     r"slope of its asymptotes.", r"\frac{3}{2}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_asymptote_slopes(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # an ellipse has no asymptotes
    r"Find the positive slope of an asymptote of the ellipse $\frac{x^2}{4} + \frac{y^2}{25} "
    r"= 1$.",
    # "the slope" of two asymptotes: +5/2 or -5/2?
    r"Find the slope of an asymptote of the hyperbola $\frac{x^2}{4} - \frac{y^2}{25} = 1$.",
])
def test_unclear_asymptote_slopes_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


LINES = [
    # x^2/4 - y^2 = 1: y = +-x/2
    (r"Find the equations of the asymptotes of the hyperbola $x^2 - 4y^2 = 4$.",
     r"y = \pm \frac{1}{2} x"),
    # centre (1, -2), slope 2/3: y + 2 = +-(2/3)(x - 1)
    (r"What are the asymptotes of the hyperbola $\frac{(x-1)^2}{9} - \frac{(y+2)^2}{4} = 1$?",
     r"y = \frac{2}{3}x - \frac{8}{3}, y = -\frac{2}{3}x - \frac{4}{3}"),
    # opening up and down: y = +-(2/3) x
    (r"Find the asymptotes of the hyperbola $\frac{y^2}{4} - \frac{x^2}{9} = 1$.",
     r"y = \pm \frac{2}{3} x"),
    # 9(x - 1)^2 - 4(y + 2)^2 = 36: y + 2 = +-(3/2)(x - 1)
    (r"Find the equations of the asymptotes of $9x^2 - 4y^2 - 18x - 16y - 43 = 0$.",
     r"y = \frac{3}{2}x - \frac{7}{2}, y = -\frac{3}{2}x - \frac{1}{2}"),
    # 4(y + 1)^2 - (x - 1)^2 = 4: y + 1 = +-(1/2)(x - 1)
    (r"Determine the asymptotes of the hyperbola $4y^2 - x^2 + 8y + 2x = 1$.",
     r"y = \frac{1}{2}x - \frac{3}{2}, y = -\frac{1}{2}x - \frac{1}{2}"),
    (r"Find the slopes of the asymptotes of the hyperbola $x^2 - 9y^2 = 9$.",
     r"\frac{1}{3}, -\frac{1}{3}"),
    # the line, not its slope: (x + 2)^2/16 - (y - 1)^2/4 = 1, y - 1 = (1/2)(x + 2)
    (r"Find the asymptote of the hyperbola $\frac{(x+2)^2}{16} - \frac{(y-1)^2}{4} = 1$ with "
     r"positive slope.", r"y = \frac{1}{2} x + 2"),
]


@pytest.mark.parametrize(("problem", "answer"), LINES)
def test_asymptote_lines(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    r"Find the asymptotes of the ellipse $x^2 + 4y^2 = 4$.",
    # two crossing lines, not a hyperbola
    r"Find the asymptotes of the hyperbola $x^2 - 4y^2 = 0$.",
    r"Find the sum of the slopes of the asymptotes of the hyperbola $x^2 - 4y^2 = 4$.",
    r"Find the $y$-intercepts of the asymptotes of the hyperbola $x^2 - 4y^2 - 2x = 3$.",
    r"Find the asymptote of the hyperbola $x^2 - 4y^2 = 4$.",
])
def test_unclear_asymptote_lines_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
