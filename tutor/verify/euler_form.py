"""Complex numbers written in Euler's form, `e^{2\\pi i/3} = -\\frac{1}{2} + \\frac{\\sqrt{3}}{2}i`
(worker side, verify only). The strict reader takes `e` and `i` for letters, so such a claim
looked like an equation in two unknowns. Read with `e` Euler's number and `i` the imaginary
unit, it holds when the difference of its sides is zero exactly and at 40 digits.

Only claims whose letters are `e` and `i` alone, `i` in the exponent of every power of `e`
(`e^{i\\pi}`, `2e^{-\\pi i/4}`), are read so: `e` alone (`e = 12` edges) or `e^2` is left as
the letter it may be. Nothing is refuted.

A value of a power of e typed as reasoning models type it (`e^1.6094 ≈ 5.000`, `e^(0.5) ≈
1.6487`, `e^2 ≈ 7.389`) is read with e Euler's number when e is the claim's one letter,
raised to a number every time and given no value earlier: verified when it then holds
(to the rounding the text shows), else left to the other readers, never refuted. An e given
Euler's number as a decimal ("e = 2.71828 roughly") is Euler's number still (`writes_euler`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import sympy

from tutor.verify.claims import RawClaim
from tutor.verify.exact import NEGLIGIBLE, PRECISION, is_zero_exact
from tutor.verify.strict_parser import Parsed
from tutor.verify.verdict import ClaimResult, Verdict
from tutor.verify.written_precision import agrees_to_places


def holds_in_euler_form(diff: sympy.Expr) -> bool:
    """`diff` (one side minus the other) is zero with e = Euler's number, i = √-1."""
    names = {str(symbol): symbol for symbol in diff.free_symbols}
    if set(names) != {"e", "i"}:
        return False
    e, i = names["e"], names["i"]
    powers = [p for p in diff.atoms(sympy.Pow) if p.base == e]
    if not powers or any(i not in p.exp.free_symbols for p in powers):
        return False
    marker = sympy.Dummy()
    if e in diff.xreplace({p: marker for p in powers}).free_symbols:
        return False  # an `e` that is not raised to an imaginary power
    value = diff.xreplace({e: sympy.E, i: sympy.I})
    if is_zero_exact(value) is not True:
        return False
    numeric = sympy.N(value, PRECISION)
    return bool(numeric.is_number and abs(numeric) <= NEGLIGIBLE)


def euler_number_claim(claim: RawClaim, lhs: Parsed, rhs: Parsed, known: set[str],
                       numeric: Callable[[RawClaim, Parsed, Parsed], ClaimResult]
                       ) -> ClaimResult | None:
    """The claim verified with e read as Euler's number (see module doc), or None.
    `known` holds the names given a value earlier; `numeric` checks numbers."""
    diff = lhs.expr - rhs.expr
    names = {str(symbol): symbol for symbol in diff.free_symbols}
    if set(names) != {"e"} or "e" in known or claim.relation not in ("=", "≈"):
        return None
    e = names["e"]
    powers = [p for expr in (lhs.expr, rhs.expr) for p in expr.atoms(sympy.Pow) if p.base == e]
    if not powers or any(p.exp.free_symbols for p in powers):
        return None
    marker = sympy.Dummy()
    if any(e in expr.xreplace({p: marker for p in powers}).free_symbols
           for expr in (lhs.expr, rhs.expr)):
        return None  # an `e` that is not raised to a number
    read = [Parsed(side.expr.xreplace({e: sympy.E}), side.decimals, side.has_operator)
            for side in (lhs, rhs)]
    result = numeric(replace(claim, comparable=False), *read)
    if result.verdict is not Verdict.VERIFIED:
        return None
    return replace(result, reason="e read as Euler's number", kind="arithmetic",
                   method="e as Euler's number; exact arithmetic + 40-digit numeric")


def writes_euler(value: str) -> bool:
    """`2.718`, `2.71828`: Euler's number at the places written (two or more)."""
    return agrees_to_places(sympy.E, value)
