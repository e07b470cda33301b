"""Reader of two groups of different people seated so that the groups alternate, in a row
or around a round table.

Phrasings reached: "In how many ways can 4 boys and 4 girls sit in a row if boys and girls
must alternate?", "How many ways are there for 4 men and 3 women to stand in a line so that
men and women alternate?", "In how many ways can 5 men and 5 women sit around a round table
if no two men sit next to each other and no two women sit next to each other?" ...
A row of a and b people: 2 a! b! when a = b, a! b! when they differ by one; around a table
(turns the same) the groups must be equal, a! (a - 1)!, halved when the note counts
reflections the same too. Each count is confirmed by listing which seats each group takes
(every pattern of the two groups that alternates, times the orders inside each group) and,
for up to 8 people, by listing every seating.
"""

from __future__ import annotations

from itertools import permutations, product
from math import factorial

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.arrangements import ASK, IN_A_CIRCLE, IN_A_ROW, PEOPLE
from tutor.reasoning.symbolic.combinatorics.round_tables import reflections_halved, symmetry_note
from tutor.reasoning.symbolic.combinatorics.urn_wording import singular_kind
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_GROUPS = (r" #(?P<a>\d+) (?:different |distinct )?(?P<an>" + PEOPLE + r") and #(?P<b>\d+) "
           r"(?:different |distinct )?(?P<bn>" + PEOPLE + r")\b")
_SO = r",? (?:if|so that|such that|where|and|with)(?: the)? "
_ALTERNATE = [
    _SO + r"(?P<x>[a-z]+) and (?:the )?(?P<y>[a-z]+) (?:must |have to |are to |should |will )?"
    r"alternate\b",
    _SO + r"(?:the )?(?:seating|row|line|order) (?:must )?alternates? between (?:the )?"
    r"(?P<x>[a-z]+) and (?:the )?(?P<y>[a-z]+)\b",
    _SO + r"no #2 (?P<x>[a-z]+) (?:sit|stand|are|may sit|can sit) next to each other and no #2 "
    r"(?P<y>[a-z]+) (?:sit|stand|are|may sit|can sit) next to each other\b",
    # around a table only: "so that each man sits between two women" (in a row the ends differ)
    _SO + r"each (?P<x>[a-z]+) (?P<between>(?:sits|stands|is) between #2|(?:sits|stands|is) next "
    r"to #2) (?P<y>[a-z]+)\b",
]
# the words a seating of two kinds of people may leave behind (also read by `couples`)
SEATING_WORDS = frozenset("sit seated stand line up arrange arranged seat be can they there are "
                   "is for to do in a the".split())


def _patterns(a: int, n: int, ring: bool) -> int:
    """Which seats the first group takes: every choice of a of the n seats in which no two
    neighbours (around the table: the last and first too) are in the same group."""
    good = 0
    for seats in product((0, 1), repeat=n):
        if sum(seats) != a:
            continue
        pairs = range(n) if ring else range(n - 1)
        if all(seats[i] != seats[(i + 1) % n] for i in pairs):
            good += 1
    return good


def _listed(a: int, n: int, ring: bool) -> int:
    """Every seating of the n people (0..a-1 the first group) that alternates; around a table
    only those with person 0 in the first seat (every seating turns to one)."""
    good = 0
    for p in permutations(range(n)):
        if ring and p[0] != 0:
            continue
        side = [x < a for x in p]
        pairs = range(n) if ring else range(n - 1)
        if all(side[i] != side[(i + 1) % n] for i in pairs):
            good += 1
    return good


def alternating(split: Split, template: str) -> Result | None:
    if not quick(template, "alternat", "no two", "between two", "next to two") or not quick(
            template, "how many", "number of"):
        return None
    w = Wording.of(split, template)
    note = symmetry_note(w)
    alt = [m for p in _ALTERNATE for m in w.take(p)]
    groups, ask = w.take(_GROUPS), w.take(ASK)
    row, ring = w.take(IN_A_ROW), w.take(IN_A_CIRCLE)
    if len(alt) != 1 or len(groups) != 1 or len(ask) != 1 or len(row) + len(ring) != 1 \
            or not w.only_glue(SEATING_WORDS):
        return None
    g = groups[0]
    a, b, an, bn = int(g.group("a")), int(g.group("b")), g.group("an"), g.group("bn")
    if {singular_kind(alt[0].group("x")), singular_kind(alt[0].group("y"))} != {
            singular_kind(an), singular_kind(bn)} or an == bn:
        raise Decline("the alternating groups are not the groups there are")
    if any(m.group(1) for m in row + ring):
        raise Decline("a number of seats")
    is_ring, n = bool(ring), a + b
    if alt[0].groupdict().get("between") and not is_ring:
        raise Decline("each one between two of the others in a row")
    if note is not None and not is_ring:
        raise Decline("a note on rotations for a row")
    if not 1 <= min(a, b) or n > 16 or abs(a - b) > (0 if is_ring else 1):
        raise Decline("groups whose sizes let them alternate")
    inside = factorial(a) * factorial(b)
    if is_ring:
        full = factorial(a) * factorial(a - 1)  # turns the same, reflections apart
        confirm.count(full * n, lambda: _patterns(a, n, True) * inside,
                      "seatings at numbered seats (which seats each group takes, then the "
                      "orders inside the groups)")
        if n <= 8:
            confirm.count(full, lambda: _listed(a, n, True),
                          "seatings (listing them with one person's seat fixed)")
        claim = f"{a}! \\cdot ({a} - 1)! = {full}"
        hint = (f"Fix one of the {an} to undo the turns; the other {an} take every second "
                f"seat in ({a} - 1)! orders and the {bn} fill the seats between in {b}! orders.")
        steps = [step("seat one group, then the other", hint, f"${claim}$", claim)]
        return reflections_halved(full, n, steps) if note else (sp.Integer(full), steps)
    ways = 2 if a == b else 1
    v = ways * inside
    confirm.count(v, lambda: _patterns(a, n, False) * inside, "seatings (which seats each "
                  "group takes, then the orders inside the groups)")
    if n <= 8:
        confirm.count(v, lambda: _listed(a, n, False), "seatings (listing them)")
    big, small = (an, bn) if a >= b else (bn, an)
    first = (f"The row starts with {an} or with {bn}: 2 patterns." if a == b else
             f"There are more {big}, so the row starts and ends with {big}: 1 pattern.")
    claim = f"{ways} \\cdot {a}! \\cdot {b}! = {v}"
    return sp.Integer(v), [step("choose the pattern, then the orders", f"{first} Then the {an} "
                                f"fill their seats in {a}! orders and the {bn} in {b}!; "
                                f"{small} never sit together.", f"${claim}$", claim)]


__all__ = ["SEATING_WORDS", "alternating"]
