"""The triangle solver: a named triangle from facts about its sides, angles and ratios,
reached by several phrasings of our own (answers worked out by hand), every answer
confirmed from the triangle's measured angles; and declines where the facts do not fix
the answer or a word could change it."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

TRIANGLES = [
    # right angle at K: KL = 8 (leg), LM = 17 (hypotenuse); tan L = KM / KL = 15 / 8
    (r"In right triangle $KLM$ with $\angle LKM = 90^\circ$, we have $KL = 8$ and $LM = 17$. "
     r"Find $\tan L$.", r"\frac{15}{8}"),
    # right angle at C: sin A = BC / AB = 5 / 13
    (r"Triangle $ABC$ has a right angle at $C$, $AB = 13$ and $BC = 5$. What is $\sin A$?",
     r"\frac{5}{13}"),
    # right angle at B: cos A = AB / AC, so AC = 4 / (4/5)
    (r"In right triangle $ABC$, $\angle B$ is a right angle, $AB = 4$ and "
     r"$\cos A = \frac{4}{5}$. Find $AC$.", "5"),
    # tan Z = 2: legs 2k (opposite Z) and k, hypotenuse k sqrt 5; cos Z = 1 / sqrt 5
    (r"In $\triangle XYZ$, we have $\angle X = 90^\circ$ and $\tan Z = 2$. What is $\cos Z$?",
     r"\frac{\sqrt{5}}{5}"),
    # sin E = 1 makes E right; sin F = cos D = 12/13
    (r"In right triangle $DEF$, we have $\sin D = \frac{5}{13}$ and $\sin E = 1$. "
     r"Find $\sin F$.", r"\frac{12}{13}"),
    # 3-4-5 scaled: area 24, s = 12, r = 2
    (r"What is the radius of the circle inscribed in triangle $ABC$ if $AB = 6, AC = 8, "
     r"BC = 10$?", "2"),
    # isosceles 5, 5, 8: height 3, area 12, R = abc / 4K = 200 / 48
    (r"Find the radius of the circle circumscribed about triangle $PQR$ if $PQ = PR = 5$ and "
     r"$QR = 8$.", r"\frac{25}{6}"),
    # angles 45 and 60 at Q and R, PR = 6 opposite Q: QR (opposite P = 75) by the law of sines
    # QR = 6 sin 75 / sin 45 = 6 (sqrt 6 + sqrt 2) / 4 / (sqrt 2 / 2) = 3 + 3 sqrt 3
    (r"In triangle $PQR,$ $\angle Q = 45^\circ,$ $\angle R = 60^\circ,$ and $PR = 6.$ "
     r"Find $QR.$", r"3 + 3\sqrt{3}"),
    # law of cosines: 25 + 64 - 2 * 5 * 8 * (1/2) = 49
    (r"In triangle $ABC$, $AB = 5$, $AC = 8$ and $\angle A = 60^\circ$. Find $BC$.", "7"),
    # (1/2) * 3 * 5 * sin 120
    (r"In triangle $PQR$, $PQ = 3$, $QR = 5$, and $\angle Q = 120^\circ$. What is the area of "
     r"triangle $PQR$?", r"\frac{15\sqrt{3}}{4}"),
]


@pytest.mark.parametrize(("problem", "answer"), TRIANGLES)
def test_a_triangle_from_its_facts(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # no right angle named and no three sides: the facts do not fix it here
    r"In right triangle $ABC$, $AB = 5$ and $BC = 3$. Find $AC$.",
    # a length asked with only ratios known
    r"In $\triangle XYZ$, $\angle X = 90^\circ$ and $\tan Z = 2$. What is $XY$?",
    # the sides do not make a triangle
    r"What is the radius of the circle inscribed in triangle $ABC$ if $AB = 1, AC = 2, "
    r"BC = 5$?",
    # two sides and an angle not between them: two triangles can fit
    r"In triangle $ABC$, $AB = 5$, $BC = 4$ and $\angle A = 30^\circ$. Find $AC$.",
    # an unknown word that changes the question
    r"In triangle $ABC$, $AB = 6$, $AC = 8$ and $BC = 10$. Find the median to $BC$.",
])
def test_triangles_decline_what_the_facts_do_not_fix(problem: str) -> None:
    assert solve_now(problem).answer is None

