"""Equations, inequalities and systems, solved with the moves a teacher shows."""

from __future__ import annotations

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra import floor_equations, log_equations, radical_equations
from tutor.reasoning.symbolic.algebra.closed_forms import closed_form
from tutor.reasoning.symbolic.algebra.expressions import shown
from tutor.reasoning.symbolic.algebra.root_rewrites import roots_of_powers, undo_odd_power
from tutor.reasoning.symbolic.model import Decline, Step, implication_step, latex, step
from tutor.reasoning.symbolic.written_denominators import written_denominators


def _eq(lhs: sp.Basic, rhs: sp.Basic) -> str:
    return f"{latex(lhs)} = {latex(rhs)}"


def _function_plot(expr: sp.Basic, x: sp.Symbol, roots: list[sp.Basic], title: str) -> dict:
    pts = [[float(r), 0.0] for r in roots if r.is_real]
    lo = min([p[0] for p in pts] + [0.0]) - 3
    hi = max([p[0] for p in pts] + [0.0]) + 3
    return {"kind": "function", "expr": sp.srepr(expr), "var": str(x), "x_range": [lo, hi],
            "points": pts, "title": title}


def _check(lhs: sp.Basic, rhs: sp.Basic, x: sp.Symbol, v: sp.Basic) -> Step:
    claims = []
    for side in (lhs, rhs):
        if side.free_symbols:
            claims.append(f"{shown(side, {x: v})} = {latex(sp.simplify(side.subs(x, v)))}")
    text = " and ".join(f"${c}$" for c in claims)
    return step("check by substitution", f"Put ${latex(x)} = {latex(v)}$ back in.",
                f"Check ${latex(x)} = {latex(v)}$: {text}, both sides agree ✓",
                "; ".join(claims))


def linear_steps(lhs: sp.Basic, rhs: sp.Basic, x: sp.Symbol) -> tuple[sp.Basic, list[Step]]:
    """ax + b = cx + d, with each move shown."""
    steps: list[Step] = []
    if not lhs.has(x):
        lhs, rhs = rhs, lhs
    if not rhs.has(x) and not rhs.is_Atom:
        value = sp.simplify(rhs)
        if value.is_Rational:
            claim = f"{latex(rhs)} = {latex(value)}"
            steps.append(step("evaluate the known side", "Work out the side without the unknown.",
                              f"${claim}$", claim))
            rhs = value
    den = sp.lcm([sp.fraction(sp.together(t))[1] for t in sp.Add.make_args(sp.expand(lhs))
                  + sp.Add.make_args(sp.expand(rhs))])
    if den != 1 and den.is_Integer:
        nl, nr = sp.expand(lhs * den), sp.expand(rhs * den)
        steps.append(implication_step(_eq(lhs, rhs), _eq(nl, nr), f"multiply both sides by {den}",
                                      "Clear the fractions first."))
        steps[-1].text += (f", since ${den} \\cdot \\left({latex(lhs)}\\right) = {latex(nl)}$"
                           f" and ${den} \\cdot \\left({latex(rhs)}\\right) = {latex(nr)}$")
        lhs, rhs = nl, nr
    el, er = sp.expand(lhs), sp.expand(rhs)
    if _eq(el, er) != _eq(lhs, rhs):
        steps.append(implication_step(_eq(lhs, rhs), _eq(el, er), "expand the brackets",
                                      "Multiply out the brackets on each side."))
    lhs, rhs = el, er
    if max(sp.degree(lhs, x), sp.degree(rhs, x)) > 1:  # (5 - t)^2 = t^2: the squares cancel
        nl = sp.expand(lhs - rhs)
        steps.append(implication_step(_eq(lhs, rhs), _eq(nl, 0), "move every term to one side",
                                      "The squares cancel: what is left is linear."))
        steps[-1].text += _one_side(lhs, rhs, nl)
        lhs, rhs = nl, sp.S(0)
    a, b = sp.Poly(lhs, x).all_coeffs() if sp.degree(lhs, x) == 1 else (sp.S(0), lhs)
    c, d = sp.Poly(rhs, x).all_coeffs() if sp.degree(rhs, x) == 1 else (sp.S(0), rhs)
    if c != 0:
        if a == 0 or (a - c == 0):
            raise Decline("not a linear equation with one solution")
        verb = f"subtract {latex(c * x)} from" if c > 0 else f"add {latex(-c * x)} to"
        nl, nr = sp.expand(lhs - c * x), sp.expand(rhs - c * x)
        steps.append(implication_step(_eq(lhs, rhs), _eq(nl, nr), f"{verb} both sides",
                                      "Gather the unknown on one side."))
        lhs, rhs, a = nl, nr, a - c
    if b != 0:
        verb = f"subtract {latex(b)} from" if b > 0 else f"add {latex(-b)} to"
        nl, nr = sp.expand(lhs - b), sp.expand(rhs - b)
        steps.append(implication_step(_eq(lhs, rhs), _eq(nl, nr), f"{verb} both sides",
                                      "Move the constant term to the other side."))
        lhs, rhs = nl, nr
    if a == 0:
        raise Decline("no unknown left")
    value = sp.nsimplify(rhs / a)
    if a != 1:
        steps.append(implication_step(_eq(lhs, rhs), _eq(x, value),
                                      f"divide both sides by {latex(a)}",
                                      f"What multiplies ${latex(x)}$? Undo it."))
    return value, steps


def quadratic_steps(expr: sp.Basic, x: sp.Symbol) -> tuple[list[sp.Basic], list[Step]]:
    """ax^2 + bx + c = 0 by factoring, else by the quadratic formula (real roots)."""
    a, b, c = sp.Poly(expr, x).all_coeffs()
    steps: list[Step] = []
    fac = sp.factor(expr)
    roots = sorted(sp.solve(sp.Eq(expr, 0), x), key=sp.default_sort_key)
    if any(not r.is_real for r in roots):
        raise Decline("no real solutions")
    if fac != expr and all(r.is_rational for r in roots):
        steps.append(step("factor the quadratic",
                          "Find two numbers whose product is ac and whose sum is b.",
                          f"${latex(expr)} = {latex(fac)}$",
                          f"{latex(expr)} = {latex(fac)}"))
        steps.extend(_factor_steps(fac, x))
    else:
        disc = b**2 - 4 * a * c
        steps.append(step("compute the discriminant", "Use $\\Delta = b^2 - 4ac$.",
                          f"$\\Delta = ({latex(b)})^2 - 4 \\cdot ({latex(a)}) \\cdot "
                          f"({latex(c)}) = {latex(disc)}$",
                          f"\\Delta = {latex(disc)}"))
        for r in roots:
            sign = "-" if sp.simplify(r - (-b - sp.sqrt(disc)) / (2 * a)) == 0 else "+"
            steps.append(step("apply the quadratic formula",
                              "$x = \\frac{-b \\pm \\sqrt{\\Delta}}{2a}$.",
                              f"${latex(x)} = \\frac{{{latex(-b)} {sign} \\sqrt{{{latex(disc)}}}}}"
                              f"{{{latex(2 * a)}}} = {latex(r)}$",
                              f"{shown(expr, {x: r})} = 0"))
    return roots, steps


def solve_equation(eq: sp.Basic, x: sp.Symbol | None = None, over_reals: bool = False
                   ) -> tuple[list[sp.Basic], list[Step]]:
    """Real solutions of one equation in one unknown, every move and a check shown.

    A polynomial with non-real roots is declined ("the roots" may mean the complex ones)
    unless `over_reals` says only real values are meant (a real function's input)."""
    if not isinstance(eq, sp.Equality):
        raise Decline("not an equation")
    syms = eq.free_symbols
    if x is None:
        if len(syms) != 1:
            raise Decline("need exactly one unknown")
        x = next(iter(syms))
    if syms != {x}:
        raise Decline("other letters in the equation")
    lhs, rhs = eq.lhs, eq.rhs
    by_logs = log_equations.solve(eq, x)
    if by_logs is not None:
        return by_logs
    if eq.has(sp.floor, sp.ceiling):
        by_brackets = floor_equations.solve(eq, x)
        if by_brackets is None:
            raise Decline("an equation with floor or ceiling brackets not read")
        return by_brackets
    undone = undo_odd_power(lhs, rhs, x)
    if undone is not None:
        inner, first = undone
        found, after = solve_equation(inner, x, over_reals)
        confirm.solutions(eq, x, found)
        return found, [first, *after]
    diff = sp.together(lhs - rhs)
    num, den = sp.fraction(diff)
    steps: list[Step] = []
    poly_ok = (lhs - rhs).is_polynomial(x) or (den.is_number and num.is_polynomial(x))
    if poly_ok and sp.degree(sp.expand(num), x) == 1:
        value, steps = linear_steps(lhs, rhs, x)
        roots = [value]
    elif poly_ok and sp.degree(sp.expand(num), x) == 2:
        expr = sp.expand(lhs - rhs)
        a = sp.Poly(expr, x).LC()
        if a.is_Rational and a < 0:
            expr = sp.expand(-expr)
        if _eq(lhs, rhs) != f"{latex(expr)} = 0":
            steps.append(implication_step(_eq(lhs, rhs), f"{latex(expr)} = 0",
                                          "move every term to one side",
                                          "Make one side zero."))
            steps[-1].text += _one_side(lhs, rhs, expr)
        roots, more = quadratic_steps(expr, x)
        steps += more
    else:
        roots = _general(lhs, rhs, x, steps, over_reals)
    roots, steps, excluded = _in_domain(eq, x, roots, steps)
    if not roots:
        raise Decline("no real solutions found")
    confirm.solutions(eq, x, roots, excluded=excluded)
    if not (steps and steps[-1].rule == "solve and check"):
        steps += [_check(lhs, rhs, x, r) for r in roots]
    if len(roots) <= 4 and all(r.is_real for r in roots) and not (lhs - rhs).has(sp.Abs):
        steps[-1].plot = _function_plot(sp.expand(lhs - rhs), x, roots,
                                        f"$y = {latex(lhs - rhs)}$: zeros are the solutions")
    return roots, steps


def _general(lhs: sp.Basic, rhs: sp.Basic, x: sp.Symbol, steps: list[Step],
             over_reals: bool = False) -> list[sp.Basic]:
    expr = lhs - rhs
    fac = None
    if sp.expand(expr).is_polynomial(x):
        poly = sp.expand(expr)
        fac = sp.factor(poly)
        steps.append(implication_step(_eq(lhs, rhs), f"{latex(poly)} = 0",
                                      "move every term to one side",
                                      "Make one side zero and expand."))
        steps[-1].text += _one_side(lhs, rhs, poly)
        if fac != poly:
            steps.append(step("factor", "Look for rational roots and factor them out.",
                              f"${latex(poly)} = {latex(fac)}$",
                              f"{latex(poly)} = {latex(fac)}"))
    if fac is not None and not over_reals and any(
            not r.is_real for r in sp.Poly(sp.expand(expr), x).all_roots()):
        raise Decline("the polynomial has non-real roots: 'roots' is ambiguous")
    if fac is None and (taken := roots_of_powers(lhs, rhs, x)) is not None:
        lhs, rhs, first = taken  # sqrt(4 * 4^t) = 2 * 4^(t/2)
        steps.append(first)
        expr = lhs - rhs
    if fac is None and (by_radicals := radical_equations.solved(lhs, rhs, x)) is not None:
        steps.append(by_radicals[1])
        return by_radicals[0]
    sols = sp.solveset(sp.Eq(lhs, rhs), x, domain=sp.S.Reals)
    if not isinstance(sols, sp.FiniteSet):
        raise Decline("solution set is not a finite list")
    roots = sorted(sols, key=lambda r: float(sp.N(r)))
    good = []
    for r in roots:
        if sp.simplify(lhs.subs(x, r) - rhs.subs(x, r)) != 0:
            raise Decline("a candidate does not check")
        good.append(sp.nsimplify(r) if r.is_rational else closed_form(r))
    linear = fac is not None and fac != sp.expand(expr) and all(
        not f.has(x) or sp.degree(f.base if f.is_Pow else f, x) == 1 for f in sp.Mul.make_args(fac))
    if linear:
        steps.extend(_factor_steps(fac, x))
        return good
    listed = ", ".join(latex(r) for r in good)
    checks = [_check(lhs, rhs, x, r).text.removeprefix("Check ") for r in good]
    steps.append(step("solve and check", "Which values make both sides equal? Check each one.",
                      f"Solving ${_eq(lhs, rhs)}$ over the reals gives ${latex(x)} = {listed}$. "
                      "Check " + "; ".join(checks), _eq(lhs, rhs)))
    return good


def _in_domain(eq: sp.Basic, x: sp.Symbol, roots: list[sp.Basic], steps: list[Step]
               ) -> tuple[list[sp.Basic], list[Step], list[sp.Basic]]:
    """Drop the roots at which a denominator written in the equation is zero."""
    below = [b for b in written_denominators(eq) if b.free_symbols <= {x}]
    kept: list[sp.Basic] = []
    excluded: list[sp.Basic] = []
    first: list[Step] = []
    for r in roots:
        zero = next((b for b in below if sp.simplify(b.subs(x, r)) == 0), None)
        if zero is None:
            kept.append(r)
            continue
        excluded.append(r)
        claim = f"{shown(zero, {x: r})} = 0"
        first.append(step("exclude values outside the domain",
                          "A value that makes a denominator zero is not allowed.",
                          f"The denominator ${latex(zero)}$ is zero at ${latex(x)} = {latex(r)}$ "
                          f"(${claim}$), so ${latex(x)} = {latex(r)}$ is excluded.", claim))
        steps = steps + [step("exclude values outside the domain",
                              "Keep only the values where the equation is defined.",
                              f"So ${latex(r)}$ is not a solution: there the denominator is "
                              f"${claim}$.", claim)]
    return kept, first + steps, excluded


def _factor_steps(fac: sp.Expr, x: sp.Symbol) -> list[Step]:
    """One "set each factor to zero" step for every factor of `fac` that holds `x`."""
    steps: list[Step] = []
    for f in sp.Mul.make_args(fac):
        base = f.base if f.is_Pow else f
        if base.has(x):
            r = sp.solve(base, x)[0]
            steps.append(implication_step(f"{latex(base)} = 0", f"{latex(x)} = {latex(r)}",
                                          "set each factor to zero",
                                          "A product is zero only when one of its factors is "
                                          "zero."))
            steps[-1].text += f", and indeed ${shown(fac, {x: r})} = 0$"
    return steps


def _one_side(lhs: sp.Basic, rhs: sp.Basic, expr: sp.Basic) -> str:
    """The identity behind "move every term to one side", for the checker."""
    a, b = (lhs, rhs) if sp.expand(lhs - rhs - expr) == 0 else (rhs, lhs)
    return f", since $\\left({latex(a)}\\right) - \\left({latex(b)}\\right) = {latex(expr)}$"
