"""Typed reader: a function known through its value at an inner expression, asked as a
formula.

"Let $f(x)$ be a polynomial such that $f(x^2 + 1) = x^4 + 4x^2$. Find $f(x^2 - 1)$.",
"Suppose $g(2x - 1) = 4x^2 + 2$ for all real $x$. Find $g(x)$.", "The polynomial $p$
satisfies $p(x^3) = x^6 - 2x^3$. What is $p(x + 1)$?". An inner expression of degree one
($ax + b$ with a number $a \\neq 0$) takes every real value once, so the function is fixed
whatever it is: f(t) is the formula at x = (t - b)/a. A longer inner expression fixes the
function only when the text says it is a polynomial: its degree is the degree of the right
side over the inner degree, and its coefficients are the one solution of the linear
equations that matching the coefficients gives (SymPy's `linsolve`); none, or a degree that
does not divide, is declined. A value at a number is asked the same way ("Find $f(3)$").
The function found is confirmed by putting the inner expression back into it and comparing
with the right side at random rational points (`confirm.identity`).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.handlers import closing_paren
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

VOCAB = frozenset(
    "polynomial function satisfies satisfying with property all real numbers every whenever "
    "holds where express expression write simplify terms order decreasing degree form "
    "polynomials".split())
_ASK = re.compile(r"(?:find|compute|determine|what is|express|write|simplify|calculate|give)"
                  r"(?: the (?:polynomial|expression|function|formula))?(?: for)? "
                  r"(?P<t>@\d+@)\W*$")
_CALL = re.compile(r"^\s*([A-Za-z])\s*\(")
_T = sp.Dummy("t")


def read(split: Split, template: str) -> Result | None:
    asked = _ASK.search(template)
    if asked is None or not words_within(template, VOCAB):
        return None
    slots = [int(k) for k in re.findall(r"@(\d+)@", template)]
    target = int(asked.group("t")[1:-1])
    name_arg = _whole_call(split.maths[target])
    if name_arg is None:
        return None
    name, asked_src = name_arg
    told = [k for k in slots if k != target and "=" in split.maths[k]]
    if len(told) != 1:
        return None
    eq = _told(split.maths[told[0]], name)
    if eq is None:
        return None
    inner, right = eq
    letters = inner.free_symbols | right.free_symbols
    if len(letters) != 1:
        raise Decline("an inner expression and a formula in one letter")
    x = next(iter(letters))
    for k in slots:  # "Let $f(x)$ be a polynomial", "for all real $x$": nothing else
        if k not in (target, told[0]) and split.maths[k].strip() not in (
                f"{name}({x})", name, str(x)):
            return None
    value = parse_latex(asked_src)
    if not isinstance(value, sp.Expr):
        return None
    said_polynomial = "polynomial" in template
    formula, found = _function(inner, right, x, said_polynomial, name)
    confirm.identity(formula.subs(_T, inner), right,
                     f"{name} of the inner expression gives the told formula")
    answer = formula.subs(_T, value)
    answer = sp.expand(answer) if answer.is_polynomial() else sp.factor(sp.cancel(answer))
    call = f"{name}\\left({latex(value)}\\right)"
    claim = f"{call} = {latex(answer)}"
    return answer, [*found, step("put in the argument asked",
                                 f"Replace the variable of ${name}$ by ${latex(value)}$.",
                                 f"${claim}$", claim)]


def _whole_call(src: str) -> tuple[str, str] | None:
    """`f(...)` as the whole piece: the name and the argument as written."""
    m = _CALL.match(src)
    if m is None:
        return None
    end = closing_paren(src, m.end() - 1)
    if end < 0 or src[end + 1:].strip():
        return None
    return m.group(1), src[m.end():end]


def _told(src: str, name: str) -> tuple[sp.Expr, sp.Expr] | None:
    """`f(inner) = formula` read: the inner expression and the formula (no call of f in it)."""
    left, _, right = src.partition("=")
    call = _whole_call(left)
    if call is None or call[0] != name or "=" in right:
        return None
    if re.search(rf"(?<![\\A-Za-z]){name}\s*\(", right):
        raise Decline("the function on both sides")
    inner, formula = parse_latex(call[1]), parse_latex(right)
    if not isinstance(inner, sp.Expr) or not isinstance(formula, sp.Expr):
        raise Decline("an inner expression and a formula")
    return inner, formula


def _function(inner: sp.Expr, right: sp.Expr, x: sp.Symbol, said_polynomial: bool,
              name: str) -> tuple[sp.Expr, list[Step]]:
    """The formula of the function in _T, and the step that finds it."""
    if not inner.is_polynomial(x) or not right.is_rational_function(x):
        raise Decline("a polynomial inner expression and a rational formula")
    k = sp.degree(inner, x)
    if k == 1:
        a, b = sp.Poly(inner, x).all_coeffs()
        if a.free_symbols or b.free_symbols:
            raise Decline("an inner expression with letters")
        formula = sp.cancel(right.subs(x, (_T - b) / a))
        t = sp.Symbol("t")
        claim = f"{name}(t) = {latex(formula.subs(_T, t))}"
        return formula, [step("substitute for the inner expression",
                              f"Put ${latex(x)} = {latex((t - b) / a)}$, so that "
                              f"${latex(inner)}$ becomes $t$; every real $t$ is reached once.",
                              f"${claim}$", claim)]
    if k < 2 or not said_polynomial or not right.is_polynomial(x):
        raise Decline("a function fixed by a longer inner expression only when it is a "
                      "polynomial")
    n = sp.degree(right, x)
    if n % k:
        raise Decline("a degree that the inner degree does not divide: no polynomial fits")
    cs = sp.symbols(f"c0:{n // k + 1}")
    trial = sum(c * _T ** i for i, c in enumerate(cs))
    solved = sp.linsolve(sp.Poly(sp.expand(trial.subs(_T, inner) - right), x).coeffs(), cs)
    if len(solved) != 1:
        raise Decline("no polynomial fits")
    values = next(iter(solved))
    if any(v.free_symbols for v in values):
        raise Decline("the coefficients are not fixed")
    formula = sp.expand(trial.subs(dict(zip(cs, values, strict=True))))
    t = sp.Symbol("t")
    claim = f"{name}(t) = {latex(formula.subs(_T, t))}"
    return formula, [step("match the coefficients",
                          f"${name}({latex(inner)})$ has degree {n}, so ${name}$ has degree "
                          f"{n // k}: write ${name}(t) = "
                          f"{latex(sum(sp.Symbol(f'c_{i}') * t ** i for i in range(n // k + 1)))}"
                          f"$, put in $t = {latex(inner)}$ and match the coefficients of "
                          f"${latex(right)}$.", f"${claim}$", claim)]


__all__ = ["read"]
