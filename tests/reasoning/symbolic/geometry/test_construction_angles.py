"""An angle asked of a figure built from its words (`figure_constructions`, our own
problems): regular polygons named by their corners, squares and rectangles with points built
on them. The angle must be a rational number of degrees on the exact figure and is confirmed
on the figure built again, turned, by the arctangent of the sides' cross and dot products;
an angle of no rational measure, or at a point the words do not place, declines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # A to D is a diameter: the angle in a semicircle
    ("In regular hexagon $ABCDEF$, what is the measure of angle $ACD$?", "90"),
    ("$ABCDE$ is a regular pentagon. What is the measure of angle $ACB$ in degrees?", "36"),
    # half the arc AB of 45 degrees
    ("In regular octagon $ABCDEFGH$, find the measure of angle $ADB$.", "45/2"),
    ("What is the degree measure of angle $LOQ$ when polygon $LMNOPQ$ is a regular hexagon?",
     "30"),
    ("In regular pentagon $ABCDE$, what is $m\\angle ABD$?", "72"),
    ("Rectangle $ABCD$ has $AB = 6$ and $BC = 2\\sqrt{3}$. What is the measure of angle $CAB$?",
     "30"),
    ("In regular hexagon $ABCDEF$, what is the measure of $\\angle ACE$?", "60"),
    ("In regular decagon $ABCDEFGHIJ$, what is the measure of angle $ACB$?", "18"),
    ("In regular hexagon $ABCDEF$, diagonals $AC$ and $BD$ meet at $P$. What is the measure of "
     "angle $APB$?", "60"),
    ("Square $ABCD$ has side length 6. How many degrees are in angle $ACB$?", "45"),
])
def test_angles_of_built_figures(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # arctan 2: not a rational number of degrees
    "Square $ABCD$ has side 4 and $M$ is the midpoint of $BC$. What is the measure of angle "
    "$AMB$?",
    # E is not placed by the words
    "In regular hexagon $ABCDEF$, what is the measure of angle $ACG$?",
    # an angle named by two points
    "In regular hexagon $ABCDEF$, what is the measure of angle $AC$?",
])
def test_angles_not_fixed_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # C = 70, so angle ACD = 35 and angle ADC = 180 - 50 - 35
    ("In triangle $ABC$, $\\angle A = 50^\\circ$ and $\\angle B = 60^\\circ$. The bisector of "
     "angle $C$ meets $AB$ at $D$. What is the measure of $\\angle ADC$?", "95"),
    ("In equilateral triangle $ABC$, $D$ is the midpoint of $BC$. How many degrees are in "
     "angle $BAD$?", "30"),
    # the altitude from R makes angle PRS = 90 - 40
    ("In $\\triangle PQR$, $\\angle P = 40^\\circ$ and $\\angle Q = 80^\\circ$. $S$ is the foot "
     "of the altitude from $R$. What is the measure of angle $PRS$?", "50"),
    # the midpoint of the hypotenuse is as far from B as from C: BMC is equilateral
    ("In triangle $ABC$, $\\angle ABC = 90^\\circ$ and $\\angle BAC = 30^\\circ$. $M$ is the "
     "midpoint of $AC$. What is the measure of $\\angle BMC$?", "60"),
    ("In equilateral triangle $ABC$, $D$ is the midpoint of $BC$. What is the ratio of $BD$ "
     "to $AB$?", "1/2"),
])
def test_triangles_told_by_their_angles(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a length of a triangle told only by its angles: its size is not known
    "In triangle $ABC$, $\\angle A = 50^\\circ$ and $\\angle B = 60^\\circ$. $M$ is the midpoint "
    "of $AB$. What is the length of $CM$?",
    "In equilateral triangle $ABC$, $D$ is the midpoint of $BC$. What is the length of $AD$?",
    # angles adding to 190 degrees
    "In triangle $ABC$, $\\angle A = 50^\\circ$, $\\angle B = 60^\\circ$ and $\\angle C = "
    "80^\\circ$. $M$ is the midpoint of $AB$. What is the measure of angle $AMC$?",
    # an angle at a point that is not a corner of the triangle
    "In triangle $ABC$, $\\angle A = 50^\\circ$ and $\\angle ADB = 60^\\circ$. $D$ is the "
    "midpoint of $BC$. What is the measure of angle $ABD$?",
])
def test_triangles_told_by_angles_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    ("In triangle $ABC$, angle $A$ is $50^\\circ$ and angle $B$ is $60^\\circ$. The bisector of "
     "angle $C$ meets $AB$ at $D$. What is the measure of angle $ADC$?", "95"),
    ("In triangle $ABC$, the measure of angle $A$ is 50 degrees and the measure of angle $B$ is "
     "60 degrees. $M$ is the midpoint of $AB$. What is the ratio of $AM$ to $AB$?", "1/2"),
    # B = C = 72: the bisector of B makes BDC an exterior angle of ABD, 36 + 36
    ("In triangle $ABC$, $m\\angle A = 36^\\circ$ and $m\\angle B = 72^\\circ$. The bisector of "
     "angle $B$ meets $AC$ at $D$. What is the measure of angle $BDC$?", "72"),
])
def test_angles_told_in_words(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # an angle told of a square
    "Square $ABCD$ has side 4 and angle $A$ is $50^\\circ$. What is the measure of angle $ACB$?",
    # a right triangle whose told angles leave no right angle
    "In right triangle $ABC$, angle $A$ is $50^\\circ$ and angle $B$ is $60^\\circ$. $M$ is the "
    "midpoint of $AB$. What is the measure of angle $AMC$?",
    # a fractional number of degrees told
    "In triangle $ABC$, angle $A$ is $50.5^\\circ$ and angle $B$ is $60^\\circ$. $M$ is the "
    "midpoint of $AB$. What is the measure of angle $AMC$?",
])
def test_angles_told_in_words_that_do_not_fit_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # the median from the apex halves the apex angle
    ("Triangle $ABC$ is isosceles with $AC = BC$ and $\\angle C = 40^\\circ$. $M$ is the "
     "midpoint of $AB$. What is the measure of angle $ACM$?", "20"),
    # C = B = 70, A = 40; ABD = 35: ADB = 180 - 40 - 35
    ("In triangle $ABC$, $AB = AC$ and $\\angle B = 70^\\circ$. The bisector of angle $B$ meets "
     "$AC$ at $D$. What is the measure of angle $ADB$?", "105"),
    # Q = R = 72; QSR is the exterior angle of PQS at S: 36 + 36
    ("In triangle $PQR$, $PQ = PR$ and angle $P$ is $36^\\circ$. The bisector of angle $Q$ "
     "meets $PR$ at $S$. What is the measure of angle $QSR$?", "72"),
])
def test_isosceles_triangles_by_equal_sides_and_an_angle(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # which two sides are equal is not told
    "Isosceles triangle $ABC$ has $\\angle A = 40^\\circ$. $M$ is the midpoint of $BC$. What "
    "is the measure of angle $AMB$?",
    # a length of a triangle of no told size
    "In triangle $ABC$, $AB = AC$ and $\\angle B = 70^\\circ$. What is the length of $BC$?",
])
def test_isosceles_triangles_not_fixed_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
