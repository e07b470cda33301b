"""Equations in x and the floor (or the ceiling) of x or of a line ax + b, solved the way a
teacher does: "$x \\lfloor x \\rfloor = 39$", "$x + \\lceil x \\rceil = 9.25$",
"$\\lfloor x \\rfloor^2 = 2x + 3$", "$\\lfloor 3x + 1 \\rfloor = 2x - 1/2$".

Write n for the bracket, so ax + b = n + t with 0 <= t < 1 for a floor (n - t for a
ceiling), and x = (n + t - b) / a. The equation becomes a polynomial H(n, t) = 0 with
rational coefficients. Seen as a polynomial in n whose coefficients depend on t, its
leading coefficient stays away from zero on [0, 1] and the others are bounded there, so
Fujiwara's bound on the roots of a polynomial gives a whole number R with |n| <= R for
every solution: nothing outside -R..R is missed. For each n in that range the roots t in
[0, 1) are found exactly. Each solution is then confirmed by substituting it into the
equation as written, the bracket evaluated at high precision (`confirm.solutions`), a
method independent of the search.

A bracket of anything but one line in x, a floor beside a ceiling, a coefficient that is
not rational, an equation true for a whole interval of t, or a bound too large to search
are not this reader's: `solve` returns None (or declines when it read the equation but
cannot answer safely).
"""

from __future__ import annotations

import math
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, latex, step

MAX_RANGE = 3000
MAX_SOLUTIONS = 400
SHOWN = 6  # solutions shown one by one; the rest are counted
_N, _T, _B = sp.symbols("n t B")


def _bracket(eq: sp.Equality, x: sp.Symbol) -> tuple[type, sp.Basic, sp.Poly] | None:
    """(sp.floor or sp.ceiling, L, L as a polynomial) when every bracket in `eq` is that one
    of one L = ax + b, a and b rational, a != 0."""
    atoms = eq.atoms(sp.floor, sp.ceiling)
    if len({type(a) for a in atoms}) != 1 or len({a.args[0] for a in atoms}) != 1:
        return None
    atom = next(iter(atoms))
    inner = atom.args[0]
    if not inner.is_polynomial(x) or inner.free_symbols != {x}:
        return None
    line = sp.Poly(inner, x)
    if line.degree() != 1 or not all(c.is_Rational for c in line.all_coeffs()):
        return None
    return type(atom), inner, line


def _polynomial(eq: sp.Equality, x: sp.Symbol, kind: type, inner: sp.Basic, line: sp.Poly
                ) -> sp.Poly | None:
    """H(n, t) as a polynomial in n and t with rational coefficients, or None."""
    diff = (eq.lhs - eq.rhs).xreplace({kind(inner): _B})
    if diff.has(sp.floor, sp.ceiling) or not diff.is_polynomial(x, _B):
        return None
    a, b = line.all_coeffs()
    x_is = ((_N + _T if kind is sp.floor else _N - _T) - b) / a
    h = sp.expand(diff.xreplace({x: x_is, _B: _N}))
    poly = sp.Poly(h, _N, _T)
    if not all(c.is_Rational for c in poly.coeffs()) or poly.is_zero:
        return None
    return poly


def _abs_max(p: sp.Poly) -> Fraction:
    """An upper bound of |p(t)| on [0, 1]: the sum of |coefficients|."""
    return sum((abs(Fraction(int(c.p), int(c.q))) for c in p.all_coeffs()), Fraction(0))


def _abs_min(p: sp.Poly) -> float | None:
    """min |p(t)| on [0, 1], or None when p has a root there."""
    if p.degree() <= 0:
        v = p.as_expr()
        return None if v == 0 else float(abs(v))
    if p.count_roots(0, 1) > 0:
        return None
    points = [sp.S.Zero, sp.S.One] + [r for r in p.diff().real_roots() if 0 < r < 1]
    return min(float(abs(p.eval(r))) for r in points)


def _bound(poly: sp.Poly) -> int | None:
    """R with |n| <= R at every root (n, t), 0 <= t <= 1 (Fujiwara's bound), or None."""
    d = poly.degree(_N)
    if d < 1:
        return None
    coeff = {k: sp.Poly(sp.S.Zero, _T) for k in range(d + 1)}
    for (i, j), c in poly.terms():
        coeff[i] += sp.Poly(c * _T**j, _T)
    lead = _abs_min(coeff[d])
    if lead is None or lead <= 0:
        return None
    terms = [float(_abs_max(coeff[d - k])) / lead for k in range(1, d + 1)]
    reach = 2 * max(v ** (1 / k) for k, v in enumerate(terms, start=1))
    return math.floor(reach * (1 + 1e-9)) + 2


def _roots_in_unit(h: sp.Poly) -> list[sp.Basic]:
    """The roots t of h in [0, 1), exact; Decline when h vanishes identically."""
    if h.is_zero:
        raise Decline("the equation holds for a whole interval of x")
    if h.degree() <= 0:
        return []
    if h.degree() == 1:
        a, b = h.all_coeffs()
        r = -b / a
        return [r] if 0 <= r < 1 else []
    if h.count_roots(0, 1) == 0:
        return []
    return [r for r in dict.fromkeys(h.real_roots()) if r >= 0 and r < 1]


def solve(eq: sp.Equality, x: sp.Symbol) -> tuple[list[sp.Basic], list[Step]] | None:
    """Real solutions and steps, or None when the equation is not one in x and its bracket."""
    read = _bracket(eq, x)
    if read is None:
        return None
    kind, inner, line = read
    poly = _polynomial(eq, x, kind, inner, line)
    if poly is None:
        return None
    reach = _bound(poly)
    if reach is None or reach > MAX_RANGE:
        raise Decline("no bound on the bracket's value found for a search")
    floor = kind is sp.floor
    a, b = line.all_coeffs()
    found: list[tuple[int, sp.Basic]] = []
    for n in range(-reach, reach + 1):
        h = sp.Poly(poly.as_expr().subs(_N, n), _T)
        for t in _roots_in_unit(h):
            found.append((n, sp.nsimplify(((n + t if floor else n - t) - b) / a)))
        if len(found) > MAX_SOLUTIONS:
            raise Decline("too many solutions to list")
    if not found:
        raise Decline("no real solution of the equation with its bracket")
    roots = sorted({r for _n, r in found}, key=lambda r: float(r))
    confirm.solutions(eq, x, roots)
    open_, close = ("\\lfloor", "\\rfloor") if floor else ("\\lceil", "\\rceil")
    part = f"{latex(inner)} = n {'+' if floor else '-'} t"
    h_text = latex(poly.as_expr())
    steps = [step("name the whole part",
                  f"Write $n = {open_} {latex(inner)} {close}$ (an integer) and ${part}$ "
                  "with $0 \\le t < 1$.",
                  f"With $n = {open_} {latex(inner)} {close}$ and ${part}$, the equation "
                  f"${latex(eq.lhs)} = {latex(eq.rhs)}$ becomes ${h_text} = 0$ with "
                  "$0 \\le t < 1$.", f"{h_text} = 0"),
             step("bound the whole part",
                  "For large $|n|$ the highest power of $n$ outweighs the other terms.",
                  f"For $0 \\le t < 1$ every solution has $|n| \\le {reach}$ (the terms "
                  f"without the highest power of $n$ are too small to cancel it beyond that), "
                  f"so only $n$ from $-{reach}$ to ${reach}$ can work.")]
    if len(found) > SHOWN:
        steps.append(step("count the whole parts that work",
                          "Each root t in [0, 1) for a whole part n is one solution.",
                          f"There are {len(found)} solutions, from $n = {found[0][0]}$ to "
                          f"$n = {found[-1][0]}$; the first and last three are shown."))
    for n, r in (found if len(found) <= SHOWN else found[:3] + found[-3:]):
        claim = f"{open_} {latex(inner.subs(x, r))} {close} = {n}"
        steps.append(step("solve for this whole part",
                          f"Put $n = {n}$ in and keep $t$ in $[0, 1)$.",
                          f"$n = {n}$ gives ${latex(x)} = {latex(r)}$, and ${claim}$ ✓", claim))
    return roots, steps


def as_bounds(rel: sp.Basic) -> list[sp.Basic] | None:
    """`\\lfloor E \\rfloor = c` as `c <= E < c + 1` (a ceiling: `c - 1 < E <= c`), c a whole
    number: the same condition written without the bracket. None when `rel` is not one."""
    if not isinstance(rel, sp.Equality):
        return None
    side, value = (rel.lhs, rel.rhs) if isinstance(rel.lhs, sp.floor | sp.ceiling) \
        else (rel.rhs, rel.lhs)
    if not (isinstance(side, sp.floor | sp.ceiling) and value.is_Integer):
        return None
    inner = side.args[0]
    if not inner.free_symbols or inner.has(sp.floor, sp.ceiling):
        return None
    if isinstance(side, sp.floor):
        return [sp.Ge(inner, value), sp.Lt(inner, value + 1)]
    return [sp.Gt(inner, value - 1), sp.Le(inner, value)]


__all__ = ["as_bounds", "solve"]
