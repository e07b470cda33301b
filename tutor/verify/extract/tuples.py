"""Equal tuples: `(x, y) = (3, -1)`, `\\left(\\frac{2 + 6}{2}, \\frac{1 + 5}{2}\\right) = (4, 3)`.

Two tuples of the same length are equal when each pair of components is, so such a
claim becomes one claim per component, each as refutable as the whole claim was (a
false component makes the tuples unequal in every reading: points, vectors, intervals).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tutor.verify.extract.claim import RawClaim

_SIZING = re.compile(r"\\(?:left|right|big|Big|bigl|bigr|Bigl|Bigr)(?![a-zA-Z])")
_MAX_COMPONENTS = 6
_BARE = re.compile(r"^-?\d+(?:\.\d+)?$")


def _components(side: str) -> list[str] | None:
    """The components of a side that is one parenthesised tuple, else None."""
    text = _SIZING.sub("", side).strip()
    if len(text) < 5 or text[0] != "(" or text[-1] != ")":
        return None
    parts, depth, start = [], 0, 1
    for i, ch in enumerate(text):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
            if depth == 0 and i != len(text) - 1:
                return None  # `(a)(b)`: not one tuple
        elif ch == "," and depth == 1:
            parts.append(text[start:i].strip())
            start = i + 1
    parts.append(text[start:-1].strip())
    return parts if 2 <= len(parts) <= _MAX_COMPONENTS and all(parts) else None


def expand_tuples(claims: list[RawClaim]) -> list[RawClaim]:
    """Each `=` between two tuples of the same length as its components."""
    out: list[RawClaim] = []
    for claim in claims:
        left = _components(claim.lhs) if claim.relation == "=" else None
        right = _components(claim.rhs) if left else None
        if not left or not right or len(left) != len(right) or any(
                _BARE.match(a) and _BARE.match(b) and a != b
                for a, b in zip(left, right, strict=True)):
            out.append(claim)  # two different bare numbers: a component no check takes up
            continue
        out.extend(replace(claim, lhs=a, rhs=b, source=f"{a} = {b}")
                   for a, b in zip(left, right, strict=True))
    return out
