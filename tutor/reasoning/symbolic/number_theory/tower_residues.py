"""Remainders of towers of powers whose exponent is too large to write out: the units digit
of $2^{2^{1000}} + 1$, $3^{3^{100}} \\bmod 10$, $5^{5^{50}}$ divided by 7.

Two independent ways, which must agree:

- `euler_modulo`: Euler's theorem in its general form, b^E = b^(phi(m) + (E mod phi(m)))
  modulo m for every integer b once E >= log2(m); E mod phi(m) is found the same way, one
  level down the tower.
- `cycle_modulo`: the remainders of b, b^2, b^3, ... modulo m run into a cycle (after a
  few first terms); E is placed in that cycle by its remainder on division by the cycle's
  length, found the same way one level down.

Either way E is only used through its remainders and a lower bound (`exceeds`), never
written out. Sums, products, plain integers and small factorials combine node by node.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.number_theory import integers

SMALL_EXPONENT = 10**6  # an exponent at most this is used as it is


def _small(e: sp.Basic) -> int | None:
    """The value of an integer node when it is small enough to use as it is."""
    if e.is_Integer:
        return int(e)
    if isinstance(e, sp.Pow) and e.base.is_Integer and e.exp.is_Integer:
        b, x = int(e.base), int(e.exp)
        if x >= 0 and (abs(b) <= 1 or x * math.log2(abs(b)) < 20):
            return int(b**x)
    return None


def exceeds(e: sp.Basic, k: int) -> bool:
    """True when the integer tree `e` is certainly greater than k (a tower b^x with b >= 2 is at
    least 2^x); False when that is not shown."""
    small = _small(e)
    if small is not None:
        return small > k
    if isinstance(e, sp.Pow) and e.base.is_Integer and e.base >= 2:
        return exceeds(e.exp, max(k, 1).bit_length())
    return False


def _combine(e: sp.Basic, m: int, own: Callable[[sp.Basic, int], int]) -> int | None:
    """Integers, sums, products and factorials modulo m (each part by `own`); None for a
    power."""
    if m == 1:
        return 0
    if e.is_Integer:
        return int(e) % m
    if isinstance(e, sp.Add):
        return sum(own(a, m) for a in e.args) % m
    if isinstance(e, sp.Mul):
        out = 1
        for a in e.args:
            out = out * own(a, m) % m
        return out
    if isinstance(e, sp.factorial) and e.args[0].is_Integer and e.args[0] >= 0:
        return integers.factorial_mod(int(e.args[0]), m)
    if isinstance(e, sp.Pow):
        return None
    raise Decline("not an integer expression (sums, products, powers, factorials)")


def _power_parts(e: sp.Pow) -> tuple[sp.Basic, sp.Basic]:
    if e.exp.is_Integer and e.exp < 0 or not e.exp.is_integer:
        raise Decline("a power with a negative or fractional exponent")
    return e.base, e.exp


def euler_modulo(e: sp.Basic, m: int) -> int:
    """e mod m by Euler's theorem, down the tower."""
    done = _combine(e, m, euler_modulo)
    if done is not None:
        return done
    base, exp = _power_parts(e)
    b = euler_modulo(base, m)
    x = _small(exp)
    if x is not None and x <= SMALL_EXPONENT:
        return pow(b, x, m)
    if not exceeds(exp, m.bit_length()):
        raise Decline("a tower whose exponent is not shown to be large")
    phi = int(sp.totient(m))
    return pow(b, phi + euler_modulo(exp, phi), m)


def cycle_modulo(e: sp.Basic, m: int) -> int:
    """e mod m by the cycle of remainders of each power's base, down the tower."""
    done = _combine(e, m, cycle_modulo)
    if done is not None:
        return done
    base, exp = _power_parts(e)
    b = cycle_modulo(base, m)
    cycle, start = integers.remainder_cycle(b, m)  # b^(k+1) mod m is cycle[k]
    period = len(cycle) - start
    x = _small(exp)
    if x is not None and x <= SMALL_EXPONENT:
        if x == 0:
            return 1 % m
        return cycle[integers.cycle_index(cycle, start, x)]
    if not exceeds(exp, len(cycle) + 1):
        raise Decline("a tower whose exponent is not shown to be large")
    k = start + (cycle_modulo(exp, period) - 1 - start) % period
    return cycle[k]


def has_large_tower(e: sp.Basic) -> bool:
    """True when some power in `e` has an exponent too large to use as it is."""
    if isinstance(e, sp.Pow):
        x = _small(e.exp)
        if x is None or x > SMALL_EXPONENT:
            return True
    return any(has_large_tower(a) for a in e.args) if isinstance(e, sp.Basic) else False


__all__ = ["cycle_modulo", "euler_modulo", "exceeds", "has_large_tower"]
