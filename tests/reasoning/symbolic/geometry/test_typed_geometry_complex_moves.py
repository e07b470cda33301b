"""Complex numbers moved by dilations and rotations about a centre, one move or several in
order; our own problems in several phrasings (answers worked out by hand), and near misses."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 1 + i + 2 ((3 + 2i) - (1 + i))
    (r"Under the dilation with centre $1 + i$ and scale factor 2, which complex number does "
     r"$3 + 2i$ go to?", "5 + 3i"),
    # -2 + 3i - (6 - 4i) / 2
    (r"Find the image of the complex number $4 - i$ under the dilation about $-2 + 3i$ with "
     r"scale factor $-\frac{1}{2}$.", "-5 + 5i"),
    # (3 + 2i) (1 + i): an eighth of a turn, then times sqrt 2
    (r"The complex number $3 + 2i$ undergoes two transformations in order: first a "
     r"$45^\circ$ rotation about the origin, then a dilation at the origin with scale factor "
     r"$\sqrt{2}$. Give the resulting complex number.", "1 + 5i"),
    # about 1: (4i - 1) i + 1 = -4 - i + 1
    (r"A rotation by $\frac{\pi}{2}$ about $1$ is applied to $4i$. What is the resulting "
     r"complex number?", "-3 - i"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_complex_numbers_moved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a translation is not read
    r"The translation by $2 - i$ takes $3i$ to which complex number?",
    # two moves, the order not said
    r"A dilation, centered at the origin, with scale factor 2 and a $90^\circ$ rotation "
    r"around the origin are applied to $1 + i$. What is the resulting complex number?",
])
def test_complex_moves_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
