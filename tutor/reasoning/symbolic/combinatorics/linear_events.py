"""Events about a random point (x, y) written as maths: straight-line inequalities.

`cells("x < 7y", x, y)` gives the event as disjoint cells of half-planes
(`plane_regions`): `x + y \\le 3`, `y > 2x - 1`, chains `x < y < 2`, and an absolute
value against a number (`|x - y| < \\frac14` is one cell of two half-planes,
`|x - y| > 1` two cells). Anything else (a square, a product, a letter other than x and
y, an equation) declines: its region is not cut by straight lines.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.combinatorics.plane_regions import Cell, HalfPlane
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import parse_latex

_REL = re.compile(r"\\leqslant|\\geqslant|\\leq|\\geq|\\le|\\ge|\\lt|\\gt|<|>")
_LESS = {"<", "\\le", "\\leq", "\\lt", "\\leqslant"}


def _linear(e: sp.Basic, x: sp.Symbol, y: sp.Symbol) -> tuple[sp.Rational, ...]:
    """(a, b, c) with e = a x + b y + c; Decline unless e is such, with rational numbers."""
    if not isinstance(e, sp.Expr) or not e.free_symbols <= {x, y} or e.has(sp.Abs):
        raise Decline("an event cut by straight lines")
    try:
        poly = sp.Poly(sp.expand(e), x, y)
    except sp.PolynomialError as exc:
        raise Decline("an event cut by straight lines") from exc
    if poly.total_degree() > 1:
        raise Decline("an event cut by straight lines")
    a, b, c = (poly.coeff_monomial(m) for m in (x, y, 1))
    if not all(isinstance(v, sp.Rational) for v in (a, b, c)):
        raise Decline("rational coefficients")
    return a, b, c


def _side(src: str, x: sp.Symbol, y: sp.Symbol) -> sp.Basic:
    e = parse_latex(src)
    if not isinstance(e, sp.Expr) or isinstance(e, sp.Tuple):
        raise Decline("an event cut by straight lines")
    e = e.subs({s: (x if s.name == x.name else y) for s in e.free_symbols
                if s.name in (x.name, y.name)})
    return e


def _less(left: sp.Basic, right: sp.Basic, x: sp.Symbol, y: sp.Symbol) -> list[Cell]:
    """left < right as cells."""
    if isinstance(left, sp.Abs) and not right.free_symbols:
        inner = _linear(left.args[0], x, y)
        return [[_half(inner, right, -1), _half(inner, -right, 1)]]
    if isinstance(right, sp.Abs) and not left.free_symbols:
        if left < 0:
            raise Decline("an absolute value above a negative number")
        inner = _linear(right.args[0], x, y)
        return [[_half(inner, left, 1)], [_half(inner, -left, -1)]]
    a, b, c = _linear(right - left, x, y)
    if a == b == 0:
        raise Decline("an event that is not about the point")
    return [[(a, b, c)]]


def _half(inner: tuple[sp.Rational, ...], bound: sp.Basic, sign: int) -> HalfPlane:
    """sign * (inner - bound) >= 0 as a half-plane."""
    if not isinstance(bound, sp.Rational):
        raise Decline("a rational bound")
    a, b, c = inner
    return (sign * a, sign * b, sign * (c - bound))


def _and(one: list[Cell], two: list[Cell]) -> list[Cell]:
    return [p + q for p in one for q in two]


def cells(src: str, x: sp.Symbol, y: sp.Symbol) -> list[Cell]:
    """The event written in `src` (one inequality or a chain) as cells."""
    if "=" in src or "\\ne" in src or "," in src:
        raise Decline("one inequality")
    parts = _REL.split(src)
    ops = _REL.findall(src)
    if len(parts) < 2 or len(parts) > 3:
        raise Decline("one inequality or a chain of two")
    sides = [_side(p, x, y) for p in parts]
    if len(ops) == 2 and (ops[0] in _LESS) != (ops[1] in _LESS):
        raise Decline("a chain that turns round")
    out: list[Cell] = [[]]
    for i, op in enumerate(ops):
        left, right = sides[i], sides[i + 1]
        out = _and(out, _less(left, right, x, y) if op in _LESS else _less(right, left, x, y))
    if not (x.name in src or y.name in src):
        raise Decline("an event that is not about the point")
    return out


__all__ = ["cells"]
