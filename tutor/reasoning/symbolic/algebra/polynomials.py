"""Polynomial roots (integer roots, Vieta's formulas), complex numbers (rotations,
moduli) and direct or inverse variation."""

from __future__ import annotations

import re

import mpmath
import sympy as sp
from sympy.polys.polyfuncs import symmetrize

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.algebra import expressions
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import parse_latex

Result = tuple[sp.Basic | str, list[Step]]


def polynomial_of_equation(src: str) -> tuple[sp.Poly, sp.Symbol, list[Step]]:
    """The polynomial of an equation in one letter, clearing a denominator if needed."""
    eq = parse_latex(src)
    if not isinstance(eq, sp.Equality) or len(eq.free_symbols) != 1:
        raise Decline("an equation in one unknown")
    x = next(iter(eq.free_symbols))
    num, den = sp.fraction(sp.together(eq.lhs - eq.rhs))
    num, den = sp.expand(num), sp.expand(den)
    if not num.is_polynomial(x) or not den.is_polynomial(x):
        raise Decline("not a polynomial equation")
    steps: list[Step] = []
    if den.has(x):
        if sp.gcd(num, den).has(x):
            raise Decline("a root may cancel")
        claim = (f"\\left({latex(den)}\\right) \\left({latex(sp.expand(eq.lhs - eq.rhs))}\\right)"
                 f" = {latex(num)}")
        steps.append(step("clear the denominator", "Multiply through; no root makes the "
                          "denominator zero.", f"${claim}$", claim))
    elif den != 1:
        num = sp.expand(num / den)
    return sp.Poly(num, x), x, steps


def integer_roots(src: str) -> Result:
    p, x, steps = polynomial_of_equation(src)
    if not all(c.is_Integer for c in p.all_coeffs()) or p.degree() < 2 or p.degree() > 8:
        raise Decline("integer coefficients")
    tc = abs(int(p.TC()))
    if tc == 0 or tc > 10**6:
        raise Decline("a nonzero constant term")
    cands = sorted({sp.Integer(d * sgn) for d in sp.divisors(tc) for sgn in (1, -1)})
    roots = [r for r in cands if p.eval(r) == 0]
    if not roots:
        raise Decline("no integer roots")
    expr = p.as_expr()
    fac = sp.factor(expr)
    c1 = f"{latex(expr)} = {latex(fac)}"
    checks = "; ".join(f"{expressions.shown(expr, {x: r})} = 0" for r in roots)
    steps += [step("try the divisors of the constant term", "An integer root divides the "
                   "constant term.", f"${checks}$", checks),
              step("factor", "The other factors have no integer roots.", f"${c1}$", c1)]
    return ", ".join(latex(r) for r in roots), steps


def vieta(target_src: str, root_srcs: list[str], eq_src: str) -> Result:
    """A symmetric expression in all the roots of a polynomial equation, by Vieta."""
    p, x, steps = polynomial_of_equation(eq_src)
    names = [parse_latex(r) for r in root_srcs]
    if any(not isinstance(n, sp.Symbol) for n in names) or len(set(names)) != p.degree():
        raise Decline("one letter for each root")
    target = parse_latex(target_src)
    if not isinstance(target, sp.Expr) or not target.free_symbols <= set(names) or x in names:
        raise Decline("an expression in the roots")
    coeffs = p.all_coeffs()
    elem = {k: (-1) ** k * coeffs[k] / coeffs[0] for k in range(1, p.degree() + 1)}
    num, den = sp.fraction(sp.together(target))
    forms, values = [], {}
    for part in (num, den):
        sym, rest, defs = symmetrize(sp.expand(part), *names, formal=True)
        if rest != 0:
            raise Decline("not symmetric in the roots")
        for s_sym, s_expr in defs:
            values[s_sym] = elem[sp.Poly(s_expr, *names).total_degree()]
        forms.append(sym)
    whole = forms[0] / forms[1]
    if forms[1].subs(values) == 0:
        raise Decline("division by zero")
    value = sp.nsimplify(whole.subs(values))
    _at_numeric_roots(target, names, coeffs, value)
    listed = "; ".join(f"\\left({latex((-1) ** k)}\\right) \\cdot \\frac{{{latex(coeffs[k])}}}"
                       f"{{{latex(coeffs[0])}}} = {latex(v)}" for k, v in elem.items())
    steps.append(step("use Vieta's formulas", "The sum of the roots, the sum of their "
                      "products in pairs, ... come from the coefficients.", f"${listed}$",
                      listed))
    if len(sp.Add.make_args(whole)) > 1 or not whole.is_Symbol:
        claim = f"{expressions.shown(whole, values)} = {latex(value)}"
        steps.append(step("write the expression through these sums", "Rewrite it using "
                          "only the sums from Vieta's formulas.", f"${claim}$", claim))
    return value, steps


def _at_numeric_roots(target: sp.Basic, names: list[sp.Symbol], coeffs: list[sp.Basic],
                      value: sp.Basic) -> None:
    """Confirm a value from Vieta's formulas at the roots found numerically (mpmath)."""
    try:
        with mpmath.workdps(numeric.DPS + 10):
            roots = mpmath.polyroots([numeric.to_mp(c) for c in coeffs], maxsteps=200,
                                     extraprec=200)
    except (mpmath.libmp.NoConvergence, TypeError, ValueError, ZeroDivisionError):
        return
    point = {n: sp.Float(str(r.real), numeric.DPS) + sp.I * sp.Float(str(r.imag), numeric.DPS)
             for n, r in zip(names, roots, strict=True)}
    confirm.substituted(target, point, value,
                        "the expression evaluated at the roots found numerically")


def _complex(src: str) -> sp.Basic:
    e = expressions.imaginary(parse_latex(src))
    if e.free_symbols:
        raise Decline("a complex number")
    return sp.expand(e)


def variation(kind: str, y_src: str, g_src: str, given: list[str], want_src: str,
              when_src: str) -> Result:
    """"y varies inversely as sqrt x; y = 15 when x = 24: find x when y = 3"."""
    y = parse_latex(y_src)
    g = parse_latex(re.sub(r"\\sqrt\s*([a-zA-Z0-9])(?![a-zA-Z0-9])", r"\\sqrt{\1}", g_src))
    if not isinstance(y, sp.Symbol) or len(g.free_symbols) != 1 or y in g.free_symbols:
        raise Decline("a letter varying with an expression in another letter")
    x = next(iter(g.free_symbols))
    vals: dict[sp.Basic, list[sp.Basic]] = {}
    for s in given + [when_src]:
        e = parse_latex(s)
        if not isinstance(e, sp.Equality) or e.lhs not in (x, y) or not e.rhs.is_number:
            raise Decline("values of the two letters")
        vals.setdefault(e.lhs, []).append(e.rhs)
    want = parse_latex(want_src)
    if len(vals.get(x, [])) + len(vals.get(y, [])) != 3 or want not in (x, y):
        raise Decline("two given values and one asked")
    x0, y0 = vals[x][0], vals[y][0]
    law = y * g if kind == "inversely" else y / g
    k = sp.nsimplify(law.subs({x: x0, y: y0}))
    c1 = f"k = {expressions.shown(law, {x: x0, y: y0})} = {latex(k)}"
    other = x if want == y else y
    new = vals[other][-1]
    sols = [s for s in sp.solve(sp.Eq(law.subs(other, new), k), want) if s.is_real]
    if len(sols) != 1:
        raise Decline("not one value")
    v = sols[0]
    confirm.check(sp.simplify(law.subs({other: new, want: v}) - k) == 0,
                  "the new values, substituted, keep the same constant")
    c2 = f"{expressions.shown(law, {other: new, want: v})} = {latex(k)}"
    return v, [step("find the constant", "Inverse variation: the product stays the same."
                    if kind == "inversely" else "Direct variation: the ratio stays the same.",
                    f"${c1}$", c1),
               step("use the constant", "Keep the same constant for the new values.",
                    f"${latex(want)} = {latex(v)}$: ${c2}$", c2)]
