"""Cross products from one known cross product: bilinear, u × u = 0 and v × u = −u × v.
Our own vectors; answers expanded by hand, and the reader confirms them on coordinates."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

V = r"\begin{pmatrix} %s \\ %s \\ %s \end{pmatrix}"


@pytest.mark.parametrize(("problem", "answer"), [
    (r"If $\mathbf{a} \times \mathbf{b} = " + V % (2, -1, 3) + r",$ then compute "
     r"$\mathbf{a} \times (4 \mathbf{b}).$", V % (8, -4, 12)),
    # (u + 2v) x (3u - v) = -u x v + 6 v x u = -7 u x v
    (r"Given that $\mathbf{u} \times \mathbf{v} = " + V % (1, 0, -2) + r"$, find "
     r"$(\mathbf{u} + 2\mathbf{v}) \times (3\mathbf{u} - \mathbf{v})$.", V % (-7, 0, 14)),
    (r"Suppose $\mathbf{p} \times \mathbf{q} = " + V % (4, 5, -1) + r"$. What is "
     r"$\mathbf{q} \times \mathbf{p}$?", V % (-4, -5, 1)),
    (r"Let $\mathbf{m} \times \mathbf{n} = " + V % (0, 3, 6) + r"$. Determine "
     r"$(-2\mathbf{m}) \times (5\mathbf{n}) + \mathbf{n} \times \mathbf{m}$.", V % (0, -33, -66)),
])
def test_cross_products_from_a_known_one(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # c is not in the known product
    r"If $\mathbf{a} \times \mathbf{b} = " + V % (2, -1, 3) + r",$ compute "
    r"$\mathbf{a} \times \mathbf{c}.$",
    # a dot product is another question
    r"If $\mathbf{a} \times \mathbf{b} = " + V % (2, -1, 3) + r",$ compute "
    r"$\mathbf{a} \cdot \mathbf{b}.$",
])
def test_what_the_known_product_does_not_fix_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
