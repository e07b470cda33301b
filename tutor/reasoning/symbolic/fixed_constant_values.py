"""The value asked about functions whose constants the conditions fixed (`fixed_constants`):
"what is $f(-1)$", "$a + b$", "the sum of all possible values of $a$", "the positive value of
$k$", or a value that stays fixed though a constant is free ("$f(x) = ax^3 + bx + 2$ and
$f(-3) = 5$: find $f(3)$"). Each value is evaluated again with the constants put into the
formulas before any call (at two choices of a free constant that keep the conditions).
"""

from __future__ import annotations

import random
import re

import sympy as sp

from tutor.problems.step import Step
from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra import functions
from tutor.reasoning.symbolic.algebra.expressions import shown
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import parse_latex


def put_in(definition: str, sol: dict[sp.Symbol, sp.Expr]) -> str:
    """"f(x) = ax + 3" with the constants' values written in."""
    m = functions.FUNCTION_DEFINITION.match(definition)
    assert m is not None
    body = parse_latex(m.group(3)).subs(sol)
    return f"{m.group(1)}({m.group(2)}) = {latex(body)}"


def numeric_table(defs: list[str], sol: dict[sp.Symbol, sp.Expr]) -> functions.Table:
    """The definitions with the constants put in first (the second way of evaluating)."""
    return functions.Table([put_in(d, sol) for d in defs])


def asked_value(defs: list[str], conditions: list[str], table: functions.Table, piece: str,
                solutions: list[dict[sp.Symbol, sp.Expr]], steps: list[Step],
                eqs: list[sp.Eq], how: str | None) -> tuple[sp.Basic, list[Step]]:
    """The asked expression with the constants put in: the same for every solution (or the
    sum or product of its values, or its one positive or negative value)."""
    body = piece.strip().strip("$")
    asked = table.evaluate(body, steps)
    if not isinstance(asked, sp.Expr) or asked.free_symbols - table.params:
        raise Decline("the question is not a value")
    found = [(sol, sp.simplify(asked.subs(sol))) for sol in solutions]
    if how in ("positive", "negative"):
        found = [(sol, v) for sol, v in found if (v.is_positive if how == "positive"
                                                  else v.is_negative)]
    values = {v for _, v in found}
    if any(v.free_symbols for v in values) or not values or how not in ("sum", "product") and \
            len(values) != 1:
        raise Decline("the value is not fixed by the conditions")
    for sol, v in found:
        for choice in _choices(sol, table.params):
            confirm.check(_evaluated_again(defs, conditions, body, choice, v),
                          "the value, evaluated again with the constants put in first")
    if how in ("sum", "product"):
        total = sp.Add(*values) if how == "sum" else sp.Mul(*values)
        listed = ", ".join(f"${latex(v)}$" for v in sorted(values, key=sp.default_sort_key))
        joined = (" + " if how == "sum" else " \\cdot ").join(
            latex(v) if v.is_Atom and not v.is_negative else f"\\left({latex(v)}\\right)"
            for v in values)
        claim = f"{joined} = {latex(sp.simplify(total))}"
        steps.append(step(f"{how} of the values", f"Combine every value ${body}$ can take.",
                          f"${body}$ can be {listed}; their {how} is ${claim}$", claim))
        return sp.simplify(total), steps
    value = values.pop()
    if asked.is_Symbol:
        return value, steps  # the solving step says it
    steps.append(_value_step(body, asked, value, solutions[0], eqs))
    return value, steps


def _value_step(body: str, asked: sp.Expr, value: sp.Basic, sol: dict[sp.Symbol, sp.Expr],
                eqs: list[sp.Eq]) -> Step:
    """"f(7) = 7^7 a + ... - 5 = -17", or with a constant left free, the asked value as a
    multiple of what the one condition fixes: "823543a + 343b + 7c = -12, so f(7) = -12 - 5"."""
    hint = "Evaluate the question with the constants found."
    free = asked.free_symbols - set(sol)
    if not free:
        claim = f"{shown(asked, sol, mul_symbol='dot')} = {latex(value)}"
        return step("put in the constants", hint, f"${body} = {claim}$", claim)
    zero = {s: 0 for s in asked.free_symbols | eqs[0].free_symbols}
    cond = sp.expand(eqs[0].lhs - eqs[0].rhs)
    part, fixed = sp.expand(asked - asked.subs(zero)), -cond.subs(zero)
    ratio = sp.simplify(part / (cond - cond.subs(zero))) if len(eqs) == 1 else None
    if ratio is None or ratio.free_symbols:
        return step("put in the constants", hint, f"${body} = {latex(asked)} = {latex(value)}$, "
                    "whatever the free constants are.", "")
    known, rest = sp.expand(ratio * fixed), asked.subs(zero)
    claim = f"{_plus(latex(known), rest)} = {latex(value)}"
    return step("put in the constants", "The condition fixes the part of the value that holds "
                "the constants.", f"The condition gives ${latex(part)} = {latex(known)}$, and "
                f"${body} = {_plus(latex(part), rest)}$, so ${body} = {claim}$", claim)


def _plus(first: str, number: sp.Expr) -> str:
    """"first + number" written with the number's sign."""
    if number == 0:
        return first
    return f"{first} - {latex(-number)}" if number.could_extract_minus_sign() else \
        f"{first} + {latex(number)}"


def _choices(sol: dict[sp.Symbol, sp.Expr], letters: set[sp.Symbol]
             ) -> list[dict[sp.Symbol, sp.Expr]]:
    """`sol` itself, or for a solution leaving constants free two choices of them."""
    free = sorted(letters - set(sol), key=str)
    if not free:
        return [sol]
    rng = random.Random(7)
    out = []
    for _ in range(2):
        pick = {s: sp.Rational(rng.randint(-40, 40), rng.randint(1, 9)) for s in free}
        out.append({**pick, **{k: v.subs(pick) for k, v in sol.items()}})
    return out


def _evaluated_again(defs: list[str], conditions: list[str], body: str,
                     sol: dict[sp.Symbol, sp.Expr], value: sp.Basic) -> bool:
    table = numeric_table(defs, sol)
    for c in conditions:  # a free choice must keep the conditions
        lhs, rhs = (table.evaluate(side, []) for side in c.split("="))
        if sp.simplify(lhs - rhs) != 0:
            return False
    got = table.evaluate(substituted_letters(body, sol), [])
    return bool(abs(sp.N(got - value, 40)) < 1e-30)


def substituted_letters(body: str, sol: dict[sp.Symbol, sp.Expr]) -> str:
    """The asked LaTeX with each constant written as its bracketed value."""
    for s, v in sol.items():
        body = re.sub(rf"(?<![\\A-Za-z]){s}(?![A-Za-z(])",
                      f"\\left({latex(v)}\\right)".replace("\\", "\\\\"), body)
    return body


__all__ = ["asked_value", "numeric_table", "put_in", "substituted_letters"]
