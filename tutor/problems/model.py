"""Problem and ProblemSet: plain data, no Qt, no I/O."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


def problem_id_for(text: str) -> str:
    """A stable id from the problem text, so progress survives reordering a set."""
    return hashlib.sha1(text.strip().encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class Problem:
    text: str  # plain text with LaTeX in any delimiter style
    answer: str | None = None  # gold final answer (LaTeX or plain), when the set has one
    hints: tuple[str, ...] = ()
    topic: str | None = None
    title: str | None = None
    problem_id: str = ""
    solution: str | None = None  # reference solution: steps separated by blank lines

    def __post_init__(self) -> None:
        if not self.problem_id:
            object.__setattr__(self, "problem_id", problem_id_for(self.text))

    @property
    def label(self) -> str:
        """A short one-line name for lists."""
        if self.title:
            return self.title
        first = self.text.strip().splitlines()[0] if self.text.strip() else ""
        first = first.replace("$", "").replace("\\(", "").replace("\\)", "")
        return first if len(first) <= 60 else first[:57] + "..."


@dataclass(frozen=True)
class ProblemSet:
    title: str
    problems: tuple[Problem, ...]
    set_id: str  # key for stored progress: "bundled/<stem>" or the file's absolute path
    source: str = ""  # the file it came from, for messages
    description: str = ""
    topics: tuple[str, ...] = field(default=())
    licence: str = ""  # the set's licence, from its header
    attribution: str = ""  # where the problems come from, from its header

    def __len__(self) -> int:
        return len(self.problems)
