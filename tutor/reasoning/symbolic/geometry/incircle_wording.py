"""Reading a polygon with a circle inscribed in it, for `incircle_touch_points` and
`tangential_quadrilaterals`: the problem as one lower-case text whose numbers are tokens
`#i` (the i-th value told), its names as letters ("triangle abc", "ap = #2") whether typed
plainly or as maths (`\\triangle ABC`, `\\overline{AB}`, `AP = 8`, "△ABC", "√3"); whether
the circle is said to be inscribed (and no other circle is told); and the independent check
that tangent lengths and a radius close up into a polygon around the circle.

Tangent lengths: from each corner the two tangents to the inscribed circle are equal, t_k;
the corner's half-angle has tangent r / t_k, and the half-angles of an n-gon add up to
(n - 2) * 90 degrees."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import EXACT_FORM, number
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split

# the circle said to be inside the polygon, touching every side
INSCRIBED = re.compile(
    r"\b(?:inscribed circle|incircle|inradius|circle (?:(?:of|with) radius #\d+ )?(?:is )?"
    r"inscribed in (?:it|(?:the |an? )?"
    r"(?:right |isosceles )?(?:triangle|quadrilateral|trapezoid)\b)|(?:is )?circumscribed "
    r"(?:about|around) a circle|in which a circle (?:is|can be) inscribed|tangential "
    r"quadrilateral|circumscribes a circle|(?:is )?drawn (?:about|around) a circle|a circle "
    r"(?:is )?tangent to (?:all |each of )?(?:its |the )?(?:three|four) sides)")
# a circle through the corners, outside the polygon, or any second circle: not ours
OTHER_CIRCLE = re.compile(
    r"\b(?:excircle|escribed|excentre|excenter|circumcircle|circumradius|circumscribed circle|"
    r"inscribed in a circle|cyclic|semicircle|circles|sphere|pentagon|hexagon|polygon)\b|"
    r"\bcircle (?:is )?circumscribed")
_NAME = re.compile(r"\s*(?:\\triangle\s*|\\overline\s*)?\{?\s*([A-Z]{1,4})\s*\}?\s*")
_TOLD = re.compile(r"\s*(?:\\overline\s*)?\{?\s*([A-Z]{2})\s*\}?\s*=\s*(.+?)\s*")


def flat_text(split: Split, template: str) -> tuple[str, list[sp.Expr]] | None:
    """The problem as one lower-case text (numbers as `#i`) and the values told, in order;
    None when a piece of maths is neither a name, a positive number nor `XY = number`."""
    values: list[sp.Expr] = []

    def token(value: sp.Basic | None) -> str:
        if value is None or not isinstance(value, sp.Expr) or not value.is_positive:
            raise _NotOurs
        values.append(value)
        return f" #{len(values) - 1} "

    def piece(m: re.Match[str]) -> str:
        src = split.maths[int(m.group(1))]
        told = _TOLD.fullmatch(src)
        if told:
            return f" {told.group(1).lower()} = {token(number(told.group(2)))}"
        name = _NAME.fullmatch(src)
        if name:
            return f" {'triangle ' if 'triangle' in src else ''}{name.group(1).lower()} "
        return token(number(src))

    text = re.sub(EXACT_FORM, " ", template.lower())
    text = text.replace("△", " triangle ").replace("’", "'")
    try:
        text = re.sub(r"@(\d+)@", piece, text)
    except _NotOurs:
        return None
    # "√ #2": the square root of the value told
    for m in reversed(list(re.finditer(r"√ *#(\d+)", text))):
        values[int(m.group(1))] = sp.sqrt(values[int(m.group(1))])
        text = text[:m.start()] + f"#{m.group(1)}" + text[m.end():]
    if "√" in text:
        return None
    # a unit after a measure goes ("4 cm"); "cm" elsewhere may be a segment's name
    text = re.sub(r"(#\d+) +(?:cm|mm|m|units?|inches|inch|feet|foot|meters|centimeters)\b",
                  r"\1", text)
    return re.sub(r"\s+", " ", text).strip(), values


class _NotOurs(Exception):
    pass


def told(values: list[sp.Expr], used: set[int], tok: str) -> sp.Expr:
    """The value a token `#i` names, noted as used (a value used twice declines)."""
    i = int(tok.lstrip("#"))
    if i in used:
        raise Decline("each measure told used once")
    used.add(i)
    return values[i]


def all_used(values: list[sp.Expr], used: set[int]) -> None:
    if used != set(range(len(values))):
        raise Decline("every measure told used once")


def inscribed_radius(lengths: list[sp.Expr]) -> sp.Expr:
    """The radius of the circle inscribed in the polygon whose corners have these tangent
    lengths: the half-angles' tangents r / t_k add up as the angles of an n-gon, so the
    product of (t_k + i r) points along the real axis (for n = 3 or 4: r^2 = e_3 / e_1)."""
    if len(lengths) not in (3, 4):
        raise Decline("a triangle or a quadrilateral about the circle")
    e1 = sum(lengths)
    e3 = sum(lengths[a] * lengths[b] * lengths[c] for a in range(len(lengths))
             for b in range(a + 1, len(lengths)) for c in range(b + 1, len(lengths)))
    return sp.sqrt(sp.nsimplify(sp.simplify(e3 / e1)))


def check_closes(lengths: list[sp.Expr], radius: sp.Expr) -> None:
    """Confirmed independently: with that radius the corners' angles, 2 arctan(r / t_k),
    add up to the angle sum of the polygon (mpmath, 40 digits)."""
    with mpmath.workdps(40):
        r = mpmath.mpf(str(sp.N(radius, 45)))
        total = mpmath.fsum(2 * mpmath.atan(r / mpmath.mpf(str(sp.N(t, 45)))) for t in lengths)
        ok = abs(total - (len(lengths) - 2) * mpmath.pi) < mpmath.mpf(10) ** -30
    confirm.check(bool(ok), "the corners' angles 2 arctan(r / t), from the tangent lengths, "
                  "add up to the polygon's angle sum")


__all__ = ["INSCRIBED", "OTHER_CIRCLE", "all_used", "check_closes", "flat_text",
           "inscribed_radius", "told"]
