"""Typed reader: the polynomials g with f(g(x)) equal to a given polynomial, f known.

"Suppose $f(x) = x^2,$ and $g(x)$ is a polynomial such that $f(g(x)) = 9x^2 - 12x + 4$.
Enter all possible polynomials $g(x),$ separated by commas.", "Let $f(x) = 2x + 3$. Find
the polynomial $g(x)$ such that $f(g(x)) = 6x^2 - 1$." f must be linear or quadratic.

Two methods must give the same polynomials:
- the coefficients of g (its degree is deg p / deg f) are unknowns, and matching the
  coefficients of f(g(x)) and p(x) gives equations solved together (SymPy's `solve`);
- f(g) = p solved for g directly: g = (p - b)/a for f = at + b; for f = at^2 + bt + c,
  g = (-b +- q)/(2a) where q is a polynomial whose square is the discriminant
  b^2 - 4a(c - p(x)) (none when that is not a square).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra import functions
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

VOCAB = frozenset(
    "polynomial polynomials all possible enter separated by commas such where with "
    "satisfying satisfies find".split())
_CALL = re.compile(r"^\s*([A-Za-z])\s*\(\s*([a-z])\s*\)\s*$")
_NESTED = re.compile(r"^\s*([A-Za-z])\s*\(\s*([A-Za-z])\s*\(\s*([a-z])\s*\)\s*\)\s*=([^=]+)$")


def read(split: Split, template: str) -> Result | None:
    if "polynomial" not in template or not words_within(template, VOCAB):
        return None
    pieces = [split.maths[int(k)] for k in re.findall(r"@(\d+)@", template)]
    nested = [m for p in pieces if (m := _NESTED.match(p))]
    if len(nested) != 1:
        return None
    f_name, g_name, var, right_src = nested[0].groups()
    defs = [p for p in pieces if (d := functions.FUNCTION_DEFINITION.match(p.strip()))
            and d.group(1) == f_name]
    calls = [p for p in pieces if (c := _CALL.match(p)) and c.groups() == (g_name, var)]
    if len(defs) != 1 or not calls or len(defs) + len(calls) + 1 != len(pieces):
        return None
    t, f = functions.Table(defs).f[f_name]
    x = sp.Symbol(var)
    right = parse_latex(right_src)
    if not isinstance(f, sp.Expr) or not isinstance(right, sp.Expr) or not f.is_polynomial(t) \
            or not right.is_polynomial(x) or right.free_symbols - {x}:
        raise Decline("polynomials f and f(g(x))")
    fp = sp.Poly(f, t)
    d, n = fp.degree(), sp.degree(right, x)
    if d not in (1, 2) or n < d or n % d:
        raise Decline("a linear or quadratic f, and a degree f divides")
    by_coefficients = _by_coefficients(fp, sp.expand(right), x, n // d)
    by_solving = _by_solving(fp, sp.expand(right), x)
    confirm.check(set(by_coefficients) == set(by_solving), "matching coefficients and "
                  "solving f(g) = p for g give the same polynomials")
    if not by_coefficients:
        raise Decline("no polynomial fits")
    found = sorted(by_coefficients, key=sp.default_sort_key)
    listing = "many" in template or "all" in template.split() or "polynomials" in template
    if not listing and len(found) != 1:
        raise Decline("one polynomial asked, several fit")
    shown = ", ".join(latex(g) for g in found)
    claims = [f"{latex(f.subs(t, sp.UnevaluatedExpr(g)))} = {latex(sp.expand(right))}"
              for g in found]
    return shown if len(found) > 1 else found[0], [
        step("match the coefficients", f"$g$ has degree {n // d}: write it with unknown "
             "coefficients, put it into f and match the coefficients of both sides.",
             f"${g_name}({var}) = {shown}$", ""),
        *[step("check", f"Put ${g_name}$ back into ${f_name}$.", f"${c}$", c) for c in claims]]


def _by_coefficients(fp: sp.Poly, right: sp.Expr, x: sp.Symbol, m: int) -> list[sp.Expr]:
    cs = sp.symbols(f"c0:{m + 1}")
    g = sum(c * x**i for i, c in enumerate(cs))
    equations = sp.Poly(sp.expand(fp.as_expr().subs(fp.gen, g) - right), x).coeffs()
    out = []
    for sol in sp.solve(equations, cs, dict=True):
        if set(sol) != set(cs) or any(v.free_symbols for v in sol.values()):
            raise Decline("the coefficients are not fixed")
        if not all(v.is_real for v in sol.values()):
            continue  # a polynomial with real coefficients is meant
        out.append(sp.expand(g.subs(sol)))
    return out


def _by_solving(fp: sp.Poly, right: sp.Expr, x: sp.Symbol) -> list[sp.Expr]:
    if fp.degree() == 1:
        a, b = fp.all_coeffs()
        return [sp.expand((right - b) / a)]
    a, b, c = fp.all_coeffs()
    disc = sp.Poly(sp.expand(b**2 - 4 * a * (c - right)), x)
    if disc.is_zero:
        return [sp.expand(-b / (2 * a))]
    lead, factors = sp.sqf_list(disc)
    if any(k % 2 for _, k in factors) or not (lead.is_Rational and lead > 0):
        return []  # the discriminant is no square of a polynomial: no g
    q = sp.sqrt(lead) * sp.Mul(*[p.as_expr() ** (k // 2) for p, k in factors])
    return list(dict.fromkeys(sp.expand((-b + s * q) / (2 * a)) for s in (1, -1)))


__all__ = ["read"]
