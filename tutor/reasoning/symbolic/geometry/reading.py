"""What the geometry readers share: the kinds of maths pieces (points, labels, numbers,
equations) and the words of the question, read without evaluating any text."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

import sympy as sp

from tutor.reasoning.symbolic.geometry.coordinates import point
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.typed import words

K = TypeVar("K")

# "A", "\overline{AB}", "AB", "P'": names of points and segments, never values
_LABEL = re.compile(r"\s*(?:\\overline\s*\{\s*[A-Z]{2}\s*\}|[A-Z]{1,2}'?)\s*")
# "A(2, 3)", "A = (2, 3)": a point with its name
_NAMED = re.compile(r"\s*[A-Z]'?\s*=?\s*(?=\()")
# words harmless in any geometry question (units, answer formats). Not "square": it names a
# figure, and a reader that took it as filler would read "a circle and a square" as a circle
# alone; "square units" reaches the readers as "units" (`typed.py` applies
# `without_square_units` before every reader).
COMMON = frozenset(
    "units unit inches inch feet foot cm centimeters centimeter meters meter miles mm yards "
    "cubic in your answer "
    "express enter ordered pair as form simplest radical terms pi with whose has have".split())
_PLACE = re.compile(r"@(\d+)@")
# "Express your answer in terms of pi / as a common fraction ...": a form the exact answer
# already has. A request to round ("as a decimal to the nearest tenth") is not one: it stays,
# so the reader declines and the engine solves without it and rounds (`rounding_requests`).
EXACT_FORM = (r"\bexpress your answer(?![^.?!]*\b(?:nearest|decimals?|round(?:ed)?|places?|"
              r"significant|percent)\b)[^.?!]*")


_EXAMPLE = re.compile(r",? like \"?\( ?@\d+@ ?, ?@\d+@ ?(?:, ?@\d+@ ?)?\)\"?")


_FORM = re.compile(r"(ordered (?:pair|triple)),? @(\d+)@")


def without_example(template: str, maths: list[str]) -> str:
    """Drop the example of an answer's form: 'as an ordered pair, like "(2, 1)".' and
    'as an ordered pair, $(x,y)$.'"""
    def form(m: re.Match[str]) -> str:
        letters = re.fullmatch(r"\s*\(\s*[a-z]\s*(?:,\s*[a-z]\s*){1,2}\)\s*",
                               maths[int(m.group(2))])
        return m.group(1) if letters else m.group(0)
    return _FORM.sub(form, _EXAMPLE.sub("", template))


_AREA_UNIT = re.compile(r"\b(?:square|cubic) (units?|inches|inch|feet|foot|centimeters?|meters?|"
                        r"cm|miles?|yards?|millimeters?|mm|kilometers?|km)\b")


_SQUARE_UNIT = re.compile(_AREA_UNIT.pattern.replace("(?:square|cubic)", "square"))


def without_square_units(template: str) -> str:
    """"square units" -> "units" ("cubic feet" stays: it tells a volume is asked)."""
    return _SQUARE_UNIT.sub(r"\1", template)


_UNIT_PIECE = re.compile(r"\s*\\(?:text|mbox|mathrm)\s*\{\s*(cm|mm|m|km|in|ft|yd|units?)\s*\}\s*"
                         r"\^\s*\{?\s*([23])\s*\}?\s*")
_UNIT_NAME = {"in": "inches", "ft": "feet", "yd": "yards", "unit": "units"}


def unit_pieces_as_words(template: str, maths: list[str]) -> str:
    """A piece of maths that is only a unit of area or volume, said in words: "How many
    $\\text{cm}^3$ are in ..." -> "How many cubic cm are in ..."."""
    def said(m: re.Match[str]) -> str:
        unit = _UNIT_PIECE.fullmatch(maths[int(m.group(1))])
        if unit is None:
            return m.group(0)
        power = "square" if unit.group(2) == "2" else "cubic"
        return f"{power} {_UNIT_NAME.get(unit.group(1), unit.group(1))}"
    return re.sub(r"@(\d+)@", said, template)


def without_area_units(template: str) -> str:
    """"square units" -> "units": the word square there is not a figure."""
    return _AREA_UNIT.sub(r"\1", template)


def segment_letters(src: str) -> str | None:
    """"AB" or "\\overline{AB}": the two letters of a segment's name, else None."""
    m = re.fullmatch(r"\s*(?:\\overline\s*\{\s*([A-Z]{2})\s*\}|([A-Z]{2}))\s*", src)
    return (m.group(1) or m.group(2)) if m else None


def point_name(src: str) -> str | None:
    """The name of a named point ("A(2, 3)", "A = (2, 3)"), else None."""
    m = re.match(r"\s*([A-Z])'?\s*=?\s*(?=\()", src)
    return m.group(1) if m else None


def is_label(src: str) -> bool:
    return bool(_LABEL.fullmatch(src))


def as_point(src: str) -> tuple[sp.Basic, ...] | None:
    """A numeric 2-D or 3-D point (named or not), or None when the piece is not one."""
    src = _NAMED.sub("", src, count=1)
    if not src.lstrip().startswith(("(", "\\left(")):
        return None
    try:
        return point(src)
    except Decline:
        return None


def points_in(src: str) -> list[tuple[sp.Basic, ...]] | None:
    """Every point of a piece that lists points: "(0, 0), (3, 0) and (3, 4)"."""
    # "A(1, 1), B(6, 1), C(3, 7)": the points' names go; their coordinates stay
    plain = re.sub(r"(?<![A-Za-z\\])[A-Z]'?\s*=?\s*(?=\()", "",
                   src.replace("\\left", "").replace("\\right", ""))
    groups = re.findall(r"\((?:[^()]|\([^()]*\))*\)", plain)
    rest = re.sub(r"\((?:[^()]|\([^()]*\))*\)", "", plain)
    if len(groups) < 2 or re.sub(r"\\text\{\s*and\s*\}|and|[,\s]", "", rest):
        return None
    pts = [as_point(g) for g in groups]
    return None if any(p is None for p in pts) else pts  # type: ignore[return-value]


def number(src: str) -> sp.Basic | None:
    """A piece that is one real number (`12`, `2\\sqrt{3}`, `4\\pi`), else None."""
    try:
        v = parse_latex(src)
    except Decline:
        return None
    if not isinstance(v, sp.Expr) or v.free_symbols or not v.is_real:
        return None
    return v


# an angle written as a number of degrees: "70", "70^\\circ", "70^{\\circ}"
DEGREES = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(?:\^\s*\{?\s*\\circ\s*\}?)?\s*")


def angle_degrees(src: str) -> sp.Rational:
    """A piece that is an angle of a figure in degrees, strictly between 0 and 180."""
    m = DEGREES.fullmatch(src)
    v = number(m.group(1)) if m else None
    if v is None or not 0 < v < 180:
        raise Decline("an angle between 0 and 180 degrees")
    return sp.nsimplify(v)


def axis_words(maths: list[str], template: str) -> str:
    """Write "$y$-intercept" and "$x$-coordinate" as the words "y-intercept", "x-coordinate"."""
    def word(m: re.Match[str]) -> str:
        letter = maths[int(m.group(1))].strip()
        return f"{letter}-{m.group(2)}" if letter in ("x", "y", "z") else m.group(0)
    return re.sub(r"@(\d+)@ ?-(intercepts?|coordinates?|axis|values?)", word, template)


def as_tuple(v: sp.Basic) -> sp.Basic:
    """"(x, y)" parses as an open interval; read it as the pair it is written as."""
    if isinstance(v, sp.Interval) and v.left_open and v.right_open:
        return sp.Tuple(v.start, v.end)
    return v


def places(template: str) -> list[int]:
    """The piece numbers in the order the template names them."""
    return [int(g) for g in _PLACE.findall(template)]


def has_any(template: str, wanted: frozenset[str] | set[str]) -> bool:
    """A cheap first test: does the question use any of these words?"""
    return bool(words(template) & wanted)


def sentences(template: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.?!])\s+", template) if s.strip()]



def each_told_once(text: str, named: Sequence[tuple[str, K]], value: Callable[[str], sp.Expr],
                   twice: Callable[[K], str]) -> tuple[dict[K, sp.Expr], str]:
    """Each measure a pattern finds (its first group that matched is the number's slot), read
    by `value`, and the text with every pattern's match taken out; Decline with `twice(name)`
    when a pattern is found more than once."""
    got: dict[K, sp.Expr] = {}
    for pattern, name in named:
        found = list(re.finditer(pattern, text))
        if len(found) > 1:
            raise Decline(twice(name))
        if found:
            got[name] = value(next(g for g in found[0].groups() if g is not None))
        text = re.sub(pattern, " ; ", text)
    return got, text


__all__ = ["COMMON", "DEGREES", "angle_degrees", "as_point", "as_tuple", "axis_words",
           "each_told_once", "has_any",
           "is_label", "number", "places", "point_name", "points_in", "segment_letters",
           "sentences", "without_area_units", "without_example"]


def told_lengths(split: Split, text: str, told: list[tuple[str, str]],
                 asks: list[tuple[str, str]], glue: frozenset[str]
                 ) -> tuple[dict[str, sp.Expr], str] | None:
    """Lengths told by patterns (group 1: the number's piece; each named once, positive) and
    the one asked by the question that ends the text; None when a word other than `glue` or
    a number is left over."""
    lengths: dict[str, sp.Expr] = {}
    names = ", ".join(dict.fromkeys(w for _, w in told))
    for pattern, what in told:
        for m in list(re.finditer(pattern, text)):
            value = number(split.maths[int(m.group(1))])
            if value is None or not value.is_positive or what in lengths:
                raise Decline(f"one positive length for each of the {names}")
            lengths[what] = value
        text = re.sub(r"\s+", " ", re.sub(pattern, " ; ", text))
    for pattern, what in asks:
        if q := re.search(pattern, text):
            rest = text[:q.start()]
            if what in lengths or words(rest) - glue or re.search(r"@\d+@", rest):
                return None
            return lengths, what
    return None


LENGTH_UNITS = (r"units?|cm|centimet(?:er|re)s?|m|met(?:er|re)s?|inch(?:es)?|feet|foot|ft|km|"
                r"kilomet(?:er|re)s?|mm|millimet(?:er|re)s?|yards?|miles?")


def without_length_units(text: str) -> tuple[str, set[str]]:
    """The text with the unit after each number dropped ("@3@ cm" -> "@3@"), and the units
    dropped (a reader that drops them requires one unit throughout)."""
    units = {m.group(1).rstrip("s") for m in re.finditer(rf"@\d+@ ({LENGTH_UNITS})\b", text)}
    return re.sub(rf"(@\d+@) (?:{LENGTH_UNITS})\b", r"\1", text), units
