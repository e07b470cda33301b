"""Whole units of material, each a solid, needed to make or fill another solid, or made from
one (`geometry.solid_units_needed`): the ratio of the volumes rounded up (needed) or down
(made from). Our own problems, answers worked out by hand; near misses must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 5 * 3 * 2 = 30 against pi 9 * 8 = 72 pi = 226.2: 7.54, so 8
    ("A whole bar of modeling clay is a right rectangular prism five inches by three inches "
     "by two inches. How many whole bars need to be unwrapped to mold a cylindrical statue "
     "eight inches high and six inches in diameter?", "8"),
    # 24 against 45 pi = 141.4: 5.89, so 6
    ("A block of modeling clay is a rectangular prism 4 inches by 3 inches by 2 inches. How "
     "many whole blocks are needed to mold a cylinder with radius 3 inches and height 5 "
     "inches?", "6"),
    # 24 pi against 288 pi: exactly 12
    ("A cup is a cylinder with radius 2 and height 6. How many cups of water are needed to "
     "fill a spherical tank of radius 6?", "12"),
    # 20 against 30 pi = 94.2: 4.71, so 5
    ("each bar of wax is a box 5 by 2 by 2. how many bars do i need to melt down to make a "
     "cone with radius 3 and height 10", "5"),
    # 27 against 256 pi / 3 = 268.1: 9.93, so 10
    ("Each block of clay is a cube with edge $3$ cm. How many blocks are needed to mold a "
     "sphere of radius $4$ cm?", "10"),
    # 90 pi against 240 pi: 2.67, so 3
    ("A cylindrical glass has radius 3 and height 10. How many glasses of water are needed to "
     "fill a cone with radius 6 and height 20?", "3"),
    # the tank told first: 1200 pi = 3769.9 against 125: 30.16, so 31
    ("A cylindrical tank has radius 10 and height 12. A bucket is a cube with edge 5. How many "
     "buckets of water are needed to fill the tank?", "31"),
    # made from: 200 pi against 32 pi / 3: 18.75, so 18 whole balls
    ("A clay cylinder has radius 5 and height 8. Each ball is a sphere of radius 2. How many "
     "whole balls can be molded from the cylinder?", "18"),
    # the unit told in the question: 1000 against 4 pi / 3 = 4.19: 238.7, so 238
    ("How many spheres of radius 1 can be made from a cube of clay with edge 10?", "238"),
    # 144 pi against 4 pi: exactly 36
    ("A wax cylinder of radius 4 and height 9 is melted down. How many whole cones with "
     "radius 2 and height 3 can be cast from it?", "36"),
    # the unit told as the solid itself: 1728 against 36 pi = 113.1: 15.28, so 15
    ("A sphere has radius 3. How many spheres of clay can be made from a cube of edge 12?",
     "15"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_solid_units_needed_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # rigid pieces filling a box: packing, not volume
    "Each ball is a sphere of radius 2. How many balls are needed to fill a box 10 by 10 by "
    "10?",
    "How many cubes with edge 3 are needed to fill a box 6 by 5 by 10?",
    # built from rigid blocks, nothing reshaped
    "Each block is a cube of edge 1. How many blocks are needed to build a cylinder of radius "
    "3 and height 5?",
    "A block of wood is a cube with edge 2. How many blocks are needed to make a cylinder of "
    "radius 3 and height 4?",
    # cut from a solid block: packing again
    "How many cubes with edge 1 can be cut from a cylinder of radius 3 and height 4?",
    "A block of wood is a cube with edge 2. How many blocks can be made from a cylinder of "
    "radius 3 and height 4?",
    # two spheres: which is which is not read here
    "How many spheres of radius 1 can be made from a sphere of clay with radius 3?",
    # only a part of the solid is filled
    "A cup is a cylinder with radius 2 and height 6. How many cups of water are needed to fill "
    "a cone with radius 6 and height 9 to a depth of 3?",
    # the tank is partly full already, or the unit partly filled each time
    "A cylindrical tank has radius 10 and height 12 and is half full of water. A bucket is a "
    "cube with edge 5. How many buckets of water are needed to fill the tank?",
    "A cylindrical tank has radius 10 and height 12. It already holds 100 cubic units of "
    "water. A bucket is a cube with edge 5. How many buckets of water are needed to fill the "
    "tank?",
    "A bucket is a cube with edge 5, and it is only half filled each trip. How many buckets of "
    "water are needed to fill a cylindrical tank with radius 10 and height 12?",
    # the solid to mold has no size
    "A block of clay is a box 4 by 3 by 2. How many blocks are needed to mold a sphere?",
    # the unit is never told as a solid
    "How many blocks of clay are needed to mold a sphere of radius 4?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_solid_units_needed_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
