"""Sums, integrals and limits, confirmed by two methods that do not share code
with SymPy's own `summation`, `integrate` or `limit` (which have known wrong
results: see tests/verify/test_sympy_regressions.py). Verify only: when the
methods disagree, or cannot run, the claim is unchecked. Worker side.

* a finite sum: exact term-by-term addition, and a 40-digit floating sum;
* an infinite sum: mpmath's `nsum` (extrapolation), and partial sums with a
  bound on the tail for terms that are rational functions of the index;
* a definite integral: SymPy's value, and mpmath's quadrature of the integrand;
* a limit: SymPy's value, and the function evaluated ever closer to the point.
"""

from __future__ import annotations

import mpmath
import sympy

from tutor.verify.exact import PRECISION

_MAX_TERMS = 5000
_PARTIAL = 4000
_NUMERIC_TOLERANCE = sympy.Float(10) ** -12


def _number(value: object) -> sympy.Expr:
    if isinstance(value, sympy.Basic):
        return value  # type: ignore[return-value]
    return sympy.Float(mpmath.nstr(value, 30), 30)  # an mpmath number of our own


def _close(value: object, target: sympy.Expr, tolerance: object = _NUMERIC_TOLERANCE) -> bool:
    try:
        gap = sympy.N(_number(value) - target, 30)
        return bool(gap.is_number and abs(gap) <= tolerance)
    except (TypeError, ValueError):
        return False


def _real_function(expr: sympy.Expr, var: sympy.Symbol):  # type: ignore[no-untyped-def]
    """`expr` as a function of one mpmath number, evaluated by SymPy at 30 digits."""

    def f(x: object) -> mpmath.mpf:
        at = sympy.Float(mpmath.nstr(x, 30), 30)
        value = expr.evalf(30, subs={var: at})
        if not value.is_real:
            raise ValueError("not a real number")
        return mpmath.mpf(str(value))

    return f


def sum_holds(total: sympy.Sum, value: sympy.Expr) -> bool:
    """The sum (one index, whole-number bounds) equals `value` by two methods."""
    if len(total.limits) != 1 or value.free_symbols:
        return False
    var, low, high = total.limits[0]
    term = total.function
    if term.free_symbols - {var} or not low.is_Integer:
        return False
    if high.is_Integer:
        count = int(high) - int(low) + 1
        if not 0 < count <= _MAX_TERMS:
            return False
        terms = [term.subs(var, i) for i in range(int(low), int(high) + 1)]
        exact = sympy.Add(*terms)
        floating = mpmath.fsum(mpmath.mpf(str(sympy.N(t, PRECISION))) for t in terms
                               if t.is_real)
        return _close(exact, value, sympy.Float(10) ** -25) and _close(floating, value)
    if high is not sympy.oo:
        return False
    return _infinite_sum_holds(term, var, int(low), value)


def _infinite_sum_holds(term: sympy.Expr, var: sympy.Symbol, low: int, value: sympy.Expr) -> bool:
    numer, denom = sympy.fraction(sympy.together(term))
    try:
        p, q = sympy.Poly(numer, var), sympy.Poly(denom, var)
    except sympy.PolynomialError:
        return False
    decay = q.degree() - p.degree()
    if decay < 2 or any(q.eval(i) == 0 for i in range(low, low + 50)):
        return False  # diverges or converges too slowly to bound; or a pole among the terms
    with mpmath.workdps(30):
        pc = [mpmath.mpf(str(sympy.N(c, 30))) for c in p.all_coeffs()]
        qc = [mpmath.mpf(str(sympy.N(c, 30))) for c in q.all_coeffs()]

        def f(k: object) -> mpmath.mpf:
            return mpmath.polyval(pc, k) / mpmath.polyval(qc, k)

        try:
            extrapolated = mpmath.nsum(f, [low, mpmath.inf])
        except (ValueError, ZeroDivisionError, mpmath.libmp.NoConvergence):
            return False
        partial = mpmath.fsum(f(k) for k in range(low, low + _PARTIAL))
    # |term(k)| <= c k^-decay beyond N, so the tail is at most c / ((decay-1) N^(decay-1)).
    n = low + _PARTIAL
    lead = abs(float(p.LC()) / float(q.LC()))
    tail = 4 * lead / ((decay - 1) * n ** (decay - 1))
    return _close(extrapolated, value) and _close(partial, value, sympy.Float(tail))


def integral_holds(integral: sympy.Integral, value: sympy.Expr) -> bool:
    """A definite integral of one variable equals `value` by SymPy and by quadrature."""
    if len(integral.limits) != 1 or len(integral.limits[0]) != 3 or value.free_symbols:
        return False
    var, low, high = integral.limits[0]
    if integral.function.free_symbols - {var} or low.free_symbols or high.free_symbols:
        return False
    symbolic = integral.doit()
    if symbolic.has(sympy.Integral) or not _close(symbolic, value):
        return False
    with mpmath.workdps(30):
        g = _real_function(integral.function, var)
        try:
            numeric = mpmath.quad(g, [mpmath.mpf(str(sympy.N(low, 30))),
                                      mpmath.mpf(str(sympy.N(high, 30)))])
        except (ValueError, ZeroDivisionError, TypeError):
            return False
    return _close(numeric, value, sympy.Float(10) ** -10)


_GROWTH = 1.5  # each step closer multiplies an unbounded value's size by at least this


def unbounded_sign(function: sympy.Expr, var: sympy.Symbol, point: sympy.Expr,
                   side: str) -> int | None:
    """+1 or -1 when `function` grows without bound, with that sign, as `var` approaches
    `point` (from the side `side`: "+", "-", or "+-" for both), judged from values ever
    closer (10^-8, 10^-16, 10^-32 away; 10^8, 10^16, 10^32 towards infinity): every value
    real and of one sign, each at least `_GROWTH` times the last in size. None when it
    cannot tell: nothing here calls SymPy's `limit`."""
    if function.free_symbols - {var}:
        return None
    if point in (sympy.oo, -sympy.oo):
        outward = 1 if point is sympy.oo else -1
        rows = [[outward * sympy.Integer(10) ** k for k in (8, 16, 32)]]
    elif point.is_number and point.is_real:
        sides = {"+": [1], "-": [-1]}.get(side, [1, -1])
        centre = sympy.N(point, 80) if not point.is_Rational else point
        rows = [[centre + s * sympy.Rational(1, 10**k) for k in (8, 16, 32)] for s in sides]
    else:
        return None
    signs = set()
    for row in rows:
        values = [function.evalf(60, subs={var: t}) for t in row]
        if any(not v.is_number or not v.is_real or v.is_zero for v in values):
            return None
        if len({bool(v > 0) for v in values}) != 1:
            return None
        sizes = [abs(v) for v in values]
        pairs = zip(sizes[:-1], sizes[1:], strict=True)
        if not all(later >= _GROWTH * sooner for sooner, later in pairs):
            return None
        signs.add(1 if values[0] > 0 else -1)
    return signs.pop() if len(signs) == 1 else None


def limit_holds(limit: sympy.Limit, value: sympy.Expr) -> bool:
    """A limit equals `value` by SymPy and by evaluating ever closer to the point."""
    function, var, point = limit.args[0], limit.args[1], limit.args[2]
    if function.free_symbols - {var} or value.free_symbols:
        return False
    side = str(limit.args[3])  # "+", "-", or "+-" for a limit written without a side
    try:
        symbolic = limit.doit()
    except (ValueError, NotImplementedError):  # the two sides differ: no limit
        return False
    if value in (sympy.oo, -sympy.oo):  # no number to compare: the growth is checked
        return symbolic == value and \
            unbounded_sign(function, var, point, side) == (1 if value is sympy.oo else -1)
    if symbolic.has(sympy.Limit) or not _close(symbolic, value):
        return False
    # both sides for a limit written without one: lim_{x -> 0} |x|/x is no number, though
    # the limit from the right is 1
    signs = {"-": [-1], "+": [1]}.get(side, [1, -1])
    if point in (sympy.oo, -sympy.oo):
        nearer = [(1 if point is sympy.oo else -1) * sympy.Integer(10) ** k for k in (8, 12)]
    elif point.is_finite:
        nearer = [point + sign * sympy.Rational(1, 10**k) for k in (6, 9) for sign in signs]
    else:
        return False
    samples = []
    for at in nearer:
        v = function.evalf(40, subs={var: at})
        if not v.is_number or v.has(sympy.nan, sympy.zoo):
            return False
        samples.append(v)
    return all(_close(v, value, sympy.Float(10) ** -4) for v in samples)
