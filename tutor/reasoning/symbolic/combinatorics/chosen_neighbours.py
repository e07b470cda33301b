"""Reader of some of the people (seats, chairs) around a round table or in a row chosen at
random, and whether any two chosen ones are next to each other: "Ten knights sit at a round
table. Three of them are chosen at random. What is the probability that no two of the chosen
knights were sitting next to each other?", "... that at least two of the three picked were
sitting next to each other?", "In how many ways can 4 of the 10 chairs in a row be chosen so
that no two chosen chairs are adjacent?".

The table's shape must be said (round, circular, a circle; or a row): the first and last
are neighbours only around a table. The choices with no two neighbours are counted by
formula, C(n - k + 1, k) in a row and n/(n - k) C(n - k, k) around a table (a chosen one
and the empty seat after it glued into one block), and again by listing every choice.
"""

from __future__ import annotations

import re
from itertools import combinations
from math import comb

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.chance import ASK, answer
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_WHO = (r"(?:people|persons|knights|students|kids|children|friends|guests|players|members|"
        r"chairs|seats|stools|diners|girls|boys|men|women|lockers|desks|houses|spaces)")
_SIT = (r"(?:sit|are seated|are sitting|stand|are standing|are placed|are arranged|are lined "
        r"up|are)")
_SHAPE = (r"(?:(?:at|around) (?:a|the) (?P<round>round|circular) table|in a (?P<circle>circle|"
          r"ring)|in a (?P<row>row|line))")
_PLACES = [  # "#10 knights sit at a round table", "there are #9 chairs in a row"
    r"(?:(?<=^ )|(?<=[.;] ))(?:there are )?#(?P<n>\d+) " + _WHO + r"(?: " + _SIT + r")? "
    + _SHAPE + r"(?= ?[.,;]| and )"]
_CHOSEN = r"(?:chosen|picked|selected)"
_CHOICE = [  # "#3 of them are chosen at random (for a quest)", "the teacher picks #2 of them"
    r"(?:,? and |(?<=[.;] )|(?<=^ )|(?<= if ))(?:(?:the )?[a-z]+ (?:picks|chooses|selects) "
    r"#(?P<k>\d+)(?: of them| of the " + _WHO + r")?|#(?P<k2>\d+)(?: of them| of the " + _WHO
    + r")? (?:are|get|is) " + _CHOSEN + r")(?: at random| randomly)?(?: for (?:a|an|the) "
    r"[a-z]+)?(?= ?[.,;—–-])",
    # "in how many ways can #4 of the #10 chairs in a row be chosen"
    r" #(?P<k3>\d+) of the #(?P<n>\d+) " + _WHO + r" " + _SHAPE + r" (?:be|are) " + _CHOSEN]
_APART = (r"(?P<q> no #2| at least #2| the #2)(?: of the(?: #\d+)? " + _CHOSEN + r"| "
          + _CHOSEN + r")(?: " + _WHO + r")? (?:were |are )?(?:(?:sitting|seated|standing) )?"
          r"(?:next to each other|adjacent|neighbou?rs)\b")
_GLUE = frozenset({"so", "that", "whats", "express", "your", "answer", "as", "a", "common",
                   "fraction", "in", "of", "the", "is"})


def chosen_neighbours(split: Split, template: str) -> Result | None:
    if not quick(template, "next", "adjacent", "neighbours", "neighbors") or not quick(
            template, "row", "round", "circular", "circle", "ring", "line"):
        return None
    w = Wording.of(split, template)
    ask = w.take(ASK)
    apart = w.take_one(_APART)
    choice = w.take_first(_CHOICE)
    places = w.take_first(_PLACES)
    if apart is None or choice is None:
        return None
    g = choice.groupdict()
    if (places is None) == (g.get("k3") is None):
        return None
    if not w.only_glue(_GLUE):
        return None
    seat = places or choice
    n, k = int(seat.group("n")), int(g.get("k") or g.get("k2") or g["k3"])
    around = seat.group("row") is None
    q = apart.group("q").strip()
    if q == "the #2" and k != 2:
        raise Decline("'the two chosen' when more are chosen")
    if not 2 <= k < n or n < 4 or comb(n, k) > 2_000_000:
        raise Decline("a choice too small or too large to count here")
    apart_ways = n * comb(n - k, k) // (n - k) if around else comb(n - k + 1, k)
    wanted_apart = q == "no #2"
    good = apart_ways if wanted_apart else comb(n, k) - apart_ways

    def listed() -> int:
        def touching(c: tuple[int, ...]) -> bool:
            return any(b - a == 1 or around and b - a == n - 1 for a, b in combinations(c, 2))
        return sum(1 for c in combinations(range(n), k) if touching(c) != wanted_apart)

    where = "around the table" if around else "in the row"
    what = "no two next to each other" if wanted_apart else "at least two next to each other"
    formula = (f"\\frac{{{n}}}{{{n - k}}}\\binom{{{n - k}}}{{{k}}}" if around
               else f"\\binom{{{n - k + 1}}}{{{k}}}")
    hint = (f"Choices with no two neighbours {where}: ${formula} = {apart_ways}$ (glue each "
            "chosen one to the gap after it).")
    if not ask:
        if not wanted_apart or not re.search(r"\bhow many\b", template):
            return None
        confirm.count(good, listed, "choices (listing them)")
        return sp.Integer(good), [step("count the spaced choices", hint, f"${formula} = {good}$",
                                       f"{formula} = {good}")]
    if len(ask) != 1:
        return None
    total = comb(n, k)
    if not wanted_apart:
        hint += f" The rest of the $\\binom{{{n}}}{{{k}}} = {total}$ choices have neighbours."
    return answer(good, total, what, listed(), "listing every choice", hint,
                  f"\\binom{{{n}}}{{{k}}}")


__all__ = ["chosen_neighbours"]
