"""Reader of dice (or spinners, read as dice by `spinners.as_dice`) whose numbers become the
digits of a number: "Two fair six-sided dice are rolled. The first die gives the tens digit
and the second die gives the units digit of a two-digit number. What is the probability that
the number is a multiple of 4?", "A spinner with four equal sections numbered 1, 2, 3 and 4
is spun twice. The first spin is the tens digit and the second spin is the units digit ...",
"Tom rolls two standard dice and makes a two-digit number with the two numbers he rolls, in
either order. What is the probability that he can make a number between 30 and 40,
inclusive?".

Every outcome of the dice is equally likely. With the places told, the number is the dice
read in those places; "in either order" asks whether some order of the two numbers makes a
number with the property ("can make"). The favourable outcomes are counted by the place
values and again by writing each outcome's digits as text and reading the number back.
Faces above 9 are not digits; "makes a prime" with either order and no "can" says neither
which order nor whether one may choose, and is declined.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import permutations, product

from tutor.reasoning.symbolic.combinatorics import spinners
from tutor.reasoning.symbolic.combinatorics.chance import ASK, FAIR, answer
from tutor.reasoning.symbolic.combinatorics.events import PROPERTY, predicate
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_DICE = (r" (?:(?P<name>[a-z]+) (?:rolls|throws) )?#(?P<k>[23]) " + FAIR
         + r"(?:#(?P<s>\d+)-sided )?" + FAIR + r"dice(?: are (?:rolled|thrown))?\b")
_PLACE = r"(?P<{}>hundreds|tens|units|ones)"
_ITEM = r"(?:(?:die|dice|spin|roll|number) )?(?:gives |is |will be |forms |makes |becomes )?"
_FIXED = (r"[.,:]? the first " + _ITEM + r"the " + _PLACE.format("p1") + r" digit(?:,| and|,"
          r" and) the second " + _ITEM + r"the " + _PLACE.format("p2") + r" digit(?:,? and the "
          r"third " + _ITEM + r"the " + _PLACE.format("p3") + r" digit)?")
_NUMBER = (r",? (?:(?:to|and) (?:form|make)s? |(?:of|for) |(?:makes|forms) )an? #(?P<d>[23])"
           r"[- ]digit (?:number|integer)\b")
_WITH = (r" (?:with|from|using) (?:the #2 numbers (?:he|she|they|[a-z]+) (?:rolls|rolled)|them|"
         r"the #2 numbers)\b")
_EITHER = (r",? (?:in either order|(?:he|she|they|[a-z]+) (?:can|may) (?:put|use) them in "
           r"either order)\b")
_BETWEEN = r"between #(?P<lo>\d+) and #(?P<hi>\d+),? inclusive\b"
_IS_NUMBER = r" (?:that )?the (?:#[23]-digit )?(?:number|integer) (?:formed |made )?"
_CAN = (r" (?:that )?(?:he|she|they|[a-z]+) (?:can|will be able to|is able to) (?:make|form) "
        r"an? (?:(?P<adj>prime|even|odd) )?(?:number|integer)(?: that is)?")
# typed casually: "whats the probability she can make ..."
_ASK_WHO = r" (?:what is |find |compute )?the (?:probability|chance)(?= (?:he|she|they) )"
_GLUE = {"what", "is", "whats", "that", "and", "he", "she", "they"}
_PLACES = {"hundreds": 100, "tens": 10, "units": 1, "ones": 1}


def dice_digits(split: Split, template: str) -> Result | None:
    if not quick(template, "digit") or not quick(template, "probability", "chance") or \
            not quick(template, "dice", "spin"):
        return None
    w = Wording.of(split, template)
    w.text = spinners.as_dice(w.text, template)
    dice, fixed, number = w.take(_DICE), w.take(_FIXED), w.take(_NUMBER)
    withs, either = w.take(_WITH), w.take(_EITHER)
    ask = w.take(ASK) or w.take(_ASK_WHO)
    fixed_q, can_q = w.take(_IS_NUMBER), w.take(_CAN)
    between = w.take(r" " + _BETWEEN)
    prop = [] if between or any(m.group("adj") for m in can_q) else w.take(PROPERTY)
    if len(dice) != 1 or len(number) != 1 or len(ask) != 1 or len(fixed) + len(either) != 1 \
            or len(fixed_q) + len(can_q) != 1 or bool(fixed) != bool(fixed_q) \
            or len(withs) > 1 or len(between) + len(prop) + any(
                m.group("adj") for m in can_q) != 1 or not w.only_glue(_GLUE):
        return None
    k, s, d = int(dice[0].group("k")), int(dice[0].group("s") or 6), int(number[0].group("d"))
    if k != d:
        raise Decline("as many dice as digits")
    if not 2 <= s <= 9:
        raise Decline("faces that are digits")
    test, what = _test(between, prop, can_q)
    outcomes = list(product(range(1, s + 1), repeat=k))
    if fixed:
        g = fixed[0].groupdict()
        places = [_PLACES[g[p]] for p in ("p1", "p2", "p3") if g[p]]
        if sorted(places) != [10 ** i for i in range(k)]:
            raise Decline("each die one place of the number")
        good = sum(test(sum(p * f for p, f in zip(places, o, strict=True))) for o in outcomes)
        order = sorted(range(k), key=lambda i: -places[i])
        second = sum(test(int("".join(str(o[i]) for i in order))) for o in outcomes)
        hint = "Read each outcome's numbers in their places and test the number."
    else:
        if k != 2:
            raise Decline("two dice in either order")
        good = sum(test(10 * a + b) or test(10 * b + a) for a, b in outcomes)
        second = sum(any(test(int("".join(map(str, p)))) for p in permutations(o))
                     for o in outcomes)
        hint = "An outcome counts when one of the two orders of its numbers makes such a number."
    return answer(good, len(outcomes), f"the number is {what}", second,
                  "writing each outcome's digits and reading the number back", hint,
                  f"{s}^{{{k}}}")


def _test(between: list[re.Match[str]], prop: list[re.Match[str]],
          can_q: list[re.Match[str]]) -> tuple[Callable[[int], bool], str]:
    """The property asked of the number, and its words."""
    if between:
        lo, hi = int(between[0].group("lo")), int(between[0].group("hi"))
        return (lambda v: lo <= v <= hi), f"between {lo} and {hi}"
    adj = can_q[0].group("adj") if can_q else None
    said = re.fullmatch(PROPERTY, adj) if adj else prop[0]
    if said is None:
        raise Decline("a property of a number")
    return predicate(said)


__all__ = ["dice_digits"]
