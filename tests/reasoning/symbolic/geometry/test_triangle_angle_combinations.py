"""A triangle fixed by its facts, asked a trigonometric expression of sums, differences,
multiples and halves of its angles (our own wordings, answers worked out by hand), and
declines where the argument is not such a combination or the triangle is not fixed."""

from __future__ import annotations

import pytest
import sympy as sp

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.geometry.triangle_angle_combinations import simplest, single_angles
from tutor.reasoning.symbolic.model import Decline

A, B, C = sp.symbols("A B C")

COMBINATIONS = [
    # a = 7, b = 8, c = 5: cos A = 1/2 (A = 60), tan 30
    (r"In triangle $ABC$, $AB = 5$, $BC = 7$, and $CA = 8$. Find $\tan \frac{A}{2}$.",
     r"\frac{\sqrt{3}}{3}"),
    # cos(A + B) = -cos C = -(49 + 64 - 25) / 112
    (r"In triangle $ABC$, $AB = 5$, $BC = 7$, and $CA = 8$. Find $\cos (A + B)$.",
     r"-\frac{11}{14}"),
    # 2 cos^2 A - 1 with cos A = 1/2
    (r"In triangle $ABC$, $AB = 5$, $BC = 7$, and $CA = 8$. Find $\cos 2A$.", r"-\frac{1}{2}"),
    # cos A cos C + sin A sin C = 11/28 + 15/28
    (r"In triangle $ABC$, $AB = 5$, $BC = 7$, and $CA = 8$. Compute $\cos(A - C)$.",
     r"\frac{13}{14}"),
    # "sides of length ... then calculate": cos A = (16 + 49 - 25) / 56
    (r"If triangle $ABC$ has sides of length $AB = 7,$ $AC = 4,$ and $BC = 5,$ then "
     r"calculate $\cos A$.", r"\frac{5}{7}"),
    # tan(A/2) tan(B/2) = (s - c) / s = 1 / 8
    (r"If triangle $ABC$ has sides of length $AB = 7,$ $AC = 4,$ and $BC = 5,$ then "
     r"calculate $\tan \frac{A}{2} \tan \frac{B}{2}$.", r"\frac{1}{8}"),
    # cos Q = (81 + 100 - 289) / 180 = -3/5: sin(Q/2) = sqrt(4/5)
    (r"In triangle $PQR$, $PQ = 9$, $QR = 10$, $PR = 17$. Find $\sin \frac{Q}{2}$.",
     r"\frac{2\sqrt{5}}{5}"),
    # 3-4-5 with the right angle at Z: sin X cos Y - cos X sin Y = 16/25 - 9/25
    (r"In triangle $XYZ$, $\angle Z = 90^\circ$, $XZ = 3$, $YZ = 4$. Find $\sin (X - Y)$.",
     r"\frac{7}{25}"),
    # Mollweide: cos((D - F)/2) = (d + f) sin(E/2) / e = 16 (1/2) / (2 sqrt 19)
    (r"In triangle $DEF$, $DE = 6$, $EF = 10$, $\angle E = 60^\circ$. Find the value of "
     r"$\cos \frac{D - F}{2}$.", r"\frac{4\sqrt{19}}{19}"),
    # 13-14-15: cos C = 5/13, sin C = 12/13
    (r"In triangle $ABC,$ $a = 13,$ $b = 14,$ and $c = 15.$ Evaluate $\sin 2C$.",
     r"\frac{120}{169}"),
    # cos A = 9/16, cos B = 1/8: cos(B/2) = 3/4, sin(B/2) = sqrt 7 / 4; 27/64 + 35/64
    (r"Triangle $ABC$ has $AB = 4$, $BC = 5$ and $CA = 6$. What is "
     r"$\cos \left( A - \frac{B}{2} \right)$?", r"\frac{31}{32}"),
    # cot(V/2) = (s - v) / r with s = 21, r = 4: (8 + 7 + 6) / 4
    (r"In triangle $ABC,$ $a = 13,$ $b = 14,$ and $c = 15.$ Find "
     r"$\cot \frac{A}{2} + \cot \frac{B}{2} + \cot \frac{C}{2}$.", r"\frac{21}{4}"),
]


@pytest.mark.parametrize(("problem", "answer"), COMBINATIONS)
def test_combinations_of_a_triangles_angles(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # two sides only: the triangle is not fixed
    r"In triangle $ABC$, $AB = 5$ and $BC = 7$. Find $\cos(A - B)$.",
    # 1 + 2 < 5: no triangle
    r"In triangle $ABC$, $AB = 1$, $BC = 2$, and $CA = 5$. Find $\tan \frac{A}{2}$.",
    # A + B = 90 degrees: the tangent is undefined
    r"In triangle $ABC$, $\angle C = 90^\circ$, $AC = 3$, $BC = 4$. Find $\tan (A + B)$.",
    # a number added to an angle: degrees or radians unsaid
    r"In triangle $ABC$, $AB = 5$, $BC = 7$, and $CA = 8$. Find $\cos (A + 30)$.",
    # a third of an angle: not a whole or half coefficient
    r"In triangle $ABC$, $AB = 5$, $BC = 7$, and $CA = 8$. Find $\cos \frac{A}{3}$.",
    # a letter that is not an angle of the triangle
    r"In triangle $ABC$, $AB = 5$, $BC = 7$, and $CA = 8$. Find $\cos (A + x)$.",
    # a word that asks something else
    r"In triangle $ABC$, $AB = 5$, $BC = 7$, and $CA = 8$. Find the largest possible value "
    r"of $\sin(A - B)$.",
])
def test_combinations_decline_what_is_not_fixed_or_not_read(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_half_angles_are_written_with_the_whole_angle() -> None:
    got = single_angles(sp.sin(A / 2) * sp.cos(B - C), "ABC")
    want = sp.sqrt((1 - sp.cos(A)) / 2) * (sp.cos(B) * sp.cos(C) + sp.sin(B) * sp.sin(C))
    assert sp.simplify(got - want) == 0


@pytest.mark.parametrize("e", [sp.cos(A + 1), sp.sin(A / 3), sp.cos(5 * A), sp.exp(A)])
def test_other_arguments_decline(e: sp.Expr) -> None:
    with pytest.raises(Decline):
        single_angles(e, "ABC")


def test_nested_roots_are_undone_when_shorter() -> None:
    nested = sp.sqrt(83 - 16 * sp.sqrt(19)) + sp.sqrt(83 + 16 * sp.sqrt(19))
    assert simplest(nested) == 16
