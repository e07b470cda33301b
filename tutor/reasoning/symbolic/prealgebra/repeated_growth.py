"""Reader of an amount that is multiplied by the same factor every period (exponential growth
and decay told as a story): "A colony of 300 bacteria doubles every 2 hours. How many bacteria
are there after 10 hours?", "A culture of 40 cells triples each day. In how many days will there
be 3240 cells?", "A 640-gram sample halves every 5 years. How many grams are left after 15
years?", "A town of 2000 people grows by 10% every year. What is its population after 2 years?".

The factor is read from one growth phrase (doubles, triples, quadruples, halves, is cut in half,
grows / decreases by p%) followed by "every [n] <unit>" or "each <unit>"; the starting amount is
the only other number said before the question. The question asks the amount after a time
(a whole number of periods, in the period's unit), the time after which the amount is
exactly a stated number, or the first time it is past one ("After how many hours will there
first be more than 1000 bacteria?", "first be less than 50 grams left"). Every word must be
one this reader knows (the story's nouns are the words said with the starting amount), so "in
all", "ago", "die", a second growth or a clock time decline.

Found with the closed form a * r^k; confirmed by multiplying the amount period by period in
exact fractions (for a time, by seeing the amount pass the target at no earlier period; for a
threshold, by the count from logarithms at 50 digits).
"""

from __future__ import annotations

import re
from fractions import Fraction

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import wording
from tutor.reasoning.symbolic.prealgebra.wording import NUM

_UNITS = "second|minute|hour|day|week|month|year|decade"
_UP = frozenset("grows increases rises growing increasing rising".split())
_VERBS = "grows|increases|rises|growing|increasing|rising|decreases|decays|shrinks|falls|drops|" \
    "declines|decreasing|decaying|shrinking|falling|dropping|declining"
_FACTOR_WORDS = {"growdouble": Fraction(2), "growtriple": Fraction(3),
                 "growquadruple": Fraction(4), "growhalve": Fraction(1, 2)}
_MARK = [(r"\bdoubl(?:es|ed|e)\b", "growdouble"), (r"\btripl(?:es|ed|e)\b", "growtriple"),
         (r"\bquadrupl(?:es|ed|e)\b", "growquadruple"),
         (r"\b(?:halves|halved|is cut in half|is halved|is reduced by half|halve)\b",
          "growhalve")]
_GROWTH = re.compile(
    rf"\b(?:(?P<w>growdouble|growtriple|growquadruple|growhalve)|(?:is )?(?P<dir>{_VERBS}) by "
    rf"(?P<p>{NUM}) percent)"
    rf"(?: in (?:number|size|value|population|mass|amount))?"
    rf" (?:every|each|per|a) (?:(?P<n>{NUM}) )?(?P<u>{_UNITS})s?\b")
_ABOVE = ("more than", "greater than", "over", "at least", "exceed", "exceeds", "surpass",
          "reach", "reaches")
_OVER = re.compile(rf"\b(?:(?:will|would|does|do) )?(?:there )?(?:it )?(?:take )?(?:for )?"
                   rf"(?:the [a-z]+ )?(?:to )?first (?:be |have |has |contain |hold )?(?P<cmp>"
                   rf"more than|greater than|over|at least|exceed|exceeds|surpass|less than|"
                   rf"fewer than|under|below|fall below|drop below) (?P<x>{NUM})\b")
_AFTER = re.compile(rf"\b(?:after|in|at the end of) (?P<t>{NUM}) (?P<u>{_UNITS})s?\b")
_KNOWN = frozenset(
    "a an the of is are was be to in on for and that this these those what if then there it its "
    "now currently today starts start begins begin began started with has have had contains "
    "contain contained holds hold held present living alive how many much will would be left "
    "remain remains remaining after at end by every each per number size value population "
    "amount mass exactly later from time lab dish culture colony sample jar petri tank pond "
    "town city village country island container bottle percent in water right take takes until "
    "it".split()) | set(_VERBS.split("|"))  # units of measure only as said with the start
_BLOCKED = re.compile(r"\b(?:total|altogether|all|more|less|fewer|than|least|most|first|ago|"
                      r"before|earlier|originally|initially|die|dies|died|not|no|other|another|"
                      r"twice|times|half|sum|difference)\b|:")


def repeated_growth(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:doubl|tripl|quadrupl|halve|percent|cut in half)", template) and \
            not any("%" in m for m in split.maths) or \
            not re.search(r"\bhow (?:many|much)\b|\bwhat is\b", template):
        return None
    marked = template
    for pattern, word in _MARK:
        marked = re.sub(pattern, word, marked)
    text = re.sub(r"\s+", " ", wording.of(split, marked).text).strip()
    growth = list(_GROWTH.finditer(text))
    if len(growth) != 1 or text.count("grow") - len(re.findall(r"\bgrows\b", text)) > 1:
        return None
    g = growth[0]
    factor = _factor(g)
    period = wording.value(g.group("n")) if g.group("n") else Fraction(1)
    unit = g.group("u")
    if factor <= 0 or factor == 1 or period <= 0:
        return None
    rest = text[:g.start()] + " " + text[g.end():]
    ask = re.search(r"\bhow (?:many|much)\b|\bwhat is\b", rest)
    if not ask or len(re.findall(r"\bhow (?:many|much)\b|\bwhat is\b", rest)) != 1:
        return None
    before, question = rest[:ask.start()], rest[ask.start():]
    # "after how many hours will there first be more than 1000 bacteria?": a threshold
    over = _OVER.search(question) if re.match(rf"how many (?:{_UNITS})s\b", question) else None
    if over:
        text = text.replace(over.group(0), " ")
    if re.search(rf"\b(?:{_VERBS}|percent|grow[a-z]*)\b", rest.replace(
            over.group(0) if over else "@", " ")):
        return None  # a second change, or a question about the change itself
    if re.search(r"[.?!]", question.rstrip(" ?.")) or _BLOCKED.search(text) or \
            re.search(r"@\d+@", text):
        return None
    starts = re.findall(rf"({NUM})(?: [a-z-]+)?", before)
    if len(starts) != 1 or re.search(rf"\b(?:{_UNITS})s?\b", before):
        return None
    start = wording.value(starts[0].split()[0])
    said = re.findall(rf"{NUM}[ -]([a-z]+)(?: ([a-z]+))?", before)  # "300 bacteria"
    nouns = set(said[0]) - {""} if said else set()  # "a population of 2000": no noun
    if start <= 0 or not _words_known(text, nouns, unit):
        return None
    after = _AFTER.search(question)
    asked_time = re.match(rf"how many (?P<u>{_UNITS})s\b", question)
    if over and asked_time:
        return _first_time(over, start, factor, period, unit, asked_time.group("u"))
    if asked_time:
        return _time(question, start, factor, period, unit, asked_time.group("u"))
    if not after or after.group("u") != unit or len(re.findall(NUM, question)) != 1:
        return None
    noun = re.match(r"how many ([a-z]+)", question)
    if noun and noun.group(1) not in nouns or not noun and not re.match(
            r"how much|what is (?:the|its) (?:population|amount|mass|size|number)", question):
        return None
    return _amount(start, factor, period, unit, wording.value(after.group("t")))


def _first_time(over: re.Match[str], start: Fraction, factor: Fraction, period: Fraction,
                unit: str, asked: str) -> Result | None:
    """The first whole number of periods after which the amount passes a threshold."""
    goal = wording.value(over.group("x"))
    up = over.group("cmp") in _ABOVE
    if asked != unit or up != (factor > 1) or (start > goal if up else start < goal) or \
            goal <= 0:
        return None  # the amount never passes it, or has passed it at the start
    strict = over.group("cmp") not in ("at least", "reach", "reaches")

    def passed(v: Fraction) -> bool:
        return (v > goal if strict else v >= goal) if up else v < goal

    count = next((k for k in range(1, 201) if passed(_grown(start, factor, k))), None)
    if count is None:
        return None
    # the same count from logarithms at 50 digits: k is the least whole number past
    # log(goal / start) / log(r) (or at it, for "at least")
    with mpmath.workdps(50):
        x = mpmath.log(mpmath.mpf(goal.numerator) / goal.denominator
                       / (mpmath.mpf(start.numerator) / start.denominator)) / mpmath.log(
            mpmath.mpf(factor.numerator) / factor.denominator)
        near = mpmath.nint(x)
        whole = abs(x - near) < mpmath.mpf(10) ** -30
        k = int(near) + (1 if strict else 0) if whole else int(mpmath.floor(x)) + 1
    confirm.check(k == count, "the periods counted one by one agree with logarithms")
    r = sp.Rational(factor.numerator, factor.denominator)
    answer = period * count
    return sp.Rational(answer.numerator, answer.denominator), [
        step("grow period by period", f"Each period multiplies the amount by ${sp.latex(r)}$.",
             f"After {count - 1} periods: ${_tex(_grown(start, factor, count - 1))}$; after "
             f"{count}: ${_tex(_grown(start, factor, count))}$", str(count)),
        step("the time", f"One period is {_span(period, unit)}.",
             f"${count} \\cdot {_tex(period)} = {_tex(answer)}$", _tex(answer))]


def _factor(g: re.Match[str]) -> Fraction:
    if g.group("w"):
        return _FACTOR_WORDS[g.group("w")]
    p = wording.value(g.group("p"))
    up = g.group("dir") in _UP
    return 1 + p / 100 if up else 1 - p / 100


def _words_known(text: str, nouns: set[str], unit: str) -> bool:
    words = set(re.findall(r"[a-z]+", re.sub(r"#\S+", " ", text)))
    words -= set(_FACTOR_WORDS) | nouns | {unit, unit + "s"}
    return not words - _KNOWN


def _grown(start: Fraction, factor: Fraction, k: int) -> Fraction:
    amount = start
    for _ in range(k):
        amount *= factor
    return amount


def _amount(start: Fraction, factor: Fraction, period: Fraction, unit: str,
            time: Fraction) -> Result | None:
    k = time / period
    if k.denominator != 1 or not 0 < k <= 200:
        return None  # part of a period: the story does not say how it grows in between
    count = int(k)
    closed = sp.Rational(start.numerator, start.denominator) * sp.Rational(
        factor.numerator, factor.denominator) ** count
    if not closed.is_Integer:
        return None
    confirm.check(_grown(start, factor, count) == Fraction(int(closed)),
                  "the amount multiplied period by period")
    r = sp.Rational(factor.numerator, factor.denominator)
    return sp.Integer(closed), [
        step("count the periods", f"The amount changes once every {_span(period, unit)}.",
             f"${_tex(time)} \\div {_tex(period)} = {count}$ periods", str(count)),
        step("multiply", f"Each period multiplies the amount by ${sp.latex(r)}$.",
             f"${_tex(start)} \\cdot \\left({sp.latex(r)}\\right)^{{{count}}} = {closed}$",
             str(closed))]


def _time(question: str, start: Fraction, factor: Fraction, period: Fraction, unit: str,
          asked: str) -> Result | None:
    target = re.search(rf"\b(?:be|are|is|have|has|reach|reaches|contain|hold) (?:exactly )?"
                       rf"(?P<x>{NUM})\b", question)
    if asked != unit or not target or len(re.findall(NUM, question)) != 1 or re.search(
            rf"\b(?:after|in) {NUM}\b", question):
        return None
    goal = wording.value(target.group("x"))
    ratio = goal / start
    r = sp.Rational(factor.numerator, factor.denominator)
    k = sp.simplify(sp.log(sp.Rational(ratio.numerator, ratio.denominator)) / sp.log(r))
    if not k.is_Integer or not 0 < int(k) <= 200:
        return None
    count = int(k)
    confirm.check(_grown(start, factor, count) == goal and all(
        _grown(start, factor, j) != goal for j in range(count)),
        "the amount multiplied period by period reaches the target then, not before")
    answer = period * count
    return sp.Rational(answer.numerator, answer.denominator), [
        step("how many periods", f"Each period multiplies the amount by ${sp.latex(r)}$.",
             f"${_tex(start)} \\cdot \\left({sp.latex(r)}\\right)^{{k}} = {_tex(goal)}$ gives "
             f"$\\left({sp.latex(r)}\\right)^{{k}} = {_tex(ratio)}$, so $k = {count}$",
             str(count)),
        step("the time", f"One period is {_span(period, unit)}.",
             f"${count} \\cdot {_tex(period)} = {_tex(answer)}$", _tex(answer))]


def _tex(v: Fraction) -> str:
    return sp.latex(sp.Rational(v.numerator, v.denominator))


def _span(period: Fraction, unit: str) -> str:
    return f"{_tex(period)} {unit}" + ("" if period == 1 else "s")


__all__ = ["repeated_growth"]
