"""Probability reader for numbers chosen from a stated set or range of integers: one number
and a property of it, or two different numbers and a property of their sum, product or gcd.

Phrasings reached: "Two different integers are chosen from the set {1, 2, ..., 9}. What is
the probability that their sum is even?", "A number is selected at random from 1 through
50, inclusive. What is the probability that it is a perfect square?" ...
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import combinations, permutations
from math import comb

import sympy as sp

from tutor.reasoning.symbolic.combinatorics.chance import ASK, answer
from tutor.reasoning.symbolic.combinatorics.events import PROPERTY, predicate
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick, set_members
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

FROM_NUMBERS = (
    r" (?:from|of|among) (?:the set (?P<set>@\d+@)|(?:the )?(?:first #(?P<first>\d+) "
    r"positive integers|first #(?P<primes>\d+) (?:prime numbers|primes)|first "
    r"#(?P<odds>\d+) (?:positive )?odd (?:integers|numbers)|(?:positive )?integers (?:from )?"
    r"#(?P<a>\d+) (?:through|to) #(?P<b>\d+)|"
    r"(?:between )?#(?P<a2>\d+) (?:through|to|and) #(?P<b2>\d+)))(?P<inc>,? inclusive)?"
    r"(?!\w)")
_PICK = (r" (?P<two>#2 (?P<diff>different |distinct )?|an? |#1 )(?:positive |natural )?(?:numbers?|"
         r"integers?|whole numbers?|members|elements)(?:(?: are| is)? (?:randomly |)(?:selected|"
         r"chosen|picked|drawn)(?: (?:at random|randomly))?(?P<how>,? (?:simultaneously|at the "
         r"same time|without replacement)(?: and at random)?)?)?\b")
_CHOSEN = (r"(?<=;)\s+(?:are|is) (?:randomly )?(?:selected|chosen|picked|drawn)(?: at random| "
           r"randomly)?\b")
_ITS = (r" (?:it|the (?:chosen |selected )?(?:number|integer))(?: chosen| selected)? "
        + PROPERTY)
# "a randomly selected integer between 1 and 100, inclusive, is a multiple of 7"
_PICKED = (r" an? (?:randomly )?(?:selected|chosen|picked) (?:positive )?(?:integer|number|whole "
           r"number) (?:from |between )#(?P<a>\d+) (?:and|to|through) #(?P<b>\d+)(?P<inc>,? "
           r"inclusive,?)? (?:will )?" + PROPERTY)
_STAT = (r" (?:the|their) (?P<stat>sum|product|greatest common (?:factor|divisor))(?: of (?:the"
         r"|these|those) (?:#2 )?(?:numbers|integers|members))? " + PROPERTY)



def _picked(w: Wording, picked: list[re.Match[str]]) -> Result | None:
    """One number from a range said inside the event; 'between' without 'inclusive' is read
    both ways and declined when the two differ."""
    ask = w.take(ASK)
    if len(picked) != 1 or len(ask) != 1 or not w.only_glue():
        return None
    p = picked[0]
    a, b = int(p.group("a")), int(p.group("b"))
    between = "between" in p.group(0) and not p.group("inc")
    test, words = predicate(p)
    results = set()
    for lo, hi in ({(a, b), (a + 1, b - 1)} if between else {(a, b)}):
        if not 0 <= lo <= hi or hi - lo > 10**6:
            raise Decline("a range of modest size")
        good = sum(1 for x in range(lo, hi + 1) if test(x))
        results.add(sp.Rational(good, hi - lo + 1))
    if len(results) != 1:
        raise Decline("'between' may or may not include the ends, and the answers differ")
    good = sum(1 for x in range(a, b + 1) if test(x))
    total = b - a + 1
    second = total - sum(1 for x in range(a, b + 1) if not test(x))
    return answer(good, total, f"the number being {words}", second, "the complement",
                  f"{good} of the {total} equally likely numbers are {words}.")


def pool_of(w: Wording, m: re.Match[str]) -> list[int]:
    """The integers a `FROM_NUMBERS` phrase names: a listed set, the first n primes or odd numbers,
    or a range; Decline when 'between' leaves its ends unclear or the pool is not modest."""
    g = m.groupdict()
    if g["a2"] and "between" in m.group(0) and not g["inc"]:
        raise Decline("'between' may or may not include its ends")
    if g["set"]:
        pool = set_members(w.maths[int(g["set"][1:-1])])
    elif g["primes"] or g["odds"]:  # the first n primes (SymPy's prime(i)) or odd numbers
        count = int(g["primes"] or g["odds"])
        if not 1 <= count <= 600:
            raise Decline("a modest set")
        pool = [int(sp.prime(i)) if g["primes"] else 2 * i - 1 for i in range(1, count + 1)]
    else:
        lo = 1 if g["first"] else int(g["a"] or g["a2"])
        hi = int(g["first"] or g["b"] or g["b2"])
        pool = list(range(lo, hi + 1))
    if len(set(pool)) != len(pool) or not 2 <= len(pool) <= 600:
        raise Decline("a set of distinct integers of modest size")
    return pool


def numbers(split: Split, template: str) -> Result | None:
    if not quick(template, "probability", "chance") or not quick(template, "select", "chosen",
                                                                  "choose", "picked", "drawn"):
        return None
    w = Wording.of(split, template)
    picked = w.take(_PICKED)
    if picked:
        return _picked(w, picked)
    ask = w.take(ASK)
    event = w.take(_STAT)  # first: "the gcd of these two numbers" names no new pick
    pick, src = w.take(_PICK), w.take(FROM_NUMBERS)
    w.take(_CHOSEN)
    w.take(r" and (?:they are |then )?(?:multiplied|added)(?: together)?\b")
    event += w.take(_ITS)
    if len(pick) != 1 or len(src) != 1 or len(ask) != 1 or len(event) != 1 or not w.only_glue():
        return None
    pool = pool_of(w, src[0])
    test, words = predicate(event[0])
    two = pick[0].group("two").startswith("#2")
    if not two:
        if "stat" in event[0].groupdict():
            raise Decline("a sum of one number")
        good = sum(1 for x in pool if test(x))
        second = len(pool) - sum(1 for x in pool if not test(x))
        return answer(good, len(pool), f"the number being {words}", second, "the complement",
                      f"{good} of the {len(pool)} equally likely numbers are {words}.")
    if not (pick[0].group("diff") or pick[0].group("how")) or "stat" not in event[0].groupdict():
        raise Decline("two numbers that may be the same, or an event about one of them")
    stat = event[0].group("stat")
    value = {"sum": lambda a, b: a + b, "product": lambda a, b: a * b}.get(
        stat, lambda a, b: int(sp.gcd(a, b)))
    good = sum(1 for a, b in combinations(pool, 2) if test(value(a, b)))
    ordered = Counter(test(value(a, b)) for a, b in permutations(pool, 2))
    total = comb(len(pool), 2)
    return answer(good, total, f"the {stat} being {words}", ordered[True] // 2,
                  "ordered pairs, halved", f"Of the {total} equally likely pairs, {good} have "
                  f"{stat} {words}.", f"\\binom{{{len(pool)}}}{{2}}")


__all__ = ["numbers", "pool_of"]
