"""Typed reader: the sum or the product of all the n-th roots of a number.

"Find the sum of the 9th roots of unity.", "What is the product of all the fifth roots of
unity?", "Find the product of the solutions of $z^3 = 8i$.", "Compute the sum of the complex
roots of $z^4 = -16$."

The n roots of z^n = w (w not 0) are the roots of z^n - w, so by Vieta their sum is 0 (n >= 2)
and their product (-1)^(n+1) w. "Roots" of an equation with a real right side could mean the
real roots only: such an equation is read only when the question says "complex" (a non-real
w has no real root, so its roots are complex however they are named). Confirmed by listing
the n roots |w|^(1/n) e^{i (arg w + 2 pi k) / n} in 40-digit decimals and adding or
multiplying them.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.spelled_maths import ORDINALS

_ASK = r"(?:find|what is|compute|determine|calculate) the (?P<what>sum|product) of (?:all )?" \
       r"(?:of )?the "
_UNITY = re.compile(_ASK + r"(?P<n>\d+(?:st|nd|rd|th)|[a-z]+) roots of unity[.?]?")
_EQUATION = re.compile(_ASK + r"(?P<complex>complex )?(?:solutions|roots) (?:of|to) "
                       r"(?:the equation )?@(?P<eq>\d+)@[.?]?")
_SMALL = {"square": 2, "cube": 3}
_Z = sp.Symbol("z")
_MAX_N = 100


def read(split: Split, template: str) -> Result | None:
    body = re.sub(r"\s+", " ", template.lower()).strip()
    if (m := _UNITY.fullmatch(body)) is not None:
        word = m.group("n")
        n = int(re.sub(r"\D", "", word)) if word[0].isdigit() else _SMALL.get(
            word, ORDINALS.get(word, 0))
        return _total(m.group("what"), n, sp.Integer(1), "unity")
    if (m := _EQUATION.fullmatch(body)) is None:
        return None
    eq = parse_latex(split.maths[int(m.group("eq"))])
    if not isinstance(eq, sp.Equality):
        return None
    lhs, rhs = eq.lhs, eq.rhs.xreplace({sp.Symbol("i"): sp.I})
    if not (isinstance(lhs, sp.Pow) and isinstance(lhs.base, sp.Symbol) and lhs.base.name != "i"
            and lhs.exp.is_Integer) or rhs.free_symbols or not rhs.is_number:
        raise Decline("an equation z^n = w with a number w")
    if not m.group("complex") and sp.im(rhs) == 0:
        raise Decline("the roots of an equation with a real side: real or complex roots?")
    return _total(m.group("what"), int(lhs.exp), rhs, latex(eq))


def _total(what: str, n: int, w: sp.Expr, told: str) -> Result:
    if not 2 <= n <= _MAX_N or w == 0:
        raise Decline("n-th roots with n from 2 to 100 of a nonzero number")
    value = sp.Integer(0) if what == "sum" else sp.expand((-1) ** (n + 1) * w)
    _confirm(what, n, w, value)
    rule = "The roots of $z^n - w$ add up to 0 (no $z^{n-1}$ term)" if what == "sum" else \
        "The product of the roots of $z^n - w$ is $(-1)^{n+1} w$ (Vieta)"
    said = "z^{" + str(n) + "} = " + latex(w) if told == "unity" else told
    claim = f"{what} = {latex(value)}"
    return value, [step(f"the {what} of the roots", rule + ".", f"The roots are those of "
                        f"${said}$, so the ${claim}$.", "")]


def _confirm(what: str, n: int, w: sp.Expr, value: sp.Expr) -> None:
    with mpmath.workdps(40):
        target, got = numeric.to_mp(w), numeric.to_mp(value)
        if target is None or got is None:
            raise Decline("a number that cannot be evaluated")
        radius, angle = abs(target) ** (mpmath.mpf(1) / n), mpmath.arg(target)
        roots = [radius * mpmath.expj((angle + 2 * mpmath.pi * k) / n) for k in range(n)]
        total = mpmath.fsum(roots) if what == "sum" else mpmath.fprod(roots)
        confirm.check(abs(total - got) < mpmath.mpf(10) ** -25 * max(1, abs(got)),
                      f"the {n} roots listed in 40-digit decimals give the same {what}")


__all__ = ["read"]
