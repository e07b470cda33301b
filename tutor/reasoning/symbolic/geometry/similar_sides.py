"""Typed reader: a triangle told by its three sides and a similar triangle told by one measure.

"A triangle has sides 5, 7 and 9. A similar triangle has a shortest side of 15. What is its
perimeter?", "The sides of a triangle are 6, 8 and 10; the longest side of a similar triangle
is 25. Find the length of its shortest side.", "Two sides of an isosceles triangle are 10 and
20 (the third is 20: 10, 10, 20 is no triangle). A similar triangle's shortest side is 50.
What is its perimeter?": the first triangle's sides fix its shortest and longest side and its
perimeter (its area by Heron's formula); the one measure given of the similar triangle fixes
the scale factor k; the asked measure is the first's times k (k^2 for the area). An isosceles
triangle whose two lengths allow both third sides declines; so does any word not read here.
Confirmed by scaling the three sides and measuring the new triangle again (area by the
shoelace formula of coordinates built from the sides)."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.figure_wording import spelled_numbers
from tutor.reasoning.symbolic.geometry.reading import number
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_U = (r"(?:\s(?:units?|inches|inch|feet|foot|centimeters?|meters?|cm|m|mm|yards?|miles?))?")
_N = r"@(\d+)@" + _U
_FIRST = [  # the first triangle's sides
    re.compile(r"^(?:a|the) triangle (?:has|with) (?:sides|side lengths)(?: of (?:lengths?|"
               r"measures?))? " + _N + r", " + _N + r",? and " + _N + r"\. "),
    re.compile(r"^the (?:sides|side lengths|lengths of the sides) of a triangle (?:are|measure) "
               + _N + r", " + _N + r",? and " + _N + r"[.;,] "),
]
_ISOSCELES = re.compile(r"^(?:the lengths of )?(?:two|@(?P<two>\d+)@) (?:of the )?sides of an "
                        r"isosceles triangle (?:are|measure|have lengths|are of lengths?) " + _N
                        + r" and " + _N + r"[.;,] ")
_MEASURE = r"(shortest side|longest side|smallest side|largest side|perimeter|area)"
_SECOND = [  # the similar triangle's one measure
    re.compile(r"^(?:if )?(?:a|the) similar triangle(?: has a| has an| has| with a| with an|"
               r" with) " + _MEASURE + r" (?:of |that is |measuring )?" + _N + r"(?:\s?square "
               r"\w+)?[.,] "),
    re.compile(r"^(?:if )?the " + _MEASURE + r" of a similar triangle (?:is|measures) " + _N +
               r"(?:\s?square \w+)?[.,] "),
]
_ASK = re.compile(r"^(?:what is|find|compute|determine|how long is) (?:the (?:length of "
                  r"(?:the |its )?)?|its )?" + _MEASURE + r"(?: of (?:the|this) (?:similar |"
                  r"larger |second |new |smaller )?triangle)?(?:, in [a-z ]+)?\s*[?.]$")


def read_similar_sides(split: Split, template: str) -> Result | None:
    if "similar" not in template or "triangle" not in template:
        return None
    split, text = spelled_numbers(split, template.strip())
    sides, text = _first(split, text)
    if sides is None:
        return None
    m = next((m for p in _SECOND if (m := p.match(text))), None)
    if m is None:
        return None
    given, value = _name(m.group(1)), _value(split, m.group(2))
    ask = _ASK.match(text[m.end():].strip())
    if ask is None:
        return None
    asked = _name(ask.group(1))
    own = _measures(sides)
    k = sp.sqrt(value / own["area"]) if given == "area" else value / own[given]
    k = sp.nsimplify(sp.simplify(k))
    which = re.search(r"\b(larger|smaller)\b", ask.group(0))
    if k == 1 or which and (which.group(1) == "larger") != bool(k > 1):
        raise Decline("the triangle asked is not the similar one")
    answer = sp.simplify(own[asked] * (k**2 if asked == "area" else k))
    _confirm(sides, k, asked, answer)
    return answer, _steps(sides, own, given, value, k, asked, answer)


def _name(word: str) -> str:
    return {"smallest side": "shortest side", "largest side": "longest side"}.get(word, word)


def _value(split: Split, i: str) -> sp.Expr:
    v = number(split.maths[int(i)])
    if v is None or not v.is_positive:
        raise Decline("a positive length for each side")
    return sp.nsimplify(v)


def _first(split: Split, text: str) -> tuple[list[sp.Expr] | None, str]:
    m = next((m for p in _FIRST if (m := p.match(text))), None)
    if m is not None:
        sides = sorted(_value(split, g) for g in m.groups())
    else:
        m = _ISOSCELES.match(text)
        if m is None or m.group("two") and split.maths[int(m.group("two"))].strip() != "2":
            return None, text
        a, b = sorted(_value(split, g) for g in m.groups()[1:])
        if a == b:
            raise Decline("the two sides told are equal: the third is not fixed")
        options = [s for s in ([a, a, b], [a, b, b]) if s[0] + s[1] > s[2]]
        if len(options) != 1:
            raise Decline("both third sides make a triangle")
        sides = options[0]
    if sides[0] + sides[1] <= sides[2]:
        raise Decline("the three lengths make no triangle")
    return sides, text[m.end():]


def _measures(sides: list[sp.Expr]) -> dict[str, sp.Expr]:
    a, b, c = sides
    s = (a + b + c) / 2
    area = sp.sqrt(sp.nsimplify(s * (s - a) * (s - b) * (s - c)))
    return {"shortest side": a, "longest side": c, "perimeter": a + b + c, "area": area}


def _confirm(sides: list[sp.Expr], k: sp.Expr, asked: str, answer: sp.Expr) -> None:
    """Scale the sides by k, build the triangle in coordinates and measure it again."""
    with mpmath.workdps(40):
        a, b, c = (mpmath.mpf(str(sp.N(x * k, 45))) for x in sides)
        x = (a**2 + c**2 - b**2) / (2 * c)  # the vertex opposite c, from (0,0) and (c,0)
        y = mpmath.sqrt(a**2 - x**2)
        got = {"shortest side": min(a, b, c), "longest side": max(a, b, c),
               "perimeter": a + b + c, "area": abs(c * y) / 2}[asked]
        want = mpmath.mpf(str(sp.N(answer, 45)))
        ok = abs(got - want) < mpmath.mpf(10) ** -25 * max(1, abs(want))
    confirm.check(ok, "the similar triangle built from the scaled sides has the asked measure")


def _steps(sides: list[sp.Expr], own: dict, given: str, value: sp.Expr, k: sp.Expr,
           asked: str, answer: sp.Expr) -> list:
    listed = ", ".join(latex(s) for s in sides)
    ratio = f"\\sqrt{{\\frac{{{latex(value)}}}{{{latex(own['area'])}}}}}" if given == "area" \
        else f"\\frac{{{latex(value)}}}{{{latex(own[given])}}}"
    power = "k^{2}" if asked == "area" else "k"
    return [
        step("read the first triangle", "Its sides, from shortest to longest.",
             f"The sides are ${listed}$; its {given} is ${latex(own[given])}$.",
             f"{latex(own[given])}"),
        step("find the scale factor", f"The similar triangle's {given} over the first's"
             + (" (areas scale by k^2)." if given == "area" else "."),
             f"$k = {ratio} = {latex(k)}$", f"k = {ratio} = {latex(k)}"),
        step(f"scale the {asked}", f"The {asked} scales by ${power}$.",
             f"${latex(own[asked])} \\cdot {latex(k**2 if asked == 'area' else k)} = "
             f"{latex(answer)}$",
             f"{latex(own[asked])} \\cdot {latex(k**2 if asked == 'area' else k)} = "
             f"{latex(answer)}"),
    ]


__all__ = ["read_similar_sides"]
