"""Inequalities (interval answers) and linear systems (elimination), step by step."""

from __future__ import annotations

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.expressions import shown
from tutor.reasoning.symbolic.model import Decline, Step, implication_step, latex, step
from tutor.reasoning.symbolic.written_denominators import written_denominators


def _interval_tex(sol: sp.Basic, x: sp.Symbol) -> str:
    if isinstance(sol, sp.Interval) and sol.start.is_finite and sol.end.is_finite:
        lo = "<" if sol.left_open else "\\le"
        hi = "<" if sol.right_open else "\\le"
        return f"{latex(sol.start)} {lo} {latex(x)} {hi} {latex(sol.end)}"
    if isinstance(sol, sp.Interval) and sol.start.is_finite:
        op = ">" if sol.left_open else "\\ge"
        return f"{latex(x)} {op} {latex(sol.start)}"
    if isinstance(sol, sp.Interval) and sol.end.is_finite:
        op = "<" if sol.right_open else "\\le"
        return f"{latex(x)} {op} {latex(sol.end)}"
    if isinstance(sol, sp.Union):
        return " \\text{ or } ".join(_interval_tex(p, x) for p in sol.args)
    return latex(sol.as_relational(x))


def solve_inequality(rel: sp.Basic) -> tuple[sp.Basic, list[Step]]:
    """Solve a one-variable inequality; the answer is an interval (or a union)."""
    syms = rel.free_symbols
    if len(syms) != 1:
        raise Decline("need one unknown")
    x = next(iter(syms))
    rels = list(rel.args) if isinstance(rel, sp.And) else [rel]
    steps: list[Step] = []
    parts = [sp.solve_univariate_inequality(r, x, relational=False) for r in rels]
    if len(rels) > 1:
        for r, s in zip(rels, parts, strict=True):
            claim = f"{latex(r)} \\Rightarrow {_interval_tex(s, x)}"
            steps.append(step("solve each part", "Treat each inequality separately.",
                              f"${claim}$.{_test_points([r], s, x)}", claim))
    sol = sp.Intersection(*parts)
    excluded = _undefined_points(rels, x)
    inside = sorted((p for p in excluded if sol.contains(p) is sp.true), key=float)
    if excluded:
        sol = sp.Complement(sol, sp.FiniteSet(*excluded))
    for p in inside:
        claim = f"{shown(excluded[p], {x: p})} = 0"
        steps.append(step("exclude where it is undefined", "A denominator written in the "
                          "inequality is zero there, so that point is not a solution.",
                          f"At ${latex(x)} = {latex(p)}$: ${claim}$, so ${latex(x)} = "
                          f"{latex(p)}$ is left out.", claim))
    confirm.inequality(rels, x, sol, excluded)
    claim = f"{latex(rel)} \\Rightarrow {_interval_tex(sol, x)}"
    why = ""
    if not isinstance(rel, sp.And):
        diff = sp.together(rel.lhs - rel.rhs)
        fac = sp.factor(diff)
        if fac != diff and fac.free_symbols:
            why = f" Here ${latex(diff)} = {latex(fac)}$ changes sign only at its zeros and poles."
    expr = None if isinstance(rel, sp.And) else rel.lhs - rel.rhs
    why += _test_points(rels, sol, x)
    steps.append(step("solve the inequality",
                      "Find where the sides are equal, then test each interval.",
                      f"${claim}$, i.e. ${latex(x)} \\in {latex(sol)}$.{why}", claim,
                      plot={"kind": "interval", "set": latex(sol), "var": str(x),
                            "intervals": _intervals(sol),
                            "expr": sp.srepr(expr) if expr is not None else None,
                            "title": f"${latex(rel)}$"}))
    return sol, steps


def _undefined_points(rels: list[sp.Basic], x: sp.Symbol) -> dict[sp.Basic, sp.Basic]:
    """Each real point where a denominator written in one of the inequalities is zero,
    with that denominator."""
    out: dict[sp.Basic, sp.Basic] = {}
    for r in rels:
        for below in written_denominators(r):
            if below.free_symbols <= {x}:
                zeros = sp.solveset(below, x, sp.S.Reals)
                if zeros is sp.S.EmptySet:  # x^2 + 2x + 7: never zero on the real line
                    continue
                if not isinstance(zeros, sp.FiniteSet) or not all(z.is_real for z in zeros):
                    raise Decline("a denominator whose zeros are not a few real numbers")
                out.update({z: below for z in zeros})
    return out


def _test_points(rels: list[sp.Basic], sol: sp.Basic, x: sp.Symbol) -> str:
    """" Check: at x = 6, 1/(6 - 5) = 1 > 0": one sample point inside each solution piece."""
    out = []
    for piece in (sol.args if isinstance(sol, sp.Union) else [sol])[:4]:
        if isinstance(piece, sp.Interval):
            lo, hi = piece.start, piece.end
            p = (lo + hi) / 2 if lo.is_finite and hi.is_finite else (
                sp.floor(lo) + 1 if lo.is_finite else sp.ceiling(hi) - 1 if hi.is_finite
                else sp.S.Zero)
            p = sp.nsimplify(p) if p.is_Rational else sp.Rational(round(float(p) * 100), 100)
        elif isinstance(piece, sp.FiniteSet) and len(piece) == 1:
            p = next(iter(piece))
        else:
            continue
        if p not in sol:
            continue
        parts = []
        for r in rels:
            lv, rv = sp.simplify(r.lhs.subs(x, p)), sp.simplify(r.rhs.subs(x, p))
            if not (lv.is_number and rv.is_number and lv.is_finite and rv.is_finite):
                return ""
            op = {"<": "<", ">": ">", "<=": "\\le", ">=": "\\ge"}[r.rel_op]
            shown_sides = [f"{shown(side, {x: p})} = {latex(v)}"
                           for side, v in ((r.lhs, lv), (r.rhs, rv)) if side.has(x)]
            parts.append(", ".join(f"${c}$" for c in shown_sides)
                         + f" and ${latex(lv)} {op} {latex(rv)}$")
        out.append(f" At ${latex(x)} = {latex(p)}$: " + ", ".join(parts) + ".")
    return "".join(out)


def _intervals(sol: sp.Basic) -> list[list]:
    """[[start, end, left_open, right_open], ...] with +-inf as None."""
    out = []
    for piece in (sol.args if isinstance(sol, sp.Union) else [sol]):
        if isinstance(piece, sp.Interval):
            out.append([float(piece.start) if piece.start.is_finite else None,
                        float(piece.end) if piece.end.is_finite else None,
                        bool(piece.left_open), bool(piece.right_open)])
        elif isinstance(piece, sp.FiniteSet):
            out += [[float(p), float(p), False, False] for p in piece]
    return out


def _eliminate(eqs: list[sp.Basic], syms: list[sp.Symbol], values: dict) -> list[Step]:
    """Two linear equations: scale, add or subtract to cancel one unknown, back-substitute."""
    x, y = syms
    (l1, r1), (l2, r2) = ((e.lhs, e.rhs) for e in eqs)
    b1, b2 = sp.expand(l1 - r1).coeff(y), sp.expand(l2 - r2).coeff(y)
    if b1 == 0 or b2 == 0:
        return []
    g = sp.gcd(b1, b2)
    m1, m2 = b2 / g, b1 / g
    if m1 < 0:
        m1, m2 = -m1, -m2
    lhs, rhs = sp.expand(m1 * l1 - m2 * l2), sp.expand(m1 * r1 - m2 * r2)
    def part(m: sp.Basic, e: sp.Basic) -> str:
        return latex(e) if m == 1 else f"{latex(m)}\\left({latex(e)}\\right)"
    sign = "-" if m2 > 0 else "+"
    before = (f"{part(m1, l1)} {sign} {part(abs(m2), l2)} = "
              f"{part(m1, r1)} {sign} {part(abs(m2), r2)}")
    after = f"{latex(lhs)} = {latex(rhs)}"
    verb = "subtract" if sign == "-" else "add"
    out = [implication_step(before, after, f"{verb} the equations to eliminate ${latex(y)}$",
                            f"Scale the equations so the ${latex(y)}$ terms cancel.")]
    if lhs != x:
        out.append(implication_step(after, f"{latex(x)} = {latex(values[x])}",
                                    f"divide both sides by {latex(lhs.coeff(x))}",
                                    "Isolate the unknown."))
    out.append(implication_step(f"{shown(l1, {x: values[x]})} = {latex(r1)}",
                                f"{latex(y)} = {latex(values[y])}", "substitute back",
                                f"Put ${latex(x)} = {latex(values[x])}$ into the first equation."))
    out[-1].text += f"; indeed ${shown(l1, values)} = {latex(r1)}$"
    return out


def solve_system(eqs: list[sp.Basic]) -> tuple[dict, list[Step]]:
    """Linear system by elimination (SymPy's linsolve), with substitution checks."""
    syms = sorted(set().union(*[e.free_symbols for e in eqs]), key=str)
    if len(syms) != len(eqs) or not all(isinstance(e, sp.Equality) for e in eqs):
        raise Decline("system shape not understood")
    lin = all(sp.expand(e.lhs - e.rhs).is_polynomial(*syms) and
              sp.Poly(e.lhs - e.rhs, *syms).total_degree() == 1 for e in eqs)
    steps: list[Step] = []
    if lin:
        sol = sp.linsolve([e.lhs - e.rhs for e in eqs], *syms)
        if not isinstance(sol, sp.FiniteSet) or len(sol) != 1:
            raise Decline("no unique solution")
        values = dict(zip(syms, next(iter(sol)), strict=True))
        if any(v.free_symbols for v in values.values()):
            raise Decline("no unique solution")
        if len(eqs) == 2:
            steps += _eliminate(eqs, syms, values)
    else:
        sols = sp.solve(eqs, syms, dict=True)
        if len(sols) != 1:
            raise Decline("not one solution")
        values = sols[0]
    if not steps:
        listed = ", ".join(f"{latex(k)} = {latex(v)}" for k, v in values.items())
        steps.append(step("solve the system", "Eliminate one unknown at a time.",
                          f"${listed}$", listed))
    for e in eqs:
        right_val = e.rhs.subs(values)
        if sp.simplify(e.lhs.subs(values) - right_val) != 0:
            raise Decline("solution does not check")
        steps.append(step("check by substitution", "Put the values back into each equation.",
                          f"Check: ${shown(e.lhs, values)} = {latex(right_val)}$ ✓",
                          f"{shown(e.lhs, values)} = {latex(right_val)}"))
    if len(syms) == 2 and lin:
        steps[-1].plot = {"kind": "system", "var": [str(s) for s in syms],
                          "equations": [sp.srepr(e) for e in eqs],
                          "points": [[float(values[syms[0]]), float(values[syms[1]])]],
                          "title": "The lines meet at the solution"}
    confirm.system(eqs, values)
    return values, steps
