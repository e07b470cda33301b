"""A sequence's terms typed plainly, written with subscripts as the recurrence readers read
them: "a1 = 1, a2 = 1 and a(n+1) = a(n) + a(n-1). What is a6?" -> "a_1 = 1, a_2 = 1 and
a_{n+1} = a_{n} + a_{n-1}. What is a_6?"; "a_(n+1)" -> "a_{n+1}"; "b(5)" -> "b_{5}" where
the letter is also called with n ("b(n+1) = 2b(n)").

Only in plain text (no `$...$`) that speaks of a sequence or a recurrence, and only
for a letter the text uses with an index (`a_n`, `a_(n+1)`, `a(n)`, `a(n-1)`): that letter
glued to digits ("a6") is then its term, never "a times 6"; any other letter is left alone.
"""

from __future__ import annotations

import re
from functools import partial

_SEQUENCE = re.compile(r"\b(?:sequences?|recurrences?|recursively|recursive)\b", re.I)
_INDEX = r"[nk](?:\s*[+-]\s*\d+)?"
_INDEXED = re.compile(rf"(?<![A-Za-z\\])([a-z])(?:_\(|_\{{|_[nk]\b|\({_INDEX}\))")


def _subscript(letter: str, m: re.Match[str], *, called: bool) -> str:
    """`a(n+1)` or `a_(n+1)` as `a_{n+1}`; `b(5)` only where the letter is called with n."""
    index = m.group(1) if m.group(1) is not None else m.group(2)
    if m.group(1) is not None and index.isdigit() and not called:
        return m.group(0)
    return letter + "_{" + re.sub(r"\s+", "", index) + "}"


def respelled(text: str) -> str:
    """The text with each indexed letter's terms written with subscripts (see the module)."""
    if "$" in text or not _SEQUENCE.search(text):
        return text
    for letter in sorted(set(_INDEXED.findall(text))):
        called = re.search(rf"(?<![A-Za-z\\]){letter}\({_INDEX}\)", text) is not None
        text = re.sub(rf"(?<![A-Za-z\\]){letter}(?:\(({_INDEX}|\d+)\)|_\(([^()]*)\))",
                      partial(_subscript, letter, called=called), text)
        text = re.sub(rf"(?<![A-Za-z\\\d.]){letter}(\d+)(?![\w(^]|\.\d)", rf"{letter}_{{\1}}", text)
    return text


__all__ = ["respelled"]
