"""An ellipse or hyperbola with one unknown letter, fixed by facts told about it
(geometry/conic_letters.py): our own problems, each worked out by hand in its comment."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # the hyperbola's c^2 = 9 + 7 = 16; the ellipse's 25 - b^2 = 16
    (r"The foci of the ellipse $\frac{x^2}{25} + \frac{y^2}{b^2} = 1$ and the foci of the "
     r"hyperbola $\frac{x^2}{9} - \frac{y^2}{7} = 1$ coincide. Find $b^2$.", "9"),
    # a^2 - 9 = 16
    (r"The ellipse $\frac{x^2}{a^2} + \frac{y^2}{9} = 1$ has foci at $(\pm 4, 0)$, where "
     r"$a > 0$. Find $a$.", "5"),
    # c^2 = k + 16 = (25/9) k
    (r"The hyperbola $\frac{x^2}{k} - \frac{y^2}{16} = 1$ has eccentricity $\frac{5}{3}$. "
     r"Find $k$.", "9"),
    # the focus on the y-axis: 20 - m = 16
    (r"The ellipse $\frac{x^2}{m} + \frac{y^2}{20} = 1$ has a focus at $(0, 4)$. Find $m$.",
     "4"),
    # x^2/c + y^2/(c/4) = 1: c^2 = 3c/4 = 4 (the hyperbola's 2 + 2)
    (r"The ellipse $x^2 + 4y^2 = c$ and the hyperbola $x^2 - y^2 = 2$ have the same foci. "
     r"Find $c$.", "\\frac{16}{3}"),
    # opening up and down: m + 5 = 9
    (r"The foci of the hyperbola $\frac{y^2}{m} - \frac{x^2}{5} = 1$ are $(0, \pm 3)$. Find "
     r"$m$.", "4"),
    # 4 + b^2 = 2^2 * 4
    (r"The hyperbola $\frac{x^2}{4} - \frac{y^2}{b^2} = 1$ has eccentricity $2$. Find $b^2$.",
     "12"),
    # asymptotes: the slope b/a = 3/a = 3/4
    (r"The hyperbola $\frac{x^2}{a^2} - \frac{y^2}{9} = 1$ has asymptotes "
     r"$y = \pm \frac{3}{4} x$, where $a > 0$. Find $a$.", "4"),
    # opening up and down: sqrt(m)/5 = 2/5
    (r"The asymptotes of the hyperbola $\frac{y^2}{m} - \frac{x^2}{25} = 1$ are "
     r"$y = \pm \frac{2}{5} x$. Find $m$.", "4"),
    # sqrt(k)/4 = 2
    (r"The hyperbola $\frac{x^2}{16} - \frac{y^2}{k} = 1$ has asymptotes $y = \pm 2x$. "
     r"Find $k$.", "64"),
    # centred at (1, -2): 16 - t = 9, a focus at (1 + 3, -2)
    (r"The ellipse $\frac{(x - 1)^2}{16} + \frac{(y + 2)^2}{t} = 1$ has a focus at "
     r"$(4, -2)$. Find $t$.", "7"),
])
def test_a_conic_letter_fixed_by_a_fact(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 2c = 4 sqrt 6: n = 25 (foci on the x-axis) or n = 73 (on the y-axis)
    r"The distance between the foci of the ellipse $\frac{x^2}{49} + \frac{y^2}{n} = 1$ is "
    r"$4\sqrt{6}$. Find $n$.",
    # a = 5 or a = -5
    r"The ellipse $\frac{x^2}{a^2} + \frac{y^2}{9} = 1$ has foci at $(\pm 4, 0)$. Find $a$.",
    # b^2 = 12 or 64/3
    r"The ellipse $\frac{x^2}{16} + \frac{y^2}{b^2} = 1$ has eccentricity $\frac{1}{2}$. "
    r"Find $b^2$.",
    # two letters
    r"The hyperbola $\frac{x^2}{a^2} - \frac{y^2}{b^2} = 1$ has eccentricity $2$. Find $b^2$.",
    # the foci are off the centre's line: no value
    r"The ellipse $\frac{x^2}{a^2} + \frac{y^2}{9} = 1$ has foci at $(\pm 4, 1)$, where "
    r"$a > 0$. Find $a$.",
    # asymptotes not through the centre (the centre is the origin)
    r"The hyperbola $\frac{x^2}{16} - \frac{y^2}{k} = 1$ has asymptotes $y = \pm 2x + 1$. "
    r"Find $k$.",
    # a condition that is not read
    r"The ellipse $\frac{x^2}{a^2} + \frac{y^2}{9} = 1$ has foci at $(\pm 4, 0)$, where "
    r"$a > 3$. Find $a$.",
])
def test_conic_letters_not_fixed_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
