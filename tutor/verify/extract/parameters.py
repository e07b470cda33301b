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
# A list's mark between its items ("In this case, we have:\n- $a = 255$\n- $b = 245$").
_MARK = r"(?:[ \t]*(?:[-*•]|(?<=\n)\d\.)[ \t]+)?"
# A unit after a value ("$r = 5$ cm and $h = 12$ cm"); a word that presents a result does
# not go on with the list ("where $a = 2$ then $b = 6$").
_UNIT = (r"(?:[^\S\n]+(?!(?:then|so|thus|hence|therefore|we|which|gives?|giving|is|are|and)\b)"
         r"[a-z]{1,12}\b)?")
# "Here, we have", "In this problem,", "For our equation,", "Given:" (a label that opens
# its line or sentence; not "as it was given:"): what follows reads the parameters off the
# problem or the formula.
_READ_OFF = (r"\b(?:here|in\s+(?:this|our|that)\s+(?:case|problem|example)|"
             r"for\s+(?:this|our)\s+(?:equation|problem|quadratic|formula))"
             r"(?:\s*,?\s*we\s+have)?|(?:^|(?<=\n)|(?<=[.!?*]\s)|(?<=\*))[ \t]*given\s*:\**")
_NAMES_PARAMETERS = re.compile(
    rf"(?:{_READ_OFF}|(?<!left\s)(?<!\bup\s)\bwith|\bwhere|"
    r"\bdenot(?:e|ing)|\blet(?:'s|\s+us)?|\bsuppos(?:e|ing)|\bassum(?:e|ing))"
    rf"[\s,:]*{_MARK}(?:{_MATHS}{_UNIT}\s*,?\s*(?:and\s+)?{_MARK})*$",
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


_NAME = r"[A-Za-z](?:_\{?\w{1,3}\}?)?"
# `a`, `x_1`, or `(x_1, y_1)`: a point's coordinates named together, as parameters often are
_NAMES = re.compile(rf"^\s*(?:{_NAME}|(?:\\left)?\(\s*{_NAME}(?:\s*,\s*{_NAME}){{1,3}}\s*"
                    r"(?:\\right)?\))\s*$")


def only_names(side: str) -> bool:
    """The side is one bare name, or a tuple of them: what a choice gives its values to."""
    return bool(_NAMES.match(side))


_NUMBER_COMMANDS = re.compile(r"\\(?:pi|sqrt|[dt]?frac|cdot|times|div|left|right)(?![a-zA-Z])")


def number_form(side: str) -> bool:
    """A side written with numbers only (`64\\pi`, `\\frac{3}{4}`, `\\sqrt{13^2 - 5^2}`)."""
    rest = _NUMBER_COMMANDS.sub(" ", side)
    return bool(re.search(r"\d", rest)) and not re.search(r"[A-Za-z\\]", rest)
