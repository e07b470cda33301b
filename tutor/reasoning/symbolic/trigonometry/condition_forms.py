"""Conditions on an angle written in other forms, read as `given_values` reads them.

"If $e^{i \\theta} = \\frac{2 + i \\sqrt{5}}{3}$, find $\\sin 4\\theta$": a point of the unit
circle names the angle's cosine (its real part) and sine (its imaginary part), so the
condition is read as $\\cos\\theta = \\frac{2}{3}$ and $\\sin\\theta = \\frac{\\sqrt{5}}{3}$.
A number that is not on the unit circle is declined (no real angle has it as e^{i theta}).

"If $\\sin\\theta = \\frac{3}{5}$ and $\\cos\\theta < 0$, find $\\tan\\theta$": an inequality on
a function of the angle (not on the angle itself) keeps only the solutions where it holds;
it is checked at each solution's angle with mpmath, independently of the algebra.
"""

from __future__ import annotations

import mpmath
import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.trigonometry.angles import evaluate, trig_atoms

_I = sp.Symbol("i")  # the parser reads the imaginary unit as the letter i
_ORDER = (sp.StrictLessThan, sp.LessThan, sp.StrictGreaterThan, sp.GreaterThan)


def unit_exponential(cond: sp.Eq) -> list[sp.Eq] | None:
    """`e^{i v} = a + b i` as [cos v = a, sin v = b]; None for any other condition."""
    lhs, rhs = cond.lhs, cond.rhs
    if not isinstance(lhs, sp.exp) and isinstance(rhs, sp.exp):
        lhs, rhs = rhs, lhs
    if not isinstance(lhs, sp.exp):
        return None
    power = sp.expand(lhs.args[0])
    v = power.coeff(_I, 1)
    if sp.expand(power - v * _I) != 0 or not v.is_Symbol or v == _I:
        raise Decline("an exponential that is not e^{i times the angle}")
    value = sp.expand(rhs)
    if value.free_symbols - {_I} or sp.Poly(value, _I).degree() > 1:
        raise Decline("a complex number a + bi on the right")
    a, b = value.coeff(_I, 0), value.coeff(_I, 1)
    if not (a.is_real and b.is_real) or sp.simplify(a ** 2 + b ** 2 - 1) != 0:
        raise Decline("e^{i theta} of a real angle lies on the unit circle")
    return [sp.Eq(sp.cos(v), sp.radsimp(a)), sp.Eq(sp.sin(v), sp.radsimp(b))]


def sign_filters(bounds: list[sp.Basic], v: sp.Symbol) -> tuple[list[sp.Basic], list[sp.Basic]]:
    """(bounds on the angle itself, inequalities on functions of the angle)."""
    plain: list[sp.Basic] = []
    filters: list[sp.Basic] = []
    for b in bounds:
        parts = b.args if isinstance(b, sp.And) else (b,)
        on_function = [r for r in parts if isinstance(r, _ORDER) and trig_atoms(r)
                       and r.free_symbols == {v}]
        if on_function and len(on_function) != len(parts):
            raise Decline("a chain of bounds on both the angle and a function of it")
        for r in on_function:
            if r.lhs.free_symbols and r.rhs.free_symbols:
                raise Decline("an inequality between two functions of the angle")
        (filters if on_function else plain).append(b)
    return plain, [r for f in filters for r in (f.args if isinstance(f, sp.And) else (f,))]


def filters_hold(filters: list[sp.Basic], v: sp.Symbol, t: mpmath.mpf) -> bool:
    """Every inequality true at the angle t (a function undefined there: not true)."""
    tol = mpmath.mpf(10) ** -20
    for r in filters:
        try:
            gap = evaluate(r.lhs - r.rhs, {v: t})
        except ZeroDivisionError:
            return False
        if abs(gap.imag) > tol:
            return False
        g = gap.real
        if abs(g) < tol:  # on the boundary: only a weak inequality holds
            if isinstance(r, sp.StrictLessThan | sp.StrictGreaterThan):
                return False
            continue
        if (g < 0) != isinstance(r, sp.StrictLessThan | sp.LessThan):
            return False
    return True


__all__ = ["filters_hold", "sign_filters", "unit_exponential"]
