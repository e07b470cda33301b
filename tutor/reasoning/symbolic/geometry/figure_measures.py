"""The measures of plane and solid figures as formulas in their dimensions.

Each figure has its dimensions (positive unknowns) and the quantities a question may
state or ask, each a formula in them; named regular polygons fix their number of sides.
Angles are in degrees."""

from __future__ import annotations

import sympy as sp

from tutor.reasoning.symbolic.geometry.polygon_names import polygon_sides

r, s, ln, w, h, a, b, n, t = sp.symbols("r s l w h a b n t", positive=True)
PI = sp.pi

FIGURES: dict[str, dict[str, sp.Expr]] = {
    # an inscribed angle is half the central angle on its arc
    "circle": {"radius": r, "diameter": 2 * r, "circumference": 2 * PI * r, "area": PI * r**2,
               "central_angle": t, "arc_length": t / 360 * 2 * PI * r, "inscribed_angle": t / 2},
    "sector": {"radius": r, "diameter": 2 * r, "central_angle": t,
               "arc_length": t / 360 * 2 * PI * r, "area": t / 360 * PI * r**2,
               "perimeter": 2 * r + t / 360 * 2 * PI * r,  # two radii and the arc
               # its whole circle's, from a sentence about the circle alone (figure_binding)
               "circle_area": PI * r**2, "circumference": 2 * PI * r},
    # the ring between two concentric circles: outer radius a, inner radius b (a > b)
    "annulus": {"outer_radius": a, "inner_radius": b, "area": PI * (a**2 - b**2)},
    # half a circle: its perimeter is the arc and the diameter
    "semicircle": {"radius": r, "diameter": 2 * r, "area": PI * r**2 / 2, "arc_length": PI * r,
                   "perimeter": PI * r + 2 * r},
    "square": {"side": s, "perimeter": 4 * s, "area": s**2, "diagonal": sp.sqrt(2) * s,
               "inradius": s / 2, "circumradius": sp.sqrt(2) * s / 2},
    "rectangle": {"length": ln, "width": w, "perimeter": 2 * ln + 2 * w, "area": ln * w,
                  "diagonal": sp.sqrt(ln**2 + w**2), "circumradius": sp.sqrt(ln**2 + w**2) / 2},
    "cube": {"side": s, "edge": s, "volume": s**3, "surface_area": 6 * s**2,
             "diagonal": sp.sqrt(3) * s},
    "box": {"length": ln, "width": w, "height": h, "volume": ln * w * h,
            "surface_area": 2 * (ln * w + ln * h + w * h),
            "diagonal": sp.sqrt(ln**2 + w**2 + h**2)},
    "sphere": {"radius": r, "diameter": 2 * r, "volume": sp.Rational(4, 3) * PI * r**3,
               "surface_area": 4 * PI * r**2},
    "cylinder": {"radius": r, "diameter": 2 * r, "height": h, "volume": PI * r**2 * h,
                 "circumference": 2 * PI * r, "base_area": PI * r**2,
                 "surface_area": 2 * PI * r**2 + 2 * PI * r * h,
                 "lateral_area": 2 * PI * r * h},
    "cone": {"radius": r, "diameter": 2 * r, "height": h, "volume": PI * r**2 * h / 3,
             "circumference": 2 * PI * r, "base_area": PI * r**2,
             "slant_height": sp.sqrt(r**2 + h**2)},
    "right_triangle": {"leg": a, "other_leg": b, "hypotenuse": sp.sqrt(a**2 + b**2),
                       "area": a * b / 2, "perimeter": a + b + sp.sqrt(a**2 + b**2),
                       "altitude_to_hypotenuse": a * b / sp.sqrt(a**2 + b**2),
                       "inradius": (a + b - sp.sqrt(a**2 + b**2)) / 2,
                       "circumradius": sp.sqrt(a**2 + b**2) / 2},
    "equilateral_triangle": {"side": s, "perimeter": 3 * s, "area": sp.sqrt(3) * s**2 / 4,
                             "height": sp.sqrt(3) * s / 2, "inradius": sp.sqrt(3) * s / 6,
                             "circumradius": sp.sqrt(3) * s / 3},
    "isosceles_right": {"leg": a, "hypotenuse": sp.sqrt(2) * a, "area": a**2 / 2,
                        "perimeter": 2 * a + sp.sqrt(2) * a,
                        "altitude_to_hypotenuse": sp.sqrt(2) * a / 2,
                        "inradius": (2 - sp.sqrt(2)) * a / 2, "circumradius": sp.sqrt(2) * a / 2},
    # two legs a and a base b: the height to the base halves it
    "isosceles_triangle": {"leg": a, "base": b, "height": sp.sqrt(a**2 - b**2 / 4),
                           "area": b * sp.sqrt(a**2 - b**2 / 4) / 2, "perimeter": 2 * a + b},
    "rhombus": {"diagonal": a, "other_diagonal": b, "area": a * b / 2,
                "side": sp.sqrt(a**2 + b**2) / 2, "perimeter": 2 * sp.sqrt(a**2 + b**2)},
    # a trapezoid by its two parallel sides (bases) and the distance between them
    "trapezoid": {"base": a, "other_base": b, "height": h, "area": (a + b) * h / 2,
                  "median": (a + b) / 2},
    "parallelogram": {"base": b, "height": h, "area": b * h},
    "kite": {"diagonal": a, "other_diagonal": b, "area": a * b / 2},
    # a triangle told by a base and its height
    "triangle_base": {"base": b, "height": h, "area": b * h / 2},
    "polygon": {"sides": n, "interior_angle": 180 * (n - 2) / n, "exterior_angle": 360 / n,
                "interior_sum": 180 * (n - 2), "exterior_sum": 360 + 0 * n,
                "diagonals": n * (n - 3) / 2,
                # an interior angle over / minus an exterior one
                "interior_over_exterior": (n - 2) / 2, "interior_minus_exterior": 180 - 720 / n,
                "side": s, "perimeter": n * s},
}
# the figure word(s) of the text -> the figure
FIGURE_WORDS = {
    "circle": "circle", "sector": "sector", "semicircle": "semicircle", "square": "square",
    "annulus": "annulus",
    "rectangle": "rectangle",
    "cube": "cube", "box": "box", "sphere": "sphere", "ball": "sphere", "cylinder": "cylinder",
    "cone": "cone", "right_triangle": "right_triangle", "polygon": "polygon",
    "equilateral_triangle": "equilateral_triangle", "isosceles_right": "isosceles_right",
    "isosceles_triangle": "isosceles_triangle",
    "triangle": "polygon", "quadrilateral": "polygon", "pentagon": "polygon",
    "hexagon": "polygon", "heptagon": "polygon", "octagon": "polygon", "nonagon": "polygon",
    "decagon": "polygon", "dodecagon": "polygon", "rhombus": "rhombus", "septagon": "polygon",
    "trapezoid": "trapezoid", "parallelogram": "parallelogram", "kite": "kite",
    "hendecagon": "polygon", "undecagon": "polygon", "icosagon": "polygon"}
POLYGON_SIDES = polygon_sides("triangle quadrilateral pentagon hexagon heptagon septagon octagon"
                              " nonagon decagon hendecagon undecagon dodecagon icosagon")
# a regular polygon with n sides of length s (only for a named polygon: n known): its area,
# its apothem (the radius of its inscribed circle) and the radius of its circumscribed circle
REGULAR_MEASURES = {"area": n * s**2 / (4 * sp.tan(PI / n)), "inradius": s / (2 * sp.tan(PI / n)),
                    "circumradius": s / (2 * sp.sin(PI / n))}
# measures of one angle of a polygon need it regular (or equiangular)
NEEDS_REGULAR = frozenset({"interior_angle", "exterior_angle", "side", "perimeter",
                           "interior_over_exterior", "interior_minus_exterior"})
ANGLES = frozenset({"interior_angle", "exterior_angle", "interior_sum", "exterior_sum"})
# the figures that count their sides: n must be a whole number, at least 3
COUNTED = {"polygon": n}
# "the length" of these is not one measure
NO_LENGTH = frozenset({"circle", "sector", "semicircle", "annulus", "sphere", "cone", "cylinder",
                       "polygon", "square",
                       "rhombus", "triangle_base", "trapezoid", "parallelogram", "kite",
                       "cube", "right_triangle", "equilateral_triangle", "isosceles_right",
                       "isosceles_triangle"})


def identities(kind: str, table: dict[str, sp.Expr]) -> list[sp.Expr]:
    """Facts, each zero, that tie a circle radius or an altitude of a figure to its area and
    sides by another route than its formula: the area is the inradius times the half
    perimeter; a right angle stands on a diameter of the circumcircle (R = abc / 4K for a
    triangle); the altitude to the hypotenuse times the hypotenuse is twice the area."""
    out: list[sp.Expr] = []
    if "inradius" in table:
        out.append(table["inradius"] * table["perimeter"] / 2 - table["area"])
    if "circumradius" in table:
        if "hypotenuse" in table:
            legs = [table["leg"], table.get("other_leg", table["leg"])]
            out.append(4 * table["area"] * table["circumradius"] -
                       legs[0] * legs[1] * table["hypotenuse"])
        elif kind == "equilateral_triangle":
            out.append(4 * table["area"] * table["circumradius"] - table["side"]**3)
        elif kind == "polygon":  # the apothem, half a side and a circumradius: a right triangle
            out.append(table["circumradius"]**2 - table["inradius"]**2 - table["side"]**2 / 4)
        else:  # a rectangle's or square's diagonal is a diameter
            out.append(2 * table["circumradius"] - table["diagonal"])
    if kind == "isosceles_triangle":  # Heron: the area from the three sides alone
        half = table["perimeter"] / 2
        out.append(table["area"] ** 2 - half * (half - table["leg"]) ** 2 * (half - table["base"]))
    if "altitude_to_hypotenuse" in table:
        out.append(table["altitude_to_hypotenuse"] * table["hypotenuse"] - 2 * table["area"])
    return out


__all__ = ["ANGLES", "COUNTED", "FIGURES", "FIGURE_WORDS", "NEEDS_REGULAR", "NO_LENGTH",
           "POLYGON_SIDES", "REGULAR_MEASURES", "identities"]
