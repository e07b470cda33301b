"""The angles of a triangle known through trigonometric conditions: our own problems,
answers worked out by hand (the angles add to 180 degrees, each between 0 and 180);
near misses (two triangles where one value is asked, one condition for two angles, no
triangle, a right angle not named) decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # P = 61.9 deg, Q = 16.3 deg (163.7 would pass 180): sin R = 15/17 24/25 + 8/17 7/25
    (r"Triangle $PQR$ has $\cos P = \frac{8}{17}$ and $\sin Q = \frac{7}{25}$. What is "
     r"$\sin R$?", r"\frac{416}{425}"),
    # F = 90 - D: tan F = cot D = 2 / sqrt(45)
    (r"In $\triangle DEF$ we have $\angle E = 90^\circ$ and $\cos D = \frac{2}{7}$. Compute "
     r"$\tan F$.", r"\frac{2\sqrt{5}}{15}"),
    # tan(X + Y) = (1/2 + 1/3) / (1 - 1/6) = 1, so tan Z = -1
    (r"Let $XYZ$ be a triangle such that $\tan X = \frac{1}{2}$ and $\tan Y = \frac{1}{3}$. "
     r"Find $\tan Z$.", "-1"),
    # tan C = -tan(45 + B) = -(1 + 2) / (1 - 2)
    (r"In triangle $ABC$, $\angle A = 45^\circ$ and $\tan B = 2$. Find $\tan C$.", "3"),
    # K acute and L acute, or K obtuse and L acute: cos M = 15/65 -+ 48/65
    (r"In triangle $KLM$, $\sin K = \frac{3}{5}$ and $\sin L = \frac{5}{13}$. Enter all "
     r"possible values of $\cos M$, separated by commas.", r"-\frac{33}{65}, \frac{63}{65}"),
    # acute (U = 73.7, V = 36.9, W = 69.4 degrees): cos W = 72/125 - 28/125
    (r"Triangle $UVW$ is acute with $\sin U = \frac{24}{25}$ and $\sin V = \frac{3}{5}$. "
     r"What is the value of $\cos W$?", r"\frac{44}{125}"),
    # the angle itself: tan(P + Q) = (1/2 + 1/3) / (1 - 1/6) = 1, so R = 180 - 45
    (r"Triangle $PQR$ has $\tan P = \frac{1}{2}$ and $\tan Q = \frac{1}{3}$. What is the "
     r"measure of $\angle R$ in degrees?", "135"),
    # X = 30; Y = 45 or 135 (30 + 135 < 180): Z = 105 or 15
    (r"Let $XYZ$ be a triangle with $\cos X = \frac{\sqrt{3}}{2}$ and $\sin Y = "
     r"\frac{\sqrt{2}}{2}$. Enter all possible values of $\angle Z$, in degrees, separated "
     r"by commas.", "15, 105"),
    # tan A, tan B are 2 and 3 in either order: tan C = -5 / (1 - 6)
    (r"Triangle $ABC$ satisfies $\tan A + \tan B = 5$ and $\tan A \tan B = 6$. Compute "
     r"$\tan C$.", "1"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # 44/125 (both acute) or 4/5 (K obtuse), but one value is asked for
    r"Given triangle $KLM$ with $\sin K = \frac{24}{25}$ and $\sin L = \frac{3}{5}$, what "
    r"is $\cos M$?",
    # one condition, two unknown angles
    r"In triangle $ABC$, $\sin A = \frac{2}{3}$. Compute $\cos A$.",
    # both angles obtuse: no triangle
    r"Triangle $ABC$ has $\cos A = -\frac{1}{2}$ and $\cos B = -\frac{1}{3}$. What is "
    r"$\sin C$?",
    # an angle asked without its unit
    r"Triangle $PQR$ has $\tan P = \frac{1}{2}$ and $\tan Q = \frac{1}{3}$. Find "
    r"$\angle R$.",
    # which angle is the right one is not said
    r"In right triangle $ABC$, $\tan A = 2$. Find $\sin B$.",
    # said acute, but W = 180 - 36.9 - 22.6 degrees is obtuse
    r"Triangle $UVW$ is acute with $\sin U = \frac{3}{5}$ and $\sin V = \frac{5}{13}$. "
    r"What is $\cos W$?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
