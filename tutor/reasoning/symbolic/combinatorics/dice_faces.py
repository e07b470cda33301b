"""Dice counted by the faces they show: exactly / at least / at most j of k dice showing a
face (or an even, odd, prime number). Every roll is listed when there are few enough, and the
count is made again by choosing which dice show it.

Phrasings reached: "exactly two of the dice show a 6", "at least one 4 is rolled on the three
dice", "rolling exactly 3 sixes", "the number 2 comes up at most twice", "both show a 5" ...
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from itertools import product
from math import comb

import sympy as sp

from tutor.reasoning.symbolic.combinatorics.chance import answer
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.patterns import Result

_SPACE = 200_000  # outcomes listed one by one at most

FACE = (r" (?P<cmp>exactly|at least|at most) #(?P<j>\d+) (?:(?:of the )?(?:dice|rolls|numbers)|"
        r"of them|(?<=#1 )(?:die|roll|number)) "
        r"(?:shows?|lands? on|comes? up|are|is) (?:an? )?(?:(?P<f>#\d+)|(?P<cls>even|odd|prime)"
        r"(?: numbers?)?)\b"
        r"| (?:an? |at least #1 )(?P<f2>#\d+) is rolled on at least #1 (?:of the )?(?:#\d+ )?"
        r"(?:dice|rolls)"
        r"\b| (?:rolling |getting )?at least #1 (?P<f3>#\d+)\b"
        r"| (?:of )?(?:rolling |getting )?(?P<cmp4>exactly|at least|at most) #(?P<j4>\d+) "
        r"(?P<f4>#\d+)(?: ?'?s)?(?!\w)"
        r"| (?:(?:(?:i|you|we|he|she|they) (?:will )?)?(?:roll|get|rolling|getting) )?(?:the "
        r"number |a )(?P<f5>#\d+)(?: (?:appears|comes up|shows up|turns up|is rolled))? "
        r"(?P<cmp5>exactly|at least|at most) (?P<j5>#\d+ times|once|twice)\b"
        r"| (?:(?:we|you|i|he|she|they) (?:will )?)?(?:get|roll|gets|rolls|getting|rolling) an? "
        r"(?P<cls6>even|odd|prime) number (?:in|on) (?P<cmp6>exactly|at least|at most) "
        r"#(?P<j6>\d+) of the #(?P<of6>\d+) rolls\b"
        # "both show a 6", "all three dice land on 2"
        r"| (?P<allf>both|all(?: #(?P<allk>\d+))?)(?: of (?:them|the dice))?(?: dice)? (?:show|"
        r"land on|come up)(?: an?)? (?P<f7>#\d+)(?! ?\w)")


def face_chance(e: re.Match[str], k: int, s: int, total: int) -> Result:
    """Exactly / at least / at most j dice showing a face (or an even, odd, prime one)."""
    f = e.group("f") or e.group("f2") or e.group("f3") or e.group("f4") or e.group("f5") or \
        e.group("f7")
    cmp, j = (e.group("cmp"), int(e.group("j"))) if e.group("cmp") else (
        e.group("cmp4"), int(e.group("j4"))) if e.group("cmp4") else ("at least", 1)
    if e.group("cmp6"):
        if int(e.group("of6")) != k:
            raise Decline("the rolls counted are not the rolls made")
        cmp, j = e.group("cmp6"), int(e.group("j6"))
    if e.group("allf"):
        if e.group("allk") and int(e.group("allk")) != k or e.group("allf") == "both" and k != 2:
            raise Decline("the dice said are not the dice rolled")
        cmp, j = "exactly", k
    if e.group("cmp5"):
        times = e.group("j5")
        cmp, j = e.group("cmp5"), {"once": 1, "twice": 2}.get(times) or int(times[1:].split()[0])
    if f:
        face = int(f[1:])
        if not 1 <= face <= s:
            raise Decline("a face the dice do not have")
        hit, words = (lambda x: x == face), f"a {face}"
    else:
        cls = e.group("cls") or e.group("cls6")
        hit = {"even": lambda x: x % 2 == 0, "odd": lambda x: x % 2 == 1,
               "prime": lambda x: bool(sp.isprime(x))}[cls]
        words = f"an {cls} number" if cls != "prime" else "a prime number"
    count = {"exactly": lambda h: h == j, "at least": lambda h: h >= j,
             "at most": lambda h: h <= j}[cmp]
    if total <= _SPACE:
        good = sum(1 for r in product(range(1, s + 1), repeat=k) if count(sum(map(hit, r))))
    else:  # too many rolls to list: how many dice show it, counted die by die
        good = sum(n for h, n in hits_by_die(k, s, hit).items() if count(h))
    c = sum(1 for x in range(1, s + 1) if hit(x))
    second = sum(comb(k, h) * c**h * (s - c) ** (k - h) for h in range(k + 1) if count(h))
    return answer(good, total, f"{cmp} {j} dice showing {words}", second,
                  "choosing which dice show it", f"Of the {total} equally likely rolls, {good} "
                  f"have {cmp} {j} showing {words}.", f"{s}^{{{k}}}")


def hits_by_die(k: int, s: int, hit: Callable[[int], bool]) -> Counter[int]:
    """How many rolls of k dice have h dice showing a hit, for each h, adding one die at a
    time and each of its faces (no binomial coefficient)."""
    dist: Counter[int] = Counter({0: 1})
    for _ in range(k):
        nxt: Counter[int] = Counter()
        for h, n in dist.items():
            for face in range(1, s + 1):
                nxt[h + hit(face)] += n
        dist = nxt
    return dist


__all__ = ["FACE", "face_chance", "hits_by_die"]
