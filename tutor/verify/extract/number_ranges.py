"""A range of whole numbers written with a hyphen: "pages 1-10 is 10 pages", "rows 4-9 = 6
rows", "1-10 sum = 55". Read as a subtraction it is a claim like 1 - 10 = 10, false, so
such a link is never refuted; it still counts, so its step is not verified on the other
claims (`3-7 = 4` may also be a sign slip). Only a difference of two whole numbers typed
without spaces, the first smaller, said equal to a value that is not negative, is read so:
"12-5 = 8" and "1 - 10 = 10" stay plain subtractions. Plain text work, no SymPy."""

from __future__ import annotations

import re

from tutor.verify.extract.claim import RawClaim

__all__ = ["reads_as_range"]

# `1-10` on its own: no operator, letter, point or power against it
_RANGE = re.compile(r"(?<![\w.^)\]}\-−+*/×÷·])(\d+)-(\d+)(?![\w.^(\-−])")
_DIFFERENCE = re.compile(r"\s*(\d+)\s*[-−]\s*(\d+)\s*")


def reads_as_range(claim: RawClaim, written: str = "") -> bool:
    """The claim's left side is `a - b` with a < b, written `a-b` in its source (or in
    `written`, the text a reader took it from), and its right side is not negative: a range
    of numbers, not a subtraction."""
    m = _DIFFERENCE.fullmatch(claim.lhs)
    if m is None or int(m[1]) >= int(m[2]) or claim.relation != "=":
        return False
    if claim.rhs.strip().startswith(("-", "−")):
        return False
    return any(int(r[1]) == int(m[1]) and int(r[2]) == int(m[2])
               for r in _RANGE.finditer(written or claim.source))
