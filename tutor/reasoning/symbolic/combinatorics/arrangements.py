"""Reader of orders: people (or different things) in a row or around a table, with some
of them together or apart (the letters of a word are in `letters`).

Phrasings reached: "In how many ways can 7 people sit around a round table if 3 of them
insist on sitting together?", "How many ways are there for 5 boys and 3 girls to stand
in a line if the girls must stand next to each other?", "Find the number of ways to
seat 6 students in a row if two particular students refuse to sit next to each other." ...
"""

from __future__ import annotations

import re
from itertools import permutations
from math import factorial, perm

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics import positions
from tutor.reasoning.symbolic.combinatorics.round_tables import reflections_halved, symmetry_note
from tutor.reasoning.symbolic.combinatorics.seating_people import (
    PEOPLE,
    THINGS,
    VERBS,
    check_names,
    people_named,
)
from tutor.reasoning.symbolic.combinatorics.wording import Wording, number, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_NOUN = f"(?:{PEOPLE}|{THINGS})"
# things told apart by what they are, as people are (a shelf of books, a wall of paintings)
_DIFFERENT_BY_NATURE = frozenset("books paintings pictures trophies".split())
ASK = (r" (?:in )?how many (?:different |distinct |possible )*(?:ways|orders|orderings|"
       r"arrangements|seating arrangements|seatings|line-ups)\b| the number of (?:different "
       r"|distinct |possible )*(?:ways|orders|orderings|arrangements|seatings|seating "
       r"arrangements)\b")
IN_A_ROW = (r" (?:in a (?:single )?(?:row|line|straight line)|in line|on a (?:shelf|bench)"
            r"|(?<=\w )(?=(?:be )?(?:line up|lined up)\b))"
            r"(?: of (?:#(\d+) )?(?:chairs|seats|places))?\b")
IN_A_CIRCLE = (
    r" (?:(?:around|at|round) (?:a|the) (?:round |circular )?table|(?:in|around) a circle)"
    r"(?: with #(\d+) (?:seats|places|chairs))?\b")
# who the people are, said before they are counted: "A committee has 4 women and 4 men.",
# "There are 7 students in a club."
_GROUP_SAID = (r"(?:^|(?<=[.?!] )) ?(?:(?:a|an|the|my|our|his|her|their) (?:[a-z]+ )?(?:committee|"
               r"family|club|team|group|class|band|choir|delegation|panel|council) (?:has|"
               r"consists of|contains|is made up of|includes)|there are)(?= #\d+ [a-z]+(?: and "
               r"#\d+ [a-z]+)?(?: in (?:a|the) [a-z]+)?\.)|(?<=[a-z]) in (?:a|the) (?:committee|"
               r"family|club|team|group|class|band|choir)(?=\.)")
_NAMES = r"(?:(?:,|\(| --)? (?P<names>(?:[a-z]+,? )+and [a-z]+)(?:,|\)| --)?)?"
_WHO = (r"(?:(?:[a-z]+, )+[a-z]+,? and [a-z]+|[a-z]+ and [a-z]+|#\d+ of them|#\d+ of the "
        + _NOUN + r"|the #\d+ " + _NOUN + r"|#\d+ (?:particular|specific|certain) " + _NOUN
        + r"|(?:all )?(?:of )?the (?:[a-z]+ )?" + _NOUN + r"|both of them)" + _NAMES)
_NEAR = r"(?:together|next to each other|side by side|adjacent(?: to each other)?|in a block)"
_BE = r"(?:(?:sit|stand|be|stay|sitting|standing|being)(?: seated| placed| kept| put)? )?"
_TOGETHER = (r" (" + _WHO + r") (?:all )?(?:(?:insist on|want to|wish to|must|have to|need to|"
             r"would like to|will|are to|always|are) )?" + _BE + _NEAR)
_APART = (r" (" + _WHO + r") (?:refuse to|do not want to|cannot|can not|must not|may not|"
          r"will not|should not|are not allowed to|do not|are not|can never) " + _BE + _NEAR)
# not every one of them in one block: "must not all sit together", "refuse to sit in three
# consecutive seats" (one reading, unlike "must not sit together" for three people)
_NOT_ALL = (r" (" + _WHO + r") (?:(?:refuse to|do not want to|cannot|can not|must not|may not|"
            r"will not|should not|are not allowed to|do not|are not) all " + _BE + _NEAR
            + r"|(?:refuse to|will not|cannot|must not|do not want to) (?:sit|stand|be) in "
            r"#(?P<c>\d+) (?:consecutive|adjacent) (?:seats|places|chairs|positions|spots))\b")
_APART_WISH = (r" (?:i |we |you |they )?(?:do not|does not) want (" + _WHO + r") to " + _BE
               + _NEAR)
_TOGETHER_WISH = r" (?:i |we |you |they )?want (" + _WHO + r") to " + _BE + _NEAR
# a named part of the group: "6 different books, 2 of which are math books"
_PART = r",? #(?P<k>\d+) of (?:which|whom|them) are (?P<adj>[a-z]+) (?P<noun>" + _NOUN + r")\b"
_NO_TWO = (r" no #2 of (them|the #\d+ " + _NOUN + r"|the " + _NOUN + r")" + _NAMES
           + r" (?:may |can |will |are allowed to |are |)" + _BE + _NEAR)

def seatings(split: Split, template: str) -> Result | None:
    if not quick(template, "row", "line", "table", "circle", "shelf", "bench", "chairs",
                 "seats") or not quick(
            template, "how many", "number of"):
        return None
    w = Wording.of(split, template)
    # "6 beads of different colours" (or "of 6 different colours"): 6 different beads
    w.text = re.sub(r" #(\d+) (" + _NOUN + r") (?:of|in|with) (?:#(\d+) )?(?:different|distinct) "
                    r"colours\b", lambda m: f" #{m[1]} different {m[2]}" if m[3] in (None, m[1])
                    else m[0], w.text)
    ring_note = symmetry_note(w)
    w.text = re.sub(r" no #2 (" + _NOUN + r")\b", r" no #2 of the \1", w.text)  # "no two girls"
    # "if only the relative positions matter": rotations are the same (no word on reflections)
    relative = w.take(r",? (?:if |where |when )?only (?:their |the )?relative (?:positions|order|"
                      r"seating) (?:matters?|counts?|is considered|are considered)\b")
    w.take(r",? assuming (?:that )?(?:all )?(?:the )?[a-z]+ (?:are|is) distinguishable,?")
    w.take(r",? without (?:any )?restrictions?\b")
    w.take(r" for (?:a|the) (?:class |group |team )?(?:photo|picture|photograph)"
           r"(?= ?[?.,]| ?$| if\b)")  # why they line up changes nothing
    w.take(_GROUP_SAID)
    # "seated in 4 chairs": as many different places as a row of them (next to whom, unsaid)
    w.text, chairs = re.subn(r" (?:in|on|into) #(\d+) (chairs|seats)\b", r" in a row of #\1 \2",
                             w.text)
    w.text = re.sub(r"(?<= if) #(\d+)(?= (?:must|have to|need to|insist|want|wish|refuse|cannot|"
                    r"may|will|should|do not)\b)", r" #\1 of them", w.text)  # "if 2 must ..."
    part = w.take(_PART)
    not_all = w.take(_NOT_ALL)
    pair, no_two = w.take(_APART_WISH) + w.take(_APART), w.take(_NO_TWO)
    together = w.take(_TOGETHER_WISH) + w.take(_TOGETHER)
    ask = w.take(ASK)
    row, ring = w.take(IN_A_ROW), w.take(IN_A_CIRCLE)
    some = w.take(r" #(?P<k>\d+) of (?:the |her |his |my |their |our )?(?=#\d+ )")  # "3 of 8 books"
    who = w.take(r" #(\d+) (?:(different|distinct) )?(" + _NOUN + r")(?: and #(\d+) (?:(different|"
                 r"distinct) )?(" + _NOUN + r"))?\b")
    if len(ask) != 1 or (not row) == (not ring) or len(ring) > 1 or not who or len(part) > 1 \
            or not w.only_glue(VERBS):
        return None
    if len({(m.group(1), m.group(3), m.group(4), m.group(6)) for m in who}) > 1:
        return None  # the group said twice must be the same group
    if chairs and (together or pair or no_two or not_all):
        raise Decline("sitting next to each other in chairs not said to be in a row")
    is_ring = bool(ring)
    if (ring_note is not None or relative) and not is_ring:
        raise Decline("a note on rotations for a row")
    m = who[0]
    groups = {m.group(3): int(m.group(1))}
    for noun, said in ((m.group(3), 2), (m.group(6), 5)):  # "different" said at least once
        if noun and noun not in PEOPLE.split("|") and noun not in _DIFFERENT_BY_NATURE and not any(
                x.group(said) for x in who):
            raise Decline("things that may be identical")
    if m.group(6):
        if m.group(6) in groups:
            raise Decline("one group named twice")
        groups[m.group(6)] = int(m.group(4))
    n = sum(groups.values())
    if some:  # "3 of the 8 books arranged on a shelf": k of them in a row of k places
        k = int(some[0].group("k"))
        if len(some) > 1 or len(groups) > 1 or ring or part or together or pair or no_two or \
                row[0].group(1) or not 1 <= k < n:
            raise Decline("some of the group in a row, with another condition")
        return _empty_seats(k, n, f"The first place can take any of the {n}, the next one "
                            "fewer, and so on.")
    if part:  # a named part of the only group, referred to as "the math books"
        p = part[0]
        if len(groups) != 1 or p.group("noun") not in groups or not 2 <= int(p.group("k")) < n:
            raise Decline("a part that is not of the group")
        groups = {**groups, f"{p.group('adj')} {p.group('noun')}": int(p.group("k"))}
    seats = {number("#" + p.group(1)) for p in row or ring if p.group(1)}
    if seats - {n}:
        if len(seats) > 1 or ring or together or pair or no_two or min(seats) < n:
            raise Decline("more seats than people, with a condition or round a table")
        return _empty_seats(n, seats.pop())
    if not_all:
        if len(not_all) > 1 or together or pair or no_two or part:
            raise Decline("more than one condition")
        k = people_named(not_all[0].group(1), groups, n)[0]
        check_names(not_all[0], k)
        if not_all[0].group("c") and int(not_all[0].group("c")) != k:
            raise Decline("the consecutive seats are not as many as the people named")
        return _not_all_together(n, k, is_ring)
    blocks, named = [], []
    for c in together:
        k, grp = people_named(c.group(1), groups, n)
        check_names(c, k)
        blocks.append(k)
        named.append(grp)
    if len(blocks) > 1 and (None in named or len(set(named)) < len(named) or part):
        raise Decline("blocks that may overlap")
    spread = 0
    if pair or no_two:
        if len(pair) + len(no_two) > 1 or blocks:
            raise Decline("more than one condition")
        if pair:
            spread = people_named(pair[0].group(1), groups, n)[0]
            check_names(pair[0], spread)
            if spread != 2:
                raise Decline("'not together' for three or more people reads two ways")
        else:
            spread = _no_two(no_two[0].group(1), groups, n)
            check_names(no_two[0], spread)
    return _count(n, blocks, spread, is_ring, bool(ring_note))


def _no_two(text: str, groups: dict[str, int], n: int) -> int:
    if text == "them":
        raise Decline("'no two of them' names no one")
    return people_named(text, groups, n)[0]


def _empty_seats(n: int, m: int, hint: str = "The first person has {m} chairs to choose "
                 "from, the next one fewer, and so on.") -> Result:
    """n different people in a row of m > n chairs: m (m - 1) ... (m - n + 1); also n of m
    different things in a row of n places (the same count, `hint` saying it that way)."""
    if m > 40:
        raise Decline("a modest row")
    v = perm(m, n)
    if v <= 100_000:
        confirm.count(v, lambda: sum(1 for _ in permutations(range(m), n)),
                      "seatings (listing them)")
    else:
        confirm.count(v, lambda: factorial(m) // factorial(m - n), "seatings (m!/(m-n)!)")
    claim = " \\cdot ".join(str(m - i) for i in range(n)) + f" = {v}"
    return sp.Integer(v), [step("seat them in turn", hint.format(m=m), f"${claim}$", claim)]


def _not_all_together(n: int, k: int, ring: bool) -> Result:
    """All orders less those with the k named people in one block."""
    every = factorial(n - 1) if ring else factorial(n)
    block = positions.formula(n, [k], 0, ring)
    v = every - block
    got, what = positions.second_count(n, [k], 0, ring)
    confirm.count(v, lambda: every - got, f"{what}, less the block")
    seat = f"({n} - 1)!" if ring else f"{n}!"
    units = n - k + 1
    block_seat = f"({units} - 1)!" if ring else f"{units}!"
    claim = f"{seat} - {block_seat} \\cdot {k}! = {every} - {block} = {v}"
    return sp.Integer(v), [step("all orders less the block", f"Count every order, then take "
                                f"away those with the {k} people side by side: glue them into "
                                f"one block ({units} units), ordered inside in {k}! ways.",
                                f"${claim}$", claim)]


def _count(n: int, blocks: list[int], apart: int, ring: bool, mirror: bool) -> Result:
    v = positions.formula(n, blocks, apart, ring)
    got, what = positions.second_count(n, blocks, apart, ring)
    confirm.count(v, lambda: got, what)
    steps = []
    if apart:
        rest = n - apart
        gaps = rest if ring else rest + 1
        seat = f"({rest} - 1)!" if ring else f"{rest}!"
        claim = f"{seat} \\cdot " + " \\cdot ".join(str(gaps - i) for i in range(apart)) + f" = {v}"
        steps.append(step("seat the others, then fill the gaps", f"Seat the other {rest} first; "
                          f"the {apart} then go into {apart} different gaps of the {gaps} between "
                          "them, so no two are next to each other.", f"${claim}$", claim))
    else:
        units = n - sum(blocks) + len(blocks)
        seat = f"({units} - 1)!" if ring else f"{units}!"
        inner = "".join(f" \\cdot {b}!" for b in blocks)
        claim = f"{seat}{inner} = {v}"
        hint = ("Everyone is different." if not blocks else "Glue each group that sits "
                f"together into one block: {units} units, then order inside each block.")
        if ring:
            hint += " Around a table rotations are the same, so fix one unit's seat."
        steps.append(step("count the orders", hint, f"${claim}$", claim))
    return reflections_halved(v, n, steps) if mirror else (sp.Integer(v), steps)


__all__ = ["ASK", "IN_A_CIRCLE", "IN_A_ROW", "PEOPLE", "THINGS", "seatings"]
