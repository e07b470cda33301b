"""Reader of several squares or circles given by one measure each and asked about another,
added up or averaged: "The areas of three squares are 16, 49 and 169. What is the average
of their side lengths?", "The areas of two squares are 25 and 144. What is the sum of their
perimeters?", "Two circles have circumferences 6 pi and 10 pi. What is the sum of their
areas?".

A square is its side s (area s^2, perimeter 4s, diagonal s sqrt 2); a circle its radius r
(area pi r^2, circumference 2 pi r, diameter 2r). Each given value fixes one shape (a
positive side or radius); the asked measure of each is combined by the sum, the mean
(average), the product or the positive difference (two shapes). Each measure is computed
from the solved size and the given value recomputed from it exactly (SymPy), and the
combination again at 30 digits.
"""

from __future__ import annotations

import math
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

S = sp.Symbol("s", positive=True)
_MEASURES = {
    "square": {"area": S**2, "perimeter": 4 * S, "side length": S, "side": S,
               "diagonal": S * sp.sqrt(2)},
    "circle": {"area": sp.pi * S**2, "circumference": 2 * sp.pi * S, "radius": S,
               "diameter": 2 * S},
}
_COUNT = {"two": 2, "three": 3, "four": 4}
_M = r"(?P<m{0}>areas|perimeters|side lengths|sides|diagonals|circumferences|radii|diameters)"
_LIST = r"(?P<list>@\d+@(?:,? @\d+@)*,? and @\d+@)"
_TOLD = [re.compile(r"the " + _M.format(1) + r" of (?P<n>two|three|four) (?P<shape>squares|"
                    r"circles) are " + _LIST),
         re.compile(r"(?P<n>two|three|four) (?P<shape>squares|circles) have " + _M.format(1)
                    + r" (?:of )?" + _LIST)]
_ASK = re.compile(r"(?:what is|find) the (?P<op>sum|average|mean|product|positive difference|"
                  r"difference)(?: \((?:mean|average)\))? of (?:their|the) " + _M.format(2))
_SINGULAR = {"areas": "area", "perimeters": "perimeter", "side lengths": "side length",
             "sides": "side", "diagonals": "diagonal", "circumferences": "circumference",
             "radii": "radius", "diameters": "diameter"}


def read(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:squares|circles)\b", template):
        return None
    parts = [p.strip(" .?") for p in re.split(r"(?<=[.?])\s+", re.sub(r"\s+", " ", template)
                                             .strip())]
    if len(parts) != 2:
        return None
    told = next((m for p in _TOLD if (m := p.fullmatch(parts[0]))), None)
    ask = _ASK.fullmatch(parts[1])
    if told is None or ask is None:
        return None
    slots = [int(x) for x in re.findall(r"@(\d+)@", told.group("list"))]
    if sorted(slots) != list(range(len(split.maths))) or len(slots) != _COUNT[told.group("n")]:
        return None
    shape = told.group("shape")[:-1]
    given, asked = _SINGULAR[told.group("m1")], _SINGULAR[ask.group("m2")]
    if given not in _MEASURES[shape] or asked not in _MEASURES[shape]:
        return None
    op = ask.group("op").replace("average", "mean").replace("positive ", "")
    if op == "difference" and len(slots) != 2:
        raise Decline("the difference of two shapes")
    sizes, values = [], []
    for slot in slots:
        v = parse_latex(split.maths[slot])
        if not isinstance(v, sp.Expr) or v.free_symbols or not v.is_positive:
            raise Decline("a positive measure")
        sols = [r for r in sp.solve(sp.Eq(_MEASURES[shape][given], v), S) if r.is_positive]
        if len(sols) != 1:
            raise Decline("the measure does not fix the shape")
        confirm.check(sp.simplify(_MEASURES[shape][given].subs(S, sols[0]) - v) == 0,
                      "the size found gives the measure back")
        sizes.append(sols[0])
        values.append(sp.simplify(_MEASURES[shape][asked].subs(S, sols[0])))
    result = {"sum": sp.Add(*values), "mean": sp.Add(*values) / len(values),
              "product": sp.Mul(*values), "difference": sp.Abs(values[0] - values[-1])}[op]
    result = sp.simplify(result)
    numeric = {"sum": sum, "mean": lambda xs: sum(xs) / len(xs), "product": math.prod,
               "difference": lambda xs: abs(xs[0] - xs[-1])}[op]([sp.N(x, 30) for x in values])
    confirm.check(abs(sp.N(result, 30) - numeric) < sp.Float(10) ** -20,
                  "the combination again at 30 digits")
    shown = ", ".join(latex(x) for x in values)
    return result, [
        step(f"find each {shape}'s {asked}", f"From each {given}, find the {shape}'s size, then "
             f"its {asked}.", f"${shown}$", ""),
        step(f"take the {op}", f"Combine the {asked}s.", f"${latex(result)}$", "")]


__all__ = ["read"]
