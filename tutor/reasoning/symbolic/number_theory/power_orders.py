"""The least positive exponent at which a power takes a residue: "the smallest positive
integer $n$ such that $3^n \\equiv 1 \\pmod{13}$", "... for which $2^k - 1$ is divisible by
23", "... $7 \\mid 3^n - 1$", "What is the (multiplicative) order of 3 modulo 7?".

The condition is k a^n + c ≡ r (mod m) with integers a, k, c, r, m and gcd(a, m) = 1 (read
from the formula by `parsing.parse_latex`, never evaluated as text). The powers of a
modulo m repeat with a period that divides phi(m), so the exponents 1 to phi(m) hold every
residue the powers take: they are listed one by one, each from the one before. The
answer is confirmed independently: by SymPy's `n_order` (the order is the least d
dividing phi(m) with a^d ≡ 1) and its `discrete_log`, and by Python's `pow`. When no
exponent works the problem is declined.
"""

from __future__ import annotations

import math
import re

import sympy as sp
from sympy.ntheory import discrete_log, n_order

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.number_theory.congruences import CONGRUENCE
from tutor.reasoning.symbolic.number_theory.integers import integer
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

_LIMIT = 10**6  # the largest modulus searched
_SHOWN = 12  # powers listed in full up to this many
_LEAST = re.compile(
    r"(?:(?:what is|find|determine|compute) )?the (?:smallest|least) positive (?:integer|"
    r"whole number|exponent|value of) ?(?:@(?P<x>\d+)@ )?(?:such that|for which|so that|"
    r"satisfying|with|where) (?P<cond>.+)")
_DIVISIBLE = re.compile(r"@(?P<e>\d+)@ is (?:divisible by|a multiple of) @(?P<m>\d+)@")
_ONE = re.compile(r"@(?P<c>\d+)@")
_ORDER = re.compile(r"(?:(?:what is|find|determine|compute) )?the (?:multiplicative )?order of "
                    r"@(?P<a>\d+)@ (?:modulo|mod) @(?P<m>\d+)@")
_DIVIDES = re.compile(r"\s*(\d+)\s*\\mid\s*(.+)")


def read(split: Split, template: str) -> Result | None:
    body = re.sub(r"\s+", " ", template.strip().rstrip(" .?"))
    if (m := _ORDER.fullmatch(body)) is not None:
        a, mod = integer(split.maths[int(m.group("a"))]), integer(split.maths[int(m.group("m"))])
        return _least(a, 1, 0, 1, mod, sp.Symbol("n"))
    m = _LEAST.fullmatch(body)
    if m is None or "^" not in "".join(split.maths):
        return None
    letter = split.maths[int(m.group("x"))].strip() if m.group("x") else None
    cond = m.group("cond")
    if (dm := _DIVISIBLE.fullmatch(cond)) is not None:
        expr = parse_latex(split.maths[int(dm.group("e"))])
        rhs, mod = sp.Integer(0), integer(split.maths[int(dm.group("m"))])
    elif (one := _ONE.fullmatch(cond)) is not None:
        src = split.maths[int(one.group("c"))]
        if (cm := CONGRUENCE.fullmatch(src)) is not None:
            expr, rhs, mod = parse_latex(cm.group(1)), parse_latex(cm.group(2)), int(cm.group(3))
        elif (dv := _DIVIDES.fullmatch(src)) is not None:
            expr, rhs, mod = parse_latex(dv.group(2)), sp.Integer(0), int(dv.group(1))
        else:
            return None
    else:
        return None
    x = _unknown(expr, rhs, letter)
    if x is None:
        return None
    a, k, c = _power_form(sp.expand(expr - rhs), x)
    return _least(a, k, c, 0, mod, x)


def _unknown(expr: sp.Basic, rhs: sp.Basic, letter: str | None) -> sp.Symbol | None:
    free = (expr - rhs).free_symbols
    if len(free) != 1:
        return None
    x = next(iter(free))
    if not isinstance(x, sp.Symbol) or (letter is not None and letter != x.name):
        raise Decline("the question is about another letter")
    return x


def _power_form(e: sp.Basic, x: sp.Symbol) -> tuple[int, int, int]:
    """(a, k, c) with e = k a^x + c, all integers, a >= 2."""
    power, rest = sp.S.Zero, sp.S.Zero
    for term in sp.Add.make_args(e):
        if term.has(x):
            power += term
        else:
            rest += term
    coeff, base = sp.S.One, power
    if isinstance(power, sp.Mul):
        coeff, base = power.as_independent(x)
    if not (isinstance(base, sp.Pow) and base.exp == x and isinstance(base.base, sp.Integer)
            and isinstance(coeff, sp.Integer) and isinstance(rest, sp.Integer)
            and base.base >= 2):
        raise Decline("a power of a whole number with the unknown as its exponent")
    return int(base.base), int(coeff), int(rest)


def _least(a: int, k: int, c: int, r: int, mod: int, x: sp.Symbol) -> Result:
    """The least n >= 1 with k a^n + c ≡ r (mod m)."""
    if not 2 <= mod <= _LIMIT or a < 2 or math.gcd(a, mod) != 1:
        raise Decline("a base prime to a modulus of modest size")
    phi = int(sp.totient(mod))
    powers, p = [], 1
    for _ in range(phi):  # each power from the one before
        p = p * a % mod
        powers.append(p)
    hits = [i + 1 for i, v in enumerate(powers) if (k * v + c - r) % mod == 0]
    if not hits:
        raise Decline("no exponent gives that residue")
    n = hits[0]
    order = int(n_order(a, mod))
    confirm.check(pow(a, order, mod) == 1 and order == powers.index(1) + 1,
                  "SymPy's order of the base agrees with the listed powers")
    confirm.check((k * pow(a, n, mod) + c - r) % mod == 0, "Python's pow gives the same residue")
    target = [t for t in range(mod) if (k * t + c - r) % mod == 0]
    by_log = []
    for t in target:
        if math.gcd(t, mod) == 1:
            try:
                e = int(discrete_log(mod, t, a)) % order
            except ValueError:
                continue
            by_log.append(e or order)
    confirm.check(bool(by_log) and min(by_log) == n, "SymPy's discrete logarithm gives the "
                  "same least exponent")
    shown = powers[:min(n, _SHOWN)]
    listing = ", \\quad ".join(f"{a}^{{{i + 1}}} \\equiv {v}" for i, v in enumerate(shown))
    if n > _SHOWN:
        listing += f", \\quad \\ldots, \\quad {a}^{{{n}}} \\equiv {powers[n - 1]}"
    want = f"{a}^{{{x}}} \\equiv {r}" if (k, c) == (1, 0) else \
        f"{sp.latex(k * sp.Symbol('P') + c)} \\equiv {r}".replace("P", f"{a}^{{{x}}}")
    steps = [step("list the powers", f"Work out the powers of {a} modulo {mod}, each from the "
                  f"one before, until ${want} \\pmod{{{mod}}}$.",
                  f"${listing} \\pmod{{{mod}}}$", listing),
             step("the least exponent", f"No smaller exponent works, so ${x} = {n}$.",
                  f"${x} = {n}$", f"{x} = {n}")]
    return sp.Integer(n), steps


__all__ = ["read"]
