"""Typed reader: the volume of a tetrahedron given by the coordinates of its four corners.

"Find the volume of the tetrahedron with vertices $(0,0,0)$, $(2,1,0)$, $(0,3,1)$ and
$(1,1,5)$.", "What is the volume of the triangular pyramid whose corners are $A = (1,0,0)$,
$B = (0,2,0)$, $C = (0,0,3)$, $D = (1,1,1)$?"

The volume is a sixth of the absolute value of the determinant of the three edge vectors
from one corner (the scalar triple product). Confirmed by the Cayley-Menger determinant,
which uses only the six squared distances between the corners: 288 V^2 equals it. Four
corners in one plane (volume 0), corners in the plane, or any other count decline.
"""

from __future__ import annotations

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import (
    COMMON,
    as_point,
    is_label,
    places,
    points_in,
    without_area_units,
)
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

VOCAB = COMMON | frozenset(
    "volume tetrahedron triangular pyramid vertices vertex corners corner at whose are points "
    "space coordinate coordinates four located lie lies where big how".split())
Point3 = tuple[sp.Rational, sp.Rational, sp.Rational]


def _points(split: Split, template: str) -> list[Point3]:
    pts: list[Point3] = []
    for i in dict.fromkeys(places(template)):
        src = split.maths[i]
        if is_label(src) or src.strip() in ("ABCD", "PQRS"):
            continue
        p = as_point(src)
        for q in [p] if p is not None else (points_in(src) or [()]):
            if len(q) != 3 or not all(c.is_Rational for c in q):
                raise Decline("corners with three rational coordinates")
            pts.append((sp.Rational(q[0]), sp.Rational(q[1]), sp.Rational(q[2])))
    return pts


def _cayley_menger(pts: list[Point3]) -> sp.Rational:
    """288 V^2 from the squared distances alone."""
    d2 = [[sum((a - b) ** 2 for a, b in zip(p, q, strict=True)) for q in pts] for p in pts]
    rows = [[0, 1, 1, 1, 1]] + [[1, *d2[i]] for i in range(4)]
    return sp.Rational(sp.Matrix(rows).det())


def read(split: Split, template: str) -> Result | None:
    template = without_area_units(template)
    w = words(template)
    if "volume" not in w or not w & {"tetrahedron", "pyramid"} or \
            not words_within(template, VOCAB):
        return None
    if "pyramid" in w and "triangular" not in w:
        raise Decline("a pyramid with a triangular base")
    pts = _points(split, template)
    if len(pts) != 4 or len(set(pts)) != 4:
        raise Decline("a tetrahedron needs four different corners")
    a = pts[0]
    edges = [[q[k] - a[k] for k in range(3)] for q in pts[1:]]
    det = sp.Matrix(edges).det()
    if det == 0:
        raise Decline("the four corners lie in one plane")
    volume = sp.Abs(det) / 6
    confirm.check(_cayley_menger(pts) == 288 * volume**2,
                  "the Cayley-Menger determinant of the six squared distances gives the "
                  "same volume")
    rows = " \\\\ ".join(" & ".join(latex(x) for x in e) for e in edges)
    claim = f"\\frac{{1}}{{6}}\\left|{latex(det)}\\right| = {latex(volume)}"
    return volume, [
        step("edge vectors", "Subtract the first corner from the other three.",
             f"$\\det\\begin{{pmatrix}} {rows} \\end{{pmatrix}} = {latex(det)}$",
             f"{latex(det)}"),
        step("a sixth of the triple product", "A tetrahedron is a sixth of the parallelepiped "
             "its three edges from one corner span.", f"${claim}$", claim)]


__all__ = ["VOCAB", "read"]
