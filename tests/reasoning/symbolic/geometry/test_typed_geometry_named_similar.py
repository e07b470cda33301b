"""Two similar polygons named by their vertices (`geometry.named_similar`): the letters
correspond in order, lengths scale by k and areas by k^2. Our own problems in several
wordings (answers worked out by hand in the comments), and near misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # RS <-> MN, ST <-> NO: k = 21/7 = 3, MN = 5 * 3
    ("Triangle $RST$ is similar to triangle $MNO$. If $RS = 5$, $ST = 7$ and $NO = 21$, what "
     "is the length of $MN$?", "15"),
    # GH <-> JK: k = JK/GH = 10/4; HI <-> KL: HI = 15 / (10/4) = 6
    ("$\\triangle GHI \\sim \\triangle JKL$, $GH = 4$, $JK = 10$ and $KL = 15$. Find $HI$.",
     "6"),
    # UV <-> XY: k = 8/12 = 2/3; WU <-> ZX: ZX = 9 * 2/3
    ("Triangles $UVW$ and $XYZ$ are similar, with $UV = 12$ cm, $XY = 8$ cm and $UW = 9$ cm. "
     "How many centimeters long is $XZ$?", "6"),
    # the shared vertex A: AB <-> AD, BC <-> DE; k = 10/4, DE = 3 * 10/4
    ("Triangle $ABC$ is similar to triangle $ADE$. If $AB = 4$, $AD = 10$ and $BC = 3$, what "
     "is $DE$? Express your answer as a decimal.", "7.5"),
    # four vertices: KL <-> WX, NK <-> ZW; k = 12/8, ZW = 6 * 3/2
    ("Quadrilateral $KLMN$ is similar to quadrilateral $WXYZ$. Given $KL = 8$, $WX = 12$ and "
     "$NK = 6$, how long is $ZW$?", "9"),
    # sides told in words: k = 15/5 = 3, VW = 8 * 3
    ("$\\triangle RST$ is similar to $\\triangle UVW$. Side $RS$ measures 5 units, side $ST$ "
     "measures 8 units and side $UV$ measures 15 units. What is the length of side $VW$?", "24"),
    # k = 14/6 = 7/3; the area scales by 49/9: 18 * 49/9
    ("Triangle $PQR$ is similar to triangle $STU$. If $PQ = 6$, $ST = 14$ and the area of "
     "triangle $PQR$ is 18 square units, what is the area of triangle $STU$?", "98"),
    # k = DE/AB = 5/2: areas 4:25
    ("Triangle $ABC$ is similar to triangle $DEF$ with $AB = 2$ and $DE = 5$. What is the "
     "ratio of the area of triangle $ABC$ to the area of triangle $DEF$? Express your answer "
     "as a common fraction.", "\\frac{4}{25}"),
    # the perimeters 12 and 30 give k = 5/2: CA = 8 / (5/2)
    ("Triangle $ABC$ is similar to triangle $FGH$. The perimeter of triangle $ABC$ is 12 and "
     "the perimeter of triangle $FGH$ is 30. If $HF = 8$, find $CA$. Express your answer as a "
     "common fraction.", "\\frac{16}{5}"),
]

DECLINED = [
    # nothing gives the scale factor
    "Triangle $ABC$ is similar to triangle $DEF$. If $AB = 3$ and $EF = 6$, what is $BC$?",
    # two pairs that disagree on the scale factor
    "Triangle $ABC$ is similar to triangle $DEF$. If $AB = 3$, $DE = 6$, $BC = 4$, "
    "$EF = 12$ and $AC = 5$, what is $DF$?",
    # a segment of neither triangle
    "Triangle $ABC$ is similar to triangle $DEF$. If $AB = 3$, $DE = 6$ and $BG = 4$, what is "
    "$EF$?",
    # a word that changes the question
    "Triangle $ABC$ is similar to triangle $DEF$. If $AB = 3$, $DE = 6$ and $BC = 4$, what is "
    "the length of the side of $DEF$ that is not $EF$?",
    # names of different lengths
    "Triangle $ABC$ is similar to quadrilateral $DEFG$. If $AB = 3$ and $DE = 6$, what is $EF$?",
    # the lengths 1, 2, 6 make no triangle
    "Triangle $ABC$ is similar to triangle $DEF$. If $AB = 1$, $BC = 2$, $CA = 6$ and "
    "$DE = 3$, what is $EF$?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_named_similar_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_named_similar_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
