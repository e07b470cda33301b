"""A segment across a triangle parallel to one side: the triangle it cuts off is similar to
the whole. Our own problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # AB = 3 + 9 = 12, ratio 1/4: DE = 20 / 4
    ("In triangle $ABC$, point $D$ is on $AB$ and $E$ is on $AC$ with $DE \\parallel BC$. If "
     "$AD = 3$, $DB = 9$, and $BC = 20$, find $DE$.", "5"),
    # AD/AB = 2/7, so AC = 7/2 * AE = 7/2 * 5
    ("In triangle $ABC$, $DE$ is parallel to $BC$ with $D$ on $\\overline{AB}$ and $E$ on "
     "$\\overline{AC}$. If $AD=2$, $AB=7$, and $AE=5$, what is $AC$?", "35/2"),
    # KN/KL = 6/8 = KP/KM, so KM = 12 and PM = 12 - 9
    ("In $\\triangle KLM$, points $N$ and $P$ lie on sides $KL$ and $KM$, respectively, and "
     "$\\overline{NP} \\parallel \\overline{LM}$. If $KN = 6$, $NL = 2$ and $KP = 9$, what "
     "is $PM$?", "3"),
    # the apex is the shared vertex B here: BD/BA = 3/12, DE = AC / 4
    ("In triangle $ABC$, $D$ is on $AB$ and $E$ is on $BC$ with $DE \\parallel AC$. Given "
     "$BD = 3$ cm, $DA = 9$ cm and $AC = 16$ cm, find the length of $DE$.", "4"),
    # a midpoint: the cut is half the third side (the midsegment)
    ("In triangle $PQR$, $S$ is the midpoint of $PQ$ and $T$ is on $PR$ with $ST \\parallel QR$. "
     "If $QR = 18$, find $ST$.", "9"),
])
def test_a_cut_parallel_to_a_side(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # DE parallel to the side it starts on: not a cut across the triangle
    "In triangle $ABC$, $D$ is on $AB$ and $E$ is on $AC$ with $DE \\parallel AC$. If $AD = "
    "2$, $DB = 3$, and $BC = 10$, find $DE$.",
    # too little told to fix DE
    "In triangle $ABC$, $D$ is on $AB$ and $E$ is on $AC$ with $DE \\parallel BC$. If $AD = "
    "4$ and $DB = 6$, find $DE$.",
    # points on the sides' extensions
    "In triangle $ABC$, $D$ is on $AB$ extended and $E$ is on $AC$ extended with $DE "
    "\\parallel BC$. If $AD = 12$, $AB = 4$ and $BC = 5$, find $DE$.",
    # a midpoint and a piece of its own side: the cut is not fixed
    "In triangle $ABC$, $D$ is the midpoint of $AB$ and $E$ is on $AC$ with $DE \\parallel "
    "BC$. If $AD = 5$, find $DE$.",
])
def test_a_cut_not_across_the_triangle_or_not_fixed_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
