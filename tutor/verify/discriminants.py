"""The discriminant written as a name: `\\Delta = b^2 - 4ac` (or `D = B^2 - 4AC`) is its
definition, not a claim; `\\Delta = 5^2 - 4 \\cdot 2 \\cdot c` (or `b^2 - 4ac = ...` with
a, b, c not given values) is the discriminant of the
quadratic equation written just before (`2x^2 + 5x + c = 0`), and is verified when it
equals b^2 - 4ac worked out from that equation's coefficients, in x (or the one letter
that is squared there). Worker side, verify only: the name may mean the discriminant of
another equation, so nothing is refuted here."""

from __future__ import annotations

import re

import sympy

from tutor.verify.claims import RawClaim
from tutor.verify.context import Context
from tutor.verify.exact import PRECISION, is_identity, strict, usual_reading
from tutor.verify.verdict import ClaimResult, Verdict

_NAME = re.compile(r"\s*(?:\\Delta|D)\s*")
_VARIABLES = ("x", "t", "y", "z", "n", "m", "u", "v", "w", "r", "k", "s")
_LOOK_BACK = 6
_WORKED = re.compile(r"[-+^(]|\\cdot|\\times")


def _read(text: str) -> sympy.Expr | None:
    read = strict(text)
    if read is None:
        both = usual_reading((text, "0"))
        return both[0].expr if both is not None else None
    return read.expr


def _is_the_formula(expr: sympy.Expr) -> bool:
    """b^2 - 4ac in three letters (any case), as the definition writes it."""
    letters = {s.name: s for s in expr.free_symbols if isinstance(s, sympy.Symbol)}
    for a, b, c in (("a", "b", "c"), ("A", "B", "C")):
        if set(letters) == {a, b, c} and sympy.expand(
                expr - (letters[b] ** 2 - 4 * letters[a] * letters[c])) == 0:
            return True
    return False


def _quadratic_discriminant(pair: tuple[str, str]) -> sympy.Expr | None:
    """b^2 - 4ac of an equation of degree two in its variable, or None."""
    both = usual_reading(pair)
    if both is None:
        return None
    expr = sympy.expand(both[0].expr - both[1].expr)
    names = {s.name: s for s in expr.free_symbols if isinstance(s, sympy.Symbol)}
    for name in _VARIABLES:
        if name not in names:
            continue
        try:
            poly = sympy.Poly(expr, names[name])
        except sympy.PolynomialError:
            return None
        if poly.degree() != 2:
            return None
        a, b, c = poly.all_coeffs()
        return sympy.expand(b**2 - 4 * a * c)
    return None


def discriminant_claim(claim: RawClaim, ctx: Context) -> ClaimResult | None:
    """A definition, a verified discriminant, or None (see module doc)."""
    named = bool(_NAME.fullmatch(claim.lhs))
    if claim.relation != "=" or not named and "4" not in claim.lhs:
        return None
    if not named and not ((left := _read(claim.lhs)) is not None and _is_the_formula(left)):
        return None  # neither `\Delta = ...` nor `b^2 - 4ac = ...`
    value = _read(claim.rhs)
    if value is None:
        return None
    if _is_the_formula(value):
        return ClaimResult(claim.source, Verdict.UNCHECKED, "a definition", "other") \
            if named else None
    if not _WORKED.search(claim.rhs):
        return None  # a bare number (`D = 25`) may be a distance or a point's name
    for pair in list(reversed(ctx.previous))[:_LOOK_BACK]:
        if _NAME.fullmatch(pair[0]) or _NAME.fullmatch(pair[1]):
            continue
        found = _quadratic_discriminant(pair)
        if found is None:
            continue
        gap = value - found
        if sympy.expand(gap) == 0 and (is_identity(gap) if gap.free_symbols
                                       else abs(sympy.N(gap, PRECISION)) < 1e-30):
            return ClaimResult(claim.source, Verdict.VERIFIED,
                               "the discriminant of the quadratic equation before",
                               "identity", method="b^2 - 4ac from the equation's "
                               "coefficients: expanded exactly, then 40 digits at random points")
        return None
    return None
