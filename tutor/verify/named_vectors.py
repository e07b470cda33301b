"""Vectors and matrices known by name: `\\mathbf{b} \\cdot \\mathbf{b} = 1^2 + (-3)^2` after
`\\mathbf{b} = \\begin{pmatrix} 1 \\\\ -3 \\end{pmatrix}` was given (in the problem or an
earlier step), `\\|\\mathbf{a}\\| = \\sqrt{3^2 + 4^2}`, `\\mathbf{a} \\times \\mathbf{b} =
\\mathbf{i}(..) - \\mathbf{j}(..) + \\mathbf{k}(..)`, `\\det(\\mathbf{A}) = (2)(5) - (1)(3)`.

Worker side, verify only (a name may have been given another value in words): each
name is replaced by the latest matrix in numbers an earlier equation gave it, a norm
`\\|v\\|` by the square root of v's dot product with itself, and the claim then goes to
the matrix check (`matrices.matrix_claim`), which works both sides out entry by entry.
A claim that only gives a name its value is left to the other checks. The unit vectors
`\\mathbf{i}`, `\\mathbf{j}`, `\\mathbf{k}` are never names here."""

from __future__ import annotations

import re
from dataclasses import replace

from tutor.verify.claims import RawClaim
from tutor.verify.context import Context
from tutor.verify.matrices import matrix_claim
from tutor.verify.vector_forms import numeric_vectors
from tutor.verify.verdict import ClaimResult, Verdict

_NAME = re.compile(r"\\(?:mathbf|vec|boldsymbol|bm)\s*\{\s*([a-hl-zA-Z])\s*\}"
                   r"|\\vec\s+([a-hl-zA-Z])(?![a-zA-Z])")
_MATRIX = re.compile(r"\s*\\begin\{([pb])matrix\}(?:(?!\\begin|\\end).)*\\end\{\1matrix\}\s*",
                     re.DOTALL)
_NORM = re.compile(r"(?:\\left\s*)?(?:\\\||\\Vert|\|)\s*"
                   r"\\begin\{[pb]matrix\}((?:(?!\\begin|\\end|&).)*)\\end\{[pb]matrix\}\s*"
                   r"(?:\\right\s*)?(?:\\\||\\Vert|\|)", re.DOTALL)
_MAX_NAMES = 4


def _name(match: re.Match[str]) -> str:
    return match.group(1) or match.group(2)


def known_matrices(ctx: Context) -> dict[str, str]:
    """Each name's latest value in numbers given by an earlier equation (the problem's
    and the chain's, the latest last)."""
    known: dict[str, str] = {}
    for pair in (*ctx.archive, *ctx.previous):
        for side, other in (pair, pair[::-1]):
            named = _NAME.fullmatch(side.strip())
            if named and _MATRIX.fullmatch(other) and numeric_vectors(other):
                known.pop(_name(named), None)
                known[_name(named)] = other.strip()
    return known


def _norms(text: str) -> str:
    """`\\| column \\|` as the square root of the column's dot product with itself."""
    def norm(m: re.Match[str]) -> str:
        entries = [e.strip() for e in m.group(1).split("\\\\") if e.strip()]
        return "\\sqrt{" + " + ".join(f"({e})^{{2}}" for e in entries) + "}"
    return _NORM.sub(norm, text)


def named_vector_claim(claim: RawClaim, ctx: Context) -> ClaimResult | None:
    """Verified with the matrices given earlier put in (see module doc), else None."""
    if claim.relation != "=" or not claim.latex:
        return None
    names = {_name(m) for m in _NAME.finditer(claim.lhs + claim.rhs)}
    if not names or len(names) > _MAX_NAMES:
        return None
    if _NAME.fullmatch(claim.lhs.strip()) and _MATRIX.fullmatch(claim.rhs) \
            or _NAME.fullmatch(claim.rhs.strip()) and _MATRIX.fullmatch(claim.lhs):
        return None  # `\mathbf{b} = (column)` gives the name its value
    known = known_matrices(ctx)
    if not names <= known.keys():
        return None

    def put_in(text: str) -> str:
        return _norms(_NAME.sub(lambda m: f" {known[_name(m)]} ", text))

    result = matrix_claim(replace(claim, lhs=put_in(claim.lhs), rhs=put_in(claim.rhs)))
    if result.verdict is not Verdict.VERIFIED:
        return None
    shown = ", ".join(sorted(names))
    return ClaimResult(claim.source, Verdict.VERIFIED, f"with {shown} as given earlier",
                       result.kind, method=f"the vectors given earlier put in, then "
                       f"{result.method}")
