"""Answers of different kinds that math-verify matched because it dropped what told them
apart. Each check either decides (True/False) or says None and leaves the pair alone:

* a set of numbers `\\{1, 2\\}` against a tuple or interval `(1, 2)` / `[1, 2]`: not equal
  (MARIO_EVAL keeps the kinds apart too); a set holding a point, `\\{(1, 2)\\}`, is left;
* a numeral in another base, `11_2`, against a plain reference: its value (3) is compared
  (math-verify dropped the subscript and matched any 11), or its digits when the reference
  writes the same digits without the base, as answers to "express it in base 2" often are
  (`110111` for `110111_2`);
* a ratio of three or more parts, `2:3:5`: the same as another when the parts are
  proportional (`4:6:10`), in order; math-verify read `:` as division and matched none
  (two parts, `3:5`, stay its reading: the fraction 3/5);
* two answers that both state a unit of measure: the units must be the same unit
  (`7 \\text{ cm}` is not `7 \\text{ m}`; `cm` and `centimeters` are one unit). An
  answer without a unit, or a generic `units`, is left to the value alone.

String work; ratio parts are read by our strict grammar, other values by `same` (the
caller's comparison).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tutor.verify.answer_forms import UNIT_TAIL, base_value, core, split_top
from tutor.verify.parse_limits import ParseError
from tutor.verify.strict_parser import parse_strict

_SET = re.compile(r"^\\\{(?P<body>.*)\\\}$", re.DOTALL)
_BRACKETED = re.compile(r"^(?:\\left)?[(\[](?P<body>.*?)(?:\\right)?[)\]]$", re.DOTALL)
# a numeral (a digit at least: `b_{12}` is a name) with its base
_SUBSCRIPTED = re.compile(r"^(?P<digits>(?=[0-9A-Za-z]*\d)[0-9A-Za-z]+)_\{?\s*"
                          r"(?P<base>\d{1,2})\s*\}?$")
_PLAIN_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?$")
# a numeral's digits written as text: `\\text{A5}_{11}`, `\\mathrm{1F}_{16}`
_TEXT_DIGITS = re.compile(r"\\(?:text|mathrm|mbox)\s*\{\s*([0-9A-Za-z]+)\s*\}")

_UNIT_NAMES = {
    "centimeter": "cm", "centimetre": "cm", "millimeter": "mm", "millimetre": "mm",
    "kilometer": "km", "kilometre": "km", "meter": "m", "metre": "m", "inch": "in",
    "inche": "in", "foot": "ft", "feet": "ft", "yard": "yd", "yd": "yd", "mile": "mi",
    "gram": "g", "kilogram": "kg", "pound": "lb", "lb": "lb", "ounce": "oz", "liter": "l",
    "litre": "l", "milliliter": "ml", "millilitre": "ml", "second": "s", "sec": "s",
    "minute": "min", "hour": "h", "hr": "h", "day": "day", "week": "week", "month": "month",
    "year": "year", "mph": "mi/h", "kph": "km/h", "hrs": "h", "mins": "min", "secs": "s",
    "lbs": "lb", "yds": "yd", "yrs": "year", "yr": "year", "L": "l", "mL": "ml",
}
# Units written in Chinese after a number (`5厘米`); any other word there is left alone.
_CJK_UNITS = {
    "毫米": "mm", "厘米": "cm", "分米": "dm", "米": "m", "千米": "km", "公里": "km",
    "克": "g", "千克": "kg", "公斤": "kg", "毫升": "ml", "升": "l", "秒": "s", "分钟": "min",
    "小时": "h", "天": "day", "平方厘米": "sq cm", "平方分米": "sq dm", "平方米": "sq m",
    "平方千米": "sq km", "平方公里": "sq km", "立方厘米": "cu cm", "立方分米": "cu dm",
    "立方米": "cu m",
}
_CJK_TAIL = re.compile(r"^-?\d[\d,]*(?:\.\d+)?\s*(?:\\(?:text|mbox|mathrm)\s*\{\s*)?"
                       r"(?P<unit>[\u4e00-\u9fff]+)\s*\}?$")
_GENERIC = {"unit", "units", ""}
_LONGEST = 400  # a final answer; longer text (a whole solution) is left alone
_SAME_MEASURE = {"cu cm": "ml", "cc": "ml", "cu dm": "l"}  # a cubic centimetre is a mL


def set_against_tuple(gold: str, pred: str) -> bool:
    """One answer is a set of plain entries and the other a tuple or interval."""
    def kind(text: str) -> tuple[str, int] | None:
        text = core(text)
        if len(text) > _LONGEST:
            return None
        m = _SET.match(text)
        if m:
            entries = split_top(m.group("body"), ",")
            plain = all(entry and not re.search(r"[(\[{]", entry) for entry in entries)
            return ("set", len(entries)) if plain and len(entries) > 1 else None
        m = _BRACKETED.match(text)
        # one bracket pair around plain entries (not `(1, 2) \\cup (3, 4)`)
        if m and len(split_top(text, ",")) == 1 and not re.search(r"[()\[\]]", m.group("body")):
            entries = split_top(m.group("body"), ",")
            return ("tuple", len(entries)) if len(entries) > 1 else None
        return None
    kinds = kind(gold), kind(pred)
    return None not in kinds and {k[0] for k in kinds if k} == {"set", "tuple"}


def _numeral(answer: str) -> re.Match[str] | None:
    """A numeral with its base, its digits maybe in text (`\\text{A5}_{11}`)."""
    return _SUBSCRIPTED.match(_TEXT_DIGITS.sub(r"\1", core(answer)))


def numeral_value(gold: str, pred: str, same: Callable[[str, str], bool]) -> bool | None:
    """A graded numeral in another base against a plain number: the same digits, or the
    same value. Two numerals with bases (`\\text{A5}_{11}` and `A5_{11}`): the same base and
    the same value."""
    g, m = _numeral(gold), _numeral(pred)
    if g and m:
        values = [base_value(n.group("digits"), int(n.group("base"))) for n in (g, m)]
        return int(g.group("base")) == int(m.group("base")) and None not in values \
            and values[0] == values[1]
    m = _SUBSCRIPTED.match(core(pred))
    if not m or int(m.group("base")) == 10 or not _PLAIN_NUMBER.match(core(gold)):
        return None
    if re.sub(r"\s", "", core(gold)) == re.sub(r"\s", "", m.group("digits")):
        return True  # the numeral asked for, written without its base
    value = base_value(m.group("digits"), int(m.group("base")))
    return value is not None and same(gold, str(value))


def _unit(answer: str) -> str | None:
    """The unit a number answer ends with, in one spelling (`centimeters` -> `cm`)."""
    text = core(answer)
    if len(text) > _LONGEST:
        return None
    chinese = _CJK_TAIL.match(text)
    if chinese:
        unit = _CJK_UNITS.get(chinese.group("unit"))
        return None if unit is None else _SAME_MEASURE.get(unit, unit)
    m = UNIT_TAIL.match(text)
    if not m or not re.search(r"\d", m.group("head")):
        return None
    tail = text[m.end("head"):]
    tail = re.sub(r"\\(?:text|mbox|mathrm)\s*\{([^{}]*)\}", r" \1 ", tail)
    tail = re.sub(r"\^\s*\{?\s*2\s*\}?", " sq", re.sub(r"\^\s*\{?\s*3\s*\}?", " cu", tail))
    words = re.findall(r"[A-Za-z]+\.?|/", tail.replace("~", " "))
    spelled = []
    for word in words:
        word = word.rstrip(".")
        lower = word.lower() if len(word) > 2 else word
        lower = {"square": "sq", "cubic": "cu"}.get(lower, lower)
        singular = lower[:-1] if lower.endswith("s") and len(lower) > 3 else lower
        spelled.append(_UNIT_NAMES.get(singular, _UNIT_NAMES.get(lower, lower)))
    unit = " ".join(sorted(w for w in spelled if w in ("sq", "cu"))
                    + [w for w in spelled if w not in ("sq", "cu")])
    unit = unit.replace(" / ", "/").lower()
    return _SAME_MEASURE.get(unit, unit)


def units_differ(gold: str, pred: str) -> bool:
    """Both answers state a unit of measure, and not the same one; for two lists of the
    same length (`(3 \\text{ cm}, 4 \\text{ cm})`), some entry does so."""
    ours, theirs = _list_parts(gold), _list_parts(pred)
    if ours and theirs and len(ours) == len(theirs):
        return any(_two_units(_unit(a), _unit(b)) for a, b in zip(ours, theirs, strict=True))
    return _two_units(_unit(gold), _unit(pred))


def _two_units(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return False
    generic = {w for w in (a.split() + b.split())} & _GENERIC
    return not generic and a != b


_OUTER = re.compile(r"^(?P<open>\\left\s*[(\[]|\\\{|[(\[])(?P<body>.*)"
                    r"(?P<close>\\right\s*[)\]]|\\\}|[)\]])$", re.DOTALL)


def _list_parts(answer: str) -> list[str] | None:
    """The entries of a list, tuple or set of two or more (`3 cm, 4 cm`, `(3 cm, 4 cm)`)."""
    text = core(answer)
    if len(text) > _LONGEST:
        return None
    m = _OUTER.match(text)
    parts = split_top(m.group("body") if m else text, ",")
    return parts if len(parts) > 1 and all(parts) else None


def unitless_list(answer: str) -> str | None:
    """A list whose entries carry units, without them: `(3 \\text{ cm}, 4 \\text{ cm})` as
    `(3, 4)` (each entry a number with its unit); None when no entry has one."""
    parts = _list_parts(answer)
    if parts is None:
        return None
    heads = []
    for part in parts:
        m = UNIT_TAIL.match(part)
        head = m.group("head").strip() if m else part
        if m and re.search(r"[a-zA-Z]", re.sub(r"\\[a-zA-Z]+", "", head)):
            return None  # `2x cm`: a letter is maths, not a number with its unit
        heads.append(head)
    if heads == parts:
        return None
    m = _OUTER.match(core(answer))
    body = ", ".join(heads)
    return f"{m.group('open')}{body}{m.group('close')}" if m else body


_CLOCK = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")


def _ratio_parts(answer: str) -> list[str] | None:
    text = core(answer).replace("\\colon", ":")
    if len(text) > _LONGEST:
        return None
    parts = [part.strip() for part in text.split(":")]
    if len(parts) < 3 or not all(parts) or _CLOCK.match(text.replace(" ", "")):
        return None
    return parts


def ratios_agree(gold: str, pred: str) -> bool | None:
    """True/False for two ratios of three or more parts (proportional in order or not);
    None when either is not one or a part is not a number our grammar reads."""
    ours, theirs = _ratio_parts(gold), _ratio_parts(pred)
    if ours is None or theirs is None:
        return None
    if len(ours) != len(theirs):
        return False
    try:
        a = [parse_strict(part).expr for part in ours]
        b = [parse_strict(part).expr for part in theirs]
    except (ParseError, ValueError, ZeroDivisionError, TypeError, OverflowError):
        return None
    if not all(x.is_number and x.is_positive for x in a + b):
        return None
    return all(bool((x * b[0] - y * a[0]).simplify() == 0) for x, y in zip(a, b, strict=True))


def kinds_agree(gold: str, pred: str, same: Callable[[str, str], bool]) -> bool | None:
    """False for a set against a tuple or for two different units, the ratio comparison
    for two ratios of three parts or more, the value comparison for a numeral in another
    base against a plain number; None otherwise."""
    if set_against_tuple(gold, pred) or units_differ(gold, pred):
        return False
    ratio = ratios_agree(gold, pred)
    return ratio if ratio is not None else numeral_value(gold, pred, same)
