"""Derivatives (rule by rule), integrals (SymPy's manualintegrate steps) and limits."""

from __future__ import annotations

import re
from typing import Any

import sympy as sp
from sympy.calculus.util import continuous_domain
from sympy.integrals.manualintegrate import integral_steps

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.verify.series import unbounded_sign

_DERIV_HINTS = {
    "sum rule": "Differentiate term by term.",
    "constant multiple rule": "Constants stay in front; differentiate what they multiply.",
    "power rule": "Bring the exponent down and lower it by one.",
    "product rule": "$(uv)' = u'v + uv'$.",
    "quotient rule": "$(u/v)' = (u'v - uv')/v^2$.",
    "chain rule": "Differentiate the outside, keep the inside, times the inside's derivative.",
    "known derivative": "Recall the derivative of this standard function.",
    "constant rule": "A constant does not change.",
}


def _d(f: sp.Basic, x: sp.Symbol) -> str:
    return f"\\frac{{d}}{{d{latex(x)}}}\\left({latex(f)}\\right)"


def _rule_for(f: sp.Basic, x: sp.Symbol) -> str:
    if not f.has(x):
        return "constant rule"
    if f.is_Add:
        return "sum rule"
    if f.is_Mul:
        coeff, rest = f.as_independent(x)
        if coeff != 1:
            return "constant multiple rule"
        num, den = sp.fraction(f)
        if den.has(x) and num != 1:
            return "quotient rule"
        return "product rule" if len(f.args) > 1 and not den.has(x) else "chain rule"
    if f.is_Pow:
        if f.base == x and not f.exp.has(x):
            return "power rule"
        return "chain rule"
    if isinstance(f, sp.Function) and len(f.args) == 1:
        return "known derivative" if f.args[0] == x else "chain rule"
    if f == x:
        return "power rule"
    return "known derivative"


def derivative_steps(f: sp.Basic, x: sp.Symbol, depth: int = 0) -> list[Step]:
    """One step per rule application, outermost first; each an exact equality."""
    rule = _rule_for(f, x)
    result = sp.diff(f, x)
    steps = [step(f"apply the {rule}", _DERIV_HINTS[rule],
                  f"${_d(f, x)} = {latex(result)}$", f"{_d(f, x)} = {latex(result)}")]
    if depth >= 2:
        return steps
    if rule == "sum rule":
        for term in f.args:
            if term.has(x) and term.is_Add is False and not term.is_Symbol:
                steps += derivative_steps(term, x, depth + 1)[:1]
        steps.append(steps.pop(0))  # the sum comes last, after its parts
    return steps


def _rule_name(rule: object) -> str:
    name = type(rule).__name__.removesuffix("Rule")
    words = re.sub(r"(?<!^)([A-Z])", r" \1", name).lower()
    return {"u": "substitution", "parts": "integration by parts", "add": "sum rule",
            "constant times": "constant multiple rule", "power": "power rule",
            "constant": "constant rule", "rewrite": "rewrite the integrand",
            "exp": "exponential rule", "reciprocal": "integral of 1/x"}.get(words, words)


_INT_HINTS = {
    "power rule": "Raise the power by one and divide by the new power.",
    "sum rule": "Integrate term by term.",
    "constant multiple rule": "Take the constant outside the integral.",
    "substitution": "Look for a function whose derivative is also in the integrand.",
    "integration by parts": "Use $\\int u\\,dv = uv - \\int v\\,du$.",
}


def integral_steps_of(f: sp.Basic, x: sp.Symbol) -> list[Step]:
    """Walk SymPy's manualintegrate rule tree; one step per rule node (max 8)."""
    root = integral_steps(f, x)
    if "DontKnow" in type(root).__name__:
        raise Decline("no integration method found")
    out: list[Step] = []

    def walk(rule: Any, depth: int) -> None:
        if len(out) >= 8 or depth > 3:
            return
        kids = [v for v in vars(rule).values() if hasattr(v, "eval") and hasattr(v, "integrand")]
        kids += [k for v in vars(rule).values() if isinstance(v, list | tuple)
                 for k in v if hasattr(k, "eval") and hasattr(k, "integrand")]
        for k in kids:
            walk(k, depth + 1)
        integrand, var = rule.integrand, rule.variable
        antiderivative = rule.eval  # a manualintegrate rule's own evaluator
        value = antiderivative()
        name = _rule_name(rule)
        if "DontKnow" in type(rule).__name__ or value.has(sp.Integral):
            raise Decline("integral not elementary")
        claim = (f"\\int {latex(integrand)} \\, d{latex(var)} = {latex(value)}")
        if any(s.latex == claim for s in out):
            return
        out.append(step(f"apply the {name}" if "rule" in name else name,
                        _INT_HINTS.get(name, "Match the integrand to a rule you know."),
                        f"${claim}$", claim))

    walk(root, 0)
    return out


def integral(e: sp.Integral) -> tuple[sp.Basic, list[Step]]:
    """Indefinite (answer + C) or definite integral of one variable."""
    if len(e.limits) != 1:
        raise Decline("multiple integrals")
    lim = e.limits[0]
    x, f = lim[0], e.function
    if f.free_symbols - {x}:
        raise Decline("other letters in the integrand")
    steps = integral_steps_of(f, x)
    anti = sp.integrate(f, x)
    if len(lim) == 3:
        a, b = lim[1], lim[2]
        if not (a.is_finite and b.is_finite):
            raise Decline("improper integral")
        _continuous_between(f, x, a, b)
        value = sp.simplify(anti.subs(x, b) - anti.subs(x, a))
        if not confirm.value(sp.Integral(f, (x, a, b)), value, "the integral"):
            raise Decline("the integral could not be evaluated numerically as a check")
        fa, fb = anti.subs(x, a), anti.subs(x, b)
        claim = (f"\\int_{{{latex(a)}}}^{{{latex(b)}}} {latex(f)} \\, d{latex(x)} = "
                 f"{latex(sp.simplify(fb))} - \\left({latex(sp.simplify(fa))}\\right) = "
                 f"{latex(value)}")
        steps.append(step("evaluate between the limits", "Use $F(b) - F(a)$.", f"${claim}$",
                          claim, plot={"kind": "function", "expr": sp.srepr(f), "var": str(x),
                                       "x_range": [float(a) - 1, float(b) + 1],
                                       "shade": [float(a), float(b)],
                                       "title": "The integral is the signed area"}))
        return value, steps
    if f.is_rational_function(x) and anti.has(sp.log):
        # ln|u|, not ln u: the antiderivative holds where u < 0 too ("1/x" is ln|x| + C)
        real = sp.Symbol(x.name, real=True)
        anti = anti.subs(x, real).replace(sp.log, lambda u: sp.log(sp.Abs(u))).subs(real, x)
        if not confirm.antiderivative(f.subs(x, real), real, anti.subs(x, real)):
            raise Decline("the antiderivative could not be checked by differentiating")
    else:
        confirm.antiderivative(f, x, anti)
    claim = f"\\int {latex(f)} \\, d{latex(x)} = {latex(anti)} + C"
    check = f"{_d(anti, x)} = {latex(f)}"
    steps.append(step("add the constant of integration",
                      "Every antiderivative differs by a constant.",
                      f"${claim}$. Check by differentiating: ${check}$", claim))
    return f"{latex(anti)} + C", steps


def _continuous_between(f: sp.Expr, x: sp.Symbol, a: sp.Expr, b: sp.Expr) -> None:
    """F(b) - F(a) is the integral only when f is continuous from a to b: 1/x^2 from -1 to 1
    is not -2 (it diverges). Anything else, or a domain SymPy cannot work out, declines."""
    span = sp.Interval(sp.Min(a, b), sp.Max(a, b))
    try:
        whole = continuous_domain(f, x, span) == span
    except (NotImplementedError, TypeError, ValueError):
        whole = False
    if not whole:
        raise Decline("an improper integral: the integrand is not continuous between the limits")


def derivative(e: sp.Derivative) -> tuple[sp.Basic, list[Step]]:
    f = e.expr
    if len(e.variable_count) != 1:
        raise Decline("mixed partial derivatives")
    x, n = e.variable_count[0]
    if f.free_symbols - {x}:
        raise Decline("other letters")
    steps: list[Step] = []
    cur = f
    for _ in range(int(n)):
        steps += derivative_steps(cur, x)
        cur = sp.diff(cur, x)
    result = sp.simplify(cur) if sp.count_ops(sp.simplify(cur)) < sp.count_ops(cur) else cur
    if f.is_polynomial(x) and f == sp.expand(f):  # written expanded: so is its derivative
        result = sp.Poly(cur, x).as_expr()
    if n == 1:
        confirm.derivative(f, x, result)
    if result != cur:
        steps.append(step("simplify", "Tidy the result.", f"${latex(cur)} = {latex(result)}$",
                          f"{latex(cur)} = {latex(result)}"))
    return result, steps


# the answer when the two one-sided limits differ (each found and confirmed)
NO_LIMIT = "\\text{does not exist}"


def _confirmed_limit(f: sp.Basic, x: sp.Symbol, a: sp.Basic, side: str) -> sp.Basic:
    """The limit from one side (or at infinity), confirmed numerically: its value, or the
    sign with which the values grow without bound."""
    value = sp.limit(f, x, a, side)
    if value is sp.zoo and side == "+-":  # unbounded, with a sign on each side (1/x at 0)
        raise ValueError("the two sides may differ")
    if value.has(sp.Limit, sp.AccumBounds) or value is sp.nan or value is sp.zoo:
        raise Decline("limit not found")
    if value in (sp.oo, -sp.oo):  # no number to compare: the growth itself is checked
        sign = unbounded_sign(f, x, a, side)
        if sign is None:
            raise Decline("the growth without bound could not be confirmed numerically")
        confirm.check(sign == (1 if value is sp.oo else -1),
                      "the values grow without bound, with this sign, ever closer to the point")
    elif not confirm.value(sp.Limit(f, x, a, side), value, "the limit"):
        raise Decline("the limit could not be evaluated numerically as a check")
    return value


def _sides_differ(f: sp.Basic, x: sp.Symbol, a: sp.Basic) -> tuple[str, list[Step]]:
    """No limit: the limits from the left and from the right, each confirmed, differ."""
    left, right = _confirmed_limit(f, x, a, "-"), _confirmed_limit(f, x, a, "+")
    if left == right:
        raise Decline("the two sides agree, yet no two-sided limit was found")
    steps = []
    for side, value, word in (("-", left, "left"), ("+", right, "right")):
        claim = f"\\lim_{{{latex(x)} \\to {latex(a)}^{side}}} {latex(f)} = {latex(value)}"
        steps.append(step(f"from the {word}", f"Let ${latex(x)}$ approach ${latex(a)}$ from "
                          f"the {word}.", f"${claim}$", claim))
    steps.append(step("compare the two sides", "A limit exists only when both sides give the "
                      "same value.", f"The sides give ${latex(left)}$ and ${latex(right)}$, so "
                      "the limit does not exist.", ""))
    return NO_LIMIT, steps


def limit(e: sp.Limit) -> tuple[sp.Basic | str, list[Step]]:
    f, x, a = e.args[0], e.args[1], e.args[2]
    if f.free_symbols - {x}:
        raise Decline("other letters")
    side = str(e.args[3]) if a.is_finite else "+"  # at infinity there is one way in
    try:  # "+-" (written without a side): SymPy raises when the two sides differ
        value = _confirmed_limit(f, x, a, side)
    except ValueError:
        return _sides_differ(f, x, a)
    lim = f"\\lim_{{{latex(x)} \\to {latex(a)}}} {latex(f)}"
    steps: list[Step] = []
    direct = f.subs(x, a) if a.is_finite else sp.nan
    if a.is_finite and direct.is_finite and direct == value:
        steps.append(step("substitute directly", "The function is continuous there: plug in.",
                          f"${lim} = {latex(value)}$", f"{lim} = {latex(value)}"))
        return value, steps
    num, den = sp.fraction(sp.together(f))
    if a.is_finite and den.has(x) and num.subs(x, a) == 0 and den.subs(x, a) == 0:
        simp = sp.cancel(num / den)
        if simp != f and simp.subs(x, a).is_finite:
            steps.append(step("cancel the common factor",
                              "Direct substitution gives 0/0; factor and cancel.",
                              f"${latex(f)} = {latex(simp)}$ for ${latex(x)} \\ne "
                              f"{latex(a)}$", f"{latex(f)} = {latex(simp)}"))
        else:
            dn, dd = sp.diff(num, x), sp.diff(den, x)
            ratio = latex(dn) if dd == 1 else f"\\frac{{{latex(dn)}}}{{{latex(dd)}}}"
            claim = f"{lim} = \\lim_{{{latex(x)} \\to {latex(a)}}} {ratio}"
            steps.append(step("apply L'Hôpital's rule",
                              "0/0 form: differentiate top and bottom.", f"${claim}$", claim))
    steps.append(step("evaluate the limit", "What value does the expression approach?",
                      f"${lim} = {latex(value)}$", f"{lim} = {latex(value)}"))
    return value, steps
