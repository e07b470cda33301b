"""A result whose unit the computation before it does not carry: "50 × 4 = 2 m" after
"pieces of 50 cm", "250 × 6 = 1.5 kg" after "boxes of 250 g", "45 × 4 = 3 hours".

Students write the numbers of a computation bare and put the unit only on the result, often
a bigger or smaller unit of the same kind: the `=` then converts as it goes. The numbers
alone do not satisfy it, yet the step is right. Such a link is declined (never refuted,
still verified when the numbers agree as written) when some other unit of the result's kind
would make it hold (`50 cm × 4 = 2 m`), or when its left side is a computation with no
exact flat value here (a name given a measure, "t = 3 h", stays a claim).
When no unit of the kind makes it hold ("35 × 4 = 14 m": 140, 1.4, 0.14 or 140000, never
14), the slip is certain and the link stays refutable.

The kinds and sizes are unit_conversions' table (time, metric length, mass and volume,
customary length, mass and volume: "24 × 3 = 6 ft" is 72 inches), and money: in a step
about money, a result off by exactly 100 is cents written as dollars or back ("25 × 8 =
$2"). A unit squared or cubed ("m²") scales by the square or cube of the sizes.
"""

from __future__ import annotations

import re
from fractions import Fraction

from tutor.verify.extract.flat_arithmetic import flat_value
from tutor.verify.extract.unit_conversions import UNIT_PATTERN, sizes_of_kind, unit_size

__all__ = [
    "converts_as_it_goes", "money_converts", "money_value_converts", "names_money_in_latex",
    "value_converts",
]

_UNIT_FIRST = re.compile(rf"^[ \t]?(?P<u>{UNIT_PATTERN})(?P<pow>[²³]|\^[23])?(?![\w/])")
_MONEY = re.compile(r"\$|¢|\bcents?\b|\bdollars?\b")
# in LaTeX every bare `$` is a delimiter: money is the escaped sign or a word
_LATEX_MONEY = re.compile(r"\\\$|¢|\bcents?\b|\bdollars?\b|\bpennies\b")


def _result_unit(after: str) -> tuple[str, Fraction, int] | None:
    """(kind, size, power) of the unit that opens `after` ("m² ..." gives length, 1, 2)."""
    m = _UNIT_FIRST.match(after)
    if not m:
        return None
    found = unit_size(m.group("u"))
    if found is None:
        return None
    power = {"": 1, "²": 2, "^2": 2, "³": 3, "^3": 3}[m.group("pow") or ""]
    return found[0], found[1], power


def value_converts(value: Fraction, stated: Fraction, after: str) -> bool:
    """True when `value = stated` fails as written but holds for the bare value in some
    other unit of the kind of the unit that opens `after` (see module doc)."""
    unit = _result_unit(after)
    if unit is None or value == stated:
        return False
    kind, size, power = unit
    return any(value * (other / size) ** power == stated
               for other in sizes_of_kind(kind) if other != size)


def converts_as_it_goes(lhs: str, rhs: str, after: str) -> bool:
    """A link `lhs = rhs` followed by a unit (`after`) that may convert as it goes: the
    numbers agree only in another unit of its kind, or the left side has no flat value
    here to tell (see module doc). False when no unit follows."""
    if _result_unit(after) is None:
        return False
    value, stated = flat_value(lhs), flat_value(rhs)
    if value is None or stated is None:  # a name given a measure ("t = 3 h") is no computation
        return not re.fullmatch(r"\s*[A-Za-z]\w*\s*", lhs)
    return value_converts(value, stated, after)


def money_converts(step: str, lhs: str, rhs: str) -> bool:
    """In a step about money, `lhs = rhs` off by exactly 100 as written: cents and dollars
    ("25 × 8 = $2", "3 × $1.50 = 450"). False when the step names no money."""
    value, stated = flat_value(lhs), flat_value(rhs)
    return value is not None and stated is not None and money_value_converts(step, value, stated)


def money_value_converts(step: str, value: Fraction, stated: Fraction) -> bool:
    """`money_converts` on the two values."""
    return value != stated and (value == stated * 100 or value * 100 == stated) \
        and _MONEY.search(step) is not None


def names_money_in_latex(step: str) -> bool:
    """True when a step written in LaTeX names money: `\\$`, ¢, cents, dollars."""
    return _LATEX_MONEY.search(step) is not None
