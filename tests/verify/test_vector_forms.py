"""Vectors in numbers (tutor/verify/vector_forms): unit vectors i, j, k, dot products of
columns and of tuples, cross products and the i-j-k determinant, worked out entry by
entry. Verify only: a wrong one stays unchecked, and a named vector or another letter
leaves the claim to the other readers. Our own claims."""

from __future__ import annotations

import pytest

from tutor.verify.api import ChainChecker
from tutor.verify.vector_forms import as_columns, numeric_vectors
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


def verdict(step: str) -> Verdict:
    checker = ChainChecker("Vectors in space.", time_limit=10)  # first parse imports
    return checker.check(step).verdict


def test_columns_as_text() -> None:
    lhs, _ = as_columns("\\hat{j}", "\\begin{pmatrix} 0 \\\\ 7 \\end{pmatrix}")
    assert lhs.replace(" ", "") == "(\\begin{pmatrix}0\\\\1\\end{pmatrix})"
    assert "\\\\" in as_columns("\\mathbf{k}", "5")[0]  # three entries without a column
    assert as_columns("(2, 5) \\cdot (1, -1)", "-3")[0] == "((2)(1) + (5)(-1))"
    assert numeric_vectors("2\\mathbf{i} + \\mathbf{k}")
    assert not numeric_vectors("\\mathbf{u} \\cdot \\mathbf{i}")


@pytest.mark.parametrize("step", [
    "Multiplying entrywise and adding: $\\begin{pmatrix} -1 \\\\ 7 \\\\ 4 \\\\ 2 "
    "\\end{pmatrix} \\cdot \\begin{pmatrix} 3 \\\\ 1 \\\\ 1 \\\\ -2 \\end{pmatrix} "
    "= -3 + 7 + 4 - 4 = 4$.",
    "So \\((3, -1) \\cdot (2, 4) = 6 - 4 = 2\\).",
    "Expanding, \\[ \\begin{vmatrix} \\mathbf{i} & \\mathbf{j} & \\mathbf{k} \\\\ 2 & 0 & 1 "
    "\\\\ 1 & 3 & 0 \\end{vmatrix} = \\mathbf{i}(0 - 3) - \\mathbf{j}(0 - 1) + "
    "\\mathbf{k}(6 - 0) = -3\\mathbf{i} + \\mathbf{j} + 6\\mathbf{k} \\]",
    "In columns, \\( -3\\mathbf{i} + \\mathbf{j} + 6\\mathbf{k} = \\begin{pmatrix} -3 \\\\ 1 "
    "\\\\ 6 \\end{pmatrix} \\).",
    "The cross product is \\( \\begin{pmatrix} 1 \\\\ 0 \\\\ 2 \\end{pmatrix} \\times "
    "\\begin{pmatrix} 0 \\\\ 1 \\\\ 1 \\end{pmatrix} = \\begin{pmatrix} -2 \\\\ -1 \\\\ 1 "
    "\\end{pmatrix} \\).",
    "In the plane, \\( 4\\hat{i} - 2\\hat{j} = \\begin{pmatrix} 4 \\\\ -2 \\end{pmatrix} \\).",
])
def test_true_vector_claims_verify(step: str) -> None:
    assert verdict(step) is V


@pytest.mark.parametrize("step", [
    "Multiplying entrywise and adding: $\\begin{pmatrix} -1 \\\\ 7 \\\\ 4 \\\\ 2 "
    "\\end{pmatrix} \\cdot \\begin{pmatrix} 3 \\\\ 1 \\\\ 1 \\\\ -2 \\end{pmatrix} = 12$.",
    "So \\((3, -1) \\cdot (2, 4) = 10\\).",
    "The cross product is \\( \\begin{pmatrix} 1 \\\\ 0 \\\\ 2 \\end{pmatrix} \\times "
    "\\begin{pmatrix} 0 \\\\ 1 \\\\ 1 \\end{pmatrix} = \\begin{pmatrix} 2 \\\\ 1 \\\\ 1 "
    "\\end{pmatrix} \\).",
    "In columns, \\( -3\\mathbf{i} + \\mathbf{j} + 6\\mathbf{k} = \\begin{pmatrix} 3 \\\\ 1 "
    "\\\\ 6 \\end{pmatrix} \\).",
])
def test_wrong_vector_claims_stay_unchecked(step: str) -> None:
    assert verdict(step) is U


@pytest.mark.parametrize("step", [
    "Since \\( \\mathbf{w} = 2\\mathbf{i} + \\mathbf{j} \\), its length follows.",
    "Then \\( \\mathbf{u} \\cdot \\mathbf{k} = 0 \\) because u lies in the plane.",
    "So \\( a\\mathbf{i} + b\\mathbf{j} = 3\\mathbf{i} - \\mathbf{j} \\).",
])
def test_named_vectors_and_letters_are_not_verified(step: str) -> None:
    assert verdict(step) is not V
