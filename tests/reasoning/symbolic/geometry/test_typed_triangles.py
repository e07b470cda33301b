"""The triangle solver: a named triangle from facts about its sides, angles and ratios,
reached by several phrasings of our own (answers worked out by hand), every answer
confirmed from the triangle's measured angles; and declines where the facts do not fix
the answer or a word could change it."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

TRIANGLES = [
    # right angle at S: ST = 7 (leg), RT = 25 (hypotenuse), RS = 24; tan T = RS / ST
    (r"Let $RST$ be a triangle with $\angle RST = 90^\circ$, $RT = 25$ and $ST = 7$. "
     r"What is $\tan T$?", r"\frac{24}{7}"),
    # right angle at C: sin A = BC / AB = 5 / 13
    (r"Triangle $ABC$ has a right angle at $C$, $AB = 13$ and $BC = 5$. What is $\sin A$?",
     r"\frac{5}{13}"),
    # right angle at B: cos A = AB / AC, so AC = 4 / (4/5)
    (r"In right triangle $ABC$, $\angle B$ is a right angle, $AB = 4$ and "
     r"$\cos A = \frac{4}{5}$. Find $AC$.", "5"),
    # tan H = 3: legs 3k (opposite H) and k, hypotenuse k sqrt 10; cos H = 1 / sqrt 10
    (r"Triangle $FGH$ has a right angle at $G$ and $\tan H = 3$. Compute $\cos H$.",
     r"\frac{\sqrt{10}}{10}"),
    # sin N = 1 makes N right (no "right" said); sin O = cos M = 15/17
    (r"Let $MNO$ be a triangle where $\sin N = 1$ and $\sin M = \frac{8}{17}$. Find $\sin O$.",
     r"\frac{15}{17}"),
    # 3-4-5 scaled: area 24, s = 12, r = 2
    (r"What is the radius of the circle inscribed in triangle $ABC$ if $AB = 6, AC = 8, "
     r"BC = 10$?", "2"),
    # isosceles 5, 5, 8: height 3, area 12, R = abc / 4K = 200 / 48
    (r"Find the radius of the circle circumscribed about triangle $PQR$ if $PQ = PR = 5$ and "
     r"$QR = 8$.", r"\frac{25}{6}"),
    # angles 30 and 45 at V and W, UW = 4 opposite V: VW (opposite U = 105) by the law of sines
    # VW = 4 sin 105 / sin 30 = 8 (sqrt 6 + sqrt 2) / 4 = 2 sqrt 6 + 2 sqrt 2
    (r"Triangle $UVW$ has $\angle V = 30^\circ$, $\angle W = 45^\circ$ and $UW = 4$. "
     r"How long is $VW$?", r"2\sqrt{6} + 2\sqrt{2}"),
    # law of cosines: 25 + 64 - 2 * 5 * 8 * (1/2) = 49
    (r"In triangle $ABC$, $AB = 5$, $AC = 8$ and $\angle A = 60^\circ$. Find $BC$.", "7"),
    # (1/2) * 3 * 5 * sin 120
    (r"In triangle $PQR$, $PQ = 3$, $QR = 5$, and $\angle Q = 120^\circ$. What is the area of "
     r"triangle $PQR$?", r"\frac{15\sqrt{3}}{4}"),
    # a right triangle with a 35 degree angle (no exact cosine): the leg beside it is
    # 12 cos 35 = 9.8298...
    (r"In right triangle $KLM$, $\angle L = 90^\circ$, $\angle K = 35^\circ$ and $KM = 12$. "
     r"Find $KL$ to the nearest tenth.", "9.8"),
    # legs 5 and 5 tan 62 = 9.4037...: area 23.509...
    (r"Triangle $STU$ has $\angle T = 90^\circ$, $\angle S = 62^\circ$ and $ST = 5$. What is "
     r"the area of triangle $STU$, to the nearest hundredth? You may use a calculator.",
     "23.51"),
]


@pytest.mark.parametrize(("problem", "answer"), TRIANGLES)
def test_a_triangle_from_its_facts(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # no right angle named and no three sides: the facts do not fix it here
    r"In right triangle $ABC$, $AB = 5$ and $BC = 3$. Find $AC$.",
    # a length asked with only ratios known
    r"Triangle $JKL$ has a right angle at $L$, and $\cos J = \frac{2}{3}$. How long is $KL$?",
    # the sides do not make a triangle
    r"What is the radius of the circle inscribed in triangle $ABC$ if $AB = 1, AC = 2, "
    r"BC = 5$?",
    # two sides and an angle not between them: two triangles can fit
    r"In triangle $ABC$, $AB = 5$, $BC = 4$ and $\angle A = 30^\circ$. Find $AC$.",
    # an unknown word that changes the question (the median to BC is read by
    # `triangle_measures`: test_typed_geometry_triangle_measures.py)
    r"In triangle $ABC$, $AB = 6$, $AC = 8$ and $BC = 10$. Find the external bisector from $A$.",
    # an angle without an exact cosine and two sides: more facts than the triangle allows
    r"In right triangle $KLM$, $\angle L = 90^\circ$, $\angle K = 35^\circ$, $KL = 10$ and "
    r"$LM = 7$. Find $KM$ to the nearest tenth.",
])
def test_triangles_decline_what_the_facts_do_not_fix(problem: str) -> None:
    assert solve_now(problem).answer is None

