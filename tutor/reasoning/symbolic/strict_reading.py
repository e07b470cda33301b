"""A second, independent reading of a "Compute $expr$" problem: the verifier's strict parser
reads a narrow grammar exactly, and where it reads both the expression and the engine's
answer the two must be equal (the engine declines otherwise)."""

from __future__ import annotations

import re

import sympy as sp

from tutor.verify.parse_limits import ParseError
from tutor.verify.strict_parser import parse_strict

_EVALUATE = re.compile(
    r"^\s*(?:compute|evaluate|calculate|simplify|find|what is|what's)\s*"
    r"(?:the (?:exact )?value of\s*)?\$([^$]+)\$\s*[.?]?\s*$",
    re.IGNORECASE,
)


def agrees_with_strict_reading(text: str, answer: str) -> bool:
    """A second, independent reading of "Compute $expr$" must give the same number.

    The verifier's strict parser reads a narrow grammar exactly; where it can read
    both the expression and our answer, they must agree, or we decline rather
    than risk a confident wrong answer from a misread problem.
    """
    m = _EVALUATE.match(text)
    if not m:
        return True
    try:
        expected = parse_strict(m.group(1)).expr
        got = parse_strict(answer).expr
    except ParseError:
        return True  # outside the strict grammar: nothing to compare
    if expected.free_symbols or got.free_symbols:
        return True
    return bool(sp.simplify(expected - got) == 0)


__all__ = ["agrees_with_strict_reading"]
