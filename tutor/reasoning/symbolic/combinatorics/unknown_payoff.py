"""Reader of a one-draw game whose bag has an unknown count of one kind, found from the told
expected winnings: "A bag has 4 green balls and k red balls, where k is a positive integer. A
ball is drawn at random. If it is green you win 3 dollars, and if it is red you lose 1
dollar. If the expected amount won is 1 dollar, what is k?".

The payoffs are read as in `draw_payoffs` ("if it is green you win 3 dollars", "a gold coin
wins $\\$4$", "drawing a black ball loses 3 dollars"); each of the two kinds gets one. With a
known and k unknown, the expected value is (a * pay_a + k * pay_b) / (a + k); every k from 1
up is tried and the one k that gives the told value is the answer (none or several:
declined). It is confirmed by listing the payoff of every labelled item and taking the mean.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.draw_payoffs import DRAW_RULES, ONE_DRAWN, as_rational
from tutor.reasoning.symbolic.combinatorics.payoffs import GAIN, payoff_of
from tutor.reasoning.symbolic.combinatorics.unknown_stock import (
    BOX,
    UNKNOWN,
    letter_of,
    the_one_count,
)
from tutor.reasoning.symbolic.combinatorics.urn_wording import singular_kind
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_STOCK = (BOX + r" (?:has|contains|holds|with) #(?P<known>\d+) (?P<a>[a-z]+) (?P<noun>[a-z]{3,}s)"
          r" and " + UNKNOWN + r" (?P<b>[a-z]+) (?P<noun2>[a-z]{3,}s)(?: in it)?\b")
_POSITIVE = r",? (?:where )?(?:@\d+@|[nkmx]) (?:is )?an? (?:unknown )?positive integer\b"
# "a gold coin wins $4", "drawing a black ball loses 3 dollars"
_SAID_RULE = (r"(?:^|(?<=[.;,:])|(?<= and))\s*(?:and |but )?(?P<drawing>drawing )?(?:a|an) "
              r"(?P<k>[a-z]+) [a-z]+ " + GAIN + r"(?= ?[.;,?]| and\b)")
_TOLD = (r"(?:if )?the expected (?:amount won|amount of money won|winnings?|value of (?:the|your) "
         r"winnings)(?: for playing (?:the|this) game)? (?:is|are) (?:#(?P<count>\d+) dollars?|"
         r"#(?P<cents>\d+) cents|@(?P<money>\d+)@(?: dollars?)?)")
EXPECTED_ASK = r"(?:then )?(?:what is|find|determine) (?P<aq>@\d+@|[nkmx])(?= ?[?.]? $)"


def unknown_payoff(split: Split, template: str) -> Result | None:
    if not quick(template, "expected") or not quick(template, "win", "lose"):
        return None
    w = Wording.of(split, template)
    stock = w.take(_STOCK)
    w.take(_POSITIVE)
    one = w.take(ONE_DRAWN)
    rules = [m for p in [*DRAW_RULES, _SAID_RULE] for m in w.take(p)]
    told, ask = w.take(_TOLD), w.take(EXPECTED_ASK)
    if not one and rules and all(r.groupdict().get("drawing") for r in rules):
        one = rules[:1]  # "drawing a white ball wins 5 dollars": one item drawn
    if len(stock) != 1 or len(one) != 1 or len(rules) != 2 or len(told) != 1 or len(ask) != 1:
        return None
    s = stock[0]
    if singular_kind(s.group("noun")) != singular_kind(s.group("noun2")):
        return None
    w.take(r" (?:" + s.group("noun") + r"|" + singular_kind(s.group("noun")) + r")\b")
    if not w.only_glue({"dollars", "dollar", "in", "of"}):
        return None
    letter = s.group("letter")
    if letter is None or letter_of(w, letter) != letter_of(w, ask[0].group("aq")):
        raise Decline("the letter asked for is not the unknown count")
    a, b = singular_kind(s.group("a")), singular_kind(s.group("b"))
    pays: dict[str, Fraction] = {}
    for r in rules:
        kind = singular_kind(r.groupdict().get("k") or r.groupdict().get("k2") or "")
        if kind not in (a, b) or kind in pays or r.group("that"):
            raise Decline("a payoff for a kind the bag does not have, or said twice")
        pays[kind] = payoff_of(w, r, None)(0)
    mean = _money(w, told[0])
    known = int(s.group("known"))
    k = the_one_count(lambda n: Fraction(known * pays[a] + n * pays[b], known + n) == mean,
                      "no one count gives that expected value")
    items = [pays[a]] * known + [pays[b]] * k
    confirm.check(sum(items, Fraction(0)) / len(items) == mean,
                  "the mean payoff over every item is the told expected value")
    claim = (f"\\frac{{{known} \\cdot ({sp.latex(as_rational(pays[a]))}) + {k} \\cdot "
             f"({sp.latex(as_rational(pays[b]))})}}{{{known + k}}} = {sp.latex(as_rational(mean))}")
    return sp.Integer(k), [step("try every count", f"With {known} {a} and {k} {b}, the mean "
                                "payoff is the told expected value, and no other count gives it.",
                                f"${claim}$", claim)]


def _money(w: Wording, m: re.Match[str]) -> Fraction:
    if m.group("count"):
        return Fraction(int(m.group("count")))
    if m.group("cents"):
        return Fraction(int(m.group("cents")), 100)
    src = w.maths[int(m.group("money"))].strip()
    cash = re.fullmatch(r"(?:\\\$\s*)?(-?\d+(?:\.\d+)?)", src)
    if not cash:
        raise Decline("an expected value in dollars")
    return Fraction(cash.group(1))


__all__ = ["unknown_payoff"]
