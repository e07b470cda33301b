"""Reader of two urns of the same two colours, one count in the second unknown, found from the
told chance that one ball from each urn matches: "One urn has 3 red balls and 5 white balls. A
second urn has 6 red balls and N white balls. One ball is drawn at random from each urn. The
probability that the two balls are the same colour is 1/2. Find N."

The chance of a match with N is (r1 r2 + w1 w2) / ((r1 + w1)(r2 + w2)) (or one minus it for
"different colours"); every N from 1 up is tried and the one N that gives the told chance is
the answer (none or several: declined). It is confirmed by listing every pair of labelled
balls, one from each urn, and counting the pairs of one colour.
"""

from __future__ import annotations

from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.trial_wording import chance
from tutor.reasoning.symbolic.combinatorics.unknown_stock import letter_of, the_one_count
from tutor.reasoning.symbolic.combinatorics.urn_wording import CONTAINER, singular_kind
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_HAS = r" (?:has|holds|contains)"
_FIRST = (r" (?:#1|an|a|the first) " + CONTAINER + _HAS + r" #(?P<a>\d+) (?P<x>[a-z]+) "
          r"(?P<noun>[a-z]{3,}) and #(?P<b>\d+) (?P<y>[a-z]+) (?P<noun2>[a-z]{3,})\b")
_COUNT = r"(?:#(?P<{0}>\d+)|(?P<{0}q>@\d+@|[nkmx]))"
_SECOND = (r" (?:a second|another|the second) " + CONTAINER + _HAS + r" " + _COUNT.format("c")
           + r" (?P<x2>[a-z]+) (?P<noun3>[a-z]{3,}) and " + _COUNT.format("d")
           + r" (?P<y2>[a-z]+) (?P<noun4>[a-z]{3,})\b")
_DRAW = (r" (?:#1|a single|a) [a-z]+ is (?:randomly )?(?:drawn|chosen|picked|selected|taken)"
         r"(?: at random)? from each (?:" + CONTAINER + r"|of them)\b")
_P = r"(?:#(?P<pn>\d+) / #(?P<pd>\d+)|@(?P<p>\d+)@)"
_CHANCE = (r" the (?:probability|chance) (?:that )?(?:the #2 [a-z]+|both [a-z]+|both|they) (?:are|"
           r"will be) (?:of )?(?P<rel>the same colour|different colours) is " + _P)
_ASK = r" (?:what is|find|determine) (?P<aq>@\d+@|[nkmx])(?= ?[?.]? $)"


def unknown_urns(split: Split, template: str) -> Result | None:
    if not quick(template, "probability", "chance") or not quick(template, "each"):
        return None
    w = Wording.of(split, template)
    first, second = w.take(_FIRST), w.take(_SECOND)
    draw, told, ask = w.take(_DRAW), w.take(_CHANCE), w.take(_ASK)
    if not (len(first) == len(second) == len(draw) == len(told) == len(ask) == 1) \
            or not w.only_glue():
        return None
    f, s = first[0], second[0]
    nouns = {singular_kind(f.group(g)) for g in ("noun", "noun2")} | {
        singular_kind(s.group(g)) for g in ("noun3", "noun4")}
    colours = [singular_kind(f.group("x")), singular_kind(f.group("y"))]
    other = [singular_kind(s.group("x2")), singular_kind(s.group("y2"))]
    if len(nouns) != 1 or colours[0] == colours[1] or sorted(colours) != sorted(other):
        raise Decline("two urns of the same two colours of one kind of thing")
    unknown = [g for g in ("c", "d") if s.group(g + "q")]
    if len(unknown) != 1 or letter_of(w, s.group(unknown[0] + "q")) != letter_of(
            w, ask[0].group("aq")):
        raise Decline("one unknown count, the one asked for")
    urn1 = {colours[0]: int(f.group("a")), colours[1]: int(f.group("b"))}
    p = chance(told[0], w.maths)
    same = told[0].group("rel") == "the same colour"

    def urn2(n: int) -> dict[str, int]:
        return {other[0]: n if unknown == ["c"] else int(s.group("c")),
                other[1]: n if unknown == ["d"] else int(s.group("d"))}

    def match(n: int) -> Fraction:
        u = urn2(n)
        hit = Fraction(sum(urn1[c] * u[c] for c in colours),
                       sum(urn1.values()) * sum(u.values()))
        return hit if same else 1 - hit

    n = the_one_count(lambda k: match(k) == p, "no one count gives that chance")
    _confirm(urn1, urn2(n), same, p)
    u = urn2(n)
    shown = sp.latex(sp.Rational(p.numerator, p.denominator))
    top = " + ".join(f"{urn1[c]} \\cdot {u[c]}" for c in colours)
    claim = f"\\frac{{{top}}}{{{sum(urn1.values())} \\cdot {sum(u.values())}}}"
    claim = (claim if same else f"1 - {claim}") + f" = {shown}"
    return sp.Integer(n), [step("try every count", f"With {n} there, the chance that the two "
                                f"balls are {told[0].group('rel')} is the told one, and no other "
                                "count gives it.", f"${claim}$", claim)]


def _confirm(urn1: dict[str, int], urn2: dict[str, int], same: bool, p: Fraction) -> None:
    """Every pair of labelled balls, one from each urn, listed and counted."""
    one = [c for c, k in urn1.items() for _ in range(k)]
    two = [c for c, k in urn2.items() for _ in range(k)]
    if len(one) * len(two) > 200_000:
        raise Decline("too many pairs to list")
    hits = sum((a == b) == same for a in one for b in two)
    confirm.check(Fraction(hits, len(one) * len(two)) == p,
                  "listing every pair of balls gives the told chance")


__all__ = ["unknown_urns"]
