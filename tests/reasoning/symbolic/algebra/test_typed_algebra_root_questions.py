"""Questions about the solutions of one equation, and about where a line crosses an axis,
asked in many wordings of our own (textbook, terse, clauses reordered, a short story, other
notation); near misses decline (`algebra.root_questions`, `geometry.line_questions`).

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

ROOTS = [
    # m^2 - 3m - 28 = (m - 7)(m + 4): roots 7 and -4
    (r"What is the larger root of the equation $m^2 - 3m - 28 = 0$?", "7"),  # textbook
    (r"Find the smaller solution of $m^2 - 3m - 28 = 0$.", "-4"),  # terse
    (r"Of the two roots of $m^2 - 3m - 28 = 0$, which is greater?", "7"),  # reordered
    (r"$m^2 - 3m - 28 = 0$ has two solutions; what is the lesser one?", "-4"),
    (r"A number $m$ satisfies $m^2 - 3m - 28 = 0$. What is the bigger possible value of $m$?",
     "7"),  # story
    (r"What is the larger root of \[28 = m^2 - 3m\]?", "7"),  # display maths, sides swapped
    # 4t^2 - 4t - 3 = (2t - 3)(2t + 1): roots 3/2 and -1/2
    (r"The two roots of $4t^2 - 4t - 3 = 0$ multiply to what number?", r"-\frac{3}{4}"),
    (r"Multiply the two solutions of $4t^2 - 4t - 3 = 0$.", r"-\frac{3}{4}"),
    (r"The equation $4t^2 - 4t - 3 = 0$ has two roots. What is their sum?", "1"),
    (r"Add up the solutions of $4t^2 = 4t + 3$.", "1"),
    (r"Among the solutions of $4t^2 - 4t - 3 = 0$, which one is smaller?", r"-\frac{1}{2}"),
    (r"What values of $t$ make $4t^2 - 4t - 3$ equal to zero?", r"-\frac{1}{2}, \frac{3}{2}"),
    (r"For which $t$ is $4t^2 - 4t - 3 = 0$?", r"-\frac{1}{2}, \frac{3}{2}"),
    # complex roots: Vieta's formulas (t^2 + 4t + 13: sum -4, product 13)
    (r"Compute the sum of the roots of $t^2 + 4t + 13 = 0$.", "-4"),
    (r"For $t^2 + 4t + 13 = 0$, compute the product of all its roots.", "13"),
    # no real root: the roots are the complex ones, -1/2 +- i sqrt(3)/2, product 1
    (r"Multiply together the two roots of $t^2 + t + 1 = 0$.", "1"),
    # |2u - 5| = 9: u = 7 or u = -2
    (r"What is the larger solution of $|2u - 5| = 9$?", "7"),
    (r"Of the solutions of $|2u - 5| = 9$, which is smaller?", "-2"),
    (r"Solve the absolute value equation $9 = |2u - 5|$.", "-2, 7"),
    (r"The distance between $u$ and $3$ on the number line is $8$. What are the possible "
     r"values of $u$?", "-5, 11"),
    (r"The distance from $u$ to $3$ is $8$; find the larger possible value of $u$.", "11"),
]


@pytest.mark.parametrize(("problem", "answer"), ROOTS)
def test_root_questions(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


INTERCEPTS = [
    # 5x - 2y = 20: y = 0 gives x = 4; x = 0 gives y = -10
    (r"Give the $x$-intercept of the line with equation $5x - 2y = 20$.", "4"),  # textbook
    (r"Find the x-intercept of $5x - 2y = 20$.", "4"),  # terse, no word "line"
    (r"The line $5x - 2y = 20$ crosses the $x$-axis at what value of $x$?", "4"),  # reordered
    (r"Determine the $y$-intercept of the graph of $5x - 2y = 20$.", "-10"),
    (r"The graph of $5x - 2y = 20$ meets the $y$-axis at what $y$-value?", "-10"),
    (r"At what point does the line $y = \frac{5}{2}x - 10$ cross the $x$-axis?", "(4, 0)"),
    (r"What are the coordinates of the point where the line $5x - 2y = 20$ intersects the "
     r"$y$-axis?", "(0, -10)"),
    (r"What is the x-intercept of the line \[y - 5 = \frac{5}{2}(x - 6)\]?", "4"),
]


@pytest.mark.parametrize(("problem", "answer"), INTERCEPTS)
def test_intercepts(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # a comparative needs two solutions: this cubic has three (1, 2, 4)
    r"What is the larger root of $m^3 - 7m^2 + 14m - 8 = 0$?",
    # (t - 3)(t^2 + 1): real roots only (3) or all three (product 3)? Not said
    r"Multiply together all the roots of $t^3 - 3t^2 + t - 3 = 0$.",
    # a repeated root: counted once or twice?
    r"Add up all the roots of $m^2 - 10m + 25 = 0$.",
    # the roots listed with a double root: once or twice?
    r"What are the roots of the polynomial $m^3 - 12m + 16$?",
    # a word the reader does not apply
    r"What is the larger integer root of $m^2 - m - 6 = 0$?",
    # (the absolute value of the solution is answered now: test_operated_quantities.py)
    # one solution asked, two found
    r"The solution of $|2u - 5| = 9$ plus one is what?",
    # 'where' asks for a point or a value: not clear which
    r"Where does the line $5x - 2y = 20$ cross the $x$-axis?",
    # the other coordinate of an intercept
    r"What is the $y$-coordinate of the point where $5x - 2y = 20$ crosses the $x$-axis?",
    r"The line $5x - 2y = 20$ meets the $y$-axis at what $x$-value?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
