"""What the integer-condition readers search for: a range, an order and a list of conditions
(`Wanted`), each condition a plain test of one integer, and the bounds a phrase sets.
`integer_conditions.read_wanted` builds one from the words of a question."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.number_theory import integer_properties, value_conditions

SPAN = 1_000_000
FACTOR_LIMIT = 10**12
TRIAL_LIMIT = 10**12  # trial division up to 10^6 per number: a fraction of a second

@dataclass
class Wanted:
    """What is searched for: a range, an order and the conditions (as (kind, a, b))."""

    largest: bool
    lo: int | None = None
    hi: int | None = None
    conditions: list[tuple[str, int, int]] = field(default_factory=list)
    between: tuple[int, int] | None = None  # ends included or not: both readings are tried
    values: list[value_conditions.ValueCondition] = field(default_factory=list)  # of f(n)
    claims: list[tuple[str, str]] = field(default_factory=list)  # a power's bound: why
    roots: list[tuple[int, str, str]] = field(default_factory=list)  # k-th root in [a, b]
    edges: list[int] = field(default_factory=list)  # ends left out that must not qualify

    def readings(self) -> list[Wanted]:
        """The problem with "between a and b" read with its ends and without them."""
        if self.between is None:
            return [self]
        out = []
        for lo, hi in (self.between, (self.between[0] + 1, self.between[1] - 1)):
            w = replace(self, conditions=list(self.conditions), between=None)
            bound(w, "ge", lo)
            bound(w, "le", hi)
            out.append(w)
        return out

    def test(self) -> Callable[[int], bool]:
        checks: list[Callable[[int], bool]] = []
        for kind, a, b in sorted(self.conditions, key=lambda c: c[0] == "prime"):
            if kind == "mod":
                checks.append(partial(_has_remainder, a, b))
            elif kind == "div":
                checks.append(partial(_is_multiple_of, a))
            elif kind == "factor":
                checks.append(partial(_divides, a))
            elif kind == "prime":
                checks.append(sp.isprime)
            elif kind == "power":
                checks.append(partial(is_power, a))
            elif kind in ("either", "neither"):
                checks.append(partial(_square_or_cube, kind == "either"))
            elif kind in integer_properties.KINDS:
                checks.append(integer_properties.test(kind, a, b))
        checks += [v.first() for v in self.values]
        return lambda n: all(c(n) for c in checks)


def _has_remainder(a: int, b: int, n: int) -> bool:
    return n % b == a


def _is_multiple_of(a: int, n: int) -> bool:
    return n % a == 0


def _divides(a: int, n: int) -> bool:
    return a % n == 0


def is_power(k: int, n: int) -> bool:
    """n is a perfect k-th power (0 and 1 included)."""
    if k == 2:
        return n >= 0 and math.isqrt(n) ** 2 == n
    return n >= 0 and bool(sp.integer_nthroot(n, k)[1])


def _square_or_cube(either: bool, n: int) -> bool:
    return (is_power(2, n) or is_power(3, n)) == either


def bound(w: Wanted, kind: str, n: int) -> None:
    if kind in ("gt", "ge"):
        low = n + 1 if kind == "gt" else n
        w.lo = low if w.lo is None else max(w.lo, low)
    else:
        high = n - 1 if kind == "lt" else n
        w.hi = high if w.hi is None else min(w.hi, high)


def factor_of(w: Wanted, x: int) -> None:
    """A divisor of x: positive (school maths) and at most x."""
    if x < 1:
        raise Decline("divisors of a positive integer")
    w.conditions.append(("factor", x, 0))
    w.lo = max(w.lo or 1, 1)
    w.hi = x if w.hi is None else min(w.hi, x)


def add_condition(w: Wanted, kind: str, nums: list[int], c: re.Match[str]) -> None:
    """Add the condition of `kind` (as `condition_phrases` names it) to `w`: `nums` are its
    numbers in the order the phrase says them, `c` the phrase's match."""
    if kind in ("gt", "ge", "lt", "le"):
        bound(w, kind, nums[0])
    elif kind == "fromto":
        bound(w, "ge", nums[0])
        bound(w, "le", nums[1])
    elif kind == "between":
        strictly = c.group("strictly")  # "strictly between": the ends left out, said so
        if strictly and c.group("inclusive"):
            raise Decline("'strictly between' and 'inclusive' together")
        if strictly or c.group("inclusive"):
            bound(w, "gt" if strictly else "ge", nums[0])
            bound(w, "lt" if strictly else "le", nums[1])
        elif w.between is not None or nums[0] >= nums[1]:
            raise Decline("one range 'between' two numbers")
        else:
            w.between = (nums[0], nums[1])
    elif kind == "factor":
        for n in nums:
            factor_of(w, n)
    elif kind == "modlist":  # nums: the remainder, then each divisor
        if any(m < 2 for m in nums[1:]) or not nums[1:]:
            raise Decline("divisors of at least 2")
        if c.groupdict().get("side") is None and not all(0 <= nums[0] < m for m in nums[1:]):
            raise Decline("a remainder must be smaller than its divisor")
        sign = -1 if c.groupdict().get("side") == "less" else 1
        w.conditions += [("mod", sign * nums[0] % m, m) for m in nums[1:]]
    elif kind == "more":
        if nums[1] < 2 or nums[0] < 0:
            raise Decline("a positive divisor")
        w.conditions.append(("mod", nums[0] % nums[1], nums[1]))
    elif kind in ("cong", "congm"):
        if nums[1] < 2:
            raise Decline("a modulus of at least 2")
        w.conditions.append(("mod", nums[0] % nums[1], nums[1]))
    elif kind == "mod":
        if not all(0 <= nums[0] < m for m in nums[1:]):
            raise Decline("a remainder must be smaller than its divisor")
        w.conditions += [("mod", nums[0], m) for m in nums[1:]]
    elif kind == "ends":  # nums: the final digits' value and 10^(how many digits)
        w.conditions.append(("mod", nums[0], nums[1]))
    elif kind in ("npfge", "npfeq"):
        k = nums[0] if nums else integer_properties.number_word(c.group(1))
        if not 1 <= k <= 8:
            raise Decline("a modest number of prime factors")
        w.conditions.append((kind, k, 0))
        bound(w, "ge", 1)
    elif kind == "ndigits":  # nums: the slot's count, or the count spelled
        k = nums[0] if nums else integer_properties.number_word(next(x for x in c.groups() if x))
        if not 2 <= k <= 7:
            raise Decline("a modest number of digits, at least two")
        bound(w, "ge", 10 ** (k - 1))
        bound(w, "le", 10**k - 1)
    elif kind == "ndivpar":
        w.conditions.append((kind, 1 if c.group(1) == "odd" else 0, 0))
    elif kind in ("hasdig", "nodig"):  # one digit, or two ("both the digits 3 and 4")
        w.conditions.append((kind, nums[0], nums[1] if len(nums) > 1 else -1))
    elif kind in ("abundant", "deficient", "perfectnum"):  # said of positive integers only
        w.conditions.append((kind, 0, 0))
        bound(w, "ge", 1)
    elif kind in ("gcdis", "lcmis"):  # nums: the other number, then the gcd or lcm
        if min(nums) < 1:
            raise Decline("a gcd or lcm of positive integers")
        w.conditions.append((kind, nums[0], nums[1]))
        if kind == "lcmis":  # n divides lcm(n, a)
            factor_of(w, nums[1])
    elif kind == "digcnt":  # "two even and two odd digits", counts in words or slots
        counts = {c.group(p): nums.pop(0) if c.group(n).startswith("@") else
                  integer_properties.number_word(c.group(n)) for n, p in (("n1", "p1"),
                                                                           ("n2", "p2"))}
        if set(counts) != {"even", "odd"}:
            raise Decline("a count of even digits and one of odd digits")
        w.conditions.append(("digcnt", counts["even"], counts["odd"]))
    elif kind == "digpar":  # the parity is said in words, not in a slot
        w.conditions.append(("digpar", 1 if "odd" in (c.group(1), c.group(2)) else 0, 0))
    elif kind in ("anydivs", "nodivs", "onedivs", "notdivs"):  # a list of divisors, packed
        w.conditions.append((kind.replace("notdivs", "nodivs"), integer_properties.pack(nums),
                             len(nums)))
    elif kind in integer_properties.KINDS:
        w.conditions.append((kind, nums[0] if nums else 0, nums[1] if len(nums) > 1 else 0))
    elif kind in ("odd", "even"):
        w.conditions.append(("mod", 1 if kind == "odd" else 0, 2))
    elif kind == "divrange":  # nums: the first and last divisor
        if not 1 <= nums[0] < nums[1] <= 40:
            raise Decline("a modest range of divisors")
        w.conditions += [("div", n, 0) for n in range(nums[0], nums[1] + 1)]
    elif kind == "div":
        said = c.groupdict().get("all")
        if said and integer_properties.number_word(said) != len(nums):
            raise Decline("the count of numbers said is not the count listed")
        w.conditions += [("div", n, 0) for n in nums]
    elif kind == "power":
        w.conditions += [("power", 2 if p == "square" else 3, 0) for p in c.groups() if p]
    elif kind in ("either", "neither"):
        if not ("square" in c.group(0) and "cube" in c.group(0)):
            raise Decline("squares or cubes named twice")
        w.conditions.append((kind, 0, 0))
    else:
        w.conditions.append((kind, nums[0] if nums else 0, 0))


__all__ = ["FACTOR_LIMIT", "SPAN", "TRIAL_LIMIT", "Wanted", "add_condition", "bound", "factor_of",
           "is_power"]
