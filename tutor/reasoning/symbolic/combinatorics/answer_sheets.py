"""Reader of the ways to answer every question of a quiz: "In how many ways can a
10-question true-false test be answered?", "A quiz has 6 multiple-choice questions, each
with 4 answer choices. In how many ways can a student answer all the questions?".

Each question takes one of its c answers on its own, so the n questions give c^n answer
sheets (every question answered; a blank or a skipped question is another problem, and
its words are not glue). Confirmed by listing the sheets (up to 200,000) or by the
binomial sum over how many questions get their first answer: sum C(n, k) (c - 1)^(n - k).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.combinatorics.guesses import CHOICES, QUIZ
from tutor.reasoning.symbolic.combinatorics.product_rule import power_count
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_LIST = 200_000
_WHO = r"(?:a student|someone|you|he|she|one|they|we|i|the student|[a-z]+)"
_ASK = [
    r" (?:in )?how many (?:different |distinct |possible )*ways (?:can|could|may)" + QUIZ[0]
    + r" be (?:answered|completed|filled (?:in|out))\b",
    r" (?:in )?how many (?:different |distinct |possible )*ways (?:can|could|may) " + _WHO
    + r" (?:answer|complete|fill (?:in|out)) (?:all (?:of )?)?(?:(?:the|this|that|its) )?(?:quiz|"
    r"test|exam|(?:#\d+ )?questions(?: (?:on|of) (?:the|this) (?:quiz|test|exam))?)\b",
    r" how many (?:different |distinct |possible )*(?:answer keys|sets of answers|answer sheets)"
    r"(?: (?:are|is) (?:there|possible)| can be (?:made|written|formed))?\b",
]
_TRUE_FALSE = r"\b(?:true-false|true or false|true/false)\b"


def answer_sheets(split: Split, template: str) -> Result | None:
    if not quick(template, "quiz", "test", "exam") or not quick(template, "answer", "complete",
                                                                  "fill"):
        return None
    w = Wording.of(split, template)
    w.text = w.text.replace("true / false", "true/false")
    true_false = w.find(r" " + _TRUE_FALSE[2:])
    w.text = w.text.replace("true/false", "true-false")
    ask = [m for p in _ASK for m in w.take(p)]
    quiz = [m for p in QUIZ for m in w.take(p)]
    choices = w.take(CHOICES)
    if len(ask) == 1 and re.search(QUIZ[0], ask[0].group(0)):  # the quiz said in the question
        quiz.append(ask[0])
    if len(ask) != 1 or not quiz or len(quiz) > 2 or len(choices) > 1 or not w.only_glue(
            {"question", "questions", "each", "of", "if", "every", "must", "be", "answered",
             "is", "are"}):
        return None
    counts = {int(x) for m in quiz for x in (m.groupdict().get(g) for g in
                                                      ("n", "n2", "n3")) if x}
    said_tf = true_false is not None or any("true" in m.group(0) for m in quiz)
    if len(counts) != 1 or said_tf == bool(choices) or any(
            "multiple" in m.group(0) for m in quiz) and said_tf:
        raise Decline("the number of questions or of answers to each is not said once")
    n = counts.pop()
    c = 2 if said_tf else int(choices[0].group("c") or choices[0].group("c2") or
                                   choices[0].group("c3"))
    if not (1 <= n <= 60 and 2 <= c <= 26):
        raise Decline("a modest quiz")
    v = power_count(c, n, "answer sheets", "by how many questions get their first answer", _LIST)
    claim = f"{c}^{{{n}}} = {v}"
    return sp.Integer(v), [step("answer each question", f"Each of the {n} questions takes one "
                                f"of its {c} answers, whatever the others take: multiply "
                                f"{c} by itself {n} times.", f"${claim}$", claim)]


__all__ = ["answer_sheets"]
