"""Reader of a row of n things, k of them identical copies and the rest all different: "I
have 6 books, two of which are identical copies of the same math book, and all of the rest
of the books are different. In how many ways can I arrange them on a shelf?".

The copies cannot be told apart, so each order of the n places is counted k! times:
n!/k!, confirmed by choosing the places of the copies and ordering the rest,
C(n, k) (n - k)!, and, for at most 8 things, by listing every distinct row.
"""

from __future__ import annotations

from itertools import permutations
from math import comb, factorial

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_THINGS = r"(?P<noun>books|toys|pictures|photos|trophies|cans|plants|vases|coins|cards|dolls)"
_HAVE = (r" (?:i|we|you|he|she|they|[a-z]+) (?:have|has) #(?P<n>\d+) " + _THINGS
         + r"|(?: a| the)? (?:shelf|box|collection|row) (?:has|holds|contains) #(?P<n2>\d+) "
         + _THINGS.replace("noun", "noun2"))
_COPIES = (r",? #(?P<k>\d+) of (?:which|them|these) are identical(?: copies(?: of (?:the same|"
           r"one) [a-z]+(?: [a-z]+)?)?)?"
           r"(?:,? and (?:all )?(?:of )?the (?:rest|others|other (?:books|ones))(?: of the "
           r"[a-z]+)? are (?:all )?(?:different|distinct))?\b")
_ASK = (r" (?:in )?how many (?:different |distinct )*ways can (?:i|we|you|he|she|they) "
        r"(?:arrange|line up|place|put|order) them(?: (?:on|in) (?:a|the) (?:shelf|row|line|"
        r"bookshelf))?\b")


def copies_rows(split: Split, template: str) -> Result | None:
    if not quick(template, "identical") or not quick(template, "how many"):
        return None
    w = Wording.of(split, template)
    have, copies, ask = w.take(_HAVE), w.take(_COPIES), w.take(_ASK)
    if len(have) != 1 or len(copies) != 1 or len(ask) != 1 or not w.only_glue():
        return None
    n = int(have[0].group("n") or have[0].group("n2"))
    k = int(copies[0].group("k"))
    if not 2 <= k < n <= 20:
        raise Decline("a few copies among more things")
    v = factorial(n) // factorial(k)
    confirm.count(v, lambda: comb(n, k) * factorial(n - k), "rows (places of the copies first)")
    if n <= 8:
        things = ["c"] * k + [str(i) for i in range(n - k)]
        confirm.count(v, lambda: len(set(permutations(things))), "rows (listing them)")
    claim = f"\\frac{{{n}!}}{{{k}!}} = {v}"
    noun = have[0].group("noun") or have[0].group("noun2")
    return sp.Integer(v), [step("divide out the copies", f"Order the {n} {noun} as if all "
                                f"differed ({n}!), then divide by the {k}! orders of the "
                                "identical copies, which look the same.", f"${claim}$", claim)]


__all__ = ["copies_rows"]
