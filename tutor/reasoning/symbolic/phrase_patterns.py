"""The pieces phrase rules are written with: the `Phrase` type and the pattern fragments.

A phrase rule (see `phrases`) matches a problem's template, where each piece of maths is a
slot `@k@`, and names the canonical sentence it means. The fragments below are the parts
such patterns share: a slot, the unknown, the equation, "find", "all", "such that".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SLOT = r"@\d+@"
VAR = r"(?P<var>" + SLOT + r"|[a-z])"
EQ = r"(?P<eq>" + SLOT + r")"
A = r"(?P<a>" + SLOT + r")"
B = r"(?P<b>" + SLOT + r")"
END = r"[.?!]?"
FIND = r"(?:find|determine|give|list|compute|calculate|what (?:is|are))"
ALL = r"(?:all|every|each|the)(?: of the)?(?: possible)?(?: real)?"
SUCH = (r"(?:such that|so that|for which|with|satisfying|that satisf(?:y|ies)"
        r"|which satisf(?:y|ies)|where|if|that make|making)(?: the equation)?:?")
SOLS = r"(?:solutions?|roots?|zeros?|zeroes)"
PICK = r"(?P<pick>largest|greatest|smallest|least|positive|negative)"


@dataclass(frozen=True)
class Phrase:
    """A named family of phrasings and the canonical sentence it means."""

    name: str
    pattern: re.Pattern[str]
    canonical: str  # str.format with the pattern's named groups
    excluded: str = ""  # a group whose maths must only exclude values ("x \\neq 4")
    one_term: str = ""  # a group whose maths must be no sum outside brackets ("3 + 4 mod 5")


def phrase(name: str, pattern: str, canonical: str, excluded: str = "",
           one_term: str = "") -> Phrase:
    return Phrase(name, re.compile(pattern), canonical, excluded, one_term)
