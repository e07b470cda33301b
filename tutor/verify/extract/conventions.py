"""Forms in which `=` is a writing convention, not an equality of the two sides.

* a running computation: `14 + 9 + 6 = 14 + 9 = 23`, the writer computes the
  first part of the left side (the rest follows: `23 + 6 = 29`);
* a total that runs on: `12 + 15 = 27 − 4 = 23`, the writer writes the result of the
  left side and goes on computing from it (the link's claim is `12 + 15 = 27`);
* a percentage added on as a calculator does: `50 + 10% = 55`, the writer adds 10% of
  50 (read literally, 50 + 0.1 is 50.1); `added_percent` finds the form, and the checker
  then reads the claim literally only (no percentage dropped: `50 + 10 = 60`);
* a count of things used: `3*20 + 2*5 = 5 coins`, the `=` means "uses": the
  right side is the number of items (the multipliers' sum, or the number of terms).

Each test reads the text only; a claim in such a form is declined (never refuted).
"""

from __future__ import annotations

import re
from fractions import Fraction

from tutor.verify.extract.flat_arithmetic import flat_value, leading_number

_SPACE = re.compile(r"\s+|\\[,;:!]|\\cdot|\\times|[·×*]")
_PRODUCT_TERM = re.compile(r"^\s*(\d{1,6})\s*(?:\*|×|·|\\times|\\cdot|x)\s*(\d{1,6})\s*$")
_TERM_SPLIT = re.compile(r"\s*\+\s*")
_COUNT = re.compile(r"^\s*(\d{1,6})\s*$")


def _compact(text: str) -> str:
    return _SPACE.sub("", text)


def is_running_prefix(lhs: str, rhs: str) -> bool:
    """`a + b + c = a + b`: the right side is the start of the left side, cut at an
    operator (the writer is part-way through computing it). Only for a right side
    that is itself a computation, in a chain that goes on."""
    full, part = _compact(lhs), _compact(rhs)
    if part and len(part) < len(full) and full.startswith(part) and full[len(part)] in "+-−/^":
        return True
    return _product_prefix(lhs, rhs)


def running_on(lhs: str, rhs: str) -> str:
    """`12 + 15 = 27 − 4`: the right side opens with the exact value of the left side and
    goes on computing from it; returns that number as written ("27"), else "". Only when
    the link as written is false (a true `6 + 2 = 8 − 0` is an ordinary claim)."""
    value, opening = flat_value(lhs), leading_number(rhs)
    if value is None or opening is None or value != opening or flat_value(rhs) == value:
        return ""
    number = re.match(r"\s*([\d,.]+)", rhs)
    return number.group(1) if number else ""


_PERCENT_ON = re.compile(r"^\s*(\d+(?:\.\d+)?)((?:\s*[-+−]\s*\d+(?:\.\d+)?\s*%)+)\s*$")
_ONE_ON = re.compile(r"([-+−])\s*(\d+(?:\.\d+)?)\s*%")


def added_percent(lhs: str) -> bool:
    """`50 + 10%`, `50 + 10% + 5%`: a number with percentages added on or taken off."""
    return _PERCENT_ON.match(lhs) is not None


def percent_readings(lhs: str) -> tuple[Fraction, Fraction] | None:
    """The two values of `50 + 10% + 5%`: a calculator's, each percentage of the running
    total (57.75), and the literal one, each percentage a number (50.15); None for any
    other form."""
    m = _PERCENT_ON.match(lhs)
    if m is None:
        return None
    calculator = literal = Fraction(m.group(1))
    for sign, said in _ONE_ON.findall(m.group(2)):
        part = Fraction(said) / 100 * (1 if sign == "+" else -1)
        calculator, literal = calculator * (1 + part), literal + part
    return calculator, literal


def rate_of_factor(factor: Fraction, percent: Fraction) -> bool:
    """`110/100 = 10%`, `40/50 = 20%`: a growth or decay factor written equal to its rate,
    sloppy but no slip in the sum (`growth = 110/100 = 10%`)."""
    return percent != 0 and factor in (1 + percent / 100, 1 - percent / 100)


def _product_prefix(lhs: str, rhs: str) -> bool:
    """`a·b·c = a·b` with the product signs written differently or left out."""
    left = [f for f in re.split(r"\s*(?:\*|×|·|\\cdot|\\times)\s*", lhs.strip()) if f]
    right = [f for f in re.split(r"\s*(?:\*|×|·|\\cdot|\\times)\s*", rhs.strip()) if f]
    return 1 <= len(right) < len(left) and left[: len(right)] == right and len(right) > 1


def is_count_of_items(lhs: str, rhs: str) -> bool:
    """`3*20 + 2*5 = 5`: a sum of products whose right side counts the items."""
    count = _COUNT.match(rhs)
    if not count:
        return False
    terms = _TERM_SPLIT.split(lhs.strip())
    products = [_PRODUCT_TERM.match(t) for t in terms]
    if len(terms) < 2 or not all(products):
        return False
    n = int(count.group(1))
    firsts = sum(int(m.group(1)) for m in products if m)
    seconds = sum(int(m.group(2)) for m in products if m)
    return n in (firsts, seconds, len(terms))
