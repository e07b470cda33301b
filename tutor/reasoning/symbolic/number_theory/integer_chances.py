"""The chance that an integer picked at random from a described range has a property, and
what percent or fraction of such integers have it: "What is the probability that a
randomly chosen positive integer less than or equal to 50 is a multiple of 4 or 6?", "A
two-digit number is picked at random. What is the probability that it is a perfect
square?", "What percent of the positive integers up to 100 leave no remainder when
divided by 5?"

Both the range and the property are read by `integer_conditions` (the range alone, then
the range with the property), each integer equally likely. Where the words could split
into range and property more than one way, every split that reads must give the same
answer. The two counts are confirmed by testing every candidate a second way (trial
division, digit by digit, exact fractions).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.number_theory import value_tests
from tutor.reasoning.symbolic.number_theory.integer_conditions import NOUN, VOCAB, read_wanted
from tutor.reasoning.symbolic.number_theory.integer_sets import members
from tutor.reasoning.symbolic.number_theory.wanted import Wanted
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_SPAN = 200_000
_RANDOM = r"(?:randomly |at random )?(?:chosen|selected|picked|drawn)(?: at random| randomly)?"
_ASK = r"what is the probability that "
_FORMS = [
    # "what is the probability that a randomly chosen <range> <property>"
    # (an integer of a finite range, unless said otherwise, is picked with equal chances)
    re.compile(_ASK + r"(?:a|an|one) (?:randomly (?:chosen|selected|picked) |(?:chosen|selected|"
               r"picked) at random )?(?P<both>.+)"),
    # "<range> is chosen at random. what is the probability that it <property>"
    re.compile(r"(?:if )?(?:a|an|one) (?P<range>.+?) is " + _RANDOM + r"(?P<tail> (?:from|among|"
               r"between) .+?)?[.,;]? (?:then )?" + _ASK + r"(?:it|the (?:chosen |selected |"
               r"picked )?(?:number|integer)(?: (?:chosen|selected|picked))?) (?P<prop>.+)"),
    # "what percent (fraction) of the <range> <property>"
    re.compile(r"what (?P<share>percent|fraction) of (?:all )?(?:the )?(?P<both>.+)"),
]
_VERB = re.compile(r" (?=(?:is|are|has|have|leaves?|gives?|ends?|contains?|does|do|will|can)"
                   r" )")
_VOCAB = VOCAB | {"probability", "randomly", "random", "chosen", "selected", "picked", "drawn",
                  "percent", "fraction", "then", "if", "among", "from"}


def read(split: Split, template: str) -> Result | None:
    if not re.search(r"\bprobability\b|\bpercent of\b|\bfraction of\b", template) or \
            not words_within(template, _VOCAB):
        return None
    body = re.sub(r"\s+", " ", template).strip().rstrip(" .?")
    # "that a number chosen at random from 1 to 20 is prime": how it is chosen said after the
    # noun, the same choice as "a randomly chosen number from 1 to 20"
    body = re.sub(r"^(" + _ASK + r"(?:a|an|one) (?:positive )?(?:integer|number|whole number)) "
                  r"(?:chosen|selected|picked) (?:at random|randomly)(?= (?:from|between|among)"
                  r" )", r"\1", body)
    m = next((f.fullmatch(body) for f in _FORMS if f.fullmatch(body)), None)
    if m is None:
        return None
    g = m.groupdict()
    if g.get("both"):
        splits = [(g["both"][:v.start()], g["both"][v.start() + 1:])
                  for v in _VERB.finditer(g["both"])]
    else:
        splits = [(g["range"] + (g.get("tail") or ""), g["prop"])]
    answers = {}
    for pool, prop in splits:
        got = _chance(split, pool.strip(), prop.strip())
        if got is not None:
            answers[got[0]] = got
    if not answers:
        return None
    if len(answers) > 1:
        raise Decline("the words split into a range and a property in two ways")
    value, steps = next(iter(answers.values()))
    if g.get("share") == "percent":
        value = value * 100
        steps.append(step("as a percent", "Multiply the fraction by 100.",
                          f"${latex(value / 100)} = {latex(value)}\\%$", ""))
    return value, steps


def _wanted(split: Split, text: str, given: set[int]) -> list[Wanted] | None:
    head = re.compile(NOUN).match(text)
    if head is None:
        return None
    try:
        return read_wanted(split, head, text, given=frozenset(given)).readings()
    except Decline:
        return None


def _chance(split: Split, pool: str, prop: str) -> tuple[sp.Rational, list] | None:
    slots = {int(s) for s in re.findall(r"@(\d+)@", pool)}
    everything = set(range(len(split.maths)))
    pools = _wanted(split, pool, everything - slots)
    chosen = _wanted(split, f"{pool} {prop}", set())
    if pools is None or chosen is None or len(pools) != len(chosen):
        return None
    found = set()
    for whole, part in zip(pools, chosen, strict=True):
        if whole.lo is None or whole.hi is None or whole.hi - whole.lo >= _SPAN:
            raise Decline("a range too large, or not bounded, to pick from")
        total, favourable = len(members(whole)), len(members(part))
        if total == 0:
            raise Decline("no integer to pick from")
        for w, n in ((whole, total), (part, favourable)):
            again = value_tests.second_test(w.conditions, [v.second() for v in w.values])
            assert w.lo is not None and w.hi is not None
            confirm.check(sum(1 for k in range(w.lo, w.hi + 1) if again(k)) == n,
                          "testing every candidate a second way gives the same count")
        found.add((favourable, total))
    if len(found) != 1:
        raise Decline("'between' read with and without its ends gives different answers")
    favourable, total = found.pop()
    value = sp.Rational(favourable, total)
    claim = f"\\frac{{{favourable}}}{{{total}}} = {latex(value)}"
    return value, [
        step("favourable over possible", "Each integer in the range is equally likely: count "
             "them, then test each one.", f"Of the ${total}$ integers to pick from, "
             f"${favourable}$ qualify: ${claim}$", claim)]


__all__ = ["read"]
