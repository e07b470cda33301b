"""The least or greatest integer with stated properties: its number of digits, being
prime, odd or even, a multiple of m (or not), a remainder on division by d, bounds.

"What is the least three-digit multiple of 13 that leaves a remainder of 2 when divided
by 5?" is read into a range and a list of conditions, then searched in order (at most
`SPAN` candidates). The answer is confirmed a second way: for remainder and divisibility
conditions by the Chinese remainder theorem and the bound, for primes by trial division
of the answer and of every candidate passed over.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import sympy as sp
from sympy.ntheory.modular import crt

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, step
from tutor.reasoning.symbolic.number_theory.integers import integer
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

SPAN = 2_000_000
_FACTOR_LIMIT = 10**12
_WORD_DIGITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_VOCAB = frozenset(
    "least smallest greatest largest positive integer integers number whole prime odd even "
    "multiple of digit one two three four five six that which is has leaves gives will have a "
    "remainder when divided by and divisible greater less than more or equal to also "
    "both factor divisor divides".split())
_HEAD = re.compile(
    r"(?:(?:what is|find|determine|compute) )?the (?P<order>least|smallest|greatest|largest) "
    r"(?P<pos>positive )?(?:(?P<digits>one|two|three|four|five|six|@\d+@)-digit )?"
    r"(?P<pos2>positive )?(?P<parity>odd |even )?(?:(?P<pfactor>prime )?(?:factor|divisor) of "
    r"@(?P<of>\d+)@|(?:whole )?(?:integer|number)|(?P<prime>prime)(?: number)?|(?:positive )?"
    r"multiple of @(?P<mult>\d+)@)")
_CONDITION = [
    ("mod", re.compile(r"(?:(?:has|leaves|gives|will have) )?a remainder of @(\d+)@ when "
                       r"(?:it is )?divided by @(\d+)@")),
    ("div", re.compile(r"(?:is )?(?:also )?(?:divisible by|a multiple of) @(\d+)@")),
    ("factor", re.compile(r"(?:is (?:also )?(?:a )?(?:factor|divisor) of|divides) @(\d+)@")),
    ("more", re.compile(r"(?:is )?@(\d+)@ more than a multiple of @(\d+)@")),
    ("gt", re.compile(r"(?:is )?greater than @(\d+)@")),
    ("ge", re.compile(r"(?:is )?greater than or equal to @(\d+)@")),
    ("lt", re.compile(r"(?:is )?less than @(\d+)@")),
    ("le", re.compile(r"(?:is )?less than or equal to @(\d+)@")),
    ("prime", re.compile(r"is (?:a )?prime(?: number)?")),
    ("odd", re.compile(r"is odd")),
    ("even", re.compile(r"is even")),
]

_BY_LENGTH = sorted(_CONDITION, key=lambda kp: -len(kp[1].pattern))  # "or equal to" first


@dataclass
class Wanted:
    """What is searched for: a range, an order and the conditions (as (kind, a, b))."""

    largest: bool
    lo: int | None = None
    hi: int | None = None
    conditions: list[tuple[str, int, int]] = field(default_factory=list)

    def test(self) -> Callable[[int], bool]:
        checks: list[Callable[[int], bool]] = []
        for kind, a, b in sorted(self.conditions, key=lambda c: c[0] == "prime"):
            if kind == "mod":
                checks.append(lambda n, a=a, b=b: n % b == a)
            elif kind == "div":
                checks.append(lambda n, a=a: n % a == 0)
            elif kind == "factor":
                checks.append(lambda n, a=a: a % n == 0)
            elif kind == "prime":
                checks.append(lambda n: bool(sp.isprime(n)))
        return lambda n: all(c(n) for c in checks)


def _bound(w: Wanted, kind: str, n: int) -> None:
    if kind in ("gt", "ge"):
        low = n + 1 if kind == "gt" else n
        w.lo = low if w.lo is None else max(w.lo, low)
    else:
        high = n - 1 if kind == "lt" else n
        w.hi = high if w.hi is None else min(w.hi, high)


def _factor_of(w: Wanted, x: int) -> None:
    """A divisor of x: positive (school maths) and at most x."""
    if x < 1:
        raise Decline("divisors of a positive integer")
    w.conditions.append(("factor", x, 0))
    w.lo = max(w.lo or 1, 1)
    w.hi = x if w.hi is None else min(w.hi, x)


def read_wanted(split: Split, template: str) -> Wanted | None:
    body = template.rstrip(" .?")
    m = _HEAD.match(body)
    if not m:
        return None
    g = m.groupdict()
    w = Wanted(largest=g["order"] in ("greatest", "largest"))
    used = {int(x) for x in re.findall(r"@(\d+)@", m.group(0))}
    if g["digits"]:
        k = _WORD_DIGITS.get(g["digits"]) or integer(split.maths[int(g["digits"][1:-1])])
        if not 1 <= k <= 7:
            raise Decline("a modest number of digits")
        w.lo, w.hi = 10 ** (k - 1), 10**k - 1
    if g["pos"] or g["pos2"] or g["digits"] or g["mult"] or g["prime"]:
        w.lo = max(w.lo or 1, 1)  # "multiple of" and "prime" in school maths are positive
    if g["parity"]:
        w.conditions.append(("mod", 1 if g["parity"] == "odd " else 0, 2))
    if g["prime"] or g["pfactor"]:
        w.conditions.append(("prime", 0, 0))
    if g["mult"]:
        w.conditions.append(("div", integer(split.maths[int(g["mult"])]), 0))
    if g["of"]:
        _factor_of(w, integer(split.maths[int(g["of"])]))
    rest = body[m.end():].strip()
    rest = re.sub(r"^(?:that|which)\b\s*", "", rest)
    while rest:
        hit = next(((kind, c) for kind, pattern in _BY_LENGTH if (c := pattern.match(rest))),
                   None)
        if hit is None:
            raise Decline(f"a condition not understood: {rest[:40]!r}")
        kind, c = hit
        nums = [integer(split.maths[int(g)]) for g in c.groups()]
        used |= {int(g) for g in c.groups()}
        if kind in ("gt", "ge", "lt", "le"):
            _bound(w, kind, nums[0])
        elif kind == "factor":
            _factor_of(w, nums[0])
        elif kind == "more":
            if nums[1] < 2 or nums[0] < 0:
                raise Decline("a positive divisor")
            w.conditions.append(("mod", nums[0] % nums[1], nums[1]))
        elif kind == "mod":
            if not 0 <= nums[0] < nums[1]:
                raise Decline("a remainder must be smaller than its divisor")
            w.conditions.append(("mod", nums[0], nums[1]))
        elif kind in ("odd", "even"):
            w.conditions.append(("mod", 1 if kind == "odd" else 0, 2))
        else:
            w.conditions.append((kind, nums[0] if nums else 0, 0))
        rest = re.sub(r"^(?:,? and|,)?\s*(?:(?:that|which) )?(?:it )?", "", rest[c.end():])
    if used != set(range(len(split.maths))):
        raise Decline("maths the question does not use")
    return w


def read(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:least|smallest|greatest|largest)\b", template) or \
            not words_within(template, _VOCAB):
        return None
    w = read_wanted(split, template)
    if w is None:
        return None
    return search(w)


def search(w: Wanted) -> Result:
    if w.largest and w.hi is None or not w.largest and w.lo is None:
        raise Decline("no bound in the direction searched")
    start = w.hi if w.largest else w.lo
    assert start is not None
    stop = w.lo if w.largest else w.hi
    span = SPAN if stop is None else min(SPAN, abs(stop - start) + 1)
    if stop is not None and (stop > start if w.largest else stop < start):
        raise Decline("the range is empty")
    step_by = -1 if w.largest else 1
    ok = w.test()
    factors = [a for k, a, _ in w.conditions if k == "factor"]
    if factors and w.largest and abs(start - (stop or start)) >= SPAN:  # only its divisors
        if max(factors) > _FACTOR_LIMIT:
            raise Decline("a number too large to factor")
        pool = [d for d in sp.divisors(min(factors)) if ok(d) and _inside(w, d)]
        found = (max(pool) if w.largest else min(pool)) if pool else None
    else:
        found = next((start + step_by * i for i in range(span) if ok(start + step_by * i)),
                     None)
    if found is None:
        raise Decline("no such integer in a searchable range")
    _confirm(w, found, start, step_by)
    return sp.Integer(found), _steps(w, found, start)


def _inside(w: Wanted, n: int) -> bool:
    return (w.lo is None or n >= w.lo) and (w.hi is None or n <= w.hi)


def _divisors_by_trial(x: int) -> list[int]:
    small = [d for d in range(1, int(x**0.5) + 1) if x % d == 0]
    return sorted(set(small) | {x // d for d in small})


def _confirm(w: Wanted, found: int, start: int, step_by: int) -> None:
    kinds = {k for k, _, _ in w.conditions}
    if not kinds:
        confirm.check(found == start, "the end of the range itself qualifies")
    elif kinds <= {"mod", "div"} and w.conditions:
        mods = [(a, b) if k == "mod" else (0, a) for k, a, b in w.conditions]
        got = crt([b for _, b in mods], [a for a, _ in mods])
        if got is None:
            raise Decline("the remainders are inconsistent")
        r, m = int(got[0]), int(got[1])
        best = start + (r - start) % m if step_by == 1 else start - (start - r) % m
        confirm.check(best == found, "the Chinese remainder theorem and the bound give the "
                      "same integer")
    elif "factor" in kinds:
        x = min(a for k, a, _ in w.conditions if k == "factor")
        test = w.test()
        if x > _FACTOR_LIMIT and not w.largest:  # the product of all smaller candidates
            others = Wanted(False, conditions=[c for c in w.conditions if c[0] != "factor"])
            rest, product = others.test(), 1
            for n in range(start, found):
                product *= n if rest(n) else 1
            confirm.check(x % found == 0 and math.gcd(x, product) == 1, "the candidates "
                          "below it share no factor with the number, and it divides it")
            return
        pool = [d for d in _divisors_by_trial(x) if _inside(w, d) and test(d)]
        confirm.check(bool(pool) and (max(pool) if w.largest else min(pool)) == found,
                      "listing the divisors by trial division gives the same one")
    elif "prime" in kinds:
        def trial(n: int) -> bool:
            return n > 1 and all(n % d for d in range(2, int(n**0.5) + 1))
        others = Wanted(w.largest, conditions=[c for c in w.conditions if c[0] != "prime"])
        rest = others.test()
        passed = [n for n in range(start, found, step_by) if rest(n)]
        confirm.check(trial(found) and not any(trial(n) for n in passed),
                      "trial division confirms the answer is the first prime that qualifies")


def _steps(w: Wanted, found: int, start: int) -> list[Step]:
    parts = []
    for kind, a, b in w.conditions:
        if kind == "mod":
            parts.append(f"{found} = {b} \\cdot {found // b} + {a}")
        elif kind == "div":
            parts.append(f"{found} = {a} \\cdot {found // a}")
        elif kind == "factor":
            parts.append(f"{a} = {found} \\cdot {a // found}")
    claim = ", \\quad ".join(parts)
    where = "from the top of the range down" if w.largest else "from the bottom of the range up"
    out = [step("search in order", f"Try the candidates {where}, starting at {start}; the "
                "first that meets every condition is the answer.",
                f"${claim}$" if claim else f"{found} is the first that qualifies", claim)]
    if any(k == "prime" for k, _, _ in w.conditions):
        out.append(_prime_step(w, found))
    return out


def _prime_step(w: Wanted, found: int) -> Step:
    """Why the answer is prime, as checkable claims where they are few."""
    x = next((a for k, a, _ in w.conditions if k == "factor"), None)
    if x is not None and x <= _FACTOR_LIMIT:
        f = sp.factorint(x)
        claim = " \\cdot ".join(f"{p}^{{{e}}}" if e > 1 else str(p) for p, e in sorted(f.items()))
        claim = f"{x} = {claim}"
        return step("factor the number", "Its prime factors are the primes to choose from.",
                    f"${claim}$", claim)
    small = list(sp.primerange(2, int(found**0.5) + 1))
    if len(small) > 8:
        return step("check it is prime", "No prime up to its square root divides it.",
                    f"${found}$ is prime", "")
    claim = ", \\quad ".join(f"{found} = {p} \\cdot {found // p} + {found % p}" for p in small)
    return step("check it is prime", "No prime up to its square root divides it.",
                f"${claim}$" if claim else f"${found}$ is prime", claim)


__all__ = ["SPAN", "Wanted", "read", "read_wanted", "search"]
