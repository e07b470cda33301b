"""Typed reader: a function known only through a formula of an inner expression, asked at a
number.

"If $g(2x - 5) = 3x + 9$ for all real $x$, what is $g(1)$?", "A function $f$ has the
property that $f(3x) = 6x - 1$ for all real numbers $x$. What is $f(9)$?", "Suppose
$h(\\frac{x}{2} + 1) = x^2$ for every $x$. Find $h(3)$.", "Let $f(3x) = 6x - 1$. What is
$f(9)$?", "Given $p(x^2 + 1) = 2x + 3$, what is the sum of all possible values of $p(5)$?".
The inputs that make the inner expression equal the number are found
(`equations.solve_equation`, each confirmed by substitution and their number by Sturm
sequences for a polynomial); the formula's value at each is confirmed numerically. Several
inputs must give one value unless the question asks for the sum of all possible values.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.algebra import clauses, equations
from tutor.reasoning.symbolic.algebra.expressions import final_value, shown
from tutor.reasoning.symbolic.model import Decline, evaluated, latex, step
from tutor.reasoning.symbolic.parsing import Split, group_end, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

VOCAB = frozenset(
    "if then what is for all real every any number numbers given that suppose let find compute "
    "evaluate determine value values sum possible where holds and function has property such "
    "satisfies".split())
_ASK = re.compile(r"(?:what is|find|compute|evaluate|determine)(?: the)?(?P<sum> sum of all "
                  r"(?:the )?possible values of| value of)? @(?P<q>\d+)@")
_NAME = re.compile(r"^\s*([a-zA-Z])\s*\(")


def _inner(src: str) -> tuple[str, sp.Expr, sp.Expr] | None:
    """(name, inner expression, formula) of `g(A) = B` with A more than a letter."""
    m = _NAME.match(src)
    if m is None:
        return None
    close = group_end(src, m.end() - 1, "()")
    after = src[close + 1:].lstrip()
    if close < 0 or not after.startswith("=") or "=" in after[1:]:
        return None
    inner_src = src[m.end():close]
    if re.fullmatch(r"\s*[a-zA-Z]\s*", inner_src):
        return None  # `f(x) = ...`: an ordinary definition
    inner, body = parse_latex(inner_src), parse_latex(after[1:])
    if not isinstance(inner, sp.Expr) or not isinstance(body, sp.Expr):
        return None
    return m.group(1), evaluated(inner), evaluated(body)


def read_inner_argument(split: Split, template: str) -> Result | None:
    if re.search(r"\bnumber of\b", template):
        return None  # a count ("the number of ..."), not the value itself
    w = words(template)
    if w - FILLER - VOCAB - {c for c in w if len(c) == 1}:
        return None
    asks = list(_ASK.finditer(template))
    if len(asks) != 1:
        return None
    q = int(asks[0].group("q"))
    idx = [int(i) for i in re.findall(r"@(\d+)@", template) if int(i) != q]
    defs = [(i, d) for i in idx if (d := _inner(split.maths[i])) is not None]
    letters = [i for i in idx if clauses.is_letters(split.maths[i])]
    if len(defs) != 1 or len(idx) != 1 + len(letters):
        return None
    name, inner, body = defs[0][1]
    call = re.fullmatch(rf"\s*{name}\s*\((.+)\)\s*", split.maths[q])
    if call is None:
        return None
    at = evaluated(parse_latex(call.group(1)))
    x_set = inner.free_symbols
    if len(x_set) != 1 or body.free_symbols - x_set or not at.is_number or not at.is_real:
        raise Decline("a formula in one letter, asked at a number")
    x = next(iter(x_set))
    # the formula's letter, or the function's name ("a function $f$ has the property ...")
    if any(set(clauses.letters(split.maths[i])) - {x, sp.Symbol(name)} for i in letters):
        raise Decline("a letter that is not the formula's")
    roots, steps = equations.solve_equation(sp.Eq(inner, at), x, over_reals=True)
    values: list[sp.Basic] = []
    for r in roots:
        v = final_value(body.subs(x, r))
        got = numeric.at(body, x, r if r.is_Rational else sp.N(r, 60))
        confirm.check(got is not None and numeric.near(got, numeric.to_mp(v), 1e-25),
                      "the formula evaluated numerically at each input agrees")
        claim = f"{shown(body, {x: r})} = {latex(v)}"
        steps.append(step("put the input into the formula", f"${latex(x)} = {latex(r)}$ makes "
                          f"the inner expression ${latex(at)}$, so ${name}({latex(at)})$ is "
                          "the formula's value there.", f"${claim}$", claim))
        if v not in values:
            values.append(v)
    if asks[0].group("sum") and "sum" in asks[0].group("sum"):
        total = final_value(sp.Add(*values))
        claim = " + ".join(f"\\left({latex(v)}\\right)" for v in values) + f" = {latex(total)}"
        return total, steps + [step("add the possible values", "Add them.", f"${claim}$", claim)]
    if len(values) != 1:
        raise Decline("the inputs give different values: which one is meant?")
    return values[0], steps


__all__ = ["read_inner_argument"]
