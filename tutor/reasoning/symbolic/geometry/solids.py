"""Solids as formulas in their dimensions, how one solid sits inscribed in another, and each
solid's volume a second way: the integral of its cross-sections' areas.

A solid is a kind with its own dimension symbols (positive); its measures are formulas in
them. `inscribed(inner, outer)` gives the equations that fix the inner solid in the outer one
(the largest such solid, touching every face), or None when the words do not fix it (a
cylinder in a sphere). `volume_by_slices` integrates the area of the cross-section at each
height numerically (mpmath), independently of the volume formula."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

import mpmath
import sympy as sp

from tutor.reasoning.symbolic.geometry import pyramids
from tutor.reasoning.symbolic.geometry.shoelace import shoelace_area

PI = sp.pi
# the regular polygons, by their number of sides
REGULAR = {"pentagon": 5, "hexagon": 6, "octagon": 8, "decagon": 10, "dodecagon": 12}
# the dimensions each kind has, by name
DIMENSIONS: dict[str, tuple[str, ...]] = {
    "cube": ("s",), "box": ("l", "w", "h"), "sphere": ("r",), "hemisphere": ("r",),
    "cylinder": ("r", "h"), "cone": ("r", "h"), "pyramid": ("a", "h"),
    "frustum": ("b", "t", "h"),  # a truncated cone: bottom and top radii, height
    # plane figures, related to solids and to each other the same way
    "circle": ("r",), "square": ("s",), "rectangle": ("l", "w"), "eqtriangle": ("s",),
} | {kind: ("s",) for kind in REGULAR} | pyramids.DIMENSIONS  # regular polygons


@dataclass
class Solid:
    """One solid of the problem: its kind, its place among the solids, its name ("A")."""
    KINDS: ClassVar[frozenset[str]] = frozenset(DIMENSIONS)  # solids, plane figures, pyramids
    kind: str
    index: int
    name: str = ""
    dims: dict[str, sp.Symbol] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.dims = {d: sp.Symbol(f"{d}_{self.index}", positive=True)
                     for d in DIMENSIONS[self.kind]}


def measures(solid: Solid) -> dict[str, sp.Expr]:
    """Every measure the words can name, as a formula in the solid's dimensions."""
    d = solid.dims
    if solid.kind in pyramids.KINDS:
        return pyramids.pyramid_measures(solid.kind, d)
    if solid.kind == "cube":
        s = d["s"]
        return {"edge": s, "edge_sum": 12 * s, "volume": s**3, "surface_area": 6 * s**2,
                "diagonal": sp.sqrt(3) * s,
                "face_area": s**2, "face_diagonal": sp.sqrt(2) * s}
    if solid.kind == "circle":
        r = d["r"]
        return {"radius": r, "diameter": 2 * r, "circumference": 2 * PI * r, "area": PI * r**2}
    if solid.kind in ("square", "eqtriangle"):
        s = d["s"]
        if solid.kind == "square":
            return {"edge": s, "perimeter": 4 * s, "area": s**2, "diagonal": sp.sqrt(2) * s}
        return {"edge": s, "perimeter": 3 * s, "area": sp.sqrt(3) * s**2 / 4,
                "height": sp.sqrt(3) * s / 2}
    if solid.kind in REGULAR:  # a regular polygon; a hexagon's longest diagonal
        s, n = d["s"], REGULAR[solid.kind]
        apothem = s / (2 * sp.tan(PI / n))
        return {"edge": s, "perimeter": n * s, "area": n * s * apothem / 2,
                "apothem": apothem} | ({"diagonal": 2 * s} if n == 6 else {})
    if solid.kind == "rectangle":
        ln, w = d["l"], d["w"]
        return {"length": ln, "width": w, "perimeter": 2 * (ln + w), "area": ln * w,
                "diagonal": sp.sqrt(ln**2 + w**2)}
    if solid.kind == "box":
        ln, w, h = d["l"], d["w"], d["h"]
        return {"length": ln, "width": w, "height": h, "volume": ln * w * h,
                "edge_sum": 4 * (ln + w + h),
                "surface_area": 2 * (ln * w + ln * h + w * h),
                "diagonal": sp.sqrt(ln**2 + w**2 + h**2)}
    if solid.kind in ("sphere", "hemisphere"):
        r = d["r"]
        got = {"radius": r, "diameter": 2 * r, "circumference": 2 * PI * r}
        if solid.kind == "sphere":
            return got | {"volume": sp.Rational(4, 3) * PI * r**3, "surface_area": 4 * PI * r**2}
        # a hemisphere's "surface area" may or may not count its flat face: only the total
        return got | {"volume": sp.Rational(2, 3) * PI * r**3, "total_area": 3 * PI * r**2,
                      "curved_area": 2 * PI * r**2, "base_area": PI * r**2}
    h = d["h"]
    if solid.kind == "cylinder":
        r = d["r"]
        return {"radius": r, "diameter": 2 * r, "height": h, "volume": PI * r**2 * h,
                "circumference": 2 * PI * r, "base_area": PI * r**2,
                "lateral_area": 2 * PI * r * h, "surface_area": 2 * PI * r**2 + 2 * PI * r * h,
                "diagonal": sp.sqrt(4 * r**2 + h**2)}
    if solid.kind == "cone":
        r = d["r"]
        slant = sp.sqrt(r**2 + h**2)
        return {"radius": r, "diameter": 2 * r, "height": h, "volume": PI * r**2 * h / 3,
                "circumference": 2 * PI * r, "base_area": PI * r**2, "slant_height": slant,
                "lateral_area": PI * r * slant, "surface_area": PI * r**2 + PI * r * slant}
    if solid.kind == "frustum":  # the two bases' radii b and t, the height h
        b, t = d["b"], d["t"]
        slant = sp.sqrt(h**2 + (b - t) ** 2)
        return {"big_radius": b, "small_radius": t, "height": h, "slant_height": slant,
                "volume": PI * h * (b**2 + b * t + t**2) / 3,
                "lateral_area": PI * (b + t) * slant,
                "surface_area": PI * (b + t) * slant + PI * b**2 + PI * t**2}
    a = d["a"]  # a right pyramid on a square base of edge a
    slant = sp.sqrt(h**2 + a**2 / 4)
    return {"base_edge": a, "height": h, "volume": a**2 * h / 3, "base_area": a**2,
            "base_perimeter": 4 * a, "slant_height": slant,
            "lateral_edge": sp.sqrt(h**2 + a**2 / 2), "lateral_area": 2 * a * slant,
            "lateral_face_area": a * slant / 2,
            "surface_area": a**2 + 2 * a * slant}


def inscribed(inner: Solid, outer: Solid) -> list[sp.Expr] | None:
    """Equations (each = 0) fixing `inner` inscribed in `outer`, or None if not fixed."""
    i, o = inner.dims, outer.dims
    pair = (inner.kind, outer.kind)
    if pair == ("circle", "square"):
        return [2 * i["r"] - o["s"]]
    if pair == ("square", "circle"):
        return [sp.sqrt(2) * i["s"] - 2 * o["r"]]
    if pair == ("circle", "eqtriangle"):  # the inradius s / (2 sqrt 3)
        return [2 * sp.sqrt(3) * i["r"] - o["s"]]
    if pair == ("eqtriangle", "circle"):  # the circumradius s / sqrt 3
        return [i["s"] - sp.sqrt(3) * o["r"]]
    if inner.kind == "circle" and outer.kind in REGULAR:  # the inradius, the apothem
        return [2 * i["r"] * sp.tan(PI / REGULAR[outer.kind]) - o["s"]]
    if outer.kind == "circle" and inner.kind in REGULAR:  # s = 2 R sin(pi / n)
        return [i["s"] - 2 * o["r"] * sp.sin(PI / REGULAR[inner.kind])]
    if pair == ("rectangle", "circle"):  # the diagonal is a diameter
        return [i["l"] ** 2 + i["w"] ** 2 - 4 * o["r"] ** 2]
    if pair == ("sphere", "cube"):
        return [2 * i["r"] - o["s"]]
    if pair == ("cube", "sphere"):
        return [sp.sqrt(3) * i["s"] - 2 * o["r"]]
    if pair == ("sphere", "cylinder"):  # touching both bases and the side
        return [i["r"] - o["r"], 2 * i["r"] - o["h"]]
    if pair in (("cylinder", "cube"), ("cone", "cube")):
        return [2 * i["r"] - o["s"], i["h"] - o["s"]]
    if pair == ("pyramid", "cube"):
        return [i["a"] - o["s"], i["h"] - o["s"]]
    if pair == ("cone", "cylinder"):
        return [i["r"] - o["r"], i["h"] - o["h"]]
    if pair == ("cylinder", "sphere"):  # the rims on the sphere: fixed once one more is known
        return [i["r"] ** 2 + i["h"] ** 2 / 4 - o["r"] ** 2]
    if pair == ("cylinder", "hemisphere"):  # standing on the flat face
        return [i["r"] ** 2 + i["h"] ** 2 - o["r"] ** 2]
    if pair == ("cube", "hemisphere"):  # standing on the flat face
        return [sp.Rational(3, 2) * i["s"] ** 2 - o["r"] ** 2]
    if pair == ("sphere", "cone"):  # the inradius of the cone's cross-section triangle
        r, h = o["r"], o["h"]
        return [i["r"] * (r + sp.sqrt(r**2 + h**2)) - r * h]
    return None


def volume_by_slices(solid: Solid, values: dict[sp.Symbol, sp.Basic]) -> mpmath.mpf:
    """The volume as the integral over the height of the cross-section's area, numerically."""
    with mpmath.workdps(40):
        v = {k: mpmath.mpf(sp.N(solid.dims[k].subs(values), 45)) for k in solid.dims}
        kind = solid.kind
        if kind in pyramids.KINDS:
            return pyramids.volume_by_slices(kind, v)
        if kind == "cube":
            return mpmath.quad(lambda z: v["s"] ** 2, [0, v["s"]])
        if kind == "box":
            return mpmath.quad(lambda z: v["l"] * v["w"], [0, v["h"]])
        if kind in ("sphere", "hemisphere"):
            low = -v["r"] if kind == "sphere" else 0
            return mpmath.quad(lambda z: mpmath.pi * (v["r"] ** 2 - z**2), [low, v["r"]])
        if kind == "cylinder":
            return mpmath.quad(lambda z: mpmath.pi * v["r"] ** 2, [0, v["h"]])
        if kind == "cone":
            return mpmath.quad(lambda z: mpmath.pi * (v["r"] * (1 - z / v["h"])) ** 2,
                               [0, v["h"]])
        if kind == "frustum":
            return mpmath.quad(lambda z: mpmath.pi * (v["b"] + (v["t"] - v["b"]) * z / v["h"])
                               ** 2, [0, v["h"]])
        return mpmath.quad(lambda z: (v["a"] * (1 - z / v["h"])) ** 2, [0, v["h"]])


def area_by_corners(solid: Solid, values: dict[sp.Symbol, sp.Basic]) -> mpmath.mpf | None:
    """A polygon's area by the shoelace formula on its corners, placed on coordinates at 40
    digits from its sides alone (independently of the area formula); None for a figure with
    no corners."""
    with mpmath.workdps(40):
        v = {k: mpmath.mpf(sp.N(solid.dims[k].subs(values), 45)) for k in solid.dims}
        if solid.kind == "rectangle":
            corners = [(0, 0), (v["l"], 0), (v["l"], v["w"]), (0, v["w"])]
        elif solid.kind in ("square", "eqtriangle", *REGULAR):
            n = {"square": 4, "eqtriangle": 3, **REGULAR}[solid.kind]
            corners = pyramids.walked_corners(n, v["s"])
        else:
            return None
        return shoelace_area(corners)


__all__ = ["DIMENSIONS", "REGULAR", "Solid", "area_by_corners", "inscribed", "measures",
           "volume_by_slices"]
