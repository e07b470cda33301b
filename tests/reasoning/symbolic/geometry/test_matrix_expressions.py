"""Sums of products of matrices read for matrix relations (geometry/matrix_expressions.py)."""

from __future__ import annotations

import pytest
import sympy as sp

from tutor.reasoning.symbolic.geometry.matrix_expressions import (
    MatrixReader,
    grid,
    holds_directly,
    relation,
    top_terms,
)
from tutor.reasoning.symbolic.model import Decline

k, d = sp.symbols("k d")
A = sp.Matrix([[1, 2], [3, d]])


def test_terms_keep_their_signs_and_brackets() -> None:
    assert top_terms(r" -2 \mathbf{A} + #0#^{-1} - k \mathbf{I}") == [
        (-1, r"2 \mathbf{A} "), (1, " #0#^{-1} "), (-1, r" k \mathbf{I}")]
    with pytest.raises(Decline):
        top_terms(r"\mathbf{A} + - \mathbf{I}")


def test_sides_with_scalars_powers_transposes_and_inverses() -> None:
    reader = MatrixReader([A], {"A": A})
    assert reader.side(r"\mathbf{A}^2 - k \mathbf{I}") == A * A - k * sp.eye(2)
    assert reader.side(r"\mathbf{A}^T \mathbf{A}") == A.T * A
    assert sp.simplify(reader.side(r"\mathbf{A}^{-1}") - A.inv()) == sp.zeros(2)
    assert reader.nonzero == [sp.factor(A.det())]
    assert reader.side("0") == sp.zeros(2)


def test_an_inverse_alone_on_one_side_is_multiplied_out() -> None:
    reader = MatrixReader([A], {"A": A})
    assert relation(reader, r"\mathbf{A}^{-1} = k \mathbf{A}") == k * A * A - sp.eye(2)


def test_a_relation_checked_as_written() -> None:
    m = sp.Matrix([[3, -8], [1, d]])
    assert holds_directly([m], {}, ["#0#^{-1} = #0#"], {d: -3})
    assert not holds_directly([m], {}, ["#0#^{-1} = #0#"], {d: 3})


@pytest.mark.parametrize("src", [
    r"\mathbf{B} \mathbf{A}",  # B is never given
    r"\mathbf{A} x",  # a letter after the matrix
])
def test_what_is_not_read_declines(src: str) -> None:
    with pytest.raises(Decline):
        MatrixReader([A], {"A": A}).side(src)


def test_grids_are_square_and_small() -> None:
    got = grid(r"a & 2 \\ \frac{1}{b} & 4") - sp.Matrix([[sp.Symbol("a"), 2],
                                                        [1 / sp.Symbol("b"), 4]])
    assert sp.simplify(got) == sp.zeros(2)
    with pytest.raises(Decline):
        grid(r"1 & 2 & 3 \\ 4 & 5 & 6")
