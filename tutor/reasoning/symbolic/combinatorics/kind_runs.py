"""Reader of a bag emptied one thing at a time, asked the chance that every colour comes out
in one run: "A bag contains 2 red, 3 green and 2 white chips. If all 7 chips are drawn one at
a time without replacement, what is the probability that the chips of each colour are drawn
consecutively?", "... the 2 blue ones come out consecutively and the 3 yellow ones come out
consecutively".

Every order of the things is equally likely. An order with each colour in one run is an
order of the k runs (k!) times the orders inside each run (n_1! n_2! ...), out of N! orders:
k! n_1! n_2! ... / N!. Confirmed by listing every order of the colours (things of one colour
not told apart, each colour order equally likely) and counting those with k - 1 changes of
colour. All of the things must be drawn, one at a time and without putting any back; every
colour must be asked about (some colours only is another count, declined).
"""

from __future__ import annotations

from fractions import Fraction
from math import factorial, prod

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.chance import ASK
from tutor.reasoning.symbolic.combinatorics.kind_blocks import one_run_orders
from tutor.reasoning.symbolic.combinatorics.urn_wording import (
    CONTAINER,
    STOCK_PHRASES,
    singular_kind,
    stock_counts,
)
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_DRAWN = r"(?:drawn|taken out|removed|pulled out|picked|taken)"
_ALL_DRAWN = [
    r"(?: if| when)? (?:(?P<all>all) (?:#(?P<n1>\d+) |of the |the )?(?P<w1>[a-z]+)|the "
    r"#(?P<n2>\d+) (?P<w2>[a-z]+)) (?:are|will be|get) (?:randomly )?" + _DRAWN + r"\b",
    r"(?: if| when)? (?:i|you|we|he|she|they) (?:take|takes|draw|draws|pull|pulls|remove|"
    r"removes) (?:them all|all of them|all the (?P<w3>[a-z]+)|all #(?P<n3>\d+) "
    r"(?P<w4>[a-z]+))(?: out)?\b"]
_ONE_AT_A_TIME = r",? (?:and )?(?:#1 at a time|#1 by #1|#1 after another)\b"
_AT_RANDOM = r",? (?:at random|randomly)\b"
_WITHOUT = (r",? (?:and )?without (?:replacement|replacing (?:any|them)|putting (?:any|them|it|"
            r"any of them) back)\b")
_FROM = r" (?:from|out of) (?:the|this|that) " + CONTAINER + r"\b"
_RUN = (r"(?:are|is|get|will be|come out|comes out|will come out|are all)(?: " + _DRAWN
        + r")? (?:consecutively|one after (?:the other|another)|in a row)\b")
_EVERY = (r" (?:all )?(?:the )?(?P<noun>[a-z]+) (?:of|in) (?:each|every|the same) colour "
          + _RUN)
_EACH = (r"(?:,? (?:and|so that))? (?:all )?the (?:#(?P<k>\d+) )?(?P<c>[a-z]+) (?P<noun>[a-z]+) "
         + _RUN)
# "... that the chips are drawn in such a way that the 3 tan chips are drawn consecutively"
_SUCH = r" (?:the [a-z]+ (?:are|will be) " + _DRAWN + r" )?in such a way that\b"
_GLUE = {"if", "when", "what", "is", "whats", "that", "and", "then", "out", "of", "them", "all"}
_LIST = 200_000


def kind_runs(split: Split, template: str) -> Result | None:
    if not quick(template, "consecutive", "in a row", "one after") or not quick(
            template, "probability", "chance"):
        return None
    w = Wording.of(split, template)
    w.pronoun_i()
    stock = [m for p in STOCK_PHRASES[:1] for m in w.take(p)]
    drawn = [m for p in _ALL_DRAWN for m in w.take(p)]
    one, without = w.take(_ONE_AT_A_TIME), w.take(_WITHOUT)
    w.take(_AT_RANDOM)
    w.take(_FROM)
    ask = w.take(ASK)
    w.take(_SUCH)
    every, each = w.take(_EVERY), w.take(_EACH)
    if len(stock) != 1 or len(drawn) != 1 or len(one) != 1 or len(without) != 1 or \
            len(ask) != 1 or bool(every) == bool(each) or len(every) > 1 or \
            not w.only_glue(_GLUE):
        return None
    kinds, nouns = stock_counts(stock[0])
    total = sum(kinds.values())
    d = drawn[0].groupdict()
    said = [int(x) for x in (d.get("n1"), d.get("n2"), d.get("n3")) if x]
    if any(x != total for x in said):
        raise Decline("not every thing in the bag is drawn")
    named = {singular_kind(x) for x in (d.get("w1"), d.get("w3"), d.get("w4"),
                                        d.get("w2")) if x} - {"them", "thing"}
    asked = {singular_kind(e.group("noun")) for e in every + each} - {"one"}
    if len(nouns | named | asked) > 1 or len(kinds) < 2:
        raise Decline("things of one kind, in two colours or more")
    if each:
        colours = [singular_kind(e.group("c")) for e in each]
        if sorted(colours) != sorted(kinds) or any(
                e.group("k") and int(e.group("k")) != kinds[singular_kind(e.group("c"))]
                for e in each):
            raise Decline("every colour in one run, each named once with its count")
    sizes = list(kinds.values())
    k = len(sizes)
    good = factorial(k) * prod(factorial(n) for n in sizes)
    p = Fraction(good, factorial(total))
    _confirm(sizes, p)
    value = sp.Rational(p.numerator, p.denominator)
    inside = " \\cdot ".join(f"{n}!" for n in sizes)
    claim = f"\\frac{{{k}! \\cdot {inside}}}{{{total}!}} = {latex(value)}"
    return value, [step("count the orders with each colour in one run", f"The {k} colours' "
                        f"runs can come in {k}! orders and the things inside each run in any "
                        f"order, out of the {total}! equally likely orders of all the things.",
                        f"${claim}$", claim)]


def _confirm(sizes: list[int], p: Fraction) -> None:
    """Every order of the colours (each equally likely when the things are not told apart),
    counting those with one run per colour."""
    runs = one_run_orders(sizes, _LIST)
    orders = factorial(sum(sizes)) // prod(factorial(n) for n in sizes)
    confirm.check(Fraction(runs, orders) == p,
                  "listing every order of the colours gives the same chance")


__all__ = ["kind_runs"]
