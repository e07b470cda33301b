"""A cone or a pyramid cut by planes parallel to its base (`geometry.parallel_plane_cuts`): the
piece above a plane at the part k of the height from the apex holds k^3 of the volume. Our own
problems, answers worked out by hand; near misses must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # top cone height 4 of 12, radius 2: 1/3 pi 4 * 4 = 16/3 pi
    ("A cone has radius 6 and height 12. A plane parallel to its base cuts it 4 units below "
     "the vertex. What is the volume of the small cone that is cut off?", "\\frac{16\\pi}{3}"),
    # the plane 3 above the base of a height-9 cone: top cone height 6, radius 4: 32 pi
    ("a cone with diameter 12 and height 9 is cut by a plane parallel to the base 3 units "
     "above the base. what is the volume of the smaller cone", "32\\pi"),
    # the whole 1/3 pi 36 * 9 = 108 pi, the top 32 pi: the frustum 76 pi
    ("A cone with radius 6 and height 9 is cut by a plane parallel to its base at a height of "
     "3 above the base. What is the volume of the frustum?", "76\\pi"),
    # half the height: 1/8 of 40 = 5
    ("A pyramid has volume 40. A plane parallel to its base cuts it halfway up its height. "
     "What is the volume of the small pyramid?", "5"),
    # 1 - (2/3)^3 = 19/27 of 54 = 38
    ("A cone of volume 54 is cut by a plane parallel to its base at $\\frac{2}{3}$ of its "
     "height from the vertex. What is the volume of the piece below the plane?", "38"),
    # a square pyramid, edge 9, height 12, cut 8 above the base: top height 4, edge 3: 12
    ("A square pyramid has base edge $9$ and height $12$. A plane parallel to the base cuts "
     "it $8$ units above the base. What is the volume of the small pyramid above the plane?",
     "12"),
    # slant edge 13, base edge 12 sqrt 2: half diagonal 12, height 5; cut 1 from the apex:
    # a fifth: 1/125 of 1/3 288 * 5 = 480 -> 96/25
    ("A right square pyramid has base edges of length $12\\sqrt{2}$ and slant edges of length "
     "13. A plane parallel to its base cuts it 1 unit below the apex. What is the volume of "
     "the new pyramid that is cut off?", "\\frac{96}{25}"),
    # five equal heights: 1, 7, 19, 37, 61
    ("A cone is cut into five pieces by planes parallel to its base, each piece of the same "
     "height. What is the ratio of the volume of the smallest piece to the volume of the "
     "largest piece?", "\\frac{1}{61}"),
    # two equal heights: 1 and 7
    ("A pyramid is cut into two pieces of equal height by a plane parallel to its base. What "
     "is the ratio of the volume of the bottom piece to the volume of the top piece?", "7"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_parallel_plane_cut_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # the plane is not said to be parallel to the base
    "A cone has radius 6 and height 9. A plane cuts it 3 units below the vertex. What is the "
    "volume of the small cone that is cut off?",
    # the plane lies beyond the base
    "A cone has radius 6 and height 9. A plane parallel to its base cuts it 12 units below "
    "the vertex. What is the volume of the small cone that is cut off?",
    # a cylinder's pieces are not similar solids
    "A cylinder has radius 6 and height 9. A plane parallel to its base cuts it 3 units below "
    "the top. What is the volume of the small piece?",
    # the surface of a piece is not a share of the whole's
    "A cone has radius 6 and height 9. A plane parallel to its base cuts it 3 units below the "
    "vertex. What is the lateral surface area of the small cone?",
    # a volume asked with no size told
    "A cone is cut by a plane parallel to its base halfway up. What is the volume of the "
    "frustum?",
    # a base edge with the base's shape not told
    "A pyramid has base edge 6 and height 12. A plane parallel to its base cuts it 6 units "
    "below the apex. What is the volume of the small pyramid?",
    # the pieces' heights are not said to be equal
    "A cone is sliced into three pieces by planes parallel to its base. What is the ratio of "
    "the volume of the smallest piece to the volume of the largest piece?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_parallel_plane_cut_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize("problem", [
    # a cone's slant height is no height (was answered 15π/8, reading h = 5; h is 4)
    "A cone with radius 3 and slant height 5 is cut by a plane parallel to its base halfway "
    "up. What is the volume of the small cone?",
    "A cone has radius 3 and its slant height is 5. A plane parallel to its base cuts it "
    "halfway up. What is the volume of the small cone?",
])
def test_a_slant_height_is_not_read_as_the_height(problem: str) -> None:
    assert solve_now(problem).answer != "\\frac{15 \\pi}{8}"
    assert solve_now(problem).answer in (None, "\\frac{3 \\pi}{2}")
