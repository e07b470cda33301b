"""A triangle's angle asked plainly ("What is $\\angle R$?", "Find $\\angle C$.") when the
problem tells its angles with a degree sign (`triangle_facts.told_in_degrees`), and a triangle
named by its symbol ("In $\\triangle DEF$, angle $D$ is twice angle $E$") read as "triangle
$DEF$" (`figure_names`). Our own problems, answers worked by hand; near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.figure_names import triangles_said


@pytest.mark.parametrize(("problem", "answer"), [
    # 180 - 40 - 75
    (r"In $\triangle PQR$, $\angle P = 40^\circ$ and $\angle Q = 75^\circ$. What is $\angle R$?",
     "65"),
    (r"In $\triangle ABC$, $\angle A = 40^\circ$ and $\angle B = 75^\circ$. Find $\angle C$.",
     "65"),
    (r"In $\triangle ABC$, $\angle A = 110^\circ$ and $\angle B = 25^\circ$. What is $\angle C$?",
     "45"),
    (r"In triangle $XYZ$, $\angle X = 90^\circ$ and $\angle Y = 35^\circ$. Find $\angle Z$.",
     "55"),
    # isosceles: (180 - 50) / 2
    (r"In triangle $ABC$, $AB = AC$ and $\angle A = 50^\circ$. What is $\angle B$?", "65"),
    # a right triangle with a 30 degree angle
    (r"In $\triangle ABC$, $\angle A = 30^\circ$, $\angle C = 90^\circ$ and $AB = 8$. Find "
     r"$\angle B$.", "60"),
    # D = 2E, D + E = 120
    (r"In triangle $DEF$, $\angle D = 2\angle E$ and $\angle F = 60^\circ$. What is $\angle D$?",
     "80"),
    # the symbol said in words: K = 3L, M = 40, K + L = 140
    (r"In $\triangle KLM$, angle $K$ is three times angle $L$ and angle $M$ is 40 degrees. What "
     r"is the measure of angle $K$?", "105"),
    (r"In $\triangle DEF$, angle $D$ is twice angle $E$ and angle $F$ is 60 degrees. What is the "
     r"measure of angle $D$?", "80"),
])
def test_an_angle_asked_plainly(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # no angle told in degrees: the unit of the answer is not said
    r"In $\triangle ABC$, $AB = 3$, $BC = 4$ and $AC = 5$. What is $\angle B$?",
    # angles in radians
    r"In $\triangle ABC$, $\angle A = \frac{\pi}{3}$ and $\angle B = \frac{\pi}{4}$. What is "
    r"$\angle C$?",
    # angles adding to more than 180 degrees
    r"In $\triangle ABC$, $\angle A = 110^\circ$ and $\angle B = 80^\circ$. What is $\angle C$?",
])
def test_an_angle_asked_plainly_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_the_symbol_said_in_words() -> None:
    assert triangles_said(r"In $\triangle ABC$, $AB = 5$.") == r"In triangle $ABC$, $AB = 5$."
    assert triangles_said(r"Let $\triangle{PQR}$ be right. $\triangle PQR$ has area 6.") == (
        r"Let triangle $PQR$ be right. Triangle $PQR$ has area 6.")
    # a piece with more than the name, or a name with a repeated letter, stays
    kept = r"Here $\triangle ABC \sim \triangle DEF$ and $\triangle AAB$."
    assert triangles_said(kept) == kept
