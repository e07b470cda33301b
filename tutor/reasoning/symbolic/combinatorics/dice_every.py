"""Reader of the chance that none, all, or at least one of several dice (or rolls of one
die) show a face or a number with a property: "Three fair dice are rolled. What is the
probability that none of them shows a 6?", "A fair die is rolled 3 times. What is the
probability that every roll is even?", "... that no 6 is rolled?", "... of rolling a 5 or a
6?", "Two dice are rolled. What is the probability that at least one die shows a number
greater than 4?".

Every roll is listed (at most 200,000) and the favourable ones counted; they are counted
again by formula from the c faces of s that count: (s - c)^k for none, c^k for all, and
s^k - (s - c)^k for at least one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import product

from tutor.reasoning.symbolic.combinatorics.chance import ASK, ROLL_GLUE, answer
from tutor.reasoning.symbolic.combinatorics.dice import DICE, rolled_dice
from tutor.reasoning.symbolic.combinatorics.events import PROPERTY, predicate
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_LIST = 200_000
_THEM = r"(?:them|the dice|the rolls|the #\d+ dice|the #\d+ rolls)"
_WHO = {  # who must show it: none, all, at least one
    "none": rf"(?:none of {_THEM}|no (?:die|roll|one of {_THEM})|neither(?: die| roll| of "
            rf"{_THEM}))",
    "all": rf"(?:all(?: #(?P<allk>\d+))?(?: of)?(?: {_THEM}| dice| rolls)?|(?:every|each) "
           rf"(?:die|roll)|(?:each|every one) of {_THEM}|both(?: of {_THEM}| dice| rolls)?)",
    "some": rf"(?:at least (?:#1|one)(?: of {_THEM}| die| roll)?)"}
_SHOWS = r"(?:shows?|is|are|lands? on|comes? up|turns? up)"
# what is shown: "a 6", "a 5 or a 6", "an even number", "even numbers", "a number greater than
# 4", "even", "prime"
# a face said plainly, after "are": "both rolls are 6", "... are sixes", "... are 6's"
_FACE_WORDS = {w: i for i, w in enumerate("ones twos threes fours fives sixes sevens eights nines "
                                           "tens elevens twelves".split(), 1)}
_FACE = r"(?:#(?P<bare>\d+)(?: ?'?s)?|(?P<word>" + "|".join(_FACE_WORDS) + r"))(?![ -]?\w)"
_WHAT = (r"(?:(?P<faces>an? #\d+(?:(?:,| or|, or) an? #\d+)*)(?! ?\w)|an? (?P<kind>even|odd|"
         r"prime) number\b|(?P<kinds>even|odd|prime)(?: numbers)?\b|(?:an? (?:number|value) "
         r"(?:that is |which is )?)(?P<prop>" + PROPERTY + r")|" + _FACE + ")")
_EVENTS = [
    *(rf" (?P<{k}>{who}) {_SHOWS} {_WHAT}" for k, who in _WHO.items()),
    # "no 6 is rolled", "a 6 is never rolled", "of not rolling a 6", "of rolling no 6s"
    r" (?P<none2>)(?:no (?P<f1>#\d+) is|an? (?P<f2>#\d+) is never) (?:rolled|shown|obtained)\b",
    r" (?P<none3>)(?:(?:of )?not (?:rolling|getting) an? (?P<f3>#\d+)|(?:of )?(?:rolling|"
    r"getting) no (?P<f4>#\d+) ?'?s)(?! ?\w)",
    # as many of one face as there are dice: "of getting two sixes" (fewer: exactly or at least?)
    r" (?:of )?(?:rolling|getting|obtaining) (?P<all2>#\d+) " + _FACE,
    # one roll of one die: "of rolling a 5 or a 6"
    r" (?:of )?(?:rolling|getting|obtaining) (?P<one>)(?P<faces1>an? #\d+(?:(?:,| or|, or) an? "
    r"#\d+)+)(?! ?\w)"]


def dice_every(split: Split, template: str) -> Result | None:
    if not quick(template, "dice", "die") or not quick(template, "probability", "chance"):
        return None
    w = Wording.of(split, template)
    w.take_name("rolls|throws|tosses")
    setup = [m for p in DICE for m in w.take(p)]
    ask = w.take(ASK)
    events = [m for p in _EVENTS for m in w.take(p)]
    if len(setup) != 1 or len(ask) != 1 or len(events) != 1 or not w.only_glue(
            ROLL_GLUE | {"will", "of", "ever", "any"}):
        return None
    g, e = setup[0].groupdict(), events[0].groupdict()
    lone = any(g.get(k) is not None for k in ("single", "single2", "single3"))
    if lone != (e.get("one") is not None):
        return None  # one die rolled once: only "a 5 or a 6"; more dice: who shows it
    k, s = 1 if lone else rolled_dice(g), int(g.get("s") or 6)
    if not 1 <= k <= 12 or not 2 <= s <= 100 or s**k > _LIST:
        raise Decline("more rolls than I can list")
    if e.get("all2") and int(e["all2"][1:]) != k:
        raise Decline("fewer of a face than dice: exactly that many, or at least, is unsaid")
    if e.get("allk") and int(e["allk"]) != k or k != 2 and (e.get("all") or e.get("none") or
                                                             "").startswith(("both", "neither")):
        raise Decline("'all' or 'both' counts other dice than were rolled")
    hit, words = _hit(e, s)
    c = sum(1 for x in range(1, s + 1) if hit(x))
    who = "all" if e.get("all2") else next((key for key in ("none", "all", "some") if e.get(
        key)), None) or (
        "none" if e.get("none2") is not None or e.get("none3") is not None else "some")
    test: Callable[[int], bool] = {"none": lambda h: h == 0, "all": lambda h: h == k,
                                   "some": lambda h: h >= 1}[who]
    good = sum(1 for r in product(range(1, s + 1), repeat=k) if test(sum(map(hit, r))))
    second = {"none": (s - c) ** k, "all": c**k, "some": s**k - (s - c) ** k}[who]
    said = {"none": "no die", "all": "every die", "some": "at least one die"}[who]
    return answer(good, s**k, f"{said} showing {words}", second, f"{c} of the {s} faces count",
                  f"Of the {s**k} equally likely rolls, {good} have {said} showing {words}.",
                  f"{s}^{{{k}}}")


def _hit(e: dict[str, str | None], s: int) -> tuple[Callable[[int], bool], str]:
    """The faces the event counts, and their words."""
    word = e.get("word")
    listed = e.get("faces") or e.get("faces1") or (f"#{e['bare']}" if e.get("bare") else "") or (
        f"#{_FACE_WORDS[word]}" if word else "")
    listed += " ".join(e.get(f) or "" for f in ("f1", "f2", "f3", "f4"))
    faces = [int(x) for x in re.findall(r"#(\d+)", listed)]
    if faces:
        if not all(1 <= f <= s for f in faces) or len(set(faces)) != len(faces):
            raise Decline("a face the dice do not have, or one said twice")
        return (lambda x: x in faces), " or ".join(f"a {f}" for f in faces)
    kind = e.get("kind") or e.get("kinds")
    m = re.fullmatch(PROPERTY, kind or e.get("prop") or "")
    if m is None:
        raise Decline("a property I cannot read")
    test, words = predicate(m)
    if kind:
        return test, f"{'a' if kind == 'prime' else 'an'} {kind} number"
    return test, f"a number {words}"


__all__ = ["dice_every"]
