"""Typed reader: planes in space.

The plane through three points (or through a point with a given normal vector), written
in the usual answer form Ax + By + Cz + D = 0 with integers, A > 0 and
gcd(|A|, |B|, |C|, |D|) = 1; and the distance from a point (or the origin) to a plane,
given by its equation or by three points. The normal comes from a cross product; the
answer is confirmed by substituting every given point into the plane with plain fractions
and, for a distance, by the foot of the perpendicular in floating point."""

from __future__ import annotations

import math
import re
from fractions import Fraction
from functools import reduce

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry import vectors
from tutor.reasoning.symbolic.geometry.reading import (
    COMMON,
    as_point,
    is_label,
    places,
    points_in,
)
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

X, Y, Z = sp.symbols("x y z")
VOCAB = COMMON | frozenset(
    "plane passes passing through points point containing contains contain equation distance "
    "from origin to this the find and are is normal vector of which that goes going also "
    "perpendicular orthogonal enter form where integers such".split())
# "Enter your answer in the form $Ax + By + Cz + D = 0,$ where $A,$ $B,$ $C,$ $D$ are integers
# such that (or: with) $A > 0$ and $\gcd(|A|,|B|,|C|,|D|) = 1$": the answer form
_FORM_CLAUSE = re.compile(
    r"\(?enter (?:your answer|the equation) in the form @(?P<form>\d+)@,? where (?P<labels>@\d+@"
    r"(?:,? (?:and )?@\d+@)*),? are (?:all )?integers,? (?:such that|with|where) @(?P<sign>\d+)@,? "
    r"and @(?P<gcd>\d+)@\W*$")
_FORM_PIECES = ("Ax+By+Cz+D=0", "A,B,C,D", "A>0", "\\gcd(|A|,|B|,|C|,|D|)=1")
_FORM = {_FORM_PIECES[0], *_FORM_PIECES[2:]}  # the form's pieces, in another wording
# the plane goes through the origin; a vector the plane is perpendicular to is its normal
_ORIGIN = re.compile(r"\b(?:through|containing|contains) (?:the point )?the origin\b")
_NORMAL_TO = re.compile(r"\b(?:perpendicular|orthogonal|normal) to the vector @(\d+)@")


def _plain(src: str) -> str:
    return re.sub(r"\s+|\\left|\\right", "", src)


def without_plane_form(split: Split, template: str) -> str:
    """The template without its closing answer form Ax + By + Cz + D = 0 (integers, A > 0,
    gcd 1), the form every plane reader answers in; Decline for another form."""
    m = _FORM_CLAUSE.search(template)
    if m is None:
        return template
    labels = ",".join(_plain(split.maths[int(i)]) for i in re.findall(r"@(\d+)@",
                                                                        m.group("labels")))
    told = tuple(_plain(split.maths[int(m.group(g))]) if g != "labels" else labels
                 for g in ("form", "labels", "sign", "gcd"))
    if tuple(t.strip(",.") for t in told) != _FORM_PIECES:
        raise Decline("an answer form other than Ax + By + Cz + D = 0 with A > 0 and gcd 1")
    return template[:m.start()].rstrip()


def _integer_form(n: tuple, d: sp.Rational) -> tuple[int, ...]:
    coeffs = [Fraction(int(c.p), int(c.q)) for c in (*n, d)]
    lcm = reduce(lambda a, b: a * b // math.gcd(a, b), (c.denominator for c in coeffs), 1)
    ints = [int(c * lcm) for c in coeffs]
    g = reduce(math.gcd, (abs(v) for v in ints))
    ints = [v // g for v in ints]
    if ints[0] < 0:
        ints = [-v for v in ints]
    if ints[0] == 0:
        raise Decline("A = 0: the form asks for A > 0")
    return tuple(ints)


def _form_text(c: tuple[int, ...]) -> str:
    text = ""
    for coeff, name in zip(c, ("x", "y", "z", ""), strict=True):
        if coeff == 0:
            continue
        mag = "" if abs(coeff) == 1 and name else str(abs(coeff))
        sign = "-" if coeff < 0 else "+"
        text += (f" {sign} " if text else ("-" if coeff < 0 else "")) + mag + name
    return text + " = 0"


def read_plane(split: Split, template: str) -> Result | None:
    if "plane" not in words(template):
        return None
    template = without_plane_form(split, template)
    w = words(template)
    if not words_within(template, VOCAB) or (
            w & {"perpendicular", "orthogonal"} and not _NORMAL_TO.search(template)):
        return None
    pts: list[tuple[sp.Basic, ...]] = []
    planes: list[sp.Equality] = []
    normals: list[tuple[sp.Basic, ...]] = []
    if "equation" in w and "distance" not in w and _ORIGIN.search(template):
        pts.append((sp.S.Zero, sp.S.Zero, sp.S.Zero))
    for i in dict.fromkeys(places(template)):
        src = split.maths[i]
        if is_label(src) or _plain(src) in _FORM:
            continue
        if (column := _column(src)) is not None:  # "with normal vector (2, -1, 4)"
            normals.append(column)
            continue
        p = as_point(src)
        if p is not None and str(i) in _NORMAL_TO.findall(template):
            normals.append(p)  # "perpendicular to the vector (3, 1, -2)", typed as a triple
            continue
        many = points_in(src) if p is None else None
        if p is not None:
            pts.append(p)
            continue
        if many:
            pts += many
            continue
        eq = parse_latex(src)
        if isinstance(eq, sp.Equality) and eq.free_symbols <= {X, Y, Z}:
            planes.append(eq)
            continue
        raise Decline("a piece of maths the reader does not know")
    if any(len(p) != 3 or not all(c.is_Rational for c in p) for p in pts):
        raise Decline("points in space with rational coordinates")
    if planes:
        if len(planes) != 1 or "distance" not in w:
            raise Decline("the distance from a point to one plane")
        f = sp.Poly(sp.expand(planes[0].lhs - planes[0].rhs), X, Y, Z)
        if f.total_degree() != 1:
            raise Decline("not a plane")
        n = tuple(f.coeff_monomial(v) for v in (X, Y, Z))
        d = f.coeff_monomial(1)
        through = []
    elif normals:
        told = _NORMAL_TO.findall(template)
        if len(normals) != 1 or len(pts) != 1 or "distance" in w or len(told) > 1 or (
                not told and "normal" not in w):
            raise Decline("one point and one normal vector")
        n, through, pts = normals[0], pts, []
        if all(c == 0 for c in n):
            raise Decline("a normal vector that is not zero")
        d = -sum(a * b for a, b in zip(n, through[0], strict=True))
    else:
        if len(pts) < 3:
            raise Decline("three points fix the plane")
        through, pts = pts[:3], pts[3:]
        u = [b - a for a, b in zip(through[0], through[1], strict=True)]
        v = [b - a for a, b in zip(through[0], through[2], strict=True)]
        n = (u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0])
        if n == (0, 0, 0):
            raise Decline("the points are on one line")
        d = -sum(a * b for a, b in zip(n, through[0], strict=True))
    if "distance" in w:
        if "origin" in w and not pts:
            pts = [(sp.S.Zero, sp.S.Zero, sp.S.Zero)]
        if len(pts) != 1:
            raise Decline("the distance from one point")
        p = pts[0]
        value = sp.radsimp(abs(sum(a * b for a, b in zip(n, p, strict=True)) + d)
                           / sp.sqrt(sum(a * a for a in n)))
        fn, fp = [float(a) for a in n], [float(a) for a in p]
        t = (sum(a * b for a, b in zip(fn, fp, strict=True)) + float(d)) / sum(a * a for a in fn)
        foot = [b - t * a for a, b in zip(fn, fp, strict=True)]
        on_plane = abs(sum(a * b for a, b in zip(fn, foot, strict=True)) + float(d)) < 1e-9
        confirm.check(on_plane and abs(math.dist(fp, foot) - float(value)) < 1e-9,
                      "the distance to the foot of the perpendicular agrees")
        claim = (f"\\frac{{\\left|{latex(sum(a * b for a, b in zip(n, p, strict=True)) + d)}"
                 f"\\right|}}{{\\sqrt{{{latex(sum(a * a for a in n))}}}}} = {latex(value)}")
        return value, [step("use the point-to-plane distance", "For $ax + by + cz + d = 0$ the "
                            "distance is $\\frac{|a x_0 + b y_0 + c z_0 + d|}{\\sqrt{a^2 + b^2 + "
                            "c^2}}$.", f"${claim}$", claim)]
    if pts or "equation" not in w:
        raise Decline("the equation of the plane through three points")
    coeffs = _integer_form(n, d)
    confirm.check(all(sum(Fraction(int(c)) * Fraction(int(q.p), int(q.q)) for c, q in zip(
        coeffs[:3], pt, strict=True)) + coeffs[3] == 0 for pt in through),
        "every given point satisfies the equation (plain fractions)")
    if normals:  # the coefficients (A, B, C) are a multiple of the given normal
        a, n0 = coeffs[:3], [Fraction(int(c.p), int(c.q)) for c in n]
        confirm.check(all(a[i] * n0[j] == a[j] * n0[i] for i in range(3) for j in range(3)),
                      "(A, B, C) is parallel to the normal vector given")
    text = _form_text(coeffs)
    claim = f"\\vec n = ({', '.join(latex(c) for c in n)})"
    why = "The normal vector gives the coefficients of x, y and z; the point gives D." if \
        normals else "The cross product of two edge vectors is perpendicular to the plane."
    return text, [step("find a normal vector", why, f"${claim}$, so the plane is ${text}$", "")]


def _column(src: str) -> tuple[sp.Basic, ...] | None:
    """The entries of one column vector written with pmatrix (read by `vectors`), or None."""
    if "pmatrix" not in src:
        return None
    tree = vectors.parse(src)
    if tree[0] != "piece" or tree[1][0] != "mat" or len(tree[2]) != 1:
        raise Decline("one column vector")
    column = tree[2][0]
    if column.shape != (3, 1) or not all(e.is_Rational for e in column):
        raise Decline("a vector in space with rational entries")
    return tuple(column)


__all__ = ["VOCAB", "read_plane", "without_plane_form"]
