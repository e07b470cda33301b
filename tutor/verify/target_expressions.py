"""The expression a problem asks to rewrite ("Expand $(x + 3)^2$", "Simplify
(x^2 - 9)/(x - 3)", "Factor x^2 - 16", "Complete the square for x^2 + 6x + 2"), and a step
that rewrites it wrongly.

A step that writes that very expression and `=` claims the two sides are equal for every
value of the letters (polynomials and fractions of them; not i or e, which may be the
constants, nor roots and logarithms, which hold only on a domain): "(x + 3)^2 = x^2 + 9" in
an expansion is the classic slip. Read as an equation it would only say x = 0, so equation
work leaves it unchecked; here the problem says what it is. It is refuted when exact
arithmetic at a point where both sides are defined gives two different numbers, and the
40-digit numeric value there agrees that they differ; the message names the point and the
right rewriting.

Problem side (the text) and worker side (the claim) both live here; no SymPy on the
problem side.
"""

from __future__ import annotations

import re

import sympy

from tutor.verify.claims import RawClaim
from tutor.verify.exact import PRECISION, strict
from tutor.verify.notation import maths_text
from tutor.verify.strict_parser import Parsed
from tutor.verify.verdict import ClaimResult, Verdict

_TASK = re.compile(
    r"^\s*(?:please\s+)?(expand|simplify|factor|factorise|factorize|multiply out|"
    r"complete the square(?:\s+(?:for|of|in|on))?)"
    r"(?:\s+(?:fully|completely))?(?:\s+the\s+expression)?\s*:?\s*(?:\$|\\\()?"
    r"(?P<e>[^$=<>]+?)(?:\$|\\\))?(?:\s+(?:fully|completely))?\s*[.?!]?\s*$", re.IGNORECASE)
_POINTS = (sympy.Integer(1), sympy.Integer(2), sympy.Rational(1, 3), sympy.Integer(-2),
           sympy.Integer(5), sympy.Rational(7, 2))


def target_expression(problem: str) -> str | None:
    """The expression an expand, simplify or factor problem asks to rewrite, as written."""
    m = _TASK.match(problem)
    if m is None or "\\\\" in problem or len(m.group("e")) > 200:
        return None
    return m.group("e").strip()


def wrong_rewrite(claim: RawClaim, lhs: Parsed, rhs: Parsed, target: str | None
                  ) -> ClaimResult | None:
    """Refuted: the left side is the problem's expression and the two sides differ at a
    point (exactly, and again numerically); None otherwise."""
    if target is None or claim.relation != "=" or not claim.comparable:
        return None
    written = strict(target)
    if written is None or not lhs.expr.free_symbols or not _the_target(written.expr, lhs.expr,
                                                                        rhs.expr):
        return None
    letters = sorted((lhs.expr - rhs.expr).free_symbols | lhs.expr.free_symbols, key=str)
    if len(letters) > 3 or not rhs.expr.free_symbols <= set(letters) or {
            str(s) for s in letters} & {"i", "e"} or not all(
            side.is_rational_function(*letters) for side in (lhs.expr, rhs.expr)):
        return None  # i and e may be the constants; roots and logs hold only on a domain
    for k in range(len(_POINTS)):
        point = {s: _POINTS[(k + i) % len(_POINTS)] for i, s in enumerate(letters)}
        left, right = (_exact(side, point) for side in (lhs.expr, rhs.expr))
        if left is None or right is None or left == right:
            continue
        gap = (lhs.expr - rhs.expr).evalf(PRECISION, subs=point)
        if not gap.is_number or abs(gap) < sympy.Float(10) ** -10:
            return None  # the two methods disagree: never refute on that
        at_text = ", ".join(f"{s} = {maths_text(sympy.latex(v))}" for s, v in point.items())
        return ClaimResult(
            claim.source, Verdict.REFUTED,
            f"{maths_text(claim.lhs)} and {maths_text(claim.rhs)} are not equal for every "
            f"value: at {at_text} they are {maths_text(sympy.latex(left))} and "
            f"{maths_text(sympy.latex(right))}{_rewritten(lhs.expr, rhs.expr)}", "identity",
            method="exact values at a point, and a 40-digit numeric check")
    return None


def _the_target(target: sympy.Expr, lhs: sympy.Expr, rhs: sympy.Expr) -> bool:
    """The left side is the problem's expression as written, or a rewriting of it equal
    to it exactly (`2x^2 - 6x + x - 3` for `(2x + 1)(x - 3)`, a chain going on), with
    letters on the right too (`... = 0` would be an equation, not a rewriting)."""
    if lhs == target:
        return True
    if not rhs.free_symbols or not (lhs.is_polynomial() and target.is_polynomial()):
        return False
    return sympy.expand(lhs - target) == 0


def _rewritten(expr: sympy.Expr, claimed: sympy.Expr) -> str:
    """The right rewriting, in the claimed answer's shape: factored when a product is
    claimed, else expanded (a fraction in lowest terms); nothing when it looks the same."""
    if claimed.is_Mul or claimed.is_Pow:
        right, how = sympy.factor(expr), "factored"
    elif expr.is_polynomial():
        right, how = sympy.expand(expr), "expanded"
    else:
        right, how = sympy.cancel(expr), "in lowest terms"
    if right == expr:
        return ""
    return f" ({how}, it is {maths_text(sympy.latex(right))})"


def _exact(expr: sympy.Expr, point: dict[sympy.Symbol, sympy.Rational]) -> sympy.Expr | None:
    """The exact value at the point when it is a rational number (else None: undefined
    there, or irrational)."""
    value = expr.subs(point)
    return value if value.is_Rational else None


__all__ = ["target_expression", "wrong_rewrite"]
