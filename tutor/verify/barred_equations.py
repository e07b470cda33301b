"""An equation with absolute values of its unknown, read for putting a value in
(worker side).

The strict parser reads absolute values of numbers only (`|12 - 31|`): a bar beside letters
can be other notation (`P(A|B)`, `a | b`). The equation a "Solve ..." problem asks about is
another matter: `|x - 4| = 7`, `2|x| + 3 = 11`, `|2x + 1| = x + 5`. Each side's bars are
paired as a reader pairs them (`absolute_bars.paired`); each inside is read strictly on
its own (no bars inside bars) and the side around it with a stand-in letter, then the
absolute values are put in. Anything that does not read this way is None.
"""

from __future__ import annotations

import re

import sympy

from tutor.verify.absolute_bars import paired
from tutor.verify.exact import strict

_BARRED = re.compile(r"\(\|([^|]+)\|\)")
_STAND_INS = "UVW"
_AFTER_BAR = re.compile(r"\|\)\s*[\w(\\]")  # `|x|y`, `|x|(x + 1)`: a product, or more bars?


def barred_side(text: str) -> sympy.Expr | None:
    """One side with at most three absolute values of expressions in letters, or None."""
    grouped = paired(text)
    insides = _BARRED.findall(grouped)
    if not insides or len(insides) > len(_STAND_INS) or "|" in _BARRED.sub("", grouped) \
            or any(letter in text for letter in _STAND_INS) or _AFTER_BAR.search(grouped):
        return None
    values: dict[sympy.Symbol, sympy.Expr] = {}
    for letter, inside in zip(_STAND_INS, insides, strict=False):
        parsed = strict(inside)
        if parsed is None:
            return None
        values[sympy.Symbol(letter)] = sympy.Abs(parsed.expr)
    count = iter(_STAND_INS)
    outer = strict(_BARRED.sub(lambda _m: f"({next(count)})", grouped))
    return None if outer is None else outer.expr.xreplace(values)


def barred_pair(pair: tuple[str, str]) -> tuple[sympy.Expr, sympy.Expr] | None:
    """Both sides of an equation, at least one with absolute values of letters (see
    module doc), or None."""
    if "|" not in pair[0] + pair[1]:
        return None
    sides = []
    for text in pair:
        side = barred_side(text) if "|" in text else (
            parsed.expr if (parsed := strict(text)) is not None else None)
        if side is None:
            return None
        sides.append(side)
    return sides[0], sides[1]


__all__ = ["barred_pair", "barred_side"]
