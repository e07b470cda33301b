"""Typed reader: a square told by its side, with circular pieces drawn on it in words (a
quarter circle centred at a corner, quarter circles at every corner, semicircles on its sides,
the circle inscribed in it), and the area of the region the words name asked.

"A square has side 4. A quarter circle of radius 4 is drawn centred at one corner. What is
the area of the region inside the square but outside the quarter circle?", "Semicircles are
drawn outward on each of the four sides of a square of side 2. What is the total area of the
figure?", "A circle touching all four sides is cut out of a square sheet of side 10: how much
of the sheet is left?".

The pieces must not overlap (two quarter circles at adjacent corners wider than half the
side, semicircles drawn inward on adjacent sides: the region has lens-shaped parts, decline);
a semicircle's side (inward or outward) must be told when the whole figure is asked. A
"shaded" region, or any word the reader does not place, declines. The area is the square's
less (or plus) each piece's, by formula; confirmed independently by integrating across the
square the length of each vertical line that lies in the region (the pieces' chords merged
as intervals), at 30 digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import (
    COMMON,
    number,
    without_area_units,
    without_length_units,
)
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_N = r"@(\d+)@"
_CENTRED = r"(?:cent(?:ered|red)|with (?:its )?(?:center|centre))"
_DRAWN = r"(?:(?:is|are) )?(?:drawn |constructed |placed |built |attached )?"
_SHEET = r"(?: (?:piece|sheet) of (?:paper|cardboard|card|metal|tin|wood|fabric))?"
# the square and its side
_SIDES = [
    rf"\b(?:a|the) square{_SHEET},? (?:has|with) (?:a )?sides?(?: length)?(?: of)?(?: length)? "
    rf"{_N}",
    rf"\b(?:a|the) square{_SHEET} (?:of|with) sides?(?: length)?(?: of)?(?: length)? {_N}",
    rf"\bthe sides? (?:length )?of (?:a|the) square{_SHEET} (?:is|are|measures?) {_N}",
    rf"\b(?:a|the) {_N} by {_N} square{_SHEET}",
]
_EACH = r"(?:on |at )?(?:each of |all )?(?:the |its )?(?:four )?"
# (pattern, what): what the pieces are; "R" is a radius told with them
_PIECES = [
    (rf"\b(?:a|one) quarter[- ]circle (?:of radius {_N} )?{_DRAWN}(?:{_CENTRED} )?(?:at|on) "
     rf"(?:one|a) (?:corner|vertex) of the square(?:,? with radius {_N})?", "corner"),
    (rf"\bquarter[- ]circles (?:of radius {_N} )?{_DRAWN}(?:{_CENTRED} )?{_EACH}(?:corners|"
     rf"vertices) of the square(?:,? with radius {_N})?", "corners"),
    (rf"\b(?:four )?semicircles {_DRAWN}(?P<dir>(?:outward|inward|outside|inside)(?: (?:of )?"
     rf"the square)? )?{_EACH}sides(?: of the square)?(?P<dir2> outward| inward| outside(?: "
     rf"of)? the square| inside the square)?", "semicircles"),
    (rf"\b(?:a|one) semicircle {_DRAWN}(?P<dir>(?:outward|inward|outside|inside)(?: (?:of )?"
     rf"the square)? )?(?:on|along) (?:each|every) side(?: of the square)?(?P<dir2> outward| "
     rf"inward| outside(?: of)? the square| inside the square)?", "semicircles"),
    (r"\b(?:a|the) circle (?:is )?inscribed in the square", "inscribed"),
    (r"\b(?:a|the) circle (?:that )?(?:touches|is tangent to) (?:all|each of the) "
     r"(?:four )?sides(?: of the square)?", "inscribed"),
    (rf"\b(?:a|the) (?:largest (?:possible )?)?circle (?:that )?(?:is )?cut (?:out )?(?:of|"
     rf"from) the square{_SHEET}", "cut"),
]
_PIECE_WORD = r"(?:quarter[- ]circles?|semicircles|circles?)"
_ASKS = [  # (pattern, what is asked)
    (rf"\b(?:what is|find|compute|determine) the area of the (?:region|part|portion) (?:of "
     rf"the square )?(?:that is |which is |that lies |lying )?(?:inside|within|in) the square,? "
     rf"(?:but |and |yet )?(?:that is |which is )?(?:outside(?: of)?|not (?:inside|in|covered "
     rf"by)) (?:the|all|any|each of the|every) (?:four )?{_PIECE_WORD}[?.]?$", "left"),
    (rf"\b(?:what is|find|compute|determine) the area of (?:the (?:part|portion|region) of )?"
     rf"the square (?:that is |which is |that lies |lying )?(?:not covered by|outside(?: of)?) "
     rf"the (?:four )?{_PIECE_WORD}[?.]?$", "left"),
    (r"\b(?:how much|what area) of the (?:square|paper|sheet|cardboard|card|metal|tin|wood|"
     r"fabric) is left(?: over)?[?.]?$", "left"),
    (r"\bhow much (?:paper|cardboard|card|metal|tin|wood|fabric) is left(?: over)?[?.]?$",
     "left"),
    (r"\b(?:what is|find|compute|determine) the (?:total |whole )?area of the (?:whole |entire "
     r"|resulting |complete )?(?:figure|shape)[?.]?$", "whole"),
]
# a casual "answer in terms of pi" the engine leaves on
_IN_PI = re.compile(r"(?<=[.?])\s*(?:(?:express|give|write) (?:your |the )?)?answer in terms of "
                    r"(?:pi|π)[.]?$")
_GLUE = FILLER | COMMON | frozenset("square".split())


@dataclass(frozen=True)
class Piece:
    """A disc, of which only the part inside the square counts ("in"), or only the half
    beyond the square's side at its centre ("out": axis 0 for a left or right side, 1 for
    a bottom or top one, sign the side away from the square)."""
    cx: sp.Expr
    cy: sp.Expr
    r: sp.Expr
    part: str
    axis: int = 0
    sign: int = 0


def read_square_arc_region(split: Split, template: str) -> Result | None:
    if "square" not in template or not re.search(r"\b(?:quarter|semicircles?|circles?)\b",
                                                   template):
        return None
    text, units = without_length_units(without_area_units(template).lower())
    if len(units - {"unit"}) > 1:
        raise Decline("one unit of length throughout")
    text = _IN_PI.sub("", text.strip())
    sides: list[sp.Expr | None] = []
    for pattern in _SIDES:
        for m in re.finditer(pattern, text):
            sides += [number(split.maths[int(g)]) for g in m.groups()]
        text = re.sub(r"\s+", " ", re.sub(pattern, " the square ", text))
    found: list[tuple[str, re.Match[str]]] = []
    for pattern, what in _PIECES:
        found += [(what, m) for m in re.finditer(pattern, text)]
        text = re.sub(r"\s+", " ", re.sub(pattern, " ; ", text))
    asked = [(what, q) for pattern, what in _ASKS if (q := re.search(pattern, text))]
    if not sides or not found or len(asked) != 1:
        return None
    what_asked, question = asked[0]
    rest = text[:question.start()]
    if words(rest) - _GLUE or re.search(r"@\d+@", rest):
        return None
    if len(set(sides)) != 1 or sides[0] is None or not sides[0].is_positive:
        raise Decline("one positive side of the square")
    side = sides[0]
    pieces = _pieces(found, side, split.maths, asked_whole=what_asked == "whole")
    return _area(side, pieces, what_asked)


def _pieces(found: list[tuple[str, re.Match[str]]], s: sp.Expr, maths: list[str], *,
            asked_whole: bool) -> list[Piece]:
    pieces: list[Piece] = []
    kinds = {what for what, _ in found}
    if "cut" in kinds and "inscribed" in kinds:  # "a circle touching all four sides is cut out"
        found = [(w, m) for w, m in found if w != "cut"]
    for what, m in found:
        if what == "cut":
            if "largest" not in m.group(0):
                raise Decline("the circle cut out of the square is not told by its size")
            what = "inscribed"
        if what == "inscribed":
            pieces.append(Piece(s / 2, s / 2, s / 2, "in"))
        elif what in ("corner", "corners"):
            radii = [number(maths[int(g)]) for g in m.groups() if g and g.isdigit()]
            if len(radii) != 1 or radii[0] is None or not radii[0].is_positive:
                raise Decline("the quarter circles' radius told once")
            r = radii[0]
            zero = sp.Integer(0)
            corners = [(zero, zero)] if what == "corner" else [(zero, zero), (s, zero), (s, s),
                                                               (zero, s)]
            pieces += [Piece(x, y, r, "in") for x, y in corners]
        else:
            direction = (m.group("dir") or "") + (m.group("dir2") or "")
            if not direction.strip():
                if asked_whole:
                    raise Decline("the semicircles drawn inward or outward?")
                direction = "in"
            out = "out" in direction
            half = s / 2
            zero = sp.Integer(0)
            for cx, cy, axis, sign in ((half, zero, 1, -1), (s, half, 0, 1), (half, s, 1, 1),
                                       (zero, half, 0, -1)):
                pieces.append(Piece(cx, cy, half, "out" if out else "in", axis, sign))
    return pieces


def _area(s: sp.Expr, pieces: list[Piece], asked: str) -> Result:
    parts = {p.part for p in pieces}
    if parts == {"out"} and asked != "whole" or parts == {"in"} and asked != "left" or len(
            parts) != 1:
        raise Decline("the region asked is not the square less the pieces or with them")
    inside = parts == {"in"}
    for i, a in enumerate(pieces):
        if inside and not _quarter_or_half_inside(a, s):
            raise Decline("a piece reaches beyond the square")
        for b in pieces[i + 1:]:
            gap = sp.sqrt((a.cx - b.cx) ** 2 + (a.cy - b.cy) ** 2) - a.r - b.r
            if inside and sp.N(gap, 30) < -sp.Float(10) ** -20 or (a.cx, a.cy) == (b.cx, b.cy):
                raise Decline("the circular pieces overlap: which region is meant?")
    each = [sp.pi * p.r**2 * _share(p, s) for p in pieces]
    value = sp.expand(s**2 - sum(each)) if inside else sp.expand(s**2 + sum(each))
    if not value.is_positive:
        raise Decline("no region left")
    confirm.number(_integrated(s, pieces, inside), value,
                   "integrating across the square the length of each vertical line in the "
                   "region")
    pieces_sum = " + ".join(latex(e) for e in each)
    claim = (f"{latex(s)}^2 {'-' if inside else '+'} \\left({pieces_sum}\\right) = "
             f"{latex(value)}")
    how = ("The pieces lie inside the square without overlapping, so the region is the "
           "square with each piece taken out." if inside else
           "Each semicircle lies outside the square on its own side, so the figure is the "
           "square with each half-disc added.")
    return value, [
        step("the pieces' areas", "A quarter circle of radius $r$ has area $\\pi r^2/4$, a "
             "semicircle on a side of length $s$ has radius $s/2$ and area $\\pi (s/2)^2/2$, "
             "the inscribed circle has radius $s/2$.",
             "$" + ",\\ ".join(latex(e) for e in each) + "$", ""),
        step("the region's area", how, f"${claim}$", claim)]


def _share(p: Piece, s: sp.Expr) -> sp.Expr:
    """How much of the disc counts: a quarter at a corner, half on a side, all at the
    centre."""
    if p.part == "out":
        return sp.Rational(1, 2)
    on_edge = sum(1 for c in (p.cx, p.cy) if c in (0, s))
    return sp.Rational(1, 2**on_edge)


def _quarter_or_half_inside(p: Piece, s: sp.Expr) -> bool:
    """The counted part of the disc lies within the square: from a centre on an edge the
    disc reaches across the square, from a centre inside it reaches both ways."""
    tiny = -sp.Float(10) ** -20
    for c in (p.cx, p.cy):
        reach = [s - (c + p.r)] if c == 0 else [c - p.r] if c == s else [c - p.r, s - c - p.r]
        if any(sp.N(v, 30) < tiny for v in reach):
            return False
    return True


def _integrated(s: sp.Expr, pieces: list[Piece], inside: bool) -> mpmath.mpf:
    """The region's area as the integral over x of the length of its vertical section: the
    pieces' chords at x (each clipped to its counted part) merged as intervals."""
    with mpmath.workdps(30):
        side = mpmath.mpf(str(sp.N(s, 35)))
        discs = [(mpmath.mpf(str(sp.N(p.cx, 35))), mpmath.mpf(str(sp.N(p.cy, 35))),
                  mpmath.mpf(str(sp.N(p.r, 35))), p) for p in pieces]

        def section(x: mpmath.mpf) -> mpmath.mpf:
            spans: list[tuple[mpmath.mpf, mpmath.mpf]] = []
            for cx, cy, r, p in discs:
                if abs(x - cx) >= r:
                    continue
                h = mpmath.sqrt(r**2 - (x - cx) ** 2)
                lo, hi = cy - h, cy + h
                if p.part == "in":
                    lo, hi = max(lo, 0), min(hi, side)
                elif p.axis == 1:
                    lo, hi = (lo, min(hi, cy)) if p.sign < 0 else (max(lo, cy), hi)
                elif (x - cx) * p.sign <= 0:
                    continue
                if hi > lo:
                    spans.append((lo, hi))
            if inside:
                return side - _length(spans) if 0 <= x <= side else mpmath.mpf(0)
            if 0 <= x <= side:
                spans.append((mpmath.mpf(0), side))
            return _length(spans)

        cuts = {mpmath.mpf(0), side}
        for cx, _, r, _ in discs:
            cuts |= {cx - r, cx, cx + r}
        points = sorted(cuts)
        pairs = zip(points, points[1:], strict=False)
        return mpmath.fsum(mpmath.quad(section, [a, b]) for a, b in pairs)


def _length(spans: list[tuple[mpmath.mpf, mpmath.mpf]]) -> mpmath.mpf:
    """The total length of a union of intervals."""
    total, end = mpmath.mpf(0), None
    for lo, hi in sorted(spans):
        if end is None or lo > end:
            total += hi - lo
            end = hi
        elif hi > end:
            total += hi - end
            end = hi
    return total


__all__ = ["read_square_arc_region"]
