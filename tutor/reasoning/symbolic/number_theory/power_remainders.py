"""The remainder of a power too large to write out, as a teacher finds it: a power of the base
that leaves 1, then the exponent divided by that power's exponent.

"7^100 divided by 13": 13 is prime and does not divide 7, so by Fermat's little theorem
7^12 ≡ 1 (mod 13); 100 = 12 · 8 + 4, so 7^100 = (7^12)^8 · 7^4 ≡ 7^4 = 2401 = 13 · 184 + 9.
When the powers come back to 1 within a few steps (the last digits of 7, 9, 3, 1), they are
listed instead of citing a theorem; a composite modulus uses Euler's theorem, φ(m).

A base that shares a factor with the modulus has no power that leaves 1; its remainders still
run into a cycle after a few first powers ("2^100 divided by 12": 2, 4, 8, 4, 8, ...), and the
exponent is placed in that cycle (`cycle_remainder`).

Every claim in the steps is a congruence or an equation of whole numbers that the checker
recomputes; the answer is confirmed by repeated squaring.
"""

from __future__ import annotations

import math

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Step, step

_LISTED = 6  # a cycle this short back to 1 is listed power by power
_WRITTEN = 10**15  # a power up to this is written out and divided
_LONGEST_LIST = 12  # a cycle of remainders longer than this is shown by its ends


def _to_one(base: int, mod: int) -> tuple[int, Step]:
    """An exponent e with base^e ≡ 1 (mod m), and the step that shows it."""
    powers, value = [], 1
    for k in range(1, _LISTED + 1):
        value = value * base % mod
        powers.append(value)
        if value == 1:
            listed = ", ".join(f"${base}^{{{i + 1}}} \\equiv {r} \\pmod{{{mod}}}$"
                               for i, r in enumerate(powers))
            claim = f"{base}^{{{k}}} \\equiv 1 \\pmod{{{mod}}}"
            return k, step("find a power that leaves 1", f"Work out the powers of {base} "
                           f"modulo {mod} until one leaves remainder 1.", listed, claim)
    if sp.isprime(mod):
        e = mod - 1
        reason = (f"{mod} is prime and does not divide {base}, so by Fermat's little "
                  "theorem")
    else:
        e = int(sp.totient(mod))
        reason = (f"{base} and {mod} share no factor and $\\varphi({mod}) = {e}$, so by "
                  "Euler's theorem")
    claim = f"{base}^{{{e}}} \\equiv 1 \\pmod{{{mod}}}"
    return e, step("find a power that leaves 1", "Which power of the base is sure to leave "
                   "remainder 1?", f"{reason} ${claim}$.", claim)


def power_remainder(base: int, exp: int, mod: int) -> tuple[sp.Integer, list[Step]] | None:
    """base^exp mod `mod` through a power that leaves 1, or None when the base shares a
    factor with the modulus (no power of it leaves 1)."""
    if mod < 2 or exp < 1 or base < 1 or math.gcd(base, mod) != 1:
        return None
    e, first = _to_one(base, mod)
    q, r = divmod(exp, e)
    steps = [first, step("divide the exponent", f"Divide the exponent {exp} by {e}.",
                         f"${exp} = {e} \\cdot {q} + {r}$", f"{exp} = {e} \\cdot {q} + {r}")]
    if r == 0:
        answer = 1
        claim = (f"{base}^{{{exp}}} = ({base}^{{{e}}})^{{{q}}} \\equiv 1^{{{q}}} = 1 "
                 f"\\pmod{{{mod}}}")
        steps.append(step("use the power that leaves 1", f"${base}^{{{exp}}}$ is a power of "
                          f"${base}^{{{e}}}$.", f"${claim}$", claim))
    else:
        answer = pow(base, r, mod)
        claim = (f"{base}^{{{exp}}} = ({base}^{{{e}}})^{{{q}}} \\cdot {base}^{{{r}}} \\equiv "
                 f"{base}^{{{r}}} \\pmod{{{mod}}}")
        steps.append(step("use the power that leaves 1", f"Each ${base}^{{{e}}}$ leaves 1.",
                          f"${claim}$", claim))
        small = base**r if r * math.log10(base) < 15 else None
        if small is not None and small <= _WRITTEN:
            last = f"{base}^{{{r}}} = {small} = {mod} \\cdot {small // mod} + {answer}"
        else:
            last = f"{base}^{{{r}}} \\equiv {answer} \\pmod{{{mod}}}"
        steps.append(step("finish the remainder", f"Find the remainder of ${base}^{{{r}}}$.",
                          f"${last}$", last))
    confirm.check(pow(base, exp, mod) == answer,
                  "repeated squaring leaves the same remainder")
    return sp.Integer(answer), steps


def cycle_remainder(base: int, exp: int, mod: int, cycle: list[int],
                    start: int) -> tuple[sp.Integer, list[Step]]:
    """base^exp mod `mod` placed in the cycle of remainders of base, base^2, ...: `cycle`
    holds them up to the first repeat, which goes back to cycle[start]."""
    period, first = len(cycle) - start, start + 1  # from base^first on, every `period`
    shown = [f"${base}^{{{k + 1}}} \\equiv {c} \\pmod{{{mod}}}$" for k, c in enumerate(cycle)]
    listed = ", ".join(shown if len(shown) <= _LONGEST_LIST else [*shown[:3], "…", *shown[-2:]])
    again = f"{base}^{{{len(cycle) + 1}}} \\equiv {cycle[start]} \\pmod{{{mod}}}"
    steps = [step("find the cycle of remainders", f"Work out the powers of {base} modulo {mod} "
                  "until a remainder comes back.", f"{listed}, and again ${again}$", again)]
    q, s = divmod(exp - first, period)
    landed = first + s
    answer = cycle[landed - 1]
    if period == 1:
        claim = f"{base}^{{{exp}}} \\equiv {answer} \\pmod{{{mod}}}"
        said = f"From ${base}^{{{first}}}$ on, every power leaves {answer}, so ${claim}$."
    else:
        claim = f"{base}^{{{exp}}} \\equiv {base}^{{{landed}}} \\pmod{{{mod}}}"
        said = (f"From ${base}^{{{first}}}$ on, the remainders repeat every {period} powers, "
                f"and ${exp} = {first} + {period} \\cdot {q} + {s}$, so ${claim}$, which "
                f"leaves {answer}.")
    steps.append(step("use the cycle", "Where in the cycle does the exponent land?", said,
                      claim))
    confirm.check(pow(base, exp, mod) == answer,
                  "repeated squaring leaves the same remainder")
    return sp.Integer(answer), steps
