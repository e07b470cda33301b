"""Ratios said equal, as reasoning models type them: "24:40 = 3:5", "1 : 2 : 4 = 3 : 6 : 12".

Two ratios of as many terms are equal when each is a multiple of the other: a:b = c:d
exactly when a·d = b·c, and a:b:c = d:e:f when also b·f = c·e. Each such cross product
is one claim. A colon also writes clock times ("10:30 = 22:30" on a 24-hour clock) and
other conventions, so the claims are verify only, yet counted: a pair that is not in
proportion keeps its step from being verified and is never marked wrong.

Only ratios whose terms are all written as numbers are read. Plain text work (no SymPy).
"""

from __future__ import annotations

import re
from itertools import pairwise

from tutor.verify.extract.claim import RawClaim
from tutor.verify.segments import MAX_STEP_CHARS

_TERM = r"\d{1,9}(?:\.\d{1,9})?"
_RATIO = rf"{_TERM}(?:[ \t]?:[ \t]?{_TERM})+"
_EDGE_BEFORE = r"(?<![\d.:/√^_\w])"
_EDGE_AFTER = r"(?![ \t]?:|[ \t]?(?:[\d√/^]|\.\d)|[ \t]?(?:am|pm|a\.m|p\.m|h\b|o'clock))"
_CHAIN = re.compile(rf"{_EDGE_BEFORE}{_RATIO}(?:[ \t]*=[ \t]*{_RATIO})+{_EDGE_AFTER}",
                    re.IGNORECASE)
_SPLIT_TERMS = re.compile(r"[ \t]?:[ \t]?")
_MAX_CLAIMS = 8


def _terms(ratio: str) -> list[str]:
    return [t.strip() for t in _SPLIT_TERMS.split(ratio.strip())]


def ratio_claims(step: str) -> list[RawClaim]:
    """The cross-product claims of each chain of equal ratios (see module doc)."""
    claims: list[RawClaim] = []
    for m in _CHAIN.finditer(step[:MAX_STEP_CHARS]):
        ratios = [r.strip() for r in m.group(0).split("=")]
        terms = [_terms(r) for r in ratios]
        if len({len(t) for t in terms}) != 1:
            continue
        for a, b in pairwise(terms):
            for k in range(len(a) - 1):
                claims.append(RawClaim(
                    lhs=f"{a[k]} * {b[k + 1]}", relation="=", rhs=f"{a[k + 1]} * {b[k]}",
                    source=f"{a[k]}:{a[k + 1]} = {b[k]}:{b[k + 1]}", latex=False, comparable=False,
                    approximate=False, single_link=True, counted=True,
                ))
    return claims[:_MAX_CLAIMS]
