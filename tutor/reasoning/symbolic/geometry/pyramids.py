"""Right pyramids on an equilateral triangle, a regular hexagon or a rectangle: their measures
as formulas in their dimensions, their volume a second way, and the words that name them.

"A regular hexagonal pyramid has base edges of 4 and a height of 9", "a right pyramid with
an equilateral triangular base of side 6", "a pyramid whose base is a rectangle measuring
6 by 8 has lateral edges of 13": the apex stands above the centre of the base. A regular
base of side a has its apothem (the distance from the centre to a side, under the slant
height) and its circumradius (under a lateral edge); a rectangle's lateral faces have two
slant heights, so it is never asked for one. The square pyramid is `solids`' own.

`volume_by_slices` integrates the area of the cross-section at each height, the base's area
found by the shoelace formula on corners placed at 40 digits, independently of the volume
formula."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic.geometry.shoelace import shoelace_area

# the regular bases, by their number of sides
SIDES = {"triangular_pyramid": 3, "hexagonal_pyramid": 6}
DIMENSIONS: dict[str, tuple[str, ...]] = {
    "triangular_pyramid": ("a", "h"), "hexagonal_pyramid": ("a", "h"),
    "rectangular_pyramid": ("l", "w", "h")}
KINDS = tuple(DIMENSIONS)


def pyramid_measures(kind: str, d: dict[str, sp.Symbol]) -> dict[str, sp.Expr]:
    """Every measure the words can name for a right pyramid of this kind."""
    h = d["h"]
    if kind == "rectangular_pyramid":
        ln, w = d["l"], d["w"]
        lateral = ln * sp.sqrt(h**2 + w**2 / 4) + w * sp.sqrt(h**2 + ln**2 / 4)
        return {"length": ln, "width": w, "height": h, "base_area": ln * w,
                "base_perimeter": 2 * (ln + w), "volume": ln * w * h / 3,
                "lateral_edge": sp.sqrt(h**2 + (ln**2 + w**2) / 4), "lateral_area": lateral,
                "surface_area": ln * w + lateral}
    n, a = SIDES[kind], d["a"]
    apothem = sp.radsimp(a / (2 * sp.tan(sp.pi / n)))
    circumradius = sp.radsimp(a / (2 * sp.sin(sp.pi / n)))
    base = n * a * apothem / 2
    slant = sp.sqrt(h**2 + apothem**2)
    return {"base_edge": a, "height": h, "volume": base * h / 3, "base_area": base,
            "base_perimeter": n * a, "slant_height": slant,
            "lateral_edge": sp.sqrt(h**2 + circumradius**2),
            "lateral_face_area": a * slant / 2, "lateral_area": n * a * slant / 2,
            "surface_area": base + n * a * slant / 2}


def volume_by_slices(kind: str, v: dict[str, mpmath.mpf]) -> mpmath.mpf:
    """The integral over the height of the cross-section's area: the base's area (from its
    corners) times the square of the part of the height left above the slice."""
    corners = [(0, 0), (v["l"], 0), (v["l"], v["w"]), (0, v["w"])] if \
        kind == "rectangular_pyramid" else walked_corners(SIDES[kind], v["a"])
    base = shoelace_area(corners)
    return mpmath.quad(lambda z: base * (1 - z / v["h"]) ** 2, [0, v["h"]])


def walked_corners(n: int, side: mpmath.mpf) -> list[tuple[mpmath.mpf, mpmath.mpf]]:
    """A regular n-gon's corners at the working precision, found by walking its sides and
    turning by 360/n degrees at each corner (no formula for its area involved)."""
    corners, x, y = [], mpmath.mpf(0), mpmath.mpf(0)
    for k in range(n):
        corners.append((x, y))
        x += side * mpmath.cos(2 * mpmath.pi * k / n)
        y += side * mpmath.sin(2 * mpmath.pi * k / n)
    return corners


_BASE = {"eqtriangle": "triangular_pyramid", "hexagon": "hexagonal_pyramid",
         "rectangle": "rectangular_pyramid", "square": "pyramid"}
_U = (r"(?: (?:units?|inches|inch|feet|foot|centimeters?|meters?|cm|m|millimeters?|mm|"
      r"yards?|ft|in))?")
_SIDE = r"(?:(?:a )?(?:side|edge)s?(?: lengths?| of length)?|sides? of length|edges? of length)"
_RECT = r"(?:that )?(?:measur(?:es|ing)|of|with dimensions|has dimensions)? ?"

# the words, after `solid_wording` has made "equilateral triangle" eqtriangle and "regular
# hexagon" hexagon; run before its other rewrites
REWRITES: list[tuple[str, object]] = [
    (r"\bequilateral triangular base\b|\bbase (?:that is |which is )?an eqtriangle\b",
     "eqtriangle base"),
    (r"\bregular hexagonal base\b|\bbase (?:that is |which is )?a hexagon\b", "hexagon base"),
    (r"\brectangular base\b|\bbase (?:that is |which is )?a rectangle\b", "rectangle base"),
    (r"\bpyramid whose base is an? (eqtriangle|hexagon|rectangle|square)\b",
     r"pyramid with a \1 base"),
    (r"\b(?:right,? )?regular (triangular|hexagonal) pyramid\b", r"\1_pyramid"),
    (r"\b(?:right,? )?rectangular pyramid\b", "rectangular_pyramid"),
    (r"\b(?:right,? )?(?:regular )?pyramid (with|has|having|that has) (?:a|an) "
     r"(eqtriangle|hexagon|square) base (?:with|of|whose) " + _SIDE + r"(?: (?:is|of))?\b",
     lambda m: f"{_BASE[m.group(2)]} {m.group(1)} base_edge"),
    (r"\b(?:right,? )?(?:regular )?pyramid (with|has|having|that has) (?:a|an) rectangle base "
     + _RECT + r"(@\d+@)" + _U + r" by (@\d+@)" + _U + r"(?= |[.,;?]|$)",
     r"rectangular_pyramid \1 length \2 and width \3"),
    (r"\b(?:right,? )?(?:regular )?pyramid (with|has|having|that has) (?:a|an) "
     r"(eqtriangle|hexagon|rectangle) base(?= has| and| is|[.,;?])",
     lambda m: f"{_BASE[m.group(2)]} {m.group(1)}"),
    # "a rectangular pyramid has a base measuring 6 by 8": in the sentence that names it
    (r"\b(rectangular_pyramid\b[^.?;]*?)\b(?:a|its|the) base " + _RECT + r"(@\d+@)" + _U +
     r" by (@\d+@)" + _U + r"(?= |[.,;?]|$)", r"\1length \2 and width \3"),
    (r"\b(?:area of (?:a|one|each) (?:lateral|triangular|slanted) face|lateral face area)\b",
     "lateral_face_area"),
    (r"\b(?:its|the) (?:apex|peak|top|vertex) is (@\d+@)" + _U + r" (?:away )?from each "
     r"(?:corner|vertex) of (?:its|the) base\b", r"its lateral_edge is \1"),
    # "each lateral face of a right pyramid with ... has area 30": that face's area
    (r"\beach (?:lateral|triangular|slanted) face of (a|an|the) ((?:(?:right|regular|square|"
     r"square-based),? )*[a-z_]*pyramid\b[^.?;]*?) has (?:an )?area (?:of )?(@\d+@)",
     r"\1 \2 has lateral_face_area \3"),
    (r"\bheight of (the|its|this) pyramid from its (?:apex|peak|top|vertex) to the "
     r"(?:center|centre) of its (?:square |rectangular |triangular |hexagonal )?base\b",
     r"height of \1 pyramid"),
]


def referred_back(text: str) -> str:
    """"a regular hexagonal pyramid ... the height of the pyramid": with one such pyramid
    named and no other pyramid, "the pyramid" (this, its, that) is that one."""
    named = set(re.findall(r"\b(" + "|".join(KINDS) + r")\b", text))
    if len(named) != 1 or re.search(r"\b(?:a|an|another|one|second|other) pyramid\b", text):
        return text
    return re.sub(r"\b(the|this|that|its|each) pyramid\b", rf"\1 {named.pop()}", text)


__all__ = ["DIMENSIONS", "KINDS", "REWRITES", "pyramid_measures", "referred_back",
           "volume_by_slices", "walked_corners"]
