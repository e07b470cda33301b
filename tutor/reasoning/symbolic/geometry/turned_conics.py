"""Typed reader: an ellipse or hyperbola whose equation has an xy term ("The graph of
$xy = 1$ is a hyperbola. Find the distance between its foci"), for what turning does not
change: the distance between the foci or the vertices, the axis lengths, the eccentricity,
the area of an ellipse, and the centre.

A x^2 + B xy + C y^2 + D x + E y + F = 0: the centre (h, k) is where both partial
derivatives vanish; there the equation is lambda1 u^2 + lambda2 v^2 = R, with lambda1,
lambda2 the eigenvalues of [[A, B/2], [B/2, C]] and u, v along their eigenvectors (a
rotation). From R / lambda come the squared semi-axes. Confirmed numerically: points built
from the centre, the eigenvectors and the semi-axes lie on the original curve, and the foci
so placed have the focal property at each of them.
"""

from __future__ import annotations

import math

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.conic_questions import VOCAB
from tutor.reasoning.symbolic.geometry.conics import X, Y
from tutor.reasoning.symbolic.geometry.reading import axis_words, is_label, places
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

_VOCAB = VOCAB | frozenset("its this the is a transverse conjugate".split())


def _turned(eq: sp.Equality) -> tuple[str, sp.Tuple, sp.Expr, sp.Expr, list[sp.Matrix],
                                      sp.Expr]:
    """(kind, centre, a, b, [major direction, minor direction], f) of a conic with an xy
    term."""
    f = sp.expand(eq.lhs - eq.rhs)
    poly = sp.Poly(f, X, Y)
    if poly.total_degree() != 2 or poly.coeff_monomial(X * Y) == 0 or any(
            not c.is_Rational for c in poly.coeffs()):
        raise Decline("a conic with an xy term and rational coefficients")
    a2, b2, c2 = (poly.coeff_monomial(m) for m in (X**2, X * Y, Y**2))
    if 4 * a2 * c2 - b2**2 == 0:
        raise Decline("a parabola")
    centre = sp.solve([f.diff(X), f.diff(Y)], [X, Y], dict=True)
    if len(centre) != 1:
        raise Decline("no single centre")
    h, k = centre[0][X], centre[0][Y]
    r = -f.subs({X: h, Y: k})  # lambda1 u^2 + lambda2 v^2 = r
    q = sp.Matrix([[a2, b2 / 2], [b2 / 2, c2]])
    pairs = []
    for lam, _, vecs in q.eigenvects():
        for v in vecs:
            pairs.append((sp.nsimplify(lam), v / sp.sqrt(v.dot(v))))
    if r == 0 or len(pairs) != 2:
        raise Decline("a degenerate conic")
    s1, s2 = (r / lam for lam, _ in pairs)
    if s1 > 0 and s2 > 0:
        (sa, va), (sb, vb) = sorted(zip((s1, s2), (p[1] for p in pairs), strict=True),
                                    key=lambda t: -float(t[0]))
        return "ellipse", sp.Tuple(h, k), sp.sqrt(sa), sp.sqrt(sb), [va, vb], f
    if s1 < 0 and s2 < 0:
        raise Decline("no real points")
    (sa, va), (sb, vb) = sorted(zip((s1, s2), (p[1] for p in pairs), strict=True),
                                key=lambda t: -float(t[0]))
    return "hyperbola", sp.Tuple(h, k), sp.sqrt(sa), sp.sqrt(-sb), [va, vb], f


def _confirm(kind: str, centre: sp.Tuple, a: sp.Expr, b: sp.Expr, dirs: list[sp.Matrix],
             f: sp.Expr) -> None:
    h, k = (float(v) for v in centre)
    e1, e2 = ([float(c) for c in d] for d in dirs)
    fa, fb = float(a), float(b)
    c = math.sqrt(fa**2 + fb**2) if kind == "hyperbola" else math.sqrt(fa**2 - fb**2)
    foci = [(h + s * c * e1[0], k + s * c * e1[1]) for s in (1, -1)]
    ok = True
    for t in (0.3, 1.1, 2.0, 2.9, 4.4):
        p, q = (math.cosh(t - 2), math.sinh(t - 2)) if kind == "hyperbola" else (
            math.cos(t), math.sin(t))
        pt = (h + fa * p * e1[0] + fb * q * e2[0], k + fa * p * e1[1] + fb * q * e2[1])
        ok &= abs(float(f.subs({X: pt[0], Y: pt[1]}))) < 1e-7 * max(1.0, pt[0]**2 + pt[1]**2)
        d1, d2 = (math.dist(pt, g) for g in foci)
        ok &= abs((abs(d1 - d2) if kind == "hyperbola" else d1 + d2) - 2 * fa) < 1e-7
    confirm.check(ok, "points built from the centre, axes and directions lie on the curve "
                  "and have the focal property")


def read(split: Split, template: str) -> Result | None:
    template = axis_words(split.maths, template)
    w = words(template)
    if not words_within(template, _VOCAB):
        return None
    curves = []
    for i in dict.fromkeys(places(template)):
        if is_label(split.maths[i]):
            continue
        v = parse_latex(split.maths[i])
        if not (isinstance(v, sp.Equality) and v.free_symbols == {X, Y}):
            return None
        curves.append(v)
    if len(curves) != 1 or sp.Poly(sp.expand(curves[0].lhs - curves[0].rhs), X, Y
                                   ).coeff_monomial(X * Y) == 0:
        return None
    kind, centre, a, b, dirs, f = _turned(curves[0])
    if w & {"ellipse", "hyperbola", "circle"} - {kind}:
        raise Decline(f"the equation is a {kind}")
    c = sp.sqrt(a**2 + b**2) if kind == "hyperbola" else sp.sqrt(a**2 - b**2)
    asked = w & {"foci", "vertices", "eccentricity", "area", "major", "minor", "transverse",
                 "conjugate", "center", "centre"}
    if len(asked) != 1:
        raise Decline("one thing asked about the conic")
    what = asked.pop()
    if what in ("foci", "vertices") and {"distance", "between"} <= w:
        value = 2 * (c if what == "foci" else a)
    elif what == "eccentricity":
        value = c / a
    elif what == "area" and kind == "ellipse":
        value = sp.pi * a * b
    elif what in ("major", "transverse") and "length" in w:
        value = 2 * a
    elif what in ("minor", "conjugate") and "length" in w:
        value = 2 * b
    elif what in ("center", "centre") and not w & {"sum", "x", "y"}:
        value = centre
    else:
        raise Decline("what is asked about the conic is not clear")
    _confirm(kind, centre, a, b, dirs, f)
    value = sp.radsimp(sp.nsimplify(value)) if not isinstance(value, sp.Tuple) else value
    return value, [step("find the centre", "Both partial derivatives vanish at the centre.",
                        f"The centre is $({latex(centre[0])}, {latex(centre[1])})$.", ""),
                   step("turn to the axes", "The eigenvalues of the quadratic part give the "
                        "squared semi-axes.", f"The semi-axes are $a = {latex(a)}$ and "
                        f"$b = {latex(b)}$, so $c = {latex(c)}$.", "")]


__all__ = ["read"]
