"""Reader of k of n different people chosen and seated around a round table that has only
k seats, turns of the table counting as the same seating.

Phrasings reached: "In how many ways can 5 of 8 people be seated around a round table?",
"Nine people come to a party, but the circular table only seats seven. If two seatings
that are rotations of each other are the same, in how many ways can we choose seven people
and seat them at the table?", "Eight guests arrive for dinner, but the round table has
only 6 seats. In how many ways can we choose 6 of the guests and seat them around the
table?" ...
The count is C(n, k) (k - 1)! (halved when reflections count the same too), confirmed by
listing every seating of k of the n at numbered seats and keeping one of each family of
turned copies.
"""

from __future__ import annotations

import re
from itertools import permutations
from math import comb, factorial, perm

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.arrangements import ASK, PEOPLE
from tutor.reasoning.symbolic.combinatorics.round_tables import (
    SYMMETRY_NOTE_WORDS,
    reflections_halved,
    symmetry_note,
)
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_TABLE = r"(?:the |a )(?:round |circular )table"
_OF = (r" #(?P<k>\d+) of (?:the |these )?#(?P<n>\d+) (?:different )?(?P<who>" + PEOPLE + r") "
       r"(?:be |are )?(?:sit|seated|sat|placed)(?: down)? (?:around|at|round) " + _TABLE + r"\b")
_POOL = (r" #(?P<n>\d+) (?:different )?(?P<who>" + PEOPLE + r") (?:arrive|come|are invited|"
         r"show up|turn up)(?: (?:to|for|at) (?:a |the )?(?:dinner|party|lunch|meal|"
         r"restaurant))?\b")
_SEATS = (r",? (?:but|and) " + _TABLE + r" (?:only |can only )?(?:seats|has|holds|fits) "
          r"(?:only )?#(?P<k>\d+)(?: seats| people| places| chairs)?\b")
_CHOOSE = (r" (?:choose|select|pick) #(?P<k>\d+)(?: (?P<who>" + PEOPLE + r")| of (?:them|the "
           r"(?P<who2>" + PEOPLE + r")))? and (?:seat|place|sit) them (?:at|around|round) the "
           r"table\b")
_GLUE = frozenset("can be are there is i we you in ways the a do".split())


def _orbits(n: int, k: int) -> int:
    """Seatings of k of n people at k numbered seats, one kept per family of turned copies."""
    return sum(1 for p in permutations(range(n), k) if p == min(p[i:] + p[:i] for i in range(k)))


def _leading_note(w: Wording) -> bool | None:
    """A note that opens the question ("if two seatings that are rotations of each other are
    the same, in how many ways ..."): True when reflections count the same too."""
    found = w.find(r"(?<=[.?!] )(?:if|when|assuming that) ([^.?!(),]*rotat[^.?!(),]*),(?: then)?"
                   r"(?= in how many\b)")
    if not found:
        return None
    body = re.sub(r"#2\b", "two", found.group(1))
    if set(re.findall(r"[a-z]+", body)) - SYMMETRY_NOTE_WORDS - {"such"} or re.search(
            r"#\d|\bnot\b|different|distinct", body) or not re.search(r"\bsame\b", body):
        raise Decline("a note on which seatings are the same that I cannot read")
    w.take(re.escape(found.group(0)))
    return "reflect" in body


def chosen_at_table(split: Split, template: str) -> Result | None:
    if not quick(template, "table") or not quick(template, "how many", "number of"):
        return None
    w = Wording.of(split, template)
    mirror = _leading_note(w)
    if mirror is None:
        mirror = symmetry_note(w)
    of, pool, seats, choose = w.take(_OF), w.take(_POOL), w.take(_SEATS), w.take(_CHOOSE)
    ask = w.take(ASK)
    if len(ask) != 1 or not w.only_glue(_GLUE):
        return None
    if of and not (pool or seats or choose) and len(of) == 1:
        n, k = int(of[0].group("n")), int(of[0].group("k"))
    elif len(pool) == 1 and len(seats) == 1 and len(choose) == 1 and not of:
        n, k = int(pool[0].group("n")), int(seats[0].group("k"))
        c = choose[0]
        if int(c.group("k")) != k:
            raise Decline("the people chosen are not as many as the seats")
        if (c.group("who") or c.group("who2") or pool[0].group("who")) != pool[0].group("who"):
            raise Decline("the people chosen are not the people who came")
    else:
        return None
    if not 3 <= k < n <= 12:
        raise Decline("fewer seats than people, at least three seats")
    full = comb(n, k) * factorial(k - 1)
    if perm(n, k) <= 200_000:
        confirm.count(full, lambda: _orbits(n, k), "seatings (listing every seating at "
                      "numbered seats and keeping one of each family of turned copies)")
    else:
        confirm.count(full, lambda: perm(n, k) // k, "seatings (seatings at numbered seats, "
                      "each turned copy counted once)")
    claim = f"\\binom{{{n}}}{{{k}}} \\cdot ({k} - 1)! = {comb(n, k)} \\cdot {factorial(k - 1)}" \
        f" = {full}"
    steps = [step("choose, then seat", f"Choose which {k} of the {n} sit, then seat them: "
                  f"turning the table changes nothing, so fix one person's seat and order the "
                  f"other {k - 1}.", f"${claim}$", claim)]
    return reflections_halved(full, k, steps) if mirror else (sp.Integer(full), steps)


__all__ = ["chosen_at_table"]
