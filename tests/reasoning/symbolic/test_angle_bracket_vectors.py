"""Vectors written with angle brackets, `\\langle 2, -1, 3 \\rangle`, as calculus books and
students write them: read as the column vectors the vector readers know
(problem_text.clean). Only two or three numbers are read so; anything else stays as it is
(and declines). Our own vectors; answers by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.problem_text import clean


def test_numbers_in_angle_brackets_become_a_column() -> None:
    assert clean(r"\langle 2, -1, \frac{1}{2} \rangle") == \
        r"\begin{pmatrix} 2 \\ -1 \\ \frac{1}{2} \end{pmatrix}"
    assert clean(r"\langle 3,4\rangle") == r"\begin{pmatrix} 3 \\ 4 \end{pmatrix}"


@pytest.mark.parametrize("src", [
    r"\langle u, v \rangle",  # an inner product of letters
    r"\langle 1, 2, 3, 4 \rangle",  # four entries
    r"\langle 5 \rangle",
])
def test_other_angle_brackets_stay(src: str) -> None:
    assert clean(src) == src


@pytest.mark.parametrize(("problem", "answer"), [
    # 2(x - 4) + 5y - 3(z + 1) = 0
    (r"Find an equation for the plane through $(4,0,-1)$ perpendicular to the vector "
     r"$\langle 2, 5, -3 \rangle$.", "2x + 5y - 3z - 11 = 0"),
    (r"Find the cross product of $\langle 1, 2, 3 \rangle$ and $\langle 4, 5, 6 \rangle$.",
     r"\begin{pmatrix} -3 \\ 6 \\ -3 \end{pmatrix}"),
    (r"Compute $\langle 2, -1 \rangle \cdot \langle 3, 4 \rangle$.", "2"),
    (r"Find the magnitude of $\langle 3, -4 \rangle$.", "5"),
    (r"Find the angle between $\langle 1, 1, 0 \rangle$ and $\langle 1, 0, 1 \rangle$, in "
     r"degrees.", "60"),
])
def test_vectors_in_angle_brackets(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_an_inner_product_of_letters_declines() -> None:
    assert solve_now(r"Compute $\langle u, v \rangle$ if $u = 2$ and $v = 3$.").answer is None
