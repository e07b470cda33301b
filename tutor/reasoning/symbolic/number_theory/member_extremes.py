"""Which member of a list of integers stands out: "Which of the numbers 24, 30, 36, 40 has
the most positive divisors?", "Set B = {55, 57, 58, 59, 61}. Which number in set B has the
smallest prime factor?", "Of the numbers 1, 2, 3, ..., 15, which number has the greatest
number of divisors?", "Among the integers 41, 43, 45, 47, which one is not prime?".

The list is written out (with dots: every integer of an arithmetic run), or said as "from a
to b". The property is the number of positive divisors, the smallest or largest prime
factor, or the digit sum, compared across the members (greatest or least), or being prime,
not prime, a perfect square or not one. The answer is the one member that stands out; a tie
(or no member, or several with the property) declines. Each member's value is worked out
twice: SymPy's `divisor_count` / `factorint` against trial division, the digit sum from the
decimal digits against repeated division by 10.
"""

from __future__ import annotations

import math
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.number_theory import integers, sequences
from tutor.reasoning.symbolic.number_theory.digit_division import digit_sum
from tutor.reasoning.symbolic.number_theory.divisors import primes_by_trial
from tutor.reasoning.symbolic.number_theory.primality import is_prime_by_trial
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_MAX_MEMBERS = 2000
_MOST = r"(?P<dir>greatest|largest|most|biggest|highest|smallest|least|fewest|lowest)"
_PROPERTIES = [
    ("divisors", re.compile(rf"has the {_MOST} (?:number of )?(?:positive )?(?:integer )?"
                            r"(?:divisors|factors)")),
    ("prime factor", re.compile(rf"has the {_MOST} prime (?:factor|divisor)")),
    ("digit sum", re.compile(rf"has the {_MOST} (?:sum of (?:its )?digits|digit sum)")),
    ("prime", re.compile(r"is (?P<not>not )?(?:a )?prime(?: number)?")),
    ("square", re.compile(r"is (?P<not>not )?a perfect square")),
]
_VOCAB = frozenset(
    "which of the numbers integers number integer one member following these list set in has "
    "is not a prime perfect square greatest largest most biggest highest smallest least "
    "fewest lowest positive divisors factors factor divisor sum its digits digit among from "
    "to inclusive through".split())


def _members(split: Split, template: str) -> tuple[list[int], set[int]] | None:
    """The list's members and the maths slots it used."""
    m = re.search(r"\bfrom @(\d+)@ (?:to|through) @(\d+)@", template)
    if m:
        lo, hi = (integers.integer(split.maths[int(g)]) for g in m.groups())
        if not 0 < hi - lo < _MAX_MEMBERS:
            raise Decline("a modest range of integers")
        return list(range(lo, hi + 1)), {int(m.group(1)), int(m.group(2))}
    runs = [r for r in sequences.LIST.finditer(template) if "@" in r.group(0)]
    lists = []
    for run in runs:
        slots = {int(s) for s in re.findall(r"@(\d+)@", run.group(0))}
        items = sequences.run_items(split, run.group(0))
        if len(items) >= 2:
            lists.append((items, slots))
    if len(lists) != 1:
        return None
    items, slots = lists[0]
    if sequences.DOTS in items:
        head, tail, d, n = sequences.arithmetic(items)
        if n > _MAX_MEMBERS or not (head[0].is_Integer and d.is_Integer):
            raise Decline("a modest list of integers")
        return [int(head[0]) + int(d) * k for k in range(n)], slots
    return [integers.integer(i) for i in items], slots


def _value(kind: str, n: int, most: bool) -> int:
    if n < 1:
        raise Decline("positive integers only")
    if kind == "divisors":
        count, by_trial = int(sp.divisor_count(n)), confirm.divisors_by_trial(n)
        if by_trial is None:
            raise Decline("a number too large to count its divisors by trial division")
        confirm.check(count == by_trial, f"counting the divisors of {n} by trial")
        return count
    if kind == "prime factor":
        if n < 2:
            raise Decline("1 has no prime factor")
        primes = sorted(sp.factorint(n))
        confirm.check(primes == primes_by_trial(n), f"the prime factors of {n} by trial "
                      "division")
        return primes[-1] if most else primes[0]
    total = digit_sum(n)
    confirm.check(total == sum(map(int, str(n))), f"the digit sum of {n}")
    return total


def _has(kind: str, n: int) -> bool:
    """Prime (trial division, and SymPy's test) or a perfect square (integer square root,
    and SymPy's exact root)."""
    if kind == "prime":
        got = is_prime_by_trial(n)
        confirm.check(got == bool(sp.isprime(n)), f"SymPy's primality test agrees on {n}")
        return got
    got = n >= 0 and math.isqrt(n) ** 2 == n
    confirm.check(got == (n >= 0 and sp.integer_nthroot(n, 2)[1]),
                  f"SymPy's exact square root agrees on {n}")
    return got


def read(split: Split, template: str) -> Result | None:
    if "which" not in template or not words_within(template, _VOCAB):
        return None
    found = [(kind, m) for kind, p in _PROPERTIES if (m := p.search(template))]
    if len(found) != 1:
        return None
    kind, prop = found[0]
    # a set named where it is written ("B = {55, 57}") stands for its members
    split = Split(split.template, [re.sub(r"^\s*[A-Z]\s*=\s*(\\\{.*\\\})\s*$", r"\1", m)
                                   for m in split.maths])
    got = _members(split, template)
    if got is None:
        return None
    members, slots = got
    named = {int(s) for s in re.findall(r"(?:set|list) @(\d+)@", template)} - slots
    if slots | named != set(range(len(split.maths))) or any(
            not re.fullmatch(r"\s*[A-Z]\s*", split.maths[s]) for s in named):
        raise Decline("maths the question does not use")
    if len(set(members)) != len(members):
        raise Decline("a member listed twice")
    if kind in ("prime", "square"):
        has = {n: _has(kind, n) for n in members}
        chosen = [n for n in members if has[n] != bool(prop.group("not"))]
        said = f"{'not ' if prop.group('not') else ''}{'prime' if kind == 'prime' else 'a square'}"
        if len(chosen) != 1:
            raise Decline(f"{len(chosen)} members are {said}")
        return sp.Integer(chosen[0]), [step("test each member", f"Only {chosen[0]} is {said}.",
                                            f"${chosen[0]}$", "")]
    most = prop.group("dir") in ("greatest", "largest", "most", "biggest", "highest")
    values = {n: _value(kind, n, most) for n in members}
    best = (max if most else min)(values.values())
    winners = [n for n, v in values.items() if v == best]
    if len(winners) != 1:
        raise Decline("several members tie")
    shown = ", ".join(f"{n}: {v}" for n, v in list(values.items())[:12])
    return sp.Integer(winners[0]), [
        step(f"find each member's {kind}", f"Work out the {kind} of each member.",
             f"{shown}{', …' if len(values) > 12 else ''}", ""),
        step("pick the member", f"Only {winners[0]} has the {prop.group('dir')} {kind}.",
             f"${winners[0]}$", "")]


__all__ = ["read"]
