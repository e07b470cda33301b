"""A power of a signed number said in words reads two ways: "-3 squared" is (-3)^2 = 9 to
one reader and -(3^2) = -9 to another, as "negative 2 to the power of 4" is. Such a problem
is declined with both readings named before any reader sees it; a bracket settles it
("(-3) squared", read by `spelled_maths`), and a minus after a number, a one-letter name or
a bracket subtracts ("7 - 2 squared" = 3).
"""

from __future__ import annotations

import re

# a minus before a number raised to a power in words: the sign inside the power or outside
_SIGNED_POWER = re.compile(r"(?:[-−]\s?|\bnegative |\bminus )(\d+(?:\.\d+)?) (squared|cubed"
                           r"|(?:raised )?to the (?:power of \d+|\w+ power))\b")


# words that end an operand: "5 squared minus 3 cubed" subtracts
_OPERAND_WORDS = frozenset({"squared", "cubed", "percent", "%"})


def signed_power_said(text: str) -> str | None:
    """Why "what is -3 squared" reads two ways, (-3)^2 or -(3^2); None when no such power.
    A minus after a number, a one-letter name, a bracket or a power said ("5 squared minus
    3 cubed") subtracts: "5 - 3 squared"."""
    for m in _SIGNED_POWER.finditer(text):
        last = re.search(r"(?:\w+|\S)$", text[:m.start()].rstrip())
        before = last.group(0) if last else ""
        if not (before.isdigit() or len(before) == 1 and before.isalnum() or before in ")]}"
                or before.lower() in _OPERAND_WORDS):
            n, said = m.group(1), m.group(2)
            return (f"-{n} {said} reads two ways, (-{n}) {said} or -({n} {said}); write the "
                    "brackets")
    return None


__all__ = ["signed_power_said"]
