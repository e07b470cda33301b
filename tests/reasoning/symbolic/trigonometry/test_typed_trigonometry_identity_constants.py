"""Constants that make a trigonometric identity hold for every angle (our own problems, the
constants from the power-reduction formulas worked by hand); undetermined or impossible
constants decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # sin^3 x = (3 sin x - sin 3x) / 4
    (r"There are constants $p$ and $q$ such that $\sin^3 x = p \sin 3x + q \sin x$ for all "
     r"angles $x$.  Enter the ordered pair $(p,q)$.", r"\left(-\frac{1}{4}, \frac{3}{4}\right)"),
    # cos^4 = (3 + 4 cos 2t + cos 4t) / 8
    (r"Some real numbers $u$, $v$, $w$ make $\cos^4 t = u \cos 4t + v \cos 2t + w$ true for "
     r"all angles $t$.  Enter the ordered triple $(u,v,w)$.",
     r"\left(\frac{1}{8}, \frac{1}{2}, \frac{3}{8}\right)"),
    # cos^3 = (3/4) cos + (1/4) cos 3: 9/16 + 0 + 1/16
    (r"There exist constants $b_1$, $b_2$, $b_3$ such that $\cos^3 \theta = b_1 \cos \theta + "
     r"b_2 \cos 2\theta + b_3 \cos 3\theta$ for all angles $\theta$.  Find "
     r"$b_1^2 + b_2^2 + b_3^2$.", r"\frac{5}{8}"),
    # sin^2 cos^2 = (1 - cos 4x) / 8, so m - n = 1/8 + 1/8
    (r"Find $m - n$ if $\sin^2 x \cos^2 x = m + n \cos 4x$ for all real numbers $x$.",
     r"\frac{1}{4}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_identity_constants(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # cos 2t appears twice over: many triples work
    r"There are constants $a$, $b$, $c$ such that $\cos^2 t = a + b \cos 2t + c (1 + \cos 2t)$ "
    r"for all angles $t$.  Enter the ordered triple $(a,b,c)$.",
    # no constant works
    r"There is a constant $k$ such that $\cos^3 t = k \cos t$ for all angles $t$.  Find $k$.",
])
def test_undetermined_constants_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
