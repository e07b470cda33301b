"""Reader of a game on one draw from a bag of items of several kinds, with a payoff for each
kind drawn: the expected winnings.

The stock is read as in `urn_wording` ("a bag has 3 red marbles and 2 blue marbles"); one
item is drawn ("one marble is drawn at random"); each rule says what the player wins or loses
for one kind ("you win $\\$5$ if it is red", "if a blue marble is drawn, you lose $\\$3$",
"otherwise you win nothing"). Every kind must get exactly one payoff. The expected value is
the mean payoff over the items, confirmed as the sum over the kinds of (count / total) times
the kind's payoff.

Phrasings reached: "A bag has 3 red marbles and 2 blue marbles. One marble is drawn at
random. You win $\\$5$ if it is red and lose $\\$3$ if it is blue. What is the expected value
of your winnings?", "... If a green ball is drawn, the player wins 2 dollars, but if a purple
ball is drawn, the player loses 2 dollars ...".
"""

from __future__ import annotations

from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.payoffs import EXPECTED_ASK, GAIN, payoff_of
from tutor.reasoning.symbolic.combinatorics.urn_wording import (
    STOCK_PHRASES,
    singular_kind,
    stock_counts,
)
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_WHO = r"(?:(?:i|you|we|he|she|they|the player) )?"
ONE_DRAWN = (r" (?:a|an|one|#1) (?:[a-z]+ )?is (?:then )?(?:randomly )?(?:drawn|chosen|selected|"
        r"picked|taken|pulled out)(?: at random)?(?: from (?:the|that) [a-z]+)?\b"
        r"| (?:[a-z]+ )?(?:draws|picks|chooses|selects|takes|pulls out) (?:a|an|one|#1) "
        r"(?:[a-z]+ )?(?:at random)?\b")
_KIND = (r"(?:it is (?:an? )?(?P<k>[a-z]+)(?: one)?|(?:a|an|the) (?P<k2>[a-z]+) (?:[a-z]+ )?is "
         r"(?:drawn|chosen|selected|picked|taken))")
DRAW_RULES = [r"(?:^|(?<=[.;,]))\s*(?:but |and |then )?(?:if|when) " + _KIND + r",? (?:then )?"
          + _WHO + GAIN + r"(?= ?[.;,?]| and\b)",
          r"(?:^|(?<=[.;,])|(?<= and))\s*(?:but |and |then )?" + _WHO + GAIN + r",? (?:if|when) "
          + _KIND + r"(?= ?[.;,?]| and\b)"]
_ELSE = r"(?:^|(?<=[.;,]))\s*(?:but |and )?otherwise,? " + _WHO + GAIN + r"(?= ?[.;,?])"


def draw_payoffs(split: Split, template: str) -> Result | None:
    if not quick(template, "expected") or not quick(template, "win", "lose", "pay", "gain"):
        return None
    w = Wording.of(split, template)
    stock = [m for p in STOCK_PHRASES for m in w.take(p)]
    one = w.take(ONE_DRAWN)
    rules = [m for p in DRAW_RULES for m in w.take(p)]
    other = w.take(_ELSE)
    ask = w.take(EXPECTED_ASK)
    w.take(r"(?:^|(?<=[.;?]))\s*(?:express|give) (?:your|the) answer (?:as a dollar (?:value|"
           r"amount)|in dollars)\b")
    if len(stock) != 1 or len(one) != 1 or not rules or len(other) > 1 or len(ask) != 1:
        return None
    kinds, nouns = stock_counts(stock[0])
    for noun in nouns:  # "red marbles": the items' own name changes nothing
        w.take(r" " + noun + r"(?:s|es)?\b")
    if not w.only_glue({"dollars", "dollar", "in", "of"}):
        return None
    pays: dict[str, Fraction] = {}
    for r in rules + other:
        if r.group("that"):
            raise Decline("'that amount' for a draw of a kind")
    for r in rules:
        kind = singular_kind(r.group("k") or r.group("k2"))
        if kind not in kinds or kind in pays:
            raise Decline("a payoff for a kind the bag does not have, or said twice")
        pays[kind] = payoff_of(w, r, None)(0)
    if other:
        rest = [k for k in kinds if k not in pays]
        if not rest:
            raise Decline("'otherwise' with no kind left")
        for k in rest:
            pays[k] = payoff_of(w, other[0], None)(0)
    if set(pays) != set(kinds):
        raise Decline("a kind without a payoff")
    total = sum(kinds.values())
    items = [pays[k] for k, n in kinds.items() for _ in range(n)]
    mean = sum(items, Fraction(0)) / len(items)
    by_kind = sum((Fraction(n, total) * pays[k] for k, n in kinds.items()), Fraction(0))
    confirm.check(by_kind == mean, "the sum over the kinds of probability times payoff gives "
                  "the same expected value")
    value = as_rational(mean)
    terms = " + ".join(f"\\frac{{{n}}}{{{total}}} \\cdot ({latex(as_rational(pays[k]))})"
                       for k, n in kinds.items())
    claim = f"{terms} = {latex(value)}"
    return value, [step("weigh each payoff by its chance", f"Of the {total} items, each kind is "
                        "drawn with chance (its count)/(all); multiply by its payoff and add.",
                        f"${claim}$", claim)]


def as_rational(v: Fraction) -> sp.Rational:
    return sp.Rational(v.numerator, v.denominator)


__all__ = ["DRAW_RULES", "ONE_DRAWN", "as_rational", "draw_payoffs"]
