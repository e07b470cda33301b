"""Reader of the largest rectangle a fixed perimeter can enclose: "The perimeter of a rectangle
is 36 cm. What is its greatest possible area?", "With 60 meters of fencing, what is the largest
area a rectangular pen can have?", "A rectangle with whole-number side lengths has a perimeter
of 26 units. What is the maximum possible area?".

One number is said: the perimeter (or the fencing that goes all the way round). For any real
sides the best rectangle is the square of side P/4 (AM-GM: w(s - w) <= (s/2)^2 with s = P/2);
with whole-number sides the best widths are the two whole numbers nearest s/2. Confirmed by
another method: for real sides the vertex of w(s - w) from its derivative (and a negative
second derivative); for whole sides every whole width from 1 to s - 1 is tried. Every word must
be one this reader knows, so a fence on three sides, a wall or a river, a cost, a side relation
or a second figure declines.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import wording
from tutor.reasoning.symbolic.prealgebra.wording import NUM

_KNOWN = frozenset(
    "a an the of is are was be to in on for and that this these those what if it its given "
    "has have had with can could be enclosed enclose encloses using uses use used by will would "
    "rectangle rectangular pen garden field yard enclosure region plot lot corral playground "
    "pasture fence fencing perimeter area square maximum greatest largest biggest possible "
    "number side sides length lengths whole integer integers numbers all units unit feet foot "
    "inches inch meters meter yards yard centimeters cm m ft km kilometers miles which find "
    "there farmer whose".split())
_PLACES = "rectangle|rectangular|pen|garden|field|yard|enclosure|region|plot|lot|corral"
_UNIT_FAMILIES = [frozenset(f.split()) for f in ("feet foot ft", "inches inch", "meters meter m",
                                                  "yards yard", "centimeters cm",
                                                  "kilometers km", "miles", "units unit")]
_SIDES_WHOLE = re.compile(r"\b(?:whole[- ]number|integer) (?:side )?(?:lengths|sides)\b|"
                          r"\b(?:side lengths|sides|lengths of (?:the|its) sides) (?:are|is) "
                          r"(?:all )?(?:whole numbers|integers|an integer|a whole number)\b")


def rectangle_extremes(split: Split, template: str) -> Result | None:
    if not re.search(r"\brectang", template) or not re.search(r"\bperimeter\b|\bfenc", template) \
            or not re.search(r"\b(?:maximum|greatest|largest|biggest)\b", template) or \
            "area" not in template:
        return None
    text = re.sub(r"\s+", " ", wording.of(split, template).text).strip()
    numbers = re.findall(NUM, text)
    if len(numbers) != 1 or re.search(r"@\d+@", text):
        return None
    if not re.search(r"\b(?:maximum|greatest|largest|biggest) (?:possible )?(?:number of "
                     r"square [a-z]+ in the )?area\b|\barea\b[^.?]*\b(?:maximum|greatest|"
                     r"largest|biggest)(?: possible)?\b|\b(?:maximum|greatest|largest|biggest) "
                     r"possible (?:number of square [a-z]+ in the )?area\b", text):
        return None
    if not re.search(rf"\bperimeter(?: (?:of|is|equal|equals|to|a|an|the|this|its|{_PLACES}))* "
                     rf"{NUM}\b|{NUM} (?:[a-z]+ )?of (?:fencing|fence)\b", text):
        return None
    whole = bool(_SIDES_WHOLE.search(text))
    words = set(re.findall(r"[a-z]+", re.sub(r"#\S+", " ", text)))
    if words - _KNOWN or not whole and words & {"whole", "integer", "integers", "numbers"}:
        return None  # an unknown word, or whole sides said in a way not read
    if len({k for k, family in enumerate(_UNIT_FAMILIES) if words & family}) > 1:
        return None  # the perimeter in one unit and the area asked in another
    perimeter = wording.value(numbers[0])
    return _whole(perimeter) if whole else _real(perimeter)


def _real(perimeter: Fraction) -> Result | None:
    half = sp.Rational(perimeter.numerator, perimeter.denominator) / 2
    best = (half / 2) ** 2
    w = sp.Symbol("w", positive=True)
    area = w * (half - w)
    crit = sp.solve(sp.diff(area, w), w)
    confirm.check(len(crit) == 1 and sp.diff(area, w, 2) < 0 and area.subs(w, crit[0]) == best,
                  "the vertex of the area w(s - w) found from its derivative")
    side = half / 2
    return best, [
        step("half the perimeter", "Length plus width is half the perimeter.",
             f"$\\ell + w = {sp.latex(half)}$", sp.latex(half)),
        step("the best rectangle", "For a fixed sum, a product is largest when the two "
             "numbers are equal, so the rectangle is a square.",
             f"$w\\left({sp.latex(half)} - w\\right) \\le \\left(\\frac{{{sp.latex(half)}}}{{2}}"
             f"\\right)^2$, equal when $w = {sp.latex(side)}$", sp.latex(side)),
        step("the area", "Multiply the equal sides.",
             f"${sp.latex(side)} \\cdot {sp.latex(side)} = {sp.latex(best)}$", sp.latex(best))]


def _whole(perimeter: Fraction) -> Result | None:
    half = perimeter / 2
    if half.denominator != 1 or not 2 <= half <= 10 ** 6:
        return None  # whole sides cannot make this perimeter
    s = int(half)
    w = s // 2
    best = w * (s - w)
    confirm.check(best == max(k * (s - k) for k in range(1, s)),
                  "every whole width from 1 to half the perimeter tried")
    return sp.Integer(best), [
        step("half the perimeter", "Length plus width is half the perimeter.",
             f"$\\ell + w = {s}$", str(s)),
        step("the best rectangle", "For a fixed sum, a product of whole numbers is largest when "
             "they are as close as they can be.", f"$w = {w}$ and $\\ell = {s - w}$",
             f"{w}, {s - w}"),
        step("the area", "Multiply the sides.", f"${w} \\cdot {s - w} = {best}$", str(best))]


__all__ = ["rectangle_extremes"]
