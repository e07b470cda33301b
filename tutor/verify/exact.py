"""Exact and high-precision tests shared by the claim checks (worker side)."""

from __future__ import annotations

import random
import re
from functools import lru_cache

import sympy

from tutor.verify.strict_parser import Parsed, ParseError, parse_strict

PRECISION = 40
_SAMPLE_POINTS = 3
_MAX_EXPANDED_POWER = 12


def too_high_to_expand(expr: sympy.Expr) -> bool:
    """A power such as (a² + b²)^1001 that no expansion or Poly should be asked for."""
    return any(p.exp.is_Number and abs(p.exp) > _MAX_EXPANDED_POWER
               for p in expr.atoms(sympy.Pow))


@lru_cache(maxsize=512)
def strict(text: str) -> Parsed | None:
    try:
        return parse_strict(text)
    except (ParseError, ValueError, ZeroDivisionError, TypeError, OverflowError):
        return None


def is_zero_exact(diff: sympy.Expr) -> bool | None:
    """True/False when certain, None when SymPy cannot tell."""
    if diff.is_Rational:
        return bool(diff == 0)
    value = sympy.N(diff, PRECISION)
    if not value.is_number or value.has(sympy.nan, sympy.zoo):
        return None
    if abs(value) > sympy.Float(10) ** (-PRECISION // 2):
        return False
    simplified = sympy.nsimplify(diff) if diff.is_algebraic else sympy.simplify(diff)
    return True if simplified == 0 else None


def holds(lhs: sympy.Expr, rel: str, rhs: sympy.Expr) -> bool | None:
    if rel == "=":
        return is_zero_exact(lhs - rhs)
    if rel == "!=":
        z = is_zero_exact(lhs - rhs)
        return None if z is None else not z
    lv, rv = sympy.N(lhs, PRECISION), sympy.N(rhs, PRECISION)
    if not (lv.is_real and rv.is_real) or is_zero_exact(lhs - rhs) is None:
        return None
    return bool({"<": lv < rv, ">": lv > rv, "<=": lv <= rv, ">=": lv >= rv}[rel])


def random_points(symbols: set[sympy.Symbol], seed: int) -> list[dict[sympy.Symbol, sympy.Float]]:
    rng = random.Random(seed)
    return [
        {s: sympy.Float(rng.uniform(-9.7, 9.7) + 1 / 7, PRECISION) for s in symbols}
        for _ in range(_SAMPLE_POINTS)
    ]


def is_identity(diff: sympy.Expr) -> bool:
    """Zero at several random points, evaluated numerically at high precision.

    evalf with `subs` never builds exact powers of the sample values, so
    `a^{4002/1001}` costs microseconds instead of minutes.
    """
    symbols = diff.free_symbols
    for point in random_points(symbols, seed=len(str(diff))):
        value = diff.evalf(PRECISION, subs=point)
        if not value.is_number or value.has(sympy.nan, sympy.zoo):
            return False
        if abs(value) > sympy.Float(10) ** (-PRECISION // 2):
            return False
    return True


def is_log_identity(diff: sympy.Expr) -> bool:
    r"""`\ln(a^b) = b\ln a`: an identity wherever its logarithms are defined, when every
    variable sits inside a logarithm (so the claim only speaks of positive values).
    Zero at random positive points and by SymPy's expand_log with positivity assumed."""
    logs = list(diff.atoms(sympy.log))
    inside = set().union(*(entry.args[0].free_symbols for entry in logs)) if logs else set()
    if not logs or diff.free_symbols - inside or sympy.count_ops(diff) > 200:
        return False
    rng = random.Random(len(str(diff)))
    for _ in range(_SAMPLE_POINTS):
        point = {s: sympy.Float(rng.uniform(0.3, 9.7) + 1 / 7, PRECISION) for s in inside}
        value = diff.evalf(PRECISION, subs=point)
        if not value.is_number or value.has(sympy.nan, sympy.zoo) \
                or abs(value) > sympy.Float(10) ** (-PRECISION // 2):
            return False
    positive = {s: sympy.Symbol(s.name, positive=True) for s in inside}
    expanded = sympy.expand_log(diff.xreplace(positive), force=True)
    return sympy.simplify(expanded) == 0


@lru_cache(maxsize=256)
def parse_pair(pair: tuple[str, str]) -> tuple[sympy.Expr, sympy.Expr] | None:
    a, b = strict(pair[0]), strict(pair[1])
    return (a.expr, b.expr) if a and b else None


_MIXED = re.compile(r"(?<![\d.^_}])(\d+)\s*\\[dt]?frac\s*\{(\d+)\}\s*\{(\d+)\}")


@lru_cache(maxsize=256)
def usual_reading(pair: tuple[str, str]) -> tuple[Parsed, Parsed] | None:
    """Both sides read as nearly everyone means them, where the strict reading
    declines: `x(x + 2)` a product where x is a variable of the equation (see
    parse_strict), `1\frac{1}{6}` a mixed number. To verify only."""
    lhs, rhs = (_MIXED.sub(r"(\1+\\frac{\2}{\3})", side) for side in pair)
    whole = f"{lhs} + {rhs}"
    try:
        return parse_strict(lhs, whole), parse_strict(rhs, whole)
    except (ParseError, ValueError, ZeroDivisionError, TypeError, OverflowError):
        return None


def parse_previous(pair: tuple[str, str]) -> tuple[sympy.Expr, sympy.Expr] | None:
    """An earlier equation, for verifying against: strictly, else as usually read."""
    found = parse_pair(pair)
    if found is None:
        both = usual_reading(pair)
        found = (both[0].expr, both[1].expr) if both else None
    return found


