"""The area enclosed by a|L1| + b|L2| = k (geometry/absolute_value_regions.py). Our own
problems; answers worked by hand from the four corners (half the product of the diagonals)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # corners (+-8, 0), (0, +-2): diagonals 16 and 4
    ("What is the area enclosed by the graph of $|x| + |4y| = 8$?", "32"),
    # a square with diagonals 6 and 6, moved to centre (3, -2)
    ("Find the area of the region enclosed by $|x-3| + |y+2| = 3$.", "18"),
    # the filled region has the same area: diagonals 10 and 10
    ("What is the area of the region defined by $|x| + |y| \\le 5$?", "50"),
    # 3|x| + 4|y| = 24: corners (+-8, 0), (0, +-6)
    ("How many square units are in the area of the region bounded by the graph of "
     "$3|x| + 4|y| = 24$?", "96"),
    # the number written after the maths: |x| + |3y| = 9, corners (+-9, 0), (0, +-3)
    ("What is the area enclosed by the graph of $|x| + |3y|$ = 9 shown here?", "54"),
    # |x + y| + |x - y| = 6 is the square max(|x|, |y|) = 3
    ("Find the area of the region enclosed by the graph of $|x + y| + |x - y| = 6$.", "36"),
    # |2x + 1| + |y| < 4: x from -5/2 to 3/2, y from -4 to 4
    ("What is the area of the region in the $xy$-plane defined by $|2x + 1| + |y| < 4$?", "16"),
])
def test_absolute_value_regions(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # only a part of the region is asked
    "What is the area of the region enclosed by $|x| + |y| = 6$ in the first quadrant?",
    # the region outside is unbounded
    "What is the area of the region defined by $|x| + |y| \\ge 6$?",
    # the two absolute values move together: no bounded region
    "What is the area enclosed by the graph of $|x| + |2x| = 6$?",
    # a difference of absolute values is not this shape
    "What is the area enclosed by the graph of $|x| - |y| = 6$?",
])
def test_other_regions_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
