"""Words that name the parameters of a formula or a general form ("where $a = 8$,
$b = -4$, and $c = -3$", "Here, $r = 4$ and $h = 9$", "in this case $a = x$ and
$b = 5$", "with $n = 12$"), or list several choices ("let $b = 3k$ and $c = 4k$"):
the names are given the values they are used with, a choice like "let", not a claim
that could be checked (plain text work).

The words of a trial or a case ("choose", "substituting", "if", "when", "for") make the
first name after them a supposition (`claim.SUPPOSES`); a second name joined to it by
"and" is one more value of the same trial ("choose $x = 2$ and $y = 5$", "substituting
$a = 3$ and $b = -1$ into ...", "if $u = 0$ and $v = 1$"). Joined by a comma only, it may
be what the trial gives ("If $x = 2$, $y = 5$"), so it stays a claim; so does the second
value after "when", which more often tells where a result holds ("the only solutions are
when $k = 1$ and $j = 1$")."""

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
# A trial's or a case's words, its first value, and "and" right before the claim.
_TRIAL = (r"\b(?:if|for|choos(?:e|ing)|chose|tak(?:e|ing)|set(?:ting)?|"
          r"pick(?:ing)?|plug(?:ging)?\s+in|substitut(?:e|es|ed|ing)|put(?:ting)?|say|"
          r"consider(?:ing)?|try(?:ing)?|test(?:ing)?)")
_TRIAL_LIST = re.compile(
    rf"{_TRIAL}[\s(:]*{_MATHS}(?:\s*,?\s*and\s+{_MATHS})*\s*,?\s*and\s+$",
    re.IGNORECASE,
)


def names_parameters(before: str) -> bool:
    """The words right before a claim give a formula's parameters their values, or one
    more value of a trial begun with its words (see module doc)."""
    tail = before[-160:]
    return bool(_NAMES_PARAMETERS.search(tail) or _TRIAL_LIST.search(tail))
