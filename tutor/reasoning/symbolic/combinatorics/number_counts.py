"""Reader of several numbers drawn from a set or range, with or without replacement, and
how many of them have a property: "at least one of them is a multiple of 4", "both are
prime", "neither is a perfect square", "exactly one of the three numbers is odd".

The outcomes are the ordered draws (n^k with replacement, n(n-1)...(n-k+1) without),
all equally likely; the favourable ones are counted by listing them (at most 10^6), and
again from the number m of members with the property: with replacement
sum C(k,i) m^i (n-m)^(k-i), without it sum C(m,i) C(n-m,k-i) k! (choosing which members,
then their order), over the allowed i.

Phrasings reached: "Two integers are chosen at random, with replacement, from 1 through
20, inclusive. What is the probability that at least one of them is a multiple of 4?",
"Two different integers are chosen from the set {1, 2, ..., 12}. What is the probability
that both of them are prime?".
"""

from __future__ import annotations

import re
from itertools import permutations, product
from math import comb, factorial, perm

from tutor.reasoning.symbolic.combinatorics.chance import ASK, answer
from tutor.reasoning.symbolic.combinatorics.events import PROPERTY, predicate
from tutor.reasoning.symbolic.combinatorics.number_draws import FROM_NUMBERS, pool_of
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_PICK = (r" #(?P<k>[2-4]) (?P<diff>different |distinct )?(?:positive )?(?:integers|numbers|whole "
         r"numbers)(?: are| is)? (?:randomly )?(?:selected|chosen|picked|drawn)(?: (?:at "
         r"random|randomly))?")
_HOW = [(r",? (?:with replacement|independently(?: and at random)?|(?:one at a time )?with "
         r"replacement)(?=[ ,.;])", "with"),
        (r",? (?:without replacement|at the same time|simultaneously)(?=[ ,.;])", "without"),
        (r" \((?:and )?(?:the same (?:number|integer) (?:may|can) be chosen (?:both times|"
         r"twice|more than once)|they may be the same|repeats are allowed)\)", "with")]
_HOW_MANY = (r" (?:(?P<qcmp>at least|at most|exactly) #(?P<qj>\d+)|(?P<word>both|neither|none|all|"
             r"each))(?: of (?:them|the (?:#\d+ )?(?:numbers|integers)(?: chosen| selected| "
             r"drawn)?))? " + PROPERTY)
_GLUE = frozenset("inclusive".split())


def drawn_counts(split: Split, template: str) -> Result | None:
    if not quick(template, "probability", "chance") or not quick(
            template, "at least", "at most", "exactly", "both", "neither", "none", "all", "each"):
        return None
    w = Wording.of(split, template)
    pick, src = w.take(_PICK), w.take(FROM_NUMBERS)
    how = [(m, kind) for p, kind in _HOW for m in w.take(p)]
    ask = w.take(ASK)
    event = w.take(_HOW_MANY)
    if len(pick) != 1 or len(src) != 1 or len(ask) != 1 or len(event) != 1 or not \
            w.only_glue(_GLUE):
        return None
    kinds = {kind for _, kind in how} | ({"without"} if pick[0].group("diff") else set())
    if len(kinds) != 1:
        raise Decline("whether the same number can be drawn twice")
    again = kinds == {"with"}
    k = int(pick[0].group("k"))
    pool = pool_of(w, src[0])
    n = len(pool)
    if not again and k > n or n**k > 10**6:
        raise Decline("a draw I can list")
    e = event[0]
    test, words = predicate(e)
    word = e.group("word")
    if word in ("both",) and k != 2 or word == "neither" and k != 2:
        raise Decline("'both' or 'neither' of more than two")
    allowed = {"both": lambda i: i == k, "all": lambda i: i == k, "each": lambda i: i == k,
               "neither": lambda i: i == 0, "none": lambda i: i == 0}.get(word or "")
    if allowed is None:
        j, cmp = int(e.group("qj")), e.group("qcmp")
        if j > k:
            raise Decline("more of them than are drawn")
        allowed = {"at least": lambda i: i >= j, "at most": lambda i: i <= j,
                   "exactly": lambda i: i == j}[cmp]
    draws = product(pool, repeat=k) if again else permutations(pool, k)
    good = sum(1 for d in draws if allowed(sum(1 for x in d if test(x))))
    m = sum(1 for x in pool if test(x))
    if again:
        total = n**k
        second = sum(comb(k, i) * m**i * (n - m) ** (k - i) for i in range(k + 1) if allowed(i))
        total_tex = f"{n}^{{{k}}}"
    else:
        total = perm(n, k)
        second = sum(comb(m, i) * comb(n - m, k - i) * factorial(k) for i in range(k + 1)
                     if allowed(i))
        total_tex = str(total)
    said = re.sub(r"\s+", " ", e.group(0).replace("#", "")).strip()
    return answer(good, total, said, second, f"{m} of the {n} numbers are {words}",
                  f"Of the {total} equally likely ordered draws, {good} have {said}.", total_tex)


__all__ = ["drawn_counts"]
