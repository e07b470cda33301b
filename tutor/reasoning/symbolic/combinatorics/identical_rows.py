"""Reader of rows of things of a few kinds, the things of one kind identical: "In how many
ways can 4 identical red balls and 3 identical blue balls be arranged in a row?", "How many
distinct arrangements of 2 identical green flags, 2 identical white flags and 1 yellow
flag are there on a pole?", "... 5 red beads and 2 blue beads in a line, if beads of the
same colour are indistinguishable".

Every kind must be said to be identical (each one, or "of the same colour are identical");
a kind of one thing needs no word. Without that the things may all be different, and the
question reads two ways: declined. Counted by the multinomial coefficient n! / (a! b! ...)
and confirmed by choosing the places of each kind in turn (a product of binomials); when
there are at most 8 things, also by listing every distinct row.
"""

from __future__ import annotations

import re
from itertools import permutations
from math import comb, factorial, prod

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.arrangements import THINGS
from tutor.reasoning.symbolic.combinatorics.wording import Wording, number, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_SAME = r"(?:identical|indistinguishable|alike|the same)"
_KIND = (rf"(?P<n>#\d+) (?P<same>{_SAME} |indistinguishable )?(?P<colour>[a-z]+) "
         rf"(?P<noun>{THINGS}|flag|ball|bead|book|marble|block|coin|card)\b")
_ONE = re.sub(r"\(\?P<[a-z]+>", "(?:", _KIND)
_ITEMS = rf"{_ONE}(?:(?:,| and|, and) {_ONE})+"
_PLACE = (r"(?: (?:in|on|along|around) (?:a|the|one) (?:row|line|shelf|pole|flagpole|string|"
          r"column|straight line))?")
_ASKS = [
    rf" (?:in )?how many (?:different |distinct )?ways (?:can|could) (?P<items>.+?) be "
    rf"(?:arranged|placed|lined up|put|ordered|displayed|hung){_PLACE}",
    rf" how many (?:different |distinct )?ways are there to (?:arrange|place|line up|put|order|"
    rf"display|hang) (?P<items>.+?){_PLACE}",
    rf" (?:in )?how many (?:different |distinct )?ways (?:can|could) (?:you|we|i|one|she|he|they)"
    rf" (?:arrange|place|line up|put|order|display|hang) (?P<items>.+?){_PLACE}",
    rf" how many (?:different |distinct )?(?:arrangements|orders|orderings|rows) (?:are there "
    rf"|are possible |can be made )?(?:of|for) (?P<items>.+?){_PLACE}(?: are (?:there|possible)"
    rf"| can be made)?{_PLACE}",
]
_ALL_SAME = (r"(?:,? ?if |,? ?where |\. |, )(?:the )?[a-z]+s of the same colou?r are "
             rf"(?:considered )?{_SAME}")


def identical_rows(split: Split, template: str) -> Result | None:
    if not quick(template, "identical", "indistinguishable", "alike", "same colo"):
        return None
    w = Wording.of(split, template)
    all_same = w.take_one(_ALL_SAME) is not None
    asked = w.take_first([pattern + r"[\s;]*[?.]?[\s;]*$" for pattern in _ASKS])
    if asked is None or not w.only_glue():
        return None
    items = re.fullmatch(_ITEMS, asked.group("items").strip())
    if items is None:
        return None
    kinds = [(number(m.group("n")), m.group("colour"), m.group("noun"), bool(m.group("same")))
             for m in re.finditer(_KIND, asked.group("items"))]
    nouns = {re.sub(r"s$", "", noun) for _, _, noun, _ in kinds}
    colours = [c for _, c, _, _ in kinds]
    if len(nouns) != 1 or len(set(colours)) != len(colours):
        raise Decline("things of one sort in different colours")
    if any(count < 1 for count, _, _, _ in kinds):
        raise Decline("a kind with no thing in it")
    if not all(same or all_same or count == 1 for count, _, _, same in kinds):
        raise Decline("things of one kind that may be different from each other")
    counts = [count for count, _, _, _ in kinds]
    total = sum(counts)
    if total > 30:
        raise Decline("too many things to arrange")
    value = factorial(total) // prod(factorial(c) for c in counts)
    left, by_places = total, 1
    for c in counts:  # the places of each kind in turn
        by_places *= comb(left, c)
        left -= c
    confirm.check(by_places == value, "choosing the places of each kind in turn gives the "
                  "same count")
    if total <= 8:
        row = [k for k, c in enumerate(counts) for _ in range(c)]
        confirm.check(len(set(permutations(row))) == value, "listing every distinct row gives "
                      "the same count")
    described = ", ".join(f"{c} {colour}" for c, colour in zip(counts, colours, strict=True))
    factorials = " \\, ".join(f"{c}!" for c in counts)
    claim = f"\\frac{{{total}!}}{{{factorials}}} = {value}"
    places = " \\cdot ".join(
        f"\\binom{{{total - sum(counts[:k])}}}{{{c}}}" for k, c in enumerate(counts))
    return sp.Integer(value), [
        step("identical things in a row", "Things of one kind are identical, so swapping two "
             "of them gives the same row: divide the orders of all the things by the orders "
             "within each kind.", f"There are {total} things ({described}): ${claim}$.",
             claim),
        step("places of each kind", "Or choose the places of each kind in turn.",
             f"${places} = {value}$", f"{places} = {value}")]


__all__ = ["identical_rows"]
