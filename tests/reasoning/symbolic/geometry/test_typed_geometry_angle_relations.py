"""The angles of a named triangle or quadrilateral told by relations
(`geometry.angle_relations`): 'is twice', 'n degrees more / less than (k times)', congruent
angles, equal sides, values; the angle sum closes the system. Our own problems (answers by
hand, in the comments), and near misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # P + 2P + P + 30 = 180: P = 37.5, R = 67.5
    ("In triangle $PQR$, the measure of angle $Q$ is twice the measure of angle $P$, and angle "
     "$R$ measures 30 degrees more than angle $P$. What is the measure of angle $R$?", "67.5"),
    # X + X + 3X = 180: X = 36, Z = 108
    ("Triangle $XYZ$ is isosceles with angle $X$ congruent to angle $Y$. Angle $Z$ is 3 times "
     "angle $X$. How many degrees are in angle $Z$?", "108"),
    # DE = DF: E = F = 70
    ("In triangle $DEF$, $DE = DF$ and $\\angle D = 40^\\circ$. What is the measure of "
     "$\\angle E$?", "70"),
    # 80 + 100 + 3D = 360: D = 60, C = 120
    ("In quadrilateral $ABCD$, angle $A$ is 80 degrees, angle $B$ is 100 degrees and angle $C$ "
     "is twice angle $D$. What is the measure of angle $C$?", "120"),
    # J + 2J - 20 + 50 = 180: J = 50, K = 80
    ("In triangle $JKL$, angle $K$ is 20 degrees less than twice angle $J$, and angle $L$ is 50 "
     "degrees. Find the measure of angle $K$.", "80"),
    # B = C = 65
    ("In triangle $ABC$, $m\\angle A = 50^\\circ$ and angle $B$ is congruent to angle $C$. What "
     "is the largest angle of the triangle?", "65"),
    # S + S/2 + S/2 ... : T = S/2, U = S/2 + 10: 2S + 10 = 180, S = 85, T = 42.5
    ("In triangle $STU$, angle $T$ is half angle $S$ and angle $U$ is 10 degrees more than "
     "angle $T$. What is the smallest angle of the triangle?", "42.5"),
    # a chain: W = 2X = 3Y = 4Z, so W (1 + 1/2 + 1/3 + 1/4) = 360 and X = W / 2
    ("The angles of quadrilateral $WXYZ$ satisfy $\\angle W = 2\\angle X = 3\\angle Y = "
     "4\\angle Z$. What is the measure of $\\angle X$?", "\\frac{432}{5}"),
    # 2P = 3Q = 6R: P = 3R, Q = 2R, 6R = 180
    ("In triangle $PQR$, $2\\angle P = 3\\angle Q = 6\\angle R$. What is the measure of "
     "$\\angle R$?", "30"),
    # K = L = 2M: 2M + 2M + M = 180, M = 36
    ("In triangle $KLM$, $\\angle K = \\angle L = 2\\angle M$. Find $\\angle M$ in degrees.",
     "36"),
    # isosceles with DE = DF: E = F = (180 - 50) / 2
    ("In isosceles triangle $DEF$, $DE = DF$ and $\\angle D = 50^\\circ$. What is the measure "
     "of $\\angle E$, in degrees?", "65"),
]

DECLINED = [
    # not enough relations
    "In triangle $ABC$, angle $A$ is 100 degrees. What is the measure of angle $B$?",
    # contradictory
    "In triangle $ABC$, angle $A$ is twice angle $B$ and angle $B$ is twice angle $A$. What is "
    "angle $C$?",
    # an angle of 200 degrees
    "In triangle $ABC$, angle $A$ is 200 degrees more than angle $B$ and angle $C$ is 10 "
    "degrees. What is angle $A$?",
    # an angle that is not the triangle's
    "In triangle $ABC$, angle $D$ is 40 degrees and angle $A$ is 60 degrees. What is angle $B$?",
    # a chain whose angles leave no room: A = 2B = 3C = 6D gives A = 180
    "The angles of quadrilateral $ABCD$ satisfy $\\angle A = 2\\angle B = 3\\angle C = "
    "6\\angle D$. What is the measure of $\\angle A$?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_angle_relations_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_angle_relations_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 180 - 90 - 28
    ("In right triangle $XYZ$, $\\angle Y = 90^\\circ$ and $\\angle X = 28^\\circ$. What is the "
     "measure of $\\angle Z$?", "62"),
    # K + M = 90 and K = 4M: M = 18, K = 72
    ("In right triangle $KLM$, angle $L$ measures 90 degrees and angle $K$ is 4 times angle "
     "$M$. What is the measure of angle $K$?", "72"),
])
def test_a_right_triangle_with_its_right_angle_told(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # which angle is right is not said
    "In right triangle $XYZ$, $\\angle X = 28^\\circ$. What is the measure of $\\angle Z$?",
    # the angles told leave no right angle
    "In right triangle $XYZ$, $\\angle X = 28^\\circ$ and $\\angle Y = 40^\\circ$. What is the "
    "measure of $\\angle Z$?",
])
def test_a_right_triangle_without_a_right_angle_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # exterior angle at C = A + B: 140 - 62
    ("In triangle $ABC$, the exterior angle at $C$ measures $140^\\circ$ and $\\angle A = "
     "62^\\circ$. What is the measure of $\\angle B$ in degrees?", "78"),
    # 180 - (180 - 35 - 71)
    ("In triangle $DEF$, $\\angle D = 35^\\circ$ and $\\angle E = 71^\\circ$. What is the "
     "measure of the exterior angle at $F$?", "106"),
    # P + Q = 120, P = 3Q: Q = 30, P = 90
    ("In triangle $PQR$, the exterior angle at vertex $R$ is $120^\\circ$ and angle $P$ is three "
     "times angle $Q$. What is the measure of angle $P$?", "90"),
    # A = 180 - 100 = 80, C = 180 - 80 - 40
    ("In triangle $ABC$, the exterior angle at $A$ is 100 degrees and angle $B$ is 40 degrees. "
     "What is the measure of angle $C$?", "60"),
    # KM = LM: K = L, and K + L = 104
    ("In triangle $KLM$, the exterior angle at $M$ measures $104$ degrees and $KM = LM$. What is "
     "the measure of angle $K$?", "52"),
])
def test_exterior_angles_of_a_named_triangle(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_an_exterior_angle_alone_does_not_fix_the_others() -> None:
    assert solve_now("In triangle $ABC$, the exterior angle at $C$ measures $125^\\circ$. What "
                     "is the measure of $\\angle B$?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # opposite angles of a cyclic quadrilateral: 180 - 64
    ("Quadrilateral $ABCD$ is inscribed in a circle. If $\\angle A = 64^\\circ$, what is "
     "$\\angle C$?", "116"),
    # D = 180 - B = 180 - 77
    ("Quadrilateral $ABCD$ is inscribed in a circle. If $\\angle A = 70^\\circ$ and $\\angle B = "
     "77^\\circ$, what is the measure of $\\angle D$?", "103"),
    # P = 3R and P + R = 180
    ("In quadrilateral $PQRS$ inscribed in a circle, angle $P$ is three times angle $R$. What is "
     "the measure of angle $P$?", "135"),
    # the exterior angle at A is 4 A: A = 36, the other two angles stay free
    ("In triangle $ABC$, the exterior angle at $A$ is $4$ times angle $A$. What is the measure "
     "of angle $A$?", "36"),
])
def test_an_angle_fixed_while_others_stay_free(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_neighbouring_angle_of_a_cyclic_quadrilateral_is_not_fixed() -> None:
    assert solve_now("Quadrilateral $ABCD$ is inscribed in a circle. If $\\angle A = 64^\\circ$, "
                     "what is $\\angle B$?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # C = 180 - 110
    ("In triangle ABC, the sum of angle A and angle B is 110 degrees. What is the measure of "
     "angle C?", "70"),
    # the triangle and the sum written in pieces: Z = 180 - 75
    ("In $\\triangle XYZ$, $\\angle X + \\angle Y = 75^\\circ$. What is the measure of "
     "$\\angle Z$?", "105"),
    # D + E = 140 and D = E + 20
    ("In triangle $DEF$, the sum of the measures of angle $D$ and angle $E$ is $140^\\circ$, "
     "and angle $D$ is 20 degrees more than angle $E$. What is the measure of angle $D$?", "80"),
    # 360 - 200 - 90
    ("In quadrilateral ABCD, the sum of angle A and angle B is 200 degrees and angle C is 90 "
     "degrees. What is the measure of angle D?", "70"),
    # full stops inside the pieces: K = 180 - 35
    ("In $\\triangle JKL,$ the sum of $\\angle J$ and $\\angle L$ is $35^\\circ.$ What is the "
     "measure of $\\angle K?$", "145"),
])
def test_two_angles_told_by_their_sum(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # one angle twice over
    "In triangle ABC, the sum of angle A and angle A is 110 degrees. What is the measure of "
    "angle C?",
    # more than a triangle's angle sum
    "In triangle ABC, the sum of angle A and angle B is 190 degrees. What is the measure of "
    "angle C?",
    # P alone is not fixed
    "In triangle PQR, the sum of angle P and angle Q is 100 degrees. What is the measure of "
    "angle P?",
])
def test_two_angles_told_by_their_sum_near_misses(problem: str) -> None:
    assert solve_now(problem).answer is None
