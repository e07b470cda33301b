"""Reader of three unknown numbers known by their mean, median and range: "Three positive
integers have a mean of 20 and a median of 21. If the median is 4 less than the largest
number, what is the smallest number?", "Three numbers have a mean of 10, a median of 9 and
a range of 8. What is the largest number?", "The mean of three numbers is 15 and their
median is 14. The largest number is 20. What is the smallest number?".

The numbers in order are a <= b <= c, so the median is b, the mean (a + b + c)/3 and the
range c - a. Each fact is one linear equation: the mean, the median, the range, one number's
value ("the largest number is 20") or a number told from another ("the median is 4 less
than the largest", "the largest is twice the smallest"). Three facts fix the numbers; the
question asks for the smallest, the middle or the largest. Solved and confirmed by `Story`
(every fact in exact fractions), then the order a <= b <= c, "positive" and "integers" are
checked, and the mean, median and range are computed again from the three numbers with
Python's `statistics` module. Every other word must be glue.
"""

from __future__ import annotations

import re
import statistics
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import wording
from tutor.reasoning.symbolic.prealgebra.relations import Story
from tutor.reasoning.symbolic.prealgebra.wording import NUM

A, B, C = sp.symbols("a b c")
_ROLE = {"smallest": A, "least": A, "lowest": A, "median": B, "middle": B, "largest": C,
         "greatest": C, "biggest": C, "highest": C}
_R = r"(?:the )?(?P<{0}>smallest|least|lowest|median|middle|largest|greatest|biggest|highest)" \
     r"(?: (?:number|integer|one|value))?"
_INTRO = (r"(?:(?:a set of|a list of|there are) )?#3 (?P<pos>positive )?(?P<kind>integers|"
          r"numbers|whole numbers|real numbers)(?: (?:have|has))?")
_STAT = (r"(?:(?:(?:with |and )(?:a |an |the )?|(?:a|an|the) )(?:arithmetic )?"
         r"(?P<s1>mean|average|median|range) "
         rf"(?:of|is|equal to) (?P<v1>{NUM})|(?:the|their) (?:arithmetic )?(?P<s2>mean|average|"
         r"median|range)(?: of (?:(?:the|these|those) )?(?P<three>#3 )?(?P<pos2>positive )?"
         r"(?P<kind2>integers|numbers))? (?:is|equals)"
         rf" (?P<v2>{NUM}))(?= |,|\.|;|$)(?! (?:more|less|greater|fewer|smaller|times|positive|"
         r"integers|numbers)\b)"
         )
_VALUE = (rf"{_R.format('w')} (?:is|equals) (?P<v>{NUM})(?= |,|\.|;|$)"
          r"(?! (?:more|less|greater|fewer|smaller|times)\b)")
_MORE = (rf"{_R.format('x')} is (?:(?P<k>{NUM}) (?P<dir>more|less|greater|fewer|smaller) "
         rf"than |(?P<m>{NUM}) times |(?P<twice>twice|double) )?{_R.format('y')}(?= |,|\.|;|$)")
_ASKED = (rf"(?:what is|what's|find|determine|compute|what must be) {_R.format('q')}"
          rf"(?: of (?:the|these) (?:#3 )?(?:integers|numbers))?\s*[?.]?\s*$")
_GLUE = frozenset("and if then also given that the number numbers of these".split())


def read(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:mean|average|median)\b", template) or "three" not in template \
            and not re.search(r"@\d+@ (?:positive )?(?:integers|numbers)", template):
        return None
    w = wording.of(split, template)
    asked = w.take_one(_ASKED)
    if asked is None:
        return None
    story = Story([A, B, C])
    told: dict[str, sp.Rational] = {}
    positive, kinds = False, set()
    for m in w.take(_STAT):
        kind = (m.group("s1") or m.group("s2")).replace("average", "mean")
        if kind in told:
            raise Decline(f"the {kind} told twice")
        if m.group("kind2"):  # "the mean of the three positive integers is 20"
            if not m.group("three") and not m.group(0).startswith("their"):
                raise Decline("how many numbers")
            kinds.add(m.group("kind2"))
            positive |= bool(m.group("pos2"))
        told[kind] = sp.Rational(wording.value(m.group("v1") or m.group("v2")))
        if kind == "mean":  # written as the total, as a student would: a + b + c = 3m
            story.state(A + B + C, 3 * told[kind], f"the mean is {told[kind]}, so the three "
                        f"add up to {3 * told[kind]}")
            continue
        lhs = {"median": B, "range": C - A}[kind]
        story.state(lhs, told[kind], f"the {kind} is {told[kind]}")
    intro = w.take_one(_INTRO)
    if intro is not None:
        kinds.add(intro.group("kind"))
        positive |= bool(intro.group("pos"))
    elif not kinds:
        return None
    if len(kinds) != 1:
        raise Decline("what kind of numbers they are")
    for m in w.take(_MORE):
        x, y = _ROLE[m.group("x")], _ROLE[m.group("y")]
        if x == y or not (m.group("k") or m.group("m") or m.group("twice")):
            raise Decline("a relation between the numbers not read")
        k = sp.Rational(wording.value(m.group("k"))) if m.group("k") else sp.Integer(0)
        if m.group("dir") in ("less", "fewer", "smaller"):
            k = -k
        mult = sp.Integer(2) if m.group("twice") else (
            sp.Rational(wording.value(m.group("m"))) if m.group("m") else sp.Integer(1))
        story.state(x, mult * y + k, re.sub(r"#(\S+)", r"\1", m.group(0)))
    for m in w.take(_VALUE):
        v = sp.Rational(wording.value(m.group("v")))
        story.state(_ROLE[m.group("w")], v, f"the {m.group('w')} number is {v}")
    if len(story.relations) != 3 or not w.only_glue(_GLUE):
        return None
    story.positive = positive
    story.whole = bool(kinds & {"integers", "whole numbers"})
    kept: list[dict[sp.Symbol, sp.Basic]] = []

    def in_order(sol: dict[sp.Symbol, sp.Basic]) -> bool:
        if sol[A] <= sol[B] <= sol[C]:
            kept.append(sol)  # Story's own solution, checked again below
            return True
        return False

    story.allowed = in_order
    target = _ROLE[asked.group("q")]
    answer, steps = story.solve(lambda sol: target, f"the {asked.group('q')} number")
    for sol in kept:
        _check_again(sol, told)
    return answer, steps


def _check_again(sol: dict[sp.Symbol, sp.Basic], told: dict[str, sp.Rational]) -> None:
    """The told mean, median and range, computed again from the solved numbers."""
    nums = [Fraction(str(sol[u])) for u in (A, B, C)]
    again = {"mean": statistics.mean(nums), "median": statistics.median(nums),
             "range": max(nums) - min(nums)}
    for kind, value in told.items():
        confirm.check(again[kind] == Fraction(str(value)),
                      f"the {kind} of the three numbers, computed again, is as told")


__all__ = ["read"]
