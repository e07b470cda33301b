"""Reader of two arrivals at random times: do the two stays overlap?

The situation: two people (or a person and a bus, a train ...) each arrive at a time
chosen uniformly from a window ("between 1:00 and 2:00", "between 9 a.m. and 10 a.m."),
and stay (wait) a number of minutes, or not at all. They meet when the two stays overlap:
with arrivals x and y and stays m and n, when x <= y + n and y <= x + m. The probability
is an area in the rectangle of (x, y) (`random_points.chance`: clipped polygons,
confirmed by vertical slices).

Phrasings reached: "Ann and Bo each arrive at the library at a random time between 3:00
and 4:00; each stays for 20 minutes. What is the probability that they meet?", "A ferry
arrives randomly between 7:00 and 8:00 a.m., waits 10 minutes and leaves. Kim also arrives
randomly between 7:00 and 8:00 a.m. What is the probability that the ferry is there when
Kim arrives?", "Two friends arrive independently at random times between noon and 1 p.m.
and each waits 15 minutes for the other. Find the probability that they meet."
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.combinatorics import plane_regions as pr
from tutor.reasoning.symbolic.combinatorics.chance import ASK
from tutor.reasoning.symbolic.combinatorics.random_points import chance
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra.clock_times import MERIDIEM, minutes_after_midnight

_T = r"(?:#\d+(?:: ?#\d+)?(?: ?" + MERIDIEM + r"(?!\w))?|noon|midnight)"
_WINDOW = r"between (?P<w>" + _T + r" and " + _T + r")"
_RANDOM = (r"(?:(?:independently )?at (?:a |some )?random (?:times?|moments?)|randomly(?: some "
           r"time| at some time)?|at random|some time at random|at some random time)"
           r"(?: independently)?")
_PLACE = r"(?: (?:at|to|in) (?:a|the|their|his|her) [a-z]+(?: [a-z]+)?)?"
_STAY = (r"(?:(?:,|;|\.)? (?:and )?(?:(?P<each>each|both|they each|they both|each one|each of "
         r"them) )?(?:then )?(?:stays?|waits?|remains?)(?: there)?(?: for)?(?: exactly)? "
         r"#(?P<m>\d+) minutes?(?: for the other)?(?: before (?:leaving|it leaves))?(?:,? (?:and )?"
         r"(?:then )?leaves?)?)")
_WHO = (r"(?:#2 (?:friends|people|students|mathematicians|colleagues|children|workers|"
        r"teachers))")
_PAIR = (r" (?:(?P<a>[a-z]+) and (?P<b>[a-z]+)|" + _WHO + r") (?:each |both )?arrive"
         + _PLACE + r" " + _RANDOM + r" " + _WINDOW + _PLACE + _STAY + r"?")
_ONE = (r" (?:(?:the|a) (?P<thing>[a-z]+)|(?P<name>[a-z]+)) (?:also )?arrives" + _PLACE
        + r" " + _RANDOM + r" " + _WINDOW + r"(?: as well)?" + _STAY + r"?")
_MEET = (r" (?:they|the #2(?: of them)?|(?P<a>[a-z]+) and (?P<b>[a-z]+)) (?:will )?(?:meet|see "
         r"each other|are there at the same time)(?:" + _PLACE.strip() + r")?")
_THERE = (r" the (?P<thing>[a-z]+) (?:will be|is) (?:still )?there when (?P<name>[a-z]+) "
          r"arrives")
_GLUE = frozenset("if then also leave leaves and".split())
_NOT_NAMES = frozenset("they each both two he she it if then also and the a".split())


def _clock(t: str, ap: str | None) -> int:
    if t == "noon":
        return 12 * 60
    if t == "midnight":
        raise Decline("a window across midnight")
    m = re.fullmatch(r"#(\d+)(?:: ?#(\d+))?(?: ?(" + MERIDIEM + r"))?", t)
    if not m:
        raise Decline("a clock time")
    return minutes_after_midnight(int(m.group(1)), int(m.group(2) or 0), m.group(3) or ap)


def window(text: str) -> tuple[int, int]:
    """(start, end) in minutes of a window 'T1 and T2'; Decline when it is not clear."""
    one, two = text.split(" and ")
    marks = re.findall(MERIDIEM, text)
    late = marks[-1] if marks and len(marks) == 1 and two.endswith(marks[0]) else None
    start, end = _clock(one, late if "noon" not in one else None), _clock(two, None)
    if late and start >= end:  # "between 11 and 1 p.m.": the first time is before noon
        start = _clock(one, "am")
    if not start < end:
        raise Decline("a window whose end is after its start")
    return start, end


def _stay(m: re.Match[str] | None) -> int | None:
    return int(m.group("m")) if m is not None and m.group("m") else None


def arrivals(split: Split, template: str) -> Result | None:
    if not quick(template, "arrive") or not quick(template, "probability", "chance"):
        return None
    w = Wording.of(split, template)
    pair, ones = w.take(_PAIR), w.take(_ONE)
    stays = w.take(_STAY)
    ask = w.take(ASK + r"(?:" + _MEET + "|" + _THERE + ")")
    if len(pair) + len(ones) == 0 or len(ask) != 1 or not w.only_glue(_GLUE):
        return None
    if pair and ones or not pair and len(ones) != 2 or len(stays) > 1:
        raise Decline("two arrivals")
    if pair:
        p = pair[0]
        who = [p.group("a"), p.group("b")] if p.group("a") else ["the first", "the second"]
        windows = [window(p.group("w"))] * 2
        if bool(p.group("m")) == bool(stays) or not (p.group("each") or (stays and stays[0].group(
                "each"))):
            raise Decline("how long each stays")
        m = _stay(p) if p.group("m") else _stay(stays[0])
        lengths = [m, m]
    else:
        who = [o.group("thing") or o.group("name") for o in ones]
        windows = [window(o.group("w")) for o in ones]
        if stays or any(o.group("each") for o in ones):
            raise Decline("whose stay is told")
        lengths = [_stay(o) or 0 for o in ones]
    if any(x in _NOT_NAMES for x in who if x) or who[0] == who[1]:
        raise Decline("two named arrivals")
    q = ask[0]
    if q.group("thing"):
        if [q.group("thing"), q.group("name")] != who or lengths[1] != 0 or lengths[0] == 0:
            raise Decline("who waits for whom")
    elif q.group("a") and {q.group("a"), q.group("b")} != set(who):
        raise Decline("the question names others")
    if not any(lengths):
        raise Decline("nobody waits")
    (a0, a1), (b0, b1) = windows
    poly = [(sp.Integer(a0), sp.Integer(b0)), (sp.Integer(a1), sp.Integer(b0)),
            (sp.Integer(a1), sp.Integer(b1)), (sp.Integer(a0), sp.Integer(b1))]
    m, n = (sp.Integer(v) for v in lengths)
    # x arrives, y arrives: x <= y + n and y <= x + m
    cell: pr.Cell = [(sp.Integer(-1), sp.Integer(1), n), (sp.Integer(1), sp.Integer(-1), m)]
    where = (f"the rectangle of arrival minutes $x \\in [{a0}, {a1}]$ ({who[0]}) and "
             f"$y \\in [{b0}, {b1}]$ ({who[1]})")
    said = f"x \\le y + {n},\\ y \\le x + {m}"
    return chance(poly, [cell], where, said)


__all__ = ["arrivals", "window"]
