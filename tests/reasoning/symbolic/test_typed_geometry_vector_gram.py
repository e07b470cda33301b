"""Vectors known only through lengths, dot products, orthogonality, angles and linear
relations: the asked angle, length or dot product, confirmed on vectors with coordinates
that meet the conditions (our own problems, answers worked out by hand); near misses
decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # (u + 3v).(7u - 5v) = 7 + 16 u.v - 15 = 0: u.v = 1/2
    (r"Unit vectors $\vec{u}$ and $\vec{v}$ are such that $\vec{u} + 3\vec{v}$ is "
     r"perpendicular to $7\vec{u} - 5\vec{v}$. In degrees, what is the angle between "
     r"$\vec{u}$ and $\vec{v}$?", "60"),
    # 9 + 16 + 2 * 6 = 37
    (r"We know $\|\mathbf{p}\| = 3$, $\|\mathbf{q}\| = 4$ and $\mathbf{p} \cdot \mathbf{q} = "
     r"6$. What is the length of $\mathbf{p} + \mathbf{q}$?", r"\sqrt{37}"),
    # 25 - 4
    (r"Given $\|\vec{r}\| = 5$ and $\|\vec{s}\| = 2$, compute "
     r"$(\vec{r} - \vec{s}) \cdot (\vec{r} + \vec{s})$.", "21"),
    # the two squared lengths differ by 8 x.y
    (r"For nonzero vectors $\vec{x}$ and $\vec{y}$ we know "
     r"$\|\vec{x} + 2\vec{y}\| = \|\vec{x} - 2\vec{y}\|$. Find the angle between them in "
     r"degrees.", "90"),
    # |p + q|^2 = |r|^2: 2 + 2 p.q = 1
    (r"Unit vectors $\mathbf{p}$, $\mathbf{q}$, $\mathbf{r}$ satisfy "
     r"$\mathbf{p} + \mathbf{q} = -\mathbf{r}$. Determine the angle between $\mathbf{p}$ and "
     r"$\mathbf{q}$ in degrees.", "120"),
    # 4 m.m + 4 m.n = 0, so (m + n).m = 0
    (r"Vectors $\mathbf{m}$ and $\mathbf{n}$ satisfy $\|2\mathbf{m} + \mathbf{n}\| = "
     r"\|\mathbf{n}\|$. What is the angle between $\mathbf{m} + \mathbf{n}$ and $\mathbf{m}$, "
     r"in degrees?", "90"),
    # a.b = -1/2: 1 + 9 - 3
    (r"Let $\mathbf{a}$ and $\mathbf{b}$ be unit vectors, and the angle between them is "
     r"$120^\circ$. Evaluate $\|\mathbf{a} + 3\mathbf{b}\|^2$.", "7"),
    # 16 = 16 + 1 - 2 a.b
    (r"Suppose $\|\vec{a}\| = 4$, $\|\vec{b}\| = 1$ and $\|\vec{a} - \vec{b}\| = 4$. "
     r"Calculate $\vec{a} \cdot \vec{b}$.", r"\frac{1}{2}"),
    # 2 + 1 + 2 sqrt 2 a.b = 1: a.b = -1/sqrt 2
    (r"The vectors $\mathbf{c}$ and $\mathbf{d}$ are unit vectors, and "
     r"$\sqrt{2} \, \mathbf{c} + \mathbf{d}$ has magnitude $1$. Find the angle between "
     r"$\mathbf{c}$ and $\mathbf{d}$, in degrees.", "135"),
    # (p + 3q).(3p - q) = 3 + 8 p.q - 3 = 0; the usual note on unit vectors read past
    (r"Suppose $\mathbf{p}$ and $\mathbf{q}$ are unit vectors and the vectors "
     r"$\mathbf{p} + 3\mathbf{q}$ and $3\mathbf{p} - \mathbf{q}$ are perpendicular. What is "
     r"the angle between $\mathbf{p}$ and $\mathbf{q}$ in degrees? Note: A unit vector is a "
     r"vector of magnitude 1.", "90"),
    # w = -2u - 3v with u, v orthogonal unit vectors: |w|^2 = 4 + 9
    (r"The vectors $\mathbf{u}$, $\mathbf{v}$ and $\mathbf{w}$ satisfy "
     r"$\mathbf{w} + 2\mathbf{u} + 3\mathbf{v} = \mathbf{0}$, where $\mathbf{u}$ and "
     r"$\mathbf{v}$ are perpendicular unit vectors. Compute $\|\mathbf{w}\|^2$.", "13"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_values_from_dot_product_facts(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # two unit vectors are never 5/2 apart
    r"Unit vectors $\vec{e}$ and $\vec{f}$ have $\|\vec{e} - \vec{f}\| = \frac{5}{2}$. "
    r"Compute $\vec{e} \cdot \vec{f}$.",
    # one length does not fix the dot product
    r"Given $\|\vec{g}\| = 7$, compute $\vec{g} \cdot \vec{h}$.",
    # the unit of the angle is not said
    r"The vectors $\mathbf{c}$ and $\mathbf{d}$ are unit vectors, and "
    r"$\sqrt{2} \, \mathbf{c} + \mathbf{d}$ has magnitude $1$. Find the angle between "
    r"$\mathbf{c}$ and $\mathbf{d}$.",
    # the largest value over all unit vectors is another question
    r"If $\vec{s}$ and $\vec{t}$ are unit vectors, find the largest possible value of "
    r"$\|\vec{s} + 2\vec{t}\|^2$.",
    # a cross product is not read
    r"Given $\|\vec{s}\| = 2$, $\|\vec{t}\| = 3$ and $\vec{s} \cdot \vec{t} = 0$, "
    r"find $\|\vec{s} \times \vec{t}\|$.",
    # lengths in a ratio leave the angle free
    r"For nonzero vectors $\vec{x}$ and $\vec{y}$ we know $\|\vec{x}\| = 2 \|\vec{y}\|$. "
    r"Find the angle between them in degrees.",
])
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
