"""An unknown matrix, or letters inside given matrices, fixed by matrix equations: our own
problems in several phrasings (answers worked out by hand), and near misses that decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def mat(*rows: tuple[object, ...]) -> str:
    body = r" \\ ".join(" & ".join(str(c) for c in r) for r in rows)
    return rf"\begin{{pmatrix}} {body} \end{{pmatrix}}"


SOLVED = [
    # the images of e1 and e1 + e2 give the columns (3, 4) and (5, 5) - (3, 4)
    (rf"Find the $2 \times 2$ matrix $\mathbf{{M}}$ such that $\mathbf{{M}} {mat((1,), (0,))} = "
     rf"{mat((3,), (4,))}$ and $\mathbf{{M}} {mat((1,), (1,))} = {mat((5,), (5,))}.$",
     mat((3, 2), (4, 1))),
    # M = B A^-1 with A^-1 = ((1, -1), (-1, 2))
    (rf"What matrix $\mathbf{{M}}$ satisfies $\mathbf{{M}} {mat((2, 1), (1, 1))} = "
     rf"{mat((3, 0), (1, 2))}$?", mat((3, -3), (-1, 3))),
    # the unknown on the right, the identity named
    (rf"Find the matrix $\mathbf{{X}}$ with ${mat((1, 2), (0, 1))} \mathbf{{X}} = \mathbf{{I}}$.",
     mat((1, -2), (0, 1))),
    # a story: a machine's matrix sends (2, 0) to (4, 6) and (0, 3) to (3, -3)
    (rf"Let $\mathbf{{T}}$ be the matrix for which $\mathbf{{T}} {mat((2,), (0,))} = "
     rf"{mat((4,), (6,))}$ and $\mathbf{{T}} {mat((0,), (3,))} = {mat((3,), (-3,))}$. "
     r"Find $\mathbf{T}$.", mat((2, 1), (3, -1))),
    # (3 a; 1 2)(2 -5; b 3) = I: 3a - 15 = 0, 2 + 2b = 0
    (rf"The matrices ${mat((3, 'a'), (1, 2))}$ and ${mat((2, -5), ('b', 3))}$ are inverses. "
     r"Enter the ordered pair $(a,b).$", "(5, -1)"),
    # (2 -1; c d)^2 = I: 4 - c = 1, -c + d^2 = 1 with -2 - d = 0
    (rf"For some real numbers $c$ and $d$ the matrix ${mat((2, -1), ('c', 'd'))}$ is its own "
     r"inverse. Enter the ordered pair $(c,d).$", "(3, -2)"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_unknown_matrices_and_entries(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a singular factor: no matrix, or many
    rf"Find the matrix $\mathbf{{M}}$ such that $\mathbf{{M}} {mat((1, 2), (2, 4))} = "
    rf"{mat((1, 0), (0, 1))}.$",
    # (a 0; 0 d) is its own inverse for a, d = +-1: four pairs, not one
    rf"The matrix ${mat(('a', 0), (0, 'd'))}$ is its own inverse. Enter the ordered pair $(a,d).$",
    # a word that changes the question
    rf"Find the matrix $\mathbf{{M}}$ such that $\mathbf{{M}} {mat((2, 1), (1, 1))} = "
    rf"{mat((3, 0), (1, 2))}$, then find its determinant.",
])
def test_unknown_matrices_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
