"""The four plane figures the two-figure readers know (circle, square, rectangle,
equilateral triangle): each kind's dimensions and measures as formulas, and each figure built
on coordinates at high precision and measured there (sides and diagonals as distances, areas
by the shoelace formula, a circle's area and circumference by numerical integration), the
independent check of an answer found from the formulas."""

from __future__ import annotations

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.shoelace import shoelace_area

_r, _s, _l, _w, _t = sp.symbols("r s l w t", positive=True)
# each kind's dimensions and measures (a formula in them)
TABLE: dict[str, dict[str, sp.Expr]] = {
    "circle": {"radius": _r, "diameter": 2 * _r, "circumference": 2 * sp.pi * _r,
               "area": sp.pi * _r**2},
    "square": {"side": _s, "perimeter": 4 * _s, "area": _s**2, "diagonal": sp.sqrt(2) * _s},
    "rectangle": {"length": _l, "width": _w, "perimeter": 2 * _l + 2 * _w, "area": _l * _w,
                  "diagonal": sp.sqrt(_l**2 + _w**2)},
    "eqtriangle": {"side": _t, "perimeter": 3 * _t, "area": sp.sqrt(3) * _t**2 / 4,
                   "height": sp.sqrt(3) * _t / 2},
}
NAMES = {"circle": "circle", "square": "square", "rectangle": "rectangle",
         "eqtriangle": "equilateral triangle"}


def measured(fig: str, dims: dict[str, mpmath.mpf]) -> dict[str, mpmath.mpf]:
    """The figure built on coordinates and measured there."""
    def dist(p: tuple, q: tuple) -> mpmath.mpf:
        return mpmath.sqrt((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2)

    def around(pts: list[tuple]) -> mpmath.mpf:
        return mpmath.fsum(dist(pts[k - 1], pts[k]) for k in range(len(pts)))

    if fig == "circle":
        r = dims["r"]
        return {"radius": r, "diameter": dist((-r, 0), (r, 0)),
                "area": mpmath.quad(lambda x: 2 * mpmath.sqrt(r * r - x * x), [-r, 0, r]),
                "circumference": mpmath.quad(lambda u: mpmath.hypot(r * mpmath.sin(u),
                                                                     r * mpmath.cos(u)),
                                             [0, mpmath.pi, 2 * mpmath.pi])}
    if fig in ("square", "rectangle"):
        a, b = (dims["s"], dims["s"]) if fig == "square" else (dims["l"], dims["w"])
        pts = [(0, 0), (a, 0), (a, b), (0, b)]
        return {"side": dist(pts[0], pts[1]), "length": dist(pts[0], pts[1]),
                "width": dist(pts[1], pts[2]), "perimeter": around(pts),
                "area": shoelace_area(pts, mpmath.fsum), "diagonal": dist(pts[0], pts[2])}
    s = dims["t"]
    pts = [(0, 0), (s, 0), (s / 2, s * mpmath.sqrt(3) / 2)]
    return {"side": dist(pts[0], pts[1]), "perimeter": around(pts),
            "area": shoelace_area(pts, mpmath.fsum), "height": pts[2][1]}


def confirm_measured(how: str, wanted: list[tuple[str, str]],
                     bound: list[tuple[str, str, sp.Basic]],
                     relations: list[tuple[tuple[str, str], tuple[str, str]]], sol: dict,
                     value: sp.Expr) -> None:
    """Every stated measure and relation holds on the figures built from the dimensions, and
    the answer comes again from their measured values."""
    with mpmath.workdps(40):
        dims = {str(k): mpmath.mpf(str(sp.N(v, 45))) for k, v in sol.items()}
        figs = {f for f, _q, _v in bound} | {f for f, _q in wanted} | {
            f for pair in relations for f, _q in pair}
        seen = {f: measured(f, dims) for f in figs}

        def near(x: mpmath.mpf, y: mpmath.mpf) -> bool:
            return bool(abs(x - y) < mpmath.mpf(10) ** -25 * max(1, abs(y)))

        ok = all(near(seen[f][q], mpmath.mpf(str(sp.N(v, 45)))) for f, q, v in bound)
        ok = ok and all(near(seen[a[0]][a[1]], seen[b[0]][b[1]]) for a, b in relations)
        got = [seen[f][q] for f, q in wanted]
        again = got[0] if how == "one" else abs(got[0] - got[1]) if how in (
            "difference", "excess") \
            else got[0] / got[1] if how == "ratio" else got[0] + got[1]
        ok = ok and near(again, mpmath.mpf(str(sp.N(value, 45))))
    confirm.check(ok, "the figures built on coordinates have every stated measure, and "
                      "their measured values give the answer again")


__all__ = ["NAMES", "TABLE", "confirm_measured", "measured"]
