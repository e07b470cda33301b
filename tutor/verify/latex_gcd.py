"""How `\\gcd(...)` and `\\lcm(...)` in a formula are read: as the integers' gcd and lcm.

latex2sympy hands SymPy's polynomial `gcd`/`lcm` its arguments unevaluated, so
`\\gcd(2^{12}-1, 2^{8}-1)` (= gcd(4095, 255) = 15) came back as 1: SymPy took the two
unevaluated sums for polynomials with no common factor. Every argument is evaluated here
first, and the integer gcd or lcm is taken; an argument that is not an integer (a letter,
a fraction) raises, so the formula is declined rather than read as a polynomial gcd
(gcd(n + 7, 2n + 1) is 1 as polynomials but 13 for n = 6).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import reduce

import sympy as sp
from latex2sympy2_extended.latex2sympy2 import _Latex2Sympy


def integer_gcd_lcm(name: str, args: Sequence[sp.Basic]) -> sp.Basic:
    """The gcd or lcm of integer arguments, kept unevaluated as latex2sympy keeps it."""
    values = [sp.nsimplify(a.doit()) for a in args]
    if not values or not all(isinstance(v, sp.Integer) for v in values):
        raise ValueError(f"{name} of something that is not an integer")
    whole = [int(v) for v in values]
    result = reduce(math.gcd, whole) if name == "gcd" else reduce(math.lcm, whole)
    return sp.UnevaluatedExpr(sp.Integer(result))


def _handle_gcd_lcm(self: _Latex2Sympy, f: str, args: Sequence[sp.Basic]) -> sp.Basic:
    return integer_gcd_lcm(f, args)


def install() -> None:
    """Make latex2sympy read gcd and lcm this way (on import of the modules that use it)."""
    _Latex2Sympy.handle_gcd_lcm = _handle_gcd_lcm  # type: ignore[method-assign]
