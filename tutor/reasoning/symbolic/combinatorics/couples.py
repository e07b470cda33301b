"""Reader of couples seated so that each couple sits together, in a row or around a round
table.

Phrasings reached: "In how many ways can 4 couples sit in a row if each couple sits
together?", "In how many ways can 3 married couples be seated in a row of 6 chairs if each
husband sits next to his wife?", "How many ways can 5 pairs of twins stand in a line so
that each pair of twins stands together?", "... around a round table if every couple sits
side by side?".
A row of n couples: n! 2^n (the couples as blocks in n! orders, each in 2 orders); around a
table (turns the same) (n - 1)! 2^n, halved when the note counts reflections the same too.
Each count is confirmed by listing every seating for up to 4 couples (one person's seat
fixed around a table), and otherwise by counting seatings seat by seat: the next two
seats take one of the couples left, in either order (and, around a table, the couple
split across the first and last seat).
"""

from __future__ import annotations

from itertools import permutations
from math import factorial

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.alternations import SEATING_WORDS
from tutor.reasoning.symbolic.combinatorics.arrangements import ASK, IN_A_CIRCLE, IN_A_ROW
from tutor.reasoning.symbolic.combinatorics.round_tables import reflections_halved, symmetry_note
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_COUPLES = (r" #(?P<n>\d+) (?:(?:married|different) )?(?P<noun>couples|pairs of twins|pairs of "
            r"siblings|pairs of friends)\b")
_NEAR = r"(?:together|next to each other|side by side|adjacent(?: to each other)?)"
_EACH = [
    r",? (?:if|so that|such that|where|and|with) (?:each|every|all(?: the)?|the) (?:couple|pair|"
    r"pair of twins|pair of siblings|pair of friends|couples|pairs)(?: of twins)? (?:must |has "
    r"to |have to |is to |are to |wants to |want to |insists on |insist on |will |should )?(?:sit"
    r"|sits|stand|stands|be|is|are|sitting|standing)(?: seated)? " + _NEAR + r"\b",
    r",? (?:if|so that|such that|where) (?:each|every) (?P<one>husband|man|wife|woman) (?:must |"
    r"has to |wants to |will |should )?(?:sit|sits|stand|stands|is|be) (?:seated )?next to "
    r"(?:his|her) (?P<other>wife|husband|partner|spouse)\b",
    r",? (?:if|so that|such that|where) no (?:couple|pair) (?:may be|can be|is) separated\b",
]
_PAIRED = {"husband": "wife", "man": "wife", "wife": "husband", "woman": "husband"}
_LISTED_UP_TO = 4


def _listed(n: int, ring: bool) -> int:
    """Every seating of the 2n people (2k and 2k + 1 a couple) with each couple side by side;
    around a table only those with person 0 in the first seat."""
    good = 0
    seats = 2 * n
    for p in permutations(range(seats)):
        if ring and p[0] != 0:
            continue
        where = {x: i for i, x in enumerate(p)}
        if all((where[2 * k] - where[2 * k + 1]) % seats in (1, seats - 1) if ring
               else abs(where[2 * k] - where[2 * k + 1]) == 1 for k in range(n)):
            good += 1
    return good


def _seat_by_seat(n: int) -> int:
    """Seatings in a row, filled two seats at a time: the next pair of seats must hold one
    couple (a person's partner can only be beside them), so k couples left give 2k choices."""
    ways = 1
    for k in range(n, 0, -1):
        ways *= 2 * k
    return ways


def couples(split: Split, template: str) -> Result | None:
    if not quick(template, "couple", "twins", "husband", "wife", "pairs of") or \
            not quick(template, "how many", "number of"):
        return None
    w = Wording.of(split, template)
    note = symmetry_note(w)
    each = [m for p in _EACH for m in w.take(p)]
    group, ask = w.take(_COUPLES), w.take(ASK)
    row, ring = w.take(IN_A_ROW), w.take(IN_A_CIRCLE)
    if len(each) != 1 or len(group) != 1 or len(ask) != 1 or len(row) + len(ring) != 1 \
            or not w.only_glue(SEATING_WORDS):
        return None
    one = each[0].groupdict().get("one")
    if one and (group[0].group("noun") != "couples" or
                each[0].group("other") not in (_PAIRED[one], "partner", "spouse")):
        raise Decline("the partners named are not the couples'")
    n = int(group[0].group("n"))
    seats = [int(m.group(1)) for m in row + ring if m.group(1)]
    if seats and seats != [2 * n]:
        raise Decline("a number of seats other than one for each person")
    is_ring = bool(ring)
    if note is not None and not is_ring:
        raise Decline("a note on rotations for a row")
    if not 2 <= n <= 10:
        raise Decline("between 2 and 10 couples")
    if is_ring:
        v = factorial(n - 1) * 2**n
        # seat by seat from person 0's seat: their partner left or right (2), then the rest
        # is a row of n - 1 couples
        confirm.count(v, lambda: 2 * _seat_by_seat(n - 1), "seatings (seat by seat from one "
                      "person's fixed seat)")
        if n <= _LISTED_UP_TO:
            confirm.count(v, lambda: _listed(n, True), "seatings (listing them with one "
                          "person's seat fixed)")
        claim = f"({n} - 1)! \\cdot 2^{{{n}}} = {v}"
        hint = (f"Treat each couple as one block: {n} blocks around a table in ({n} - 1)! "
                f"orders (turns are the same), and each couple sits in 2 orders.")
        steps = [step("seat the couples as blocks", hint, f"${claim}$", claim)]
        return reflections_halved(v, 2 * n, steps) if note else (sp.Integer(v), steps)
    v = factorial(n) * 2**n
    confirm.count(v, lambda: _seat_by_seat(n), "seatings (seat by seat)")
    if n <= _LISTED_UP_TO:
        confirm.count(v, lambda: _listed(n, False), "seatings (listing them)")
    claim = f"{n}! \\cdot 2^{{{n}}} = {v}"
    return sp.Integer(v), [step("seat the couples as blocks", f"Treat each couple as one block: "
                                f"the {n} blocks go in {n}! orders, and each couple sits in 2 "
                                "orders.", f"${claim}$", claim)]


__all__ = ["couples"]
