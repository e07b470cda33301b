"""Typed reader: the angles of a polygon forming an arithmetic sequence.

"The angles of a quadrilateral form an arithmetic sequence. If the largest angle is 130
degrees, what is the smallest angle?", "The consecutive angles of a trapezoid form an
arithmetic sequence; the smallest measures 50 degrees. What is the largest?", "The interior
angles of a pentagon form an arithmetic progression with common difference 10 degrees. Find
the largest angle.": n angles a, a + d, ..., a + (n - 1) d add up to (n - 2) 180 degrees, so
the smallest and the largest add up to twice the mean angle, (n - 2) 360 / n. One more fact
(the smallest, the largest, the middle one of an odd count, or the common difference) fixes
the sequence; the asked one of those is given. Every angle must lie strictly between 0 and 180
degrees (a convex polygon; a triangle's angles are positive anyway). Confirmed by listing the
n angles in exact fractions and adding them up against the polygon's angle sum."""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.figure_measures import POLYGON_SIDES
from tutor.reasoning.symbolic.geometry.reading import DEGREES, number
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_SHAPES = "|".join(sorted([*POLYGON_SIDES, "trapezoid", "parallelogram"], key=len, reverse=True))
_SEQUENCE = re.compile(r"\b(?:the )?(?:(?:degree )?measures of (?:the )?)?(?:consecutive |"
                       r"interior )?angles of (?:a|an|the|this|one|some) (?:particular |convex |"
                       r"certain )?(" + _SHAPES + r") (?:form|are in|make) (?:an )?arithmetic "
                       r"(?:sequence|progression)")
_ROLE = r"(smallest|largest|greatest|least|middle|biggest)"
_TOLD = [
    re.compile(r"\b(?:if )?(?:the )?(?:measure of (?:the|its) )?" + _ROLE + r"(?: angle)? "
               r"(?:is|measures|has (?:a )?measure(?: of)?|equals) @(\d+)@(?: degrees)?"),
    re.compile(r"\b(?:with )?(?:a |the )?common difference(?: of| is)? @(\d+)@(?: degrees)?"),
]
_ASK = re.compile(r"\b(?:what is|find|determine) (?:the )?(?:(?:degree )?measure of (?:the )?|"
                  r"number of degrees in (?:the )?)?(?:" + _ROLE + r"(?: angle)?|(common "
                  r"difference))")
_GLUE = FILLER | frozenset("degrees degree in measure".split())
_SAME = {"greatest": "largest", "biggest": "largest", "least": "smallest"}


def read_angle_sequence(split: Split, template: str) -> Result | None:
    if "arithmetic" not in template or "angle" not in template:
        return None
    seq = _SEQUENCE.search(template)
    told = [(m, k) for k, p in enumerate(_TOLD) for m in p.finditer(template)]
    ask = _ASK.search(template)
    if seq is None or ask is None or len(told) != 1:
        return None
    rest = template
    for m in (seq, told[0][0], ask):
        rest = rest.replace(m.group(0), " ; ")
    if words(rest) - _GLUE or re.search(r"@\d+@", rest):
        return None
    shape = seq.group(1)
    n = POLYGON_SIDES.get(shape, 4)
    m, which = told[0]
    src = DEGREES.fullmatch(split.maths[int(m.groups()[-1])])
    value = number(src.group(1)) if src else None
    if value is None or not value.is_Rational:
        raise Decline("an angle or a difference in degrees")
    a, d = sp.symbols("a d")
    mean = sp.Rational((n - 2) * 180, n)
    eqs = [sp.Eq(a + (n - 1) * d / 2, mean)]  # the n angles add up to (n - 2) 180
    role = "difference" if which == 1 else _SAME.get(m.group(1), m.group(1))
    if role == "middle" and n % 2 == 0:
        raise Decline("an even number of angles has no middle one")
    told_is = {"smallest": a, "largest": a + (n - 1) * d, "middle": a + (n - 1) * d / 2,
               "difference": d}[role]
    eqs.append(sp.Eq(told_is, value))
    sol = sp.solve(eqs, [a, d], dict=True)
    if len(sol) != 1:
        raise Decline("the sequence is not fixed")
    first, diff = sol[0][a], sol[0][d]
    angles = [first + k * diff for k in range(n)]
    if not all(0 < x < 180 for x in angles) or diff < 0:
        raise Decline("every angle of the polygon between 0 and 180 degrees")
    asked = "difference" if ask.group(2) else _SAME.get(ask.group(1), ask.group(1))
    if asked == role or asked == "middle" and n % 2 == 0:
        raise Decline("the angle asked is the one told")
    answer = {"smallest": angles[0], "largest": angles[-1], "middle": angles[n // 2],
              "difference": diff}[asked]
    total = sum((Fraction(int(x.p), int(x.q)) for x in angles), Fraction(0))
    confirm.check(total == (n - 2) * 180, "the angles listed add up to the polygon's angle sum")
    listed = ", ".join(latex(x) for x in angles)
    sum_claim = f"{' + '.join(latex(x) for x in angles)} = {(n - 2) * 180}"
    return answer, [
        step("the angle sum", f"A {shape}'s {n} angles add up to $({n} - 2) \\cdot 180^\\circ = "
             f"{(n - 2) * 180}^\\circ$; in an arithmetic sequence the smallest and the largest "
             f"add up to twice the mean, ${latex(2 * mean)}^\\circ$.",
             f"$a + (a + {n - 1}d) = {latex(2 * mean)}$"),
        step("the angles", f"With the {role} told, the angles are {listed} (degrees).",
             f"${sum_claim}$", sum_claim)]


__all__ = ["read_angle_sequence"]
