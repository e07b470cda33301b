"""The value of a target when the unknowns are integers in a bounded range: "$m$ and $n$
are positive integers less than $15$ with $mn + m + n = 34$: find $m + n$", "positive
integers $p, q, r$ with $(p + q)(q + r)(r + p) = 60$: find $p + q + r$".

Each unknown's range comes from its qualifiers and the inequalities said of it alone
("less than $15$", positive); an unknown without an upper bound gets one only when an
equation reads Q = K with Q a polynomial with nonnegative coefficients and no constant
term and every unknown at least 0: Q only grows with each unknown, so one unknown alone
(the others at their least) may not push Q past K.

Two enumerations meet: every point of the box is tested in every equation (integer
arithmetic), and, separately, for every choice of all unknowns but the last, the integer
roots of the first equation in the last unknown are found (SymPy's `ground_roots`) and
tested; both must list the same solutions. The target must then have one value at the
solutions that meet every condition, or the greatest / least is asked for.
"""

from __future__ import annotations

from itertools import product

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.clauses import Conditions
from tutor.reasoning.symbolic.algebra.expressions import shown
from tutor.reasoning.symbolic.model import Decline, Step, latex, step

_MAX_POINTS = 40000
_MAX_REST = 3000
_MAX_BOUND = 10000

Point = tuple[int, ...]


def _bounds(conds: Conditions, x: sp.Symbol) -> tuple[int | None, int | None]:
    low: int | None = None
    high: int | None = None
    kinds = conds.kinds.get(x, set())
    if "positive" in kinds:
        low = 1
    if "nonnegative" in kinds:
        low = 0
    if "negative" in kinds:
        high = -1
    for rel in conds.inequalities:
        if not isinstance(rel, (sp.StrictLessThan, sp.LessThan, sp.StrictGreaterThan,
                                sp.GreaterThan)):
            continue
        small, big = (rel.lhs, rel.rhs) if isinstance(rel, (sp.StrictLessThan, sp.LessThan)) \
            else (rel.rhs, rel.lhs)
        strict = isinstance(rel, (sp.StrictLessThan, sp.StrictGreaterThan))
        if small == x and big.is_number and big.is_real:
            top = sp.ceiling(big) - 1 if strict else sp.floor(big)
            high = int(top) if high is None else min(high, int(top))
        elif big == x and small.is_number and small.is_real:
            bottom = sp.floor(small) + 1 if strict else sp.ceiling(small)
            low = int(bottom) if low is None else max(low, int(bottom))
    return low, high


def _growth_bound(nums: list[sp.Poly], x: sp.Symbol, lows: dict[sp.Symbol, int]) -> int | None:
    """The largest x can be when some equation is Q = K, Q with nonnegative coefficients."""
    for p in nums:
        k = -p.coeff_monomial(1)
        q = p + k
        if not q.coeffs() or any(c < 0 for c in q.coeffs()) or x not in q.free_symbols:
            continue
        rest = {u: lows[u] for u in p.gens if u != x}
        one = sp.Poly(q.as_expr().subs(rest), x)
        v = lows[x]
        while one.eval(v) <= k:
            v += 1
            if v > _MAX_BOUND or one.degree() < 1:
                return None
        return v - 1
    return None


def _value(p: sp.Poly, point: Point) -> sp.Rational:
    total = sp.Integer(0)
    for monom, c in p.terms():
        term = c
        for v, e in zip(point, monom, strict=True):
            term *= v ** e
        total += term
    return total


def _by_box(nums: list[sp.Poly], ranges: list[range]) -> set[Point]:
    return {pt for pt in product(*ranges) if all(_value(p, pt) == 0 for p in nums)}


def _by_roots(nums: list[sp.Poly], unknowns: list[sp.Symbol], ranges: list[range]) -> set[Point]:
    last = unknowns[-1]
    out: set[Point] = set()
    for head in product(*ranges[:-1]):
        given = dict(zip(unknowns[:-1], head, strict=True))
        one = sp.Poly(nums[0].as_expr().subs(given), last)
        if one.is_zero:
            candidates = list(ranges[-1])
        else:
            candidates = [int(r) for r in one.ground_roots() if r.is_integer]
        for v in candidates:
            pt = (*head, v)
            if v in ranges[-1] and all(_value(p, pt) == 0 for p in nums):
                out.add(pt)
    return out


def integer_value(conds: Conditions, eqs: list[sp.Equality], unknowns: list[sp.Symbol],
                  target: sp.Basic, pick: str | None = None) -> tuple[sp.Basic, list[Step]]:
    """The target's value over the integer solutions in a bounded box."""
    if not all("integer" in conds.kinds.get(x, ()) for x in unknowns):
        raise Decline("not every unknown is an integer")
    exprs = [sp.together(e.lhs - e.rhs) for e in eqs]
    if any(sp.denom(e).free_symbols for e in exprs) or not all(
            e.is_polynomial(*unknowns) for e in exprs):
        raise Decline("integer equations with denominators")
    nums = [sp.Poly(sp.expand(e), *unknowns) for e in exprs]
    if any(not c.is_Rational for p in nums for c in p.coeffs()):
        raise Decline("coefficients that are not rational")
    bounds = {x: _bounds(conds, x) for x in unknowns}
    lows: dict[sp.Symbol, int] = {}
    for x, (low, _) in bounds.items():
        if low is None:
            raise Decline("an integer unknown without a lower bound")
        lows[x] = low
    ranges = []
    for x in unknowns:
        high = bounds[x][1]
        if high is None and all(v >= 0 for v in lows.values()):
            high = _growth_bound(nums, x, lows)
        if high is None:
            raise Decline("an integer unknown without an upper bound")
        ranges.append(range(lows[x], high + 1))
    total = 1
    for r in ranges:
        total *= len(r)
    if total > _MAX_POINTS or total // max(1, len(ranges[-1])) > _MAX_REST:
        raise Decline("too many integer points to test")
    found = _by_box(nums, ranges)
    confirm.check(found == _by_roots(nums, unknowns, ranges),
                  "testing every integer point and solving for the last unknown find the "
                  "same solutions")
    sols = [dict(zip(unknowns, (sp.Integer(v) for v in pt), strict=True))
            for pt in sorted(found)]
    used = [s for s in sols if conds.holds(s)]
    if not used:
        raise Decline("no integer solution meets the conditions")
    values = [sp.nsimplify(target.subs(s)) for s in used]
    if any(not v.is_Rational for v in values):
        raise Decline("the target is not defined at every solution")
    if pick is None and len(set(values)) != 1:
        raise Decline("the target's value depends on which solution")
    value = max(values) if pick == "max" else min(values)
    for s in used:
        confirm.system(eqs, s)
    return value, _steps(eqs, unknowns, ranges, target, used, value, pick)


def _steps(eqs: list[sp.Equality], unknowns: list[sp.Symbol], ranges: list[range],
           target: sp.Basic, used: list[dict], value: sp.Basic, pick: str | None) -> list[Step]:
    limits = ", ".join(f"{r.start} \\le {latex(x)} \\le {r.stop - 1}"
                       for x, r in zip(unknowns, ranges, strict=True))
    listed = "; ".join(", ".join(f"{latex(x)} = {s[x]}" for x in unknowns) for s in used[:6])
    more = f" (and {len(used) - 6} more)" if len(used) > 6 else ""
    steps = [step("bound the unknowns", "Integers in a bounded range can be tried one by "
                  "one.", f"The conditions give ${limits}$.", limits),
             step("try every case", "Test each equation at every integer point in range.",
                  f"The solutions that meet every condition: ${listed}${more}.", "")]
    for s in used[:4]:
        claim = f"{shown(target, s)} = {latex(target.subs(s))}"
        steps.append(step("substitute the values", "Evaluate the expression asked for.",
                          f"${claim}$", claim))
    if pick is not None and len(used) > 1:
        word = "greatest" if pick == "max" else "least"
        steps.append(step(f"take the {word}", f"The {word} of these values is the answer.",
                          f"The {word} value is ${latex(value)}$.", ""))
    return steps


__all__ = ["integer_value"]
