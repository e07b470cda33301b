"""A named triangle's facts and question (geometry/triangle_facts.py, solved by
geometry/triangle_solver.py): sides by lower-case letters ("a = 7" is the side opposite A),
"the measure of angle $B$, in degrees" asked, and side lengths that make no triangle
declined. Our own problems; answers worked by hand with the law of cosines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # cos B = (AB^2 + BC^2 - CA^2) / (2 AB BC) = (25 + 9 - 49) / 30 = -1/2
    ("In triangle $ABC$, $AB = 5$, $BC = 3$ and $CA = 7$. What is the measure of angle $B$, "
     "in degrees?", "120"),
    ("In triangle $ABC$, $AB = 5$, $BC = 3$ and $CA = 7$. Find $\\angle B$ in degrees.",
     "120"),
    ("In triangle $ABC$, $AB = 5$, $BC = 3$ and $CA = 7$. What is the measure of "
     "$\\angle ABC$?", "120"),
    # cos A = (b^2 + c^2 - a^2) / (2bc) = (36 + 16 - 25) / 48 = 9/16
    ("In triangle $ABC$, $a = 5$, $b = 6$, and $c = 4$. Find $\\cos A$.", "\\frac{9}{16}"),
    # cos Q = (p^2 + r^2 - q^2) / (2pr) = (9 + 64 - 49) / 48 = 1/2
    ("In $\\triangle PQR$, $p = 3$, $q = 7$, $r = 8$. What is the degree measure of angle $Q$?",
     "60"),
    # a^2 = 9 + 64 - 2 * 3 * 8 * 1/2 = 49
    ("In triangle $ABC$, $b = 3$, $c = 8$ and $\\angle A = 60^\\circ$. Find $a$.", "7"),
])
def test_named_triangle_wordings(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 1 + 2 < 5: no triangle (the law of cosines alone would say cos A = 7/5)
    "In triangle $ABC$, $BC = 1$, $CA = 2$ and $AB = 5$. Find $\\cos A$.",
    "In triangle $ABC$, $a = 1$, $b = 2$, $c = 5$. Find $\\cos A$.",
    # 3 + 4 = 7: a flat triangle
    "In triangle $ABC$, $BC = 3$, $CA = 4$ and $AB = 7$. Find $\\cos C$.",
    # a lower-case letter that names no side
    "In triangle $ABC$, $x = 4$, $AB = 5$, $BC = 6$. Find $\\cos A$.",
    # "angle" before a piece that is not a vertex
    "In triangle $ABC$, $AB = 5$, $BC = 3$ and $CA = 7$. What is the measure of angle $2x$?",
])
def test_named_triangle_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
