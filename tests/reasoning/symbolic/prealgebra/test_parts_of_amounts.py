"""A fraction of an amount that is itself a fraction of a unit, and such an amount in equal
parts (our own problems, worked by hand in the comments)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 2/5 of 5/6
    (r"Eli has $\frac{5}{6}$ of a cake and eats $\frac{2}{5}$ of what he has. What fraction "
     r"of a whole cake did he eat?", r"\frac{1}{3}"),
    # 3/4 of 2/3
    (r"Nora had $\frac{2}{3}$ of a liter of juice left. She drank $\frac{3}{4}$ of it. How "
     r"many liters of juice did she drink?", r"\frac{1}{2}"),
    # 9/10 / 6
    (r"A ribbon $\frac{9}{10}$ of a meter long is cut into 6 equal pieces. How long is each "
     r"piece, in meters?", r"\frac{3}{20}"),
    # 4/9 / 2
    (r"Ivy used $\frac{4}{9}$ of a bag of soil to fill 2 pots, using the same amount for each "
     r"pot. What fraction of the bag did she use for each pot?", r"\frac{2}{9}"),
    # 5/8 / 10
    (r"A pitcher holds $\frac{5}{8}$ of a gallon of tea, which is shared equally among 10 "
     r"friends. How much tea does each friend get, in gallons?", r"\frac{1}{16}"),
])
def test_parts_of_amounts(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a second part of the rest: not read
    r"Eli has $\frac{5}{6}$ of a cake. He eats $\frac{2}{5}$ of it and then $\frac{1}{2}$ of "
    r"the rest. What fraction of the cake did he eat?",
    # what is left is not asked this way
    r"Eli has $\frac{5}{6}$ of a cake. He eats $\frac{2}{5}$ of it. What fraction of a cake "
    r"is left?",
    # another unit asked
    r"A rope $\frac{2}{3}$ of a yard long is cut into 4 equal pieces. How long is each piece, "
    r"in inches?",
])
def test_declined(problem):
    assert solve_now(problem).answer is None
