"""Answers that are one equation of a line, curve or surface: `2x + 4y - 3 = 0` is the
same answer as `y = -\\frac{1}{2}x + \\frac{3}{4}`, and `\\frac{x^2}{4} + \\frac{y^2}{3} = 1`
the same as `\\frac{x^2}{16} + \\frac{y^2}{12} = \\frac{1}{4}`: the two equations have the
same solutions because one is a nonzero constant multiple of the other.

`equations_agree` only ever accepts (True) or leaves the pair (None): two equations that
are not multiples of each other may still describe one curve (`y = \\sqrt{x}` and
`y^2 = x, y \\ge 0`), so a mismatch here proves nothing. It decides only for equations in
two or more letters; `x = 2` against `2x = 4` stays with the general comparison, which
reads `x = 2` as the value 2.

Both sides are read by our strict grammar. The constant is found at random points (40
digits) and then confirmed exactly: the numerators, cleared of denominators, must differ
by that rational multiple after expansion.
"""

from __future__ import annotations

import re

import sympy

from tutor.verify.answer_forms import core
from tutor.verify.parse_limits import ParseError
from tutor.verify.rewrites import constant_ratio
from tutor.verify.strict_parser import parse_strict

_LONGEST = 200  # one equation; a longer text is a solution, not an answer
_ONE_EQUALS = re.compile(r"^(?P<lhs>[^=<>,;]+)=(?P<rhs>[^=<>,;]+)$")


def _difference(answer: str) -> sympy.Expr | None:
    """lhs - rhs of an answer that is one equation in two or more letters, else None."""
    text = core(answer)
    m = _ONE_EQUALS.match(text) if len(text) <= _LONGEST else None
    if m is None:
        return None
    try:
        lhs, rhs = parse_strict(m.group("lhs")).expr, parse_strict(m.group("rhs")).expr
    except (ParseError, ValueError, ZeroDivisionError, TypeError, OverflowError):
        return None
    diff = lhs - rhs
    if len(diff.free_symbols) < 2 or diff.has(sympy.Function):
        return None
    return diff


def _numerator(expr: sympy.Expr) -> sympy.Expr | None:
    if sympy.count_ops(expr) > 200:
        return None
    numerator, denominator = sympy.fraction(sympy.together(expr))
    return numerator if not denominator.free_symbols else None


def equations_agree(gold: str, pred: str) -> bool | None:
    """True when both answers are one equation in the same two or more letters and one
    is a nonzero constant multiple of the other; None otherwise (see module doc)."""
    a, b = _difference(gold), _difference(pred)
    if a is None or b is None or a.free_symbols != b.free_symbols:
        return None
    na, nb = _numerator(a), _numerator(b)
    if na is None or nb is None:
        return None
    ratio = constant_ratio(na, nb)
    if ratio is None or not ratio.is_real:
        return None
    exact = sympy.nsimplify(ratio, rational=True, tolerance=sympy.Float(10) ** -30)
    if exact == 0 or not exact.is_Rational:
        return None
    return True if sympy.expand(nb - exact * na) == 0 else None
