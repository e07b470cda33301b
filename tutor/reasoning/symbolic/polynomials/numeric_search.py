"""A numerical search for the least value of a function of a few real variables.

Used to confirm an extreme value found exactly (`extreme_values`): the function is sampled
at thousands of points spread over every scale of its region (1e-3 to 1e3, both signs where
allowed), and the best samples are polished by Nelder-Mead. Points outside the region, or
where the function is not a real number, count as +infinity.

Expressions are evaluated by walking the SymPy tree (`evaluator`): no code is generated
from the problem. The same walk runs on floats (the search) or on mpmath numbers (a
high-precision Newton polish of a critical point).
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable, Sequence
from typing import Any

import mpmath
import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.verify.real_roots import RealRoot

Point = Sequence[float]
Fn = Callable[[Sequence], object]


class _Outside(Exception):
    """The point is outside the function's real domain."""


def _root(b: Any, p: int, q: int, high: bool) -> Any:
    """b^(p/q) on the reals: an odd root of a negative number is negative."""
    ex = mpmath.mpf(p) / q if high else p / q
    if b < 0:
        if q % 2 == 0:
            raise _Outside
        r = (-b) ** ex
        return r if p % 2 == 0 else -r
    if b == 0 and p < 0:
        raise _Outside
    return b ** ex


def evaluator(e: sp.Basic, xs: Sequence[sp.Symbol], high: bool = False) -> Fn:
    """A function of the values of `xs` (floats, or mpmath numbers when `high`) that
    returns the real value of `e` or raises `_Outside`; Decline for what it cannot walk."""
    index = {x: i for i, x in enumerate(xs)}
    lib: object = mpmath if high else math

    def const(c: sp.Basic) -> Fn:
        v = sp.N(c, 50)
        if not v.is_real:
            raise Decline("a constant that is not real")
        num = mpmath.mpf(str(v)) if high else float(v)
        return lambda _: num

    def walk(n: sp.Basic) -> Fn:
        if n in index:
            i = index[n]
            return lambda v: v[i]
        if not n.free_symbols:
            return const(n)
        parts = [walk(a) for a in n.args]
        if isinstance(n, sp.Add):
            return lambda v: sum(f(v) for f in parts)  # type: ignore[misc]
        if isinstance(n, sp.Mul):
            def product(v: Sequence) -> object:
                out: object = 1
                for f in parts:
                    out = out * f(v)  # type: ignore[operator]
                return out
            return product
        if isinstance(n, sp.Pow):
            base, ex = parts
            if n.exp.is_Integer:
                k = int(n.exp)

                def power(v: Sequence) -> object:
                    b = base(v)
                    if b == 0 and k < 0:
                        raise _Outside
                    return b ** k  # type: ignore[operator]
                return power
            if n.exp.is_Rational:
                p, q = int(n.exp.p), int(n.exp.q)
                return lambda v: _root(base(v), p, q, high)

            def general(v: Sequence) -> object:
                b = base(v)
                if b <= 0:  # type: ignore[operator]
                    raise _Outside
                return b ** ex(v)  # type: ignore[operator]
            return general
        if isinstance(n, RealRoot) and n.args[1].is_Integer:
            (base, _), q = parts, int(n.args[1])
            return lambda v: _root(base(v), 1, q, high)
        if isinstance(n, sp.Abs):
            return lambda v: abs(parts[0](v))  # type: ignore[arg-type]
        if isinstance(n, sp.log):
            def log(v: Sequence) -> object:
                vals = [f(v) for f in parts]
                if any(a <= 0 for a in vals):  # type: ignore[operator]
                    raise _Outside
                out = lib.log(vals[0])  # type: ignore[attr-defined]
                return out / lib.log(vals[1]) if len(vals) > 1 else out  # type: ignore
            return log
        if isinstance(n, sp.exp):
            return lambda v: lib.exp(parts[0](v))  # type: ignore[attr-defined]
        raise Decline(f"a function the numerical search cannot evaluate: {type(n).__name__}")

    return walk(e)


def value_or_inf(f: Fn, v: Point) -> float:
    try:
        got = f(v)
    except (_Outside, ValueError, ZeroDivisionError, OverflowError, TypeError):
        return math.inf
    if isinstance(got, complex) or not isinstance(got, float | int) or math.isnan(got):
        return math.inf
    return float(got)


_BUDGET_S = 10.0  # the polishing of one search; past it the search is not trusted
_Kind = str  # "real", "positive", "nonnegative", "negative"


def _sample(kind: _Kind, rnd: random.Random) -> float:
    """A value over every scale (1e-3 to 1e3), or a plain one near the origin."""
    size = 10 ** rnd.uniform(-3, 3) if rnd.random() < 0.5 else rnd.uniform(0, 3)
    if kind == "positive":
        return size
    if kind == "nonnegative":
        return 0.0 if rnd.random() < 0.05 else size
    if kind == "negative":
        return -size
    return rnd.choice((-1, 1)) * size


def _towards(mid: list[float], worst: list[float], t: float) -> list[float]:
    return [m + t * (w - m) for m, w in zip(mid, worst, strict=True)]


def nelder_mead(f: Callable[[Point], float], start: Point, steps: int = 800) -> tuple[
        list[float], float]:
    """Nelder-Mead from `start`, its simplex scaled to the point."""
    n = len(start)
    simplex = [list(start)]
    for i in range(n):
        p = list(start)
        p[i] += 0.1 * abs(p[i]) if p[i] else 0.05
        simplex.append(p)
    vals = [f(p) for p in simplex]
    for _ in range(steps):
        order = sorted(range(n + 1), key=lambda k: vals[k])
        simplex, vals = [simplex[k] for k in order], [vals[k] for k in order]
        if abs(vals[-1] - vals[0]) <= 1e-14 * (1 + abs(vals[0])) and max(
                abs(a - b) for p in simplex[1:] for a, b in zip(p, simplex[0], strict=True)
        ) <= 1e-11 * (1 + max(abs(a) for a in simplex[0])):
            break
        mid = [sum(p[i] for p in simplex[:-1]) / n for i in range(n)]
        worst = simplex[-1]
        r = _towards(mid, worst, -1.0)
        fr = f(r)
        if fr < vals[0]:
            e = _towards(mid, worst, -2.0)
            fe = f(e)
            simplex[-1], vals[-1] = (e, fe) if fe < fr else (r, fr)
        elif fr < vals[-2]:
            simplex[-1], vals[-1] = r, fr
        else:
            c = _towards(mid, worst, 0.5)
            fc = f(c)
            if fc < vals[-1]:
                simplex[-1], vals[-1] = c, fc
            else:
                best = simplex[0]
                simplex = [best] + [[b + 0.5 * (a - b) for a, b in zip(p, best, strict=True)]
                                    for p in simplex[1:]]
                vals = [vals[0]] + [f(p) for p in simplex[1:]]
    k = min(range(n + 1), key=lambda i: vals[i])
    return simplex[k], vals[k]


def least(f: Callable[[Point], float], kinds: Sequence[_Kind], seed: int = 7,
          samples: int = 3000, polish: int = 10) -> tuple[list[float], float]:
    """The least value found: random samples over all scales, the best few polished."""
    rnd = random.Random(seed)
    found: list[tuple[float, list[float]]] = []
    for _ in range(samples):
        p = [_sample(k, rnd) for k in kinds]
        v = f(p)
        if v < math.inf:
            found.append((v, p))
    if len(found) < samples // 100:
        raise Decline("the region could not be sampled")
    found.sort(key=lambda t: t[0])
    best_p, best_v = found[0][1], found[0][0]
    started = time.monotonic()
    for _, p in found[:polish]:
        if time.monotonic() - started > _BUDGET_S:
            raise Decline("the numerical search ran out of time")
        q, v = nelder_mead(f, p)
        q, v = nelder_mead(f, q)  # a restart escapes a collapsed simplex
        if v < best_v:
            best_p, best_v = q, v
    return best_p, best_v


__all__ = ["Point", "evaluator", "least", "nelder_mead", "value_or_inf"]
