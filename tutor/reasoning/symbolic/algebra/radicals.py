"""Typed reader: a number with square roots written with a rational denominator, or a
product of roots named as a positive integer.

"Rationalize the denominator: $\\frac{3}{\\sqrt{5} - 2}$", "Simplify and rationalize the
denominator: ...", "Rationalize the denominator of $\\frac{6}{\\sqrt{12}}$", "Simplify the
fraction by rationalizing the denominator: ...", "Rationalise 2/(sqrt(5) - 1)", "What is
$\\sqrt[3]{27} \\cdot \\sqrt{16}$ expressed as a positive integer?". SymPy's `radsimp`
multiplies by conjugates; the result must have an integer denominator (cube roots in a
denominator are declined), and it is confirmed by evaluating the original numerically
(`confirm.value`).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.expressions import final_value
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_RATIONALIZE = re.compile(
    r"^(?:(?:simplify|simplify the fraction) (?:and|by) )?rationali[sz](?:e|ing)"
    r"(?: the denominator)?(?: and simplify)?(?: of| in)?:? @(?P<e>\d+)@[.?]?$"
    r"|^simplify @(?P<e2>\d+)@ by rationali[sz]ing the denominator[.?]?$")
_INTEGER = re.compile(r"^(?:what is|find|compute|evaluate) @(?P<e>\d+)@ (?:expressed|written) "
                      r"as an? (?:positive )?integer[.?]?$")

# "Reduce E to simplest radical form", "Put E in simplest radical form", "What is E in
# simplest radical form?": one number with roots, written in simplest radical form
_SIMPLEST = re.compile(r"\b(?:in|to|into) (?:its )?(?:simplest|simplified|lowest) (?:radical )?"
                       r"form\b")
_SIMPLEST_WORDS = frozenset(
    "simplify reduce put write express rewrite convert give leave simplest simplified lowest "
    "radical form in to into its completely fully number".split())


def read_radicals(split: Split, template: str) -> Result | None:
    tmpl = template.lower().strip()
    pieces = set(re.findall(r"@(\d+)@", tmpl))
    if _SIMPLEST.search(tmpl) and len(pieces) == 1 and words_within(tmpl, _SIMPLEST_WORDS) \
            and "\\sqrt" in split.maths[int(pieces.pop())]:
        return _simplest(split.maths[int(re.findall(r"@(\d+)@", tmpl)[0])])
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


def _simplest(src: str) -> Result:
    e = parse_latex(src)
    if not isinstance(e, sp.Expr) or e.free_symbols or not e.is_number:
        raise Decline("a number with roots")
    value = sp.radsimp(final_value(e))
    if sp.fraction(sp.together(value))[1].has(sp.Pow):
        raise Decline("a root left in a denominator")
    confirm.value(e, value, "the simplest radical form")
    claim = f"{src} = {latex(value)}"
    return value, [step("take out square factors", "Write each number under a root as a "
                        "perfect power times the rest, and take the perfect power out.",
                        f"${claim}$", claim)]


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
