"""Complex numbers written in Euler's form, `e^{2\\pi i/3} = -\\frac{1}{2} + \\frac{\\sqrt{3}}{2}i`
(worker side, verify only). The strict reader takes `e` and `i` for letters, so such a claim
looked like an equation in two unknowns. Read with `e` Euler's number and `i` the imaginary
unit, it holds when the difference of its sides is zero exactly and at 40 digits.

Only claims whose letters are `e` and `i` alone, `i` in the exponent of every power of `e`
(`e^{i\\pi}`, `2e^{-\\pi i/4}`), are read so: `e` alone (`e = 12` edges) or `e^2` is left as
the letter it may be. Nothing is refuted.
"""

from __future__ import annotations

import sympy

from tutor.verify.exact import NEGLIGIBLE, PRECISION, is_zero_exact


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
