"""Numerals written in a base (`321_5`, `1011_{2}`, `(47)_8`, `86_{10}`) as the numbers
they stand for, so a base conversion can be verified (plain text work). Only digits
below the base and bases 2 to 10 are read; a claim read this way is verified only."""

from __future__ import annotations

import re
from dataclasses import replace

from tutor.verify.claims import RawClaim

_NUMERAL = re.compile(r"(?<![\w.^_{}\\])(?:\((\d{1,40})\)|(\d{1,40}))_\s*"
                      r"(?:\{\s*(\d{1,2})\s*\}|(\d))(?![\d}])")


def _value(m: re.Match[str]) -> str | None:
    digits, base = m.group(1) or m.group(2), int(m.group(3) or m.group(4))
    if not 2 <= base <= 10 or any(int(d) >= base for d in digits):
        return None
    return str(int(digits, base))


def text_in_base_ten(text: str) -> str | None:
    """`2 \\cdot 1021_3` as `2 \\cdot (34)`; the text itself when it writes no numeral in
    a base, None when it writes one that is not a numeral in its base (`9_8`)."""
    values = [_value(m) for m in _NUMERAL.finditer(text)]
    if None in values:
        return None
    return _NUMERAL.sub(lambda m: f"({_value(m)})", text)


def in_base_ten(claim: RawClaim) -> RawClaim | None:
    """The claim with every numeral in a base written in base ten, or None when it has
    none (or one that is not a numeral in its base: `9_8`)."""
    sides = [text_in_base_ten(side) for side in (claim.lhs, claim.rhs)]
    if sides[0] is None or sides[1] is None or sides == [claim.lhs, claim.rhs]:
        return None
    return replace(claim, lhs=sides[0], rhs=sides[1], comparable=False)
