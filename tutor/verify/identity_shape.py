"""Claims that read as identities: an expansion or a factoring (worker side).

`y^2 - 9y + 20 = (y - 4)(y - 3)` has polynomial sides of degree 2 whose top-degree
parts cancel: the writer claims it for every y, and it is wrong. Read as an equation
it says y = 4, so a chain that was told y = 4 ("one root is y = 4") would "verify"
it. Such a claim is verified from the context only by earlier equations of the same
shape or of higher degree (`x^2 + 6x + 9 = x^2 + 10` after `(x + 3)^2 = x^2 + 10`,
`u^2 + 7 = u^2 + 2u + 1` after `\\sqrt{u^2 + 7} = u + 1`), never by a linear equation,
a value, a root or the engine's answer.
"""

from __future__ import annotations

import sympy

from tutor.verify.exact import too_high_to_expand


def identity_shaped(lhs: sympy.Expr, rhs: sympy.Expr) -> bool:
    """Both sides are polynomials of total degree 2 or more, not equal, whose
    highest-degree terms cancel."""
    symbols = (lhs - rhs).free_symbols
    if not symbols or len(symbols) > 6 or too_high_to_expand(lhs) or too_high_to_expand(rhs):
        return False
    try:
        left, right = sympy.Poly(lhs, *symbols), sympy.Poly(rhs, *symbols)
    except (sympy.PolynomialError, sympy.GeneratorsNeeded):
        return False
    if not (left.domain.is_Numerical and right.domain.is_Numerical):
        return False
    degree = max(left.total_degree(), right.total_degree())
    gap = left - right
    return min(left.total_degree(), right.total_degree()) >= 2 and not gap.is_zero \
        and gap.total_degree() < degree


def linear_or_value(lhs: sympy.Expr, rhs: sympy.Expr) -> bool:
    """`y = 4`, `a + b = 5`: polynomial sides of total degree at most 1."""
    symbols = (lhs - rhs).free_symbols
    if not symbols:
        return True
    try:
        left, right = sympy.Poly(lhs, *symbols), sympy.Poly(rhs, *symbols)
    except (sympy.PolynomialError, sympy.GeneratorsNeeded):
        return False
    return max(left.total_degree(), right.total_degree()) <= 1
