"""Is a stated final answer certainly different from the reference answer? (Runs in the
bounded answers child, with `answer_compare`.)

Each answer is read, by our strict grammar only, as one of: a number (with `i` the
imaginary unit when it is the only letter), a list of numbers (a set: `1, 3`), a matrix
or vector (`\\begin{pmatrix}`), or an expression in letters. "Different" needs both
answers read the same way and differing for certain:

* numbers: 40-digit values more than 10^-30 apart;
* lists: as sets of 40-digit values (a list with thousands separators declines);
* matrices: the same shape, some entry different;
* points, tuples and intervals (`answer_tuples`): entries in order, brackets;
* expressions: the same letters, and the values differ at one of a few rational points
  where both are finite.

A degree sign has two readings (degrees, or the number of radians it names); the
answers differ only when every reading differs. Anything else is not "different".
"""

from __future__ import annotations

import re
from typing import Any

import sympy

from tutor.verify.answer_tuples import (
    THOUSANDS,
    TINY,
    ordered_differ,
    ordered_reading,
    split_top,
)
from tutor.verify.parse_limits import ParseError
from tutor.verify.strict_parser import parse_strict

_WRAPPED = re.compile(r"^\s*\$*\s*\\(?:boxed|fbox)\s*\{(?P<body>.*)\}\s*\$*\s*\.?\s*$", re.DOTALL)
_NAME_IS = re.compile(r"^\s*[a-zA-Z](?:_\{?\w+\}?)?(?:\([a-z]\))?\s*=\s*")
_UNITS = re.compile(r"\\(?:text|mbox|mathrm)\s*\{\s*[A-Za-z][A-Za-z ]*\}\s*$")
_DEGREES = re.compile(r"\^\s*(?:\{\s*\\circ\s*\}|\\circ)|°")
_MATRIX = re.compile(r"^\\begin\{([pbv]?matrix)\}(?P<body>.*)\\end\{\1\}$", re.DOTALL)
_POINTS = (sympy.Rational(7, 3), sympy.Rational(-5, 7), sympy.Rational(13, 4))
_I = sympy.Symbol("i")


def _unwrapped(text: str) -> str:
    text = text.strip().strip("$").strip().rstrip(".").strip()
    m = _WRAPPED.match(text)
    return m.group("body").strip() if m else text


def _body(text: str) -> str:
    text = _NAME_IS.sub("", _unwrapped(text))
    text = _UNITS.sub("", text).strip()
    sides = split_top(text, "=")
    return sides[-1].strip() if len(sides) > 1 else text  # `\sqrt{36} = 6` states 6


def _expr(text: str) -> sympy.Expr | None:
    try:
        expr = parse_strict(text).expr
    except (ParseError, ValueError, ZeroDivisionError, TypeError, OverflowError):
        return None
    if expr.free_symbols == {_I}:
        expr = expr.subs(_I, sympy.I)  # `3 - 2i`: the imaginary unit
    return expr


def _readings(text: str) -> list[tuple[str, Any]]:
    """Every reading of one answer as (kind, value); [] when none is certain."""
    ordered = ordered_reading(_unwrapped(text))
    if ordered is not None:
        return [("ordered", ordered)]
    body = _body(text)
    m = _MATRIX.match(body)
    if m:
        rows = [[_expr(entry) for entry in row.split("&")]
                for row in re.split(r"\\\\", m.group("body")) if row.strip()]
        flat = [e for row in rows for e in row]
        if flat and all(e is not None and not e.free_symbols for e in flat) \
                and len({len(row) for row in rows}) == 1:
            return [("matrix", ((len(rows), len(rows[0])), flat))]
        return []
    readings: list[tuple[str, Any]] = []
    for degrees in ((False, True) if _DEGREES.search(body) else (False,)):
        plain = _DEGREES.sub("", body)
        parts = split_top(plain, ",")
        if len(parts) > 1:
            values = [_expr(p) for p in parts]
            if THOUSANDS.search(plain) or plain.lstrip()[:1] in "([" or plain.lstrip(
                    ).startswith("\\left") or any(v is None or v.free_symbols for v in values):
                return []
            readings.append(("set", values))
            continue
        expr = _expr(plain)
        if expr is None:
            return []
        if degrees:
            expr = expr * sympy.pi / 180
        readings.append(("expression" if expr.free_symbols else "number", expr))
    return readings


def _value(expr: sympy.Expr) -> sympy.Expr | None:
    value = sympy.N(expr, 40)
    return value if value.is_number and not value.has(sympy.nan, sympy.zoo, sympy.oo,
                                                        -sympy.oo) else None


def _numbers_differ(a: sympy.Expr, b: sympy.Expr) -> bool:
    gap = _value(a - b)
    return gap is not None and abs(gap) > TINY


def _differ(kind: str, a: Any, b: Any) -> bool:
    if kind == "number":
        return _numbers_differ(a, b)
    if kind == "set":
        read_a, read_b = [_value(v) for v in a], [_value(v) for v in b]
        ours = [v for v in read_a if v is not None]
        theirs = [v for v in read_b if v is not None]
        if len(ours) < len(read_a) or len(theirs) < len(read_b):
            return False
        unmatched = [v for v in ours if all(abs(v - w) > TINY for w in theirs)]
        return bool(unmatched) or any(all(abs(w - v) > TINY for v in ours) for w in theirs)
    if kind == "ordered":
        return ordered_differ(a, b)
    if kind == "matrix":
        (shape_a, flat_a), (shape_b, flat_b) = a, b
        return shape_a == shape_b and any(
            _numbers_differ(x, y) for x, y in zip(flat_a, flat_b, strict=False))
    # expressions in the same letters
    if a.free_symbols != b.free_symbols:
        return False
    names = sorted(a.free_symbols, key=str)
    for point in _POINTS:
        at = dict.fromkeys(names, point)
        va, vb = _value(a.subs(at)), _value(b.subs(at))
        if va is not None and vb is not None and abs(va - vb) > TINY * (1 + abs(va)):
            return True
    return False


def _as_set(kind: str, value: Any, other: str) -> tuple[str, Any]:
    """A number beside a list is a list of one: `-√11` against `-√5, √5`."""
    return ("set", [value]) if kind == "number" and other == "set" else (kind, value)


def _outside(kind: str, value: Any, reference: list[tuple[str, Any]]) -> bool:
    """A single number that is none of the reference's list (a subset is not certain:
    the question may ask for one of them)."""
    return kind != "number" or all(k == "set" and all(_numbers_differ(value, v) for v in ref)
                                   for k, ref in reference)


def certainly_different(reference: str, stated: str) -> bool:
    """The two answers differ under every reading of each (see module doc)."""
    ours, theirs = _readings(reference), _readings(stated)
    if not ours or not theirs:
        return False
    for kind_a, a in ours:
        for kind_b, b in theirs:
            if kind_b == "number" and kind_a == "set" and not _outside(kind_b, b, ours):
                return False
            kind_a2, a2 = _as_set(kind_a, a, kind_b)
            kind_b2, b2 = _as_set(kind_b, b, kind_a)
            if kind_a2 != kind_b2 or not _differ(kind_a2, a2, b2):
                return False
    return True
