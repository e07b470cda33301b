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
