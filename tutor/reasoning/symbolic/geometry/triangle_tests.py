"""Yes-or-no questions about three lengths as a triangle's sides: "A triangle has sides 5, 12
and 13. Is it a right triangle?", "Is a triangle with sides 6, 8 and 11 acute?", "Can 3, 4
and 8 be the sides of a triangle?", "Do 9, 40 and 41 form a right triangle?".

A triangle exists when each side is shorter than the other two together; its largest angle
is right, acute or obtuse as the square of the longest side equals, is less than or is more
than the sum of the other two squares (the converse of Pythagoras). Confirmed independently:
the largest angle from the law of cosines at 50 digits (mpmath), and the sums compared both
exactly (SymPy) and numerically. A triangle said to have sides that cannot make one declines.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.number_theory.yes_no_facts import NO, YES
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

_L = r"@(?P<a>\d+)@,? @(?P<b>\d+)@,? (?:and )?@(?P<c>\d+)@"
_KIND = r"(?P<kind>right|acute|obtuse)(?:[- ]angled)?"
_END = r"\s*[?.]?$"
_FORMS = [re.compile(p) for p in (
    rf"^(?:a|the) triangle has sides(?: of lengths?)? {_L}\s*[.,;] is (?:it|the triangle|this "
    rf"triangle) (?:an? )?{_KIND}(?: triangle)?{_END}",
    rf"^is (?:a|the) triangle with sides(?: of lengths?)? {_L},? (?:an? )?{_KIND}"
    rf"(?: triangle)?{_END}",
    rf"^(?:can|could|do|does|will) (?:the lengths |the numbers |the sides )?{_L} (?:be the "
    rf"(?:side lengths|sides|lengths of the sides) of|form|make) an? (?:{_KIND} )?triangle{_END}",
)]


def read(split: Split, template: str) -> Result | None:
    body = re.sub(r"\s+", " ", template.lower()).strip()
    if "triangle" not in body:
        return None
    m = next((m for p in _FORMS if (m := p.match(body))), None)
    if m is None or len(split.maths) != 3:
        return None
    sides = [parse_latex(split.maths[int(m.group(k))]) for k in "abc"]
    if any(not isinstance(s, sp.Expr) or s.free_symbols or not s.is_positive for s in sides):
        raise Decline("three positive lengths")
    a, b, c = sorted(sides, key=lambda s: float(sp.N(s, 30)))
    said_triangle = body.startswith(("a triangle", "the triangle", "is a", "is the"))
    exists = sp.simplify(a + b - c).is_positive
    if exists is None:
        raise Decline("sides too close to compare surely")
    with mpmath.workdps(50):
        na, nb, nc = (mpmath.mpf(str(sp.N(s, 60))) for s in (a, b, c))
        confirm.check(exists == (na + nb - nc > mpmath.mpf(10) ** -40),
                      "the triangle inequality, exactly and at 50 digits")
    shown = [latex(s) for s in (a, b, c)]
    if not exists:
        if said_triangle:
            raise Decline("no triangle has these sides")
        claim = f"{shown[0]} + {shown[1]} = {latex(sp.nsimplify(a + b))}"
        return NO, [step("check the triangle inequality", "The two shorter sides together must "
                         "be longer than the longest.", f"${claim}$, not more than "
                         f"${shown[2]}$: no triangle.", claim)]
    kind = m.group("kind")
    if kind is None:
        claim = f"{shown[0]} + {shown[1]} = {latex(sp.nsimplify(a + b))}"
        return YES, [step("check the triangle inequality", "The two shorter sides together "
                          "must be longer than the longest.", f"${claim}$, more than "
                          f"${shown[2]}$: a triangle.", claim)]
    gap = sp.simplify(a ** 2 + b ** 2 - c ** 2)
    sign = 0 if gap == 0 else 1 if gap.is_positive else -1 if gap.is_negative else None
    if sign is None:
        raise Decline("the squares too close to compare surely")
    with mpmath.workdps(50):
        angle = mpmath.degrees(mpmath.acos((na ** 2 + nb ** 2 - nc ** 2) / (2 * na * nb)))
        numeric = 0 if abs(angle - 90) < mpmath.mpf(10) ** -35 else 1 if angle < 90 else -1
    confirm.check(numeric == sign, "the largest angle by the law of cosines at 50 digits")
    holds = {"right": sign == 0, "acute": sign == 1, "obtuse": sign == -1}[kind]
    squares = f"{_square(shown[0])} + {_square(shown[1])} = {latex(sp.simplify(a**2 + b**2))}"
    longest = f"{_square(shown[2])} = {latex(sp.simplify(c ** 2))}"
    verdict = {0: "equal: the largest angle is right", 1: "the sum is larger: every angle is "
               "acute", -1: "the sum is smaller: the largest angle is obtuse"}[sign]
    return (YES if holds else NO), [
        step("compare the squares", "By the converse of Pythagoras' theorem, compare the "
             "square of the longest side with the other two squares together.",
             f"${squares}$ and ${longest}$; {verdict}.", f"{squares}, {longest}")]


def _square(side: str) -> str:
    return f"{side}^2" if re.fullmatch(r"\d+", side) else f"\\left({side}\\right)^2"


__all__ = ["read"]
