"""Repeating one experiment until a given outcome first comes up: a coin flipped until it
lands heads, a die rolled until a 6 (or "a 1 or a 2", "an even number") shows.

Phrasings reached: "A fair coin is flipped until it comes up heads. What is the probability
that it takes more than 3 flips?", "Sam rolls a fair die until he gets a 6. What is the
probability that he needs exactly 2 rolls?", "A biased coin lands heads with probability
$\\frac{1}{3}$. It is tossed until the first head appears. Find the probability that the
first head appears on the 4th toss.", "i keep rolling a die till i get a 1 or a 2. whats
the probability i need at most 3 rolls", "... What is the expected number of rolls?", and a
player's attempts: "A basketball player makes each free throw with probability 2/3. What is
the probability that her first miss is on her third shot?".

Each try succeeds with the same chance p, independently, so the first success comes on try
k with chance (1 - p)^(k - 1) p: the answer comes from that formula (or 1/p for the expected
number of tries) and is confirmed by listing every sequence of the first k outcomes (each
face of the die, each side of the coin) with its chance, or by summing the series k (1-p)^(k-1) p.
A stopping rule that is not one outcome of one try ("heads twice in a row"), a coin called
unfair with no chance told, or anything else left unread declines.
"""

from __future__ import annotations

import re
from fractions import Fraction
from itertools import product

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.chance import FAIR
from tutor.reasoning.symbolic.combinatorics.trial_wording import chance
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.spelled_maths import ORDINALS

MAX_SEQUENCES = 300_000
_P = r"(?:@(?P<p>\d+)@|#(?P<pn>\d+) ?/ ?#(?P<pd>\d+))"
_UNTIL = r"(?:repeatedly |over and over(?: again)? )?(?:until|till|til)"
_WHO = r"(?:he|she|i|you|they|we|it)"
_SIDE = r"(?P<side>heads|tails|a head|a tail)"
# the coin and its stopping side: "a fair coin is flipped until it comes up heads",
# "it is tossed until the first head appears", "jo flips a coin until she gets tails"
_COIN = r"(?P<coin>(?:a|an|the|one) " + FAIR + r"coin|it|the coin)"
_COIN_STOP = (r"(?:" + _WHO + r" (?:comes up|lands(?: on)?|shows|turns up|lands? showing) "
              + _SIDE + r"|(?:a |the first )?(?P<side2>heads?|tails?) (?:appears|comes up|"
              r"is (?:flipped|tossed|obtained|seen)|shows up|occurs)|" + _WHO
              + r" (?:gets?|sees?|flips?|tosses?|obtains?) (?:a )?(?P<side3>heads?|tails?))")
_COINS = [
    r" " + _COIN + r" is (?:flipped|tossed) " + _UNTIL + r" " + _COIN_STOP + r"(?=[ .,;?!])",
    r" (?:flips?|toss(?:es)?|keeps? (?:flipping|tossing)) " + _COIN + r" " + _UNTIL + r" "
    + _COIN_STOP + r"(?=[ .,;?!])"]
_RATE = (r" (?:a|an|the) (?:biased|unfair|weighted|loaded|special|bent) coin "
         r"(?:lands(?: on)?|comes up|shows) (?P<rside>heads|tails) with (?:a )?probability "
         + _P + r"(?!\w)")
# the die and the faces that stop it: "a 6", "a 1 or a 2", "an even number"
_FACES = r"(?:(?:a|an) (?:even|odd) number|(?:an? )?#\d+(?:(?:,| or|, or) (?:an? )?#\d+)*)"
_DIE = r"(?:a|an|the|one) " + FAIR + r"(?:#(?P<n>\d+)-sided )?(?:die|dice)"
_DIE_STOP = (r"(?:(?P<faces>" + _FACES + r") (?:appears|comes up|is rolled|shows up|occurs|"
             r"is obtained|shows)|"
             + _WHO + r" (?:gets?|rolls?|sees?|obtains?) (?P<faces2>" + _FACES + r"))")
_DICE = [r" " + _DIE + r" is (?:rolled|thrown|tossed) " + _UNTIL + r" " + _DIE_STOP
         + r"(?=[ .,;?!])",
         r" (?:rolls?|throws?|keeps? rolling|rolling) " + _DIE + r" " + _UNTIL + r" " + _DIE_STOP
         + r"(?=[ .,;?!])"]
# a player whose every attempt succeeds with one chance: "makes each free throw with
# probability 2/3", and the event "her first miss is on her third shot"
_SHOT = r"(?:free throws?|shots?|penalty kicks?|kicks?|putts?|attempts?|serves?|darts?|arrows?)"
_PLAYER = (r" (?:a|an|the) (?:[a-z]+ )?(?:player|archer|shooter|golfer|kicker|athlete) "
           r"(?P<verb>makes|hits|sinks|scores) (?:each|every|any|a) (?P<a>" + _SHOT + r") with "
           r"(?:a )?probability " + _P + r"(?!\w)")
_FIRST_SHOT = (r" (?:her|his|their|the) first (?P<what>miss|make|hit|basket|success) (?:is|"
               r"comes|occurs|happens|will be|will come) on (?:her|his|their|the) "
               r"(?P<ord>\d+(?:st|nd|rd|th)|" + "|".join(sorted(ORDINALS, key=len, reverse=True))
               + r") (?P<b>" + _SHOT + r")\b")
_TRY = r"(?:flips?|toss(?:es)?|rolls?|throws?|tries|try|times)"
_CMP = r"(?P<cmp>exactly|at least|at most|more than|fewer than|less than|no more than)"
_ORD = (r"(?P<ord>\d+(?:st|nd|rd|th)|" + "|".join(sorted(ORDINALS, key=len, reverse=True))
        + r")")
_EVENTS = [
    r" (?:it|this|the process|the experiment) (?:takes|will take|requires|needs) (?:" + _CMP
    + r" )?#(?P<k>\d+) " + _TRY + r"\b",
    r" " + _WHO + r" (?:needs?|will need|takes?|makes?|uses?) (?:" + _CMP + r" )?#(?P<k>\d+) "
    + _TRY + r"\b",
    r" the first (?P<named>head|tail|#\d+|(?:even|odd) number|success) (?:appears|occurs|comes "
    r"up|is (?:rolled|flipped|tossed|obtained|seen)|shows up) (?:on|at) the " + _ORD + r" "
    + _TRY + r"\b",
    r" (?:he|she|i|you|they|we) (?:stops?|will stop|finishes|will finish) (?:on|after) the "
    + _ORD + r" " + _TRY + r"\b"]
_MEAN = (r" (?:what is |whats |find |compute )?the expected (?:number|count) of " + _TRY
         + r"(?: (?:needed|required|(?:it|" + _WHO + r") (?:takes|needs|will need|makes)))?\b")
_ASK = r" (?:what is |whats |find |compute |what are )?the (?:probability|chance|odds) (?:that )?"
_GLUE = frozenset("if then will it repeatedly whats".split())


def _ordinal(word: str) -> int:
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", word)
    return int(m.group(1)) if m else ORDINALS[word]


def _die_outcomes(sides: int, faces: str) -> list[tuple[bool, Fraction]]:
    if m := re.fullmatch(r"(?:a|an) (even|odd) number", faces):
        stop = {f for f in range(1, sides + 1) if f % 2 == (m.group(1) == "odd")}
    else:
        stop = {int(x) for x in re.findall(r"#(\d+)", faces)}
    if not stop or not stop <= set(range(1, sides + 1)):
        raise Decline("a face the die does not have")
    return [(f in stop, Fraction(1, sides)) for f in range(1, sides + 1)]


def _source(w: Wording, events: list[re.Match[str]]
            ) -> tuple[list[tuple[bool, Fraction]], str] | None:
    """Each outcome of one try (does it stop, its chance) and the stopping outcome in words."""
    player = w.take(_PLAYER)
    if player:
        return _player(w, player, events)
    if any(m.re.pattern == _FIRST_SHOT for m in events):
        return None
    rate = w.take(_RATE)
    coins = [m for p in _COINS for m in w.take(p)]
    dice = [m for p in _DICE for m in w.take(p)]
    if len(coins) + len(dice) != 1 or len(rate) > 1:
        return None
    if dice:
        if rate:
            return None
        d = dice[0]
        sides = int(d.group("n")) if d.group("n") else 6
        if not 2 <= sides <= 100:
            raise Decline("a die with that many sides")
        faces = d.group("faces") or d.group("faces2")
        return _die_outcomes(sides, faces), faces.replace("#", "")
    c = coins[0]
    side = (c.group("side") or c.group("side2") or c.group("side3")).removeprefix("a ")
    side = side.rstrip("s") + "s"
    if rate:
        p = chance(rate[0], w.maths)
        if not 0 < p < 1:
            raise Decline("a chance strictly between 0 and 1")
        if rate[0].group("rside") != side:
            p = 1 - p
    elif c.group("coin") in ("it", "the coin"):
        return None  # "it" names a coin told of elsewhere
    else:
        p = Fraction(1, 2)
    return [(True, p), (False, 1 - p)], side


def _player(w: Wording, player: list[re.Match[str]], events: list[re.Match[str]]
            ) -> tuple[list[tuple[bool, Fraction]], str] | None:
    """A player's attempts: each a success with the chance told; the stop is the first
    success, or the first miss when the event asks for one."""
    first = [m for m in events if m.re.pattern == _FIRST_SHOT]
    if len(player) != 1 or len(first) != 1 or len(events) != 1:
        return None
    kinds = {re.sub(r"s$", "", m.group(g)) for m, g in ((player[0], "a"), (first[0], "b"))}
    if len(kinds) > 1 and not kinds & {"shot", "attempt"}:  # a shot is any attempt
        raise Decline("the chance and the event are about different attempts")
    p = chance(player[0], w.maths)
    if not 0 < p < 1:
        raise Decline("a chance strictly between 0 and 1")
    if first[0].group("what") == "miss":
        return [(True, 1 - p), (False, p)], "a miss"
    return [(True, p), (False, 1 - p)], "a success"


def _by_formula(p: Fraction, cmp: str, k: int) -> Fraction:
    q = 1 - p
    return {"exactly": q ** (k - 1) * p, "more than": q ** k, "at most": 1 - q ** k,
            "no more than": 1 - q ** k, "at least": q ** (k - 1),
            "fewer than": 1 - q ** (k - 1), "less than": 1 - q ** (k - 1)}[cmp]


def _by_listing(outcomes: list[tuple[bool, Fraction]], cmp: str, k: int) -> Fraction:
    """The chance by listing every sequence of the first k outcomes."""
    if len(outcomes) ** k > MAX_SEQUENCES:
        raise Decline("too many sequences of outcomes to list")
    total = Fraction(0)
    for seq in product(outcomes, repeat=k):
        first = next((i + 1 for i, (stop, _) in enumerate(seq) if stop), None)
        held = {"exactly": first == k, "more than": first is None,
                "at most": first is not None, "no more than": first is not None,
                "at least": first is None or first >= k,
                "fewer than": first is not None and first < k,
                "less than": first is not None and first < k}[cmp]
        if held:
            chance_of = Fraction(1)
            for _, c in seq:
                chance_of *= c
            total += chance_of
    return total


def _rational(v: Fraction) -> sp.Rational:
    return sp.Rational(v.numerator, v.denominator)


def first_success(split: Split, template: str) -> Result | None:
    """The chance that the first stopping outcome comes on (or before, or after) try k, or
    the expected number of tries."""
    if not quick(template, "until", "till", "first") or not quick(template, "probability", "chance",
                                                         "expected"):
        return None
    w = Wording.of(split, template)
    w.take_name("flips|tosses|rolls|throws|keeps")
    mean = w.take(_MEAN)
    events = [m for p in [*_EVENTS, _FIRST_SHOT] for m in w.take(p)]
    asks = w.take(_ASK)
    read = _source(w, events)
    if read is None or not w.only_glue(_GLUE):
        return None
    outcomes, stop = read
    p = sum((c for s, c in outcomes if s), Fraction(0))
    pt = latex(_rational(p))
    first = step("one try", "Every try is independent and stops with the same chance p.",
                 f"Each try stops ({stop}) with probability $p = {pt}$, independently of "
                 f"the others.", "")
    if mean:
        if events or asks or len(mean) != 1:
            return None
        value = _rational(1 / p)
        k = sp.Symbol("k", positive=True, integer=True)
        series = sp.summation(k * (1 - _rational(p)) ** (k - 1) * _rational(p), (k, 1, sp.oo))
        confirm.check(sp.simplify(series - value) == 0,
                      "summing k (1 - p)^(k - 1) p over every k gives the same expected number")
        claim = f"\\frac{{1}}{{p}} = \\frac{{1}}{{{pt}}} = {latex(value)}"
        return value, [first, step("expected number of tries", "E = 1 + (1 - p) E, so E = 1/p.",
                                   f"${claim}$", claim)]
    if len(events) != 1 or len(asks) != 1:
        return None
    e = events[0]
    g = e.groupdict()
    named = (g.get("named") or "").lstrip("#")
    if named and named != "success" and named != re.sub(r"^an? |s$", "", stop):
        raise Decline("the first outcome asked about is not the one the tries stop on")
    k = _ordinal(g["ord"]) if g.get("ord") else int(g["k"])
    cmp = "exactly" if g.get("ord") else (g.get("cmp") or "exactly")
    if not 1 <= k <= 40:
        raise Decline("a number of tries I cannot list")
    got = _by_formula(p, cmp, k)
    confirm.check(_by_listing(outcomes, cmp, k) == got,
                  f"listing every sequence of the first {k} tries gives the same probability")
    value = _rational(got)
    q = latex(_rational(1 - p))
    forms = {"exactly": f"\\left({q}\\right)^{{{k - 1}}} \\cdot {pt}",
             "more than": f"\\left({q}\\right)^{{{k}}}",
             "at most": f"1 - \\left({q}\\right)^{{{k}}}",
             "no more than": f"1 - \\left({q}\\right)^{{{k}}}",
             "at least": f"\\left({q}\\right)^{{{k - 1}}}",
             "fewer than": f"1 - \\left({q}\\right)^{{{k - 1}}}",
             "less than": f"1 - \\left({q}\\right)^{{{k - 1}}}"}
    hint = {"exactly": f"The first {k - 1} tries fail and try {k} stops.",
            "more than": f"The first {k} tries all fail.",
            "at most": f"Not all of the first {k} tries fail.",
            "no more than": f"Not all of the first {k} tries fail.",
            "at least": f"The first {k - 1} tries all fail.",
            "fewer than": f"Not all of the first {k - 1} tries fail.",
            "less than": f"Not all of the first {k - 1} tries fail."}[cmp]
    claim = f"{forms[cmp]} = {latex(value)}"
    return value, [first, step("first success", hint, f"${claim}$", claim)]


__all__ = ["first_success"]
