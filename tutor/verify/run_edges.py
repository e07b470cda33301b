"""Where a plain run of maths found in prose begins and ends: the parentheses that belong to
the prose around it ("(since 56 - 5 = 51)"), and a first side written in words ("side^2 =
6^2 = 36")."""

from __future__ import annotations

import re

RELATION = re.compile(r"=|<|>|≤|≥|≈")  # the relations a plain run may hold


def balanced(run: str) -> str:
    """Drop parentheses that belong to the prose around the run: "(since 56 - 5 = 51)",
    and the end of a parenthesis opened before it ("ln(a_n) = 0 - ln(2)" gives
    "n) = 0 - ln(2)": the run begins after its first relation)."""
    depth = 0
    for i, ch in enumerate(run):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if RELATION.match(ch) or depth > 0:
            break
        if depth < 0:
            run = run[i + 1:].lstrip()
            break
    while run.endswith(")") and run.count(")") > run.count("("):
        run = run[:-1].rstrip()
    while run.startswith(")") or run.startswith("(") and run.count("(") > run.count(")"):
        run = run[1:].lstrip()
    if run.startswith("(") and run.endswith(")") and closing_parenthesis(run, 0) == len(run) - 1:
        run = run[1:-1].strip()  # "(50/2 = 25)": the whole run in parentheses
    return run


def brackets_nest(run: str) -> bool:
    """Square brackets and parentheses in the run open and close in order ("[5 - (9 - 3)/2]"),
    so a bracket reads as grouping; a lone one ("[0, 2)", "x = 3]") belongs to the prose."""
    if "[" not in run and "]" not in run:
        return True
    stack: list[str] = []
    for ch in run:
        if ch in "([":
            stack.append(ch)
        elif ch in ")]":
            if not stack or stack.pop() != {")": "(", "]": "["}[ch]:
                return False
    return not stack


def closing_parenthesis(text: str, start: int, pair: str = "()") -> int:
    """Index of the bracket that closes the one at `start` (-1 when none); `pair` is the
    opening and closing character ("()", or "{}" for a TeX group)."""
    depth = 0
    for i in range(start, len(text)):
        depth += {pair[0]: 1, pair[1]: -1}.get(text[i], 0)
        if depth == 0:
            return i
    return -1


# "solve -2x + 1 <= 7": a command, after which the maths is whole
_COMMAND = re.compile(
    r"\b(?:solve|simplify|evaluate|expand|factor|factori[sz]e|compute|calculate)\s?$",
    re.IGNORECASE)


def first_side_in_words(text: str, at: int) -> bool:
    """The run at `at` starts on an operator right after a word ("side^2", "GCF + 11"),
    not after maths in LaTeX or a sum's dots."""
    before = text[max(0, at - 12):at]
    return bool(re.search(r"[A-Za-z]{2,}\s?$", before)) and "$" not in before \
        and not _COMMAND.search(before) \
        and not re.search(r"\\[a-zA-Z]+\s?$", before)


__all__ = ["RELATION", "balanced", "brackets_nest", "closing_parenthesis", "first_side_in_words"]
