"""Pieces shared by every template list: how a maths slot and the common verbs are written.

`parsing.split_problem` replaces each maths span of a problem by `@i@`; a template
captures `i` with `M` and a handler fetches the LaTeX with `maths(split, group)`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp

from tutor.reasoning.symbolic.model import Decline, Step
from tutor.reasoning.symbolic.parsing import Split

M = r"@(\d+)@"
ASK = r"(?:what is|what's|find|compute|evaluate|calculate|determine|give)"
VAL = r"(?:the (?:exact |numerical )?value of )?"
END = r"[.?!]?"
LIST = r"(" + M + r"(?:,? " + M + r")*,?(?: and " + M + r")?)"  # "@1@, @2@ and @3@"

Result = tuple[sp.Basic | str, list[Step]]
Handler = Callable[[Split, re.Match[str]], Result]


def maths(split: Split, g: str | None) -> str:
    """The LaTeX of the maths slot a template group captured."""
    if g is None:
        raise Decline("missing maths")
    return split.maths[int(g)]


def all_maths(split: Split, group: str) -> list[str]:
    """The LaTeX of every maths slot inside a captured group (a LIST, say)."""
    return [split.maths[int(g)] for g in re.findall(M, group)]


__all__ = ["ASK", "END", "LIST", "Handler", "M", "Result", "VAL", "all_maths", "maths"]
