"""Inline maths spans joined by `=` into one chain (`distance = \\(\\sqrt{36 + 64}\\) =
\\(\\sqrt{100}\\) = 10`), so `segments` reads the chain they write as one segment."""

from __future__ import annotations

import re

# `\(a\) = \(b\)`, `$a$ = $b$`, `\(a\) = 10`: one chain written across inline spans.
_BETWEEN_SPANS = re.compile(r"\\\)[ \t]*=[ \t]*\\\(|(?<=[^$\s])\$[ \t]*=[ \t]*\$(?=[^$\s])")
_NUMBER_AFTER_SPAN = re.compile(r"\\\)[ \t]*=[ \t]*(-?\d[\d,]*(?:\.\d+)?)(?![\w%.,]*\d|[\w%^])")


# Plain text that ends on an operator: the span after it is only one operand
# (`4 × $\\frac{9}{4}$ = $9$`), so a chain joined from it would drop the rest.
_OPERATOR_BEFORE = re.compile(r"(?:[-+×*÷/·−]|\\times|\\cdot|\\div)[ \t]*$")


def _operand_span(text: str, end: int) -> bool:
    """The inline span closing at `end` follows plain text that ends on an operator."""
    opener = text.rfind("\\(", 0, end) if text.startswith("\\)", end) else text.rfind("$", 0, end)
    return opener >= 0 and bool(_OPERATOR_BEFORE.search(text, 0, opener))


def joined_inline_maths(text: str) -> str:
    """Inline spans joined by `=` as one span, so the chain they write is read as
    one (`distance = \\(\\sqrt{36 + 64}\\) = \\(\\sqrt{100}\\) = 10`). A first span
    that is one operand of plain-text arithmetic (`10 - \\(\\sqrt{16}\\) = 6`) is not
    joined: the chain would leave out the number and operator written before it."""
    original = text
    text = _BETWEEN_SPANS.sub(
        lambda m: m.group(0) if _operand_span(original, m.start()) else " = ", original)
    return _NUMBER_AFTER_SPAN.sub(
        lambda m: m.group(0) if _operand_span(text, m.start()) else f" = {m.group(1)}\\)", text)


__all__ = ["joined_inline_maths"]
