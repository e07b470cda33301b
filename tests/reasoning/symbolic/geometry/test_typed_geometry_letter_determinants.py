"""Determinants with letters in their entries: expanded, solved, or related to a given one;
our own problems in several phrasings (answers worked out by hand), and near misses."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def vmat(*rows: tuple[object, ...]) -> str:
    body = r" \\ ".join(" & ".join(str(c) for c in r) for r in rows)
    return rf"\begin{{vmatrix}} {body} \end{{vmatrix}}"


SOLVED = [
    # x * x - 1 * 2
    (f"Evaluate ${vmat(('x', 1), (2, 'x'))}$.", "x^2 - 2"),
    # (a + 1)^2 - a^2
    (rf"Simplify \[{vmat(('a + 1', 'a'), ('a', 'a + 1'))}.\]", "2a + 1"),
    # t^2 - 16 = 0
    (f"Find all $t$ such that ${vmat(('t', 2), (8, 't'))} = 0$. Enter all the solutions, "
     "separated by commas.", "-4, 4"),
    # 1 + x^2 = 9 by the first row
    (f"Solve for $x$: ${vmat((1, 'x', 0), (0, 1, 'x'), (1, 0, 1))} = 9$.",
     r"-2\sqrt{2}, 2\sqrt{2}"),
    # p(2r + s) - r(2p + q) = ps - qr
    (f"If ${vmat(('p', 'q'), ('r', 's'))} = 5$, find ${vmat(('p', '2p + q'), ('r', '2r + s'))}$.",
     "5"),
    # 2a(d + b) - 2b(c + a) = 2(ad - bc)
    (f"Given that ${vmat(('a', 'b'), ('c', 'd'))} = -3,$ what is "
     f"${vmat(('2a', '2b'), ('c + a', 'd + b'))}$?", "-6"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_determinants_with_letters(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # x^2 + 4 = 0 has no real root and 'real' is not said: complex roots may be meant
    f"Find all $x$ with ${vmat(('x', -4), (1, 'x'))} = 0$.",
    # a product of letters is not a fixed multiple of the given determinant
    f"If ${vmat(('a', 'b'), ('c', 'd'))} = 2$, find ${vmat(('a^2', 'b'), ('c', 'd'))}$.",
])
def test_determinants_with_letters_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
