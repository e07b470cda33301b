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
import re
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
    if 0 < min(whole) and max(whole) < 10**12 and result != _by_factors(name, whole):
        raise ValueError(f"the {name} by prime factorisations disagrees with Euclid's")
    return sp.UnevaluatedExpr(sp.Integer(result))


def _by_factors(name: str, whole: Sequence[int]) -> int:
    """The gcd (least exponents) or lcm (greatest) read from the prime factorisations."""
    factored = [sp.factorint(n) for n in whole]
    primes = set().union(*factored)
    pick = min if name == "gcd" else max
    return math.prod(p ** pick(f.get(p, 0) for f in factored) for p in primes)


# how books write the names: \\text{lcm}, \\operatorname{lcm}, \\mathop{\\text{lcm}}
_WRITTEN = r"\\(?:text|textrm|mathrm|operatorname)\s*\{\s*(gcd|lcm)\s*\}"
_NAMED = re.compile(r"\\mathop\s*\{\s*" + _WRITTEN + r"\s*\}|" + _WRITTEN)
_SQUARE = re.compile(r"\\(?:gcd|lcm)\s*\[")


def plain_names(s: str) -> str:
    """`\\mathop{\\text{lcm}}[12, 18]` -> `\\lcm(12, 18)`: every written name of gcd or lcm
    becomes the command, and square brackets right after it become round ones. Brackets
    that do not close are left as they are (the parser declines them)."""
    s = _NAMED.sub(lambda m: "\\" + (m.group(1) or m.group(2)), s)
    out, i = [], 0
    while (m := _SQUARE.search(s, i)) is not None:
        depth, end = 0, -1
        for k in range(m.end() - 1, len(s)):
            depth += {"[": 1, "]": -1}.get(s[k], 0)
            if depth == 0:
                end = k
                break
        if end < 0:
            break
        out.append(s[i:m.end() - 1] + "(" + s[m.end():end] + ")")
        i = end + 1
    out.append(s[i:])
    return "".join(out)


def _handle_gcd_lcm(self: _Latex2Sympy, f: str, args: Sequence[sp.Basic]) -> sp.Basic:
    return integer_gcd_lcm(f, args)


def install() -> None:
    """Make latex2sympy read gcd and lcm this way (on import of the modules that use it)."""
    _Latex2Sympy.handle_gcd_lcm = _handle_gcd_lcm  # type: ignore[method-assign]
