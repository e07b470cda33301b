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
from math import isqrt

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.comparison_words import COMPARE
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.number_theory import value_tests
from tutor.reasoning.symbolic.number_theory.integer_conditions import NOUN, VOCAB, read_wanted
from tutor.reasoning.symbolic.number_theory.integer_sets import members
from tutor.reasoning.symbolic.number_theory.wanted import Wanted
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.spelled_maths import CARDINALS
from tutor.reasoning.symbolic.typed import words_within

_SPAN = 200_000
_RANDOM = r"(?:randomly |at random )?(?:chosen|selected|picked|drawn)(?: at random| randomly)?"
_ASK = r"what is the probability that "
_FORMS = [
    # "what is the probability that a randomly chosen <range> <property>"
    # (an integer of a finite range, unless said otherwise, is picked with equal chances)
    re.compile(_ASK + r"(?:a|an|one) (?:randomly (?:chosen|selected|picked) |random |(?:chosen|"
               r"selected|picked) at random )?(?P<both>.+)"),
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
                  "percent", "fraction", "then", "if", "among", "from", "root", "its", "square"}
# the square root or the square of the integer compared with a number: "that the square root
# of a randomly selected two-digit number is less than eight", "... that its square is at most
# 50"
_OF = r"(?P<fn>square root|square)"
_FN_CMP = (r" (?:is )?(?P<cmp>less than|smaller than|greater than|more than|larger than|at most|"
           r"at least)(?: or equal to)? (?P<t>@\d+@|[a-z]+)$")
_FN_FORMS = [
    re.compile(r"(?P<head>" + _ASK + r")the " + _OF + r" of (?P<rest>(?:a|an|one) .+)"),
    re.compile(r"(?P<head>.+ " + _ASK + r")(?:its|the (?:chosen |selected |picked )?(?:number's|"
               r"integer's)) " + _OF + r"(?P<rest> .+)"),
]



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
    fn = next((f.fullmatch(body) for f in _FN_FORMS if f.fullmatch(body)), None)
    if fn is not None:
        return _of_function(split, fn)
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


def _of_function(split: Split, fn: re.Match[str]) -> Result | None:
    """The chance that the square root (or square) of the integer picked compares so with a
    number: each integer tested exactly, and counted again by the integers' own bound (x < t^2
    for a root, |x| <= isqrt(t - 1) for a square less than t ...)."""
    rest = fn.group("rest")
    cmp = re.search(_FN_CMP, rest)
    if cmp is None or fn.re is _FN_FORMS[1] and cmp.start() != 0:
        return None  # "its square root is a whole number less than 6": another condition
    said = cmp.group("t")
    slot = re.fullmatch(r"@(\d+)@", said)
    src = split.maths[int(slot.group(1))].strip() if slot else str(CARDINALS.get(said, ""))
    if not re.fullmatch(r"\d{1,6}", src):
        return None
    t = int(src)
    its = "" if fn.re is _FN_FORMS[0] else "it"
    body = (fn.group("head") + its + rest[:cmp.start()]).strip()
    m = next((f.fullmatch(body + " is an integer") for f in _FORMS[:2]
              if f.fullmatch(body + " is an integer")), None)
    if m is None:
        return None
    g = m.groupdict()
    pool_text = g["both"][:-len(" is an integer")] if g.get("both") else g["range"] + (
        g.get("tail") or "")
    slots = {int(s) for s in re.findall(r"@(\d+)@", pool_text)}
    pools = _wanted(split, pool_text.strip(), set(range(len(split.maths))) - slots)
    if not pools or len(pools) != 1 or pools[0].lo is None or pools[0].hi is None or \
            pools[0].hi - pools[0].lo >= _SPAN or pools[0].lo < 0:
        return None
    pool = members(pools[0])
    if not pool:
        raise Decline("no integer to pick from")
    key = cmp.group("cmp") + (" or equal to" if "or equal to" in cmp.group(0) else "")
    if key not in COMPARE:
        raise Decline("a comparison I cannot read")
    root = fn.group("fn") == "square root"
    good = sum(1 for x in pool if COMPARE[key](sp.sqrt(x) if root else sp.Integer(x * x), t))
    # again by the integer's own bound: sqrt(x) < t when x < t^2; x^2 < t when |x| <= isqrt(t-1)
    again = sum(1 for x in pool if _by_bound(x, root, key, t))
    confirm.check(good == again and (not root or all(x >= 0 for x in pool)) and t >= 0,
                  "the count agrees with comparing the integers themselves")
    value = sp.Rational(good, len(pool))
    what = "square root" if root else "square"
    claim = f"\\frac{{{good}}}{{{len(pool)}}} = {latex(value)}"
    return value, [step("favourable over possible", f"Each integer in the range is equally "
                        f"likely; test whether its {what} is {key} {t}.",
                        f"Of the ${len(pool)}$ integers to pick from, ${good}$ qualify: "
                        f"${claim}$", claim)]


def _by_bound(x: int, root: bool, key: str, t: int) -> bool:
    """sqrt(x) compared with t as x with t^2; x^2 compared with t as |x| with the integer
    square root of t (or of t - 1, for a strict bound below)."""
    if root:
        return COMPARE[key](sp.Integer(x), t * t)
    a, below, strict = abs(x), key in ("less than", "smaller than", "at most",
                                       "less than or equal to"), key in (
        "less than", "smaller than", "greater than", "more than", "larger than")
    if below:
        return (t >= 1 and a <= isqrt(t - 1)) if strict else a <= isqrt(t)
    return a > isqrt(t) if strict else (t < 1 or a > isqrt(t - 1))


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
