"""A problem with lettered choices: solve the question alone, then name the choice it equals.

The choices confuse the readers, so the question is solved without them (`answer_choices`
splits them off) by the whole engine, and its confirmed answer is compared with each
choice exactly: the simplified difference is 0, and numerically to 50 digits (two methods;
when they disagree, decline). Exactly one choice must match; the answer is then that
choice's letter with its value, `\\text{(C)}\\ 15`, which a grader reads as the letter or
as the value (`tutor.verify.answer_letters`). Declined, with the reason: the question
alone is not answered and confirmed, the question asks about the choices themselves
("which of the following"), several letters are asked for, a choice is a statement the
parser cannot read as a value, no choice matches, or two do.
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable

import sympy as sp

from tutor.reasoning.symbolic.answer_choices import (
    NONE_OF_THESE,
    Choice,
    ListedChoices,
    choice_value,
    plain_choice,
    without_degrees,
)
from tutor.reasoning.symbolic.model import Decline, Solution, step
from tutor.reasoning.symbolic.parsing import parse_latex
from tutor.reasoning.symbolic.understand import OFFER

# a question that cannot be asked without its choices ("which of these", "the following
# is"), not one that lists its own conditions ("the following two properties")
_ABOUT_CHOICES = re.compile(
    r"\b(?:which|what)\b[^.?]*\bof (?:the following|these|those)\b|(?:which|what) one\b"
    r"|\bthe following\b(?!\s+(?:\w+\s+)?(?:properties|conditions|rules|facts|data)\b)"
    r"|\bthese (?:numbers|values|expressions|statements|choices|options)\b"
    r"|\b(?:listed|given|shown) below\b|\b(?:choices|options|statements?)\b", re.IGNORECASE)
_DIGITS = 50


def asks_about_choices(question: str) -> bool:
    """True when the question cannot be asked without its choices ("which of these")."""
    return bool(_ABOUT_CHOICES.search(question))


def _same_value(answer: sp.Expr, choice: sp.Expr) -> bool:
    """True when the two are equal: the simplified difference is 0 and, at a few points
    for letters, numerically to 50 digits; Decline when the two methods disagree."""
    difference = answer - choice
    symbolic = sp.simplify(difference) == 0
    letters = sorted(difference.free_symbols, key=str)
    rng = random.Random(7)
    numeric = True
    for _ in range(3 if letters else 1):
        point = {s: sp.Rational(rng.randint(11, 97), rng.randint(3, 29)) for s in letters}
        try:
            got = sp.N(difference.subs(point), _DIGITS)
        except (TypeError, ValueError, ZeroDivisionError):
            raise Decline("a choice could not be compared with the answer numerically") \
                from None
        if not got.is_number or got.has(sp.zoo, sp.nan):
            raise Decline("a choice could not be compared with the answer numerically")
        numeric = numeric and abs(got) < sp.Float(10) ** (5 - _DIGITS)
    if symbolic != numeric:
        raise Decline("an independent check disagrees: the answer equals a choice "
                      "symbolically but not numerically, or the other way round")
    return symbolic


def _answer_value(answer: str) -> tuple[sp.Expr, bool]:
    bare, degrees = without_degrees(answer)
    if "\\text" in bare:
        raise Decline(f"the answer {answer} is not a value to compare with the choices")
    value = parse_latex(bare)
    if not isinstance(value, sp.Expr):
        raise Decline(f"the answer {answer} is not a value to compare with the choices")
    return value, degrees


def _values(listed: ListedChoices) -> list[tuple[Choice, sp.Expr]]:
    """Each choice with its value ("none of these" left out); Decline at a statement."""
    values: list[tuple[Choice, sp.Expr]] = []
    for choice in listed.choices:
        if NONE_OF_THESE.match(choice.text):
            continue
        read = choice_value(choice.text)
        if read is None:
            raise Decline(f"choice ({choice.letter}) '{choice.text}' is not a value I can "
                          "compare with an answer")
        values.append((choice, read))
    return values


def _matching(listed: ListedChoices, values: list[tuple[Choice, sp.Expr]],
              answer: str) -> Choice:
    """The one choice equal to `answer`; Decline naming why there is none."""
    value, _ = _answer_value(answer)
    matches = [c for c, v in values if _same_value(value, v)]
    if not matches:
        raise Decline(f"the answer {answer} is none of the choices {listed.labels()}")
    if len(matches) > 1:
        both = " and ".join(f"({c.letter}) {c.text}" for c in matches)
        raise Decline(f"the answer {answer} equals two choices, {both}")
    return matches[0]


def _declined(listed: ListedChoices, reason: str, start: float) -> Solution:
    return Solution(answer=None, kind="unsupported", seconds=time.perf_counter() - start,
                    declined=f"I read the question and its answer choices {listed.labels()}, "
                             f"but {reason}. " + OFFER, detail=reason)


def answer(listed: ListedChoices, solve: Callable[[str], Solution]) -> Solution:
    """Solve the question alone with `solve` (the engine) and name the one matching choice."""
    start = time.perf_counter()
    if listed.several:
        return _declined(listed, "several letters are asked for", start)
    if asks_about_choices(listed.question):
        return _declined(listed, "the question asks about the choices themselves", start)
    try:
        values = _values(listed)
    except Decline as exc:
        return _declined(listed, str(exc), start)
    solved = solve(listed.question)
    if solved.answer is None:
        return solved
    if not solved.confirmed:
        return _declined(listed, f"the answer {solved.answer} of the question alone is not "
                                 "confirmed by a second method", start)
    try:
        chosen = _matching(listed, values, solved.answer)
    except Decline as exc:
        return _declined(listed, str(exc), start)
    except Exception as exc:  # noqa: BLE001 - a SymPy failure: decline, never guess
        return _declined(listed, f"a choice could not be compared ({exc})", start)
    shown = f"\\text{{({chosen.letter})}}\\ {plain_choice(chosen.text)}"
    final = step("answer choice", "Which choice has this value?",
                 f"The answer ${solved.answer}$ is choice ({chosen.letter}): ${shown}$.")
    return Solution(answer=shown, steps=[*solved.steps, final], plots=solved.plots,
                    seconds=solved.seconds + time.perf_counter() - start,
                    confirmed=[*solved.confirmed,
                               f"the answer equals choice ({chosen.letter}) exactly "
                               "(symbolically and to 50 digits), and no other choice"])
