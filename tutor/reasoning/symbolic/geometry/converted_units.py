"""Typed reader: a plane figure or a solid told in one unit of length and asked in another.

"A rectangle is 18 inches by 24 inches. What is its area in square feet?", "A room is 12 feet
by 15 feet. How many square yards of carpet cover the floor?", "A cube has an edge of 2 yards.
What is its volume in cubic feet?", "A cylinder has radius 6 inches and height 2 feet ...". Every
length told (a number before a unit of length, "3-foot" too; areas and volumes told in square
or cubic units) is brought to the unit asked (inches, feet, yards and miles; or millimetres,
centimetres, metres and kilometres), and the one-unit question is read by the figure and
solid readers. Confirmed another way: the question is also brought to the smallest unit it
names, solved there, and that answer converted to the asked unit (by the factor to the power
1, 2 or 3 for a length, an area or a volume) must agree."""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.figure_questions import read_figure
from tutor.reasoning.symbolic.geometry.reading import number
from tutor.reasoning.symbolic.geometry.solid_questions import read_solids
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

# each unit's size in the smallest unit of its system, and the word written for it
_SIZE = {"inch": ("imp", 1), "inches": ("imp", 1), "foot": ("imp", 12), "feet": ("imp", 12),
         "yard": ("imp", 36), "yards": ("imp", 36), "mile": ("imp", 63360),
         "miles": ("imp", 63360), "mm": ("met", 1), "millimeter": ("met", 1),
         "millimeters": ("met", 1), "cm": ("met", 10), "centimeter": ("met", 10),
         "centimeters": ("met", 10), "meter": ("met", 1000), "meters": ("met", 1000),
         "km": ("met", 10**6), "kilometer": ("met", 10**6), "kilometers": ("met", 10**6)}
_PLURAL = {"inch": "inches", "foot": "feet", "yard": "yards", "mile": "miles", "mm": "mm",
           "millimeter": "millimeters", "cm": "cm", "centimeter": "centimeters", "meter": "meters",
           "km": "km", "kilometer": "kilometers"}
_UNIT = r"(" + "|".join(sorted(_SIZE, key=len, reverse=True)) + r")"
_TOLD = re.compile(r"@(\d+)@(?P<gap> ?-? ?)(?:(?P<pow>square|cubic) )?" + _UNIT + r"\b")
_ASKED = re.compile(r"\b(?:in|how many) (?:(square|cubic) )?" + _UNIT + r"\b")
_READERS: list[Callable[[Split, str], Result | None]] = [read_figure, read_solids]


def read_converted_units(split: Split, template: str) -> Result | None:
    told = list(_TOLD.finditer(template))
    systems = {_SIZE[m.group(4)][0] for m in told}
    sizes = {_SIZE[m.group(4)][1] for m in told}
    asks = [m for m in _ASKED.finditer(template) if not _is_told(m, told)]
    if not told or len(asks) != 1 or len(systems) != 1:
        return None
    ask = asks[0]
    if _SIZE[ask.group(2)][0] not in systems or sizes == {_SIZE[ask.group(2)][1]}:
        return None  # one unit throughout: the readers read it as it is
    power = {"square": 2, "cubic": 3}.get(ask.group(1) or "", 1)
    target = _SIZE[ask.group(2)][1]
    value, steps = _solve_in(split, template, told, target, ask.group(2))
    smallest = min(sizes | {target})
    again, _ = _solve_in(split, template, told, smallest, _unit_named(smallest, template))
    back = sp.nsimplify(again * sp.Rational(smallest, target) ** power)
    confirm.check(sp.simplify(back - value) == 0, "solved in the smallest unit and converted")
    return value, [step("one unit of length", "Bring every length to the unit asked (and areas "
                        "and volumes by its square and cube).",
                        f"every length in {_plural(ask.group(2))}", ""), *steps]


def _is_told(m: re.Match[str], told: list[re.Match[str]]) -> bool:
    return any(t.start() <= m.start() < t.end() or t.start() < m.end() <= t.end() for t in told)


def _unit_named(size: int, template: str) -> str:
    for word, (_, s) in _SIZE.items():
        if s == size and re.search(rf"\b{word}\b", template):
            return word
    return next(word for word, (_, s) in _SIZE.items() if s == size)


def _plural(unit: str) -> str:
    return _PLURAL.get(unit, unit)


def _solve_in(split: Split, template: str, told: list[re.Match[str]], target: int,
              unit: str) -> Result:
    """The question with every told measure in `unit` (size `target`), read by the readers."""
    maths = list(split.maths)
    out, last = "", 0
    for m in told:
        v = number(maths[int(m.group(1))])
        if v is None or not v.is_positive:
            raise Decline("a positive measure before each unit")
        power = {"square": 2, "cubic": 3}.get(m.group("pow") or "", 1)
        maths.append(latex(sp.nsimplify(v * sp.Rational(_SIZE[m.group(4)][1], target) ** power)))
        word = f"{m.group('pow')} {_plural(unit)}" if m.group("pow") else _plural(unit)
        out += template[last:m.start()] + f"@{len(maths) - 1}@ {word}"
        last = m.end()
    out += template[last:]
    out = re.sub(r"\b(in|how many) (square |cubic )?" + _UNIT + r"\b",
                 lambda m: f"{m.group(1)} {m.group(2) or ''}{_plural(unit)}", out)
    new = Split(out, maths)
    for reader in _READERS:
        got = reader(new, out)
        if got is not None:
            value, steps = got
            if not isinstance(value, sp.Expr) or value.free_symbols:
                raise Decline("a number in the unit asked")
            return value, steps
    raise Decline("the question in one unit is not read")


__all__ = ["read_converted_units"]
