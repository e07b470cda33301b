"""Reader of identical things, each in one of two places: "A library owns 7 identical copies
of a novel. At any time some of the copies are in the library and the rest are checked out.
In how many ways can this be if at least one copy is in the library and at least one copy is
checked out?", "a bike shop has 5 identical bikes. each bike is either rented out or in the
shop. how many different ways can that be", "... with at least two laptops in each place".

The things being identical, a way is only how many are in the first place (the rest are in
the second): n + 1 ways, less those that leave a place below its least number. "Some ...
and the rest ..." without a least number for each place reads two ways (may "some" be
none?) and is declined; "each is either ... or ..." lets a place be empty. Confirmed by
listing every number for the first place. Things not said identical are not read (each
would choose its place: 2^n).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_SENTENCE = r"(?:(?<=^ )|(?<=[.;] ))"
_OWNED = (_SENTENCE + r"(?:(?:a|an|the) (?:[a-z-]+ ){0,2}(?:has|owns|keeps|holds|stores)|there "
          r"are) #(?P<n>\d+) identical (?P<things>[a-z]+)(?: of (?:a|an|the) [a-z]+)?(?= ?[.;])")
_PLACE = r"(?:[a-z]+ ){0,3}[a-z]+"
_END = r"(?= ?[,.;?]| with\b| and\b| if\b|$)"
_SOME = (r"(?: at any (?:given )?time,?)? some(?: of (?:them|the [a-z]+))? (?:are|is) "
         r"(?P<p1>" + _PLACE + r") and the (?:rest|others) are (?P<p2>" + _PLACE + r")" + _END)
_EITHER = (r" each (?:[a-z]+ )?is either (?P<p1>" + _PLACE + r") or (?P<p2>" + _PLACE + r")"
           + _END)
_LEAST = (r"(?:,? (?:if|and|with))? at least #(?P<m>\d+)(?: [a-z]+)? (?:is|are) (?P<p>" + _PLACE
          + r")" + _END)
_EACH = (r"(?:,? (?:if|and|with))? (?:there are )?at least #(?P<m>\d+)(?: [a-z]+)? (?:(?:is|are) )?"
         r"in each (?:place|room|location|spot)\b")
_GLUE = frozenset("this that be split between placed the for to are there can".split())


def two_places(split: Split, template: str) -> Result | None:
    if not quick(template, "identical") or not quick(template, "rest", "either"):
        return None
    w = Wording.of(split, template)
    owned = w.take_one(_OWNED)
    where = w.take_first([_SOME, _EITHER])
    if owned is None or where is None or not re.search(r"\bhow many\b", w.text):
        return None
    each = w.take(_EACH)
    least = w.take(_LEAST)
    w.take(r" between the #2 (?:places|rooms|locations)\b")
    if not w.only_glue(_GLUE | {owned.group("things")}):
        return None
    places = [where.group("p1"), where.group("p2")]
    if places[0] == places[1]:
        return None
    lows = [0, 0]
    for m in least:
        if m.group("p") not in places:
            raise Decline("a least number for a place the problem does not name")
        lows[places.index(m.group("p"))] = max(lows[places.index(m.group("p"))],
                                                int(m.group("m")))
    for m in each:
        lows = [max(low, int(m.group("m"))) for low in lows]
    if "some" in where.group(0) and not each and len({m.group("p") for m in least}) < 2:
        raise Decline("'some ... and the rest' reads two ways: may a place be empty?")
    n = int(owned.group("n"))
    value = n - lows[0] - lows[1] + 1
    if value < 1:
        raise Decline("no way leaves every place its least number")
    confirm.count(value, lambda: sum(1 for x in range(n + 1)
                                     if x >= lows[0] and n - x >= lows[1]),
                  "ways (listing the number in the first place)")
    claim = f"{n} - {lows[0]} - {lows[1]} + 1 = {value}"
    hint = (f"The {owned.group('things')} are identical, so a way is just how many are "
            f"{places[0]}: any number from {lows[0]} to {n - lows[1]}.")
    return sp.Integer(value), [step("count the numbers in one place", hint, f"${claim}$", claim)]


__all__ = ["two_places"]
