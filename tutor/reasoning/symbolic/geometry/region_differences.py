"""The region inside one figure and outside another inscribed in it, for the solids reader
(`solid_questions`): "the area of the region inside the square but outside the circle", "the
area of the square not covered by the circle", "the area between the circle and the inscribed
square", "the volume of the space inside the cube but outside the sphere".

`WORDINGS` bring each wording to `region_minus the area of the square to the area of the
circle` (the second taken from the first) or `region_between ...` (the outer one first,
whichever is said first). The region is the difference of the two measures only when one
figure lies inside the other: the smaller one must be inscribed in the larger (`inner_of`),
else the reader declines. `measured` recomputes each figure's measure apart from its
formula (polygons by their corners, a circle's area and every volume by integration)."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic.geometry.solids import Solid, area_by_corners, volume_by_slices
from tutor.reasoning.symbolic.model import Decline

_KIND = (r"(cube|box|sphere|hemisphere|cylinder|cone|pyramid|circle|square|rectangle|"
         r"eqtriangle|hexagon)")
_MEAS = r"(area|volume)"
_PART = r"(?:of (?:the )?(?:region|part|portion|space) )?"
_INSIDE = r"(?:(?:that is |which is |that lies |lying )?(?:inside|within|in|interior to) )"
_OUTSIDE = (r"(?:outside(?: of)?|not (?:inside|in|covered by|occupied by|filled by|"
            r"taken up by))")
_DET = r"(?:the|a|an|its) (?:inscribed |circumscribed |larger |smaller |inner |outer )?"
WORDINGS: list[tuple[str, str]] = [
    # "the area of the region inside the square but outside the circle"
    (rf"\b(?:the )?{_MEAS} {_PART}{_INSIDE}{_DET}{_KIND},? (?:but |and |yet |that is |which "
     rf"is )?{_OUTSIDE} {_DET}{_KIND}\b", r"region_minus the \1 of the \2 to the \1 of the \3"),
    # "the area of the square not covered by the circle", "... of the square outside the circle"
    (rf"\b(?:the )?{_MEAS} of (?:the (?:part|portion|region) of )?{_DET}{_KIND} (?:that is |"
     rf"which is |that lies |lying )?{_OUTSIDE} {_DET}{_KIND}\b",
     r"region_minus the \1 of the \2 to the \1 of the \3"),
    # "the area of the region between the circle and the square"
    (rf"\b(?:the )?{_MEAS} (?:of (?:the )?(?:region|space) )?between {_DET}{_KIND} and "
     rf"{_DET}{_KIND}\b", r"region_between the \1 of the \2 to the \1 of the \3"),
]
TOKENS = frozenset({"region_minus", "region_between"})


def kind_asked(question: str) -> str | None:
    """`region_minus`, `region_between`, or None when no region is asked."""
    found = [t for t in TOKENS if f" {t} " in f" {question} "]
    if len(found) > 1:
        raise Decline("two regions asked")
    return found[0] if found else None


def difference(kind: str, asked: list[tuple[str, Solid]], exprs: list[sp.Expr],
               inner_of: dict[int, int]) -> tuple[sp.Expr, list[tuple[str, Solid]]]:
    """The outer figure's measure less the inner one's, and the two (outer first)."""
    if len(asked) != 2 or len(exprs) != 2 or asked[0][0] != asked[1][0]:
        raise Decline("a region between two figures, one measure of each")
    (_, a), (_, b) = asked
    if inner_of.get(b.index) == a.index:
        return exprs[0] - exprs[1], asked
    if kind == "region_between" and inner_of.get(a.index) == b.index:
        return exprs[1] - exprs[0], [asked[1], asked[0]]
    raise Decline("the region is not one figure less another inscribed in it")


def measured(qty: str, solid: Solid, values: dict[sp.Symbol, sp.Basic]) -> mpmath.mpf | None:
    """The figure's area or volume computed without its formula, or None when there is no
    second way here."""
    if qty == "volume" and solid.kind in ("cube", "box", "sphere", "hemisphere", "cylinder",
                                          "cone", "pyramid"):
        return volume_by_slices(solid, values)
    if qty != "area":
        return None
    if solid.kind == "circle":  # the area as the integral of the chord's length
        with mpmath.workdps(40):
            r = mpmath.mpf(str(sp.N(solid.dims["r"].subs(values), 45)))
            return mpmath.quad(lambda x: 2 * mpmath.sqrt(r**2 - x**2), [-r, r])
    return area_by_corners(solid, values)


def measured_difference(asked: list[tuple[str, Solid]],
                        values: dict[sp.Symbol, sp.Basic]) -> mpmath.mpf:
    """The outer figure's measure less the inner one's, each `measured` (not a number when
    either has no second way, so that the confirmation fails)."""
    outer, inner = (measured(q, s, values) for q, s in asked)
    return outer - inner if outer is not None and inner is not None else mpmath.mpf("nan")


def rewritten(text: str) -> str:
    for pattern, repl in WORDINGS:
        text = re.sub(pattern, repl, text)
    return text


__all__ = ["TOKENS", "WORDINGS", "difference", "kind_asked", "measured", "measured_difference",
           "rewritten"]
