"""Equations in logarithms of one unknown, the way a teacher solves them: "$\\log_2 x +
\\log_2 (x - 2) = 3$", "$\\ln x + \\ln(x - 2) = \\ln 8$", "$3\\log_5 t = \\log_5(4t)$".

Each side is a sum of rational multiples of logarithms of rational functions of the
unknown, to one base (or natural logarithms), plus a constant. Combining them (log A + log
B = log AB, c log A = log A^c) and undoing the logarithm gives an equation without
logarithms, P = Q, that has the same solutions wherever every logarithm's argument is
positive. So the solutions are the real solutions of P = Q at which each argument is
positive: nothing is missed, and each candidate outside the domain is shown excluded.
Each solution is then confirmed by substituting it into the equation as written, with
the logarithms evaluated numerically at high precision (`confirm.solutions`), a method
independent of the algebra that found it.

Anything else (a log of a log, a power of a log, two different bases that are not powers
of one prime, a constant that would need e) is not this reader's: `solve` returns None.
"""

from __future__ import annotations

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.expressions import shown
from tutor.reasoning.symbolic.model import Decline, Step, latex, step

MAX_DEGREE = 6


def _constant_logs(e: sp.Basic) -> sp.Basic:
    """log(8) -> 3 log(2), log(sqrt 5) -> log(5)/2: constant logarithms over primes."""
    return e.replace(lambda a: isinstance(a, sp.log) and a.args[0].is_number
                     and a.args[0].is_positive and a.args[0].is_algebraic,
                     lambda a: sp.expand_log(a, force=True))


def _base(terms: list[sp.Basic], x: sp.Symbol) -> sp.Basic | None:
    """The one ln(p) that divides logarithms (log_p written as ln/ln p), 1 for natural
    logarithms; None when there are two or it is not a plain ln(p)."""
    found: set[sp.Basic] = set()
    for t in terms:
        den = sp.fraction(t)[1]
        if den.has(x):
            return None
        for f in sp.Mul.make_args(den):
            if f.is_Integer:
                continue
            if not (isinstance(f, sp.log) and f.args[0].is_Integer and f.args[0] > 1):
                return None
            found.add(f)
    if len(found) > 1:
        return None
    return found.pop() if found else sp.S.One


def _factors(expr: sp.Basic, x: sp.Symbol) -> list[tuple[sp.Rational, sp.Basic]] | None:
    """expr (times ln p) as sum q_i ln A_i with q_i rational; a rational constant c is
    returned as (c, E) meaning e^c, only allowed when it is zero."""
    pairs: list[tuple[sp.Rational, sp.Basic]] = []
    for t in sp.Add.make_args(sp.expand(expr)):
        c, rest = t.as_coeff_Mul()
        if not c.is_Rational:
            return None
        if rest == 1:
            if c != 0:
                return None  # ln x = 2 would need e^2
            continue
        if not isinstance(rest, sp.log):
            return None
        arg = rest.args[0]
        if arg.has(x):
            if not arg.is_rational_function(x):
                return None
            num, den = sp.together(arg).as_numer_denom()
            if any(not k.is_Rational for k in sp.Poly(num * den, x).coeffs()):
                return None
        elif not (arg.is_Rational and arg > 0):
            return None
        pairs.append((c, arg))
    return pairs


def _sides(pairs: list[tuple[sp.Rational, sp.Basic]]) -> tuple[sp.Basic, sp.Basic]:
    """prod A_i^(D q_i) = 1 written as P = Q, each exponent a positive whole number."""
    d = sp.ilcm(1, *[sp.Rational(c).q for c, _ in pairs])
    left, right = sp.S.One, sp.S.One
    for c, arg in pairs:
        k = int(c * d)
        if k > 0:
            left *= arg**k
        elif k < 0:
            right *= arg**(-k)
    return left, right


def _tidy(e: sp.Basic) -> sp.Basic:
    return sp.factor(e) if e.is_number else e


def solve(eq: sp.Equality, x: sp.Symbol) -> tuple[list[sp.Basic], list[Step]] | None:
    """Real solutions and steps, or None when the equation is not one of sums of logs."""
    from tutor.reasoning.symbolic.algebra.equations import solve_equation
    logs = [a for a in eq.atoms(sp.log) if a.has(x)]
    if not logs or any(a.args[0].has(sp.log) for a in logs):
        return None
    diff = _constant_logs(sp.expand(eq.lhs - eq.rhs))
    if diff.atoms(sp.exp) or any(f.has(x) for f in diff.atoms(sp.Function)
                                 if not isinstance(f, sp.log)):
        return None
    terms = list(sp.Add.make_args(diff))
    base = _base(terms, x)
    if base is None:
        return None
    pairs = _factors(diff * base, x)
    if pairs is None or not any(arg.has(x) for _c, arg in pairs):
        return None
    left, right = _sides(pairs)
    num, den = sp.fraction(sp.together(left - right))
    if sp.degree(sp.expand(num), x) > MAX_DEGREE or sp.degree(sp.expand(num), x) < 1:
        return None
    plain = sp.Eq(_tidy(left), _tidy(right), evaluate=False)
    if plain in (sp.true, sp.false):
        return None
    claim = f"{latex(eq.lhs)} = {latex(eq.rhs)} \\Rightarrow {latex(plain.lhs)} = " \
            f"{latex(plain.rhs)}"
    steps = [step("combine the logarithms and undo them",
                  "Use $\\log A + \\log B = \\log AB$ and $c\\log A = \\log A^c$, then two "
                  "logarithms to one base are equal exactly when their arguments are.",
                  f"${claim}$, where every logarithm's argument is positive", claim)]
    candidates, more = solve_equation(plain, x, True)
    steps += [s for s in more if s.rule != "check by substitution"]
    kept: list[sp.Basic] = []
    for r in candidates:
        bad = next((a.args[0] for a in logs
                    if not sp.N(a.args[0].subs(x, r), 30).is_positive), None)
        if bad is None:
            kept.append(r)
            continue
        value = sp.simplify(bad.subs(x, r))
        fact = f"{shown(bad, {x: r})} = {latex(value)}"
        steps.append(step("exclude values outside the domain",
                          "A logarithm is defined only for a positive argument.",
                          f"At ${latex(x)} = {latex(r)}$ the argument ${latex(bad)}$ of a "
                          f"logarithm is ${fact}$, which is not positive, so "
                          f"${latex(x)} = {latex(r)}$ is not a solution.", fact))
    if not kept:
        raise Decline("no solution in the domain of the logarithms")
    confirm.solutions(eq, x, kept)
    for r in kept:
        claims = [f"{shown(side, {x: r})} = {latex(sp.nsimplify(sp.simplify(side.subs(x, r))))}"
                  for side in (eq.lhs, eq.rhs) if side.has(x)]
        steps.append(step("check by substitution", f"Put ${latex(x)} = {latex(r)}$ back in.",
                          f"Check ${latex(x)} = {latex(r)}$: "
                          + " and ".join(f"${c}$" for c in claims) + ", both sides agree ✓",
                          "; ".join(claims)))
    return kept, steps


__all__ = ["solve"]
