"""Conditions on an integer told as sentences before the question, asked as one question:
"The number $n$ is a multiple of 6 and $n \\equiv 4 \\pmod 5$. What is the smallest positive
$n$?" is asked as "What is the smallest positive integer $n$ such that $n$ is a multiple of 6
and $n \\equiv 4 \\pmod 5$?"; "A number $n$ has three digits. $n + 3$ is a multiple of 7.
What is the smallest possible value of $n$?" as "What is the smallest three-digit integer $n$
such that $n + 3$ is a multiple of 7?".

Every sentence before the question must be about the letter asked (its first piece of maths
holds it) or give its number of digits; the sentences are kept word for word as the
conditions, so the readers of integer conditions still decline any word they do not know.
Like the other respellings it is tried only after the problem as written is declined.
"""

from __future__ import annotations

import re

_ASK = re.compile(r"(?:what is|what's|find|determine) the (?P<ext>smallest|least|largest|"
                  r"greatest) (?:possible )?(?:(?P<pos>positive) )?(?:value of |integer |number )?"
                  r"(?:\$(?P<v>[a-z])\$|(?P<w>[a-z]))\s*\??\s*$", re.IGNORECASE)
_INTRO = re.compile(r"^(?:the|a|an) (?:(?P<pos>positive) )?(?:number|integer|whole number) "
                    r"(?=\$)", re.IGNORECASE)
_SIZE = re.compile(r"^\$(?P<v>[a-z])\$ (?:has (?P<k>two|three|four|five) digits|is an? "
                   r"(?P<k2>two|three|four|five)-digit (?:positive )?(?:number|integer))$")
_SENTENCE = re.compile(r"(?<=[.!])\s+(?=[A-Z$])")


def asked_as_one(text: str) -> str | None:
    """The problem as one "such that" question, or None when it is not of this shape."""
    parts = _SENTENCE.split(text.strip())
    if len(parts) < 2:
        return None
    asked = _ASK.fullmatch(parts[-1])
    if asked is None:
        return None
    v = asked.group("v") or asked.group("w")
    positive, size, conditions = bool(asked.group("pos")), None, []
    for sentence in parts[:-1]:
        said = sentence.strip().rstrip(".").strip()
        intro = _INTRO.match(said)
        if intro is not None:
            positive |= bool(intro.group("pos"))
            said = said[intro.end():]
        if (m := _SIZE.fullmatch(said)) is not None and m.group("v") == v and size is None:
            size = m.group("k") or m.group("k2")
            continue
        first = re.match(r"\$([^$]+)\$", said)
        if first is None or not re.search(rf"(?<![a-zA-Z\\]){v}(?![a-zA-Z])", first.group(1)) \
                or "?" in said:
            return None
        conditions.append(said)
    if not conditions:
        return None
    kind = f"{size}-digit " if size else ""
    return (f"What is the {asked.group('ext')} {'positive ' if positive else ''}{kind}integer "
            f"${v}$ such that {' and '.join(conditions)}?")


__all__ = ["asked_as_one"]
