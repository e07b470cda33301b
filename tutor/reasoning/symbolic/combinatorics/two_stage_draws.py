"""Reader of two-stage draws: one of several containers is chosen at random, then one item
is drawn at random from the chosen container, and the event is the colour of that item.

Phrasings reached: "Box A contains 3 red balls and 2 white balls, and box B contains 1 red
ball and 4 white balls. A box is chosen at random and a ball is drawn from it. What is the
probability that the ball is red?", "The first bag has 2 blue and 3 yellow marbles; the
second bag has 4 blue and 1 yellow marble ... One of the bags is selected at random ...",
"Jars B and C each hold 5 green and 1 black bead", "... of drawing a white marble".
Every container is named once (a letter, a numeral, or first / second / third), their
number agrees with "there are 3 boxes" when that is said, and every colour is a colour
some container has. The chance is the mean over the containers of the share of that
colour (total probability), confirmed by listing an equally likely space: each
container's items copied until every container holds the same number.
"""

from __future__ import annotations

import re
from fractions import Fraction
from math import lcm

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.chance import ASK
from tutor.reasoning.symbolic.combinatorics.urn_wording import ADJECTIVES
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_BOX = r"(?:box|bag|jar|urn|container|basket|bin|bowl|drawer|sack|cup|hat|bucket)"
_ITEM = (r"(?:balls?|marbles?|beads?|chips?|cubes?|tokens?|tiles?|counters?|socks?|blocks?|"
         r"buttons?|pens?|pencils?|candies|candy|jelly beans?|gumballs?|cards?|slips?)")
_PART = r"#\d+ (?:" + ADJECTIVES + r")(?: " + _ITEM + r")?"
_LIST = r"(?P<list>" + _PART + r"(?:,? (?:and )?" + _PART + r")*)"
_HOLD = r"(?:contains|has|holds|is filled with|contain|have|hold)"
_NAME = r"(?:[a-e]|i{1,3}|iv|#[1-5])"
_ORD = r"(?:first|second|third|fourth|fifth)"
_HELD = [
    r" (?:the )?" + _BOX + r" (?P<name>" + _NAME + r")(?: only)? " + _HOLD + r" " + _LIST,
    r" the (?P<ord>" + _ORD + r") " + _BOX + r" " + _HOLD + r" " + _LIST,
    r" " + _BOX + r"(?:e?s) (?P<n1>" + _NAME + r") and (?P<n2>" + _NAME + r") (?:each|both) "
    + _HOLD + r" " + _LIST,
    r" (?:the )?" + _BOX + r"(?:e?s) (?P<n1>" + _NAME + r") and (?P<n2>" + _NAME + r") " + _HOLD
    + r" " + _LIST + r" each"]
_THERE = r" there are #(?P<m>\d+) " + _BOX + r"(?:e?s)\b"
_CHOSEN = [
    r" (?:a|one|#1) (?:of the (?:#\d+ )?" + _BOX + r"(?:e?s) |" + _BOX + r" )is "
    r"(?:randomly |then )?(?:chosen|selected|picked)(?: at random| randomly)?\b",
    r" (?:[a-z]+ )?(?:randomly )?(?:chooses|selects|picks) (?:a|(?:one|#1) of the) (?:#\d+ )?"
    + _BOX + r"(?:e?s)?(?: at random| randomly)?\b"]
_FROM = (r"(?: (?:at random |randomly )?from (?:it|that " + _BOX + r"|the (?:chosen |selected )?"
         + _BOX + r"|this " + _BOX + r"))?")
_DRAWN = [
    r"(?:,? and| and then|\.|;|,)? (?:then )?(?:a|one|#1) " + _ITEM + r" is (?:then )?"
    r"(?:randomly )?(?:drawn|selected|chosen|picked|taken|pulled)(?: out)?(?: at random| "
    r"randomly)?" + _FROM + r"(?=[ ,.;?])",
    r"(?:,? and| and then|\.|;|,)? (?:then )?(?:(?:she|he|they|[a-z]+) )?(?:randomly )?"
    r"(?:draws|picks|takes|pulls|selects|chooses) (?:out )?(?:a|one|#1) " + _ITEM
    + r"(?: at random| randomly)?" + _FROM + r"(?=[ ,.;?])"]
_EVENT = [
    r" (?:the|this|that) " + _ITEM + r"(?: (?:drawn|selected|chosen|picked))? (?:is|will be) "
    r"(?P<kind>" + ADJECTIVES + r")\b",
    r" it is (?P<kind>" + ADJECTIVES + r")\b",
    r" (?:of )?(?:drawing|selecting|picking|getting|choosing) (?:a|an) (?P<kind>" + ADJECTIVES
    + r")(?: " + _ITEM + r")?\b",
    r" (?:a|an) (?P<kind>" + ADJECTIVES + r")(?: " + _ITEM + r")? is (?:drawn|selected|chosen|"
    r"picked)\b"]
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
# shared with `transfers` (an item moved between two such containers, then drawn)
BOX, CONTAINER_HELD, CONTAINER_ITEM, CONTAINER_NAME, ORDINAL = _BOX, _HELD, _ITEM, _NAME, _ORDINAL


def colour_event(w: Wording) -> list[re.Match[str]]:
    """The colour asked of the item drawn ("the ball is red", "of drawing a red ball"),
    taken out of `w`."""
    return [m for p in _EVENT for m in w.take(p)]


def contents(said: str) -> dict[str, int]:
    """A container's items by colour: "#3 red balls and #2 white" -> {red: 3, white: 2}."""
    return _contents(said)


def _contents(said: str) -> dict[str, int]:
    kinds: dict[str, int] = {}
    for n, colour in re.findall(r"#(\d+) (" + ADJECTIVES + r")\b", said):
        if colour in kinds:
            raise Decline("a colour listed twice for one container")
        kinds[colour] = int(n)
    return kinds


def two_stage(split: Split, template: str) -> Result | None:
    if not quick(template, "probability", "chance") or not re.search(
            r"\b(?:first|second|(?:" + _BOX[3:-1] + r") (?:[a-e]|i{1,3}|iv|\d))\b", template):
        return None
    w = Wording.of(split, template)
    held = [m for p in _HELD for m in w.take(p)]
    there = w.take(_THERE)
    chosen = [m for p in _CHOSEN for m in w.take(p)]
    drawn = [m for p in _DRAWN for m in w.take(p)]
    ask = w.take(ASK)
    event = [m for p in _EVENT for m in w.take(p)]
    if len(held) < 2 and not any(m.groupdict().get("n1") for m in held) or len(chosen) != 1 \
            or len(drawn) != 1 or len(ask) != 1 or len(event) != 1 or len(there) > 1 or \
            not w.only_glue({"if", "then", "and", "each", "both", "while", "whereas", "other"}):
        return None
    boxes: dict[str, dict[str, int]] = {}
    for m in held:
        g = m.groupdict()
        names = [g[k] for k in ("name", "n1", "n2") if g.get(k)] or [str(_ORDINAL[g["ord"]])]
        for name in names:
            if name in boxes:
                raise Decline("a container described twice")
            boxes[name] = _contents(m.group("list"))
    if there and int(there[0].group("m")) != len(boxes):
        raise Decline("the containers described are not the containers said")
    if any(m.groupdict().get("ord") for m in held) and sorted(boxes) != [
            str(i) for i in range(1, len(boxes) + 1)]:
        raise Decline("the first, second ... containers are not all described")
    kind = event[0].group("kind")
    if not any(kind in b for b in boxes.values()) or any(sum(b.values()) == 0
                                                        for b in boxes.values()):
        raise Decline("a colour no container has, or an empty container")
    return _solve(boxes, kind)


def _solve(boxes: dict[str, dict[str, int]], kind: str) -> Result:
    m = len(boxes)
    if not 2 <= m <= 6 or any(sum(b.values()) > 200 for b in boxes.values()):
        raise Decline("a few containers of modest size")
    shares = {name: Fraction(b.get(kind, 0), sum(b.values())) for name, b in boxes.items()}
    value = sum(shares.values(), Fraction(0)) / m
    # second method: copy each container's items until all hold L of them; then every
    # (container, item) pair is equally likely, and the favourable ones are counted
    size = lcm(*(sum(b.values()) for b in boxes.values()))
    space = favourable = 0
    for b in boxes.values():
        items = [c for c, n in b.items() for _ in range(n)]
        copies = size // len(items)
        for c in items:
            space += copies
            favourable += copies * (c == kind)
    v = sp.Rational(value.numerator, value.denominator)
    confirm.probability(v, favourable, space, f"a {kind} item (listing {space} equally likely "
                        f"outcomes, each container's items copied to {size})")

    def tex(f: Fraction) -> str:
        return latex(sp.Rational(f.numerator, f.denominator))
    each = ", ".join(f"${tex(Fraction(b.get(kind, 0), sum(b.values())))}$" for b in boxes.values())
    inner = " + ".join(f"\\frac{{{b.get(kind, 0)}}}{{{sum(b.values())}}}" for b in boxes.values())
    claim = f"\\frac{{1}}{{{m}}}\\left({inner}\\right) = {latex(v)}"
    return v, [
        step("the chance in each container", "Once a container is chosen, every item in it is "
             "equally likely.", f"The chance of a {kind} item from each of the {m} containers: "
             f"{each}.", ""),
        step("total probability", f"Each container is chosen with probability 1/{m}; add the "
             "chances over the containers.", f"${claim}$", claim)]


__all__ = ["BOX", "CONTAINER_HELD", "CONTAINER_ITEM", "CONTAINER_NAME", "ORDINAL",
           "colour_event", "contents", "two_stage"]
