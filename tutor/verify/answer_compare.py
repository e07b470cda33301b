"""A stated final answer against an independently confirmed reference answer.

Runs in the bounded answers child (`bounded_answers.compare_bounded`): it parses
untrusted text with SymPy. "different" is said only when both answers read as
exact numbers in the strict grammar and differ, or when `answer_values` finds them
certainly different (lists, matrices, expressions, complex numbers); anything else
math-verify does not call equal is "unknown".
"""

from __future__ import annotations

import re

import sympy

from tutor.verify.answer_numbers import approximately_equal
from tutor.verify.answer_text import restore_escapes
from tutor.verify.answer_values import certainly_different
from tutor.verify.answers import equivalent
from tutor.verify.parse_limits import ParseError
from tutor.verify.strict_parser import parse_strict

_NAME_IS = re.compile(r"^\s*[a-zA-Z]\s*=\s*")


def _number(text: str) -> sympy.Expr | None:
    body = text.strip().strip("$").strip()
    if body.startswith("\\boxed{") and body.endswith("}"):
        body = body[len("\\boxed{") : -1]
    body = _NAME_IS.sub("", body)
    try:
        parsed = parse_strict(body)
    except (ParseError, ValueError, ZeroDivisionError, TypeError, OverflowError):
        return None
    expr = parsed.expr
    return expr if expr.is_number and not expr.free_symbols else None


def compare(reference: str, stated: str, *, timeout: float = 2.0) -> str:
    """"same", "approximate" (a decimal rounding the reference at the places it
    shows), "different" or "unknown"."""
    reference, stated = restore_escapes(reference), restore_escapes(stated)
    if equivalent(reference, stated, timeout=timeout):
        return "same"
    if approximately_equal(reference, stated):
        return "approximate"
    ref, got = _number(reference), _number(stated)
    if ref is None or got is None:
        return "different" if certainly_different(reference, stated) else "unknown"
    diff = sympy.N(ref - got, 40)
    if not diff.is_number or diff.has(sympy.nan, sympy.zoo):
        return "unknown"
    if diff.is_zero or abs(diff) < sympy.Float(10) ** -30:
        return "same" if sympy.simplify(ref - got) == 0 else "unknown"
    return "different"
