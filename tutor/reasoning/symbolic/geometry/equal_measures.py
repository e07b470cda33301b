"""Typed reader: one figure fixed by one length (a circle, a square, a cube, a sphere, an
equilateral triangle) whose two measures are numerically equal (or one is twice, three
times ... the other); a third measure asked. "The
area of a circle is numerically equal to its circumference. What is the radius of the
circle?", "The number of inches in the perimeter of an equilateral triangle equals the number
of square inches in its area. What is the length of a side?", "A sphere's volume is
numerically equal to its surface area. What is its diameter?".

Each measure is a formula in the figure's one length (`figure_measures.FIGURES`); setting
the two equal gives one positive length. Confirmed by substitution at 50 digits: the two
measures are equal at the length found, and no other positive length makes them equal (the
sign of their difference changes there and nowhere else on a grid). Two measures of the
same kind (two lengths) are never equal as numbers only: declined.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry import figure_measures as fm
from tutor.reasoning.symbolic.geometry.reading import sentences
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_FIGURES = {"equilateral triangle": "equilateral_triangle", "circle": "circle",
            "square": "square", "cube": "cube", "sphere": "sphere"}
_FIGURE = re.compile(r"\b(equilateral triangle|circle|square|cube|sphere)(?:'s)?\b")
_UNITS = (r"(?:units?|inches|feet|centimeters?|meters?|cm|m|yards?|millimeters?|mm|miles?|"
          r"kilometers?|km)")
_SIDE = (r"(?:(?:the )?length of (?:one of (?:its|the) (?:sides|edges)|(?:a|one|each|its|the) "
         r"(?:side|edge))|(?:its |the )?(?:side|edge) length|(?:its |the |a |one |each )?"
         r"(?:side|edge))")
_MEASURE = re.compile(
    rf"(?P<surface_area>(?:total )?surface area)|(?P<area>area)|(?P<perimeter>perimeter)|"
    rf"(?P<circumference>circumference)|(?P<volume>volume)|(?P<side>{_SIDE})|"
    r"(?P<radius>radius)|(?P<diameter>diameter)|(?P<height>height|altitude)|"
    r"(?P<diagonal>(?:space )?diagonal)")
_EQUAL = re.compile(r"\b(?:(?:is|are) numerically equal(?: to)?|equals?|(?:is|are) equal to)\b")
# "numerically equal to three times its surface area": the second measure times k
_FACTOR = {"twice": sp.Integer(2), "double": sp.Integer(2), "half": sp.Rational(1, 2),
           "two times": sp.Integer(2), "three times": sp.Integer(3), "four times": sp.Integer(4),
           "five times": sp.Integer(5), "six times": sp.Integer(6)}
_TIMES = re.compile(r"\b(twice|double|half|(?:two|three|four|five|six) times)\b(?= (?:the |its |"
                    r"one )?[a-z])")
_GLUE = FILLER | frozenset("numerically equal equals number one sides edges how long what "
                           "length".split())


def _plain(template: str) -> str:
    """Lower case, "the number of square inches in its area" -> "its area", "(in square
    units)" dropped."""
    text = template.lower()
    text = re.sub(rf"\(?,? ?in (?:square |cubic )?{_UNITS},?\)?", " ", text)
    text = re.sub(rf"\bthe number of (?:square |cubic )?{_UNITS} in\b", " ", text)
    return re.sub(r"\s+", " ", text)


def _measures(text: str) -> list[str]:
    return [m.lastgroup for m in _MEASURE.finditer(text) if m.lastgroup]


def read_equal_measures(split: Split, template: str) -> Result | None:
    if "equal" not in template or re.search(r"@\d+@", template):
        return None
    # "If the area is numerically equal to ..., what is ...?": the condition, then the question
    plain = re.sub(r"^if (.+?), (what|find|how) ", r"\1. \2 ", _plain(template).strip())
    parts = sentences(plain)
    if len(parts) != 2 or not _EQUAL.search(parts[0]):
        return None
    figures = {f for s in parts for f in _FIGURE.findall(s)}
    if len(figures) != 1:
        return None
    kind = _FIGURES[figures.pop()]
    table = fm.FIGURES[kind]
    times = _TIMES.findall(parts[0])
    if len(times) > 1:
        return None
    k = _FACTOR[times[0]] if times else sp.S.One
    parts[0] = _TIMES.sub(" ", parts[0])
    told, asked = _measures(parts[0]), _measures(parts[1])
    rest = [_MEASURE.sub(" ", _EQUAL.sub(" ", _FIGURE.sub(" ", s))) for s in parts]
    if len(told) != 2 or len(asked) != 1 or any(words(s) - _GLUE for s in rest):
        return None
    if any(q not in table for q in (*told, *asked)):
        raise Decline(f"a measure a {kind.replace('_', ' ')} does not have")
    (x,) = table[told[0]].free_symbols
    gap = sp.simplify(table[told[0]] - k * table[told[1]])
    roots = [v for v in sp.solve(gap, x) if v.is_positive]
    if len(roots) != 1:
        raise Decline("the two measures are equal for no single size")
    size = sp.radsimp(roots[0])
    value = sp.radsimp(sp.simplify(table[asked[0]].subs(x, size)))
    f = sp.lambdify(x, gap, "mpmath")
    grid = [size * k / 8 for k in range(1, 33)]  # the size itself at k = 8
    signs = [sp.sign(sp.N(f(g), 50)) for g in grid if g != size]
    confirm.check(abs(sp.N(gap.subs(x, size), 50)) < sp.Float(10) ** -40 and
                  sum(1 for a, b in zip(signs, signs[1:], strict=False) if a != b) == 1,
                  "the two measures are equal at the size found, and only there")
    name = kind.replace("_", " ")
    a, b = table[told[0]], k * table[told[1]]
    claim = f"{latex(a)} = {latex(b)} \\Rightarrow {latex(x)} = {latex(size)}"
    return value, [
        step("write both measures in one length", f"For a {name} with {latex(x)} its "
             f"{'radius' if x == fm.r else 'side'}, the {told[0].replace('_', ' ')} is "
             f"${latex(a)}$ and the {told[1].replace('_', ' ')} is ${latex(b)}$; set them "
             "equal.", f"${claim}$", claim),
        step(f"find the {asked[0].replace('_', ' ')}", "Put the length found into the "
             "formula.", f"${latex(table[asked[0]])} = {latex(value)}$",
             f"{latex(table[asked[0]].subs(x, size))} = {latex(value)}")]


__all__ = ["read_equal_measures"]
