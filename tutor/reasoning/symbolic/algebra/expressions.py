"""Evaluating, simplifying, expanding and factoring expressions, step by step."""

from __future__ import annotations

from typing import Any

import sympy as sp

from tutor.reasoning.symbolic.algebra import monomial_roots
from tutor.reasoning.symbolic.model import Decline, Step, latex, step

_LEAF = (sp.Integer, sp.Rational, sp.NumberSymbol, type(sp.I))


def tex(e: sp.Basic) -> str:
    """LaTeX of an expression, keeping the written order of unevaluated terms."""
    return latex(e, order="none")


def _bracketed(v: sp.Basic) -> bool:
    """A value put in for a letter keeps its brackets unless it is a whole number, a plain
    decimal or a name: `\\frac{1}{3}^{2}` would read as a fraction with a squared numerator,
    and `5 \\frac{1}{3}` as a mixed number."""
    return bool(v.is_negative or not v.is_Atom or (v.is_Rational and not v.is_Integer))


def bracketed(v: sp.Basic) -> str:
    """`v` as a factor or the base of a power: `\\left(-\\frac{1}{5}\\right)^{2}`, never
    `-\\frac{1}{5}^{2}` (which is -1/25 by TeX's rules)."""
    return f"\\left({latex(v)}\\right)" if _bracketed(v) else latex(v)


def in_order(values: list[sp.Basic]) -> str:
    """The distinct real values as a chain of `<` from least to greatest (`-2 < \\frac{1}{3}
    < 4`), a claim the checker confirms; "" unless there are two or more, all real numbers."""
    distinct = list({sp.nsimplify(v) if v.is_Float else v: None for v in values})
    if len(distinct) < 2 or not all(v.is_real and v.is_number for v in distinct):
        return ""
    return " < ".join(latex(v) for v in sorted(distinct, key=lambda v: float(sp.N(v, 30))))


def sign_claims(values: list[sp.Basic]) -> str:
    """`-4 < 0 < 2`: the values in order with 0 among them, which shows the positive and the
    negative ones in a claim the checker confirms ("" unless all are real numbers)."""
    return in_order([*values, sp.Integer(0)])


def shown(e: sp.Basic, values: dict, **kw: Any) -> str:
    """LaTeX of `e` with each symbol displayed as its bracketed value (no evaluation).

    `kw` goes to `latex` (e.g. mul_symbol="dot" for an explicit dot in every product).
    """
    names = {k: bracketed(v) for k, v in values.items()}
    return latex(e, symbol_names=names, **kw)


def imaginary(e: sp.Basic) -> sp.Basic:
    """Read the symbol i as the imaginary unit when it is the only letter."""
    i = sp.Symbol("i")
    if e.free_symbols == {i}:
        return e.xreplace({i: sp.I})
    return e


def _numeric_leaf(e: sp.Basic) -> bool:
    return isinstance(e, _LEAF) or (
        e.is_Pow and e.exp in (sp.S.Half, sp.S.NegativeOne) and e.base.is_Integer)


def _reduce_once(e: sp.Basic) -> sp.Basic:
    """Evaluate the innermost operations whose operands are all plain numbers."""
    if not e.args or _numeric_leaf(e):
        return e
    if all(_numeric_leaf(a) for a in e.args):
        value = e.func(*e.args)
        return value if isinstance(value, sp.Basic) else e
    if isinstance(e, sp.Mul) and e.args[0] == -1:
        rest = sp.Mul(*e.args[1:], evaluate=False)
        if _numeric_leaf(rest):
            return -rest
    args = [_reduce_once(a) for a in e.args]
    try:
        return e.func(*args, evaluate=False)
    except TypeError:
        return e.func(*args)


def final_value(e: sp.Basic) -> sp.Basic:
    """Exact simplified value of a constant expression."""
    v = sp.nsimplify(sp.simplify(e.doit()), rational=False) if e.has(sp.Float) else None
    v = sp.simplify(e.doit()) if v is None else v
    v = sp.radsimp(v) if v.is_number and not v.is_Rational else v
    if v.is_number and not v.is_Rational:
        v2 = sp.nsimplify(v)
        if v2 != v and abs(sp.N(v2 - v, 30)) < sp.Float("1e-25"):
            v = v2
    if v.is_number and any(isinstance(p.base, sp.Add) for p in v.atoms(sp.Pow)):
        flat = sp.radsimp(sp.sqrtdenest(v))  # sqrt(1/2 - sqrt(3)/4) = (sqrt(6) - sqrt(2))/4
        if sp.count_ops(flat) < sp.count_ops(v) and abs(sp.N(flat - v, 30)) < sp.Float("1e-25"):
            v = flat
    return v


def evaluate_steps(e: sp.Basic) -> tuple[sp.Basic, list[Step]]:
    """Arithmetic one level at a time: powers and brackets first, then the rest."""
    e = imaginary(e)
    if e.free_symbols:
        raise Decline("expression has unknowns")
    if e.has(sp.Integral, sp.Derivative, sp.Limit):
        raise Decline("calculus handled elsewhere")
    for p in e.atoms(sp.Pow):
        if p.exp.is_Integer and abs(p.exp) > 2000 and p.base not in (0, 1, -1):
            raise Decline("power too large to evaluate")
        if p.exp.has(sp.Pow) and p.base not in (0, 1, -1):
            raise Decline("tower of powers")
    steps: list[Step] = []
    cur = e.replace(lambda n: isinstance(n, sp.log) and len(n.args) == 2,
                    lambda n: sp.Mul(sp.log(n.args[0]), sp.Pow(sp.log(n.args[1]), -1),
                                     evaluate=False))
    for _ in range(8):
        nxt = _reduce_once(cur)
        if nxt == cur or tex(nxt) == tex(cur):
            break
        steps.append(step(
            "evaluate the innermost operations",
            "Work from the inside out: powers and brackets first.",
            f"${tex(cur)} = {tex(nxt)}$",
            f"{tex(cur)} = {tex(nxt)}",
        ))
        cur = nxt
    value = final_value(e)
    if not value.is_number or value.has(sp.Sum, sp.Product, sp.zoo, sp.nan):
        raise Decline("no exact value")
    if tex(value) != tex(cur):
        rule = "simplify the radical" if value.has(sp.Pow) else "simplify"
        steps.append(step(rule, "Write the result in simplest exact form.",
                          f"${tex(cur)} = {latex(value)}$", f"{tex(cur)} = {latex(value)}"))
    return value, steps


def simplify_steps(e: sp.Basic) -> tuple[sp.Basic, list[Step]]:
    """Simplify an expression with unknowns (combine like terms, cancel, trig)."""
    if not e.free_symbols:
        return evaluate_steps(e)
    steps: list[Step] = []
    pulled = monomial_roots.pulled_out(e)  # sqrt(50x^4) = 5x^2 sqrt(2)
    if pulled is not None:
        steps.append(step("simplify the radical", "Take each perfect power out of the root.",
                          f"${tex(e)} = {latex(pulled)}$", f"{tex(e)} = {latex(pulled)}"))
        return pulled, steps
    expanded = sp.expand(e)
    letters_below = bool(sp.denom(sp.together(e)).free_symbols)  # a fraction in letters
    # a product of polynomials ("Simplify (2x + 3)(x - 4)") is multiplied out, as textbooks
    # mean; other products (3(x + 1)^{-1}, factored fractions) are left to the steps below
    product = e.is_Mul and e.is_polynomial(*e.free_symbols) and any(
        a.is_Add or a.is_Pow and a.base.is_Add for a in e.args)
    if expanded != e and (sp.count_ops(expanded) <= sp.count_ops(e) + 2 and not e.is_Mul
                          or product) and not letters_below:
        steps.append(step("expand and collect like terms",
                          "Remove the brackets, then combine like terms.",
                          f"${tex(e)} = {latex(expanded)}$", f"{tex(e)} = {latex(expanded)}"))
        return expanded, steps
    together = sp.cancel(sp.together(e)) if e.has(sp.Pow) else e
    best = sp.simplify(e)
    if sp.count_ops(together) <= sp.count_ops(best) and together != e:
        best = together
    if e.has(sp.sin, sp.cos, sp.tan, sp.sec, sp.csc, sp.cot):
        for trig in (sp.trigsimp(best), sp.fu(best)):
            best = trig if sp.count_ops(trig) < sp.count_ops(best) else best
        rule, hint = "use trigonometric identities", "Write everything in sines and cosines."
    else:
        rule, hint = "combine and cancel", "Put everything over a common denominator and cancel."
    recip = {sp.tan: sp.cot, sp.sin: sp.csc, sp.cos: sp.sec}
    best = best.replace(
        lambda n: n.is_Pow and n.exp == -1 and type(n.base) in recip,
        lambda n: recip[type(n.base)](*n.base.args))
    if best == e or sp.count_ops(best) >= sp.count_ops(e):
        one = sp.cancel(sp.together(e))
        if not (isinstance(e, sp.Add) and e.is_rational_function() and sp.denom(one) != 1):
            raise Decline("nothing to simplify")
        top, bottom = sp.fraction(one)
        best = sp.expand(top) / sp.factor(bottom)  # the denominator left in factors
        rule, hint = "use a common denominator", "Write the sum as one fraction."
    steps.append(step(rule, hint, f"${tex(e)} = {latex(best)}$", f"{tex(e)} = {latex(best)}"))
    return best, steps


def combine_steps(e: sp.Basic) -> tuple[sp.Basic | str, list[Step]]:
    """Write a sum of fractions as a single fraction."""
    num, den = sp.fraction(sp.factor_terms(sp.together(sp.expand(e))))
    out = latex(sp.expand(num)) if den == 1 else (
        f"\\frac{{{latex(sp.expand(num))}}}{{{latex(den)}}}")
    claim = f"{tex(e)} = {out}"
    return out, [step("use a common denominator", "Rewrite each fraction over the LCD, then add.",
                      f"${claim}$", claim)]


def expand_steps(e: sp.Basic) -> tuple[sp.Basic, list[Step]]:
    """Expand products and powers, then collect like terms."""
    if not e.free_symbols:
        return evaluate_steps(e)
    steps: list[Step] = []
    raw = sp.expand(e, deep=False) if isinstance(e, sp.Add) else sp.expand(e)
    out = sp.expand(e)
    if raw != out and isinstance(e, sp.Add):
        mid = sp.Add(*[sp.expand(a) for a in e.args], evaluate=False)
        steps.append(step("distribute", "Multiply out each bracket separately.",
                          f"${tex(e)} = {tex(mid)}$", f"{tex(e)} = {tex(mid)}"))
        e = mid
    steps.append(step("collect like terms", "Add the coefficients of equal powers.",
                      f"${tex(e)} = {latex(out)}$", f"{tex(e)} = {latex(out)}"))
    return out, steps


def factor_steps(e: sp.Basic) -> tuple[sp.Basic, list[Step]]:
    """Factor a polynomial over the rationals, showing any common factor first."""
    syms = sorted(e.free_symbols, key=str)
    if not syms or not e.is_polynomial(*syms):
        raise Decline("only polynomials are factored")
    steps: list[Step] = []
    expr = sp.expand(e)
    common = sp.gcd_terms(expr)
    if common != expr and isinstance(common, sp.Mul):
        steps.append(step("take out the common factor", "What divides every term?",
                          f"${latex(expr)} = {latex(common)}$",
                          f"{latex(expr)} = {latex(common)}"))
    out = sp.factor(expr)
    if out == expr:
        raise Decline("does not factor over the rationals")
    if len(syms) == 1 and sp.degree(expr, syms[0]) == 2:
        rule, hint = "factor the quadratic", "Find two numbers whose product is ac and sum is b."
    elif len(syms) > 1 and len(sp.Add.make_args(expr)) == 4:
        rule, hint = "factor by grouping", "Group the terms in pairs and factor each pair."
    else:
        rule, hint = "factor", "Look for roots or a known pattern such as a difference of squares."
    steps.append(step(rule, hint, f"${latex(expr)} = {latex(out)}$",
                      f"{latex(expr)} = {latex(out)}"))
    return out, steps
