"""Probability reader for the order of a fair coin's flips: which side named flips show
("the first two flips are both heads", "the first toss is heads and the last is tails",
"the third flip is tails").

Phrasings reached: "A fair coin is flipped 5 times. What is the probability that the first
three flips are all heads?", "When flipping a fair coin, what is the probability that the
first two flips are both tails?", "A coin is tossed 4 times. What is the probability that
the first toss is heads and the last toss is tails?" ...
Only one coin flipped again and again has a first and a last flip (several coins tossed at
once decline). Each named flip halves the chance; confirmed by listing every sequence.
"""

from __future__ import annotations

import re
from itertools import product

from tutor.reasoning.symbolic.combinatorics.chance import ASK, FAIR, ROLL_GLUE, answer
from tutor.reasoning.symbolic.combinatorics.coins import COINS
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_ORDINAL = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "sixth": 5,
            "seventh": 6, "eighth": 7, "ninth": 8, "tenth": 9, "last": -1}
_ORD = r"(?:" + "|".join(_ORDINAL) + r")"
_FLIP = r"(?:flips?|toss(?:es)?|throws?)"
_SIDE = r"(?P<side>heads|tails)"
_SHOWS = r" (?:(?:all |both )?(?:is|are|comes? up|lands?(?: on)?|shows?)(?: all| both)? )?"
_EVENT = [
    # "the first 3 flips are all heads", "the last two tosses come up tails"
    r" (?P<end>first|last) #(?P<k>\d+) " + _FLIP + _SHOWS + _SIDE + r"\b",
    # "the first and last flips are both heads", "the second and third tosses are tails"
    r" (?P<o1>" + _ORD + r") and (?:the )?(?P<o2>" + _ORD + r") " + _FLIP + _SHOWS + _SIDE
    + r"\b",
    # "the first flip is heads", "the last one is tails", "the third toss lands tails"
    r" (?P<o>" + _ORD + r") (?:" + _FLIP + r"|one)" + _SHOWS + _SIDE + r"\b",
    # "... and the last is tails"
    r" (?P<o3>" + _ORD + r") is " + _SIDE + r"\b",
]
_REPEATED = (r" (?:when |if )?(?:flipping|tossing) (?:a|an|one) " + FAIR + r"coin(?: (?:again "
             r"and again|repeatedly))?\b| (?:a|an|one) " + FAIR + r"coin is (?:flipped|tossed) "
             r"(?:repeatedly|again and again)\b")
_GLUE = ROLL_GLUE | frozenset("the will and".split())


def flip_orders(split: Split, template: str) -> Result | None:
    if "coin" not in template or not quick(template, "first", "last", "second", "third") \
            or not quick(template, "probability", "chance"):
        return None
    w = Wording.of(split, template)
    w.take_name("flips|tosses")
    setup = [m for i in (0, 1, 4) for m in w.take(COINS[i])]
    repeated = w.take(_REPEATED)
    ask = w.take(ASK)
    events = [m for p in _EVENT for m in w.take(p)]
    if len(setup) + len(repeated) != 1 or len(ask) != 1 or not events \
            or not w.only_glue(_GLUE):
        return None
    # the named flips are joined by "and" only: "given that", "if" make another question
    joins = set(re.findall(r"[a-z]+", w.text[w.text.find(" ; ", ask[0].start()):]))
    if joins - {"the", "and", "will", "both", "all"}:
        raise Decline("named flips joined other than by 'and'")
    n = int(setup[0].group("n")) if setup else None
    fixed: dict[int, str] = {}

    def place(i: int, side: str) -> None:
        if i < 0:
            if n is None:
                raise Decline("a last flip of flips that are not counted")
            i += n
        if n is not None and not 0 <= i < n or fixed.get(i, side) != side:
            raise Decline("a flip that is not made, or one flip named twice")
        fixed[i] = side

    for e in events:
        side, gd = e.group("side"), e.groupdict()
        if gd.get("end"):
            k = int(e.group("k"))
            if k < 1 or (n is not None and k > n):
                raise Decline("more flips named than made")
            for j in range(k):
                place(j if e.group("end") == "first" else -1 - j, side)
        else:
            for key in ("o", "o1", "o2", "o3"):
                if gd.get(key):
                    place(_ORDINAL[gd[key]], side)
    flips = n if n is not None else max(fixed) + 1
    if flips > 16:
        raise Decline("a modest number of flips")
    total = 2**flips
    good = 2 ** (flips - len(fixed))  # the other flips are free
    second = sum(1 for f in product("ht", repeat=flips)
                 if all(f[i] == s[0] for i, s in fixed.items()))
    what = ", ".join(f"flip {i + 1} {s}" for i, s in sorted(fixed.items()))
    hint = (f"Each of the $2^{{{flips}}}$ sequences is equally likely; the {len(fixed)} named "
            f"flips must show their side and the other {flips - len(fixed)} are free: "
            f"$2^{{{flips - len(fixed)}}} = {good}$ sequences.")
    return answer(good, total, what, second, "listing every sequence of flips", hint,
                  f"2^{{{flips}}}")


__all__ = ["flip_orders"]
