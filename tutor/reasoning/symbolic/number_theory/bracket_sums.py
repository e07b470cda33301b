"""Sums of a floor or ceiling over a range of whole numbers, added the way a teacher does:
"$\\sum_{k=1}^{500} \\lfloor \\sqrt{k} \\rfloor$", "$\\sum_{n=1}^{300} \\lceil \\log_3 n \\rceil$".

The term depends on k only through one bracket B(g(k)). When the bracket's value never
falls as k grows, the terms come in runs of equal value: the first k of each run is found
by bisection, each value read exactly (`rounding.bounded`: SymPy's floor and a 60-digit
bound), and the sum is each value times the length of its run. That is confirmed by a
second, independent count: every term's bracket read from a 60-digit value of g(k) (an
exact reading only where g(k) is within 10^-25 of an integer) and added. A bracket that
falls somewhere makes the two disagree, and the sum is left to the general evaluation.
"""

from __future__ import annotations

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.model import Decline, Step, latex, step

MAX_TERMS = 20000
MAX_RUNS = 400
_M = sp.Dummy("bracket")  # never one of the problem's letters
Result = tuple[sp.Basic, list[Step]]


def value(e: sp.Basic) -> Result | None:
    """The value of a finite sum of one bracket's values, or None when `e` is not one."""
    if not (isinstance(e, sp.Sum) and len(e.limits) == 1) or e.free_symbols:
        return None
    k, lo_, hi_ = e.limits[0]
    brackets = e.function.atoms(sp.floor, sp.ceiling)
    if not (lo_.is_Integer and hi_.is_Integer) or len(brackets) != 1:
        return None
    lo, hi = int(lo_), int(hi_)
    bracket = brackets.pop()
    g = bracket.args[0]
    outer = e.function.xreplace({bracket: _M})
    if not 0 <= hi - lo < MAX_TERMS or outer.has(k) or g.has(sp.floor, sp.ceiling) \
            or g.free_symbols != {k}:
        return None
    kind = "floor" if isinstance(bracket, sp.floor) else "ceil"
    known: dict[int, int] = {}

    def at(n: int) -> int:  # exact (SymPy); the second count reads it from 60 digits
        if n not in known:
            v = bracket.func(g.subs(k, n).doit())
            if not v.is_Integer:
                raise Decline("a bracket's value could not be found exactly")
            known[n] = int(v)
        return known[n]

    first, last = at(lo), at(hi)
    if last < first or last - first > MAX_RUNS:
        return None
    runs: list[tuple[int, int, int]] = []  # (value, first k, last k)
    start = lo
    for v in range(first, last + 1):
        a, b = start, hi + 1  # the first k in [start, hi] whose value exceeds v
        while a < b:
            mid = (a + b) // 2
            if at(mid) > v:
                b = mid
            else:
                a = mid + 1
        if a > start:
            runs.append((v, start, a - 1))
        start = a
    total = sum((outer.subs(_M, v) * (b - a + 1) for v, a, b in runs), sp.S.Zero)
    total = sp.nsimplify(sp.simplify(total)) if not total.is_Rational else total
    counted = _counted(g, k, lo, hi, kind, outer)
    want = numeric.to_mp(total)
    if counted is None or want is None or not numeric.near(mpmath.mpc(counted), want):
        return None  # the bracket falls somewhere: not runs; the general sum takes it
    confirm.number(counted, total, "adding every term, each bracket read from a 60-digit value")
    return total, _steps(bracket, k, runs, outer, total)


def _counted(g: sp.Basic, k: sp.Symbol, lo: int, hi: int, kind: str, outer: sp.Basic
             ) -> mpmath.mpf | None:
    from tutor.reasoning.symbolic.number_theory.rounding import bounded

    values: dict[int, mpmath.mpc] = {}
    total = mpmath.mpf(0)
    with mpmath.workdps(numeric.DPS):
        for n in range(lo, hi + 1):
            x = numeric.at(g, k, n)
            if x is None or x.imag != 0:
                raise Decline("a bracket's argument is not a real number")
            low = mpmath.floor(x.real)
            if min(x.real - low, low + 1 - x.real) < mpmath.mpf(10) ** -25:
                b = bounded(g.subs(k, n).doit(), kind)
            else:
                b = int(low) if kind == "floor" else int(low) + 1
            if b not in values:
                got = numeric.to_mp(outer.subs(_M, b))
                if got is None:
                    return None
                values[b] = got
            total += values[b].real
    return total


def _steps(bracket: sp.Basic, k: sp.Symbol, runs: list[tuple[int, int, int]],
           outer: sp.Basic, total: sp.Basic) -> list[Step]:
    shown = [f"${latex(bracket)} = {v}$ for ${a} \\le {latex(k)} \\le {b}$ ({b - a + 1} "
             f"term{'s' * (b != a)})" for v, a, b in runs]
    listed = "; ".join(shown if len(shown) <= 8 else [*shown[:4], "…", *shown[-2:]])
    parts = [f"{b - a + 1} \\cdot {latex(outer.subs(_M, v))}" for v, a, b in runs]
    claim = " + ".join(parts if len(parts) <= 8 else [*parts[:4], "\\cdots", *parts[-2:]])
    claim = f"{claim} = {latex(total)}"
    return [step("group equal brackets", "The bracket keeps one value over a run of "
                 "consecutive terms; find where each run starts.", listed + ".", ""),
            step("add the runs", "Each run adds its value times its length.",
                 f"${claim}$", claim if len(parts) <= 8 else "")]


__all__ = ["value"]
