"""Number-theory shapes: congruences, inverses, factorial zeros and counting multiples;
every answer is exact integer arithmetic."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, step
from tutor.reasoning.symbolic.number_theory.integers import integer

Result = tuple[sp.Basic | str, list[Step]]
_INT = r"\s*(-?\d+)\s*"
_REL = r"\s*(\\leq?|<)\s*"


def _claim(rule: str, hint: str, claim: str, extra: str = "") -> Step:
    return step(rule, hint, f"${claim}${extra}", claim)


def _division(n: int, m: int) -> Step:
    q, r = divmod(n, m)
    return _claim("divide with remainder", f"Write {n} as a multiple of {m} plus a remainder.",
                  f"{n} = {m} \\cdot {q if q >= 0 else f'({q})'} + {r}")


def residue_range(src: str, var: str, mod: int) -> None:
    """Check `0 \\le n < m` (or `\\le m-1`) names the least non-negative residues."""
    m = re.fullmatch(_INT + _REL + r"([a-z])" + _REL + _INT, src)
    if not m or m.group(3) != var or int(m.group(1)) != 0 or m.group(2) == "<":
        raise Decline("not a residue range")
    top = int(m.group(5)) - (1 if m.group(4) == "<" else 0)
    if top != mod - 1:
        raise Decline("the range is not one full set of residues")


def congruence(src: str) -> tuple[str, int, int]:
    """`n \\equiv a \\pmod{m}` as (variable, a, m)."""
    m = re.fullmatch(r"\s*([a-z])\s*\\equiv\s*(.+?)\s*\\pmod\s*\{?\s*(\d+)\s*\}?\s*", src)
    if not m:
        raise Decline("not a congruence")
    return m.group(1), integer(m.group(2)), int(m.group(3))


def least_residue(value: int, mod: int) -> Result:
    if mod < 2:
        raise Decline("modulus at least 2")
    return sp.Integer(value % mod), [_division(value, mod)]


def inverse(a: int, mod: int) -> Result:
    """The inverse of a modulo m, checked by multiplying back."""
    if mod < 2 or sp.gcd(a, mod) != 1:
        raise Decline("no inverse")
    x = pow(a, -1, mod)
    prod = a * x
    claim = f"{a} \\cdot {x} = {prod} = {mod} \\cdot {prod // mod} + 1"
    return sp.Integer(x), [_claim("find the inverse", f"Which residue times {a} leaves "
                                  f"remainder 1 on division by {mod}?", claim)]


def factorial_zeros(n: int) -> Result:
    """Trailing zeros of n!: the number of factors 5 (there are more 2s)."""
    if not 1 <= n <= 10**6:
        raise Decline("a modest factorial")
    terms, p = [], 5
    while p <= n:
        terms.append((p, n // p))
        p *= 5
    confirm.count(sum(t for _, t in terms), lambda: _fives(n),
                  "trailing zeros (n! written out, or its factors 5 number by number)")
    if not terms:
        return sp.S.Zero, [_claim("count the factors of 5", "Each zero needs a 2 and a 5.",
                                  f"{n}! = {sp.factorial(n)}")]
    total = sum(t for _, t in terms)
    lhs = " + ".join(f"\\left\\lfloor \\frac{{{n}}}{{{p}}} \\right\\rfloor" for p, _ in terms)
    mid = " + ".join(str(t) for _, t in terms)
    return sp.Integer(total), [_claim(
        "count the factors of 5", "Each trailing zero needs a factor 10 = 2 · 5, and there "
        "are more 2s than 5s.", f"{lhs} = {mid} = {total}" if len(terms) > 1
        else f"{lhs} = {total}")]


def _fives(n: int) -> int:
    """The factors 5 of n!, counted number by number (a second way to Legendre's sum); for
    a small n, the zeros at the end of n! as written."""
    if n <= 3000:
        digits = str(sp.factorial(n))
        return len(digits) - len(digits.rstrip("0"))
    return sum(sp.multiplicity(5, k) for k in range(5, n + 1, 5))


def _floor(n: int, k: int) -> str:
    return f"\\left\\lfloor \\frac{{{n}}}{{{k}}} \\right\\rfloor"


def count_multiples(lo: int, hi: int, every: list[int], none: list[int]) -> tuple[int, Step]:
    """How many of lo..hi are divisible by every number in `every` and (with one
    entry in `none`) not by that one; by counting multiples of lcms."""
    if lo < 1 or hi < lo or hi > 10**9 or not every or len(none) > 1:
        raise Decline("a positive range and simple conditions")
    if any(k < 2 for k in every + none):
        raise Decline("divisors at least 2")
    a = int(sp.lcm(every)) if len(every) > 1 else every[0]

    def upto(k: int) -> tuple[int, str, str]:
        if lo == 1:
            return hi // k, _floor(hi, k), str(hi // k)
        return (hi // k - (lo - 1) // k, f"{_floor(hi, k)} - {_floor(lo - 1, k)}",
                f"{hi // k} - {(lo - 1) // k}")

    c, lhs, mid = upto(a)
    if none:
        b = int(sp.lcm(a, none[0]))
        c2, lhs2, mid2 = upto(b)
        c, lhs, mid = c - c2, f"{lhs} - \\left({lhs2}\\right)", f"{mid} - ({mid2})"
    hint = "Count the multiples of the least common multiple"
    if none:
        hint += f", then remove those also divisible by {none[0]}"
    return c, _claim("count the multiples", hint + ".", f"{lhs} = {mid} = {c}")


def multiples_probability(lo: int, hi: int, every: list[int], none: list[int]) -> Result:
    c, st = count_multiples(lo, hi, every, none)
    n = hi - lo + 1
    p = sp.Rational(c, n)
    claim = f"\\frac{{{c}}}{{{n}}} = {sp.latex(p)}" if p.q != n else f"\\frac{{{c}}}{{{n}}}"
    last = _claim("divide by the number of outcomes", f"There are {n} equally likely numbers.",
                  claim)
    steps = [st, last] if p.q != n else [st]
    return p, steps


__all__ = ["congruence", "count_multiples", "factorial_zeros", "inverse", "least_residue",
           "multiples_probability", "residue_range"]
