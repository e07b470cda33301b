"""Reader of derangements: n things put back in n places, none in its own place. The count
D(n), or the chance D(n)/n! when the order is random.

Phrasings reached: "Four letters are put into four addressed envelopes at random. In how
many ways can every letter end up in the wrong envelope?", "In how many ways can 5 letters
be placed in 5 envelopes so that no letter is in its correct envelope?", "How many
permutations of 1, 2, 3, 4, 5 leave no number in its original position?", "How many
permutations of 6 objects have no fixed points?", "... what is the probability that no
letter goes into the right envelope?".
D(n) by inclusion and exclusion (the sum of (-1)^j n!/j!), confirmed by listing every
permutation (n at most 8) and checking each place.
"""

from __future__ import annotations

from itertools import permutations
from math import factorial

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.chance import ASK
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_OWN = r"(?:correct|right|own|proper|matching|original)"
_PUT = r"(?:put|placed|stuffed|inserted|sealed|sent)"
_SETUPS = [  # the n things and the n places, or a permutation of n things
    r" #(?P<n>\d+) (?:different |distinct )?letters (?:are |were |to be |will be |be |get |go )?"
    r"(?:(?:randomly |each )?" + _PUT + r" )?(?:at random |randomly )?(?:into|in) #(?P<m>\d+) "
    r"(?:different |distinct )?(?:addressed |matching |corresponding )?envelopes(?: at random|"
    r" randomly)?\b",
    r" (?:the )?permutations of (?:the (?:numbers|integers|digits) )?#1, #2, (?:#\d+, )*(?:\.\.\."
    r" ?,? )?(?:and )?#(?P<last>\d+)\b",
    r" (?:the )?permutations of (?:the (?:numbers|integers) )?#1 (?:through|to) #(?P<last>\d+)\b",
    r" (?:the )?(?:permutations|arrangements|rearrangements) of #(?P<n>\d+) (?:different |"
    r"distinct )?(?:objects|elements|items|things)\b",
]
_SO = r" (?:so that |such that |where |in which |if )?"
_LANDS = r"(?:ends up|end up|goes|go|is|be|lands|land|gets put|get put)"
_NONE = [  # none in its own place
    _SO + r"(?:every|each) letter (?:must |should |will )?" + _LANDS + r" (?:in|into) (?:a|the) "
    r"wrong envelope\b",
    _SO + r"no letter (?:will )?" + _LANDS + r" (?:in|into) (?:its|the) " + _OWN + r" envelope\b",
    r" (?:so that |such that |where |in which |if )?none of the letters (?:end up|go|are|land) "
    r"(?:in|into) (?:its|their|the) " + _OWN + r" envelopes?\b",
    r" (?:that |which )?(?:leave|leaves|keep|keeps) no (?:number|element|object|integer|digit|"
    r"item|thing) (?:in|at) its " + _OWN + r" (?:position|place|spot)\b",
    r" (?:so that |such that |where |in which |with )?no (?:number|element|object|integer|digit|"
    r"item|thing) (?:is|stays|remains|appears|ends up) (?:in|at) its " + _OWN
    + r" (?:position|place|spot)\b",
    r" (?:that |which )?(?:have|has|with|having) no fixed points?\b",
]
_COUNT = (r" (?:in )?how many (?:ways|permutations|arrangements|rearrangements)(?: of (?:them|"
          r"these))?(?: are there)?\b|(?<=;) are there\b|^ how many(?= ;)")
_GLUE = frozenset("can could be are is will the it this happen done puts places stuffs put place "
                  "randomly random at".split())


def _deranged(n: int) -> int:
    return sum((-1) ** j * factorial(n) // factorial(j) for j in range(n + 1))


def derangements(split: Split, template: str) -> Result | None:
    if not quick(template, "envelope", "position", "place", "fixed point", "spot"):
        return None
    w = Wording.of(split, template)
    w.take_name("puts|places|stuffs")
    setup = [m for p in _SETUPS for m in w.take(p)]
    none = [m for p in _NONE for m in w.take(p)]
    chance = w.take(ASK)
    count = w.take(_COUNT)
    if len(setup) != 1 or len(none) != 1 or len(chance) + len(count) != 1 \
            or not w.only_glue(_GLUE):
        return None
    g = setup[0].groupdict()
    if g.get("m") and g["m"] != g["n"]:
        raise Decline("as many envelopes as letters")
    if ("letter" in setup[0].group(0)) != ("letter" in none[0].group(0)):
        return None
    n = int(g.get("n") or g["last"])
    if not 2 <= n <= 8:
        raise Decline("between 2 and 8 things to place")
    value = _deranged(n)
    listed = sum(1 for p in permutations(range(n)) if all(p[i] != i for i in range(n)))
    confirm.count(value, lambda: listed, "permutations with no thing in its own place "
                  "(listing every permutation)")
    terms = "".join(f" {'-' if j % 2 else '+'} \\frac{{1}}{{{j}!}}" for j in range(1, n + 1))
    claim = f"D_{{{n}}} = {n}! \\left(1{terms}\\right) = {value}"
    steps = [step("inclusion and exclusion", "Count all orders, take away those with some "
                  "thing in its own place, add back those with two, and so on.",
                  f"${claim}$", claim)]
    if count:
        return sp.Integer(value), steps
    v = sp.Rational(value, factorial(n))
    claim = f"\\frac{{{value}}}{{{n}!}} = {latex(v)}"
    steps.append(step("favourable over possible", f"Each of the {n}! orders is equally likely.",
                      f"${claim}$", claim))
    return v, steps


__all__ = ["derangements"]
