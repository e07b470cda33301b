"""Typed reader: a cone or a square pyramid holding liquid (or sand) up to a level.

"A cone is inverted and filled with water to 3/4 of its height. What percent of the cone's
volume is filled with water?", "An inverted cone of radius 6 and height 12 holds water to a
depth of 8. What is the volume of the water?", "An inverted cone of height 10 is filled to 1/8
of its volume. How deep is the water?", "A cone standing on its base is filled with sand up to
half its height. What fraction of its volume is sand?"

Which way up the solid stands decides the answer: with the apex down ("inverted", "upside
down", "vertex pointing down") the liquid is a smaller similar solid, k^3 of the volume for a
level at the part k of the height; standing on its base the liquid is the frustum below the
level, 1 - (1 - k)^3. A text that says neither declines, naming both readings. The level is
told as a part of the height, a depth (with the height told) or a part of the volume; asked is
the part (fraction or percent) of the volume, the liquid's volume or the depth.

Confirmed independently: the liquid's share is integrated again as cross-sections (areas
growing as the square of the distance from the apex, mpmath quadrature at 40 digits), never
the cube of the ratio.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.figure_wording import without_unread_drawing
from tutor.reasoning.symbolic.geometry.reading import (
    EXACT_FORM,
    each_told_once,
    number,
    without_length_units,
)
from tutor.reasoning.symbolic.model import WHICH_MEANT, Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_N = r"@(\d+)@"
_PART = rf"{_N}(?: ?/ ?{_N})?"
_SOLID = re.compile(r"\b(?:cone|conical|pyramid)\b")
_APEX_DOWN = re.compile(r"\b(?:inverted|upside[- ]down|(?:with )?(?:its )?(?:vertex|apex|point|"
                        r"tip) (?:pointing |pointed )?down(?:ward)?|(?:with )?(?:its )?(?:vertex|"
                        r"apex|point|tip) at the bottom)\b")
_BASE_DOWN = re.compile(r"\b(?:(?:standing|sitting|resting) on its base|upright|(?:with )?(?:its )?"
                        r"(?:vertex|apex|point|tip) (?:pointing |pointed )?up(?:ward)?)\b")
_LIQUID = r"(?:water|juice|sand|liquid|oil|milk|lemonade|soda)"
_VESSEL = r"(?:cone|cup|glass|tank|container|vessel|pyramid)"
_WHOLE = rf"(?:its|the {_VESSEL}'s)"
_LEVELS = [  # (pattern, how the level is told)
    (rf"\b(?:filled |full )?(?:with {_LIQUID} )?(?:up )?to {_PART} of {_WHOLE} (?:height|depth)",
     "height"),
    (rf"\b(?:filled |full )?(?:with {_LIQUID} )?(?:up )?to half (?:of )?its height|halfway up",
     "half"),
    (rf"\b(?:holds|contains|is filled with|filled with) {_LIQUID} (?:up )?to a depth of {_N}",
     "depth"),
    (rf"\b(?:filled |full )?(?:with {_LIQUID} )?(?:up )?to {_PART} of {_WHOLE} "
     r"(?:volume|capacity)", "volume"),
    (rf"\b(?:the )?{_LIQUID}(?: in it)? (?:fills|is|takes up) {_PART} of {_WHOLE} "
     r"(?:volume|capacity)", "volume"),
]
_DIMS = [
    (rf"\b(?:a |its |the )?radius (?:of |is )?{_N}", "r"),
    (rf"\b(?:a |its |the )?diameter (?:of |is )?{_N}", "d"),
    (rf"\b(?:a |its |the )?(?<!slant )height (?:of |is )?{_N}|\b{_N} (?:tall|high)\b", "h"),
    (rf"\b(?:a |its |the )?base (?:edge|side)(?: length)? (?:of |is )?{_N}", "a"),
]
# a part of the volume asked; of the height, the radius ... it is another question
_OF_VOLUME = r"(?:volume|capacity|(?!(?:height|depth|radius|diameter|base|surface|area)\b))"
_ASKS = [  # (pattern, what is asked)
    (rf"\bwhat (?:fraction|part) of (?:the|its) (?:{_VESSEL}(?:'s)? )?{_OF_VOLUME}",
     "fraction"),
    (rf"\bwhat percent(?:age)? of (?:the|its) (?:{_VESSEL}(?:'s)? )?{_OF_VOLUME}",
     "percent"),
    (rf"\b(?:what is )?the volume of (?:the )?{_LIQUID}\b", "volume"),
    (rf"\bhow (?:deep|high) is the {_LIQUID}\b|\b(?:what is )?the (?:depth|height) of the "
     rf"{_LIQUID}\b", "depth"),
]
_GLUE = FILLER | frozenset(
    "cone conical pyramid square right circular tank cup glass container vessel inverted "
    "upside down upside-down vertex apex point tip pointing pointed downward bottom at standing "
    "sitting resting base upright up with filled full fills holds contains takes in water juice "
    "sand liquid oil milk lemonade soda how deep high cubic units unit cm m meters feet inches "
    "inch foot express your answer terms pi common fraction percent fraction part volume "
    "capacity height depth holds hold filling partly".split())


def read_cone_fill(split: Split, template: str) -> Result | None:
    unread = without_unread_drawing(template)
    if unread is None or not _SOLID.search(unread):
        return None
    text, units = without_length_units(re.sub(EXACT_FORM, " ", unread.lower()))
    text = re.sub(r"\b(cone|pyramid)-shaped\b", r"\1", text)  # "a cone-shaped tank"
    if len(units - {"unit"}) > 1:
        raise Decline("one unit of length throughout")
    levels = [(m, how) for pattern, how in _LEVELS for m in re.finditer(pattern, text)]
    asks = [(m, what) for pattern, what in _ASKS for m in re.finditer(pattern, text)]
    if not levels or not asks:
        return None
    if re.search(r"\b(?:cylinder|sphere|cube|box|prism|hemisphere|poured|leak|rate|minute)",
                 text) or len(set(_SOLID.findall(text)) - {"conical"}) > 1:
        raise Decline("only one cone or pyramid holding liquid is read")
    if len(levels) != 1 or len(asks) != 1:
        raise Decline("one level and one question told")
    if len(set(re.findall(rf"\b{_LIQUID}\b", text))) > 1:
        return None  # "holds oil to a depth of 8. What is the volume of the water?"
    down, up = _APEX_DOWN.search(text), _BASE_DOWN.search(text)
    if down and up:
        raise Decline("the solid told both apex down and standing on its base")
    used: list[int] = []
    rest = text
    for pattern, _how in _LEVELS:
        rest = re.sub(pattern, " ; ", rest)
    for pattern, _what in _ASKS:
        rest = re.sub(pattern, " ; ", rest)
    dims, rest = each_told_once(rest, _DIMS, lambda slot: _value(split, slot, used),
                                lambda dim: f"the {dim} told twice")
    if words(rest) - _GLUE or re.search(r"@\d+@", rest):
        return None
    (match, how), what = levels[0], asks[0][1]
    told = _level(split, match, how, dims, used)
    if sorted(used) != sorted(int(k) for k in re.findall(r"@(\d+)@", text)):
        raise Decline("every number told used once")
    if not down and not up:
        _ask_which_way_up(told, how, what)
    k, share = _shares(told, how, apex_down=bool(down))
    _confirm(k, share, apex_down=bool(down))
    return _answer(what, k, share, dims, text, bool(down))


def _ask_which_way_up(told: sp.Expr, how: str, what: str) -> None:
    """Neither way up is told: both readings named, with what each gives when it is a part of
    the volume that is asked."""
    if what in ("fraction", "percent") and how != "volume":
        sign = "\\%" if what == "percent" else ""
        shown = [latex(_shares(told, how, apex_down=a)[1] * (100 if sign else 1)) + sign
                 for a in (True, False)]
        gives = (f": with its apex down (inverted) the liquid is ${shown[0]}$ of it, standing "
                 f"on its base ${shown[1]}$")
    else:
        gives = (": with its apex down (inverted) the liquid is a small similar solid, standing "
                 "on its base it is the frustum below the level")
    raise Decline(f"{WHICH_MEANT}which way up the solid stands decides the answer{gives}. Say "
                  "\"inverted\" or \"standing on its base\" and solve again.")


def _value(split: Split, slot: str | None, used: list[int]) -> sp.Expr:
    if slot is None:
        raise Decline("a number expected")
    src = split.maths[int(slot)].strip()
    percent = src.endswith("\\%") or src.endswith("%")
    v = number(src.removesuffix("\\%").removesuffix("%").strip())
    if v is None or not v.is_positive:
        raise Decline("a positive measure expected")
    used.append(int(slot))
    return sp.nsimplify(v) / (100 if percent else 1)


def _level(split: Split, m: re.Match[str], how: str, dims: dict[str, sp.Expr],
           used: list[int]) -> sp.Expr:
    if how == "half":
        return sp.Rational(1, 2)
    slots = [g for g in m.groups() if g is not None]
    value = _value(split, slots[0], used)
    if len(slots) == 2:
        value = value / _value(split, slots[1], used)
    if how == "depth":
        if "h" not in dims:
            raise Decline("the height needed to place the level")
        value = value / dims["h"]
    return sp.nsimplify(value)


def _shares(told: sp.Expr, how: str, *, apex_down: bool) -> tuple[sp.Expr, sp.Expr]:
    """(the level as a part of the height, the liquid's part of the volume)."""
    if not (0 < told < 1):
        raise Decline("a level between the bottom and the top")
    if how != "volume":
        k = told
        share = k**3 if apex_down else 1 - (1 - k) ** 3
    else:
        share = told
        k = sp.cbrt(share) if apex_down else 1 - sp.cbrt(1 - share)
    return sp.nsimplify(sp.simplify(k)), sp.nsimplify(sp.simplify(share))


def _answer(what: str, k: sp.Expr, share: sp.Expr, dims: dict[str, sp.Expr], text: str,
            apex_down: bool) -> Result:
    pyramid = "pyramid" in text
    rule = ("$k^3$ (a smaller similar solid at the apex)" if apex_down else
            "$1 - (1 - k)^3$ (the whole less the small solid above the level)")
    first = step("the liquid's part of the volume", "A level parallel to the base cuts off "
                 "a solid similar to the whole, with the part k of the height; its volume is "
                 f"the part $k^3$. Here the liquid holds {rule}.",
                 f"$k = {latex(k)}$, share ${latex(share)}$", latex(share))
    if what == "fraction":
        return share, [first]
    if what == "percent":
        return sp.nsimplify(100 * share), [first]
    if "d" in dims:
        dims["r"] = dims.pop("d") / 2
    if "h" not in dims:
        raise Decline("the height of the solid needed")
    if what == "depth":
        value = sp.simplify(k * dims["h"])
        return value, [first, step("the depth", "The depth is the part k of the height.",
                                   f"${latex(k)} \\cdot {latex(dims['h'])} = {latex(value)}$",
                                   latex(value))]
    if pyramid and not re.search(r"\bsquare(?:-based)? pyramid\b|\bsquare base\b", text):
        raise Decline("a base edge fixes the base of a square pyramid only")
    side = dims.get("a" if pyramid else "r")
    if side is None or set(dims) - {"h", "a" if pyramid else "r"}:
        raise Decline("the solid's dimensions needed for a volume")
    whole = side**2 * dims["h"] / 3 * (1 if pyramid else sp.pi)
    value = sp.simplify(whole * share)
    return value, [first, step("the liquid's volume", "The whole solid's volume times the "
                               "liquid's part.", f"${latex(whole)} \\cdot {latex(share)} = "
                               f"{latex(value)}$", latex(value))]


def _confirm(k: sp.Expr, share: sp.Expr, *, apex_down: bool) -> None:
    """The liquid integrated as cross-sections of a solid of height 1: at distance x from the
    apex the section grows as x^2."""
    with mpmath.workdps(40):
        level = mpmath.mpf(sp.N(k, 45))
        whole = mpmath.quad(lambda x: x**2, [0, 1])
        if apex_down:
            liquid = mpmath.quad(lambda x: x**2, [0, level])
        else:  # the apex is at the top: the liquid fills the sections from 1 - level to 1
            liquid = mpmath.quad(lambda x: x**2, [1 - level, 1])
        ok = abs(liquid / whole - mpmath.mpf(sp.N(share, 45))) < mpmath.mpf(10) ** -25
    confirm.check(bool(ok), "the liquid integrated again as cross-sections up to its level")


__all__ = ["read_cone_fill"]
