"""Number answers that math-verify does not match: a decimal approximation at the
writer's precision (1.414 for √2), and complex numbers written with `i`
(`i(2-i)` is `1 + 2i`). Parsed by our strict grammar (no eval); callers run this
under their own deadline (`answers.equivalent`) or in the bounded child."""

from __future__ import annotations

import re

import sympy

from tutor.verify.answer_forms import split_top
from tutor.verify.lenient_parser import parse_lenient_expr
from tutor.verify.parse_limits import ParseError
from tutor.verify.strict_parser import parse_strict

_DECIMAL = re.compile(r"^-?\d+\.(\d+)$")
_WRAPPERS = re.compile(r"^\s*\$*\s*(?:\\boxed\s*\{(?P<boxed>.*)\}|(?P<plain>.*?))\s*\$*\s*\.?\s*$",
                       re.DOTALL)
_NAME_IS = re.compile(r"^\s*[a-zA-Z]\s*=\s*")
_CUT_OFF = re.compile(r"(?<=\d)\s*(?:\\[lc]?dots|\.{2,}|…)$")
_I_TIMES = re.compile(r"(?<![a-zA-Z\\])i\s*(?=\()")


def _bare(answer: str) -> str:
    m = _WRAPPERS.match(answer)
    body = (m.group("boxed") or m.group("plain") or "") if m else answer
    return _NAME_IS.sub("", body).strip()


def _number(answer: str, complex_i: bool = False) -> sympy.Expr | None:
    text = _bare(answer)
    if complex_i:
        text = _I_TIMES.sub("i*", text)
    try:
        expr = parse_strict(text).expr
    except (ParseError, ValueError, ZeroDivisionError, TypeError, OverflowError):
        return None
    if complex_i and expr.free_symbols == {sympy.Symbol("i")}:
        expr = expr.subs(sympy.Symbol("i"), sympy.I)
    return expr if expr.is_number and not expr.free_symbols else None


def approximately_equal(exact: str, approximation: str) -> bool:
    """`approximation` is a decimal that rounds `exact` at the places it shows
    (at least one): 1.414 for √2, 0.33 for 1/3; one cut off with an ellipsis may also
    state the first digits (2.2360... for √5 = 2.23606...); not 1.41 for 1.5."""
    decimal = _CUT_OFF.sub("", _bare(approximation))
    m = _DECIMAL.match(decimal)
    if not m:
        return False
    value, target = sympy.Rational(decimal), _number(exact)
    if target is None:  # `e`, `\ln 2`: the broader parser (this only ever accepts)
        target = parse_lenient_expr(_bare(exact))
        if target is not None and (target.free_symbols or not target.is_number):
            target = None
    if target is None or not target.is_real:
        return False
    places = len(m.group(1))
    gap = abs(sympy.N(target - value, 30))
    if gap <= sympy.Rational(1, 2 * 10**places) * (1 + sympy.Rational(1, 10**9)):
        return True
    # "2.2360..." states the first digits of 2.23606...: cut off, not rounded
    beyond = sympy.N(abs(target) - abs(value), 30)
    return bool(decimal != _bare(approximation) and bool(value >= 0) == bool(target >= 0)
                and 0 <= beyond < sympy.Rational(1, 10**places))


def _capital_unit(text: str) -> str:
    """`3 + 4I` (the imaginary unit as SymPy and Python-minded writers spell it) as
    `3 + 4i`, when I is the only letter outside LaTeX commands, stands alone (`II` is a
    Roman numeral) and the answer has a digit (a bare `I` may be a choice)."""
    plain = re.sub(r"\\[a-zA-Z]+", "", text)
    letters = {ch for ch in plain if ch.isascii() and ch.isalpha()}
    if letters != {"I"} or re.search(r"I\s*I", plain) or not re.search(r"\d", plain):
        return text
    return text.replace("I", "i")


def complex_equal(gold: str, pred: str) -> bool:
    """Numbers, one at least written with `i` (or a lone `I`), that are equal: `i(2-i)`
    and `1 + 2i`, `\\sqrt{-9}` and `3i`, `i^2` and `-1`."""
    gold, pred = _capital_unit(gold), _capital_unit(pred)
    if "i" not in gold and "i" not in pred:
        return False
    a, b = _number(gold, complex_i=True), _number(pred, complex_i=True)
    if a is None or b is None:
        return False
    return bool(sympy.expand(a - b) == 0)


_MATRIX = re.compile(r"^\\begin\{([pbBvV]?matrix)\}(?P<body>.*)\\end\{\1\}$", re.DOTALL)
_BRACKETS = {"(": ")", "[": "]", "\\{": "\\}", "\\langle": "\\rangle"}


def _parts(answer: str) -> tuple[str, list[list[str]]] | None:
    """An answer as (kind, rows of entries): a matrix (`\\begin{pmatrix}` or `[[..], [..]]`),
    a bracketed tuple/interval/set, or a bare list; None for a single entry."""
    text = _bare(answer)
    m = _MATRIX.match(text)
    if m:
        rows = [row for row in split_top(m.group("body"), "\\\\") if row]
        return "matrix", [split_top(row, "&") for row in rows]
    if text.startswith("[[") and text.endswith("]]"):
        return "matrix", [split_top(row.strip("[] "), ",") for row in split_top(text[1:-1], ",")]
    for left, right in _BRACKETS.items():
        if text.startswith(left) and text.endswith(right) and len(split_top(text, ",")) == 1:
            entries = split_top(text[len(left):-len(right)], ",")
            return (left + right, [entries]) if len(entries) > 1 else None
    entries = split_top(text, ",")
    return ("list", [entries]) if len(entries) > 1 else None


def _entry_matches(exact: str, approximation: str) -> bool:
    a, b = _number(exact), _number(approximation)
    if a is not None and b is not None and sympy.simplify(a - b) == 0:
        return True
    return approximately_equal(exact, approximation)


def equal_parts(gold: str, pred: str) -> bool:
    """Matrices, vectors and tuples of the same shape and brackets whose entries are the
    same numbers, read by our strict grammar (`-1/2` and `-\\frac{1}{2}` inside a
    `pmatrix`, which math-verify does not match); entries that are not plain numbers are
    left to math-verify."""
    ours, theirs = _parts(gold), _parts(pred)
    if ours is None or theirs is None:
        return False
    (kind_a, rows_a), (kind_b, rows_b) = ours, theirs
    if kind_a != kind_b or kind_a in ("list", "\\{\\}") or \
            [len(r) for r in rows_a] != [len(r) for r in rows_b]:
        return False
    for row_a, row_b in zip(rows_a, rows_b, strict=True):
        for a, b in zip(row_a, row_b, strict=True):
            x, y = _number(a), _number(b)
            if x is None or y is None or sympy.simplify(x - y) != 0:
                return False
    return True


def approximately_equal_parts(exact: str, approximation: str) -> bool:
    """Matrices, tuples, intervals and lists of the same shape and brackets whose entries
    are equal or decimals at the writer's precision (a bare list or a set in any order)."""
    ours, theirs = _parts(exact), _parts(approximation)
    if ours is None or theirs is None:
        return False
    (kind_a, rows_a), (kind_b, rows_b) = ours, theirs
    if kind_a != kind_b or [len(r) for r in rows_a] != [len(r) for r in rows_b]:
        return False
    if kind_a in ("list", "\\{\\}"):
        left = list(rows_b[0])
        for entry in rows_a[0]:
            match = next((i for i, other in enumerate(left) if _entry_matches(entry, other)), None)
            if match is None:
                return False
            left.pop(match)
        return True
    return all(_entry_matches(a, b) for row_a, row_b in zip(rows_a, rows_b, strict=True)
               for a, b in zip(row_a, row_b, strict=True))
