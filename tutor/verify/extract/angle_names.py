"""Angle names as single quantities. `\\angle ABC` is the angle at B between BA and BC,
not the product A·B·C: read as letters, any reordering looks equal (`\\angle BAC =
\\angle ABC` would pass as an identity). Each name becomes one symbol keyed by its
vertex and its two ends in order, so `\\angle ABC` and `\\angle CBA` are the same
quantity and `\\angle BAC` another one. A measure written `m\\angle` is the same
quantity. Plain text work (no SymPy)."""

from __future__ import annotations

import re
from dataclasses import replace

from tutor.verify.extract.claim import RawClaim

_ANGLE = re.compile(
    r"(?<![A-Za-z\\])(?:m\s*)?(?:\\angle|\\measuredangle|∠)\s*"
    r"(?:\{\s*(?P<braced>[A-Z]{1,3}|\d)\s*\}|(?P<bare>[A-Z]{1,3}|\d)(?![A-Za-z0-9]))")


def _symbol(match: re.Match[str]) -> str:
    name = match.group("braced") or match.group("bare")
    if len(name) == 3:  # vertex first, then its two ends in order
        name = name[1] + "".join(sorted(name[0] + name[2]))
    return f" m_{{{name}}} "


def angle_symbols(text: str) -> str:
    """`text` with each angle name (`\\angle ABC`, `m\\angle A`, `∠1`) as one symbol."""
    return _ANGLE.sub(_symbol, text) if "angle" in text or "∠" in text else text


def with_angle_symbols(claim: RawClaim) -> RawClaim:
    """The claim with its angle names read as quantities; verify only, since a
    figure's angles are related by facts the checker does not know."""
    lhs, rhs = angle_symbols(claim.lhs), angle_symbols(claim.rhs)
    if (lhs, rhs) == (claim.lhs, claim.rhs):
        return claim
    implied = claim.implied_by and (angle_symbols(claim.implied_by[0]),
                                    angle_symbols(claim.implied_by[1]))
    return replace(claim, lhs=lhs.strip(), rhs=rhs.strip(), comparable=False,
                   implied_by=implied or None)
