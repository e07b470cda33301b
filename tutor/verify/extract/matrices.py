"""Matrices and determinants inside a claim (`\\begin{pmatrix} 1 & 2 \\\\ 3 & 4
\\end{pmatrix}`): their `&` and `\\\\` separate entries, not statements, so the chain
reader sets each one aside before it splits a segment and puts it back in the claims
(plain text work, no SymPy)."""

from __future__ import annotations

import re
from dataclasses import replace

from tutor.verify.extract.claim import RawClaim

_MATRIX = re.compile(r"\\begin\{([pbvBV]?matrix)\}(.{0,400}?)\\end\{\1\}", re.DOTALL)
_HELD = re.compile(r"\\heldmatrix(\d+)(?![0-9])")


def set_aside(text: str) -> tuple[str, list[str]]:
    """The text with each matrix replaced by `\\heldmatrix<k>`, and the matrices."""
    held: list[str] = []

    def hold(m: re.Match[str]) -> str:
        held.append(m.group(0))
        return f"\\heldmatrix{len(held) - 1} "

    return _MATRIX.sub(hold, text), held


def put_back(claims: list[RawClaim], held: list[str]) -> list[RawClaim]:
    """The claims with their matrices written out again."""
    if not held:
        return claims

    def back(text: str) -> str:
        return _HELD.sub(lambda m: held[int(m.group(1))], text).strip()

    return [replace(c, lhs=back(c.lhs), rhs=back(c.rhs), source=back(c.source),
                    implied_by=None if c.implied_by is None else
                    (back(c.implied_by[0]), back(c.implied_by[1])))
            for c in claims]
