"""Reader of a score on a test told as a count or a percent right (or wrong), the rest asked:
"A test has 40 questions. Amy got 85% right. How many did she get wrong?", "Ben answered 18
of 24 correctly. What percent did he miss?", "On a 30-question quiz, Kim got 27 right. What
percent did she get right?".

The story gives the number of items N once ("a test has N questions", "on a N-question
quiz", "X of N", "X out of N") and one score: a count or a percent of the items got right
(correct, correctly) or wrong (incorrect, missed). The question asks how many were got right
or wrong (missed), or what percent. The person asked about must be the one scored (the same
name, or he, she, they for a name). Any other clause, number or person leaves it unread.

Right and wrong make N; the answer is the count asked or 100 times it over N. A percent that
does not give a whole count declines. Confirmed by working the score given back from the
answer, in exact fractions.
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

_ITEMS = r"(?:questions|problems|items|exercises)"
_TEST = r"(?:test|quiz|exam|examination|worksheet)"
_N = r"#\d+(?:\.\d+)?"
_RIGHT = {"right": "right", "correct": "right", "correctly": "right", "wrong": "wrong",
          "incorrect": "wrong", "incorrectly": "wrong"}
_HOW = r"(?P<how>right|correct|correctly|wrong|incorrect|incorrectly)"
_TOTALS = [
    re.compile(rf"^(?:(?:a|an|the|this|my|our|his|her|their) )?(?:[a-z]+ )?{_TEST} "
               rf"(?:has|had|have|contains|contained|consists of|with) (?P<n>#\d+) {_ITEMS}$"),
    re.compile(rf"^there (?:are|were) (?P<n>#\d+) {_ITEMS} on (?:a|an|the) {_TEST}$"),
    re.compile(rf"^on (?:a|an|the) (?P<n>#\d+) ?-?(?:question|problem|item) {_TEST}$"),
]
_SCORES = [
    re.compile(rf"^(?P<who>(?:a |the )?[a-z]+) (?:got|gets|answered|answers|had|has|did) "
               rf"(?P<x>{_N})(?P<pct> percent)?(?: (?:of|out of) (?:(?P<n>#\d+)|the|them)"
               rf"(?: {_ITEMS})?)?(?: {_ITEMS})? {_HOW}$"),
    re.compile(rf"^(?P<who>(?:a |the )?[a-z]+) (?P<how>missed|misses) "
               rf"(?P<x>{_N})(?P<pct> percent)?(?: (?:of|out of) (?:(?P<n>#\d+)|the|them)"
               rf"(?: {_ITEMS})?)?(?: {_ITEMS})?$"),
]
_ASKS = [
    re.compile(rf"^how many(?: {_ITEMS}| of (?:them|the {_ITEMS}))? did (?P<who>[a-z]+) "
               rf"(?:get|answer) {_HOW}$"),
    re.compile(rf"^how many(?: {_ITEMS}| of (?:them|the {_ITEMS}))? did (?P<who>[a-z]+) "
               r"(?P<how>miss)$"),
    re.compile(rf"^what percent(?:age)?(?: of (?:them|the {_ITEMS}))? did (?P<who>[a-z]+) "
               rf"(?:get |answer )?(?P<how>right|correct|correctly|wrong|incorrect|incorrectly"
               r"|miss)$"),
]
_PRONOUNS = frozenset({"he", "she", "they", "i", "you", "we", "it"})


def _first(patterns: list[re.Pattern[str]], text: str) -> re.Match[str] | None:
    for pattern in patterns:
        if (found := pattern.fullmatch(text)) is not None:
            return found
    return None


def _side(how: str) -> str:
    return "wrong" if how.startswith("miss") else _RIGHT[how]


def _same_person(scored: str, asked: str) -> bool:
    if scored == asked:
        return True
    return asked in {"he", "she", "they"} and scored.split()[-1] not in _PRONOUNS


def score_percents(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:right|correct|correctly|wrong|incorrect|incorrectly|miss|missed)\b",
                     template):
        return None
    sentences = nw.story_sentences(split, template)
    if sentences is None or len(sentences) < 2 or "#" in sentences[-1]:
        return None
    ask = _first(_ASKS, sentences[-1])
    if ask is None:
        return None
    clauses = re.split(r" \. | , |, | and ", " . ".join(sentences[:-1]))
    totals: list[int] = []
    scores: list[re.Match[str]] = []
    for clause in clauses:
        if (total := _first(_TOTALS, clause)) is not None:
            totals.append(int(wording.value(total.group("n"))))
        elif (score := _first(_SCORES, clause)) is not None:
            scores.append(score)
            if score.group("n") is not None:
                totals.append(int(wording.value(score.group("n"))))
        else:
            return None
    if len(totals) != 1 or len(scores) != 1 or totals[0] <= 0:
        return None
    score, n = scores[0], totals[0]
    if not _same_person(score.group("who"), ask.group("who")):
        return None
    given = wording.value(score.group("x"))
    count = given * n / 100 if score.group("pct") else given
    if not 0 <= count <= n or (score.group("pct") is None and given.denominator != 1):
        return None
    if count.denominator != 1:
        raise Decline(f"{score.group('x').lstrip('#')}% of {n} is not a whole number of "
                      "questions")
    side_given, side_asked = _side(score.group("how")), _side(ask.group("how"))
    counted = count if side_given == side_asked else n - count
    asks_percent = sentences[-1].startswith("what percent")
    answer = Fraction(counted * 100, n) if asks_percent else Fraction(counted)
    # the score given, worked back from the answer
    back = answer * n / 100 if asks_percent else answer
    back = back if side_given == side_asked else n - back
    confirm.check(back == count, "the answer gives back the score told")
    other = "wrong" if side_given == "right" else "right"
    steps = [step("count given", f"The number {side_given}.",
                  f"${nw.tex_of(count)}$ of ${n}$", str(count))]
    if side_given != side_asked:
        steps.append(step(f"number {other}", f"The rest are {other}.",
                          f"${n} - {nw.tex_of(count)} = {nw.tex_of(n - count)}$",
                          str(n - count)))
    if asks_percent:
        steps.append(step("percent", "The count over the whole, times 100.",
                          f"$\\frac{{{nw.tex_of(counted)}}}{{{n}}} \\cdot 100 = "
                          f"{nw.tex_of(answer)}$", str(answer)))
    return sp.Rational(answer.numerator, answer.denominator), steps


__all__ = ["score_percents"]
