"""Two pieces of maths said to be equal in words, joined into one equation: "For what value
of $x$ is $3x + 7$ equal to 22?" reads "For what value of $x$ is $3x + 7 = 22$?", "For what
$x$ does $2^{x+1}$ equal $32$?" and "For which $t$ will $\\frac{t+1}{3}$ and $\\frac{t}{2}$ be
equal?" likewise.

Only two single pieces of maths are joined, and neither may hold a relation or a list
(`=`, `<`, a comma ...), so nothing is read into a piece that was not in it. Like the other
respellings the engine tries this only after the problem as written is declined.
"""

from __future__ import annotations

import re

_PIECE = r"\$(?P<{0}>[^$]+)\$"
_NUMBER = r"(?P<n>-?\d+(?:\.\d+)?)(?![\w.]*\d)"
_EQUAL_TO = re.compile(r"\b(?:is|does|will|would) " + _PIECE.format("e")
                       + r" (?:be )?(?:equal to|equal|equals) (?:" + _PIECE.format("f") + "|"
                       + _NUMBER + r")")
_BOTH_EQUAL = re.compile(r"\b(?:are|will|would|do) " + _PIECE.format("e") + r" and "
                         + _PIECE.format("f") + r" (?:be )?(?:equal|the same)\b")
_RELATION = re.compile(r"=|<|>|\\(?:le|ge|ne|leq|geq|neq|lt|gt|approx|equiv)(?![a-zA-Z])|,|;"
                       r"|\\text|\\quad")


def equalities_joined(text: str) -> str:
    """The text with "is $E$ equal to $F$" (and the other wordings) as "is $E = F$"."""
    def join(m: re.Match[str]) -> str:
        left, right = m.group("e"), m.group("f") or m.groupdict().get("n")
        if right is None or _RELATION.search(left) or _RELATION.search(right):
            return m.group(0)
        return f"is ${left.strip()} = {right.strip()}$"

    return _BOTH_EQUAL.sub(join, _EQUAL_TO.sub(join, text))


__all__ = ["equalities_joined"]
