"""Reader of a pass mark told as a percent of a whole number of items: "To pass a quiz of 35
questions you must get at least 80% right. What is the greatest number you can miss and still
pass?", "A test has 40 questions; at least 85% of them must be answered correctly to pass.
What is the least number of questions a student must answer correctly?", "A quiz has 24
problems and you need more than 75% to pass. How many problems can you miss and still pass?".

The story tells one count of items (questions, problems, words, points ...) and one percent
said with "at least" (the count reaches it) or "more than" (it passes it). The question asks
the least number right (learned, solved, answered correctly ...) or the greatest number
missed (wrong, answered incorrectly) that still passes. Any other number, or a word that
changes the maths ("not", "each", "points", "bonus", "partial") leaves it unread.

The least count right is ceil(pN/100) (one more than pN/100 when it must be passed); the most
missed is N less that. Confirmed by trying every count from 0 to N in exact fractions.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import wording

_ITEMS = r"(?:questions?|problems?|words?|items?|exercises?|tasks?|puzzles?|shots?|answers?)"
_COUNT = re.compile(rf"(?P<n>#\d+) (?:[a-z]+ )?{_ITEMS}\b")
_BAR = re.compile(r"\b(?P<how>at least|no less than|not less than|a minimum of|more than|over)"
                  r" (?P<p>#\d+(?:\.\d+)?) percent\b")
_WHO = r"(?:you|she|he|they|one|a student|the student|a person|[a-z]+)"
_MISS = re.compile(
    rf"\b(?:what is |find )?the (?:greatest|largest|most|maximum) number(?: of {_ITEMS})? "
    rf"(?:that )?{_WHO} (?:can|could|may) (?:miss|get wrong|answer incorrectly|answer wrong|"
    r"get incorrect|fail)(?: and still (?:pass|succeed|get an? [a-z]))?\??$"
    rf"|\bhow many {_ITEMS} (?:can|could|may) {_WHO} (?:miss|get wrong|answer incorrectly)"
    r"(?: and still (?:pass|succeed))?\??$"
    rf"|\bthe (?:greatest|largest|most|maximum) number(?: of {_ITEMS})? that (?:can|could|may) be "
    r"(?:missed|answered incorrectly|gotten wrong|got wrong)(?: (?:and|while) still passing)?\??$")
_RIGHT = re.compile(
    rf"\b(?:what is |find )?the (?:least|fewest|smallest|minimum) number(?: of {_ITEMS})? "
    rf"(?:that )?{_WHO} (?:must|should|needs? to|has to|have to|would need to) (?:learn|"
    r"answer correctly|answer right|get right|get correct|solve|make|know)(?: correctly)?"
    r"(?: (?:in order )?to (?:pass|succeed))?\??$")
_UNREAD = re.compile(r"\b(?:not|no|each|every|points?|bonus|partial|half|twice|times|less|"
                     r"fewer|already|first|last|other|another|average|mean|extra)\b")


def percent_thresholds(split: Split, template: str) -> Result | None:
    if "percent" not in template and "%" not in template + "".join(split.maths):
        return None
    text, places, form = nw.read_story(split, template)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r" ([.,?])", r"\1", text)
    text = re.sub(r"(#\d+) ?-(question|problem|item|word|exercise|task|puzzle)\b", r"\1 \2s", text)
    # "a passing score is 80%", "the pass mark is 80%": at least that
    text = re.sub(r"\b(?:passing|pass) (?:score|grade|mark) (?:is|was|of) (#\d+(?:\.\d+)?) percent",
                  r"pass mark at least \1 percent", text)
    if places is not None or form is not None or "@" in text:
        return None
    bars = list(_BAR.finditer(text))
    counts = list(_COUNT.finditer(text))
    if len(bars) != 1 or len(counts) != 1 or text.count("#") != 2:
        return None
    bar = bars[0]
    cut = max(text.rfind(". "), text.rfind(", "))
    question = text[cut + 2:]
    miss, right = _MISS.search(question), _RIGHT.search(question)
    if (miss is None) == (right is None):
        return None
    rest = text.replace(bar.group(0), " ").replace(question, " ")
    if _UNREAD.search(rest.replace("no less than", " ")) or _UNREAD.search(question):
        return None
    if "#" in question:
        return None
    n, p = wording.value(counts[0].group("n")), wording.value(bar.group("p"))
    if n.denominator != 1 or not 0 < n <= 10**5 or not 0 < p <= 100:
        return None
    strict = bar.group("how") in ("more than", "over")
    return _solve(int(n), p, strict, miss is not None)


def _passes(k: int, n: int, p: Fraction, strict: bool) -> bool:
    share = Fraction(k, n)
    return share > p / 100 if strict else share >= p / 100


def _solve(n: int, p: Fraction, strict: bool, missed: bool) -> Result:
    need = p * n / 100
    least = int(need) + 1 if strict and need.denominator == 1 else -(-need.numerator //
                                                                      need.denominator)
    if least > n:
        raise Decline("no count of the items reaches the pass mark")
    passing = [k for k in range(n + 1) if _passes(k, n, p, strict)]
    confirm.check(bool(passing) and passing[0] == least and
                  all(_passes(k, n, p, strict) for k in range(least, n + 1)),
                  "every count from 0 to the whole tried: the least that passes")
    sign = ">" if strict else "\\ge"
    claim = f"\\frac{{{nw.tex_of(p)}}}{{100}} \\cdot {n} = {nw.tex_of(need)}"
    steps = [step("the pass mark", f"{nw.said(p)}% of the {n} items.", f"${claim}$", claim),
             step("the least count", f"The count right must be a whole number {sign} "
                  f"{nw.said(need)}.", f"${least}$", str(least))]
    if not missed:
        return sp.Integer(least), steps
    most = n - least
    claim = f"{n} - {least} = {most}"
    steps.append(step("the most missed", "Every item not right is missed.", f"${claim}$",
                      claim))
    return sp.Integer(most), steps


__all__ = ["percent_thresholds"]
