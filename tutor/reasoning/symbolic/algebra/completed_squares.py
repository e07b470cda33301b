"""Typed reader: a quadratic written with its square completed, the vertex form.

"Complete the square: $x^2 + 6x + 2$", "complete the square for 2x^2 - 8x + 3", "Write
y = x^2 - 5x + 1 in vertex form", "What is the vertex form of $-x^2 + 4x$?". The answer is
$a(x - h)^2 + k$ with $h = -b/(2a)$ and $k = c - b^2/(4a)$ (an equation "y = ..." keeps its
left side); each step is an identity the checker can verify.

Confirmed independently: the answer expanded by SymPy equals the quadratic, and both are
evaluated at random rational points (`confirm.identity`).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

_ASK = re.compile(
    r"^(?:please )?(?:complete the square(?: (?:for|of|in|on))?:? @(?P<a>\d+)@"
    r"|(?:write|express|rewrite|put|convert|give) @(?P<b>\d+)@ (?:in|into|to) vertex form"
    r"|(?:what is|find|give|write) the vertex form of @(?P<c>\d+)@"
    r"|(?:write|express|rewrite|put) @(?P<d>\d+)@ in vertex form by completing the square)"
    r"\s*[.?]?$")


def read_completed_square(split: Split, template: str) -> Result | None:
    m = _ASK.match(re.sub(r"\s+", " ", template.lower()).strip())
    if m is None or len(split.maths) != 1:
        return None
    src = split.maths[0].strip()
    parsed = parse_latex(src)
    left: sp.Symbol | None = None
    if isinstance(parsed, sp.Equality):
        if not isinstance(parsed.lhs, sp.Symbol):
            raise Decline("an equation 'y = ...' of a quadratic")
        left, parsed = parsed.lhs, parsed.rhs
        src = src.split("=", 1)[1].strip()
    if not isinstance(parsed, sp.Expr) or len(parsed.free_symbols) != 1:
        raise Decline("a quadratic in one letter")
    x = next(iter(parsed.free_symbols))
    if left is not None and left == x:
        raise Decline("an equation in one letter, not a function")
    poly = sp.Poly(sp.expand(parsed), x) if parsed.is_polynomial(x) else None
    if poly is None or poly.degree() != 2 or not all(c.is_Rational for c in poly.all_coeffs()):
        raise Decline("a quadratic with rational coefficients")
    a, b, c = poly.all_coeffs()
    h, k = -b / (2 * a), c - b ** 2 / (4 * a)
    answer = vertex_form(a, h, k, x)
    form = a * (x - h) ** 2 + k
    confirm.check(sp.expand(form - parsed) == 0, "the vertex form expanded gives the quadratic")
    confirm.identity(parsed, form, "vertex form")
    steps = []
    inner = x ** 2 + (b / a) * x
    if a != 1:
        claim = f"{src} = {_times(a)}\\left({latex(inner)}\\right){_signed(c)}"
        steps.append(step("take out the leading coefficient", f"Factor ${latex(a)}$ out of "
                          f"the terms with ${latex(x)}$.", f"${claim}$", claim))
    half = b / (2 * a)
    claim = (f"{src} = {_times(a)}\\left({_square(x, h)} - {latex(half ** 2)}\\right)"
             f"{_signed(c)}" if a != 1 else
             f"{src} = {_square(x, h)} - {latex(half ** 2)}{_signed(c)}")
    steps.append(step("complete the square", f"Half the coefficient of ${latex(x)}$ is "
                      f"${latex(half)}$; add and subtract its square ${latex(half ** 2)}$.",
                      f"${claim}$", claim))
    claim = f"{src} = {answer}"
    steps.append(step("collect the constants", "Multiply out and add the numbers left over.",
                      f"${claim}$", claim))
    return (f"{latex(left)} = {answer}" if left is not None else answer), steps


def vertex_form(a: sp.Rational, h: sp.Rational, k: sp.Rational, x: sp.Symbol) -> str:
    """$a(x - h)^2 + k$ written as a student writes it: "(x + 3)^2 - 7", "-2(x - 1)^2"."""
    return f"{_times(a)}{_square(x, h)}{_signed(k)}"


def _times(a: sp.Rational) -> str:
    return "" if a == 1 else "-" if a == -1 else latex(a)


def _square(x: sp.Symbol, h: sp.Rational) -> str:
    if h == 0:
        return f"{latex(x)}^2"
    return f"\\left({latex(x)} {'-' if h > 0 else '+'} {latex(abs(h))}\\right)^2"


def _signed(v: sp.Rational) -> str:
    """" + v" or " - |v|" after another term; nothing for 0."""
    return "" if v == 0 else f" - {latex(-v)}" if v < 0 else f" + {latex(v)}"


__all__ = ["read_completed_square", "vertex_form"]
