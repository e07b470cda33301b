"""Digits and remainders of integer expressions, however large: units digit, last digits,
tens digit, number of digits, sum of digits, the remainder on division by m.

An expression is an integer tree (+, -, *, whole powers, factorials, base-b numerals
already converted). Its remainder is found by reducing each node modulo m (powers by
`pow(b, e, m)`); it is confirmed by the exact integer when that has at most
`EXACT_DIGITS` digits, or, for one power too large for that, by the cycle of its
remainders (`integers.pow_mod`). The number of digits is confirmed by a logarithm at
high precision, the digit sum by casting out nines.
"""

from __future__ import annotations

import math

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.number_theory import integers, tower_residues

Result = tuple[sp.Basic, list[Step]]
EXACT_DIGITS = 200_000
TOWER_DIGITS = 18  # an exponent written out in the steps


def size(e: sp.Basic) -> float:
    """An upper estimate of log10 |e| for an integer tree (inf when it is not one)."""
    if e.is_Integer:
        return math.log10(abs(int(e)) + 1)
    if isinstance(e, sp.Add):
        return max(size(a) for a in e.args) + 1
    if isinstance(e, sp.Mul):
        return sum(size(a) for a in e.args)
    if isinstance(e, sp.Pow) and e.exp.is_Integer and e.exp >= 0:
        return float(int(e.exp)) * size(e.base) if e.exp < 10**12 else math.inf
    if isinstance(e, sp.factorial) and e.args[0].is_Integer and 0 <= e.args[0] <= 10**7:
        n = int(e.args[0])
        return n * math.log10(n + 1) + 1
    return math.inf


def modulo(e: sp.Basic, m: int) -> int:
    """e mod m, node by node, for an integer tree; Decline otherwise."""
    if e.is_Integer:
        return int(e) % m
    if isinstance(e, sp.Add):
        return sum(modulo(a, m) for a in e.args) % m
    if isinstance(e, sp.Mul):
        out = 1
        for a in e.args:
            out = out * modulo(a, m) % m
        return out
    if isinstance(e, sp.Pow) and e.exp.is_Integer and e.exp >= 0:
        exp = int(e.exp)
        if e.base.is_Integer or exp < 10**6:
            return pow(modulo(e.base, m), exp, m)
    if isinstance(e, sp.Pow) and e.base.is_Integer and not e.exp.is_Integer:
        if size(e.exp) > TOWER_DIGITS:  # 2^{2^{1000}}: Euler's theorem down the tower
            return tower_residues.euler_modulo(e, m)
        return pow(int(e.base), tower_exponent(e), m)  # 9^{8^7}: the exponent exactly
    if isinstance(e, sp.factorial) and e.args[0].is_Integer and e.args[0] >= 0:
        return integers.factorial_mod(int(e.args[0]), m)
    raise Decline("not an integer expression (sums, products, whole powers, factorials)")


def tower_exponent(e: sp.Pow) -> int:
    r"""The exponent of a tower like `9^{8^7}` or `2^{3 \cdot 5^4}`, exactly, when it is a
    non-negative integer of at most `TOWER_DIGITS` digits."""
    if size(e.exp) > TOWER_DIGITS:
        raise Decline("a tower of powers whose exponent is too large to write out")
    exp = exact(e.exp)
    if exp is None or exp < 0:
        raise Decline("a tower of powers with a negative exponent")
    return exp


def tower_remainder(e: sp.Pow, m: int, r: int) -> Result:
    """b^E mod m for a tower: the cycle of remainders of b, b^2, ... and where E lands in it,
    confirming `r` (found by repeated squaring with E written out)."""
    b, exp = int(e.base), tower_exponent(e)
    if b < 1 or exp < 1:
        raise Decline("a tower with a positive base and exponent")
    cycle, start = integers.remainder_cycle(b, m)  # b^(k+1) mod m repeats from `start`
    period = len(cycle) - start
    idx = integers.cycle_index(cycle, start, exp)
    confirm.check(cycle[idx] == r, "the cycle of remainders gives the same value as repeated "
                  "squaring")
    first = f"{latex(e.exp)} = {exp}"
    land = f"{exp} \\bmod {period} = {exp % period}"
    last = f"{b}^{{{idx + 1}}} \\bmod {m} = {r}"
    shown = ", ".join(f"${b}^{{{k + 1}}} \\bmod {m} = {c}$" for k, c in enumerate(cycle[:8]))
    return sp.Integer(r), [
        step("work out the exponent", "The exponent is an ordinary integer.", f"${first}$",
             first),
        step("find the cycle of remainders", f"Powers of {b} modulo {m} repeat with period "
             f"{period}" + (f" from the power {start + 1} on." if start else "."), shown, ""),
        step("use the cycle", "Where in the cycle does the exponent land?",
             f"${land}$, so the remainder is that of ${b}^{{{idx + 1}}}$: ${last}$",
             f"{land}; {last}"),
    ]


def integer_tree(e: sp.Basic) -> sp.Basic:
    """`e` when it is an integer tree whose value is an integer, else Decline."""
    if not isinstance(e, sp.Basic) or e.free_symbols or not e.is_integer:
        raise Decline("not an integer")
    size(e)
    modulo(e, 7)  # raises for anything but +, *, whole powers and factorials
    return e


def exact(e: sp.Basic) -> int | None:
    """The integer itself when it has at most EXACT_DIGITS digits."""
    if size(e) > EXACT_DIGITS:
        return None
    v = sp.Integer(e.doit()) if e.is_Integer or not e.is_Atom else e
    return int(v)


def remainder(e: sp.Basic, m: int, what: str = "remainder") -> Result:
    """e mod m with a step, confirmed by the exact integer or by a cycle of remainders."""
    if m < 1:
        raise Decline("a positive divisor")
    r = modulo(e, m)
    n = exact(e)
    power = isinstance(e, sp.Pow) and e.base.is_Integer and e.exp.is_Integer and e.base > 0
    if n is not None:
        confirm.check(n % m == r, f"the exact integer leaves the same {what}")
        if power:  # written out when short, else by the powers that leave 1 or their cycle
            by_power = integers.pow_mod(int(e.base), int(e.exp), m)
            if int(by_power[0]) == r:
                return by_power
        if abs(n) < 10**30:
            q = (n - r) // m
            claim = f"{latex(e)} = {n} = {m} \\cdot {q if q >= 0 else f'({q})'} + {r}"
            return sp.Integer(r), [step("divide with remainder", f"Write the number as a "
                                        f"multiple of {m} plus a remainder.", f"${claim}$", claim)]
        claim = f"{latex(e)} \\equiv {r} \\pmod{{{m}}}"
        return sp.Integer(r), [step("work modulo the divisor", f"Reduce every factor modulo {m} "
                                    "as you go; only remainders matter.", f"${claim}$", claim)]
    if isinstance(e, sp.Pow) and e.base.is_Integer and not e.exp.is_Integer and \
            size(e.exp) <= TOWER_DIGITS:
        return tower_remainder(e, m, r)
    if power:
        value, steps = integers.pow_mod(int(e.base), int(e.exp), m)
        confirm.check(int(value) == r, "the cycle of remainders agrees with repeated squaring")
        return sp.Integer(r), steps
    if tower_residues.has_large_tower(e):
        return _large_tower_remainder(e, m, r)
    raise Decline("too large to confirm the remainder a second way")


def _large_tower_remainder(e: sp.Basic, m: int, r: int) -> Result:
    """e mod m for an expression with a tower too large to write out: `r` (Euler's theorem
    down the tower) confirmed by the cycles of remainders of each base."""
    confirm.check(tower_residues.cycle_modulo(e, m) == r, "the cycles of remainders of each "
                  "power give the same value as Euler's theorem")
    phi = int(sp.totient(m))
    claim = f"{latex(e)} \\equiv {r} \\pmod{{{m}}}"
    return sp.Integer(r), [
        step("reduce the exponent", f"The exponent is far too large to write out. By Euler's "
             f"theorem, once an exponent E is large, $b^E \\equiv b^{{{phi} + (E \\bmod "
             f"{phi})}} \\pmod{{{m}}}$ ($\\varphi({m}) = {phi}$); E mod {phi} is found the "
             "same way one level down.", f"${claim}$", claim),
    ]


def digit_count(e: sp.Basic) -> Result:
    """How many decimal digits a positive integer has."""
    n = exact(e)
    if n is None or n <= 0:
        raise Decline("a positive integer of modest size")
    with mpmath.workdps(50):  # a logarithm first, then exact powers of ten around it
        count = int(mpmath.floor(mpmath.log10(mpmath.mpf(n)))) + 1
    confirm.check(10 ** (count - 1) <= n < 10**count,
                  "comparing with powers of ten gives the same number of digits")
    lo = f"10^{{{count - 1}}}" if count > 1 else "1"
    claim = f"{lo} \\le {latex(e)} < 10^{{{count}}}"
    return sp.Integer(count), [step("compare with powers of ten", f"A number with {count} digits "
                                    f"lies between $10^{{{count - 1}}}$ and $10^{{{count}}}$.",
                                    f"${claim}$", claim)]


def digit_sum(e: sp.Basic) -> Result:
    n = exact(e)
    if n is None or n < 0 or size(e) > 4000:
        raise Decline("a non-negative integer of modest size")
    digits = str(n)
    total = sum(map(int, digits))
    confirm.check(total % 9 == modulo(e, 9), "casting out nines agrees with the digit sum")
    if len(digits) > 40:
        claim = f"{latex(e)} \\equiv {total} \\pmod{{9}}"
        return sp.Integer(total), [step("add the digits", f"The number has {len(digits)} digits; "
                                        "their sum is congruent to it modulo 9.", f"${claim}$",
                                        claim)]
    claim = " + ".join(digits) + f" = {total}"
    first = f"{latex(e)} = {n}" if not e.is_Integer else ""
    steps = [step("write the number out", "Compute it exactly.", f"${first}$", first)] \
        if first else []
    return sp.Integer(total), steps + [step("add the digits", "Add each digit once.",
                                            f"${claim}$", claim)]


def digit_product(e: sp.Basic) -> Result:
    """The product of the decimal digits of a non-negative integer, read from its numeral and
    confirmed by taking the digits off one at a time with division by 10."""
    n = exact(e)
    if n is None or n < 0 or size(e) > 400:
        raise Decline("a non-negative integer of modest size")
    digits = str(n)
    total = math.prod(map(int, digits))
    again, rest = 1, n
    while True:
        rest, d = divmod(rest, 10)
        again *= d
        if rest == 0:
            break
    confirm.check(again == total, "dividing by 10 digit by digit gives the same product")
    claim = " \\cdot ".join(digits) + f" = {total}"
    first = f"{latex(e)} = {n}" if not e.is_Integer else ""
    steps = [step("write the number out", "Compute it exactly.", f"${first}$", first)] \
        if first else []
    return sp.Integer(total), steps + [step("multiply the digits", "Multiply each digit once.",
                                            f"${claim}$", claim)]


def tens_digit(e: sp.Basic) -> Result:
    r, steps = remainder(e, 100, "last two digits")
    v = int(r) // 10
    claim = f"\\left\\lfloor \\frac{{{int(r)}}}{{10}} \\right\\rfloor = {v}"
    return sp.Integer(v), steps + [step("read the tens digit", "The tens digit is the first of "
                                        "the last two digits.", f"${claim}$", claim)]


__all__ = ["EXACT_DIGITS", "digit_count", "digit_product", "digit_sum", "exact", "integer_tree",
           "modulo", "remainder", "size", "tens_digit"]
