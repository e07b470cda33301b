"""Real solutions of an equation in one unknown with square, cube and higher roots of it,
nested or side by side, which SymPy's `solveset` does not list:
"$\\sqrt[3]{3 - x} + \\sqrt{x - 2} = 1$", "$\\sqrt{x + 2 + 2\\sqrt{x + 1}} = 5$",
"$\\sqrt{1 + \\sqrt{x}} = \\sqrt[3]{1 + 2\\sqrt{x}}$".

Each root is named by a new letter y with y^q = its radicand (innermost first), so the
equation becomes a polynomial in x and the letters; resultants take the letters out one
by one, leaving a polynomial P in x that every solution is a root of (whatever branch a
root takes). Its real roots are the only candidates; each is put into the equation as
written (even roots of negative numbers are not real, odd roots are the real ones) at 60
digits: a candidate that leaves a difference below 10^-45 is a solution, one above 10^-20
is not, and anything between declines. The solutions are confirmed again by substitution
(`confirm.solutions`).
"""

from __future__ import annotations

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import numeric
from tutor.reasoning.symbolic.algebra.closed_forms import closed_form
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.verify.real_roots import RealRoot

_MAX_DEGREE = 24
_MAX_RADICALS = 4


def _radicals(e: sp.Basic, x: sp.Symbol) -> list[tuple[sp.Basic, sp.Expr, int]]:
    """Each root of an expression in x, innermost first: (the root, radicand, index)."""
    found: list[tuple[sp.Basic, sp.Expr, int]] = []
    for node in sp.postorder_traversal(e):
        if isinstance(node, RealRoot) and node.args[0].has(x):
            item = (node, node.args[0], int(node.args[1]))
        elif node.is_Pow and node.exp.is_Rational and not node.exp.is_Integer \
                and node.base.has(x):
            item = (sp.Pow(node.base, sp.Rational(1, node.exp.q)), node.base, int(node.exp.q))
        else:
            continue
        if item not in found:
            found.append(item)
    return found


def has_radicals(e: sp.Basic, x: sp.Symbol) -> bool:
    return bool(_radicals(e, x))


def candidates(expr: sp.Expr, x: sp.Symbol) -> list[sp.Expr]:
    """The real roots of the polynomial that every real solution of expr = 0 is a root of."""
    radicals = _radicals(expr, x)
    if not radicals or len(radicals) > _MAX_RADICALS:
        raise Decline("too many roots of the unknown")
    letters = sp.symbols(f"y0:{len(radicals)}")
    named: dict[sp.Basic, sp.Expr] = {}
    relations = []
    for (root, radicand, q), y in zip(radicals, letters, strict=True):
        inner = _named(radicand, named)
        relations.append((y, sp.expand(y ** q * sp.denom(sp.together(inner))
                                       - sp.numer(sp.together(inner)))))
        named[root] = y
    body = sp.numer(sp.together(_named(expr, named)))
    poly = sp.expand(body)
    for y, relation in reversed(relations):
        if poly.has(y):
            poly = sp.resultant(poly, relation, y)
    poly = sp.expand(poly)
    if poly.free_symbols - {x}:
        raise Decline("a root could not be taken out")
    if poly == 0:
        raise Decline("the equation holds on a whole interval")
    p = sp.Poly(poly, x)
    if p.degree() > _MAX_DEGREE:
        raise Decline("the polynomial left is of too high a degree")
    return list(dict.fromkeys(sp.Poly(sp.sqf_part(p.as_expr()), x).real_roots()))


def _named(e: sp.Basic, named: dict[sp.Basic, sp.Expr]) -> sp.Expr:
    """e with each root already named written as its letter (powers of it too)."""
    out = e.xreplace(named)
    for root, y in named.items():
        if isinstance(root, sp.Pow):
            base, q = root.base, root.exp.q
            out = out.replace(lambda n, b=base, q=q: n.is_Pow and n.base == b and n.exp.is_Rational
                              and n.exp.q == q, lambda n, y=y, q=q: y ** (n.exp.p))
    return out


_STRUCTURE = ("too many roots of the unknown", "a root could not be taken out",
              "the polynomial left is of too high a degree")


def solved(lhs: sp.Expr, rhs: sp.Expr, x: sp.Symbol) -> tuple[list[sp.Expr], Step] | None:
    """The real solutions of lhs = rhs with the step that finds them; None when the
    equation is not one whose roots can be taken out this way (another method may try)."""
    if not has_radicals(lhs - rhs, x):
        return None
    try:
        roots = solve(lhs, rhs, x)
    except Decline as exc:
        if str(exc) in _STRUCTURE:
            return None
        raise
    listed = ", ".join(latex(r) for r in roots) or "none"
    claim = f"{latex(lhs)} = {latex(rhs)}"
    return roots, step(
        "solve and check", "Name each root by a letter and take the letters out (raise to "
        "powers, eliminate): every solution is a root of the polynomial that is left. Put "
        "each of its real roots back into the equation as written.",
        f"The roots of ${claim}$ give candidates; those that satisfy the equation are "
        f"${latex(x)} = {listed}$.", claim)


def solve(lhs: sp.Expr, rhs: sp.Expr, x: sp.Symbol) -> list[sp.Expr]:
    """Every real solution of lhs = rhs, sorted; Decline when one cannot be settled."""
    expr = lhs - rhs
    out = []
    for r in candidates(expr, x):
        gap = _gap(expr, x, r)
        if gap is None or gap > 1e-20:
            continue
        if gap > 1e-45:
            raise Decline("a candidate neither satisfies the equation nor clearly fails it")
        out.append(r if r.is_Rational else closed_form(r))
    return sorted(out, key=lambda r: float(r))


def _gap(expr: sp.Expr, x: sp.Symbol, r: sp.Expr) -> float | None:
    """|expr| at r to 60 digits; None where it is not a real number (an even root of a
    negative number, a zero denominator)."""
    with mpmath.workdps(60):
        point = r if r.is_Rational else sp.N(r, 80)
        got = numeric.at(expr, x, point)
        if got is None or not mpmath.isfinite(got):
            return None
        imag = abs(got.imag) if isinstance(got, mpmath.mpc) else 0
        if imag > 1e-20:
            return None
        if imag > mpmath.mpf(10) ** -45:
            raise Decline("a candidate is at the edge of a root's domain")
        return float(abs(got.real if isinstance(got, mpmath.mpc) else got))


__all__ = ["candidates", "has_radicals", "solve", "solved"]
