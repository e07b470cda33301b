"""Determinant equations with two distinct unknowns, or an unknown and named constants
(our own problems, worked by hand); cases the equation does not settle decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def vmat(*rows: tuple[object, ...]) -> str:
    body = r" \\ ".join(" & ".join(str(c) for c in r) for r in rows)
    return rf"\begin{{vmatrix}} {body} \end{{vmatrix}}"


XY = vmat((2, 5, 7), (1, "x", "y"), (1, "y", "x"))
MN = vmat((3, 2, 1), (1, "m", "n"), (1, "n", "m"))
TB = vmat(("t + b", "t", "t"), ("t", "t + b", "t"), ("t", "t", "t + b"))

SOLVED = [
    # 2(x^2 - y^2) - 5(x - y) + 7(y - x) = (x - y)(2x + 2y - 12)
    (f"Let $x$ and $y$ be distinct real numbers such that \\[{XY} = 0.\\] Find $x + y$.", "6"),
    # u^2 - v^2 = (u - v)(u + v)
    (f"Let $u$ and $v$ be distinct real numbers with ${vmat(('u', 'v'), ('v', 'u'))} = 0$. "
     "What is $u + v$?", "0"),
    # 3(m^2 - n^2) - 2(m - n) + (n - m) = (m - n)(3m + 3n - 3); 2m + 2n = 2
    (f"Suppose $m$ and $n$ are distinct real numbers such that \\[{MN} = 0.\\] "
     "Compute $2m + 2n$.", "2"),
    # b^2 (3t + b) = 0 with b nonzero
    (f"Given $b \\neq 0,$ solve for $t$ in \\[{TB} = 0.\\] Give your answer in terms of $b.$",
     "-b/3"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_determinant_unknowns(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_two_roots_in_terms_of_a_constant() -> None:
    # t^2 - c^2 = 0: both signs
    sol = assert_solved(f"Given $c \\ne 0$, solve for $t$ in ${vmat(('t', 'c'), ('c', 't'))} = 0$. "
                        "Give your answer in terms of $c$.")
    assert sol.answer is not None and sol.answer.replace(" ", "") == "-c,c"


DECLINED = [
    # u alone is not fixed by u + v = 0
    f"Let $u$ and $v$ be distinct real numbers with ${vmat(('u', 'v'), ('v', 'u'))} = 0$. "
    "Find $u$.",
    # without k nonzero every t solves it when k = 0
    f"Solve for $t$ in ${vmat(('t + k', 't'), ('t', 't + k'))} = 0$. Give your answer in "
    "terms of $k$.",
    # the roots are plus or minus the square root of k: not rational in k
    f"Given $k \\neq 0,$ solve for $t$ in ${vmat(('t', 'k'), (1, 't'))} = 0$. Give your "
    "answer in terms of $k$.",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_unsettled_determinant_equations_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
