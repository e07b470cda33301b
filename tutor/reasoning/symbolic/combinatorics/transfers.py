"""Reader of a transfer between two containers, then a draw: one item is taken at random
from one container and put into the other, then one item is drawn at random from the
container that received it; the event is the colour of that item.

Phrasings reached: "Bag A contains 2 red balls and 3 green balls, and bag B contains 4 red
balls and 1 green ball. A ball is chosen at random from bag A and moved into bag B. Then a
ball is drawn at random from bag B. What is the probability that it is red?", "Jar 1 holds
5 white and 3 black marbles; jar 2 holds 2 white and 2 black marbles. One marble is
transferred at random from jar 1 to jar 2, and a marble is then drawn from jar 2 ...",
"... the first box ... the second box ... of drawing a blue ball".

Both containers are told by name (a letter, a numeral, first / second) and are different;
the draw is from the container that received the item. The chance is the total probability
over the colour moved; it is confirmed by listing every (item moved, item drawn) pair of
labelled items, all equally likely because the receiving container always holds one more
item than it started with.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.chance import ASK
from tutor.reasoning.symbolic.combinatorics.two_stage_draws import (
    BOX,
    CONTAINER_HELD,
    CONTAINER_ITEM,
    CONTAINER_NAME,
    ORDINAL,
    colour_event,
    contents,
)
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_ONE = r"(?:a|one|#1) " + CONTAINER_ITEM
_WHERE = (r"(?:the )?(?:" + BOX + r" (?P<KEY>" + CONTAINER_NAME + r")|(?P<KEYo>first|second) "
          + BOX + r")")


def _where(key: str) -> str:
    """A container named: "bag B", "jar 1", "the first box" (groups `key`, `key`o)."""
    return _WHERE.replace("KEY", key)



_AT_RANDOM = r"(?: at random| randomly)?"
_MOVED = [  # "a ball is chosen at random from bag A and moved into bag B"
    r" " + _ONE + r" is (?:randomly )?(?:chosen|selected|picked|taken|drawn)" + _AT_RANDOM
    + r" from " + _where("a") + r",? and (?:is )?(?:then )?(?:moved|put|placed|"
    r"transferred) (?:in|into|to) " + _where("b") + r"(?=[ ,.;?])",
    # "one marble is transferred at random from jar 1 to jar 2"
    r" " + _ONE + r" is (?:randomly )?(?:moved|transferred|taken)" + _AT_RANDOM + r" from "
    + _where("a") + r" (?:to|into) " + _where("b") + r"(?=[ ,.;?])",
    # "sam moves a random marble from bag A to bag B"
    r" (?:[a-z]+ )?(?:randomly )?(?:moves|transfers|takes) (?:a (?:random )?|one |#1 )"
    + CONTAINER_ITEM + _AT_RANDOM + r" from " + _where("a") + r",? (?:and puts it )?"
    r"(?:to|into|in) " + _where("b") + r"(?=[ ,.;?])"]
_DRAWN = [
    r"(?:,? and| and then|\.|;|,)? (?:then )?" + _ONE + r" is (?:then )?(?:randomly )?(?:drawn|"
    r"selected|chosen|picked|taken|pulled)(?: out)?" + _AT_RANDOM + r" from " + _where("d")
    + r"(?=[ ,.;?])",
    r"(?:,? and| and then|\.|;|,)? (?:then )?(?:(?:she|he|they|[a-z]+) )?(?:randomly )?"
    r"(?:draws|picks|takes|pulls|selects|chooses) (?:out )?" + _ONE + _AT_RANDOM + r" from "
    + _where("d") + r"(?=[ ,.;?])"]
# "the ball drawn from bag B is red": the event names the container drawn from
_FROM_EVENT = (r" the " + CONTAINER_ITEM + r" (?:drawn|selected|chosen|picked|taken) from "
               + _where("e") + r" (?:is|will be) (?P<kind>[a-z]+)\b")


def _name(m: re.Match[str], key: str) -> str | None:
    g = m.groupdict()
    if g.get(key):
        return str(g[key])
    return str(ORDINAL[g[key + "o"]]) if g.get(key + "o") else None


def transfer(split: Split, template: str) -> Result | None:
    if not quick(template, "probability", "chance") or not quick(
            template, "moved", "moves", "transferred", "transfers", "put", "placed"):
        return None
    w = Wording.of(split, template)
    held = [m for p in CONTAINER_HELD for m in w.take(p)]
    moved = [m for p in _MOVED for m in w.take(p)]
    drawn = [m for p in _DRAWN for m in w.take(p)]
    ask = w.take(ASK)
    from_event = w.take(_FROM_EVENT)
    event = from_event or colour_event(w)
    if len(held) != 2 or len(moved) != 1 or len(drawn) != 1 or len(ask) != 1 \
            or len(event) != 1 or not w.only_glue({"then", "and", "while", "whereas", "other"}):
        return None
    boxes: dict[str, dict[str, int]] = {}
    for m in held:
        g = m.groupdict()
        if g.get("n1"):
            raise Decline("two containers told apart")
        name = g["name"] if g.get("name") else str(ORDINAL[g["ord"]])
        if name in boxes:
            raise Decline("a container described twice")
        boxes[name] = contents(m.group("list"))
    source, target = _name(moved[0], "a"), _name(moved[0], "b")
    drawn_from = {_name(drawn[0], "d")} | {_name(m, "e") for m in from_event}
    if source == target or {source, target} != set(boxes) or drawn_from != {target}:
        raise Decline("an item moved from one container into the other, then drawn from the "
                      "container that received it")
    kind = event[0].group("kind")
    if not any(kind in b for b in boxes.values()):
        raise Decline("a colour no container has")
    return _solve(boxes[str(source)], boxes[str(target)], kind)


def _solve(source: dict[str, int], target: dict[str, int], kind: str) -> Result:
    n, t = sum(source.values()), sum(target.values())
    if not 1 <= n <= 200 or t > 200:
        raise Decline("containers of modest size")
    has = target.get(kind, 0)
    value = sum((Fraction(count, n) * Fraction(has + (colour == kind), t + 1)
                 for colour, count in source.items()), Fraction(0))
    v = sp.Rational(value.numerator, value.denominator)
    # second method: every (item moved, item drawn) pair of labelled items
    moved_items = [c for c, k in source.items() for _ in range(k)]
    kept = [c for c, k in target.items() for _ in range(k)]
    favourable = sum(1 for item in moved_items for drawn in [*kept, item] if drawn == kind)
    confirm.probability(v, favourable, n * (t + 1), f"a {kind} item drawn after the move "
                        f"(listing every item moved and item drawn)")
    terms = [f"\\frac{{{count}}}{{{n}}} \\cdot \\frac{{{has + (colour == kind)}}}{{{t + 1}}}"
             for colour, count in source.items() if count]
    claim = " + ".join(terms) + f" = {latex(v)}"
    return v, [
        step("what is moved", "Split by the colour of the item moved: each item of the first "
             "container is equally likely.", "The item moved is " + ", ".join(
                 f"{colour} with probability $\\frac{{{count}}}{{{n}}}$"
                 for colour, count in source.items() if count) + ".", ""),
        step("the draw after the move", f"The receiving container then holds {t + 1} items; "
             f"count its {kind} ones in each case.", f"${claim}$", claim)]


__all__ = ["transfer"]
