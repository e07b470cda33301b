"""Circles, ellipses and hyperbolas with axis-parallel axes, from any equation
A x^2 + C y^2 + D x + E y + F = 0 (standard form or expanded): completing the squares
gives the centre and the semi-axes, and from them the radius, foci, vertices, axis
lengths and asymptote slopes. `confirm_on_curve` checks a result numerically: points
of the standard form, taken round the curve, satisfy the original equation, and the
foci have the focal property at each of them."""

from __future__ import annotations

import math
from dataclasses import dataclass

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, latex, step

X, Y = sp.symbols("x y")


@dataclass
class Conic:
    kind: str  # "circle", "ellipse" or "hyperbola"
    equation: sp.Expr  # the original, as an expression equal to 0
    h: sp.Expr
    k: sp.Expr
    rx: sp.Expr  # semi-axis along x (for a hyperbola: the x-scale a or b)
    ry: sp.Expr
    opens_x: bool  # hyperbola: its branches open left and right
    steps: list[Step]

    @property
    def centre(self) -> sp.Tuple:
        return sp.Tuple(self.h, self.k)

    def major_along_x(self) -> bool:
        return self.opens_x if self.kind == "hyperbola" else bool(self.rx >= self.ry)

    @property
    def a(self) -> sp.Expr:  # the semi-major (ellipse) or semi-transverse (hyperbola) axis
        return self.rx if self.major_along_x() else self.ry

    @property
    def b(self) -> sp.Expr:
        return self.ry if self.major_along_x() else self.rx

    @property
    def c(self) -> sp.Expr:
        sq = self.a**2 + self.b**2 if self.kind == "hyperbola" else self.a**2 - self.b**2
        return sp.sqrt(sp.nsimplify(sq))

    def along_axis(self, d: sp.Expr) -> list[sp.Tuple]:
        """The two points at distance d from the centre along the major/transverse axis."""
        if self.major_along_x():
            return [sp.Tuple(self.h - d, self.k), sp.Tuple(self.h + d, self.k)]
        return [sp.Tuple(self.h, self.k - d), sp.Tuple(self.h, self.k + d)]


def read(eq: sp.Basic) -> Conic:
    """Complete the squares of a conic equation in x and y."""
    if not isinstance(eq, sp.Equality) or not eq.free_symbols <= {X, Y} or \
            eq.free_symbols != {X, Y}:
        raise Decline("an equation in x and y")
    f = sp.expand(eq.lhs - eq.rhs)
    num, den = sp.fraction(sp.together(f))
    if den.free_symbols:
        raise Decline("not a polynomial equation")
    try:
        poly = sp.Poly(f, X, Y)
    except sp.PolynomialError as exc:
        raise Decline("not a polynomial equation") from exc
    if poly.total_degree() != 2 or poly.coeff_monomial(X * Y) != 0 or any(
            not c.is_Rational for c in poly.coeffs()):
        raise Decline("a conic with rational coefficients and no xy term")
    a2, c2 = poly.coeff_monomial(X**2), poly.coeff_monomial(Y**2)
    if a2 == 0 or c2 == 0:
        raise Decline("a parabola")
    d, e, f0 = poly.coeff_monomial(X), poly.coeff_monomial(Y), poly.coeff_monomial(1)
    h, k = -d / (2 * a2), -e / (2 * c2)
    rhs = a2 * h**2 + c2 * k**2 - f0  # A (x - h)^2 + C (y - k)^2 = rhs
    std_lhs = a2 * (X - h) ** 2 + c2 * (Y - k) ** 2
    claim = f"{latex(f)} = 0 \\iff {latex(std_lhs)} = {latex(rhs)}"
    steps = [step("complete the squares", "Group the x terms and the y terms and complete "
                  "each square.", f"${claim}$", f"{latex(sp.expand(std_lhs - rhs))} = "
                  f"{latex(f)}")]
    if rhs == 0:
        raise Decline("a degenerate conic")
    if a2 * c2 > 0:
        if rhs / a2 < 0:
            raise Decline("no real points")
        rx, ry = sp.sqrt(rhs / a2), sp.sqrt(rhs / c2)
        kind = "circle" if a2 == c2 else "ellipse"
        return Conic(kind, f, h, k, rx, ry, True, steps)
    opens_x = bool(rhs / a2 > 0)
    rx, ry = sp.sqrt(abs(rhs / a2)), sp.sqrt(abs(rhs / c2))
    return Conic("hyperbola", f, h, k, rx, ry, opens_x, steps)


def standard_form(cn: Conic) -> str:
    xs, ys = latex((X - cn.h) ** 2), latex((Y - cn.k) ** 2)
    if cn.kind == "circle":
        return f"{xs} + {ys} = {latex(cn.rx**2)}"
    sign = "+" if cn.kind == "ellipse" else "-"
    first, second = (f"\\frac{{{xs}}}{{{latex(cn.rx**2)}}}", f"\\frac{{{ys}}}"
                     f"{{{latex(cn.ry**2)}}}")
    if cn.kind == "hyperbola" and not cn.opens_x:
        first, second = second, first
    return f"{first} {sign} {second} = 1"


def _on_curve(cn: Conic) -> list[tuple[float, float]]:
    h, k, rx, ry = (float(v) for v in (cn.h, cn.k, cn.rx, cn.ry))
    out = []
    for t in (0.3, 1.1, 2.0, 2.9, 4.2, 5.5):
        if cn.kind == "hyperbola":
            u, v = math.cosh(t - 3) * (1 if t < 3 else -1), math.sinh(t - 3)
            px, py = (u * rx, v * ry) if cn.opens_x else (v * rx, u * ry)
        else:
            px, py = rx * math.cos(t), ry * math.sin(t)
        out.append((h + px, k + py))
    return out


def confirm_on_curve(cn: Conic, foci: bool = False) -> None:
    """Points built from the centre and semi-axes satisfy the original equation; with
    `foci`, each has the focal property (sum or difference of distances 2a)."""
    poly = sp.Poly(cn.equation, X, Y)
    terms = [(float(c), m) for m, c in zip(poly.monoms(), poly.coeffs(), strict=True)]
    scale = max(abs(c) for c, _ in terms)
    f1, f2 = ([(float(p[0]), float(p[1])) for p in cn.along_axis(cn.c)] if foci else ([], []))
    ok = True
    for px, py in _on_curve(cn):
        value = sum(c * px ** m[0] * py ** m[1] for c, m in terms)
        ok = ok and abs(value) <= 1e-7 * scale * max(1.0, px * px + py * py)
        if foci:
            d1, d2 = math.dist((px, py), f1), math.dist((px, py), f2)
            focal = d1 + d2 if cn.kind != "hyperbola" else abs(d1 - d2)
            ok = ok and abs(focal - 2 * float(cn.a)) <= 1e-7 * max(1.0, focal)
    confirm.check(ok, "points worked out from the answer lie on the curve" +
                  (" and have the focal property" if foci else ""))


__all__ = ["Conic", "X", "Y", "confirm_on_curve", "read", "standard_form"]
