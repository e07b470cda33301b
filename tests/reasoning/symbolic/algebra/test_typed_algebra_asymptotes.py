"""Horizontal and slant asymptotes of rational functions, asked in several wordings."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.verify.answers import equivalent

F = r"\frac{6x^2 - 1}{3x^2 + x}"


@pytest.mark.parametrize(
    ("problem", "answer"),
    [
        # the line itself, y = 2
        (rf"Find the horizontal asymptote of $y = {F}$.", "y = 2"),
        (rf"What is the equation of the horizontal asymptote of the graph of $y = {F}$?",
         "y = 2"),
        # its height, asked in three ways
        (rf"At what $y$-value does the graph of $y = {F}$ have a horizontal asymptote?", "2"),
        (rf"The curve $y = {F}$ has a horizontal asymptote at $y = k$. What is $k$?", "2"),
        (r"The function $h(s) = \frac{10s + 4}{4s - 3}$ has a horizontal asymptote $y = c$. "
         r"Find $c$.", r"\frac{5}{2}"),
        # a numerator of lower degree: the x-axis
        (r"Determine the horizontal asymptote of $g(t) = \frac{4t - 7}{2t^2 + 1}$.", "y = 0"),
        # slant: (2x^2 + 3x - 1) / (x - 2) = 2x + 7 + 13/(x - 2)
        (r"What is the equation of the slant asymptote of $f(x) = \frac{2x^2 + 3x - 1}{x - 2}$?",
         "y = 2x + 7"),
        (r"The graph of $y = \frac{2x^2 + 3x - 1}{x - 2}$ has an oblique asymptote $y = mx + b$. "
         r"Find $m + b$.", "9"),
        # (x^3 + x^2 + 1) / (x^2 + 1) = x + 1 + (-x) / (x^2 + 1)
        (r"Write the oblique asymptote of $y = \frac{x^3 + x^2 + 1}{x^2 + 1}$ in the form "
         r"$y = mx + b$ and give $mb$.", "1"),
        # the leading coefficients 8 / 2
        (r"If $y = \frac{8x^3 - x + 4}{2x^3 + 5x^2 + 1}$, at what value of $y$ will the graph "
         r"have a horizontal asymptote?", "4"),
        # 4x^2 - 3x + 2 = (2x - 1)(2x - 1/2) + 3/2; the form only says how to write it
        (r"Give the equation of the slant asymptote of $\frac{4x^2 - 3x + 2}{2x - 1}$. Enter "
         r"your answer in the form $y = mx + b$.", r"y = 2x - \frac{1}{2}"),
        # x = 4 meets y = 3
        (r"Where do the asymptotes of $y = \frac{3x^2 + 1}{x^2 - 8x + 16}$ meet?", "(4, 3)"),
        # (x^2 + 2x) / (x - 3) = x + 5 + 15 / (x - 3): x = 3 meets y = x + 5
        (r"What is the intersection point of the two asymptotes of $y = \frac{x^2 + 2x}{x - 3}$?",
         "(3, 8)"),
    ],
)
def test_asymptotes(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(
    "problem",
    [
        r"Find the horizontal asymptote of $y = \frac{x^3}{x^2 + 1}$.",  # degree higher: none
        r"Find the slant asymptote of $y = \frac{x^3}{x + 1}$.",  # two degrees higher
        r"Find the horizontal and slant asymptotes of $y = \frac{x^2}{x + 1}$.",  # two kinds
        r"How many horizontal asymptotes does $y = \frac{x}{x^2 + 1}$ have?",  # unread words
        r"Find the horizontal asymptote of $y = \frac{x}{x^2 + 1}$ other than the x-axis.",
        # two vertical asymptotes: no one meeting point
        r"Give the intersection point of the asymptotes of $g(x) = \frac{5x^2}{x^2 - 4}$.",
    ],
)
def test_asymptote_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "right"), [
    # where the graph itself crosses its asymptote y = 2 (-t + 4 = 4), not the asymptote:
    # answered 2 when "cross" was in the reader's vocabulary
    (r"For which value of $t$ does the graph of $g(t) = \frac{6t^2 - t + 4}{3t^2 + 2}$ cross "
     r"its horizontal asymptote?", "0"),
    # one coordinate of the meeting point, not the point
    (r"Find the x-coordinate of the point of intersection of the asymptotes of "
     r"$y = \frac{3x - 2}{x + 5}$.", "-5"),
])
def test_asymptote_questions_about_other_points_are_never_wrong(problem: str, right: str
                                                                ) -> None:
    got = solve_now(problem).answer
    assert got is None or equivalent(right, got), got



@pytest.mark.parametrize(("problem", "answer"), [
    # 2x^2 - 3x + 1 = 2 (x^2 + x + 1): -5x = 1
    (r"For what value of $x$ does the graph of $y = \frac{2x^2 - 3x + 1}{x^2 + x + 1}$ cross "
     r"its horizontal asymptote?", r"-\frac{1}{5}"),
    # 4x^2 + x - 3 = 4 (x^2 - 2x + 1): 9x = 7
    (r"For which value of $x$ does the function $f(x) = \frac{4x^2 + x - 3}{x^2 - 2x + 1}$ "
     r"cross its horizontal asymptote?", r"\frac{7}{9}"),
    (r"For which value of $t$ does the graph of $g(t) = \frac{6t^2 - t + 4}{3t^2 + 2}$ cross "
     r"its horizontal asymptote?", "0"),
])
def test_where_the_graph_crosses_its_asymptote(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_graph_that_never_crosses_its_asymptote_declines() -> None:
    # 1/(x^2 + 1) + 3 stays above y = 3
    assert solve_now(r"For what value of $x$ does the graph of $y = \frac{3x^2 + 4}{x^2 + 1}$ "
                     r"cross its horizontal asymptote?").answer is None
