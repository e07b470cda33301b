"""Answers written as relations, rewritten as the sets they describe.

* One inequality in one variable is a ray (`x > 3` is `(3, \\infty)`; math-verify
  matched it against a reference interval, not an interval against it); inequalities
  joined by "or" are the union of their intervals
  (`x < -1 \\text{ or } x \\ge 4` is `(-\\infty, -1) \\cup [4, \\infty)`); two joined by
  "and", one bound from below and one from above, are the interval between them
  (`x > 2 \\text{ and } x \\le 7` is `(2, 7]`). MARIO_EVAL reads "or"/"and" as a list
  separator and math-verify reads one inequality as an interval; neither joins them.
  "and" with two bounds on the same side, mixed "and"/"or", two variables, or a bound
  with a letter in it (`y < 2x`) decline.
* Intervals joined by `\\cap` are the interval they share (`(0, 5) \\cap [2, 8)` is
  `[2, 5)`), as MARIO_EVAL reads them; ends our grammar cannot read decline.
* A system of equations written as `\\begin{cases} x = 3 \\\\ y = -1 \\end{cases}` (or
  `aligned`, `array`) is the list `x = 3, y = -1`, which is read as the tuple (3, -1)
  like any named list. A row that is not `name = value` (a piecewise function's
  `x^2 & x > 0`) declines.

String work; the bounds of an "and" are read by our strict grammar to see that the
interval is not empty. Nothing is evaluated as code.
"""

from __future__ import annotations

import re

import sympy

from tutor.verify.parse_limits import ParseError
from tutor.verify.strict_parser import parse_strict

_JOIN = re.compile(r"\s*(?:\\(?:text|mbox|mathrm)\s*\{\s*(or|and)\s*\}|(?<![a-zA-Z])(or|and)"
                   r"(?![a-zA-Z])|\\(lor|vee|land|wedge)(?![a-zA-Z]))\s*")
_LESS = r"<|\\le(?:q|qslant)?(?![a-zA-Z])"
_MORE = r">|\\ge(?:q|qslant)?(?![a-zA-Z])"
_SIDE = r"(?:(?!\\[lgn]e)[^<>=;])+?"
_RELATION = re.compile(rf"^(?P<left>{_SIDE})\s*(?P<rel>{_LESS}|{_MORE})\s*(?P<right>{_SIDE})$")
_NAME = re.compile(r"^[a-zA-Z]$")
_NOT_EQUAL = re.compile(r"^([a-zA-Z])\s*(?:\\neq?(?![a-zA-Z])|\\not=|!=)\s*(?P<bound>[^<>=]+)$")
_ENVIRONMENT = re.compile(r"^\\begin\{(cases|aligned|array)\}(?:\{[lcr|]*\})?(?P<body>.*)"
                          r"\\end\{\1\}$", re.DOTALL)
_EQUATION_ROW = re.compile(r"^&?\s*(?P<name>[a-zA-Z](?:_\{?\w+\}?)?)\s*&?=&?\s*"
                           r"(?P<value>[^=&<>]+)$")
_OR_WORDS = {"or", "lor", "vee"}


def _bound(relation: str) -> tuple[str, str, str, bool] | None:
    """`x < 3` or `3 > x` as (variable, "upper"/"lower", bound, strict)."""
    m = _RELATION.match(relation.strip())
    if not m:
        return None
    left, right, rel = m.group("left").strip(), m.group("right").strip(), m.group("rel")
    strict = rel in "<>"
    less = rel == "<" or rel.startswith("\\le")
    if _NAME.match(left) and right and not re.search("[a-zA-Z]", _letters(right)):
        return left, "upper" if less else "lower", right, strict
    if _NAME.match(right) and left and not re.search("[a-zA-Z]", _letters(left)):
        return right, "lower" if less else "upper", left, strict
    return None


def _letters(text: str) -> str:
    return re.sub(r"\\[a-zA-Z]+", "", text)


def _interval(side: str, bound: str, strict: bool) -> str:
    if side == "upper":
        return f"(-\\infty, {bound}{')' if strict else ']'}"
    return f"{'(' if strict else '['}{bound}, \\infty)"


def joined_inequalities(text: str) -> str | None:
    """One inequality in one variable (a ray; `x \\ne 2`: all reals but 2), or several
    joined by "or" (a union) or "and" (an interval), as interval notation; None when
    `text` is not that."""
    m = _NOT_EQUAL.match(text.strip())
    if m and not re.search("[a-zA-Z]", _letters(m.group("bound"))):  # all reals but one
        bound = m.group("bound").strip()
        return f"(-\\infty, {bound}) \\cup ({bound}, \\infty)"
    pieces = _JOIN.split(text.strip())
    relations, joins = pieces[0::4], [next(filter(None, pieces[i:i + 3]), "")
                                      for i in range(1, len(pieces), 4)]
    if len(set(joins)) > 1:
        return None
    bounds = [_bound(relation) for relation in relations]
    if any(b is None for b in bounds) or len({b[0] for b in bounds if b}) != 1:
        return None
    if not joins or joins[0] in _OR_WORDS:
        return " \\cup ".join(_interval(side, bound, strict) for _, side, bound, strict in
                              (b for b in bounds if b))
    if len(bounds) != 2 or not bounds[0] or not bounds[1] or bounds[0][1] == bounds[1][1]:
        return None
    low, high = sorted((bounds[0], bounds[1]), key=lambda b: b[1] != "lower")
    if not _below(low[2], high[2]):  # `x > 5 and x < 2` holds for no x: no interval
        return None
    return (f"{'(' if low[3] else '['}{low[2]}, {high[2]}{')' if high[3] else ']'}")


def _below(low: str, high: str) -> bool:
    """Both bounds read as real numbers in our strict grammar and low < high."""
    try:
        a, b = parse_strict(low).expr, parse_strict(high).expr
    except (ParseError, ValueError, ZeroDivisionError, TypeError, OverflowError):
        return False
    return bool(a.is_real and b.is_real and (b - a).is_positive)


_INTERVAL = re.compile(r"^\s*(?:\\left)?(?P<open>[(\[])\s*(?P<low>[^,()\[\]]+?)\s*,\s*"
                       r"(?P<high>[^,()\[\]]+?)\s*(?:\\right)?(?P<close>[)\]])\s*$")
_INFINITE = {"-\\infty": -1, "\\infty": 1, "+\\infty": 1}


def _end(bound: str) -> sympy.Expr | None:
    """An interval end as a SymPy number (or +-oo), None when our grammar cannot read it."""
    bound = bound.strip()
    if bound in _INFINITE:
        return sympy.oo * _INFINITE[bound]
    try:
        value = parse_strict(bound).expr
    except (ParseError, ValueError, ZeroDivisionError, TypeError, OverflowError):
        return None
    return value if value.is_number and value.is_real else None


def interval_intersection(text: str) -> str | None:
    """`(0, 5) \\cap [2, 8)` as the interval they share, `[2, 5)` (or `\\emptyset`)."""
    pieces = re.split(r"\\cap(?![a-zA-Z])", text)
    matches = [_INTERVAL.match(piece) for piece in pieces]
    if len(pieces) < 2 or not all(matches):
        return None
    ends = []
    for m in (m for m in matches if m):
        low, high = _end(m.group("low")), _end(m.group("high"))
        if low is None or high is None:
            return None
        ends.append((m, low, high))
    # the largest low end (an open end wins a tie) and the smallest high end
    low_m, low, _ = max(ends, key=lambda e: (e[1], e[0].group("open") == "("))
    high_m, _, high = min(ends, key=lambda e: (e[2], e[0].group("close") != ")"))
    open_ends = low_m.group("open") == "(" or high_m.group("close") == ")"
    if bool(low > high) or (bool(sympy.Eq(low, high)) and open_ends):
        return "\\emptyset"
    if bool(sympy.Eq(low, high)):  # [5, 8) meets (0, 5] in the one number 5
        return f"\\{{{low_m.group('low').strip()}\\}}"
    return (f"{low_m.group('open')}{low_m.group('low').strip()}, "
            f"{high_m.group('high').strip()}{high_m.group('close')}")


def system_list(text: str) -> str | None:
    """A `cases`/`aligned`/`array` block of `name = value` rows as `x = 3, y = -1`."""
    m = _ENVIRONMENT.match(text.strip())
    if not m:
        return None
    rows = [row.strip() for row in re.split(r"\\\\", m.group("body")) if row.strip()]
    equations = [_EQUATION_ROW.match(row) for row in rows]
    if len(rows) < 2 or not all(equations):
        return None
    return ", ".join(f"{e.group('name')} = {e.group('value').strip()}" for e in equations if e)
