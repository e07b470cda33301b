"""The solutions in one turn of a trigonometric equation in one angle.

Every function is of a whole multiple of one angle u. Written with z = e^{iu}
(sin ku = (z^k - z^-k)/2i, cos ku = (z^k + z^-k)/2) the equation's numerator is a
polynomial in z whose roots on the unit circle are all its solutions in one turn:
complete by the degree. Each is named exactly as a rational multiple of pi (denominator
at most 720) and kept only when the equation, evaluated at that exact angle to 60
digits, holds and is defined. `confirm_turn` is the independent check: a scan of one turn
for sign changes of the written equation finds no root that is not among them.
"""

from __future__ import annotations

from fractions import Fraction

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.trigonometry.angles import (
    evaluate,
    in_sin_cos,
    sign_changes,
    trig_atoms,
)

_S, _C = sp.symbols("s c", real=True)
_Z = sp.Symbol("z")
DEGREE = sp.pi / 180



def angle_scale(eq: sp.Basic, v: sp.Symbol) -> sp.Basic:
    """pi/180 when every argument is a whole multiple of v degrees; 1 / d when the multiples
    of v are fractions with least common denominator d ("\\cos \\frac{x}{4} = \\cos x": the
    angle u = x / 4 has whole multiples); else 1."""
    coeffs = {sp.expand(a.args[0]).coeff(v, 1) for a in trig_atoms(eq)}
    if coeffs and all((k / DEGREE).is_Integer for k in coeffs):
        return DEGREE
    if coeffs and all(k.is_Rational and k != 0 for k in coeffs):
        den = sp.ilcm(*(k.q for k in coeffs)) if len(coeffs) > 1 else next(iter(coeffs)).q
        if 1 < den <= 12:
            return sp.Rational(1, den)
    return sp.Integer(1)


def turn_roots(eq: sp.Basic, u: sp.Symbol) -> list[sp.Expr]:
    """The solutions u / pi in [0, 2) of an equation in u: a named rational, or a 40-digit
    number when it is not a rational multiple of pi."""
    f = in_sin_cos(eq.lhs - eq.rhs, u, _S, _C)
    f = f.subs({_S: (_Z - 1 / _Z) / (2 * sp.I), _C: (_Z + 1 / _Z) / 2})
    num = sp.expand(sp.fraction(sp.together(f))[0])
    if num == 0:
        raise Decline("the equation holds for every angle")
    poly = sp.Poly(num, _Z)
    if poly.degree() > 40:
        raise Decline("an equation of too high a degree")
    try:
        poly = sp.Poly(sp.sqf_part(poly.as_expr()), _Z)
    except (sp.PolificationFailed, sp.PolynomialError, NotImplementedError):
        pass
    found: list[sp.Expr] = []
    for root in poly.nroots(n=40, maxsteps=400):
        if abs(abs(complex(root)) - 1) > 1e-12:
            continue
        with mpmath.workdps(40):
            t = mpmath.arg(mpmath.mpc(str(sp.re(root)), str(sp.im(root)))) / mpmath.pi % 2
            q = Fraction(str(mpmath.nstr(t, 35))).limit_denominator(720)
            if abs(t - mpmath.mpf(q.numerator) / q.denominator) < 1e-25:
                angle: sp.Expr = sp.Rational(q.numerator, q.denominator) % 2
                ok = _holds(eq, u, angle * sp.pi)
            else:  # not a rational multiple of pi: kept as a 40-digit number
                angle = sp.Float(mpmath.nstr(t, 40), 40)
                ok = _holds(eq, u, angle * sp.pi, 1e-25)
        if ok and not any(abs(sp.N(angle - a, 30)) < 1e-20 for a in found):
            found.append(angle)
    return sorted(found)


def _holds(eq: sp.Basic, u: sp.Symbol, angle: sp.Basic, tol: float = 1e-40) -> bool:
    """The written equation at the angle, to 60 digits; False where undefined."""
    with mpmath.workdps(60):
        try:
            return bool(abs(evaluate(eq.lhs - eq.rhs, {u: mpmath.mpf(str(sp.N(angle, 70)))}))
                        < tol)
        except ZeroDivisionError:
            return False


def named_multiple(total: sp.Expr, scale: sp.Basic) -> sp.Expr:
    """A sum of solutions named exactly: a rational multiple of pi (of 1 in degrees)."""
    unit = sp.pi if scale != DEGREE else sp.Integer(1)
    with mpmath.workdps(40):
        t = mpmath.mpf(str(sp.N(total / unit, 45)))
        q = Fraction(str(mpmath.nstr(t, 35))).limit_denominator(720)
        if abs(t - mpmath.mpf(q.numerator) / q.denominator) > 1e-25:
            raise Decline("a sum of solutions that is not named exactly")
    return sp.Rational(q.numerator, q.denominator) * unit


def confirm_turn(eq: sp.Basic, u: sp.Symbol, roots: list[sp.Rational]) -> None:
    scanned = sign_changes(eq.lhs - eq.rhs, u, mpmath.mpf(0), 2 * mpmath.pi)
    known = [mpmath.mpf(str(sp.N(r, 45))) * mpmath.pi for r in roots]
    missing = [t for t in scanned if not any(
        min(abs(t - k), abs(t - k - 2 * mpmath.pi), abs(t - k + 2 * mpmath.pi)) < 1e-10
        for k in known)]
    confirm.check(not missing, "a scan of a whole turn finds no other solution")


__all__ = ["DEGREE", "angle_scale", "confirm_turn", "named_multiple", "turn_roots"]
