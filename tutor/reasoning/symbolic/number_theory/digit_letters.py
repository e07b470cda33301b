"""The letters a base problem names for digits above nine: "Convert 115 to base 11. Use A for
10 if needed.", "Write $94_{10}$ in base 12, using A for ten and B for eleven.", "express 255
in base 16 (use F for 15)", "Represent $10$ as $A$, if necessary.".

Such a request only says how to write the answer. When every letter it names stands for the
value the standard digits give it (A = 10, B = 11, ... as `integers.DIGITS` writes them),
`without_digit_letters` takes the request off, so the conversion reads as it does without it
and its answer is written with those same letters. A request naming any other letter for a
value ("use X for 10", "represent 10 as B") is left in the text: the answer would need
digits the engine does not write, and the problem is declined.
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.number_theory.integers import DIGITS

_VALUES = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
           "fifteen": 15}
_LETTER = r"\$?(?:\\text\{)?([A-Z])\}?\$?"
_VALUE = r"\$?(\d{2}|" + "|".join(_VALUES) + r")\$?"
_PAIR = (r"(?:(?:the )?(?:letter |digit )?" + _LETTER + r" (?:for|to represent|to stand for|"
         r"as|=) (?:the )?(?:digit |value )?" + _VALUE + r"|(?:the )?(?:digit |value )?" + _VALUE
         + r" (?:as|by|with) (?:the )?(?:letter |digit )?" + _LETTER + ")")
_PAIRS = _PAIR + r"(?:(?:,? and |, )" + _PAIR + r")*"
_REQUEST = re.compile(
    r"(?:(?<=[.?!])\s+|,\s*|\s*\(\s*|\s+)(?:and )?(?:please )?(?:use|using|represent|"
    r"representing|write|writing|let|letting)\s+(?P<pairs>" + _PAIRS + r")"
    r"(?:,?\s*(?:if|when|where|as) (?:needed|necessary|required))?\s*\)?\s*(?:[.;](?=\s|$))?",
    re.I)
_ONE = re.compile(_PAIR, re.I)


def _standard(pairs: str) -> bool:
    """True when each letter named stands for the value the standard digits give it."""
    found = list(_ONE.finditer(pairs))
    for m in found:
        letter = (m.group(1) or m.group(4)).upper()
        said = (m.group(2) or m.group(3)).lower()
        value = _VALUES[said] if said in _VALUES else int(said)
        if DIGITS.index(letter) != value:
            return False
    return bool(found)


def without_digit_letters(text: str) -> str:
    """The text without a request naming the standard letters for digits above nine, in a
    problem about bases; otherwise the text as it is."""
    if not re.search(r"\bbase\b|hexadecimal", text, re.I):
        return text
    for m in _REQUEST.finditer(text):
        if not _standard(m.group("pairs")):
            return text
    return _REQUEST.sub("", text).strip()


__all__ = ["without_digit_letters"]
