"""Reader of different things threaded on a loop: beads on a bracelet or necklace, keys on
a key ring, charms on a chain, where turning the loop (and, when the note says so, flipping
it over) gives the same arrangement.

Phrasings reached: "In how many ways can 6 distinct beads be placed on a bracelet, if two
arrangements are the same when one can be rotated or reflected into the other?", "How
many different necklaces can be made from 7 beads, each of a different colour, if
rotations and flips are not treated as different?", "In how many ways can 5 different
keys be put on a key ring? (Rotations of the ring count as the same.)" ...
The loop's symmetries must be named in a note: a bracelet may or may not be flipped over,
so without a note the question reads two ways and is declined. n different things give
n!/n arrangements up to turning and n!/(2n) when flips count too (n >= 3), confirmed by
listing every order and keeping one of each family of turned (and flipped) copies.
"""

from __future__ import annotations

import re
from itertools import permutations
from math import factorial

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_LOOP = r"(?:bracelet|necklace|keychain|key chain|key ring|keyring|ring|chain|loop|anklet)"
_THING = r"(?:beads|keys|charms|pearls|stones|gems|jewels|rings|tiles)"
_SAME = r"(?:same|identical|equivalent|indistinguishable|alike)"
_DIFFERENT = r"(?:different|distinct|distinguishable)"
_ASK = (r" (?:in )?how many (?:different |distinct |possible )*(?:ways|arrangements|"
        r"(?P<made>bracelets|necklaces|keychains|key rings|anklets))\b"
        r"| the number of (?:different |distinct |possible )*(?:ways|arrangements)\b")
_THINGS = (r" #(?P<n>\d+) (?:(?P<d>" + _DIFFERENT + r") )?(?:[a-z]+ )?" + _THING
           + r"(?P<each>,? (?:each (?:of |in )?(?:a )?|of |in |all of )" + _DIFFERENT
           + r" colours?,?)?")
_ON = (r" (?:placed|put|arranged|strung|threaded|attached|placed|fitted) (?:on|onto|around) "
       r"(?:a|the) (?:circular )?" + _LOOP + r"\b| (?:on|onto|around) (?:a|the) (?:circular )?"
       + _LOOP + r"\b| (?:from|with|using) (?=#)")
_NOTE_WORDS = frozenset(
    "note that two any arrangements arrangement bracelets bracelet necklaces necklace "
    "keychains keychain ring rings chain loop anklet are is considered treated counted count "
    "counts regarded as the same identical equivalent indistinguishable alike if when one can be "
    "a an of each other another to into from produce produces obtained get gets give gives "
    "match matches by rotation rotations rotating rotated turning turned turn reflection "
    "reflections reflecting reflected flip flips flipping flipped over mirror images image "
    "or and it we consider not different distinct of its so that".split())
_GLUE = frozenset("can be are there is i we you in ways made make formed form placed put "
                  "arrange arranged string thread on a the these them they".split())


def _note(w: Wording) -> bool:
    """True when the note makes flips the same as well as turns, False for turns only;
    declines a note that is missing, unread, or that keeps turns apart."""
    found = w.find(r",? (?:if|when|where|assuming(?: that)?|given that) ([^.?!()]*(?:rotat|"
                   r"turn)[^.?!()]*)(?=[.?!)] *$|[.?!] )") or w.find(
        r"\(([^()]*(?:rotat|turn)[^()]*)\)|(?<=[.?!] )([^.?!()]*(?:rotat|turn)[^.?!()]*)[.?!]?")
    if not found:
        raise Decline("it is not said which arrangements of the loop are the same")
    body = re.sub(r"#2\b", "two", next(g for g in found.groups() if g))
    words = re.findall(r"[a-z]+", body)
    if set(words) - _NOTE_WORDS or re.search(r"#\d|@\d", body):
        raise Decline("a note on which arrangements are the same that I cannot read")
    # "the same" or "not ... different": anything else ("are different") keeps them apart
    same = re.search(r"\b" + _SAME + r"\b", body) and not re.search(
        r"\bnot\b|\b" + _DIFFERENT + r"\b", body)
    not_apart = re.search(r"\bnot (?:be )?(?:considered |treated |counted |regarded )?(?:as )?"
                          + _DIFFERENT + r"\b", body) and not re.search(r"\b" + _SAME + r"\b",
                                                                        body)
    if not (same or not_apart) or body.count(" not ") > 1:
        raise Decline("a note that may keep turned arrangements apart")
    w.take(re.escape(found.group(0)))
    return bool(re.search(r"reflect|flip|mirror", body))


def _orbits(n: int, flips: bool) -> int:
    """Every order of 0..n-1 round the loop, one kept per family of turned (and flipped)
    copies: the least of the family."""
    seen = 0
    for p in permutations(range(n)):
        turns = [p[i:] + p[:i] for i in range(n)]
        family = turns + [tuple(reversed(t)) for t in turns] if flips else turns
        if p == min(family):
            seen += 1
    return seen


def _fixed_first(n: int, flips: bool) -> int:
    """Orders with thing 0 in the first place (every loop turns to one), and, when flips
    count, its right neighbour smaller than its left one."""
    return sum(1 for p in permutations(range(1, n)) if not flips or p[0] < p[-1])


def loops(split: Split, template: str) -> Result | None:
    if not quick(template, "bracelet", "necklace", "key", "chain", "ring", "anklet") \
            or not quick(template, "how many", "number of"):
        return None
    w = Wording.of(split, template)
    if not w.find(r"\brotat|\bturn"):
        return None
    flips = _note(w)
    on = w.take(_ON)
    things, ask = w.take(_THINGS), w.take(_ASK)
    if len(things) != 1 or len(ask) != 1 or len(on) != 1 or not w.only_glue(_GLUE):
        return None
    t = things[0]
    if not (t.group("d") or t.group("each")):  # "different bracelets" says nothing of beads
        raise Decline("the things may be alike")
    n = int(t.group("n"))
    if not 3 <= n <= 9:
        raise Decline("a loop of 3 to 9 things")
    size = 2 * n if flips else n
    v = factorial(n) // size
    if n <= 7:
        confirm.count(v, lambda: _orbits(n, flips), "arrangements (listing every order and "
                      "keeping one of each family of turned or flipped copies)")
    else:
        confirm.count(v, lambda: _fixed_first(n, flips), "arrangements (thing 1 fixed in the "
                      "first place, listing the rest)")
    moves = f"{n} turns and {n} flips" if flips else f"{n} turns"
    claim = f"\\frac{{{n}!}}{{{size}}} = \\frac{{{factorial(n)}}}{{{size}}} = {v}"
    return sp.Integer(v), [
        step("order the things in a line", f"Laid out in a line the {n} different things "
             f"can be ordered in ${n}! = {factorial(n)}$ ways.", f"${n}! = {factorial(n)}$",
             f"{n}! = {factorial(n)}"),
        step("identify moved copies", f"The loop has {size} moves ({moves}); each arrangement "
             "of different things gives a different line order under each move, so each "
             f"arrangement is counted {size} times.", f"${claim}$", claim)]


__all__ = ["loops"]
