"""Typed reader: the sum or product of the real or imaginary parts of the complex solutions
of a polynomial equation (its coefficients may hold i).

"The equation $x^2 + 4x = 2i$ has two complex solutions. Determine the product of their
real parts.", "Find the sum of the imaginary parts of the roots of $z^2 - 2z = 3i$.", "What
is the product of all complex numbers $z$ such that $z^2 = -5 + 12i$?". With z = a + bi
(a, b real) the equation splits into two real equations solved together (SymPy's `solve`),
which gives each solution exactly; there must be as many distinct solutions as the degree
(a repeated root would leave "their real parts" unclear). The value is confirmed against
the roots found numerically (mpmath's `polyroots`, 30 digits).
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

VOCAB = frozenset(
    "equation has two three four distinct complex solutions roots sum product their real "
    "imaginary parts all numbers satisfying satisfy such that".split())
_ASKED = r"(?:determine|find|compute|calculate|what is|give)"
_OF = r"(?:all )?(?:the )?(?:complex )?(?:solutions|roots)"
_PATTERNS = [
    re.compile(rf"^the equation (?P<eq>@\d+@) has (?:two |three |four )?(?:distinct )?complex "
               rf"(?:solutions|roots)[.,;]? {_ASKED} the (?P<how>sum|product) of (?:their|the) "
               rf"(?P<part>real|imaginary) parts\W*$"),
    re.compile(rf"^{_ASKED} the (?P<how>sum|product) of the (?P<part>real|imaginary) parts of "
               rf"{_OF} (?:of|to) (?:the equation )?(?P<eq>@\d+@)\W*$"),
    re.compile(rf"^{_ASKED} the (?P<how>sum|product) of (?:the (?P<part>real|imaginary) parts "
               rf"of )?all (?:the )?complex (?:numbers |solutions )?(?P<z>@\d+@) (?:such that|"
               rf"satisfying|that satisfy|which satisfy) (?P<eq>@\d+@)\W*$"),
]
_I = sp.Symbol("i")


def read(split: Split, template: str) -> Result | None:
    if "complex" not in template and " parts" not in template:
        return None
    m = next((m for p in _PATTERNS if (m := p.match(template.strip()))), None)
    if m is None or not words_within(template, VOCAB):
        return None
    eq = parse_latex(split.maths[int(m.group("eq")[1:-1])])
    if not isinstance(eq, sp.Equality):
        raise Decline("an equation")
    letters = eq.free_symbols - {_I}
    if len(letters) != 1:
        raise Decline("an equation in one letter")
    z = next(iter(letters))
    if m.groupdict().get("z") and split.maths[int(m.group("z")[1:-1])].strip() != str(z):
        raise Decline("the letter asked is the equation's")
    expr = sp.expand((eq.lhs - eq.rhs).xreplace({_I: sp.I}))
    if not expr.is_polynomial(z) or not 2 <= sp.degree(expr, z) <= 4:
        raise Decline("a polynomial equation of degree 2 to 4")
    degree = int(sp.degree(expr, z))
    a, b = sp.symbols("a b", real=True)
    re_part, im_part = sp.expand(expr.subs(z, a + sp.I * b), complex=True).as_real_imag()
    sols = sp.solve([re_part, im_part], [a, b], dict=True)
    found = [(s[a], s[b]) for s in sols if set(s) == {a, b} and not (
        s[a].free_symbols | s[b].free_symbols)]
    if len(found) != degree or len({(sp.N(x, 30), sp.N(y, 30)) for x, y in found}) != degree:
        raise Decline("as many distinct solutions as the degree")
    part, how = m.group("part"), m.group("how")
    values = [x if part == "real" else y if part == "imaginary" else x + sp.I * y
              for x, y in found]
    total = sp.Add(*values) if how == "sum" else sp.Mul(*values)
    value = sp.radsimp(sp.simplify(total))
    coeffs = [numeric.to_mp(c) for c in sp.Poly(expr, z).all_coeffs()]
    with mpmath.workdps(30):
        roots = mpmath.polyroots(coeffs, maxsteps=200, extraprec=60)
        parts = [r.real if part == "real" else r.imag if part == "imaginary" else r
                 for r in roots]
        check = mpmath.fsum(parts) if how == "sum" else mpmath.fprod(parts)
    got = numeric.to_mp(value)
    confirm.check(got is not None and numeric.near(got, check, 1e-20),
                  f"the {how} agrees with the roots found numerically")
    shown = ", ".join(f"{latex(x + sp.I * y)}" for x, y in found)
    what = f"{part} parts" if part else "solutions"
    claim = f"{latex(total)} = {latex(value)}" if len(latex(total)) < 300 else ""
    return value, [
        step("write z = a + bi", f"Put ${latex(z)} = a + bi$ with $a$, $b$ real: the real and "
             "imaginary parts of the equation must both vanish.",
             f"${latex(re_part)} = 0$ and ${latex(im_part)} = 0$, so ${latex(z)} = {shown}$.",
             ""),
        step(f"the {how} of the {what}", f"Take the {how} of the {what}.",
             f"The {how} is ${latex(value)}$.", claim)]


__all__ = ["read"]
