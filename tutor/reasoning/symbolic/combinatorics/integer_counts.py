"""Readers that count integers in a range with one property, and the digits written when
listing a range: each count by listing the integers, and again by a formula.

Phrasings reached: "How many integers between 10 and 200 are multiples of 7?", "How
many positive integers less than 500 are perfect cubes?", "How many primes are there
between 30 and 60?", "How many integers from 1 to 300, inclusive, have digits that sum
to 9?", "How many numbers from 1 through 400 contain the digit 3?", "How many times
does the digit 5 appear when the integers from 1 to 200 are written?" ...
"Between" without "inclusive" is read both ways and declined when the two differ.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from math import isqrt, lcm

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_LIST = 2_000_000
_KIND = (r" how many (?:of the first #(?P<first>\d+) positive (?:integers|numbers|whole numbers)"
         r"|of the (?P<pos2>positive )?(?:integers|numbers|whole numbers)"
         r"|(?P<pos>positive )?(?:#(?P<dig>[1-9])-digit )?(?:positive )?(?:(?P<mult>multiples of "
         r"#(?P<k>\d+))|(?P<sq>perfect squares)|(?P<cube>perfect cubes)|(?P<prime>primes|prime "
         r"numbers)|(?P<even>even )?(?P<odd>odd )?(?:integers|numbers|whole numbers)))\b")
_RANGE = (r" (?:are |lie |are there )?(?:(?P<btw>(?P<strict>strictly )?between) #(?P<a>\d+) "
          r"and #(?P<b>\d+)|from #(?P<a2>\d+) (?:to|through) #(?P<b2>\d+)|(?P<lt>less than|below|"
          r"smaller than) #(?P<n>\d+)|"
          r"(?:less than or equal to|at most|not exceeding|up to) #(?P<n2>\d+)|#(?P<dig2>[1-9])"
          r"-digit (?:positive )?(?:numbers|integers|whole numbers))(?P<inc>,? inclusive)?\b")
_HAS = (r" (?:are |have )?(?:(?P<mult>multiples of|divisible by) (?:both )?#(?P<k>\d+)(?: and "
        r"(?:by |of )?"
        r"#(?P<k2>\d+))?|(?P<sq>perfect "
        r"squares)|(?P<cube>perfect cubes)|(?P<prime>primes?|prime numbers)"
        r"|(?:have (?:a )?digit sum (?:of )?|have digits that (?:sum|add up) to |whose digits "
        r"(?:sum|add up) to )#(?P<s>\d+)|contain (?:the digit |at least (?:one|#1) )#(?P<d>\d)"
        r"(?: at least once)?)\b")


def _digit_sum(v: int) -> int:
    return sum(map(int, str(v)))


@cache
def _with_sum(length: int, s: int) -> int:
    """Digit strings (leading zeros allowed) of this length whose digits sum to s."""
    if length == 0:
        return int(s == 0)
    return sum(_with_sum(length - 1, s - d) for d in range(10) if d <= s)


def _upto(n: int, test: str, arg: int) -> int:
    """How many integers in 0..n (n >= 0) have the property, by a formula or digit count;
    `arg` is the property's number (for "mult", the lcm of the divisors)."""
    if n < 0:
        return 0
    if test == "mult":
        return n // arg + 1
    if test == "sq":
        return isqrt(n) + 1
    if test == "cube":
        return int(sp.integer_nthroot(n, 3)[0]) + 1
    if test == "prime":
        return int(sp.primepi(n))
    if test == "even":
        return n // 2 + 1
    if test == "odd":
        return (n + 1) // 2
    digits = str(n)
    if test == "s":  # digit by digit below n's own digits, then n itself
        total, spent = 0, 0
        for i, ch in enumerate(digits):
            for d in range(int(ch)):
                if arg - spent - d >= 0:
                    total += _with_sum(len(digits) - i - 1, arg - spent - d)
            spent += int(ch)
        return total + int(spent == arg)
    # "contains digit d": all minus those without it (digit by digit, as above)
    without = _without(digits, arg)
    return n + 1 - without


def _without(digits: str, d: int) -> int:
    """Integers 0..int(digits) whose decimal form lacks digit d (0 written as '0')."""
    n = int(digits)
    count = sum(1 for v in range(0, min(n, 9) + 1) if str(v).find(str(d)) < 0)
    for length in range(2, len(digits) + 1):  # numbers with exactly `length` digits, <= n
        lo, hi = 10 ** (length - 1), min(n, 10**length - 1)
        if hi < lo:
            break
        count += _free_between(lo, hi, d)
    return count


def _free_between(lo: int, hi: int, d: int) -> int:
    """Numbers in [lo, hi] of one length with no digit d, by prefixes of hi."""
    def upto(x: int) -> int:  # same-length numbers in [lo, x] without d
        s, total = str(x), 0
        for i, ch in enumerate(s):
            for dig in range(1 if i == 0 else 0, int(ch)):
                if dig != d:
                    total += 9 ** (len(s) - i - 1)
            if int(ch) == d:
                return total
        return total + 1
    return upto(hi) - (upto(lo - 1) if len(str(lo - 1)) == len(str(hi)) else 0)


_TESTS: dict[str, Callable[[int, int], bool]] = {
    "mult": lambda v, k: v % k == 0, "sq": lambda v, _: isqrt(v) ** 2 == v,
    "cube": lambda v, _: bool(sp.integer_nthroot(v, 3)[1]), "prime": lambda v, _: sp.isprime(v),
    "even": lambda v, _: v % 2 == 0, "odd": lambda v, _: v % 2 == 1,
    "s": lambda v, s: _digit_sum(v) == s, "d": lambda v, d: str(d) in str(v)}
_WORDS = {"mult": "multiples of {}", "sq": "perfect squares", "cube": "perfect cubes",
          "prime": "primes", "even": "even", "odd": "odd", "s": "with digit sum {}",
          "d": "containing the digit {}"}


def _property(*found: re.Match[str]) -> tuple[str, tuple[int, ...]]:
    """The one property asked for, with its numbers (one or two divisors for "mult")."""
    props: list[tuple[str, tuple[int, ...]]] = []
    for m in found:
        g = m.groupdict()
        for name in ("mult", "sq", "cube", "prime", "even", "odd", "s", "d"):
            if g.get(name):
                arg = {"mult": "k", "s": "s", "d": "d"}.get(name)
                nums: tuple[int, ...] = (int(m.group(arg)),) if arg else (0,)
                if g.get("k2") and name == "mult":
                    nums += (int(g["k2"]),)
                props.append((name, nums))
    if len(props) != 1:
        raise Decline("one property at a time")
    if props[0][0] == "mult" and min(props[0][1]) < 1:
        raise Decline("multiples of zero")
    return props[0]


def integers(split: Split, template: str) -> Result | None:
    if "how many" not in template or not quick(template, "between", "from", "less", "below",
                                               "most", "exceeding", "up to", "digit", "first"):
        return None
    w = Wording.of(split, template)
    kind, rng, has = w.take(_KIND), w.take(_RANGE), w.take(_HAS)
    k = kind[0].groupdict() if kind else {}
    fixed = k.get("first") or k.get("dig")
    if len(kind) != 1 or len(rng) != (0 if fixed else 1) or len(has) > 1 or not w.only_glue(
            {"there", "have"}):
        return None
    test, ks = _property(*kind, *has)
    arg = lcm(*ks) if test == "mult" else ks[0]
    r = rng[0].groupdict() if rng else {}
    if fixed:
        d = int(k["dig"] or 0)
        if d == 1 and not k["pos"]:
            raise Decline("one-digit integers may include zero and negatives")
        readings = {(1, int(k["first"]))} if k["first"] else {(max(10 ** (d - 1), 1), 10**d - 1)}
    elif r["dig2"]:  # "how many multiples of 13 are three-digit numbers"
        d = int(r["dig2"])
        readings = {(max(10 ** (d - 1), 1), 10**d - 1)}
    elif r["n"] or r["n2"]:
        if not (k["pos"] or k["pos2"]) and test not in ("prime",):
            raise Decline("'less than' without 'positive' may include zero and negatives")
        lo, hi = 1, int(r["n"] or r["n2"]) - (1 if r["lt"] else 0)
        readings = {(lo, hi)}
    else:
        a, b = int(r["a"] or r["a2"]), int(r["b"] or r["b2"])
        if r["strict"] and r["inc"]:
            raise Decline("'strictly between' and 'inclusive' together")
        readings = {(a, b)} if (r["inc"] or not r["btw"]) else {(a + 1, b - 1)} if r[
            "strict"] else {(a, b), (a + 1, b - 1)}
        if k["pos"] or k["pos2"]:
            readings = {(max(lo, 1), hi) for lo, hi in readings}
    counts = {_count(lo, hi, test, arg, ks) for lo, hi in readings}
    if len(counts) != 1:
        raise Decline("'between' may or may not include the ends, and the counts differ")
    lo, hi = min(readings)
    v = counts.pop()
    words = _WORDS[test].format(" and ".join(map(str, ks)))
    claim = _claim(lo, hi, test, arg, v)
    return sp.Integer(v), [step("count them", f"Count the integers from {lo} to {hi} that are "
                                f"{words}: the first and the last, then how many steps apart.",
                                f"${claim}$", claim)]


def _claim(lo: int, hi: int, test: str, arg: int, v: int) -> str:
    """A checkable statement of the count: the first and last such integer and how many
    lie between (a run of multiples, squares, cubes or every other integer)."""
    if v < 2 or test in ("prime", "s", "d"):
        return f"N = {v}"
    if test in ("sq", "cube"):
        e = 2 if test == "sq" else 3
        a = next(r for r in range(hi + 2) if r**e >= lo)
        b = a + v - 1
        return (f"{a}^{{{e}}} = {a**e}, \\quad {b}^{{{e}}} = {b**e}, \\quad {b} - {a} + 1 "
                f"= {v}")
    k = arg if test == "mult" else 2
    first = next(x for x in range(lo, hi + 1) if _TESTS[test](x, arg))
    last = first + k * (v - 1)
    if test == "mult":
        a, b = first // k, last // k
        return (f"{k} \\cdot {a} = {first}, \\quad {k} \\cdot {b} = {last}, \\quad {b} - {a} "
                f"+ 1 = {v}")
    return f"\\frac{{{last} - {first}}}{{2}} + 1 = {v}"


def _count(lo: int, hi: int, test: str, arg: int, ks: tuple[int, ...]) -> int:
    """Listed one by one (every divisor tested), then by the formula (with their lcm)."""
    if lo < 0 or hi - lo > _LIST:
        raise Decline("a range I cannot list")
    if hi < lo:
        return 0
    if test == "mult":
        listed = sum(1 for v in range(lo, hi + 1) if all(v % k == 0 for k in ks))
    else:
        listed = sum(1 for v in range(lo, hi + 1) if _TESTS[test](v, arg))
    by_formula = _upto(hi, test, arg) - _upto(lo - 1, test, arg)
    confirm.count(listed, lambda: by_formula, f"integers {_WORDS[test].format(arg)} (a formula)")
    return listed


_TIMES = (r" how many times does the digit #(?P<d>\d) appear (?:in the list of all |when (?:all )?"
          r"(?:of )?the |in (?:writing )?(?:all )?(?:of )?the )?(?:integers|numbers|page numbers)"
          r" from #(?P<a>\d+) (?:to|through) #(?P<b>\d+)(?:,? inclusive)?"
          r"(?: are written(?: out)?)?\b")


_LISTED = (r"(?:all (?:of )?(?:the )?|the )?(?:integers|numbers|whole numbers|page numbers|house "
          r"numbers) from #(?P<a>\d+) (?:to|through) #(?P<b>\d+)(?:,? inclusive)?")
# the same question in other words: "how many times is the digit 5 written when listing all
# integers from 1 to 60?", "when the integers from 1 to 99 are written, how many times is the
# digit 9 used?", "A sign maker paints the house numbers 1 through 80. How many times does he
# paint the digit 7?" (one who writes the numbers, then the digit counted)
_VERB = r"(?:written|used|printed|painted|typed|needed|required)"
_TIMES_SAID = [
    r" how many times is the digit #(?P<d>\d) " + _VERB + r" (?:when|in|if) (?:listing|writing|"
    r"printing|painting|typing|numbering) " + _LISTED + r"\b",
    r" when " + _LISTED + r" are (?:written|listed|printed|typed)(?: out)?, how many times (?:is|"
    r"does) the digit #(?P<d>\d) (?:" + _VERB + r"|appear)\b",
]
_WRITER = (r" (?:a|an|the) [a-z]+(?: [a-z]+)? (?:paints|prints|writes|types|labels|numbers) "
           r"(?:the )?(?:house |page |room |locker |seat )?(?:numbers |numerals )?"
           r"(?:from )?#(?P<a>\d+) (?:to|through) #(?P<b>\d+)(?:,? inclusive)?\b")
_WRITER_ASK = (r" how many times (?:does|will|did) (?:he|she|it|they) (?:paint|print|write|type|"
               r"use) the digit #(?P<d>\d)\b")


def _digit_range(w: Wording) -> tuple[int, int, int] | None:
    """(d, a, b) of the question in any of its wordings, everything else glue."""
    for pattern in [_TIMES, *_TIMES_SAID]:
        found = w.take(pattern)
        if len(found) == 1:
            m = found[0]
            return int(m.group("d")), int(m.group("a")), int(m.group("b"))
    writer, ask = w.take(_WRITER), w.take(_WRITER_ASK)
    if len(writer) == 1 and len(ask) == 1:
        return int(ask[0].group("d")), int(writer[0].group("a")), int(writer[0].group("b"))
    return None


def digit_times(split: Split, template: str) -> Result | None:
    if "times" not in template or "digit" not in template:
        return None
    w = Wording.of(split, template)
    got = _digit_range(w)
    if got is None or not w.only_glue():
        return None
    d, a, b = got
    if not 0 <= a <= b <= _LIST or d == 0:
        raise Decline("a digit from 1 to 9 in a modest range")
    listed = sum(str(v).count(str(d)) for v in range(a, b + 1))

    def upto(n: int) -> int:  # occurrences of d in 1..n, place by place
        total, p = 0, 1
        while p <= n:
            high, cur, low = n // (p * 10), (n // p) % 10, n % p
            total += high * p + (p if cur > d else low + 1 if cur == d else 0)
            p *= 10
        return total

    by_places = upto(b) - upto(a - 1) if a >= 1 else upto(b)
    confirm.count(listed, lambda: by_places, "digits (counting place by place)")
    claim = f"N = {listed}"
    return sp.Integer(listed), [step("count the digit place by place", f"Count the {d}s in the "
                                     f"units, tens, hundreds ... places from {a} to {b}.",
                                     f"${claim}$", claim)]


__all__ = ["digit_times", "integers"]
