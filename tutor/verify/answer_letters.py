"""An answer that names a lettered choice with its value: `\\text{(C)}\\ 15`, `(C) 15`.

A contest problem lists its choices, and its answer key may give the letter (`\\text{(C)}`,
`C`) or the value (`15`). An answer that states both agrees with either: the letter with
a letter (`C` against `\\textbf{(C)}\\ 15`), the value with a value (`15`, compared as
any two answers are, by `same`). Two such answers agree when both the letters and the
values do. A bare letter against a bare letter is left to the general comparison.

Plain string work; the value is compared by the caller's `same`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_STYLE = r"\\(?:text|textbf|mathrm|mathbf|textrm)\s*\{\s*"
_SPACE = r"(?:\s|\\[ ,;:!]|~|\\q?quad)*"
# (C), \text{(C)}, \textbf{(C) }, \mathrm{(C) \ }
_LABEL = rf"(?:{_STYLE}\(\s*(?P<styled>[A-H])\s*\){_SPACE}\}}|\(\s*(?P<bracketed>[A-H])\s*\))"
_LETTERED = re.compile(rf"^{_SPACE}{_LABEL}{_SPACE}:?{_SPACE}(?P<value>[^\s\\~].*?|\\[a-zA-Z].*?)"
                       rf"{_SPACE}$")
# C, (C), \text{C}, \text{(C)}, \textbf{(C)}
_LETTER = re.compile(rf"^{_SPACE}(?:{_STYLE})?\(?\s*(?P<letter>[A-H])\s*\)?{_SPACE}\}}?{_SPACE}$")
_MAX_CHARS = 200


def _unwrapped(answer: str) -> str:
    answer = answer.strip()
    if len(answer) > 1 and answer[0] == answer[-1] == "$":
        return answer.strip("$")
    return answer


def lettered(answer: str) -> tuple[str, str] | None:
    """(letter, value) of an answer that names a choice and its value; None otherwise."""
    answer = _unwrapped(answer)
    if len(answer) > _MAX_CHARS or "\n" in answer:
        return None
    m = _LETTERED.match(answer)
    if not m:
        return None
    return m.group("styled") or m.group("bracketed"), m.group("value").strip()


def letter(answer: str) -> str | None:
    """The letter of an answer that is one choice's label alone (`C`, `\\text{(C)}`)."""
    answer = _unwrapped(answer)
    if answer.count("{") != answer.count("}"):
        return None
    m = _LETTER.match(answer)
    return m.group("letter") if m else None


def choices_agree(gold: str, pred: str, same: Callable[[str, str], bool]) -> bool | None:
    """True/False when either answer names a choice with its value; None otherwise."""
    named = lettered(gold), lettered(pred)
    if named == (None, None):
        return None
    if named[0] is not None and named[1] is not None:
        return named[0][0] == named[1][0] and same(named[0][1], named[1][1])
    choice, other = (named[0], pred) if named[0] is not None else (named[1], gold)
    assert choice is not None
    alone = letter(other)
    if alone is not None:
        return alone == choice[0]
    return same(other, choice[1]) if named[0] is None else same(choice[1], other)
