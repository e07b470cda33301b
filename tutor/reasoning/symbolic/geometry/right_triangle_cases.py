"""Typed reader: a right triangle with two sides given but not which ones, so two triangles
are possible.

"What is the smallest possible area of a right triangle with two sides measuring 6 and 10?",
"Two sides of a right triangle are 5 and 12: the largest possible length of the third side?",
"... the product of the possible lengths of the third side?". With sides a < b, either both
are legs (the third side is the hypotenuse, sqrt(a^2 + b^2)) or b is the hypotenuse (the
third side is the leg sqrt(b^2 - a^2)); two equal sides can only be the legs. The asked
measure (third side, area, perimeter) is taken over the possible triangles: the smallest,
the largest, their sum or product. Confirmed by checking Pythagoras on each triangle at 30
digits and picking the extreme again in floating point with a clear gap."""

from __future__ import annotations

import math
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import COMMON, number, places
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

VOCAB = COMMON | frozenset(
    "right triangle two sides side of lengths length measure measures measuring are is has "
    "with the third possible smallest least minimum largest greatest maximum area perimeter "
    "product sum all how long can be m km ft".split())
_GIVEN = re.compile(r"\btwo (?:of (?:its|the) )?sides\b|\bsides of (?:lengths? )?@\d+@"
                    r"(?: units| cm| inches| feet| meters)? and @\d+@")
_ASK = re.compile(r"\b(?:(?P<ext>smallest|least|minimum|largest|greatest|maximum) possible "
                  r"(?P<what>(?:length of (?:the|its) )?third side|area|perimeter)|(?P<agg>"
                  r"product|sum) of (?:all )?(?:the )?possible lengths of (?:the|its) third "
                  r"side)\b")
_LOW = frozenset({"smallest", "least", "minimum"})


def read_right_triangle_cases(split: Split, template: str) -> Result | None:
    if "right triangle" not in template or not _GIVEN.search(template):
        return None
    if not words_within(template, VOCAB) or "legs" in words(template):
        return None
    asks = list(_ASK.finditer(template))
    if len(asks) != 1:
        raise Decline("one measure over the possible triangles asked")
    read = [number(split.maths[i]) for i in dict.fromkeys(places(template))]
    values = [v for v in read if v is not None and v.is_positive]
    if len(values) != 2 or len(read) != 2:
        raise Decline("two positive side lengths expected")
    a, b = sorted(values, key=float)
    triangles = [(a, b, sp.sqrt(a**2 + b**2))]
    if a != b:
        triangles.append((a, sp.sqrt(b**2 - a**2), b))
    m = asks[0]
    what = "third" if m.group("agg") or "third" in (m.group("what") or "") else m.group("what")
    thirds = [t[2] for t in triangles[:1]] + [t[1] for t in triangles[1:]]
    measures = [sp.radsimp(_measure(t, what, x)) for t, x in zip(triangles, thirds, strict=True)]
    for leg1, leg2, hyp in triangles:
        confirm.check(abs(sp.N(leg1**2 + leg2**2 - hyp**2, 30)) < 1e-20,
                      "each possible triangle satisfies Pythagoras")
    if m.group("agg"):
        value = sp.nsimplify(sp.expand(sp.Mul(*measures) if m.group("agg") == "product"
                                       else sp.Add(*measures)))
        floats = [float(sp.N(x, 30)) for x in measures]
        check = math.prod(floats) if m.group("agg") == "product" else sum(floats)
        confirm.check(abs(check - float(value)) <= 1e-9 * max(1.0, abs(check)),
                      f"the {m.group('agg')} agrees in floating point")
    else:
        low = m.group("ext") in _LOW
        floats = [float(sp.N(x, 30)) for x in measures]
        k = min(range(len(floats)), key=floats.__getitem__) if low else \
            max(range(len(floats)), key=floats.__getitem__)
        if len(floats) == 2 and abs(floats[0] - floats[1]) < 1e-9:
            raise Decline("the two triangles give the same measure")
        value = measures[k]
        exact = (sp.Min if low else sp.Max)(*measures)
        confirm.check(sp.simplify(exact - value) == 0,
                      "the exact comparison picks the same triangle")
    return value, _steps(triangles, measures, what, value)


def _measure(t: tuple[sp.Basic, sp.Basic, sp.Basic], what: str, third: sp.Basic) -> sp.Basic:
    leg1, leg2, hyp = t
    if what == "area":
        return leg1 * leg2 / 2
    if what == "perimeter":
        return leg1 + leg2 + hyp
    return third


def _steps(triangles: list, measures: list, what: str, value: sp.Basic) -> list[Step]:
    cases = "; ".join(f"legs ${latex(t[0])}$ and ${latex(t[1])}$, hypotenuse ${latex(t[2])}$"
                      for t in triangles)
    said = {"third": "third side", "area": "area", "perimeter": "perimeter"}[what]
    listed = ", ".join(f"${latex(x)}$" for x in measures)
    return [step("list the possible triangles", "The longest side of a right triangle is its "
                 "hypotenuse: either both given sides are legs, or the longer one is the "
                 "hypotenuse.", cases, ""),
            step(f"find each {said}", f"The {said} of each possible triangle.", listed, ""),
            step("answer", "Take the measure asked over the possible triangles.",
                 f"${latex(value)}$", "")]


__all__ = ["VOCAB", "read_right_triangle_cases"]
