"""Exact and high-precision tests shared by the claim checks (worker side)."""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from functools import lru_cache

import sympy
from sympy.core.function import AppliedUndef

from tutor.verify.division_fractions import fractions_after_division
from tutor.verify.mixed_numbers import mixed_number
from tutor.verify.parse_limits import ParseError
from tutor.verify.real_roots import RealRoot
from tutor.verify.strict_parser import Parsed, parse_strict

PRECISION = 40
# Smaller than this, at PRECISION digits, a value is taken for 0.
NEGLIGIBLE = sympy.Float(10) ** -(PRECISION // 2)
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


def zero_to_the_zero(expr: sympy.Expr, point: dict[sympy.Expr, sympy.Expr]) -> bool:
    """Putting `point` in (twice: one value may name another) makes a power 0^0 somewhere
    in `expr` (`a^a` at a = 0), which has no agreed value; SymPy would take it as 1, so
    nothing it gives there is checked."""
    for node in sympy.preorder_traversal(expr):
        if isinstance(node, sympy.Pow) and node.free_symbols and not (
                node.exp.is_number and node.exp != 0):  # `x^2`, `1/x`: never 0^0
            base, exponent = (part.subs(point).subs(point) for part in node.args)
            if base == 0 and exponent == 0:
                return True
    return False


def is_zero_exact(diff: sympy.Expr) -> bool | None:
    """True/False when certain, None when SymPy cannot tell."""
    if diff.is_Rational:
        return bool(diff == 0)
    value = sympy.N(diff, PRECISION)
    if not value.is_number or value.has(sympy.nan, sympy.zoo):
        return None
    large = abs(value) > sympy.Float(10) ** (-PRECISION // 2)
    if large not in (sympy.true, sympy.false):  # `Mod(2310, 42)` left unevaluated
        return None
    if large is sympy.true:
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


def in_name_order(symbols: Iterable[sympy.Symbol]) -> list[sympy.Symbol]:
    """Names in a fixed order (SymPy's sort key), not a set's order, which follows the
    string hashes and so changes from run to run (PYTHONHASHSEED): each name takes the
    same random value in every run, and a verdict never rests on the hash seed."""
    return sorted(symbols, key=sympy.default_sort_key)


def random_points(symbols: set[sympy.Symbol], seed: int) -> list[dict[sympy.Symbol, sympy.Float]]:
    """Points for testing an identity. When some variable has one sign at all of them,
    the first point negated is added, so every variable is tried with both signs
    (`\\sqrt{x^2} = x` holds only where x >= 0)."""
    rng = random.Random(seed)
    names = in_name_order(symbols)
    points = [
        {s: sympy.Float(rng.uniform(-9.7, 9.7) + 1 / 7, PRECISION) for s in names}
        for _ in range(_SAMPLE_POINTS)
    ]
    if any(len({point[s] > 0 for point in points}) == 1 for s in symbols):
        points.append({s: -value for s, value in points[0].items()})
    return points


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


_OPERATORS = (sympy.Derivative, sympy.Integral, sympy.Sum, sympy.Product, sympy.Limit,
              sympy.Subs)


def is_identity_in_unknown_values(diff: sympy.Expr) -> bool:
    """`c(x^2 - 1)Q(x) = c(x - 1)(x + 1)Q(x)`, `(3^2 - 1)Q(3) = 8Q(3)`: an identity whatever
    values the unknown functions take, each application (`Q(x)`, `Q(3)`, `f(1 - x)`) put in
    as a letter of its own. Holding for every value of those letters, it holds for the
    function's values too (and for any other reading of `a(5)`, a product included). Not
    where a derivative, an integral or a sum could act on an application."""
    applications = diff.atoms(AppliedUndef)
    if not applications or diff.has(*_OPERATORS):
        return False
    letters = {app: sympy.Dummy(f"value{i}") for i, app in
               enumerate(sorted(applications, key=sympy.default_sort_key))}
    opaque = diff.xreplace(letters)
    if opaque.atoms(AppliedUndef) or not opaque.free_symbols:
        return False
    return is_identity(opaque) and sympy.expand(opaque) == 0


def is_identity_with_i(diff: sympy.Expr) -> bool:
    """`|3 - ki| = \\sqrt{9 + k^2}`, `e^{i\\theta} = \\cos\\theta + i\\sin\\theta`: zero once the
    letter i is the imaginary unit and every other letter a real number (exactly when no
    other letter is left, else at random real points, 40 digits). Verifies only."""
    letter = next((s for s in diff.free_symbols if s.name == "i"), None)
    if letter is None or sympy.count_ops(diff) > 200:
        return False
    value = diff.subs(letter, sympy.I)
    if not value.free_symbols:
        return is_zero_exact(sympy.expand_complex(value)) is True and is_zero_exact(value) is True
    real = {s: sympy.Symbol(s.name, real=True) for s in value.free_symbols}
    return is_identity(value.xreplace(real))


def is_exponent_law(diff: sympy.Expr) -> bool:
    """`x^{m/n} = \\sqrt[n]{x^m}`, `a^m a^n = a^{m+n}`: a law of exponents, stated (as such
    laws are) for positive bases; only when some exponent is a letter, so `\\sqrt{x^2} = x`
    is never one. Zero at random positive points (40 digits) and by SymPy's power rules
    with every letter positive."""
    if not any(p.exp.free_symbols for p in diff.atoms(sympy.Pow)) \
            or sympy.count_ops(diff) > 120 or diff.has(sympy.log, sympy.I):
        return False
    rng = random.Random(len(str(diff)))
    for _ in range(_SAMPLE_POINTS):
        point = {s: sympy.Float(rng.uniform(0.3, 3.7) + 1 / 7, PRECISION)
                 for s in in_name_order(diff.free_symbols)}
        value = diff.evalf(PRECISION, subs=point)
        if not value.is_number or value.has(sympy.nan, sympy.zoo) \
                or abs(value) > sympy.Float(10) ** (-PRECISION // 2):
            return False
    positive = diff.xreplace({s: sympy.Symbol(s.name, positive=True) for s in diff.free_symbols})
    rules = sympy.expand_power_exp(sympy.expand_power_base(positive, force=True))
    return sympy.simplify(sympy.powsimp(rules, force=True)) == 0


def is_log_identity(diff: sympy.Expr) -> bool:
    r"""`\ln(a^b) = b\ln a`: an identity wherever its logarithms are defined, when every
    variable sits inside a logarithm (so the claim only speaks of positive values).
    Zero at random positive points and by SymPy's expand_log with positivity assumed."""
    logs = list(diff.atoms(sympy.log))
    # every argument: `\\log_a b` (kept as log(b, a)) speaks of a positive base a too
    inside = set().union(*(entry.free_symbols for entry in logs)) if logs else set()
    if not logs or diff.free_symbols - inside or sympy.count_ops(diff) > 200:
        return False
    rng = random.Random(len(str(diff)))
    for _ in range(_SAMPLE_POINTS):
        point = {s: sympy.Float(rng.uniform(0.3, 9.7) + 1 / 7, PRECISION)
                 for s in in_name_order(inside)}
        value = diff.evalf(PRECISION, subs=point)
        if not value.is_number or value.has(sympy.nan, sympy.zoo) \
                or abs(value) > sympy.Float(10) ** (-PRECISION // 2):
            return False
    if _even_power_logged(logs) and not _zero_at_negative_points(diff, inside, rng):
        return False  # `\log(x^2) = 2\log x`: the left side speaks of x < 0 too (2\log|x|)
    positive = {s: sympy.Symbol(s.name, positive=True) for s in inside}
    expanded = sympy.expand_log(diff.xreplace(positive), force=True)
    return sympy.simplify(expanded) == 0


def _even_power_logged(logs: list[sympy.log]) -> bool:
    r"""A logarithm of an even power of a variable expression (`\ln(y^4)`, `\log(3x^2)`,
    `\ln\sqrt{x^2}`, `\ln x^{2/3}`), defined where that expression is negative too."""
    return any(_even_power(factor) for entry in logs
               for factor in sympy.Mul.make_args(entry.args[0]))


def _even_power(factor: sympy.Expr) -> bool:
    """`factor` is a variable base to an even power, or a power of one (`sqrt(x**2)`)."""
    while factor.free_symbols and not isinstance(factor, sympy.Abs):
        if isinstance(factor, RealRoot):  # `\sqrt[3]{x^2}`: the real cube root of x^2
            factor = factor.args[0]
        elif factor.is_Pow and not isinstance(factor.base, sympy.Abs):
            if factor.exp.is_Rational and factor.exp.p % 2 == 0:
                return True
            factor = factor.base
        else:
            return False
    return False


def _zero_at_negative_points(diff: sympy.Expr, inside: set[sympy.Symbol],
                             rng: random.Random) -> bool:
    r"""Zero also where every variable is negative, and where each one alone is
    (`\ln(x^2y^2) = 2\ln(xy)` holds when both are negative, not when one is);
    principal logarithms, 40 digits."""
    names = sorted(inside, key=lambda s: s.name)
    patterns = [set(names)] + ([{s} for s in names] if len(names) > 1 else [])
    for negative in patterns:
        for _ in range(_SAMPLE_POINTS):
            point = {s: (-1 if s in negative else 1) * sympy.Float(rng.uniform(0.3, 9.7) + 1 / 7,
                                                                   PRECISION) for s in names}
            value = diff.evalf(PRECISION, subs=point)
            if not value.is_number or value.has(sympy.nan, sympy.zoo) \
                    or abs(value) > sympy.Float(10) ** (-PRECISION // 2):
                return False
    return True


@lru_cache(maxsize=256)
def parse_pair(pair: tuple[str, str]) -> tuple[sympy.Expr, sympy.Expr] | None:
    a, b = strict(pair[0]), strict(pair[1])
    return (a.expr, b.expr) if a and b else None


_MIXED = re.compile(r"(?<![\d.^_}])(\d+)\s*\\[dt]?frac\s*\{(\d+)\}\s*\{(\d+)\}")
# `7 1/2` typed: a whole number, a space, a proper fraction (never `2 7/4` nor `x 1/2`)
_MIXED_SLASH = re.compile(r"(?<![\w.^_}/])(\d+)[ \t]+(\d+)/(\d+)(?![\w.^/(])")


def _mixed_slash(m: re.Match[str]) -> str:
    return mixed_number(*m.groups()) or m.group(0)


@lru_cache(maxsize=256)
def usual_reading(pair: tuple[str, str]) -> tuple[Parsed, Parsed] | None:
    """Both sides read as nearly everyone means them, where the strict reading
    declines: `x(x + 2)` a product where x is a variable of the equation (see
    parse_strict), `1\frac{1}{6}` and `7 1/2` mixed numbers. To verify only."""
    lhs, rhs = (fractions_after_division(_MIXED_SLASH.sub(_mixed_slash, _MIXED.sub(
        r"(\1+\\frac{\2}{\3})", side)), latex=True) for side in pair)  # `1/2 ÷ 3/8`: 3/8 a fraction
    whole = f"{lhs} + {rhs}"
    try:
        return parse_strict(lhs, whole), parse_strict(rhs, whole)
    except (ParseError, ValueError, ZeroDivisionError, TypeError, OverflowError):
        return None


DEGREES = re.compile(r"\^\s*(?:\{\s*\\circ\s*\}|\\circ)|°")


def parse_previous(pair: tuple[str, str]) -> tuple[sympy.Expr, sympy.Expr] | None:
    """An earlier equation, for verifying against: strictly, else as usually read; an
    equation in degrees (`5x + 40^\\circ = 180^\\circ`) as its numbers of degrees."""
    found = parse_pair(pair)
    if found is None:
        both = usual_reading(pair)
        found = (both[0].expr, both[1].expr) if both else None
    if found is None and DEGREES.search(pair[0] + pair[1]):
        return parse_previous((DEGREES.sub("", pair[0]), DEGREES.sub("", pair[1])))
    if found is None:  # `A = \\frac{1}{2}\\left|-18\\right|`: the broad reader (verify only)
        from tutor.verify.lenient_parser import parse_lenient

        found = parse_lenient(*pair)
        if found is not None and (found[0] - found[1]).atoms(
                AppliedUndef, sympy.Sum, sympy.Product, sympy.Limit, sympy.Integral,
                sympy.Derivative):
            return None
        if found is not None and any(_letters_dropped(text, side)
                                     for text, side in zip(pair, found, strict=True)):
            return None  # `|x - 2| = 3m` read as `= 3` (m taken for metres)
    return found


_LETTER = re.compile(r"(?<![\\a-zA-Z])[a-zA-Z](?![a-zA-Z])")


def _letters_dropped(text: str, side: sympy.Expr) -> bool:
    """A letter written on a side is missing from its reading (the broad reader takes
    `3m`, `4t`, `2s` for quantities in units); `e` and `i` may be constants."""
    written = set(_LETTER.findall(text)) - {"e", "i"}
    return bool(written - {str(s) for s in side.free_symbols})


