"""Typed reader: a flat rectangular place (a sidewalk, a pool, a patio) covered or filled to
a depth, told in two sentences; the volume of the layer asked.

"A sidewalk is 30 feet long and 3 feet wide. If the snow on it is 1/2 foot deep, how many
cubic feet of snow must be shoveled?", "A swimming pool is 20 feet long and 10 feet wide. The
water in it is 5 feet deep. How many cubic feet of water are in the pool?", "A patio is 12
feet by 9 feet. Concrete is poured 1/2 foot thick. How many cubic feet of concrete are
needed?", "Maria has to shovel snow off her driveway. The driveway is 30 feet long and 10
feet wide ... how many cubic feet of snow does Maria have to shovel off the driveway?", "A
pool is 20 feet long and 10 feet wide and is filled with water 5 feet deep", "Sam spreads
soil 1/2 foot deep over it": who does it may open the problem (a sentence with no number
whose other words are only the place, the material and a few of doing it) and be named again
in the question.

The layer is a box on the place: length times width times depth, all in one unit of length
(a depth in inches on a place in feet declines). The material asked must be the layer's.
Confirmed independently: the volume is the integral over the depth of the area of the
cross-section (mpmath quadrature)."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import number
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_U = r"(inches|inch|feet|foot|yards?|meters?|centimeters?|cm|m)\b"
_PLACE = re.compile(r"^(?:a|an|the) ((?:[a-z]+ )?[a-z]+) (?:is|measures) @(\d+)@ ?-? ?" + _U +
                    r"(?: long)?,? (?:and|by) @(\d+)@ ?-? ?" + _U + r"(?: wide)?(?:\.| and(?= ))")
# "Khali has to shovel snow off the sidewalk in front of his house.": who does it, before the
# place is told; no number, and its other words only the place, the material and these
_STORY = re.compile(r"^([a-z]+) (?:has|needs|wants|is going|plans|had|decided) to ([a-z' ]+)\. ")
_STORY_WORDS = frozenset("shovel clear clean remove cover fill spread pour his her their my our "
                         "front of house home yard backyard from off in on".split())
_LAYER = [
    re.compile(r"^(?:if )?the ([a-z]+)(?: (?:on|in|covering) (?:it|the [a-z]+))? is @(\d+)@ ?-? ?" +
               _U + r" (?:deep|thick)"),
    re.compile(r"^(?:if )?(?:it is covered|it is filled) (?:with|by) ([a-z]+),? @(\d+)@ ?-? ?" +
               _U + r" (?:deep|thick)"),
    re.compile(r"^([a-z]+) (?:is (?:poured|spread|laid|added|piled)|covers (?:it|the [a-z]+))"
               r" (?:(?:on|over|onto|into) (?:it|the [a-z]+) )?@(\d+)@ ?-? ?" + _U +
               r" (?:deep|thick)"),
    # "... 10 feet wide and is filled with water 5 feet deep"
    re.compile(r"^is (?:filled|covered) (?:with|by) ([a-z]+),? @(\d+)@ ?-? ?" + _U +
               r" (?:deep|thick)"),
]
# "Sam spreads soil 1/2 foot deep over it": said as "soil is spread 1/2 foot deep", Sam kept
_SPREADS = re.compile(r"(?:^|(?<=\. ))([a-z]+) (?:spreads|pours|lays|piles|puts) ([a-z]+) "
                      r"(@\d+@ ?-? ?" + _U + r" (?:deep|thick))(?: (?:on|over|onto|into|across) "
                      r"(?:it|the [a-z]+))?")
# "to a depth of 2 feet", "to a thickness of 3 inches": said as "2 feet deep"
_TO_DEPTH = re.compile(r"\bto an? (?:even |uniform )?(depth|thickness) of (@\d+@ ?-? ?" + _U +
                       r")")
_ASK = re.compile(r"how many cubic " + _U + r" of ([a-z]+)\b")
_GLUE = FILLER | frozenset("how many must will would needed need shoveled shovel off removed "
                           "there to have has it be does did we you he she they cover covers "
                           "fill fills on in added used required".split())
_SAME = {"inches": "inch", "feet": "foot", "yards": "yard", "meters": "meter",
         "centimeters": "centimeter", "m": "meter", "cm": "centimeter"}


def _unit(u: str) -> str:
    return _SAME.get(u, u)


def read_layer_volume(split: Split, template: str) -> Result | None:
    if "cubic" not in template or not re.search(r"\b(?:deep|thick|depth|thickness)\b",
                                                template):
        return None
    text = _TO_DEPTH.sub(lambda m: m.group(2) + (" deep" if m.group(1) == "depth" else " thick"),
                         re.sub(r"\s+", " ", template.strip().lower()))
    story = _STORY.match(text)
    if story is not None:
        text = text[story.end():]
    place = _PLACE.match(text)
    if place is None:
        return None
    rest = text[place.end():].strip()
    who = {m.group(1) for m in _SPREADS.finditer(rest)}
    rest = _SPREADS.sub(r"\2 is spread \3", rest)
    found = [(p.match(rest), p) for p in _LAYER]
    layers = [m for m, _ in found if m]
    ask = _ASK.search(rest)
    if len(layers) != 1 or ask is None:
        return None
    layer = layers[0]
    material = layer.group(1)
    if ask.group(2) != material or material in ("place", "it"):
        raise Decline("the layer's own material asked")
    units = {_unit(place.group(3)), _unit(place.group(5)), _unit(layer.group(3)),
             _unit(ask.group(1))}
    if len(units) != 1:
        raise Decline("one unit of length throughout")
    thing = place.group(1).split()[-1]
    left = rest[layer.end():ask.start()] + " " + rest[ask.end():]
    if story is not None:
        who.add(story.group(1))
        if words(story.group(2)) - _GLUE - _STORY_WORDS - {thing, material}:
            return None
    if words(left) - _GLUE - {thing, material, "the", "hold", "holds", "contain", "contains",
                              *who} or re.search(r"@\d+@", left):
        return None
    length, width, depth = (number(split.maths[int(i)])
                            for i in (place.group(2), place.group(4), layer.group(2)))
    if length is None or width is None or depth is None or not all(
            v.is_positive for v in (length, width, depth)):
        raise Decline("positive lengths")
    value = sp.nsimplify(length * width * depth)
    with mpmath.workdps(40):
        area = mpmath.mpf(str(sp.N(length * width, 45)))
        sliced = mpmath.quad(lambda z: area, [0, mpmath.mpf(str(sp.N(depth, 45)))])
        off = abs(sliced - mpmath.mpf(str(sp.N(value, 45))))
    confirm.check(off < mpmath.mpf(10) ** -25, "the layer's volume, as the integral of its "
                  "cross-sections over the depth, agrees")
    claim = f"{latex(length)} \\cdot {latex(width)} \\cdot {latex(depth)} = {latex(value)}"
    return value, [step("the layer is a box", f"The {material} covers the {thing} to an even "
                        "depth: a box whose base is the place and whose height is the depth.",
                        f"${claim}$", claim)]


__all__ = ["read_layer_volume"]
