"""The one claim type every reader produces, and what the prose around a claim
says about its `=` (plain text work, no SymPy)."""

from __future__ import annotations

import re
from dataclasses import dataclass

PROSE_NOT_EQUALITY = re.compile(
    r"remainder|quotient|\brem\b|\{\s*R\s*\}|\bcarry|\bborrow|\bmod\b|modulo|\bbase\b|\bdigit|"
    r"\bR\s*\d|congruent|\bratio\b|"
    r"\bdegrees?\b|\bunits? digit|\blast (?:two|three) digits|\bscale\b",
    re.IGNORECASE,
)
# The writer already says the statement is false: "-8 = -3 (this is not true)",
# "0 = 5, a contradiction". Marking it refuted would contradict a correct step.
SAID_FALSE = re.compile(
    r"[\s,.;:(\\\]$]*(?:which\s+|this\s+|that\s+|it\s+)?(?:is\s+)?"
    r"(?:not\s+true|not\s+possible|impossible|false|a\s+contradiction|contradiction|"
    r"absurd|never|not\s+valid|invalid|wrong|incorrect|not\s+equal|no\s+solution)",
    re.IGNORECASE,
)
APPROX_PROSE = re.compile(
    r"approx|about|around|roughly|nearly|close to|round|estimate|\bapp\b", re.IGNORECASE
)
@dataclass(frozen=True)
class TextFlags:
    comparable: bool  # the words around do not turn `=` into something else
    approximate: bool  # the words around mark an approximation


def text_flags(before: str, inside: str, after: str) -> TextFlags:
    """What the prose in and around a claim says about its `=`."""
    return TextFlags(
        comparable=not PROSE_NOT_EQUALITY.search(f"{before[-60:]} {inside} {after[:30]}"),
        approximate=bool(APPROX_PROSE.search(before[-30:] + " " + after[:15])),
    )


def said_false(after: str) -> bool:
    """The text right after a claim says it is false ("-8 = -3 (this is not true)")."""
    return bool(SAID_FALSE.match(after))


@dataclass(frozen=True)
class RawClaim:
    lhs: str
    relation: str  # one of = ≈ < > <= >= !=
    rhs: str
    source: str  # the claim as it reads, for messages
    latex: bool
    comparable: bool  # False when context says `=` is not plain equality (mod, base, ...)
    approximate: bool  # the prose or the relation marks an approximation
    single_link: bool  # the chain had only this link (`x = 6`, not `x = 2 + 4 = 6`)
    note: str = ""  # the right reading, when the extractor knows it ("706 ÷ 7 = 100 remainder 6")
