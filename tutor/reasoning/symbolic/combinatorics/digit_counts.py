"""Reader of counts of integers by their digits: how many k-digit (or in-range) integers have
distinct digits, a repeated digit, every digit odd / even / prime / nonzero / above a bound /
one of two digits, at least one (or no) digit d, are even, odd or multiples of m.

Phrasings reached: "How many three-digit numbers have all digits odd?", "How many
four-digit positive integers have digits that are all different?", "How many odd numbers
between 100 and 999 have distinct digits?", "How many 5-digit numbers have at least one
zero?", "How many positive two-digit integers are there in which each of the two digits is
prime?", "How many positive three-digit integers less than 500 have at least two digits
that are the same?" ...
A range is read only right after the integers are named or a condition is read (a bound
inside a condition, "at most 2 different digits", is not a range); the integers are listed
one by one (at most a million) and counted; the count is made again
by building every digit string position by position (first digit nonzero). 'Between'
without 'inclusive' is read both ways and declined when the two counts differ.
"""

from __future__ import annotations

import re
from itertools import product
from math import prod

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics import digit_places as places
from tutor.reasoning.symbolic.combinatorics.chance import ASK, answer
from tutor.reasoning.symbolic.combinatorics.digit_rules import Rules, by_positions, rules_of
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_LIST = 1_000_000
_ASK = (r" (?:how many|the number of) (?:different |distinct )?(?:of the )?(?P<noun>(?:(?:positive|"
        r"even|odd|#[1-7] ?[- ]digit) )*(?:integers|numbers|whole numbers)(?: (?:with|having) "
        r"#[1-7] digits)?)(?: are there| exist| are possible)?\b")
_PICK = (r" (?:a|an|one) (?:randomly (?:chosen|selected|picked) )?(?P<noun>(?:(?:positive|"
         r"#[1-7][- ]digit) )*(?:integer|number|whole number)(?: (?:with|having) #[1-7] digits)?)"
         r"(?= (?:is|was|that|which|greater|less|between|from|at|randomly|chosen|selected|picked)"
         r"\b)")
# "what fraction of all three-digit numbers have ...": the share of the range, as a chance is
_SHARE = (r" what (?:fraction|proportion) of (?:all )?(?:the )?(?P<noun>(?:(?:positive|#[1-7][- ]"
          r"digit) )*(?:integers|numbers|whole numbers))\b")
# "how many four-digit numbers are left if we exclude all four-digit numbers that ...": the
# integers without the condition, the same integers named again
_LEFT = (r" (?:are left|remain|are remaining|will be left|would be left|will remain) (?:if|when|"
         r"after) (?:we |you |i )?(?:exclude|remove|cross out|take out|throw out|discard|delete)"
         r" (?:all )?(?:of )?(?:the )?(?P<noun>(?:(?:positive|even|odd|#[1-7] ?[- ]digit) )*"
         r"(?:integers|numbers|whole numbers))\b")
_CHOSEN = r" (?:is |was )?(?:randomly |then )?(?:chosen|selected|picked)(?: at random)?\b"
_BOUND = (r"(?<=; ) (?:and )?(?:that are |which are |are |that is |which is |is )?(?:(?P<btw>"
          r"between) #(?P<a>\d+) and #(?P<b>\d+)|from #(?P<a2>\d+) (?:to|through) #(?P<b2>\d+)"
          r"|(?P<lt>less than|below|smaller than|under) #(?P<lt_n>\d+)|(?P<gt>greater than|more "
          r"than|larger than|above) #(?P<gt_n>\d+)"
          r"|(?:less than or equal to|at most|no more than|not exceeding) #(?P<le_n>\d+)"
          r"|(?:greater than or equal to|at least|no less than) #(?P<ge_n>\d+))(?P<inc>,? "
          r"inclusive)?\b")
_HAVE = r"(?:(?:that |which )?(?:have|has|having|with|contain|contains|containing) )?"
_CLASS = (r"(?P<cls>odd|even|prime|nonzero|non-zero|(?:greater than|less than|at least|at most"
          r"|larger than|smaller than) #\d|(?:either )?#\d(?: ?'s)? (?:or|and/or) #\d(?: ?'s)?)")
_DIGIT = r"(?:#(?P<d>\d)(?: ?s)?|(?P<zero>zeros|zeroes)|(?:the )?digit #(?P<d2>\d))"
_CONDITIONS: list[tuple[str, str]] = [  # (kind, one wording); a kind has many
    *places.PLACE_CONDITIONS,  # first: "contain two consecutive 3's" is not "contain 2"
    ("distinct", r" " + _HAVE + r"all (?:(?:its|their|the) )?(?:#(?P<k>\d) )?digits (?:distinct|"
     r"different)\b"),
    # "two-digit numbers that have two different digits": as many different digits as places
    ("distinct", r" " + _HAVE + r"#(?P<k>\d) (?:distinct|different|unique) digits\b"),
    ("distinct", r" " + _HAVE + r"(?:(?:all|only) )?(?:distinct|different|unique) digits\b"),
    ("distinct", r" (?:(?:that |which )?(?:have|has) )?(?:(?:its|their|the) )?digits (?:that |"
     r"which )?(?:are )?(?:all )?(?:distinct|different)\b"),
    ("distinct", r" " + _HAVE + r"no (?:repeated|repeating) digits?\b"),
    ("distinct", r" (?:in which |where )?no digit (?:is repeated|repeats|appears more than "
     r"once)\b"),
    ("distinct", r" (?:in which |where |with )?no #2 (?:of the |of its )?digits (?:are |being )?"
     r"(?:the same|alike|equal|identical)\b"),
    ("repeat", r" " + _HAVE + r"(?:at least #1 |a )(?:repeated|repeating) digit\b"),
    ("repeat", r" " + _HAVE + r"at least #2 digits (?:that are |which are |are )?(?:the same|"
     r"equal|identical)\b"),
    ("repeat", r" " + _HAVE + r"at least #2 (?:equal|identical|matching) digits\b"),
    ("class", r" (?:in which |where |whose |that have |which have |have |has |having |with )?"
     r"(?:all|each|every|both) (?:of )?(?:(?:the|its|their|whose) )?(?:#(?P<k>\d) )?digits? (?:is |"
     r"are |being )?(?:all )?" + _CLASS + r"(?: digits?| numbers?)?\b"),
    ("class", r" " + _HAVE + r"(?:only|all) " + _CLASS + r" digits\b"),
    ("class", r" (?:(?:that |which )?(?:have|has) )?(?:(?:its|their|the) )?digits (?:that |which "
     r")?(?:are )?(?:all |both )?" + _CLASS + r"\b"),
    ("lacks", r" " + _HAVE + r"no " + _DIGIT + r"(?: as (?:a )?digits?| digits?)?\b"),
    ("lacks", r" " + _HAVE + r"no digits? (?:equal to|that is|which is) #(?P<d>\d)\b"),
    ("lacks", r" (?:that |which )?(?:do|does) not (?:contain|have|use) (?:a |any )?" + _DIGIT
     + r"\b"),
    ("lacks", r" without (?:a |any )?" + _DIGIT + r"\b"),
    ("has", r" " + _HAVE + r"at least #1 " + _DIGIT + r"\b"),
    ("has", r" (?:that |which )?(?:contains?|includes?|uses?) " + _DIGIT + r"(?: at least "
     r"(?:once|#1 times?))?\b"),
    ("order", places.ORDER),
    ("mult", r" (?:that |which )?(?:are |is )?(?:divisible by|multiples of) #(?P<m>\d+)\b"),
    ("parity", r" (?:that |which )?(?:are |is )(?P<par>even|odd)\b"),
]
_GLUE = frozenset("are there is and that which with have has in the such property can be formed "
                  "made".split())


def _range(noun: str, bounds: list[re.Match[str]], inclusive: bool) -> tuple[int, int]:
    """The integers meant, as [lo, hi]."""
    width = re.search(r"#(\d)", noun)
    lo, hi = (10 ** (int(width.group(1)) - 1), 10 ** int(width.group(1)) - 1) if width else (
        1 if "positive" in noun else None, None)
    for b in bounds:
        g = b.groupdict()
        a, z = g["a"] or g["a2"], g["b"] or g["b2"]
        if a:
            shift = 0 if inclusive or g["a2"] else 1
            lo, hi = max(lo or 0, int(a) + shift), min(hi if hi is not None else 10**9,
                                                        int(z) - shift)
        for key, off, top in (("lt_n", -1, True), ("le_n", 0, True), ("gt_n", 1, False),
                              ("ge_n", 0, False)):
            if g[key]:
                v = int(g[key]) + off
                lo, hi = (lo, v if hi is None else min(hi, v)) if top else (
                    v if lo is None else max(lo, v), hi)
    if lo is None or hi is None or lo < 0:
        raise Decline("a range of non-negative integers with both ends known")
    return lo, hi


def _count(lo: int, hi: int, rules: Rules) -> tuple[int, int]:
    """The count by listing the integers, and again by building digit strings."""
    listed = sum(1 for v in range(lo, hi + 1) if rules.ok(tuple(map(int, str(v)))))
    built = 0
    for width in range(len(str(lo)), len(str(hi)) + 1):
        for t in product(range(10), repeat=width):
            if (t[0] != 0 or width == 1) and rules.ok(t) and lo <= int(
                    "".join(map(str, t))) <= hi:
                built += 1
    return listed, built


def digit_counts(split: Split, template: str) -> Result | None:
    if not quick(template, "digit", "zero") or not quick(template, "how many", "number of",
                                                 "probability", "chance", "fraction of",
                                                 "proportion of"):
        return None
    w = Wording.of(split, template)
    ask = w.take(_ASK)
    left = w.take(_LEFT)
    picked = w.take(_PICK)  # "a three-digit number is chosen at random. What is the probability"
    chance = w.take(ASK)
    share = w.take(_SHARE)
    w.take(r" (?:it|the (?:integer|number)(?: chosen| selected| picked)?)(?= (?:has|is|are)\b)")
    inclusive = bool(w.take(r",? inclusive\b"))
    if w.find(r"(?:at most|at least|exactly|only|than|of) #\d+ (?:distinct|different|unique) "
              r"digits|(?<!exactly )(?<!at least )#\d+ identical digits|(?<!exactly )#\d+ repeated "
              r"digits"):
        return None  # "at most 2 different digits" counts the different digits
    found = [(kind, m) for kind, p in _CONDITIONS for m in w.take(p)]
    bounds: list[re.Match[str]] = []
    while more := w.take(_BOUND):  # "greater than 9 and less than 100": one after the other
        bounds += more
    if picked and not w.take(_CHOSEN):
        return None
    if len(ask) + len(picked) + len(share) != 1 or len(chance) != len(picked) or not found \
            or not w.only_glue(_GLUE):
        return None
    noun = (ask or picked or share)[0].group("noun")
    if left and (len(left) > 1 or not ask or left[0].group("noun") != noun):
        raise Decline("the integers left are those named first")
    picked += share  # the share of the range is counted as the chance of one picked
    parities = set(re.findall(r"\b(even|odd)\b", noun))
    if len(parities) > 1 or len(re.findall(r"#\d", noun)) > 1:
        raise Decline("two parities or two widths")
    widths = re.findall(r"#(\d)", noun)
    if widths == ["1"] and "positive" not in noun:
        raise Decline("'one-digit integers' may or may not include 0")
    rules = rules_of(found, next(iter(parities), None) if ask else None,
                   int(widths[0]) if widths else 0)
    if picked and parities:  # "an odd number is picked": the parity limits the sample space
        raise Decline("a sample space of one parity")
    if len(rules.words) != len(set(rules.words)):
        raise Decline("the same condition twice")
    readings = {_range(noun, bounds, inclusive)}
    if any(b.group("btw") for b in bounds) and not inclusive:
        readings.add(_range(noun, bounds, True))
    if any(kind == "order" for kind, _ in found) and min(lo for lo, _ in readings) < 10:
        raise Decline("are one-digit numbers' digits in increasing order?")
    values = set()
    for lo, hi in readings:
        if hi - lo + 1 > _LIST or len(str(hi)) > 6 or (picked and lo > hi):
            raise Decline("more integers than I can list")
        good = _count(lo, hi, rules)[0] if lo <= hi else 0
        values.add(sp.Rational(good, hi - lo + 1) if picked else sp.Integer(good))
    if len(values) != 1:
        raise Decline("'between' may or may not include its ends, and the answers differ")
    lo, hi = max(readings)  # both readings give the same answer
    good, built = _count(lo, hi, rules) if lo <= hi else (0, 0)
    words = ", ".join(rules.words)
    if left:
        return _left(lo, hi, good, built, words, len(readings))
    if picked:
        return answer(good, hi - lo + 1, words, built, "building every digit string",
                      f"Of the {hi - lo + 1} equally likely integers from {lo} to {hi}, {good} "
                      f"have {words}.")
    confirm.count(good, lambda: built, "integers by their digits (building every digit "
                  "string position by position)")
    steps = []
    width = len(str(lo))
    choices = by_positions(width, rules) if (lo, hi) == (10 ** (width - 1), 10**width - 1) \
        else None
    if choices is not None and prod(choices) == good:
        claim = " \\cdot ".join(map(str, choices)) + f" = {good}"
        steps.append(step("count digit by digit", f"Choose the digits from the left: the first "
                          f"cannot be 0; each must keep {words}.", f"${claim}$", claim))
    else:
        steps.append(step("list the integers", f"Go through the integers from {lo} to {hi} and "
                          f"keep those with {words}.", f"Of the integers from ${lo}$ to ${hi}$, "
                          f"${good}$ have {words}.", f"{good}"))
    return sp.Integer(good), steps


def _left(lo: int, hi: int, good: int, built: int, words: str, readings: int) -> Result:
    """The integers from lo to hi without the condition: all of them less those with it."""
    if readings != 1 or lo > hi:
        raise Decline("one range of integers")
    total = hi - lo + 1
    confirm.count(total - good, lambda: total - built, "integers left (building every digit "
                  "string position by position)")
    claim = f"{total} - {good} = {total - good}"
    return sp.Integer(total - good), [step("count what is excluded", f"Of the {total} integers "
                                           f"from {lo} to {hi}, {good} have {words}; the rest "
                                           "are left.", f"${claim}$", claim)]


__all__ = ["digit_counts"]
