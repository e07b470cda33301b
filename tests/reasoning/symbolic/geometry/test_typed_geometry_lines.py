"""Lines and planes: the closest point (foot of a perpendicular), a reflection, distances,
where lines and planes meet and the cosine of the angle between two planes, each asked in
several of our own phrasings (answers worked out by hand); and near misses that decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

COL2 = r"\begin{{pmatrix}} {} \\ {} \end{{pmatrix}}"
COL3 = r"\begin{{pmatrix}} {} \\ {} \\ {} \end{{pmatrix}}"

CLOSEST = [
    # textbook: y = 2x + 1 through (0, 1) along (1, 2); t = ((3, -1) . (1, 2)) / 5 = 1/5
    (r"What point of the line $y = 2x + 1$ lies closest to $(3,0)$?",
     r"\left(\frac{1}{5}, \frac{7}{5}\right)"),
    # terse, the equation the other way round: normal (1, 2); (15 - 4) / 5 = 11/5 back
    (r"Which point of the line $4 = x + 2y$ is nearest to $(5, 5)$?",
     r"\left(\frac{14}{5}, \frac{3}{5}\right)"),
    # in space, through two points: t = 3 / 3 = 1
    (r"Find the foot of the perpendicular from $(1,0,2)$ to the line passing through "
     r"$(0,0,0)$ and $(1,1,1)$.", "(1, 1, 1)"),
    # a story with named points: A + t(2, 0, 4), t = (-2 + 4) / 20
    (r"Points $A = (1,2,0)$, $B = (3,2,4)$ and $C = (0,5,1)$ are marked in space. Find the "
     r"foot of the perpendicular dropped from $C$ to line $AB$.",
     r"\left(\frac{6}{5}, 2, \frac{2}{5}\right)"),
    # a plane: (2, 2, 2) - 1 (1, 1, 1)
    (r"Which point of the plane $x + y + z = 3$ lies nearest to $(2, 2, 2)$?",
     "(1, 1, 1)"),
    # vector form with decimals: (1, 0) + t (1, 1); (0, 4) - (1, 0) = (-1, 4); t = 3/2
    ("Determine the point on the line $" + COL2.format(1, 0) + " + s " + COL2.format(1, 1)
     + r"$ nearest to the point $(0, 4)$.", r"\left(\frac{5}{2}, \frac{3}{2}\right)"),
    # the projection of a vector onto a plane through 0: t = 2 / 6
    ("Find the projection of $" + COL3.format(1, 1, 1) + r"$ onto the plane "
     r"$x - y + 2z = 0$.", COL3.format(r"\frac{2}{3}", r"\frac{4}{3}", r"\frac{1}{3}")),
]

DISTANCES = [
    # |(1, 1, 0) x (0, 1, 1)| / |(0, 1, 1)| = sqrt 3 / sqrt 2
    (r"Find the distance from the point $(2,1,0)$ to the line described by $"
     + COL3.format(1, 0, 0) + " + t " + COL3.format(0, 1, 1) + "$.", r"\frac{\sqrt{6}}{2}"),
    # |0 + 0 - 10| / 5
    (r"How far is the origin from the line $3x + 4y = 10$?", "2"),
    # the second plane is 2x + y - 2z = -6: |3 + 6| / 3
    (r"How far apart are the parallel planes $2x + y - 2z = 3$ and $4x + 2y - 4z = -12$?",
     "3"),
    # x - 2y + 2z = 1 and x - 2y + 2z = 4: 3 / 3
    (r"The planes $x - 2y + 2z = 1$ and $2x - 4y + 4z = 8$ are parallel. Find the distance "
     r"between the planes.", "1"),
    # skew lines: the x-axis and the line x = 0, z = 3
    ("Find the distance between the lines $" + COL3.format(0, 0, 0) + " + t "
     + COL3.format(1, 0, 0) + "$ and $" + COL3.format(0, 1, 3) + " + s "
     + COL3.format(0, 1, 0) + "$.", "3"),
    # (1, 0, 2) to the line along (1, 1, 1) through 0: foot (1, 1, 1)
    (r"What is the shortest distance from $(1,0,2)$ to the line passing through $(0,0,0)$ "
     r"and $(1,1,1)$?", r"\sqrt{2}"),
]

MEETINGS = [
    # 1 + 2t = u, 1 + t = 4 - u: t = 2/3
    ("Find the intersection of the lines $" + COL2.format(1, 1) + " + t " + COL2.format(2, 1)
     + "$ and $" + COL2.format(0, 4) + " + u " + COL2.format(1, -1) + "$.",
     COL2.format(r"\frac{7}{3}", r"\frac{5}{3}")),
    # (3, 1, 2) + t (2, 1, 4) with y = 0: t = -1
    (r"Where does the line passing through $(3, 1, 2)$ and $(5, 2, 6)$ meet the $xz$-plane?",
     "(1, 0, -2)"),
    # a story: (1, 0, 2) + t (1, 1, 1) in 2x - y + z = 7: 4 + 2t = 7
    (r"A laser beam travels along the line $\begin{pmatrix} x \\ y \\ z \end{pmatrix} = "
     + COL3.format(1, 0, 2) + " + t " + COL3.format(1, 1, 1) + r"$. At which point does it "
     r"cross the plane $2x - y + z = 7$?",
     COL3.format(r"\frac{5}{2}", r"\frac{3}{2}", r"\frac{7}{2}")),
]

ANGLES_AND_MIRRORS = [
    # normals (0, 1, -1) and (1, 1, 0): 1 / 2
    (r"If $\phi$ is the angle between the plane $y - z = 4$ and the plane $x + y = -1$, what "
     r"is $\cos \phi$?", r"\frac{1}{2}"),
    # (1, 2, 2) . (2, 1, 2) = 8 over 3 * 3
    (r"Compute the cosine of the angle between plane $x + 2y + 2z = 0$ and plane "
     r"$2x + y + 2z = 5$.", r"\frac{8}{9}"),
    # over the line y = x: swap
    ("Find the reflection of $" + COL2.format(2, 1) + "$ over the vector $" + COL2.format(1, 1)
     + "$.", COL2.format(1, 2)),
    # foot (-1, 0, 1), image 2 foot - point
    (r"Reflect the point $(1, 2, 3)$ across the plane $x + y + z = 0$. What is its image?",
     "(-3, -2, -1)"),
    # over y = x + 2: (x, y) -> (y - 2, x + 2)
    (r"Find the reflection of the point $(4, 0)$ over the line $y = x + 2$.", "(-2, 6)"),
]


SLOPE_FORMS = [
    # slope 6 / 3; at t = 0 the point (1, -2)
    (r"The curve traced by $(x,y) = (3t + 1, 6t - 2)$ for real $t$ is a line. Find its equation "
     r'in the form "$y = mx + b$".', "y = 2x - 4"),
    # direction (2, -1): slope -1/2 through (1, 4)
    (r"The line $\begin{pmatrix} x \\ y \end{pmatrix} = " + COL2.format(1, 4) + " + t "
     + COL2.format(2, -1) + r"$ can be written as $y = mx + b$. Enter the ordered pair "
     r"$(m,b)$.", r"\left(-\frac{1}{2}, \frac{9}{2}\right)"),
]


@pytest.mark.parametrize(("problem", "answer"),
                         CLOSEST + DISTANCES + MEETINGS + ANGLES_AND_MIRRORS + SLOPE_FORMS)
def test_lines_and_planes(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the parameter is asked, not the point
    "Find the value of $t$ for which the point $" + COL2.format(1, 0) + " + t "
    + COL2.format(1, 1) + "$ on the line is closest to the point $(0, 4)$.",
    # parallel: no meeting point
    "Find the point where the line $" + COL3.format(1, 0, 2) + " + t " + COL3.format(1, 1, -1)
    + "$ meets the plane $2x - y + z = 7$.",
    # an obtuse angle between normals, no 'acute': which angle is meant is unclear
    r"Find the cosine of the angle between the planes $x + y = 1$ and $-x + z = 2$.",
    # planes that are not parallel have no distance apart
    r"How far apart are the planes $2x - y = 0$ and $y + 3z = 2$?",
    # a curve that is not a line
    r"The curve $(x,y) = (t^2, t + 1)$ is drawn. Find the equation of the line in the form "
    r"$y = mx + b$.",
    # a word that changes the question
    r"Which point of the line $y = 2x + 1$ lies farthest from $(3,0)$?",
])
def test_lines_and_planes_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


# The angle itself, asked in degrees or radians: only a rational number of degrees is
# answered (the arccosine of any other cosine is left to the cosine question).
@pytest.mark.parametrize(("problem", "answer"), [
    # normals (1, 1, 0), (0, 1, 1): cosine 1/2
    (r"Find the angle between the planes $x + y = 1$ and $y + z = 2$, in degrees.", "60"),
    (r"Find the angle between the planes $x + y = 1$ and $y + z = 2$, in radians.",
     r"\frac{\pi}{3}"),
    # normals (1, 1, 1), (1, -1, 0): perpendicular
    (r"Find the angle, in degrees, between the planes $x + y + z = 0$ and $x - y = 3$.", "90"),
    # directions (1, 1, 0), (0, 1, 1)
    (r"Find the angle between the lines $\begin{pmatrix} 1 \\ 0 \\ 2 \end{pmatrix} + t "
     r"\begin{pmatrix} 1 \\ 1 \\ 0 \end{pmatrix}$ and $\begin{pmatrix} 0 \\ 3 \\ 1 "
     r"\end{pmatrix} + s \begin{pmatrix} 0 \\ 1 \\ 1 \end{pmatrix}$, in degrees.", "60"),
    # normals (1, 1, 0), (0, -1, 1): the cosine -1/2, the acute angle asked
    (r"Find the acute angle between the planes $x + y = 1$ and $-y + z = 2$, in degrees.",
     "60"),
    # normals (1, 0, -1), (1, 0, 0): cosine 1/sqrt 2
    (r"What is the angle between the planes $x - z = 4$ and $x = 7$? Express your answer in "
     r"degrees.", "45"),
])
def test_the_angle_between_lines_or_planes_in_degrees(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # cosine 4 / sqrt 154: not a rational number of degrees
    r"Find the angle between the planes $x + 2y + 3z = 1$ and $3x - y + z = 2$, in degrees.",
    # the normals make 120 degrees: the angle meant is unclear without "acute"
    r"Find the angle between the planes $x + y = 1$ and $-y + z = 2$, in degrees.",
    # no unit asked
    r"Find the angle between the planes $x + y = 1$ and $y + z = 2$.",
    # the cosine asked in degrees
    r"Find the cosine of the angle between the planes $x + y = 1$ and $y + z = 2$, in degrees.",
])
def test_the_angle_in_degrees_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    (r"A line is parameterized by $\begin{pmatrix} x \\ y \end{pmatrix} = \begin{pmatrix} 1 "
     r"\\ 4 \end{pmatrix} + t \begin{pmatrix} 2 \\ -3 \end{pmatrix}$. Find the slope of the "
     r"line.", r"-\frac{3}{2}"),
    (r"What is the slope of the line $\begin{pmatrix} x \\ y \end{pmatrix} = \begin{pmatrix} "
     r"0 \\ 5 \end{pmatrix} + s \begin{pmatrix} 4 \\ 6 \end{pmatrix}$?", r"\frac{3}{2}"),
    (r"A line is parameterized by $(x,y) = (3t + 1, 2t - 5)$. Find the slope of the line.",
     r"\frac{2}{3}"),
])
def test_the_slope_of_a_line_in_vector_form(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a vertical line has no slope
    r"A line is parameterized by $\begin{pmatrix} x \\ y \end{pmatrix} = \begin{pmatrix} 1 \\ "
    r"4 \end{pmatrix} + t \begin{pmatrix} 0 \\ 1 \end{pmatrix}$. Find the slope of the line.",
    # a line in space has no slope
    r"A line is parameterized by $\begin{pmatrix} x \\ y \\ z \end{pmatrix} = \begin{pmatrix} "
    r"1 \\ 4 \\ 0 \end{pmatrix} + t \begin{pmatrix} 2 \\ 1 \\ 1 \end{pmatrix}$. Find the slope "
    r"of the line.",
])
def test_the_slope_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # x = 1 + 2t, y = -1 + 3t, z = -t: 4t = 6
    (r"Find the point of intersection of the line $\frac{x - 1}{2} = \frac{y + 1}{3} = "
     r"\frac{z}{-1}$ and the plane $x + y + z = 6$.",
     r"\begin{pmatrix} 4 \\ \frac{7}{2} \\ -\frac{3}{2} \end{pmatrix}"),
    # through (0, 1, -1) along (1, 2, 2)
    (r"Find the distance from the point $(1, 0, 0)$ to the line $\frac{x}{1} = \frac{y - 1}{2} "
     r"= \frac{z + 1}{2}$.", r"\frac{\sqrt{26}}{3}"),
    # directions (2, 1, 2), (1, 2, 2)
    (r"Find the cosine of the angle between the lines $\frac{x - 1}{2} = \frac{y}{1} = "
     r"\frac{z + 3}{2}$ and $\frac{x}{1} = \frac{y - 2}{2} = \frac{z}{2}$.", r"\frac{8}{9}"),
])
def test_lines_in_symmetric_form(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_symmetric_form_with_a_product_declines() -> None:
    assert solve_now(r"Find the point of intersection of the line $\frac{x - 1}{2} = "
                     r"\frac{y^2}{3} = z$ and the plane $x + y + z = 6$.").answer is None
