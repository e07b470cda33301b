"""A triangle's trigonometric expression written with functions of single angles.

`\\cos(A - C)`, `\\sin 2B`, `\\tan \\frac{A}{2}`, `\\cos \\frac{A - B}{2}`: each argument a
combination of the triangle's angles with whole or half coefficients (at most 4 in size)
and no number added. The function is written as a quotient of sines and cosines, expanded
by the addition formulas, and each half angle's sine and cosine is taken from the whole
angle: sin(A/2) = sqrt((1 - cos A) / 2), cos(A/2) = sqrt((1 + cos A) / 2), both positive
because every angle of a triangle lies between 0 and 180 degrees. An argument with a number
added (degrees or radians would be a guess) or another coefficient declines.

The triangle solver puts the sides in and confirms the value on the measured angles, where
the expression as written is evaluated numerically (`angles.evaluate`).
"""

from __future__ import annotations

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.trigonometry.angles import TRIG

_LARGEST = 4
_AS_SIN_COS = {sp.sin: lambda s, c: s, sp.cos: lambda s, c: c, sp.tan: lambda s, c: s / c,
               sp.cot: lambda s, c: c / s, sp.sec: lambda s, c: 1 / c,
               sp.csc: lambda s, c: 1 / s}


def _coefficients(arg: sp.Basic, vertices: str) -> dict[sp.Symbol, sp.Rational]:
    """The argument as a combination of the angles, each coefficient whole or a half."""
    arg = sp.expand(arg)
    if not arg.free_symbols or not {str(s) for s in arg.free_symbols} <= set(vertices):
        raise Decline("a trigonometric function of something other than the triangle's angles")
    coeffs = {s: arg.coeff(s, 1) for s in arg.free_symbols}
    rest = sp.expand(arg - sp.Add(*(c * s for s, c in coeffs.items())))
    if rest != 0:
        raise Decline("an angle of the triangle plus a number (degrees or radians unsaid)")
    if any(not c.is_Rational or c.q not in (1, 2) or abs(c) > _LARGEST
           for c in coeffs.values()):
        raise Decline("a combination of the angles with whole or half coefficients")
    return coeffs  # type: ignore[return-value]


def _rewritten(func: type[sp.Function], arg: sp.Basic, vertices: str) -> sp.Expr:
    coeffs = _coefficients(arg, vertices)
    halves = any(c.q == 2 for c in coeffs.values())
    scale = 2 if halves else 1
    parts = {s: sp.Dummy(f"part_{s}") for s in coeffs}
    inner = sp.Add(*(int(c * scale) * parts[s] for s, c in coeffs.items()))
    sin_cos: dict[sp.Basic, sp.Basic] = {}
    for s, part in parts.items():
        if halves:
            sin_cos[sp.sin(part)] = sp.sqrt((1 - sp.cos(s)) / 2)
            sin_cos[sp.cos(part)] = sp.sqrt((1 + sp.cos(s)) / 2)
        else:
            sin_cos[sp.sin(part)], sin_cos[sp.cos(part)] = sp.sin(s), sp.cos(s)
    sine = sp.expand_trig(sp.sin(inner)).xreplace(sin_cos)
    cosine = sp.expand_trig(sp.cos(inner)).xreplace(sin_cos)
    if any(d in (sine + cosine).free_symbols for d in parts.values()):
        raise Decline("the addition formulas did not reach single angles")
    return _AS_SIN_COS[func](sine, cosine)


def single_angles(e: sp.Basic, vertices: str) -> sp.Basic:
    """`e` with every trigonometric function of a combination of the angles written with
    sines and cosines of single angles; a function of anything else declines."""
    swap: dict[sp.Basic, sp.Basic] = {}
    for f in e.atoms(sp.Function):
        if not isinstance(f, TRIG):
            raise Decline("a function other than a trigonometric one")
        if not f.args[0].is_Symbol:
            swap[f] = _rewritten(f.func, f.args[0], vertices)
    return e.xreplace(swap)


def simplest(value: sp.Basic) -> sp.Basic:
    """The value simplified, its nested square roots undone where that makes it shorter:
    the half angles' roots often nest (sqrt(83 - 16 sqrt(19)) is 8 - sqrt(19))."""
    plain = sp.radsimp(sp.simplify(value))
    roots = {r: sp.sqrtdenest(r) for r in plain.atoms(sp.Pow) if r.exp == sp.S.Half}
    denested = sp.radsimp(sp.simplify(plain.xreplace(roots)))
    return denested if sp.count_ops(denested) < sp.count_ops(plain) else plain


__all__ = ["simplest", "single_angles"]
