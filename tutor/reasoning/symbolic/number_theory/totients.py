"""Euler's totient of a whole number, asked by name or in its usual notation: "What is
Euler's totient of 36?", "compute the totient function of 100", "phi(36)", "Find
$\\varphi(210)$", "φ(17)": how many of 1, 2, ..., n have no factor but 1 in common with n.

The notation is read as the totient only when the question is nothing but it (a problem
that defines its own φ says more). The steps use the prime factorisation and the product
formula n · ∏(1 - 1/p); confirmed independently by counting the numbers from 1 to n whose
gcd with n is 1 (n up to a million), or by the multiplicative formula on prime powers
p^(k-1)(p - 1) from a factorisation by trial division.
"""

from __future__ import annotations

import math
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.number_theory import integers
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_ASK = r"(?:(?:what is|find|compute|calculate|evaluate|determine|give) )?"
_NAMED = r"(?:the )?(?:euler'?s (?:totient|phi)|euler (?:totient|phi)|totient)(?: function)?"
_ASKS = [re.compile(p) for p in (
    _ASK + _NAMED + r" (?:of|for|at) @0@",  # "Euler's totient of 36"
    _ASK + r"(?:phi|φ|\\phi|\\varphi) ?\( ?@0@ ?\)",  # "phi( @0@ )": the number alone a slot
    _ASK + r"(?:phi|φ) @0@",  # "phi @0@" with "(36)" in the slot
    _ASK + r"@0@",  # one slot holding "\phi(36)", "φ(36)"
)]
_SLOT = re.compile(r"\s*(?:\\(?:var)?phi|φ|phi)?\s*\(\s*(\d+)\s*\)\s*|\s*(\d+)\s*")
_COUNTED = 10**6
_LIMIT = 10**12


def read(split: Split, template: str) -> Result | None:
    if len(split.maths) != 1 or not re.search(r"totient|phi|φ", template + split.maths[0]):
        return None
    body = re.sub(r"\s+", " ", template.lower()).strip().rstrip(" .?")
    index = next((i for i, p in enumerate(_ASKS) if p.fullmatch(body)), None)
    if index is None:
        return None
    m = _SLOT.fullmatch(split.maths[0])
    if m is None or (index == 3) != bool(re.match(r"\s*(?:\\(?:var)?phi|φ|phi)", split.maths[0])):
        raise Decline("Euler's totient of one whole number")
    n = integers.integer(m.group(1) or m.group(2))
    return _totient(n)


def _totient(n: int) -> Result:
    if not 1 <= n <= _LIMIT:
        raise Decline("a whole number from 1 to 10^12")
    primes = sorted(sp.factorint(n))
    value = n
    for p in primes:
        value = value // p * (p - 1)
    if n <= _COUNTED:
        again = sum(1 for k in range(1, n + 1) if math.gcd(k, n) == 1)
        how = f"counting the numbers from 1 to {n} with gcd 1 with it"
    else:
        again = _by_prime_powers(n)
        how = "the prime-power formula on a factorisation by trial division"
    confirm.check(again == value == int(sp.totient(n)), f"{how} gives the same totient")
    if n == 1:
        return sp.Integer(1), [step("the totient of 1", "Only 1 is counted, and gcd(1, 1) = 1.",
                                    "$\\varphi(1) = 1$", "\\varphi(1) = 1")]
    f = sp.factorint(n)
    tex = " \\cdot ".join(f"{p}^{{{e}}}" if e > 1 else str(p) for p, e in sorted(f.items()))
    product = " \\cdot ".join(f"\\left(1 - \\frac{{1}}{{{p}}}\\right)" for p in primes)
    claim = f"\\varphi({n}) = {n} {product} = {value}"
    return sp.Integer(value), [
        step("prime factorisation", "The totient depends on the distinct primes of n.",
             f"${n} = {tex}$", f"{n} = {tex}"),
        step("the product formula", "Take out the fraction 1/p of the numbers for each prime "
             "p dividing n.", f"${claim}$", claim)]


def _by_prime_powers(n: int) -> int:
    out, m, p = 1, n, 2
    while p * p <= m:
        k = 0
        while m % p == 0:
            m //= p
            k += 1
        if k:
            out *= p ** (k - 1) * (p - 1)
        p += 1
    return out * (m - 1) if m > 1 else out


__all__ = ["read"]
