"""What the text around a function's definition says about it (caller side): a text with
a comparison, bars, "otherwise" or cases may define it piecewise, and one that tells the
rule only at some values ("for k = 0, 1, 2") defines it there only, so what was read as its
definition may be one piece only, and its derivative is never refuted
(`wrong_derivatives.py`); and whether the problem asks where a derivative is zero
(critical points, extremes, where a function increases), so that `3x^2 - 3 = 0` after
`f'(x) = 3x^2 - 3` is the equation f'(x) = 0 written out (`derivatives.py`)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from tutor.verify.extract.claim import RawClaim
from tutor.verify.functions import defined_function, plain_definitions
from tutor.verify.segments import MAX_STEP_CHARS

__all__ = ["asks_extrema", "note_definitions"]

_PIECEWISE = re.compile(
    r"[<>≤≥|]|\\(?:le|ge|leq|geq|lt|gt|neq|ne|vert|mid)(?![a-zA-Z])|\bcases\b|\botherwise\b"
    r"|\bpiecewise\b|\bif\s+[a-z]\s*(?:is|lies)\b"
    # a rule told only at some values: "q(k) = k^3 for k = 0, 1, 2" is no rule for q(5)
    r"|\bfor\s+\$?\s*[a-z]\s*(?:=|∈|\\in(?![a-zA-Z])|in\b)", re.IGNORECASE)
_NAME = re.compile(r"^\s*[a-zA-Z]\s*$")
_EXTREMA = re.compile(
    r"\b(?:critical|stationary|turning)\s+(?:points?|numbers?|values?)\b|\bextrem(?:a|um|e)\b"
    r"|\bmax(?:im\w*)?\b|\bmin(?:im\w*)?\b|\bhorizontal\s+tangent"
    r"|\bincreas|\bdecreas",
    re.IGNORECASE)


def asks_extrema(problem: str) -> bool:
    """The problem asks where a derivative is zero, in words."""
    return bool(_EXTREMA.search(problem[:MAX_STEP_CHARS]))


def note_definitions(unsure: set[str], text: str, claims: Iterable[RawClaim]) -> None:
    """Mark the functions `text` defines as unsure when it may define them piecewise, and
    as sure (again) when it plainly defines them. Only the text the readers see counts
    (the first MAX_STEP_CHARS characters)."""
    text = text[:MAX_STEP_CHARS]
    claims = [c for c in claims if c.relation == "="]
    names = {found[0] for c in claims if (found := defined_function(c.lhs, c.rhs)) is not None}
    names.update(c.lhs.strip() for c in claims if _NAME.match(c.lhs))  # `y = x^2 - 1`
    names.update(found[0] for found in plain_definitions(text))
    if _PIECEWISE.search(text):
        unsure.update(names)
    else:
        unsure.difference_update(names)
