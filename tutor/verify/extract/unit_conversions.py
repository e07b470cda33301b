"""A measure converted to another unit of its kind: "2.5 hours = 150 minutes",
"1.2 km is 1200 m", "750 g = 0.75 kg", "90 seconds = 1.5 minutes".

Students and reasoning models convert units in one step of their own; with no operator
in it, no other reader takes it. The claim is the conversion's arithmetic: "2.5 hours =
150 minutes" is `2.5 × 60 = 150` (note: "60 minutes in an hour"), checked exactly like
any other.

Only conversions with one reading are claims:

* cents and dollars ("200 cents = $2", "$1.50 = 150¢"), not after "at" or "@" (a price);
* seconds, minutes and hours, and the metric prefixes of metres, grams and litres
  (mm cm m km, mg g kg, ml l), and customary units within their own system (inches,
  feet, yards and miles; ounces and pounds; cups, pints, quarts and gallons, whose
  ratios the US and British systems share): a wrong factor there is certainly a slip;
  a conversion between the two systems ("1 inch = 2.5 cm") is not read;
* days and weeks are verified but never refuted: "1 day = 8 hours" is a working day
  in a problem about shifts;
* after "if", "suppose", "check whether" or in a question, verified but never refuted;
* a unit that is squared, cubed or a rate ("m²", "km/h", "per hour"), a measure right
  after an operator or a number ("3 × 2 hours = 360 minutes" multiplies first; a result
  after `=` is read: "50 cm × 4 = 200 cm = 2 m" converts 200 cm), a
  measure in two units on either side ("90 minutes = 1 hour 30 minutes", "2 hours 30
  minutes = 9000 s"), and a result that goes on with a comparison ("is 30 minutes
  longer") are not read.

Plain text work (no SymPy): the claim is checked in the worker pool like any other.
"""

from __future__ import annotations

import re
from fractions import Fraction

from tutor.verify.extract.claim import QUESTION, TRIES, RawClaim, said_false, text_flags

__all__ = ["UNIT_PATTERN", "conversion_claims", "sizes_of_kind", "unit_size"]

# unit word -> (kind, size in the kind's base unit, strict: a wrong factor is a slip)
_UNITS: dict[str, tuple[str, Fraction, bool]] = {}
for _names, _kind, _size, _strict in [
    ("s sec secs second seconds", "time", Fraction(1), True),
    ("min mins minute minutes", "time", Fraction(60), True),
    ("h hr hrs hour hours", "time", Fraction(3600), True),
    ("day days", "time", Fraction(86400), False),
    ("week weeks", "time", Fraction(604800), False),
    ("mm millimetre millimetres millimeter millimeters", "length", Fraction(1, 1000), True),
    ("cm centimetre centimetres centimeter centimeters", "length", Fraction(1, 100), True),
    ("m metre metres meter meters", "length", Fraction(1), True),
    ("km kilometre kilometres kilometer kilometers", "length", Fraction(1000), True),
    ("mg milligram milligrams", "mass", Fraction(1, 1000), True),
    ("g gram grams", "mass", Fraction(1), True),
    ("kg kilogram kilograms", "mass", Fraction(1000), True),
    ("ml mL millilitre millilitres milliliter milliliters", "volume", Fraction(1, 1000), True),
    ("l L litre litres liter liters", "volume", Fraction(1), True),
    # customary units, a kind of their own each: "1 inch = 2.5 cm" is a rounding, not a slip
    ("inch inches", "customary length", Fraction(1), True),
    ("ft foot feet", "customary length", Fraction(12), True),
    ("yd yard yards", "customary length", Fraction(36), True),
    ("mi mile miles", "customary length", Fraction(63360), True),
    ("oz ounce ounces", "customary mass", Fraction(1), True),
    ("lb lbs pound pounds", "customary mass", Fraction(16), True),
    ("cup cups", "customary volume", Fraction(1), True),
    ("pint pints", "customary volume", Fraction(2), True),
    ("quart quarts", "customary volume", Fraction(4), True),
    ("gal gallon gallons", "customary volume", Fraction(16), True),
]:
    for _name in _names.split():
        _UNITS[_name] = (_kind, _size, _strict)

UNIT_PATTERN = "|".join(sorted((re.escape(u) for u in _UNITS), key=len, reverse=True))


def unit_size(word: str) -> tuple[str, Fraction, bool] | None:
    """(kind, size in the kind's base unit, strict) of a unit word of the table, or None."""
    return _UNITS.get(word)


def sizes_of_kind(kind: str) -> set[Fraction]:
    """The sizes of every unit of one kind in the table."""
    return {size for k, size, _ in _UNITS.values() if k == kind}


_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_UNIT = UNIT_PATTERN
_CONVERSION = re.compile(
    rf"(?<![\w.^/$])(?P<a>{_NUM})\s?(?P<u>{_UNIT})(?![\w²³^/])(?!\s*(?:per|/)\b)"
    rf"\s*(?P<says>=|is\s+equal\s+to|is|equals)\s*"
    rf"(?P<b>{_NUM})\s?(?P<v>{_UNIT})(?![\w²³^/])(?!\s*(?:per\b|/))"
    r"(?!\s+(?:more|less|longer|shorter|later|earlier|before|after|than|of|each|faster|"
    r"slower|heavier|lighter|left)\b)"
    # "= 1 hour 30 minutes": a measure in two units (not "= 2000 m, 3 km = 3000 m")
    rf"(?!\s*(?:,\s*|and\s+)?(?:{_NUM})\s?(?:{_UNIT})(?![\w²³^/])(?!\s*(?:=|is\b|equals)))")
# "5 feet = 5 × 12 = 60 inches": the conversion with its arithmetic written between; the
# middle is numbers and operators only. Verified, never refuted ("2 hours = 2 × 30 = 60
# minutes" may count the minutes walked in two hours), but a wrong factor ("5 feet = 5 × 10
# = 50 inches") keeps the step from being verified by its true arithmetic alone
# one class, no letters, so each start is read in linear time (no nested repeats)
_CHAIN = re.compile(
    rf"(?<![\w.^/$])(?P<a>{_NUM})\s?(?P<u>{_UNIT})(?![\w²³^/])(?!\s*(?:per|/)\b)"
    r"\s*(?:=|is)\s*(?P<mid>[\d.,+\-−×*·÷/()^ =]*?)\s*=\s*"
    rf"(?P<b>{_NUM})\s?(?P<v>{_UNIT})(?![\w²³^/])(?!\s*(?:per\b|/))"
    r"(?!\s+(?:more|less|longer|shorter|later|earlier|before|after|than|of|each|faster|"
    r"slower|heavier|lighter|left)\b)"
    rf"(?!\s*(?:,\s*|and\s+)?(?:{_NUM})\s?(?:{_UNIT})(?![\w²³^/])(?!\s*(?:=|is\b|equals)))")
# "2 hours 30 minutes = ...": the measure goes on from a measure before it
_AFTER_MEASURE = re.compile(rf"(?:{_NUM})\s?(?:{_UNIT})\s+(?:and\s+)?$")
_SAID_RESULT = re.compile(r"(?:=|\bis|\bequals)\s*$")
# A measure right after an operator, a number or an operator word is part of a computation.
_AFTER_OPERATOR = re.compile(r"(?:[-+×*÷·−/^.\d@]|\b(?:times|plus|minus|by|of|per|at))\s*$",
                             re.IGNORECASE)


def _goes_on_from_a_measure(before: str) -> bool:
    """ "2 hours 30 minutes = ...", not "2 km = 2000 m and 3 km = ..." (a result before)."""
    measure = _AFTER_MEASURE.search(before)
    return measure is not None and not _SAID_RESULT.search(before[:measure.start()])


def _factor(size: Fraction) -> str:
    return str(size.numerator) if size.denominator == 1 else f"{size.numerator}/{size.denominator}"


# cents and dollars: "200 cents = $2", "$1.50 = 150¢", "350 cents is 3.50 dollars"; not
# in the table, so "$2" and "2 dollars" stay money to every other reader
def _cents(name: str) -> str:
    return rf"(?P<{name}>{_NUM})\s?(?:cents?|¢)(?![\w/])"


def _dollars(name: str) -> str:
    return (rf"(?:\$\s?(?P<{name}>{_NUM})(?!\s?(?:cents?|¢|million|billion|k)\b)|"
            rf"(?P<{name}w>{_NUM})\s?dollars?\b)")


_SAYS = r"\s*(?:=|is\s+equal\s+to|is|equals)\s*"
_NOT_GOING_ON = (r"(?!\s+(?:more|less|than|of|each|left|per)\b)"
                 r"(?!\s*(?:and\s+)?\d+\s?(?:cents?|¢))")  # "= $2 and 50 cents": two units
_MONEY = [(re.compile(rf"(?<![\w.^/$]){_cents('a')}{_SAYS}{_dollars('b')}"
                      rf"{_NOT_GOING_ON}"), Fraction(1, 100), "cents to dollars"),
          (re.compile(rf"(?<![\w.^/]){_dollars('a')}{_SAYS}{_cents('b')}"
                      rf"{_NOT_GOING_ON}"), Fraction(100), "dollars to cents")]


def _said(m: re.Match[str], name: str) -> str:
    return m[name] or m[f"{name}w"]


def _conversions(prose: str) -> list[tuple[re.Match[str], str, str, Fraction, bool, str]]:
    """(match, amount, result, ratio, strict, note) of each conversion, in text order."""
    found = []
    for m in _CONVERSION.finditer(prose):
        (kind, size, strict), (other, target, strict_too) = _UNITS[m["u"]], _UNITS[m["v"]]
        if kind == other and size != target:
            found.append((m, m["a"], m["b"], size / target, strict and strict_too,
                          f"{m['u']} to {m['v']}"))
    for m in _CHAIN.finditer(prose):  # verified, never refuted (see _CHAIN)
        (kind, size, _), (other, target, _) = _UNITS[m["u"]], _UNITS[m["v"]]
        if kind == other and size != target and re.search(r"\d", m["mid"]):
            found.append((m, m["a"], m["b"], size / target, False, f"{m['u']} to {m['v']}"))
    for pattern, ratio, note in _MONEY:  # "200 cents = $2"
        found += [(m, _said(m, "a"), _said(m, "b"), ratio, True, note)
                  for m in pattern.finditer(prose)]
    return sorted(found, key=lambda f: f[0].start())


def conversion_claims(prose: str, limit: int = 40) -> list[RawClaim]:
    """Claims of unit conversions in the prose (see module doc), at most `limit`."""
    claims: list[RawClaim] = []
    for m, amount, result, ratio, strict, note in _conversions(prose):
        if len(claims) >= limit:
            break
        if _AFTER_OPERATOR.search(prose[max(0, m.start() - 20):m.start()]) \
                or _goes_on_from_a_measure(prose[max(0, m.start() - 40):m.start()]):
            continue
        lhs = f"{amount} × {_factor(ratio)}" if ratio.denominator == 1 \
            else f"{amount} ÷ {_factor(1 / ratio)}" if ratio.numerator == 1 \
            else f"{amount} × {_factor(ratio)}"
        before, after = prose[max(0, m.start() - 80):m.start()], prose[m.end():m.end() + 80]
        flags = text_flags(before, m.group(0), after)
        clause = re.split(r"[.!?;\n]\s", before)[-1]
        trial = bool(TRIES.search(clause[-50:]) or QUESTION.match(clause)
                     or "?" in re.split(r"[.!;]\s", after[:60])[0])
        claims.append(RawClaim(
            lhs=lhs, relation="=", rhs=result, source=m.group(0), latex=False,
            comparable=flags.comparable and strict and not trial
            and not said_false(after), asserted=not trial,
            approximate=flags.approximate, single_link=True, note=note,
            counted=m.re is _CHAIN and not trial))
    return claims
