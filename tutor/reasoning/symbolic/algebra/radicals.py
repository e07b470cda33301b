"""Typed reader: a number with square roots written with a rational denominator, or a
product of roots named as a positive integer.

"Rationalize the denominator: $\\frac{3}{\\sqrt{5} - 2}$", "Simplify and rationalize the
denominator: ...", "Rationalize the denominator of $\\frac{6}{\\sqrt{12}}$", "Simplify the
fraction by rationalizing the denominator: ...", "What is $\\sqrt[3]{27} \\cdot \\sqrt{16}$
expressed as a positive integer?". SymPy's `radsimp` multiplies by conjugates; the result
must have an integer denominator (cube roots in a denominator are declined), and it is
confirmed by evaluating the original numerically (`confirm.value`).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.expressions import final_value
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

_RATIONALIZE = re.compile(
    r"^(?:(?:simplify|simplify the fraction) (?:and|by) )?rationaliz(?:e|ing) the denominator"
    r"(?: and simplify)?(?: of| in)?:? @(?P<e>\d+)@[.?]?$"
    r"|^simplify @(?P<e2>\d+)@ by rationalizing the denominator[.?]?$")
_INTEGER = re.compile(r"^(?:what is|find|compute|evaluate) @(?P<e>\d+)@ (?:expressed|written) "
                      r"as an? (?:positive )?integer[.?]?$")


def read_radicals(split: Split, template: str) -> Result | None:
    tmpl = template.lower().strip()
    if (m := _RATIONALIZE.match(tmpl)):
        return _rationalized(split.maths[int(m.group("e") or m.group("e2"))])
    if (n := _INTEGER.match(tmpl)):
        return _integer(split.maths[int(n.group("e"))], "positive" in tmpl)
    return None


def _rationalized(src: str) -> Result:
    e = parse_latex(src)
    if not isinstance(e, sp.Expr) or e.free_symbols or not e.is_number:
        raise Decline("a number with roots")
    if any(p.exp.is_Rational and p.exp.q > 2 for p in e.atoms(sp.Pow)):
        raise Decline("roots other than square roots")
    value = sp.radsimp(sp.simplify(sp.radsimp(final_value(e))))
    den = sp.fraction(sp.together(value))[1]
    if not den.is_Integer or value.has(sp.zoo, sp.nan):
        raise Decline("the denominator is not rational after simplifying")
    confirm.value(e, value, "the rationalised form")
    claim = f"{src} = {latex(value)}"
    return value, [step("rationalise the denominator", "Multiply the top and bottom by the "
                        "conjugate of the denominator, then simplify.", f"${claim}$", claim)]


def _integer(src: str, positive: bool) -> Result:
    e = parse_latex(src)
    if not isinstance(e, sp.Expr) or e.free_symbols or not e.is_number:
        raise Decline("a number")
    value = sp.simplify(final_value(e))
    if not value.is_Integer or (positive and not value.is_positive):
        raise Decline("not an integer of the kind asked")
    confirm.value(e, value)
    claim = f"{src} = {latex(value)}"
    return value, [step("evaluate the roots", "Each root of a perfect power is a whole number.",
                        f"${claim}$", claim)]


__all__ = ["read_radicals"]
