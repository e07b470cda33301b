"""The closing question of a problem, apart from what comes before it, for the readers that
answer a question through other questions (`combined_quantities`, `nested_quantities`).

`Question.of(text)` masks every piece of maths ($...$, and an escaped dollar sign) as @k@
so that no word inside maths is read, splits the sentences, and takes off closing requests
for the answer's form ("Express your answer as a common fraction."), which the engine applies
to the final answer (`answer_forms`). A request to round or for a percent is not taken off:
the engine takes those off before these readers are tried, so one left here declines.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, replace

import sympy as sp

from tutor.problems.step import Step
from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex

_MATHS = re.compile(r"\\\$|\$\$.*?\$\$|\$[^$]*\$", re.S)
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=[A-Z@(])")
_FORM = re.compile(r"\(?(?:express|give|write|enter|leave|state) (?:your|the) answer\b(?!.*\b(?:"
                   r"nearest|round|places?|significant|percent)\b)[^?]*", re.I)

_CLOSING_MARK = re.compile(r"^(\$[^$]*?)\s*([.,;])\$$")
_DISPLAY = re.compile(r"(?<!\\)\\\[(.*?)\\\]", re.S)


def as_inline_maths(text: str) -> str:
    """`text` with displayed maths `\\[...\\]` written inline as `$...$`, and a stop, comma
    or semicolon that closes a piece of inline maths put after it ("let $g(x) = x^2 - 3.$
    Find" is "let $g(x) = x^2 - 3$. Find"), so that it ends the sentence it closes."""
    text = _DISPLAY.sub(lambda m: " $" + m.group(1).strip() + "$ ", text)
    return _MATHS.sub(lambda m: _CLOSING_MARK.sub(r"\1$\2", m.group(0)), text)


# a question solved on its own: its value, its steps, and what confirmed it
Solver = Callable[[str], tuple[sp.Basic, list[Step], list[str]]]
# a whole problem solved: its answer (a value, or the answer as written), steps, checks
Solved = tuple[sp.Basic | str, list[Step], list[str]]
WholeSolver = Callable[[str], Solved]


@dataclass(frozen=True)
class Question:
    context: str  # the sentences before the question (maths masked)
    asked: str  # the question sentence (maths masked)
    closing: str  # requests for the answer's form after it (maths masked)
    pieces: tuple[str, ...]  # the masked maths, in order

    @classmethod
    def of(cls, text: str) -> Question:
        pieces: list[str] = []

        def keep(m: re.Match[str]) -> str:
            pieces.append(m.group(0))
            return f"@{len(pieces) - 1}@"
        sentences = _SENTENCE_END.split(_MATHS.sub(keep, text.strip()))
        closing: list[str] = []
        while len(sentences) > 1 and _FORM.fullmatch(sentences[-1]):
            closing.insert(0, sentences.pop())
        return cls(" ".join(sentences[:-1]), sentences[-1], " ".join(closing), tuple(pieces))

    def restored(self, masked: str) -> str:
        """Masked words with their maths put back."""
        return re.sub(r"@(\d+)@", lambda m: self.pieces[int(m.group(1))], masked)

    def asking(self, phrase: str) -> str:
        """The question "What is <phrase>?" after the problem's earlier sentences."""
        return self.restored(f"{self.context} What is {phrase}?".strip())


def agreed(readings: Iterable[Callable[[], Solved]], key: Callable[[sp.Basic | str], Hashable],
           unanswered: str, disagree: str) -> tuple[sp.Basic | str, list[Step]]:
    """Every reading of a question tried; those that answer must agree (compared by `key`).
    A disagreement between two methods inside a reading is final; a reading that declines is
    dropped. The confirmations of the problem so far and of the reading kept are recorded
    again, since each part's own solve started a new log."""
    kept = confirm.confirmations()
    solved: list[Solved] = []
    for reading in readings:
        try:
            solved.append(reading())
        except Decline as exc:
            if str(exc).startswith(confirm.DISAGREES):
                raise
    confirm.reset()
    if not solved:
        raise Decline(unanswered)
    if len({key(v) for v, _, _ in solved}) != 1:
        raise Decline(disagree)
    value, steps, checks = solved[0]
    confirm.record_again(kept, checks)
    return value, steps


def named(steps: list[Step], said: str) -> list[Step]:
    """A part's steps, the last one's hint saying what the part was ("This is the 12th prime
    number: $37$."), so the student sees it named on a checked step, not on a step of its
    own that nothing could check."""
    if not steps:
        raise Decline("a part answered without steps")
    last = steps[-1]
    hint = f"{last.hint} {said}" if last.hint else said
    return [*steps[:-1], replace(last, hint=hint)]


def as_maths(value: sp.Basic) -> str:
    """A number written into a problem's words: `$\\frac{2}{9}$`."""
    if not (isinstance(value, sp.Expr) and value.is_number):
        raise Decline("a part that is not a number")
    return f"${latex(value)}$"


__all__ = ["Question", "Solved", "Solver", "WholeSolver", "agreed", "as_maths", "named",
           "as_inline_maths"]
