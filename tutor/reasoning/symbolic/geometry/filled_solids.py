"""Typed reader: a container (a cylinder, a cube, a rectangular box, or a cone standing on its
vertex) filled with water to a depth, to a part of its height, or to a part of its volume;
the volume of the water, or the part of the container's volume it fills, asked.

"A cylindrical tank has radius 3 feet and height 10 feet. It is filled with water to a depth
of 4 feet. How many cubic feet of water are in the tank?", "An inverted cone with radius 6 and
height 12 is filled with water to a depth of 6. What is the volume of the water?", "A cone
standing on its vertex is filled with water to half its height. What fraction of its volume
is filled?", "A cylinder with diameter 10 and height 8 is half full of water. What is the
volume of the water?"

A prism or cylinder holds water in proportion to its depth; a cone on its vertex holds the
cube of the part of its height (the water is a smaller similar cone). A cone must be said to
stand on its vertex ("inverted", "vertex down"); a box's height must be told as its height.
The part may be told in words ("one third", "three quarters full"), typed as a / b, or as a
percent. A text naming two liquids is not read: "half full of juice ... the volume of the
water" tells no water, and a mixture's parts are not read.
Confirmed independently: the water's volume is the integral of the area of the cross-section
at each height up to the water's depth (mpmath quadrature)."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.figure_wording import spelled_numbers
from tutor.reasoning.symbolic.geometry.reading import COMMON, EXACT_FORM, number
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_N = r"@(\d+)@"
_U = r"(?: (?:inches|inch|feet|foot|ft|centimeters?|cm|meters?|m|units?))?"
_LIQ = r"(?:water|juice|milk|oil|liquid|lemonade|sand|coffee|tea|soda|punch|soup|paint|gasoline)"
_KINDS = [  # (pattern, kind)
    (r"\b(?:(?:an )?inverted|upside-down) (?:right )?(?:circular )?(?:cone|conical [a-z]+)\b|"
     r"\b(?:right )?(?:circular )?(?:cone|conical [a-z]+) (?:(?:that |which )?(?:is )?(?:stands?|"
     r"standing|rests?|resting|sits?|sitting) )?"
     r"(?:on its (?:vertex|tip|point)|(?:with its )?(?:vertex|tip|point|apex) (?:pointing )?"
     r"down(?:ward)?)|\b(?:right )?(?:circular )?cone is (?:inverted|turned upside down)\b",
     "cone"),
    (r"\b(?:right )?(?:circular )?(?:cylinder|cylindrical [a-z]+)\b", "cylinder"),
    (r"\b(?:cube-shaped [a-z]+|cubical [a-z]+|cube)\b", "cube"),
    (r"\brectangular (?:fish )?(?:box|tank|prism|container|aquarium|pool)\b", "box"),
]
_DIMS = [  # (pattern, dimension)
    (rf"\b(?:a |its |the )?radius (?:of |is )?{_N}{_U}", "r"),
    (rf"\b(?:a |its |the )?diameter (?:of |is )?{_N}{_U}", "d"),
    (rf"\b(?:a |its |the )?height (?:of |is )?{_N}{_U}|{_N}{_U} (?:tall|high|deep)\b", "h"),
    (rf"\b(?:an |its |the )?(?:edges?|sides?)(?: lengths?)? (?:of |is )?{_N}{_U}|{_N}{_U} on "
     rf"(?:each|a) side\b|{_N} ?-(?:inch|foot|cm|centimeter|meter|unit)(?= +;)", "s"),
    (rf"\b(?:a |its |the )?length (?:of |is )?{_N}{_U}|{_N}{_U} long\b", "l"),
    (rf"\b(?:a |its |the )?width (?:of |is )?{_N}{_U}|{_N}{_U} wide\b", "w"),
]
_FILLS = [  # (pattern, how the water is told)
    (rf"\b(?:is )?(?:filled|fill) (?:with {_LIQ} )?to a (?:depth|height) of {_N}{_U}|"
     rf"\bthe {_LIQ} (?:in it )?is {_N}{_U} deep\b", "depth"),
    (rf"\b(?:is )?(?:filled|fill) (?:with {_LIQ} )?to {_N}(?: ?/ ?{_N})? of its height\b",
     "height_part"),
    (rf"\b(?:is )?(?:filled|fill) (?:with {_LIQ} )?to half (?:of )?its height\b", "height_half"),
    (rf"\bis half full(?: of {_LIQ})?|\bis half filled(?: with {_LIQ})?", "volume_half"),
    (rf"\bis {_N}(?: ?/ ?{_N}| (percent))? full(?: of {_LIQ})?", "volume_part"),
    (rf"\bis (?:(one|a)|{_N}) (third|quarter|fourth|fifth)s? full(?: of {_LIQ})?", "volume_word"),
]
_PARTS = {"third": 3, "quarter": 4, "fourth": 4, "fifth": 5}
# "how much oil is in the can, in cubic inches? answer in terms of π": the unit and the form
_ASKED_FORM = re.compile(r",? in cubic [a-z]+\b|\b(?:answer )?in terms of (?:pi|π|\\pi)\b")
_ASKS = [
    (rf"\b(?:what is|find) the volume of (?:the )?{_LIQ}(?: in (?:the|it) ?[a-z]*)?|\bhow many "
     rf"cubic [a-z]+ of {_LIQ} (?:are|is) in (?:the |it)?[a-z]*|\bhow much {_LIQ} (?:is in|does) "
     r"(?:the |it)?[a-z]*(?: contain| hold)?"
     rf"|\bhow many cubic [a-z]+ of {_LIQ} (?:does|will|can|"
     r"would) (?:the [a-z]+|it) (?:hold|contain)", "volume"),
    (r"\bwhat (fraction|percent) of (?:the |its )?(?:[a-z]+'s |[a-z]+ )?volume is (?:filled|"
     rf"{_LIQ})(?: with {_LIQ})?", "part"),
]
_GLUE = FILLER | COMMON | frozenset("with has it its of and filled container when glass jar tank "
                                    "can cup bucket vase pot bottle aquarium pool".split())


def _one(patterns: list[tuple[str, str]], text: str) -> tuple[re.Match[str], str]:
    found = [(m, what) for p, what in patterns for m in re.finditer(p, text)]
    if len(found) != 1:
        raise Decline("one container, one filling and one question")
    return found[0]


def read_filled_solid(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:filled|full|fill)\b", template) or not re.search(
            r"\b(?:cone|conical|cylinder|cylindrical|cube|cube-shaped|cubical|rectangular)\b",
            template):
        return None
    split, template = spelled_numbers(split, template)
    text = re.sub(r"\s+", " ", _ASKED_FORM.sub(" ", re.sub(EXACT_FORM, " ", template)))
    if len(set(re.findall(rf"\b{_LIQ}\b", text))) > 1:
        return None  # "half full of juice ... the volume of the water": no water is told
    try:
        (kind_m, kind), (fill_m, fill), (ask_m, ask) = (
            _one(_KINDS, text), _one(_FILLS, text), _one(_ASKS, text))
    except Decline:
        return None
    rest = text
    for m in (kind_m, fill_m, ask_m):
        rest = rest.replace(m.group(0), " ; ")
    dims: dict[str, sp.Expr] = {}
    for p, what in _DIMS:
        for m in re.finditer(p, rest):
            g = next((g for g in m.groups() if g), None)
            if g is None:
                continue
            v = number(split.maths[int(g)])
            if v is None or not v.is_positive or what in dims:
                raise Decline("one positive value for each dimension")
            dims[what] = v
        rest = re.sub(p, " ; ", rest)
    if re.search(r"@\d+@", rest) or words(rest) - _GLUE:
        return None
    if "d" in dims:
        if "r" in dims:
            raise Decline("the radius told once")
        dims["r"] = dims.pop("d") / 2
    need = {"cone": {"r", "h"}, "cylinder": {"r", "h"}, "cube": {"s"}, "box": {"l", "w", "h"}}
    sized = bool(dims)
    if ask == "part" and not sized and fill != "depth":  # a part only: any size will do
        dims = {d: sp.Integer(1) for d in need[kind]}
    if set(dims) != need[kind]:
        raise Decline("the container's dimensions")
    if kind == "cube":
        dims = {"l": dims["s"], "w": dims["s"], "h": dims["s"]}
    h = dims["h"]
    if fill == "depth":
        part = number(split.maths[int(fill_m.group(1) or fill_m.group(2))])
        part = None if part is None else part / h
    elif fill in ("height_part", "volume_part"):
        part = _told_part(split, fill_m)
    elif fill == "height_half":
        part = sp.Rational(1, 2)
    elif fill == "volume_word":
        top = sp.Integer(1) if fill_m.group(1) else number(split.maths[int(fill_m.group(2))])
        part = None if top is None else sp.nsimplify(top) / _PARTS[fill_m.group(3)]
    else:
        part = sp.Rational(1, 2)
    if part is None or not 0 < part <= 1:
        raise Decline("the water's depth within the container")
    if kind in ("cone", "cylinder"):
        full = sp.pi * dims["r"] ** 2 * h / (3 if kind == "cone" else 1)
    else:
        full = dims["l"] * dims["w"] * h
    by_height = fill.startswith(("depth", "height"))
    fraction = part**3 if kind == "cone" and by_height else part
    water = sp.nsimplify(full * fraction) if not full.has(sp.pi) else sp.simplify(full * fraction)
    depth = h * part if by_height else (h * sp.cbrt(part) if kind == "cone" else h * part)
    with mpmath.workdps(40):
        r, top = (mpmath.mpf(str(sp.N(dims.get("r", 0), 45))), mpmath.mpf(str(sp.N(h, 45))))
        if kind == "cone":
            area = lambda z: mpmath.pi * (r * z / top) ** 2  # noqa: E731
        elif kind == "cylinder":
            area = lambda z: mpmath.pi * r**2  # noqa: E731
        else:
            base = mpmath.mpf(str(sp.N(dims["l"] * dims["w"], 45)))
            area = lambda z: base  # noqa: E731
        sliced = mpmath.quad(area, [0, mpmath.mpf(str(sp.N(depth, 45)))])
        off = abs(sliced - mpmath.mpf(str(sp.N(water, 45))))
    confirm.check(off < mpmath.mpf(10) ** -25, "the water's volume, as the integral of the "
                  "cross-sections up to its depth, agrees")
    shape = "a smaller cone like the container" if kind == "cone" else "a prism on the same base"
    claim = f"V_{{\\text{{water}}}} = {latex(full)} \\cdot {latex(fraction)} = {latex(water)}"
    steps = [step("the water's volume", f"The container holds ${latex(full)}$; the water is "
                  f"{shape}" + (f" with ${latex(part)}$ of its height, so "
                  f"${latex(fraction)}$ of its volume" if kind == "cone" and by_height else "") +
                  ".", f"${claim}$", claim)]
    if ask == "volume":
        return water, steps
    if not sized:
        claim = (f"\\left({latex(part)}\\right)^3 = {latex(fraction)}" if fraction != part
                 else latex(part))
        steps = [step("the part filled", f"The water is {shape} with ${latex(part)}$ of its "
                      "height; volumes of similar solids go as the cube of their heights."
                      if kind == "cone" and by_height else "The water fills that part of the "
                      "container's height, and so of its volume.", f"${claim}$", claim)]
        return sp.nsimplify(fraction * 100 if ask_m.group(1) == "percent" else fraction), steps
    value = fraction * 100 if ask_m.group(1) == "percent" else fraction
    claim = f"\\frac{{{latex(water)}}}{{{latex(full)}}} = {latex(fraction)}"
    steps.append(step("the part filled", "Divide the water's volume by the container's.",
                      f"${claim}$", claim))
    return sp.nsimplify(value), steps


def _told_part(split: Split, m: re.Match[str]) -> sp.Expr | None:
    """"@2@" (3/4, 25%) or "@2@ / @3@": the part of the height or the volume told."""
    src = split.maths[int(m.group(1))].strip()
    percent = src.endswith("%") or m.re.groups > 2 and bool(m.group(3))
    v = number(re.sub(r"\\?%$", "", src).strip())
    below = number(split.maths[int(m.group(2))]) if m.group(2) else sp.Integer(1)
    if v is None or below is None or below == 0 or percent and m.group(2):
        return None
    return sp.nsimplify(v / below / (100 if percent else 1))


__all__ = ["read_filled_solid"]
