"""Paths along a drawn grid between two labelled points: in two stated directions, or by
shortest routes. Our own figures; answers by hand (binomials for full grids)."""

from __future__ import annotations

from math import comb

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

_FULL = ("[asy]int w=5;int h=2;int i;for (i=0; i<=h; ++i){draw((0,i) -- (w,i));}"
         "for (i=0; i<=w; ++i){draw((i, 0)--(i,h));}label(\"$Q$\", (w,h), NE);"
         "label(\"$P$\", (0,0), SW);[/asy]")
_TALL = ("[asy]for(int i = 0; i <= 2; ++i) {draw((i,0)--(i,4));} for(int j = 0; j <= 4; ++j) "
         "{draw((0,j)--(2,j));} label(\"$S$\",(0,4),NW); label(\"$T$\",(2,0),SE);[/asy]")
# a grid with its middle column of rungs missing: only the columns x = 0, 2, 4 go up
_GAPPED = ("[asy]draw((0,0)--(4,0)); draw((0,3)--(4,3)); for(int i = 0; i <= 4; i += 2) "
           "{draw((i,0)--(i,3));} label(\"$M$\",(0,0),SW); label(\"$N$\",(4,3),NE);[/asy]")


@pytest.mark.parametrize(("problem", "answer"), [
    ("How many paths are there from $P$ to $Q$ if every step must be up or to the right? "
     + _FULL, str(comb(7, 2))),
    ("Moving only south or east along the segments, how many paths are there from $S$ to $T$? "
     + _TALL, str(comb(6, 2))),
    ("We walk from $P$ to $Q$ via a 7 unit path, staying on the grid. How many different paths "
     "can we take? " + _FULL, str(comb(7, 2))),
    ("Every square in the grid is 1 unit by 1 unit. We want to go from $P$ to $Q$ along a 7 "
     "unit path, staying on the grid. How many paths are possible? " + _FULL, str(comb(7, 2))),
    # three columns to climb: 3 paths
    ("How many paths are there from $M$ to $N$ if every step must be up or to the right? "
     + _GAPPED, "3"),
])
def test_paths_on_a_drawn_grid(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a longer path than the shortest: another count
    "We walk from $P$ to $Q$ via a 9 unit path, staying on the grid. How many different paths "
    "can we take? " + _FULL,
    # directions that never reach the end
    "How many paths are there from $P$ to $Q$ if every step must be down or to the left? "
    + _FULL,
    # a label the figure does not have
    "How many paths are there from $P$ to $R$ if every step must be up or to the right? "
    + _FULL,
    # no rule for the steps: any path, even going back, is another question
    "How many paths are there from $P$ to $Q$ along the grid? " + _FULL,
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None
