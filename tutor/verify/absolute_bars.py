"""Absolute-value bars paired before latex2sympy sees them.

latex2sympy pairs `|` bars by its grammar alone and can pair them wrongly when a number
stands before a second bar: `2|x| + 5|y|` came back as 2|x · |+5| · y|, and `|x - 1| +
2|x + 3|` as one absolute value. `paired` decides each bar the way a reader does: a bar
right after an operand (a letter, a digit, a closing bracket, a factorial, or a bar that
closed) closes the innermost open bar, any other bar opens one. Each pair is then put in
parentheses, `2(|x|) + 5(|y|)`, which leaves the parser one way to read it. Text whose bars
do not pair up this way (a set `{x | x > 0}`, "a | b" for divides, `P(A|B)`) is returned
unchanged.
"""

from __future__ import annotations

import re

_OPERAND_END = re.compile(r"[A-Za-z0-9)}\]!'.]$")


def paired(text: str) -> str:
    """`text` with every absolute value in parentheses, or `text` itself when its bars do
    not pair."""
    if "|" not in text:
        return text
    s = re.sub(r"\\(?:left|right|big|Big|bigg|Bigg)\s*\|", "|", text)
    if "\\|" in s:
        return text  # a norm written \| is another notation
    opens: list[int] = []
    pairs: list[tuple[int, int]] = []
    closed_at = -1
    for i, ch in enumerate(s):
        if ch != "|":
            continue
        before = s[:i].rstrip()
        after_operand = bool(_OPERAND_END.search(before)) or (
            closed_at >= 0 and before.endswith("|") and len(before) - 1 == closed_at)
        if opens and after_operand:
            pairs.append((opens.pop(), i))
            closed_at = i
        else:
            opens.append(i)
    if opens or not pairs:
        return text
    out = list(s)
    for start, end in pairs:
        out[start] = "(|"
        out[end] = "|)"
    return "".join(out)


__all__ = ["paired"]
