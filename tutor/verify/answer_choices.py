"""A stated answer that names a choice the problem lists: "so the answer is (C) 12" for a
problem ending "(A) 7 (B) 10 (C) 12 (D) 14".

The step claims that the choice it names holds the value it writes. The problem's list
settles that claim with no reference answer: the letter's listed value is read from the
problem and compared with the stated one, exactly (both plain numbers, compared as exact
fractions, and again as written after normalising) - verified when they agree; refuted
when both are plain numbers and differ ("choice (B) is 10, not 12"); otherwise nothing
is said. A letter alone ("the answer is C") claims no value here and is left to the
reference answer, as is whether the value itself is right.

A list is read only when its labels run A, B, C, ... in order (at least three, upper
case, each once), each with a short value: "(A) 7", "A) 7", "A. 7", "\\textbf{(A) }7".
Plain string work (no SymPy, no eval).
"""

from __future__ import annotations

import re
from fractions import Fraction

from tutor.verify.extract.flat_arithmetic import flat_value
from tutor.verify.verdict import ClaimResult, Verdict

__all__ = ["choice_claim", "listed_choices"]

_LATEX = re.compile(r"\\(?:textbf|text|mathrm|mathbf)\s*\{|\\q?quad|\\[ ,;:!]|[{}$~]")
_LABEL = re.compile(r"(?:(?<![\w(])\(\s*(?P<a>[A-H])\s*\)|(?<![\w(])(?P<b>[A-H])\s*[).:])(?=\s)")
_MAX_VALUE = 40
_STATED = re.compile(
    r"\banswer\s*(?:is|:)\s*(?:choice\s+|option\s+)?"
    r"(?:\(\s*(?P<a>[A-H])\s*\)|(?P<b>[A-H])\s*[).:]|(?P<c>[A-H])(?=\s*$|\s*[.,;!]\s*$))"
    r"(?P<value>[^\n]{0,40}?)\s*[.!]?\s*$",
    re.IGNORECASE,
)
_UNIT_MARKS = re.compile(r"[$,\s]|%$")


def listed_choices(problem: str) -> dict[str, str]:
    """The problem's lettered choices, letter -> value as written; {} when there is no
    list read with certainty (see module doc)."""
    text = _LATEX.sub(" ", problem[-1500:])
    labels = list(_LABEL.finditer(text))
    start = next((i for i, m in enumerate(labels) if (m.group("a") or m.group("b")) == "A"), None)
    if start is None:
        return {}
    labels = labels[start:]
    choices: dict[str, str] = {}
    for i, m in enumerate(labels):
        letter = m.group("a") or m.group("b")
        if letter != chr(ord("A") + i):
            return {}
        end = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        value = text[m.end():end].strip().rstrip(".;,").strip()
        if not value or len(value) > _MAX_VALUE or "\n" in value:
            return {}
        choices[letter] = value
    return choices if len(choices) >= 3 else {}


def _number(value: str) -> Fraction | None:
    return flat_value(_UNIT_MARKS.sub("", value)) if re.search(r"\d", value) else None


def _percent(value: str) -> bool:
    return re.search(r"(?:%|\\%|\bper ?cent)\s*$", value) is not None


def _same_writing(a: str, b: str) -> bool:
    return re.sub(r"\s+", "", a) == re.sub(r"\s+", "", b)


def choice_claim(problem: str, step: str) -> ClaimResult | None:
    """The claim that the choice the step's stated answer names holds the value it writes,
    checked against the problem's list (see module doc); None when there is nothing to say."""
    stated = _STATED.search(step[-300:])
    if not stated:
        return None
    letter = (stated.group("a") or stated.group("b") or stated.group("c")).upper()
    value = stated.group("value").strip().strip(",;").strip()
    if not value or stated.group("c"):
        return None
    choices = listed_choices(problem)
    listed = choices.get(letter)
    if listed is None:
        return None
    claim = f"choice ({letter}) is {value}"
    mine, theirs = _number(value), _number(listed)
    if _percent(value) != _percent(listed):
        return None  # "(A) 12" for a listed "12%": the same digits, not the same number
    if mine is not None and theirs is not None:
        if mine == theirs:
            return ClaimResult(claim, Verdict.VERIFIED, f"the problem lists ({letter}) {listed}",
                               "answer", method="read from the problem's choices")
        other = [k for k, v in choices.items() if _number(v) == mine]
        also = f" ({value} is choice ({other[0]}))" if other else ""
        return ClaimResult(claim, Verdict.REFUTED,
                           f"choice ({letter}) is {listed}, not {value}{also}", "answer",
                           method="read from the problem's choices")
    if _same_writing(value, listed):
        return ClaimResult(claim, Verdict.VERIFIED, f"the problem lists ({letter}) {listed}",
                           "answer", method="read from the problem's choices")
    return None
