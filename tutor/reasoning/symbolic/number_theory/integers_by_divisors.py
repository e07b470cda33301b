"""One integer known by facts about its divisors: "The integer x has 12 positive factors.
The numbers 12 and 15 are factors of x. What is x?", "The sum of all the positive divisors
of n is 24, and 3 is a divisor of n. Find n.", "The positive integer m has exactly 6
divisors and is divisible by 4 and 3. What is m?".

The facts: how many positive divisors it has, the sum of its positive divisors, and numbers
that divide it. Every integer with the facts is found, and the answer is given only when
there is exactly one:

- with the sum s told, every candidate is at most s - 1 (the sum of the divisors of n > 1
  is at least n + 1), so all of 1 .. s are tried;
- with only the count k told, the integer is a multiple of L, the lcm of the divisors told;
  when L itself has k divisors no other multiple has (a multiple n > L has every divisor of
  L and n as well), so L is the one; any other case declines.

Confirmed by counting (or adding) the divisors listed one by one, and for a count by checking
the first multiples of L have more divisors.
"""

from __future__ import annotations

import math
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_D = r"(?:positive )?(?:factors|divisors)"
_N = r"(?:(?:the |a )?(?:positive )?(?:integer |number |whole number )?(?P<x{0}>@\d+@))"
_NUMS = r"(?P<ds>#\d+(?:(?:,? and|,) #\d+)*)"
_COUNT = [r" " + _N.format("c") + r" has (?:exactly )?#(?P<k>\d+) " + _D + r"\b"]
_SUM = [r" the sum of (?:all )?(?:of )?(?:the |its )?" + _D + r" of " + _N.format("s")
        + r" is #(?P<s>\d+)\b"]
_DIVIDES = [
    r" (?:the numbers? )?" + _NUMS + r" (?:are|is) (?:both |all )?(?:a )?(?:factors?|divisors?) "
    r"of " + _N.format("d"),
    r" (?:the numbers? )?" + _NUMS + r" (?:both |all )?divides? " + _N.format("d"),
    r"(?: " + _N.format("d") + r")? (?:and )?is (?:evenly )?divisible by " + _NUMS
    + r"(?: both)?",
    r" (?:one|#1) of (?:the|its) " + _D + r"(?: of " + _N.format("d") + r")? is " + _NUMS]
_ASK = r" (?:what is|find|determine)(?: the value of)? (?P<xq>@\d+@)"
_GLUE = frozenset("if then also".split())


def read(split: Split, template: str) -> Result | None:
    if not quick(template, "factor", "divisor") or not re.search(r"@\d+@ ?[.?]?\s*$", template):
        return None
    w = Wording.of(split, template)
    counts = [m for p in _COUNT for m in w.take(p)]
    sums = [m for p in _SUM for m in w.take(p)]
    divides = [m for p in _DIVIDES for m in w.take(p)]
    ask = w.take(_ASK)
    if len(ask) != 1 or not (counts or sums) or not w.only_glue(_GLUE):
        return None
    letter = split.maths[int(ask[0].group("xq").strip("@"))].strip()
    named = [m.group(g) for m in counts + sums + divides for g in m.groupdict()
             if g.startswith("x") and m.group(g)]
    if not re.fullmatch(r"[a-zA-Z]", letter) or any(
            split.maths[int(n.strip("@"))].strip() != letter for n in named):
        raise Decline("facts about one integer")
    if len(counts) > 1 or len(sums) > 1:
        raise Decline("a fact told twice")
    k = int(counts[0].group("k")) if counts else None
    s = int(sums[0].group("s")) if sums else None
    told = sorted({int(d) for m in divides for d in re.findall(r"#(\d+)", m.group("ds"))})
    if any(d < 1 for d in told) or k is not None and k < 1:
        raise Decline("positive divisors")
    return _answer(letter, k, s, told)


def _fits(n: int, k: int | None, s: int | None, told: list[int]) -> bool:
    return all(n % d == 0 for d in told) and (k is None or sp.divisor_count(n) == k) and (
        s is None or sp.divisor_sigma(n) == s)


def _listed(n: int) -> list[int]:
    return [d for d in range(1, n + 1) if n % d == 0]


def _answer(letter: str, k: int | None, s: int | None, told: list[int]) -> Result:
    lcm = math.lcm(*told) if told else 1
    if s is not None:
        if s > 10**6:
            raise Decline("a sum too large to search")
        found = [n for n in range(lcm, s + 1, lcm) if _fits(n, k, s, told)]
        why = (f"The sum of the divisors of ${letter} > 1$ is at least ${letter} + 1$, so "
               f"${letter} < {s}$; trying every multiple of {lcm} up to {s} leaves one.")
    else:
        assert k is not None
        found = [lcm] if sp.divisor_count(lcm) == k else []
        if not found:
            raise Decline("the divisors told do not fix the integer")
        confirm.check(all(len(_listed(lcm * m)) > k for m in range(2, 40)),
                      "every other multiple tried has more divisors")
        why = (f"${letter}$ is a multiple of {lcm}, which already has {k} divisors; any larger "
               "multiple has those and itself as well, so it is the one.")
    if len(found) != 1:
        raise Decline("not exactly one integer has these divisors")
    n = found[0]
    divisors = _listed(n)
    confirm.check((k is None or len(divisors) == k) and (s is None or sum(divisors) == s)
                  and all(n % d == 0 for d in told), "listing its divisors one by one agrees")
    listed = ", ".join(map(str, divisors))
    return sp.Integer(n), [
        step("the integer", why, f"${letter} = {n}$", f"{letter} = {n}"),
        step("check its divisors", f"The divisors of {n} are {listed}.",
             f"{len(divisors)} divisors, with sum {sum(divisors)}", "")]


__all__ = ["read"]
