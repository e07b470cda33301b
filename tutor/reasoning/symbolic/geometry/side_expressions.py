"""Typed reader: a polygon's sides written in one letter and its perimeter told.

"The lengths of the sides of a triangle are 7, $x+4$ and $2x+1$. The perimeter of the
triangle is 36. What is the length of the longest side?": the sides add up to the perimeter,
one linear equation in the letter; the letter's value, the longest or the shortest side is
asked. Every side must come out positive and shorter than the others together (a triangle's
inequality, a polygon's closing), the number of sides must be the polygon's, and every word
must be read (an unknown one declines). Confirmed by putting the value back into each side in
exact fractions and adding them up to the perimeter."""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.figure_measures import POLYGON_SIDES
from tutor.reasoning.symbolic.geometry.reading import COMMON, number
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_SHAPE = r"(triangle|quadrilateral|pentagon|hexagon|heptagon|octagon)"
_LIST = r"(@\d+@(?:,? @\d+@)*,? and @\d+@)"
_SIDES = [re.compile(r"\b(?:the )?(?:lengths of the )?sides of (?:a|the) " + _SHAPE +
                     r" (?:are|have lengths|measure|have lengths of) " + _LIST),
          re.compile(r"\b(?:a|the) " + _SHAPE + r" has sides (?:of lengths?|measuring) " + _LIST)]
_PERIMETER = re.compile(r"\b(?:the )?perimeter(?: of the (?:triangle|quadrilateral|pentagon|"
                        r"hexagon|heptagon|octagon))? is @(\d+)@|\b(?:has|and|with) a perimeter "
                        r"of @(\d+)@")
_ASK = re.compile(r"\b(?:what is|find) (?:the length of )?the (longest|shortest) side(?: of the "
                  r"(?:triangle|quadrilateral|pentagon|hexagon|heptagon|octagon))?|\b(?:what is|"
                  r"find) (?:the value of )?@(\d+)@")
_GLUE = FILLER | COMMON | frozenset("units unit".split())


def read_side_expressions(split: Split, template: str) -> Result | None:
    if "perimeter" not in template or "side" not in template:
        return None
    told = [m for pattern in _SIDES for m in pattern.finditer(template)]
    perimeters = list(_PERIMETER.finditer(template))
    asks = list(_ASK.finditer(template))
    if len(told) != 1 or len(perimeters) != 1 or len(asks) != 1:
        return None
    rest = template
    for m in (told[0], perimeters[0], asks[0]):
        rest = rest.replace(m.group(0), " ; ")
    if words(rest) - _GLUE or re.search(r"@\d+@", rest):
        return None
    shape = told[0].group(1)
    pieces = [int(k) for k in re.findall(r"@(\d+)@", told[0].group(2))]
    if len(pieces) != POLYGON_SIDES[shape]:
        raise Decline(f"a {shape} has {POLYGON_SIDES[shape]} sides")
    sides = [parse_latex(split.maths[k]) for k in pieces]
    if not all(isinstance(s, sp.Expr) and s.is_polynomial() for s in sides):
        raise Decline("each side a number or an expression in one letter")
    letters = set().union(*(s.free_symbols for s in sides))
    total = number(split.maths[int(perimeters[0].group(1) or perimeters[0].group(2))])
    if len(letters) != 1 or total is None or not total.is_Rational or not total.is_positive:
        raise Decline("sides in one letter and a perimeter")
    x = letters.pop()
    if any(sp.degree(s, x) > 1 for s in sides):
        raise Decline("sides linear in the letter")
    sols = sp.solve(sp.Eq(sum(sides), total), x)
    if len(sols) != 1 or not sols[0].is_Rational:
        raise Decline("the perimeter fixes the letter")
    value = sols[0]
    lengths = [sp.Rational(s.subs(x, value)) for s in sides]
    whole = sum(lengths)
    if any(length <= 0 or 2 * length >= whole for length in lengths):
        raise Decline("sides that do not close up into the polygon")
    _confirm(sides, x, value, total)
    asked = asks[0]
    if asked.group(2):
        name = parse_latex(split.maths[int(asked.group(2))])
        if name != x:
            raise Decline("the letter asked is not the sides' letter")
        answer = value
    else:
        answer = max(lengths) if asked.group(1) == "longest" else min(lengths)
    equation = " + ".join(f"({latex(s)})" for s in sides) + f" = {latex(total)}"
    found = f"{latex(x)} = {latex(value)}"
    shown = ", ".join(latex(length) for length in lengths)
    return answer, [
        step("add the sides", "The sides add up to the perimeter.", f"${equation}$"),
        step("solve for the letter", "Solve the linear equation.", f"${found}$", found),
        step("the sides", f"Put ${found}$ into each side: {shown}.", f"${shown}$")]


def _confirm(sides: list[sp.Expr], x: sp.Symbol, value: sp.Rational, total: sp.Basic) -> None:
    """Each side at the value in Python fractions, added up."""
    v = Fraction(int(value.p), int(value.q))
    got = Fraction(0)
    for s in sides:
        coeffs = sp.Poly(s, x).all_coeffs()[::-1]
        got += sum(Fraction(int(sp.Rational(c).p), int(sp.Rational(c).q)) * v ** k
                   for k, c in enumerate(coeffs))
    confirm.check(got == Fraction(int(sp.Rational(total).p), int(sp.Rational(total).q)),
                  "the sides at the value found add up to the perimeter, in fractions")


__all__ = ["read_side_expressions"]
