"""Units of measure by name, with the exact factors between units of one kind.

`unit(word)` gives the canonical unit of a word ("feet", "ft", "foot" -> foot) or None;
`factor(a, b)` is how many b make one a (foot, inch -> 12), exact, or None when the two
are of different kinds (a mile is no number of minutes). Only exact definitions are kept
(1 inch = 2.54 cm exactly, 1 mile = 5280 feet); a conversion that is only approximate
(pounds and kilograms) must be stated in the problem.
"""

from __future__ import annotations

from fractions import Fraction

# canonical unit -> (kind, size in the kind's base unit)
_SIZES: dict[str, tuple[str, Fraction]] = {
    "second": ("time", Fraction(1)), "minute": ("time", Fraction(60)),
    "hour": ("time", Fraction(3600)), "day": ("time", Fraction(86400)),
    "week": ("time", Fraction(604800)),
    "inch": ("length", Fraction(254, 100)), "foot": ("length", Fraction(254 * 12, 100)),
    "yard": ("length", Fraction(254 * 36, 100)), "mile": ("length", Fraction(254 * 63360, 100)),
    "millimeter": ("length", Fraction(1, 10)), "centimeter": ("length", Fraction(1)),
    "meter": ("length", Fraction(100)), "kilometer": ("length", Fraction(100000)),
    "cent": ("money", Fraction(1)), "dollar": ("money", Fraction(100)),
    "teaspoon": ("us volume", Fraction(1, 48)), "tablespoon": ("us volume", Fraction(1, 16)),
    "cup": ("us volume", Fraction(1)), "pint": ("us volume", Fraction(2)),
    "quart": ("us volume", Fraction(4)), "gallon": ("us volume", Fraction(16)),
    "milliliter": ("volume", Fraction(1)), "liter": ("volume", Fraction(1000)),
    "milligram": ("mass", Fraction(1, 1000)), "gram": ("mass", Fraction(1)),
    "kilogram": ("mass", Fraction(1000)),
    "ounce": ("us mass", Fraction(1)), "pound": ("us mass", Fraction(16)),
}
_SPELLINGS = {
    "seconds": "second", "sec": "second", "secs": "second", "minutes": "minute",
    "min": "minute", "mins": "minute", "hours": "hour", "hr": "hour", "hrs": "hour",
    "days": "day", "weeks": "week", "inches": "inch", "in": "inch", "feet": "foot",
    "ft": "foot", "yards": "yard", "yd": "yard", "miles": "mile", "mi": "mile",
    "millimeters": "millimeter", "mm": "millimeter", "centimeters": "centimeter",
    "cm": "centimeter", "meters": "meter", "m": "meter", "kilometers": "kilometer",
    "km": "kilometer", "cents": "cent", "dollars": "dollar", "cups": "cup", "pints": "pint",
    "quarts": "quart", "gallons": "gallon", "teaspoons": "teaspoon", "tsp": "teaspoon",
    "tablespoons": "tablespoon", "tbsp": "tablespoon", "milliliters": "milliliter",
    "ml": "milliliter",
    "liters": "liter", "l": "liter", "milligrams": "milligram", "mg": "milligram",
    "grams": "gram", "g": "gram", "kilograms": "kilogram", "kg": "kilogram",
    "ounces": "ounce", "oz": "ounce", "pounds": "pound", "lb": "pound", "lbs": "pound",
    "metres": "meter", "metre": "meter", "centimetres": "centimeter", "centimetre": "centimeter",
    "kilometres": "kilometer", "kilometre": "kilometer", "millimetres": "millimeter",
    "litres": "liter", "litre": "liter",
}
# words that are never read as a unit on their own ("in", "m" and "l" are too common)
_AMBIGUOUS = frozenset({"in", "m", "l", "g", "min"})
DISTANCE = frozenset(u for u, (k, _) in _SIZES.items() if k == "length")
TIME = frozenset(u for u, (k, _) in _SIZES.items() if k == "time")


def unit(word: str, *, abbreviations: bool = True) -> str | None:
    """The canonical unit a word names, or None."""
    if word in _SIZES:
        return word
    if word in _AMBIGUOUS and not abbreviations:
        return None
    return _SPELLINGS.get(word)


def kind(u: str) -> str:
    return _SIZES[u][0]


def factor(a: str, b: str) -> Fraction | None:
    """How many `b` make one `a`, or None when they measure different things."""
    (ka, sa), (kb, sb) = _SIZES[a], _SIZES[b]
    return sa / sb if ka == kb else None


def days_and_hours(a: str, b: str) -> bool:
    """One unit is days or weeks and the other hours, minutes or seconds. A rate told in hours
    and asked over days ("earns $90 in 6 hours; how much in 3 days") reads two ways: whole days
    of 24 hours, or days of work (of reading, of driving). Exact as a conversion alone ("how
    many hours are in 3 days"), so only readers of rates ask this."""
    return {a, b} & {"day", "week"} != set() and {a, b} & {"hour", "minute", "second"} != set()


def noun(word: str) -> str:
    """A counted thing in one spelling ("apples" and "apple" are one noun)."""
    got = unit(word, abbreviations=False)
    if got:
        return got
    for end, rep in (("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("zzes", "z"), ("xes", "x"),
                     ("ses", "s"), ("s", "")):
        if word.endswith(end) and len(word) > len(end) + (1 if end == "xes" else 2):
            return word[: -len(end)] + rep  # "quizzes", "boxes"
    return word


__all__ = ["DISTANCE", "TIME", "factor", "kind", "noun", "unit"]
