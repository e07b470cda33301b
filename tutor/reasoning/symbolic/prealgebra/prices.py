"""Reader of a price after a percent discount (or a markup or tax), and of the price
before it: "A jacket costs \\$80. It is on sale for 25% off. What is the sale price?",
"The price of a lamp is \\$40. If you get a 15% discount, how much do you pay?", "After a
20% discount a bike costs \\$240. What was the original price?"

The price before is `p`, after is `q`; the discount says q = p (1 - r/100) (a markup
or tax: 1 + r/100). "A coat costs \\$60 after a 25% discount", "the sale price of a coat is
\\$60 after a 25% discount": the price before asked. Solved and confirmed by `Story`; a negative
price, or a price before that is not a whole number of cents, declines.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import wording
from tutor.reasoning.symbolic.prealgebra.relations import Story
from tutor.reasoning.symbolic.prealgebra.wording import NUM

P, Q = sp.symbols("p q")
_ITEM = (r"(?:a|an|the) [a-z]+(?: (?!(?:is|costs|sells|was|after|of|regularly|normally|usually)\b)"
         r"[a-z]+)?")
_PRICE = (rf" (?:the (?:original |regular |usual )?price of {_ITEM} is|{_ITEM} (?:costs|is "
          rf"priced at|sells for|is marked(?: at)?|regularly costs|normally costs|usually costs))"
          rf" (?P<n>{NUM})(?: dollars)?(?=[ .,])")
_CUT = (rf" (?:(?:it|{_ITEM}) is (?:on sale|discounted|marked down) (?:for|at|by) (?P<p>{NUM}) "
        rf"percent(?: off)?|(?:if|when) (?:you get|there is|it has|it gets) an? (?P<p2>{NUM}) "
        rf"percent (?P<what>discount|markup|price increase|tax))(?=[ .,])")
_AFTER = (rf" (?:after an? (?P<p>{NUM}) percent (?P<what>discount|markup|price increase),? "
          rf"{_ITEM} (?:costs|sells for|is priced at)|{_ITEM} (?:costs|sells for) (?P<q2>{NUM})"
          rf"(?: dollars)? after an? (?P<p2>{NUM}) percent (?P<what2>discount|markup)"
          # "the sale price of a coat is $60 after a 25% discount"
          rf"|the (?:(?:sale|discounted) price of {_ITEM} is (?P<q3>{NUM})(?: dollars)? after an? "
          rf"(?P<p3>{NUM}) percent (?P<what3>discount)|new price of {_ITEM} is (?P<q4>{NUM})"
          rf"(?: dollars)? after an? (?P<p4>{NUM}) percent (?P<what4>discount|markup)))"
          rf"(?: (?P<q>{NUM})(?: dollars)?)?(?=[ .,])")
_ASK_AFTER = (rf" (?:what is the (?:sale|new|discounted|final) price(?: of {_ITEM})?|how much "
              rf"(?:do|does|will|would) (?:you|he|she|they|we|i) (?:have to |need to )?pay"
              rf"(?: for (?:it|{_ITEM}))?(?: after the (?:discount|markup|tax))?|how much does "
              rf"(?:it|{_ITEM}) cost (?:now|on sale|after the discount))\s*[?.]? $")
_ASK_BEFORE = (rf" (?:what was (?:the|its) (?:original|regular|usual) price(?: of {_ITEM})?"
               rf"|how much "
               rf"did (?:it|{_ITEM}) cost (?:before the (?:discount|markup)|originally))"
               rf"\s*[?.]? $")


def prices(split: Split, template: str) -> Result | None:
    if not re.search(r"%|percent|\\%", template + " ".join(split.maths)) or \
            not re.search(r"\b(?:price|pay|cost|costs|sale)\b", template):
        return None
    w = wording.of(split, template)
    story = Story([P, Q])
    if w.find(_PRICE) and w.find(_CUT) and w.find(_ASK_AFTER):
        price, cut, _ = w.take_one(_PRICE), w.take_one(_CUT), w.take_one(_ASK_AFTER)
        if price is None or cut is None:
            return None
        what = cut.group("what") or "discount"
        rate = sp.Rational(wording.value(cut.group("p") or cut.group("p2")))
        story.state(P, sp.Rational(wording.value(price.group("n"))), "the price before")
        target, asked = Q, "the price after"
    elif w.find(_AFTER) and w.find(_ASK_BEFORE):
        after, _ = w.take_one(_AFTER), w.take_one(_ASK_BEFORE)
        if after is None:
            return None
        what = next(g for k in ("what", "what2", "what3", "what4") if (g := after.group(k)))
        rate = sp.Rational(wording.value(next(g for k in ("p", "p2", "p3", "p4")
                                              if (g := after.group(k)))))
        told = [g for k in ("q", "q2", "q3", "q4") if (g := after.group(k))]
        if len(told) != 1:
            return None
        q = told[0]
        story.state(Q, sp.Rational(wording.value(q)), "the price after")
        target, asked = P, "the price before"
    else:
        return None
    if not w.only_glue(frozenset({"and"})):
        return None
    items = {m.split()[-1] for m in re.findall(_ITEM, " ".join(w.taken))
             if not {"price", "sale"} & set(m.split())}
    if len(items) > 1:
        raise Decline("the price of which thing")
    up = what in ("markup", "price increase", "tax")
    if not up and rate > 100:
        raise Decline("a discount of more than the price")
    story.state(Q, sp.Mul(P, 1 + (rate if up else -rate) / 100, evaluate=False),
                f"a {rate} percent {what}")
    answer, steps = story.solve(lambda _sol: target, asked)
    if target == P and not (isinstance(answer, sp.Rational) and (answer * 100).is_integer):
        raise Decline("a price that is not a whole number of cents")
    return answer, steps


__all__ = ["prices"]
