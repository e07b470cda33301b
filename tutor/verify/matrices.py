"""Claims between matrices, vectors and determinants written out in entries
(`\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix} \\begin{pmatrix} 1 \\\\ 0 \\end{pmatrix}
= \\begin{pmatrix} 1 \\\\ 3 \\end{pmatrix}`,
`\\begin{vmatrix} 2 & 1 \\\\ 4 & 3 \\end{vmatrix} = 2`).
Worker side, verify only: both sides are read by the broad LaTeX reader, worked out,
and compared entry by entry, exactly and again to 40 digits (at random points where an
entry has letters). Named matrices (`\\mathbf{A}`) are unknowns: such a claim is not
checked here."""

from __future__ import annotations

import sympy
from sympy.matrices import MatrixBase
from sympy.matrices.expressions import MatrixExpr

from tutor.verify.claims import RawClaim
from tutor.verify.exact import PRECISION, is_identity, is_zero_exact
from tutor.verify.lenient_parser import in_radians, read_lenient
from tutor.verify.vector_forms import as_columns, has_vector_form, numeric_vectors
from tutor.verify.verdict import ClaimResult, Verdict

_MAX_ENTRIES = 36
_METHOD = "entry by entry: exact arithmetic + 40-digit numeric"


def _worked_out(text: str) -> sympy.Basic | None:
    """A side as an explicit matrix or a number, or None."""
    read = read_lenient(text)
    if read is None or read.atoms(sympy.MatrixSymbol):
        return None
    try:
        value = read.doit()
        if isinstance(value, MatrixExpr):
            value = value.as_explicit()
    except (TypeError, ValueError, AttributeError, sympy.ShapeError, NotImplementedError):
        return None
    if isinstance(value, MatrixBase):
        return value if len(value) <= _MAX_ENTRIES else None
    return value if isinstance(value, sympy.Expr) else None


def _zero(entry: sympy.Expr) -> bool:
    entry = sympy.expand(entry)
    if entry.free_symbols:
        return is_identity(entry)
    return is_zero_exact(entry) is True and abs(sympy.N(entry, PRECISION)) < sympy.Float(
        10) ** (-PRECISION // 2)


def vector_claim(claim: RawClaim) -> bool:
    """The claim writes vectors in numbers with unit vectors or dot or cross products."""
    text = claim.lhs + claim.rhs
    return has_vector_form(text) and numeric_vectors(text)


def matrix_claim(claim: RawClaim) -> ClaimResult:
    """Verified when both sides work out to the same matrix (or number), else unchecked."""
    unchecked = ClaimResult(claim.source, Verdict.UNCHECKED, "not parsed", "other")
    if claim.relation != "=":
        return unchecked
    lhs, rhs = in_radians(claim.lhs, claim.rhs)  # `\cos 45^\circ` as an entry
    if vector_claim(claim):  # `2\mathbf{i} - \mathbf{k}`, dot and cross products
        lhs, rhs = as_columns(lhs, rhs)
    left, right = _worked_out(lhs), _worked_out(rhs)
    if left is None or right is None:
        return unchecked
    if isinstance(left, MatrixBase) != isinstance(right, MatrixBase):
        return unchecked
    if isinstance(left, MatrixBase):
        if left.shape != right.shape:  # type: ignore[union-attr]
            return unchecked
        entries = [a - b for a, b in zip(left, right, strict=True)]  # type: ignore[arg-type]
    else:
        entries = [left - right]  # type: ignore[operator]
    if not all(_zero(entry) for entry in entries):
        return ClaimResult(claim.source, Verdict.UNCHECKED, "not confirmed", "other")
    return ClaimResult(claim.source, Verdict.VERIFIED, "", "arithmetic", method=_METHOD)
