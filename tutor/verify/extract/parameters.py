"""Words that name the parameters of a formula or a general form ("where $a = 8$,
$b = -4$, and $c = -3$", "Here, $r = 4$ and $h = 9$", "in this case $a = x$ and
$b = 5$", "with $n = 12$"), or list several choices ("let $b = 3k$ and $c = 4k$"):
the names are given the values they are used with, a choice like "let", not a claim
that could be checked (plain text work)."""

from __future__ import annotations

import re

# The cue, then any earlier maths of the same list ("$a = 8$, $b = -4$, and "), then the
# claim's own maths. "left with x = 9" and "end up with" present a result instead.
_MATHS = r"(?:\$[^$]{1,80}\$|\\\((?:(?!\\\)).){1,80}\\\))"
_NAMES_PARAMETERS = re.compile(
    r"(?:\bwhere|\bhere|\bin\s+(?:this|our|that)\s+case|(?<!left\s)(?<!\bup\s)\bwith|"
    r"\bdenot(?:e|ing)|\blet(?:'s|\s+us)?|\bsuppos(?:e|ing)|\bassum(?:e|ing))"
    rf"[\s,:]*(?:{_MATHS}\s*,?\s*(?:and\s+)?)*$",
    re.IGNORECASE,
)


def names_parameters(before: str) -> bool:
    """The words right before a claim give a formula's parameters their values (see
    module doc)."""
    return bool(_NAMES_PARAMETERS.search(before[-160:]))
