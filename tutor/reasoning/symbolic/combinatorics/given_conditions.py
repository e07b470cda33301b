"""Conditional probability over a small sample space (`given_setups`): dice rolled, coins
flipped, cards or a bag's items drawn (with or without replacement) or one number chosen, and
a condition known to hold ("given that the first
die shows a 4", "if at least one is a six", "knowing that the first card was an ace").

Every outcome is listed (at most 200,000); the answer is the favourable outcomes among
those where the condition holds, over those where it holds. It is counted again on a
space built die by die (card by card) in another order, from |A| + |B| - |A or B|, and the
two must agree. A clause that reads two ways is answered only when both readings give the
same value; otherwise the student is asked which is meant.

Phrasings reached: "Two dice are rolled. Given that the first die shows a 4, what is the
probability that the sum is at least 9?", "Three coins are flipped. Given that at least one
is heads, what is the probability that all three are heads?", "A card is drawn from a
standard deck and not replaced, then a second card is drawn. Given that the first card is
an ace, what is the probability that the second card is a king?" ...
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.chance import ASK, ROLL_GLUE
from tutor.reasoning.symbolic.combinatorics.given_events import Outcome
from tutor.reasoning.symbolic.combinatorics.given_setups import Listing, experiment
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import WHICH_MEANT, Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_KNOWN = (r"(?:given that|given|knowing that|if (?:we|you) know that|if it is known that|assuming "
          r"that|suppose that|supposing that|if)")
_CLAUSE = r"(?P<c>[^.?!,;]+?)(?= ?(?:[.?!,;]|$| what\b| find\b| compute\b))"
_CONDITION = r"(?:^|(?<=[.?!,;])) *" + _KNOWN + r" " + _CLAUSE
_AFTER = r"(?<=[a-z0-9]) ,? ?" + _KNOWN + r" " + _CLAUSE  # "..., given that X?"
_EVENT = ASK + r" ?(?P<e>[^.?!,;]+?)(?= ?(?:[.?!,;]|$| " + _KNOWN + r" ))"
_GLUE = ROLL_GLUE | {"from", "are", "is", "at", "random", "then", "and", "that", "also"}


def conditional(split: Split, template: str) -> Result | None:
    if not quick(template, "given", "if ", "knowing", "assuming", "suppose") or not quick(
            template, "probability", "chance"):
        return None
    w = Wording.of(split, template)
    w.text = re.sub(r" (?:get|gets|got) (rolled|thrown|tossed|flipped|drawn|dealt)\b", r" are \1",
                    w.text)
    w.text = re.sub(r"\b(?:sum )?total\b", "sum", w.text)
    w.take_name("rolls|throws|tosses|flips|draws")
    setup = experiment(w)
    if setup is None:
        return None
    w.take(r" (?:given that|if|when|suppose|assuming)(?: (?:i|you|we|he|she|they))?(?= ;)")
    event = w.take(_EVENT)
    conditions = w.take(_AFTER) or w.take(_CONDITION)
    plurals = {n + "s" for n in setup.nouns} | {n + "es" for n in setup.nouns}
    if len(event) != 1 or len(conditions) != 1 or not w.only_glue(_GLUE | setup.nouns | plurals):
        return None
    listing, rebuilt, read, said = setup.listing, setup.again, setup.read, setup.said
    wanted = read(_as_ones(event[0].group("e"), setup.nouns))
    known = read(_as_ones(conditions[0].group("c"), setup.nouns))
    if not wanted or not known:
        return None
    values: dict[sp.Rational, tuple[str, str, int, int]] = {}
    for a_test, a_words in wanted:
        for b_test, b_words in known:
            given = good = 0
            for o in listing():
                if b_test(o):
                    given += 1
                    good += a_test(o)
            if given == 0:
                raise Decline(f"the condition ({b_words}) never happens, so the probability "
                              "given it has no value")
            v = sp.Rational(good, given)
            _again(rebuilt, a_test, b_test, v, f"{a_words} given {b_words}")
            values.setdefault(v, (a_words, b_words, good, given))
    if len(values) > 1:
        said_two = "; ".join(f"'{a}' given '{b}' gives {latex(v)}"
                             for v, (a, b, _, _) in values.items())
        raise Decline(WHICH_MEANT + f"The question reads more than one way: {said_two}. Say "
                      "which is meant.")
    (v, (a_words, b_words, good, given)), = values.items()
    keep = step("keep the outcomes where the condition holds",
                f"Only the outcomes where {b_words} can have happened.",
                f"Of all the equally likely outcomes ({said}), {given} are ones where {b_words}.")
    claim = f"\\frac{{{good}}}{{{given}}} = {latex(v)}"
    count = step("favourable among them", f"Of those {given}, count the ones where {a_words}.",
                 f"${claim}$", claim)
    return v, [keep, count]


def _as_ones(clause: str, nouns: frozenset[str]) -> str:
    """A bag's items called by their name said as "one": "the first marble" -> "the first one"."""
    for noun in nouns:
        clause = re.sub(r"\b" + noun + r"(?:s|es)\b", "ones", clause)
        clause = re.sub(r"\b" + noun + r"\b", "one", clause)
    return clause


def _again(rebuilt: Listing, a_test: Callable[[Outcome], bool], b_test: Callable[[Outcome], bool],
           v: sp.Rational, what: str) -> None:
    """|A and B| = |A| + |B| - |A or B| on the space listed again, over |B|."""
    a = b = either = 0
    for o in rebuilt():
        in_a, in_b = a_test(o), b_test(o)
        a += in_a
        b += in_b
        either += in_a or in_b
    confirm.probability(v, a + b - either, b, what)


__all__ = ["conditional"]
