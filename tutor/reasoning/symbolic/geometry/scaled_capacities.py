"""Typed reader: a box that holds a number of things, and another box with each of its three
dimensions scaled; how many of the things the other box holds.

"A box holds 40 marbles when full. A second box is twice as long, twice as wide and three
times as tall. About how many marbles does it hold?", "A container holds 50 beans. If each
dimension of the container is tripled, how many beans will it hold?", "A box 4 cm tall, 5 cm
wide and 6 cm long holds 100 beads. How many beads does a box 8 cm tall, 10 cm wide and 12 cm
long hold?"

What a box holds goes with its volume, the product of its three dimensions, so the count is
multiplied by the product of the three factors. Each of the three dimensions (long, wide,
high or tall) must be scaled by a told factor, once; a box told by two dimensions, a surface
area, or a question about anything but the things held declines.

Confirmed independently: the two boxes (the first with sides 1, 1, 1 or as told) are measured
by integrating their cross-sections over their heights (mpmath quadrature), and the count is
recomputed as the count per unit of volume times the second box's volume."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.figure_wording import spelled_numbers
from tutor.reasoning.symbolic.geometry.reading import COMMON, number
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_N = r"@(\d+)@"
_BOX = r"(?:box|crate|tin|container|bin|jar|carton|chest|case|trunk|drawer|basket)"
_U = r"(?: (?:inches|inch|feet|foot|ft|centimeters?|cm|meters?|m|units?))?"
_DIM = r"(long|wide|high|tall|deep)"
_FACTOR = rf"(twice|double|three times|four times|half|{_N} times)"
_HOLD = re.compile(rf"\b(?:holds|fits|contains|can hold|will hold|hold) {_N} ([a-z]+(?: of [a-z]+"
                   r"| balls| clips)?)(?: when (?:it is )?(?:full|filled(?: to capacity)?))?")
_SCALED = re.compile(rf"(?<![a-z])(?:is |that is )?{_FACTOR} as {_DIM}\b")
_EVERY = re.compile(r"\b(?:with |if )?(?:each|every|all)(?: of its| of the)? dimensions?"
                    rf"(?: of (?:the|another|a second|a larger|a bigger) {_BOX})? "
                    rf"(?:is |are )?(doubled|tripled|halved|multiplied by {_N})\b")
_SIZED = re.compile(rf"{_N}{_U} {_DIM},? {_N}{_U} {_DIM},? and {_N}{_U} {_DIM}\b")
_ASK = re.compile(r"\b(?:(?:about|roughly|approximately) )?how many ([a-z]+(?: of [a-z]+"
                  r"| balls| clips)?) (?:does|will|would|can|could|do|fit)\b|\bholds how many "
                  r"([a-z]+(?: balls| clips)?)\b")
_WORD_FACTOR = {"twice": 2, "double": 2, "three times": 3, "four times": 4,
                "half": sp.Rational(1, 2), "doubled": 2, "tripled": 3, "halved": sp.Rational(1, 2)}
_SAME = {"tall": "high", "deep": "high"}
_GLUE = FILLER | COMMON | frozenset(
    "box crate tin container bin jar carton chest case trunk drawer basket second another "
    "other larger bigger new when full filled capacity it hold holds fit fits "
    "contain contains about roughly approximately how many much my friend friends friend's "
    "mine one will would can could as each every dimension dimensions".split())


def read_scaled_capacity(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:holds?|fits?|contains?)\b", template) or not re.search(
            _BOX, template):
        return None
    split, template = spelled_numbers(split, template)
    text = re.sub(r"\s+", " ", template.lower().replace("’", "'")).strip()
    if not _owners_agree(text):
        return None
    text = re.sub(r"\b[a-z]+'s (" + _BOX + r")\b", r"the \1", text)
    text = re.sub(r"\bas [a-z]+'s\b", "as that one", text)
    holds, asks = _HOLD.findall(text), _ASK.findall(text)
    if len(holds) != 1 or len(asks) != 1:
        return None
    count = _value(split, holds[0][0])
    item = holds[0][1]
    if item.split()[0] not in {w for g in asks[0] for w in g.split()[:1]}:
        return None  # another thing asked than the thing held
    sized = list(_SIZED.finditer(text))
    hold_m, ask_m = _HOLD.search(text), _ASK.search(text)
    if sized and hold_m and ask_m and not (
            len(sized) == 2 and sized[0].end() <= hold_m.start() < hold_m.end() <= ask_m.start()
            <= sized[1].start()):
        raise Decline("the box told to hold the things first, the box asked about after")
    rest = _ASK.sub(" ; ", _HOLD.sub(" ; ", text))
    factors, told, rest = _factors(split, rest)
    if words(rest) - _GLUE or re.search(r"@\d+@", rest):
        return None
    if not count.is_integer or not count.is_positive:
        raise Decline("a whole number of things held")
    scale = sp.Mul(*factors.values())
    value = sp.nsimplify(count * scale)
    first = told or {d: sp.Integer(1) for d in factors}
    second = {d: first[d] * factors[d] for d in factors}
    _confirm(count, first, second, value)
    if not value.is_integer:
        raise Decline("a whole number of things in the other box")
    shown = " \\cdot ".join(latex(f) for f in factors.values())
    return value, [
        step("volumes scale", "What a box holds goes with its volume, the product of its "
             "length, width and height; scaling each multiplies the volume by the three "
             "factors.", f"${shown} = {latex(scale)}$", latex(scale)),
        step("the count", f"The other box holds ${latex(scale)}$ times as many {item}.",
             f"${latex(count)} \\cdot {latex(scale)} = {latex(value)}$", latex(value))]


def _owners_agree(text: str) -> bool:
    """"Sam's box holds 80 blocks. Lee's box is twice as high ... How many blocks does Lee's
    box hold?": the box asked about is the scaled one, never the one whose count is told."""
    def owner(pattern: str) -> str | None:
        m = re.search(pattern, text)
        return m.group(1) if m else None
    held = owner(r"\b([a-z]+)'s " + _BOX + r" (?:holds|fits|contains|can hold)\b")
    asked = owner(r"\b(?:does|will|would|can|could|do) ([a-z]+)'s " + _BOX + r"\b")
    scaled = owner(r"\b([a-z]+)'s " + _BOX + r" (?:is|that is)\b")
    return asked is None or asked != held and asked == scaled


def _factors(split: Split, rest: str) -> tuple[dict[str, sp.Expr], dict[str, sp.Expr], str]:
    """Each dimension's factor (long, wide, high), the first box's told dimensions when the two
    boxes are told by their sizes, and the text left."""
    factors: dict[str, sp.Expr] = {}
    told: dict[str, sp.Expr] = {}
    for m in _SCALED.finditer(rest):
        dim = _SAME.get(m.group(3), m.group(3))
        if dim in factors:
            raise Decline("each dimension scaled once")
        factors[dim] = _factor(split, m.group(1), m.group(2))
    rest = _SCALED.sub(" ; ", rest)
    every = _EVERY.findall(rest)
    if every:
        if len(every) != 1 or factors:
            raise Decline("each dimension scaled once")
        k = _factor(split, every[0][0] if not every[0][1] else "", every[0][1])
        factors = {d: k for d in ("long", "wide", "high")}
        rest = _EVERY.sub(" ; ", rest)
    sizes = _SIZED.findall(rest)
    if sizes:
        if len(sizes) != 2 or factors:
            raise Decline("two boxes told by their three dimensions")
        boxes = [{_SAME.get(s[k + 1], s[k + 1]): _value(split, s[k]) for k in (0, 2, 4)}
                 for s in sizes]
        if any(set(b) != {"long", "wide", "high"} for b in boxes):
            raise Decline("each box's length, width and height")
        told = boxes[0]
        factors = {d: boxes[1][d] / boxes[0][d] for d in boxes[0]}
        rest = _SIZED.sub(" ; ", rest)
    if set(factors) != {"long", "wide", "high"}:
        raise Decline("all three dimensions of the other box")
    return factors, told, rest


def _factor(split: Split, word: str, tok: str | None) -> sp.Expr:
    if tok:
        return _value(split, tok)
    return sp.Rational(_WORD_FACTOR[word])


def _value(split: Split, tok: str) -> sp.Expr:
    v = number(split.maths[int(tok)])
    if v is None or not isinstance(v, sp.Expr) or not v.is_positive:
        raise Decline("a positive number")
    return sp.nsimplify(v)


def _confirm(count: sp.Expr, first: dict[str, sp.Expr], second: dict[str, sp.Expr],
             value: sp.Expr) -> None:
    """Both boxes' volumes as the integral of their cross-sections over their heights; the
    count per unit of volume of the first times the volume of the second."""
    def volume(box: dict[str, sp.Expr]) -> mpmath.mpf:
        base = mpmath.mpf(str(sp.N(box["long"] * box["wide"], 45)))
        return mpmath.quad(lambda z: base, [0, mpmath.mpf(str(sp.N(box["high"], 45)))])
    with mpmath.workdps(40):
        again = mpmath.mpf(str(sp.N(count, 45))) / volume(first) * volume(second)
        ok = abs(again - mpmath.mpf(str(sp.N(value, 45)))) < mpmath.mpf(10) ** -25
    confirm.check(bool(ok), "the count per unit of volume of the first box times the second "
                  "box's volume, each measured by slices")


__all__ = ["read_scaled_capacity"]
