"""Ordered answers for `answer_values`: a point or tuple `(3, -1)`, an interval `[2, 5)`,
and named values `a = 3, b = -1` (the tuple of the values when the names are in
alphabetical order, the order a point lists them in).

Two such answers differ for certain when their entries differ in order or number, or
when their brackets differ and one of them is certainly an interval (a round bracket
on one end and a square one on the other). `(1, 3)` against `[1, 3]` is not certain:
a point may be typed in square brackets.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import sympy

from tutor.verify.parse_limits import ParseError
from tutor.verify.strict_parser import parse_strict

TINY = sympy.Float(10) ** -30  # two 40-digit values closer than this are one value
_BRACKETED = re.compile(
    r"^(?:\\left\s*)?(?P<open>[(\[])(?P<body>.*?)(?:\\right\s*)?(?P<close>[)\]])$", re.DOTALL)
_NAMED = re.compile(r"^\s*(?P<name>[a-zA-Z])\s*=\s*(?P<value>[^=]+?)\s*$")
_INFINITY = re.compile(r"^(?P<sign>[+-]?)\s*(?:\\infty|∞|\\inf)$")
THOUSANDS = re.compile(r"\d,\s?\d{3}(?!\d)")  # `1,000` or `1, 000`: a separator, perhaps
_DECIMAL = re.compile(r"\d*\.(\d+)")


class Ordered(NamedTuple):
    """An answer whose entries come in order; `brackets` is "()" for named values.
    `slack[k]` is how far entry k may be from a value it rounds: 10^-places for a
    decimal written to that many places (`1.414` for √2), 0 for an exact entry."""
    brackets: str
    values: tuple[sympy.Expr, ...]
    slack: tuple[sympy.Expr, ...]


def _entry(text: str) -> sympy.Expr | None:
    text = text.strip()
    m = _INFINITY.match(text)
    if m:
        return -sympy.oo if m.group("sign") == "-" else sympy.oo
    try:
        expr = parse_strict(text).expr
    except (ParseError, ValueError, ZeroDivisionError, TypeError, OverflowError):
        return None
    return expr if expr.is_number and not expr.free_symbols else None


def _slack(text: str) -> sympy.Expr:
    m = _DECIMAL.search(text)
    return sympy.Integer(10) ** -len(m.group(1)) if m else sympy.Integer(0)


def _ordered(brackets: str, parts: list[str]) -> Ordered | None:
    values = [_entry(p) for p in parts]
    if len(values) < 2 or any(v is None for v in values):
        return None
    return Ordered(brackets, tuple(v for v in values if v is not None),
                   tuple(_slack(p) for p in parts))


def split_top(text: str, separator: str) -> list[str]:
    """`text` split at `separator` outside brackets and braces."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += (ch in "([{") - (ch in ")]}")
        if ch == separator and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    return [*parts, text[start:]]


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += (ch in "([{") - (ch in ")]}")
        if depth < 0:
            return False
    return depth == 0


def ordered_reading(body: str) -> Ordered | None:
    """`body` (stripped of `$`, `\\boxed` and a trailing period) as an ordered answer,
    or None."""
    body = body.strip()
    if THOUSANDS.search(body):
        return None  # `(1,000, 2)`: a separator or a comma, not certain
    m = _BRACKETED.match(body)
    if m and _balanced(m.group("body")):
        return _ordered(m.group("open") + m.group("close"), split_top(m.group("body"), ","))
    parts = split_top(body, ",")
    named = [_NAMED.match(p) for p in parts]
    if len(parts) > 1 and all(named):
        names = [n.group("name") for n in named if n]
        if names != sorted(names) or len(set(names)) != len(names):
            return None
        return _ordered("()", [n.group("value") for n in named if n])
    return None


def _mixed(brackets: str) -> bool:
    return brackets in ("(]", "[)")


def _same(a: sympy.Expr, b: sympy.Expr, slack: sympy.Expr) -> bool | None:
    """Equal (within a rounding's slack), different, or None when a value cannot be
    told at 40 digits."""
    if a.is_infinite or b.is_infinite:
        return bool(a == b)
    gap = sympy.N(a - b, 40)
    if not gap.is_number or gap.has(sympy.nan, sympy.zoo):
        return None
    return bool(abs(gap) < slack) if slack else bool(abs(gap) <= TINY)


def ordered_differ(a: Ordered, b: Ordered) -> bool:
    """The two ordered answers certainly differ (see the module doc)."""
    if len(a.values) != len(b.values):
        return True
    verdicts = [_same(x, y, max(p, q)) for x, y, p, q
                in zip(a.values, b.values, a.slack, b.slack, strict=True)]
    if any(v is False for v in verdicts):
        return True
    if any(v is None for v in verdicts):
        return False
    brackets = {a.brackets or "()", b.brackets or "()"}
    return len(brackets) == 2 and any(_mixed(x) for x in brackets)
