"""Typed reader: which type of conic section an equation in x and y describes.

"Which type of conic section is described by the equation $x^2 + 4y^2 - 6x + 8y = 3$? Enter
"C" for circle, "P" for parabola, "E" for ellipse, "H" for hyperbola, and "N" for none of the
above.", "what type of conic is y^2 - 6y = 2x + 1 (C circle, P parabola, ...)",
"... $\\sqrt{(x-1)^2 + y^2} + \\sqrt{(x+3)^2 + (y-3)^2} = 8$ ...", "... $|x + 3| =
\\sqrt{(x-1)^2 + (y+2)^2}$ ...".

The equation is read in one of three ways, each exact:
- a quadratic in x and y: named by `conic_shapes.kind`;
- each side a positive number times a square root or a modulus (not two roots), e.g. a
  distance to a point equal to a multiple of a distance to a line: both sides are never
  negative, so squaring them gives the same points, a quadratic named as above;
- the sum or the difference of the distances to two points equal to a number k: an ellipse
  when the sum k is more than the distance between the points, a hyperbola when 0 < |k| is
  less than it; otherwise a segment, rays, a line or nothing ("none").
Confirmed independently: points of the curve found another way (`conic_shapes.points`, or
from the foci) satisfy the equation as written at 50 digits, and the conic fitted through
them (`geometry.curve_kinds.fitted_kind`) has the same name; "none" is confirmed by the
value at the centre (0 for lines through it, of one sign for no real point) or the foci's
distance computed numerically. An unknown coefficient, an inequality, a third letter, a
higher degree, two equations or any other word of question: declined.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.conic_shapes import Point, X, Y, coefficients, kind, points
from tutor.reasoning.symbolic.geometry.curve_kinds import fitted_kind
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

LETTER = {"circle": "C", "parabola": "P", "ellipse": "E", "hyperbola": "H", "none": "N"}
_KINDS = r"an? circle,? (?:an? )?parabola,? (?:an? )?ellipse,? (?:or )?(?:an? )?hyperbola"
_ASKED = re.compile(r"\b(?:which|what) (?:type|kind|sort) of conic(?: section)?\b"
                    r"|\b(?:which|what) conic(?: section)?\b"
                    r"|\bidentify the (?:(?:type|kind) of )?conic(?: section)?\b"
                    rf"|\bis (?:the (?:graph|curve) of )?@\d+@ {_KINDS}\b")
_VOCAB = frozenset(
    "type kind sort conic section described by equation graph curve enter for circle "
    "parabola ellipse hyperbola none above c p e h n answer or letter with identify "
    "represent represents drawn gives".split())
_DPS = 50
_HALF = sp.Rational(1, 2)


def _focus(q: sp.Expr) -> tuple[sp.Rational, sp.Rational] | None:
    """(a, b) when q is (x - a)^2 + (y - b)^2 exactly."""
    try:
        poly = sp.Poly(sp.expand(q), X, Y)
    except sp.PolynomialError:
        return None
    a = -poly.coeff_monomial(X) / 2
    b = -poly.coeff_monomial(Y) / 2
    if not (a.is_Rational and b.is_Rational):
        return None
    if sp.expand(q - (X - a) ** 2 - (Y - b) ** 2) != 0:
        return None
    return a, b


def _root(t: sp.Expr) -> tuple[sp.Rational, sp.Expr] | None:
    """(c, q) when t is c * sqrt(q) with c a nonzero rational."""
    c, rest = t.as_coeff_Mul()
    if c.is_Rational and c != 0 and isinstance(rest, sp.Pow) and rest.exp == _HALF:
        return sp.Rational(c), rest.base
    return None


def _two_distances(side: sp.Expr) -> tuple[str, Point, Point] | None:
    """('sum' | 'difference' | 'gap', F1, F2) for sqrt(d1) +- sqrt(d2) or |sqrt(d1) - sqrt(d2)|."""
    gap = isinstance(side, sp.Abs)
    inner = side.args[0] if gap else side
    if not isinstance(inner, sp.Add) or len(inner.args) != 2:
        return None
    roots = [_root(t) for t in inner.args]
    if any(r is None or abs(r[0]) != 1 for r in roots):
        return None
    (c1, q1), (c2, q2) = roots  # type: ignore[misc]
    f1, f2 = _focus(q1), _focus(q2)
    if f1 is None or f2 is None:
        return None
    if c1 == c2 == 1 and not gap:
        return "sum", f1, f2
    if c1 == -c2:
        return ("gap" if gap else "difference"), (f1 if c1 == 1 else f2), (f2 if c1 == 1 else f1)
    return None


def _nonnegative(side: sp.Expr) -> tuple[sp.Expr, bool] | None:
    """(side squared, is a root) when side is c, c sqrt(q) or c |l| with c > 0 rational."""
    c, rest = side.as_coeff_Mul()
    if not (c.is_Rational and c > 0):
        return None
    if rest == 1:
        return c * c, False
    if isinstance(rest, sp.Abs):
        return c * c * rest.args[0] ** 2, False
    if isinstance(rest, sp.Pow) and rest.exp == _HALF:
        return c * c * rest.base, True
    return None


def _foci_points(how: str, f1: Point, f2: Point, k: sp.Expr) -> list[Point]:
    """Points of the ellipse (sum k) or hyperbola (difference k) with foci f1, f2."""
    (x1, y1), (x2, y2) = ((mpmath.mpf(sp.Rational(v).p) / sp.Rational(v).q for v in f)
                          for f in (f1, f2))
    d = mpmath.hypot(x2 - x1, y2 - y1)
    u = ((x2 - x1) / d, (y2 - y1) / d)
    v = (-u[1], u[0])
    mx, my = (x1 + x2) / 2, (y1 + y2) / 2
    a, c = abs(mpmath.mpf(sp.N(k, _DPS))) / 2, d / 2
    out = []
    for n in range(-12, 13):
        t = mpmath.mpf(n) / 5 + mpmath.mpf(1) / 11
        if how == "sum":  # x = a cos t, y = b sin t along the axes, b^2 = a^2 - c^2
            p, q = [a * mpmath.cos(t)], mpmath.sqrt(a * a - c * c) * mpmath.sin(t)
        else:  # both branches, x = +-a cosh t, y = b sinh t, b^2 = c^2 - a^2
            q = mpmath.sqrt(c * c - a * a) * mpmath.sinh(t)
            p = [a * mpmath.cosh(t), -a * mpmath.cosh(t)]
        out += [(mx + s * u[0] + q * v[0], my + s * u[1] + q * v[1]) for s in p]
    return out


def _by_foci(eq: sp.Eq, how: str, f1: Point, f2: Point, k: sp.Expr) -> str:
    d = sp.sqrt((f1[0] - f2[0]) ** 2 + (f1[1] - f2[1]) ** 2)
    if d == 0 or not k.is_Rational:
        raise Decline("two distinct points and a rational distance")
    if how == "sum":
        name = "ellipse" if k > d else "none"
    else:
        name = "hyperbola" if 0 < abs(k) < d else "none"
    with mpmath.workdps(_DPS):
        dn, kn = mpmath.mpf(sp.N(d, _DPS)), abs(mpmath.mpf(sp.N(k, _DPS)))
        if name == "none":
            confirm.check(kn <= dn if how == "sum" else (kn == 0 or kn >= dn),
                          "the distance between the two points, computed numerically")
        else:
            pts = _foci_points("sum" if how == "sum" else "difference", f1, f2, k)
            kept = [p for p in pts if satisfies(eq, p)]
            confirm.check(len(kept) >= 12 and fitted_kind(kept)[0] == name,
                          "points found from the foci satisfy the equation and lie on a "
                          + name)
    return name


def satisfies(eq: sp.Eq, p: Point) -> bool:
    """The point satisfies the equation as written, at 50 digits."""
    at = {X: sp.Float(p[0], _DPS), Y: sp.Float(p[1], _DPS)}
    gap = sp.N((eq.lhs - eq.rhs).xreplace(at), _DPS)
    return bool(gap.is_number and abs(gap) < sp.Float(10) ** -30 * (1 + abs(p[0]) + abs(p[1])) ** 2)


def _by_polynomial(eq: sp.Eq, p: sp.Expr) -> str:
    name = kind(p)
    a, b, c, d, e, f = (mpmath.mpf(v.p) / v.q for v in coefficients(p))
    with mpmath.workdps(_DPS):
        tiny = mpmath.mpf(10) ** -30
        if name != "none":
            pts = points(p)
            confirm.check(len(pts) >= 12 and all(satisfies(eq, q) for q in pts)
                          and fitted_kind(pts)[0] == name,
                          f"points of the curve satisfy the equation and lie on a {name}")
            return name
        disc = b * b - 4 * a * c
        if disc != 0:  # the value at the centre: 0 (lines or a point) or of A's sign
            h = (b * e - 2 * c * d) / (4 * a * c - b * b)
            k = (b * d - 2 * a * e) / (4 * a * c - b * b)
            value = a * h * h + b * h * k + c * k * k + d * h + e * k + f
            confirm.check(abs(value) < tiny or disc < 0 and value * a > 0,
                          "the value at the centre shows lines, a point or no point")
        else:  # a square of one linear form plus a multiple of the same form
            w = (-b / 2, a) if a != 0 else (c, -b / 2)
            confirm.check(abs(d * w[0] + e * w[1]) < tiny,
                          "the linear part runs along the square's form: parallel lines")
    return name


def _read_equation(src: str) -> str:
    eq = parse_latex(src)
    if not isinstance(eq, sp.Eq) or not eq.free_symbols or not eq.free_symbols <= {X, Y}:
        raise Decline("one equation in x and y")
    lhs, rhs = eq.lhs, eq.rhs
    if not eq.has(sp.Abs) and not any(isinstance(t, sp.Pow) and not t.exp.is_Integer
                                      for t in sp.preorder_traversal(eq)):
        return _by_polynomial(eq, lhs - rhs)
    for side, other in ((lhs, rhs), (rhs, lhs)):
        two = _two_distances(side)
        if two is not None and not other.free_symbols:
            how, f1, f2 = two
            if how == "gap" and other.is_negative:
                raise Decline("a modulus equal to a negative number")
            return _by_foci(eq, "sum" if how == "sum" else "difference", f1, f2, other)
    left, right = _nonnegative(lhs), _nonnegative(rhs)
    if left is None or right is None or left[1] and right[1]:
        raise Decline("each side a number times a root or a modulus, not two roots")
    return _by_polynomial(eq, left[0] - right[0])


def read(split: Split, template: str) -> Result | None:
    low = re.sub(r"\s+", " ", template.lower())
    if not _ASKED.search(low) or not words_within(low, _VOCAB):
        return None
    equations = [s for s in split.maths if "=" in s or "\\le" in s or "\\ge" in s
                 or "<" in s or ">" in s]
    others = [s for s in split.maths if s not in equations]
    offered = {t.upper() for s in others for t in re.split(r"[\s,\"]+", s) if t}
    if len(equations) != 1 or not offered <= set(LETTER.values()):
        raise Decline("one equation of the curve")
    name = _read_equation(equations[0])
    offered |= {t.upper() for t in re.findall(r"\b[cpehn]\b", re.sub(r"@\d+@", " ", low))}
    if offered and LETTER[name] not in offered or not offered and name == "none":
        raise Decline(f"no letter offered for {name}")
    answer = f"({LETTER[name]})" if offered else name
    said = ("no conic (degenerate, or no real point)" if name == "none"
            else f"an {name}" if name[0] in "aeiou" else f"a {name}")
    return answer, [step("name the conic", "A quadratic in x and y is named by "
                         "$B^2 - 4AC$ and whether it is degenerate; a sum or difference of "
                         "distances to two points by comparing it with their distance.",
                         f"${equations[0]}$ describes {said}.")]


__all__ = ["LETTER", "read", "satisfies"]
