"""Typed reader: what a solid of one material weighs or is worth, and what a larger or smaller
solid of the same kind and material weighs or is worth. Weight and worth go with the volume,
so they scale by the cube of the ratio of the lengths.

"A 2-inch cube of silver weighs 3 pounds and is worth $200. How much is a 3-inch cube of
silver worth?", "A 4 cm cube of copper weighs 500 grams. What does a 6 cm cube of copper
weigh?", "A steel ball of radius 2 inches weighs 8 pounds. How much does a steel ball of radius
3 inches weigh?"

Two solids of one kind (cubes by their edges, balls or spheres by their radii or diameters,
both told the same way and in one unit); the material, when named, the same for both (or
"the same"). The answer is the value times (b / a)^3. Confirmed independently: each solid's
volume is measured by integrating its cross-sections numerically (`volume_by_slices`), and
the value is recomputed as value / volume * volume.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.figure_wording import spelled_numbers
from tutor.reasoning.symbolic.geometry.reading import EXACT_FORM, number
from tutor.reasoning.symbolic.geometry.solids import Solid, volume_by_slices
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_U = r"(inches|inch|feet|foot|centimeters?|cm|millimeters?|mm|meters?|m)\b"
_MAT = r"(?: (?:of|made of) (?:the same )?(?:solid )?([a-z]+))?"
# "a @0@-inch cube of silver", "a cube of gold with edge @0@ inches", "a steel ball of radius @0@"
_SOLIDS = [
    re.compile(r"\b(?:a|the) @(\d+)@ ?-? ?" + _U + r" (cube)" + _MAT),
    re.compile(r"\b(?:a|the) (?:solid )?(cube)" + _MAT + r" (?:with|of) (?:an )?(edge|side)s?"
               r"(?: length)?(?: of)? @(\d+)@(?: ?" + _U + r")?"),
    re.compile(r"\b(?:a|the) (?:solid )?(?:([a-z]+) )?(ball|sphere)" + _MAT + r" (?:with|of) "
               r"(?:a )?(radius|diameter)(?: of)? @(\d+)@(?: ?" + _U + r")?"),
]
_VALUES = [  # (pattern, what): the first solid's value
    (re.compile(r"\b(?:weighs|weighing) @(\d+)@(?: (?:pounds?|ounces?|grams?|kilograms?|kg|"
                r"lbs?|g|oz|tons?))?"), "weight"),
    (re.compile(r"\b(?:is worth|costs|is valued at|sells for) @(\d+)@(?: dollars)?"), "worth"),
]
_ASKS = [
    (re.compile(r"\b(?:how much|what) (?:does|would|will) (.*?) weigh\b"), "weight"),
    (re.compile(r"\bhow much (?:is|would|will) (.*?) (?:be )?worth\b|\bwhat is (.*?) worth\b|"
                r"\bhow much (?:does|would|will) (.*?) cost\b|\bwhat is the (?:value|worth) of"
                r" (.*?)(?=[?.]|$)"), "worth"),
]
_GLUE = FILLER | frozenset("and how much what same material pounds pound weigh weighs worth "
                           "cost costs ounces grams kilograms dollars would will be".split())


def _money(src: str) -> sp.Basic | None:
    return number(re.sub(r"^\s*\\\$\s*|\s*\\?\$?\s*$", "", src.replace(",", "")))


def read_scaled_solid_value(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:cube|ball|sphere)\b", template) or not re.search(
            r"\b(?:weigh|weighs|worth|costs?)\b", template):
        return None
    split, template = spelled_numbers(split, template)
    text = re.sub(EXACT_FORM, " ", re.sub(r"\(\s*@\d+@\s*\)", " ", template))
    found = []  # (start, kind, how, size piece, unit, material)
    for m in _SOLIDS[0].finditer(text):
        found.append((m.start(), m.end(), "cube", "edge", m.group(1), m.group(2), m.group(4)))
    for m in _SOLIDS[1].finditer(text):
        found.append((m.start(), m.end(), "cube", "edge", m.group(4), m.group(5), m.group(2)))
    for m in _SOLIDS[2].finditer(text):
        found.append((m.start(), m.end(), "sphere", m.group(4), m.group(5), m.group(6),
                      m.group(3) or m.group(1)))
    found.sort()
    if len(found) != 2 or found[0][1] > found[1][0]:
        return None
    (_, end1, kind1, how1, i1, u1, mat1), (start2, end2, kind2, how2, i2, u2, mat2) = found
    if (kind1, how1) != (kind2, how2) or u1 != u2:
        raise Decline("two solids of one kind, told the same way in one unit")
    if mat1 and mat2 and mat1 != mat2 and mat2 not in ("material", "metal", "kind"):
        raise Decline("two solids of one material")
    first = text[end1:start2]
    told = [(what, int(m.group(1))) for p, what in _VALUES for m in p.finditer(first)]
    ask = [(what, m) for p, what in _ASKS for m in p.finditer(text[end1:])]
    if len(ask) != 1 or not told:
        return None
    asked = ask[0][0]
    values = [k for what, k in told if what == asked]
    if len(values) != 1:
        raise Decline("the value asked told once for the first solid")
    value = _money(split.maths[values[0]]) if asked == "worth" else number(
        split.maths[values[0]])
    a, b = number(split.maths[int(i1)]), number(split.maths[int(i2)])
    if value is None or a is None or b is None or not all(
            v.is_positive for v in (value, a, b)):
        raise Decline("positive sizes and values")
    rest = text[:found[0][0]] + " " + text[end1:start2] + " " + text[end2:]
    for p, _ in _VALUES:
        rest = p.sub(" ", rest)
    rest = re.sub(r"\b(?:round|rounded) (?:your answer )?to the nearest (?:dollar|pound|whole "
                  r"number|cent)\b", " ", rest)
    if words(rest) - _GLUE - {mat1 or "", mat2 or ""}:
        return None
    ratio = b / a
    answer = sp.nsimplify(value * ratio**3)
    with mpmath.workdps(40):
        s1, s2 = Solid(kind1, 1), Solid(kind1, 2)
        dim = "s" if kind1 == "cube" else "r"
        half = sp.Rational(1, 2) if how1 == "diameter" else 1
        v1 = volume_by_slices(s1, {s1.dims[dim]: a * half})
        v2 = volume_by_slices(s2, {s2.dims[dim]: b * half})
        off = abs(mpmath.mpf(str(sp.N(value, 45))) / v1 * v2 - mpmath.mpf(str(sp.N(answer, 45))))
    confirm.check(off < mpmath.mpf(10) ** -25, "the value per unit of volume, with each volume "
                  "measured by slices, gives the same answer")
    claim = (f"{latex(value)} \\cdot \\left(\\frac{{{latex(b)}}}{{{latex(a)}}}\\right)^3 = "
             f"{latex(answer)}")
    what = "weight" if asked == "weight" else "worth"
    return answer, [step("scale by the volume", f"The {what} goes with the amount of material, "
                         f"the volume; the lengths are in the ratio {latex(b)} : {latex(a)}, so "
                         "the volumes are in that ratio cubed.", f"${claim}$", claim)]


__all__ = ["read_scaled_solid_value"]
