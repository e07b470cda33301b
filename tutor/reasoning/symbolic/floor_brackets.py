"""Floor and ceiling brackets in a formula, read before the LaTeX parser sees it.

`\\lfloor A \\rfloor` and `\\lceil A \\rceil` (with or without `\\left`/`\\right`) are
read by TeX's own pairing: the innermost bracket first. A bracket whose inside is a
number is replaced by its integer, found two ways (SymPy's exact floor and a 60-digit
interval bound, `number_theory.rounding`), so a constant bracket never reaches SymPy's
own automatic evaluation unchecked; a value too close to an integer to bound safely is
declined. A bracket around letters (`\\lfloor x \\rfloor`, `\\lceil 2x \\rceil`) is left
for the parser, which reads it as SymPy's `floor`/`ceiling`. A floor opened and closed as
a ceiling, or a bracket left open, is declined.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp

from tutor.reasoning.symbolic.model import Decline

_SIZED = re.compile(r"\\(?:left|right|big|Big|bigg|Bigg)[lr]?\s*(?=\\[lr](?:floor|ceil))")
_INNER = re.compile(r"\\l(floor|ceil)((?:(?!\\[lr](?:floor|ceil)).)*?)\\r(floor|ceil)", re.S)
_MARK = re.compile(r"\x00(\d+)\x00")
MAX_BRACKETS = 24


def has_brackets(s: str) -> bool:
    return re.search(r"\\[lr](?:floor|ceil)(?![a-zA-Z])", s) is not None


def settle_constants(s: str, parse: Callable[[str], sp.Basic]) -> str:
    """`s` with every floor or ceiling of a number replaced by its integer (in brackets);
    brackets around letters are kept as written for the parser."""
    from tutor.reasoning.symbolic.number_theory.rounding import (  # they parse with us
        bounded,
        unbraced,
    )

    s = _SIZED.sub("", s)
    kept: list[str] = []
    for _ in range(MAX_BRACKETS):
        m = _INNER.search(s)
        if m is None:
            break
        kind, inner = m.group(1), unbraced(m.group(2))
        if kind != m.group(3):
            raise Decline("a floor bracket closed as a ceiling (or the reverse)")
        if not inner.strip():
            raise Decline("an empty floor or ceiling bracket")
        if _MARK.search(inner) is None:
            v = parse(inner)
            if not v.free_symbols:
                v = v.doit()  # sqrt(4) as written is 2
                s = s[:m.start()] + f"({bounded(v, kind)})" + s[m.end():]
                continue
        kept.append(m.group(0))
        s = s[:m.start()] + f"\x00{len(kept) - 1}\x00" + s[m.end():]
    if has_brackets(s):
        raise Decline("unbalanced floor or ceiling brackets (or too many)")
    while (m := _MARK.search(s)) is not None:
        s = s[:m.start()] + kept[int(m.group(1))] + s[m.end():]
    return s


__all__ = ["has_brackets", "settle_constants"]
