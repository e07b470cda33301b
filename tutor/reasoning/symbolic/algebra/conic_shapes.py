"""Which conic an equation in x and y draws, read exactly, and points of it for a check.

A quadratic P(x, y) = A x^2 + B xy + C y^2 + D x + E y + F with rational coefficients is
named by its discriminant B^2 - 4AC and the determinant of its 3x3 matrix: determinant 0
is degenerate (two lines, one line, one point or nothing: no conic); otherwise an
ellipse when B^2 < 4AC and det (A + C) < 0 (a circle when B = 0 and A = C; det (A + C) > 0
has no real point), a parabola when B^2 = 4AC, a hyperbola when B^2 > 4AC.

`points` finds points of P = 0 at 50 digits another way (along rays from the centre, or
along lines x = c and y = c when there is none), for a conic fitted through them to name
again (`geometry.curve_kinds.fitted_kind`).
"""

from __future__ import annotations

import mpmath
import sympy as sp

from tutor.reasoning.symbolic.model import Decline

X, Y = sp.symbols("x y")
Point = tuple[mpmath.mpf, mpmath.mpf]


def coefficients(p: sp.Expr) -> tuple[sp.Rational, ...]:
    """(A, B, C, D, E, F) of a quadratic in x and y with rational coefficients."""
    try:
        poly = sp.Poly(sp.expand(p), X, Y)
    except sp.PolynomialError as exc:
        raise Decline("a polynomial equation in x and y") from exc
    if poly.total_degree() != 2 or not all(c.is_Rational for c in poly.coeffs()):
        raise Decline("a quadratic in x and y with rational coefficients")
    monomials = [(2, 0), (1, 1), (0, 2), (1, 0), (0, 1), (0, 0)]
    return tuple(sp.Rational(poly.coeff_monomial(X ** i * Y ** j)) for i, j in monomials)


def kind(p: sp.Expr) -> str:
    """circle, ellipse, parabola, hyperbola, or none (degenerate or no real point)."""
    a, b, c, d, e, f = coefficients(p)
    det = sp.Matrix([[a, b / 2, d / 2], [b / 2, c, e / 2], [d / 2, e / 2, f]]).det()
    disc = b * b - 4 * a * c
    if det == 0:
        return "none"
    if disc > 0:
        return "hyperbola"
    if disc == 0:
        return "parabola"
    if det * (a + c) > 0:
        return "none"
    return "circle" if b == 0 and a == c else "ellipse"


def _quadratic_roots(q2: mpmath.mpf, q1: mpmath.mpf, q0: mpmath.mpf) -> list[mpmath.mpf]:
    tiny = mpmath.mpf(10) ** -40
    if abs(q2) < tiny:
        return [] if abs(q1) < tiny else [-q0 / q1]
    disc = q1 * q1 - 4 * q2 * q0
    if disc < 0:
        return []
    root = mpmath.sqrt(disc)
    return [(-q1 + root) / (2 * q2), (-q1 - root) / (2 * q2)]


def points(p: sp.Expr) -> list[Point]:
    """Real points of P = 0 at 50 digits (call inside `mpmath.workdps(50)`)."""
    a, b, c, d, e, f = (mpmath.mpf(sp.Rational(v).p) / sp.Rational(v).q
                        for v in coefficients(p))

    def at(x: mpmath.mpf, y: mpmath.mpf) -> mpmath.mpf:
        return a * x * x + b * x * y + c * y * y + d * x + e * y + f

    disc = b * b - 4 * a * c
    out: list[Point] = []
    if disc != 0:  # a centre: where both partial derivatives vanish
        h = (b * e - 2 * c * d) / (4 * a * c - b * b)
        k = (b * d - 2 * a * e) / (4 * a * c - b * b)
        for n in range(48):
            t = 2 * mpmath.pi * n / 48 + mpmath.mpf(1) / 7
            u, v = mpmath.cos(t), mpmath.sin(t)
            # P(h + r u, k + r v) = q2 r^2 + q0 (the linear term vanishes at the centre)
            q2 = a * u * u + b * u * v + c * v * v
            for r in _quadratic_roots(q2, mpmath.mpf(0), at(h, k)):
                out.append((h + r * u, k + r * v))
        return out
    scale = 1 + max(abs(v) for v in (a, b, c, d, e, f)) / max(abs(a), abs(c))
    for n in range(-20, 21):
        s = scale * (mpmath.mpf(n) / 4 + mpmath.mpf(1) / 9)
        for y in _quadratic_roots(c, b * s + e, a * s * s + d * s + f):
            out.append((s, y))
        for x in _quadratic_roots(a, b * s + d, c * s * s + e * s + f):
            out.append((x, s))
    return out


__all__ = ["X", "Y", "Point", "coefficients", "kind", "points"]
