"""A quantity written in prose, as `unit_arith` reads one: a number with at most three unit
words, an optional rate ("/student", "per hour") and an optional label in parentheses
("7995 (total cookies)"); and whether an equation between such quantities means what its
numbers say (`meaning_is_numeric`: not across two units of one kind, scale words, or
labels that change the number). Plain text work only."""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from tutor.verify.extract.latex_prose import UNIT_MARK

_NUMBER = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<pct>%?)"
# A word, or a one-letter unit `latex_prose` marked (`\\text{ m/s}`; in prose, an unknown)
_UNIT_WORD = rf"(?:[A-Za-z][A-Za-z'-]+|{UNIT_MARK}[A-Za-z](?![A-Za-z]))"
_QTY = re.compile(
    rf"(?P<money>\$\s?)?{_NUMBER}(?![\d:])"
    rf"(?P<units>(?:[ \t]+(?!per\b){_UNIT_WORD}){{0,3}})"
    rf"(?P<per>\s*/\s*{_UNIT_WORD}|[ \t]+per[ \t]+{_UNIT_WORD})?"
    r"(?P<label>\s*\([A-Za-z][A-Za-z' -]{0,40}\))?"
)
# Words that end a quantity's units: they belong to the sentence, not the unit.
_STOP = frozenset(
    "a an the of and or is are was were be to in on for from at by with each every per "
    "more less fewer than as so that which this it its equals equal gives total times "
    "plus minus divided multiplied into over left remaining then we he she they".split()
)
_SCALE = frozenset(
    "dozen dozens hundred hundreds thousand thousands million millions billion billions "
    "trillion k percent percentage half halves third thirds quarter quarters fourth fourths "
    "score gross double triple twice".split()
)
_KINDS = {
    "time": "second sec s minute min hour hr h day week month year decade century",
    "length": "inch foot feet ft yard yd mile mm cm meter metre m km",
    "mass": "ounce oz pound lb gram g mg kg ton tonne milligram",
    "volume": "cup pint quart gallon liter litre l ml tablespoon teaspoon tbsp tsp",
    "money": "dollar cent penny pennie nickel dime quarter buck euro",
    "data": "bit byte kb mb gb tb kilobyte megabyte gigabyte terabyte kilobit megabit",
    "area": "acre hectare",
}
_KIND_OF = {word: kind for kind, words in _KINDS.items() for word in words.split()}
_LABEL_CHANGES_NUMBER = re.compile(
    r"\b(?:in|per|or|approx\w*|about|around|rounded|roughly|estimated|not|wrong|incorrect)\b",
    re.IGNORECASE,
)
@dataclass(frozen=True)
class Qty:
    number: str  # digits as written, thousands commas removed, `%` kept
    unit: str  # normalised unit words ("" when none), "dollar" for `$`
    per: str  # normalised rate unit ("" when none)
    labelled: bool
    label_changes_number: bool
    worded: bool  # unit words, a rate or a label: what the plain segment finder cannot read
    text: str


def _singular(word: str) -> str:
    word = word.lower()
    if word == "feet":
        return "foot"
    for suffix, repl in (("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("xes", "x"), ("s", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix)] + repl
    return word


def read_qty(text: str, pos: int) -> Qty | None:
    m = _QTY.match(text, pos)
    if not m:
        return None
    end = m.end()
    per = m.group("per") or ""
    label = m.group("label") or ""
    kept: list[str] = []
    for w in re.finditer(_UNIT_WORD, m.group("units")):
        if w.group(0).lower() in _STOP:  # the unit ends at the first sentence word,
            end = m.start("units") + len(m.group("units")[: w.start()].rstrip())
            per, label = "", ""  # and the rate and label belong to the sentence too
            break
        kept.append(w.group(0).lstrip(UNIT_MARK))
    unit = " ".join(_singular(w) for w in kept)
    if m.group("money"):
        unit = ("dollar " + unit).strip()
    per_word = _singular(re.sub(r"^\s*(?:/|per)\s*", "", per)) if per else ""
    return Qty(
        number=m.group("num").replace(",", "") + m.group("pct"),
        unit=unit,
        per=per_word,
        labelled=bool(label),
        label_changes_number=bool(label and _LABEL_CHANGES_NUMBER.search(label)),
        worded=bool(kept or per or label),
        text=text[pos:end],
    )


def quantity_value(number: str) -> Fraction:
    if number.endswith("%"):
        return Fraction(number[:-1]) / 100
    return Fraction(number)


def meaning_is_numeric(qtys: list[Qty], ops: list[str], result: Qty) -> bool:
    """True when the numbers as written must satisfy the equation (see module doc)."""
    everything = [*qtys, result]
    words = [w for q in everything for w in (q.unit.split() + q.per.split())]
    if any(w in _SCALE for w in words) or any(q.label_changes_number for q in everything):
        return False
    if any(len(w) == 1 and w not in _KIND_OF for w in words):  # words are lower case
        return False  # a one-letter unit we cannot tell conversions of (`\\text{ N}`)
    by_kind: dict[str, set[str]] = {}
    for w in words:
        if w in _KIND_OF:
            by_kind.setdefault(_KIND_OF[w], set()).add("foot" if w in ("ft", "feet") else w)
    if any(len(units) > 1 for units in by_kind.values()):
        return False
    if any(op in "+-" for op in ops):
        # Terms and result in one unit. A bare number may stand for a count of the
        # same things ("10 cookies - 3 = 7 cookies"), not for a measure ("$5 + 50").
        units = {(q.unit, q.per) for q in everything} - {("", "")}
        if len(units) > 1:
            return False
        if units and any(not (q.unit or q.per) for q in everything):
            unit, per = next(iter(units))
            if per or any(w in _KIND_OF for w in unit.split()):
                return False
    return True


__all__ = ["Qty", "meaning_is_numeric", "quantity_value", "read_qty"]
