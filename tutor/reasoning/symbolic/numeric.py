"""Numerical values computed without SymPy's symbolic algorithms, for `confirm.py`.

Sums by extrapolating partial sums (`mpmath.nsum`, Richardson or Shanks, trusted only
when two working precisions agree), finite sums and products term by term, definite
integrals by quadrature (`Integral.evalf`), limits by evaluating close to the point
(trusted only when two distances agree). Terms are evaluated exactly or with
`evalf(subs=...)`: no code is generated from the problem. Each returns None when it
cannot tell.
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction

import mpmath
import sympy as sp

DPS = 30
_CLOSE = 1e-9  # relative agreement for two numerical methods
_FINITE_SUM_TERMS = 2000  # a finite sum longer than this is not added up term by term


def to_mp(v: sp.Basic) -> mpmath.mpf | mpmath.mpc | None:
    v = sp.N(v, DPS)
    if not v.is_number or v.has(sp.zoo, sp.nan, sp.oo, -sp.oo):
        return None
    re_, im = v.as_real_imag()
    try:
        with mpmath.workdps(DPS):
            return mpmath.mpc(str(sp.N(re_, DPS)), str(sp.N(im, DPS)))
    except (TypeError, ValueError):
        return None


def near(a: mpmath.mpc, b: mpmath.mpc, tol: float = _CLOSE) -> bool:
    return bool(abs(a - b) <= tol * max(1, abs(b)))


def at(e: sp.Basic, x: sp.Symbol, t: object) -> mpmath.mpc | None:
    """`e` at x = t, at extra precision (extrapolation amplifies rounding noise)."""
    try:
        point = sp.Integer(t) if isinstance(t, int) else t if isinstance(t, sp.Basic) \
            else sp.Float(str(t), DPS + 20)
        v = e.evalf(DPS + 20, subs={x: point})
    except (TypeError, ValueError, ZeroDivisionError, ArithmeticError):
        return None
    return to_mp(v) if v.is_number else None


def _term(e: sp.Basic, k: sp.Symbol) -> Callable[[int], mpmath.mpc]:
    """A fast, exact-then-rounded evaluator of a sum's term at integers."""
    if e.is_rational_function(k):
        num, den = sp.fraction(sp.cancel(sp.together(e)))
        try:
            p, q = sp.Poly(num, k), sp.Poly(den, k)
        except sp.PolynomialError:
            p = q = None
        if p is not None and q is not None and p.domain.is_QQ | p.domain.is_ZZ \
                and q.domain.is_QQ | q.domain.is_ZZ:
            pc = [Fraction(int(c.p), int(c.q)) for c in p.all_coeffs()]
            qc = [Fraction(int(c.p), int(c.q)) for c in q.all_coeffs()]

            def rational(n: int) -> mpmath.mpc:
                m = int(n)
                a = b = Fraction(0)
                for c in pc:
                    a = a * m + c
                for c in qc:
                    b = b * m + c
                r = a / b  # ZeroDivisionError at a pole: the caller gives up
                return mpmath.mpc(mpmath.mpf(r.numerator) / r.denominator)
            return rational

    def general(n: int) -> mpmath.mpc:
        exact = e.subs(k, int(n))  # (-1)^k / k and 2^{-k} k stay exact and fast
        if exact.is_Rational:
            return mpmath.mpc(mpmath.mpf(int(exact.p)) / int(exact.q))
        v = to_mp(sp.N(exact, DPS + 20)) if exact.is_number else None
        if v is None:
            raise ArithmeticError("term not a number")
        return v
    return general


def _sum_estimate(s: sp.Sum) -> mpmath.mpc | None:
    if len(s.limits) != 1 or s.function.free_symbols - {s.limits[0][0]}:
        return None
    k, lo, hi = s.limits[0]
    if not lo.is_integer or not (hi.is_integer or hi is sp.oo):
        return None
    f = _term(s.function, k)

    def total(dps: int) -> mpmath.mpc:
        with mpmath.workdps(dps):
            return mpmath.nsum(f, [int(lo), mpmath.inf])

    try:
        if hi is sp.oo:
            # mpmath picks Richardson or Shanks by its own error estimate; the result is
            # trusted only when a run at higher precision gives the same number
            a, b = total(DPS), total(DPS + 15)
            return a if near(a, b, 1e-15) else None
        if int(hi) - int(lo) > _FINITE_SUM_TERMS:
            return None
        with mpmath.workdps(DPS):
            return mpmath.fsum(f(n) for n in range(int(lo), int(hi) + 1))
    except (ArithmeticError, ValueError, TypeError):
        return None


def _product_estimate(p: sp.Product) -> mpmath.mpc | None:
    if len(p.limits) != 1:
        return None
    k, lo, hi = p.limits[0]
    if not (lo.is_Integer and hi.is_Integer) or int(hi) - int(lo) > _FINITE_SUM_TERMS:
        return None
    out = mpmath.mpc(1)
    for n in range(int(lo), int(hi) + 1):
        v = at(p.function, k, n)
        if v is None:
            return None
        out *= v
    return out


def _integral_estimate(i: sp.Integral) -> mpmath.mpc | None:
    if len(i.limits) != 1 or len(i.limits[0]) != 3 or i.free_symbols:
        return None
    try:
        v = i.evalf(DPS)  # mpmath quadrature, not the symbolic integrator
    except (TypeError, ValueError, ArithmeticError):
        return None
    return to_mp(v) if v.is_number and not v.has(sp.Integral) else None


def _limit_estimate(lim: sp.Limit) -> mpmath.mpc | None:
    f, x, a, d = lim.args
    if f.free_symbols - {x} or not (a.is_number or a in (sp.oo, -sp.oo)):
        return None
    if a in (sp.oo, -sp.oo):
        sign = 1 if a is sp.oo else -1
        points = [[sp.Float(sign * 10 ** 12)], [sp.Float(sign * 10 ** 16)]]
    else:
        sides = {"+": [1], "-": [-1], "+-": [1, -1]}.get(str(d), [1, -1])
        points = [[sp.N(a, DPS) + s * sp.Float("1e-12", DPS) for s in sides],
                  [sp.N(a, DPS) + s * sp.Float("1e-16", DPS) for s in sides]]
    rows = [[at(f, x, t) for t in ts] for ts in points]
    flat = [v for row in rows for v in row]
    if any(v is None for v in flat):
        return None
    if all(near(v, flat[-1], 1e-6) for v in flat):
        return flat[-1]
    return None


_ESTIMATORS: dict[type, Callable[[sp.Basic], mpmath.mpc | None]] = {
    sp.Sum: _sum_estimate, sp.Product: _product_estimate,
    sp.Integral: _integral_estimate, sp.Limit: _limit_estimate,
}


def estimate(e: sp.Basic) -> mpmath.mpc | None:
    """A numerical value of a closed expression, sums and integrals done numerically."""
    if e.free_symbols:
        return None
    for kind, fn in _ESTIMATORS.items():
        if isinstance(e, kind):
            return fn(e)
    inner = [n for n in sp.preorder_traversal(e) if isinstance(n, tuple(_ESTIMATORS))]
    reps: dict[sp.Basic, sp.Basic] = {}
    for node in inner:
        if any(node in r.args for r in reps) or node in reps:
            continue
        v = estimate(node)
        if v is None:
            return None
        reps[node] = sp.Float(str(v.real), DPS) + sp.I * sp.Float(str(v.imag), DPS)
    try:
        return to_mp(e.xreplace(reps))
    except (TypeError, ValueError, ArithmeticError):
        return None


__all__ = ["DPS", "at", "estimate", "near", "to_mp"]
