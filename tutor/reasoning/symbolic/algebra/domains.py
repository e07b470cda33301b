"""Domains of formulas (square roots, denominators, logarithms), each with numeric checks
at sample points (the least or greatest value of a function is `extrema`)."""

from __future__ import annotations

import re

import sympy as sp
from sympy.calculus.util import continuous_domain

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra import expressions
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import parse_latex
from tutor.verify.real_roots import RealRoot

Result = tuple[sp.Basic | str, list[Step]]
_DEF = re.compile(r"^\s*(?:[a-zA-Z]\s*\(\s*[a-z]\s*\)|y)\s*=\s*(.+)$", re.S)


def formula(src: str) -> tuple[sp.Expr, sp.Symbol]:
    """The right side of `f(x) = ...` (or a bare expression) and its one variable."""
    m = _DEF.match(src)
    e = parse_latex(m.group(1) if m else src)
    if not isinstance(e, sp.Expr) or len(e.free_symbols) != 1:
        raise Decline("a formula in one variable")
    for node in sp.preorder_traversal(e):
        if node.is_Atom or isinstance(node, sp.Add | sp.Mul | sp.log | sp.Abs | RealRoot):
            continue
        if isinstance(node, sp.Pow) and node.exp.is_Rational and (
                node.exp.is_Integer or node.exp.q == 2):
            continue
        raise Decline("only roots, fractions, logarithms and absolute values")
    return e, next(iter(e.free_symbols))


def _conditions(e: sp.Expr) -> list[tuple[sp.Expr, str]]:
    """(quantity, requirement) pairs: radicands >= 0, denominators != 0, log arguments > 0."""
    out: list[tuple[sp.Expr, str]] = []
    for node in sp.preorder_traversal(e):
        if isinstance(node, sp.Pow) and node.base.free_symbols:
            if node.exp.is_Rational and node.exp.q == 2:
                out.append((node.base, "\\ge"))
            if node.exp.is_negative:
                out.append((node.base, "\\ne"))
        elif isinstance(node, sp.log) and node.args[0].free_symbols:
            out.append((node.args[0], ">"))
    seen: list[tuple[sp.Expr, str]] = []
    for c in out:
        if c not in seen:
            seen.append(c)
    return seen


def _fails(q: sp.Expr, req: str, v: sp.Basic) -> bool:
    if not v.is_real:  # an inner condition already fails there: it is the one named
        return False
    return bool(v == 0) if req == "\\ne" else bool(v < 0) if req == "\\ge" else bool(v <= 0)


def _sample(piece: sp.Basic) -> list[sp.Basic]:
    if isinstance(piece, sp.FiniteSet):
        return list(piece)[:3]
    if not isinstance(piece, sp.Interval):
        raise Decline("unexpected set")
    lo, hi = piece.start, piece.end
    if lo.is_finite and hi.is_finite:
        p = (lo + hi) / 2
        return [sp.nsimplify(p) if p.is_Rational else sp.Rational(round(float(p) * 8), 8)]
    if lo.is_finite:
        return [sp.floor(lo) + 1]
    if hi.is_finite:
        return [sp.ceiling(hi) - 1]
    return [sp.S.Zero]


_BARE_LOG = re.compile(r"\\log(?![a-zA-Z])(?!\s*_)")


def domain_steps(src: str) -> tuple[sp.Set, sp.Symbol, list[Step]]:
    """The domain, checked two ways, with a sample point in and out of every piece."""
    e, x = formula(src)
    # an odd root is defined everywhere, zero where its radicand is and of the same sign:
    # put in the radicand for it, the conditions on the rest are the same
    plain = e.replace(RealRoot, lambda u, q: u)
    conds = _conditions(plain)
    dom = continuous_domain(plain, x, sp.S.Reals)
    mine: sp.Set = sp.S.Reals
    # inner conditions first (preorder lists the outer first): an outer one is solved only
    # where the inner ones hold, so sqrt(sqrt(x + 4) + 4) is never compared at a non-real value
    for q, req in reversed(conds):
        if req == "\\ne":  # the zeros of q are removed: solveset is faster than an inequality
            zeros = sp.solveset(q, x, sp.S.Reals)
            if not isinstance(zeros, sp.FiniteSet) and not zeros.is_empty:
                raise Decline("zeros of a denominator not found")
            mine = mine - zeros
            continue
        rel = q >= 0 if req == "\\ge" else q > 0
        within = mine if isinstance(mine, sp.Interval) else sp.S.Reals
        mine = mine & sp.solve_univariate_inequality(rel, x, relational=False, domain=within)
    if mine == dom == sp.S.Reals:
        return dom, x, _everywhere(e, x, conds)
    if mine != dom or dom.is_empty:
        raise Decline("domain not confirmed")
    confirm.check(True, "the domain from the conditions one by one equals SymPy's "
                  "continuous domain")  # the two ways agreed just above
    listed = ", ".join(f"${latex(q)} {req} 0$" for q, req in conds)
    facts = []
    for q, _ in conds:
        fq = sp.factor(q)
        if latex(fq) != latex(q) and fq.free_symbols:
            facts.append(f"${latex(q)} = {latex(fq)}$")
    outside = sp.S.Reals - dom
    checks = []
    for piece in (outside.args if isinstance(outside, sp.Union) else [outside])[:4]:
        for p in _sample(piece):
            bad = [(q, req) for q, req in reversed(conds)  # the innermost that fails
                   if _fails(q, req, sp.simplify(q.subs(x, p)))]
            if not bad:
                raise Decline("an excluded point breaks no condition")
            q, req = bad[0]
            v = sp.simplify(q.subs(x, p))
            op = "<" if req == "\\ge" else "\\le"
            rel = "" if req == "\\ne" else f" and ${latex(v)} {op} 0$"
            at = expressions.shown(q, {x: p})
            checks.append(f"at ${latex(x)} = {latex(p)}$, ${at} = {latex(v)}$" + rel)
    text = f"We need {listed}." + (" Factor: " + ", ".join(facts) + "." if facts else "")
    text += " Excluded: " + "; ".join(checks) + "."
    inside = []
    for piece in (dom.args if isinstance(dom, sp.Union) else [dom])[:4]:
        for p in _sample(piece):
            v = expressions.final_value(e.subs(x, p))
            if not v.is_real:
                raise Decline("a point inside the domain gives no real value")
            inside.append(f"${expressions.shown(e, {x: p})} = {latex(v)}$")
    steps = [step("write the conditions", "Square roots need a non-negative radicand, "
                  "denominators must not be zero, logarithms need a positive argument.",
                  text, listed),
             step("test a point in each piece", "The formula gives a real number inside "
                  "every piece of the domain.", "Inside the domain: " + "; ".join(inside)
                  + f". So the domain is ${latex(dom)}$.", inside[0].strip("$"))]
    return dom, x, steps


def _everywhere(e: sp.Expr, x: sp.Symbol, conds: list[tuple[sp.Expr, str]]) -> list[Step]:
    """Steps for a formula defined at every real number (odd roots, positive radicands)."""
    values = []
    for p in (sp.Integer(-7), sp.Integer(0), sp.Rational(5, 2)):
        v = expressions.final_value(e.subs(x, p))
        if not v.is_real:
            raise Decline("a sample point gives no real value")
        values.append(f"${expressions.shown(e, {x: p})} = {latex(v)}$")
    confirm.check(len(values) == 3, "the conditions one by one and SymPy's continuous domain "
                  "both give every real number, and sample points give real values")
    if conds:
        said = ", ".join(f"${latex(q)} {req} 0$" for q, req in conds)
        text = f"We need {said}, and each holds for every real ${latex(x)}$."
    else:
        text = ("There is no even root, no denominator with a variable and no logarithm: "
                "an odd root takes any real number, so nothing is excluded.")
    return [step("write the conditions", "Square roots need a non-negative radicand, "
                 "denominators must not be zero, logarithms need a positive argument; odd "
                 "roots take any real number.", text),
            step("test points", "The formula gives a real number at any point.",
                 "For example " + "; ".join(values) + ". So the domain is all real numbers.",
                 values[0].strip("$"))]


def domain(src: str, ask: str) -> Result:
    if not _DEF.match(src) and re.fullmatch(r"\s*[A-Za-z]\s*", src):
        # "the domain of f" names a function whose formula is not given
        raise Decline("the function's formula is not given")
    # where log u is defined (u > 0) does not depend on its base: a bare \\log is worked
    # with as the natural logarithm, which needs the same condition
    bare = bool(_BARE_LOG.search(src))
    dom, x, steps = domain_steps(_BARE_LOG.sub(r"\\ln", src))
    if bare:
        steps.insert(0, step("any base", "A logarithm to any base is defined exactly where "
                             "its argument is positive.", "The base of $\\log$ is not written; "
                             "it does not change the domain, so we work with $\\ln$."))
    if ask == "domain":
        return ("\\left(-\\infty, \\infty\\right)" if dom == sp.S.Reals else latex(dom)), steps
    if dom == sp.S.Reals:
        raise Decline("defined everywhere")
    outside = sp.S.Reals - dom
    if ask in ("excluded", "count"):
        if not isinstance(outside, sp.FiniteSet):
            raise Decline("infinitely many excluded values")
        if ask == "count":
            return sp.Integer(len(outside)), steps
        return ", ".join(latex(v) for v in sorted(outside, key=float)), steps
    lo = dom.inf
    if not lo.is_finite:
        raise Decline("no smallest value")
    if ask == "integer":
        lo = sp.ceiling(lo)
        while lo not in dom:
            lo += 1
            if lo > dom.inf + 3:
                raise Decline("no small integer in the domain")
    elif lo not in dom:
        raise Decline("the smallest value is not attained")
    return lo, steps
