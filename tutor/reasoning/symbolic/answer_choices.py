"""Lettered answer choices at the end of a problem: the question and each choice, read apart.

Contest problems close with a list of choices, written in several notations:

    $\\textbf{(A)}\\ 12 \\qquad \\textbf{(B)}\\ 15 \\qquad ...$
    (also \\mathrm{(A) \\ }, \\text{(A)}, \\textbf{(A) })
    (A) 12 (B) 15 ...       (A) $12$ (B) $15$ ...       A) 12 B) 15 ...
    (A) Line \\n(B) Circle \\n...  Enter the letter of the correct option.

`listed_choices` finds such a list when it closes the problem (at least four labels, A, B,
C, D, ... in order, none inside an Asymptote figure and none right after a letter or a
digit, as in `dot(A)` or `f(A)`), and splits the problem into the question text and the
choices. `choice_value` reads one choice with the project's LaTeX parser (`parse_latex`,
no eval): a value (a number or an expression), or None for a statement ("Line",
"\\text{not uniquely determined}", an equation or inequality, an interval). "None of
these" is a choice of its own kind (`NONE_OF_THESE`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import group_end, parse_latex

MIN_CHOICES = 4
_LETTERS = "ABCDEFGH"
# \textbf{(A)}, \textbf {(A)}, \mathrm{(A) \ }, \text{(A) }; (A); A) (not after a letter,
# a digit or a bracket: `dot(A)`, `f(A)`, `(A)` in `g(A)`)
_LABEL = re.compile(
    r"\\(?:textbf|mathrm|text|mathbf|textrm)\s*\{\s*\(\s*(?P<styled>[A-H])\s*\)"
    r"(?:\s|\\[ ,;:!]|~|\\quad)*\}"
    r"|(?<![A-Za-z0-9_\\{(])\(\s*(?P<bracketed>[A-H])\s*\)"
    r"|(?<![A-Za-z0-9_\\{(])(?P<closed>[A-H])\)"
    r"|(?:^|(?<=\n))[ \t]*(?P<dotted>[A-H])\)?\.(?=[ \t])"  # A. at the start of a line
)
# a label whose braces also hold the value: \mathrm{(A) \ 7 }
_OPEN_LABEL = re.compile(r"\\(?:textbf|mathrm|text|mathbf|textrm)\s*\{\s*\(\s*[A-H]\s*\)")
_LABEL_END = re.compile(r"(?:\s|\\[ ,;:!]|~|\\quad)*\}")
# `\textbf` whose `\t` was read as a tab
_TAB_COMMAND = re.compile(r"\t(?=ext(?:bf|rm)?\s*\{)")
_FIGURE_END = re.compile(r"\[/asy\]")
# the instruction that closes the list ("Enter the letter of the correct option.")
_PICK_ONE = re.compile(r"\s*\(?(?:(?:Enter|Give|Write|Choose|Select|Type)\s+the\s+letter\b"
                       r"|Your answer should be a letter\b|Express your answer as A\b)"
                       r"[^\n]*$", re.IGNORECASE)
# several letters asked for: the engine answers one value
_PICK_SEVERAL = re.compile(r"\s*\(?(?:Enter|List|Write|Answer|Give|Type)\b[^\n]*\b(?:letters|"
                           r"separated by commas)\b[^\n]*$", re.IGNORECASE)
# spacing and delimiters around one choice
_SPACING = re.compile(r"\\(?:qquad|quad|indent|hfill|hspace\s*\{[^}]*\}|[ ,;:!])|\\\\|~|\$|"
                      r"\\\[|\\\]|\\\(|\\\)")
_TEXT_NUMBER = re.compile(r"\\(?:text|mathrm|textrm|textbf)\s*\{\s*(-?[\d.,/ ]+?)\s*\}")
_THOUSANDS = re.compile(r"-?\d{1,3}(?:,\d{3})+")
_DEGREES = re.compile(r"\s*(?:\^\s*\{?\s*\\circ\s*\}?|°)\s*$")
_COMMAND = re.compile(r"\\[a-zA-Z]+")
_WORD = re.compile(r"[A-Za-z]{2,}")
NONE_OF_THESE = re.compile(r"^(?:\\text\s*\{)?\s*none\s+of\s+(?:these|the\s+above|them)\s*\}?$",
                           re.IGNORECASE)


@dataclass(frozen=True)
class Choice:
    letter: str
    text: str  # as written, spacing and delimiters removed


@dataclass(frozen=True)
class ListedChoices:
    question: str
    choices: tuple[Choice, ...]
    several: bool  # the problem asks for every correct letter

    def labels(self) -> str:
        return f"({self.choices[0].letter})-({self.choices[-1].letter})"

    def all_values(self) -> bool:
        """Every choice a value ("none of these" aside): a statement (a curve's name, "not
        uniquely determined") is left to the readers that read the problem whole."""
        return all(NONE_OF_THESE.match(c.text) or choice_value(c.text) is not None
                   for c in self.choices)


def _letter(m: re.Match[str]) -> str:
    return next(g for g in (m.group("styled"), m.group("bracketed"), m.group("closed"),
                            m.group("dotted")) if g)


def _labels_closed(text: str) -> str:
    """`\\mathrm{(A) \\ 7 }` written `\\mathrm{(A)} \\ 7`: the label's braces closed after it."""
    text = _TAB_COMMAND.sub(r"\\t", text)
    out, i = [], 0
    for m in _OPEN_LABEL.finditer(text):
        if m.start() < i or _LABEL_END.match(text, m.end()):
            continue
        try:
            close = group_end(text, text.index("{", m.start()))
        except Decline:
            return text
        out += [text[i:m.end()], "} ", text[m.end():close]]
        i = close + 1
    return "".join(out) + text[i:]


def _list_start(labels: list[re.Match[str]]) -> int | None:
    """Index of the label (A) that opens the last run A, B, C, ... reaching the end."""
    for i in range(len(labels) - 1, -1, -1):
        if _letter(labels[i]) == "A":
            run = [_letter(m) for m in labels[i:]]
            return i if "".join(run) == _LETTERS[:len(run)] else None
    return None


def _question(text: str) -> str:
    """The text before the list, without the maths delimiter the list opened."""
    question = text.rstrip()
    for opener in ("$$", "\\[", "$"):
        if question.endswith(opener) and (opener != "$" or question.count("$") % 2 == 1):
            return question[:-len(opener)].rstrip()
    return question


def _choice_text(raw: str) -> str:
    return " ".join(_SPACING.sub(" ", raw).split()).strip(" ,;").removeprefix(". ")


def listed_choices(text: str) -> ListedChoices | None:
    """The question and its lettered choices when the problem closes with such a list."""
    figure_end = max((m.end() for m in _FIGURE_END.finditer(text)), default=0)
    body = _PICK_ONE.sub("", _labels_closed(text))
    several = _PICK_SEVERAL.search(body)
    body = body[:several.start()] if several else body
    labels = [m for m in _LABEL.finditer(body) if m.start() >= figure_end]
    start = _list_start(labels)
    if start is None or len(labels) - start < MIN_CHOICES:
        return None
    run = labels[start:]
    ends = [m.start() for m in run[1:]] + [len(body)]
    choices = tuple(Choice(_letter(m), _choice_text(body[m.end():end]))
                    for m, end in zip(run, ends, strict=True))
    if any(not c.text for c in choices):
        return None
    question = _question(body[:run[0].start()])
    return ListedChoices(question, choices, several is not None)


def without_degrees(text: str) -> tuple[str, bool]:
    """The text without a closing degree sign, and whether it had one."""
    bare = _DEGREES.sub("", text)
    return bare, bare != text


def plain_choice(text: str) -> str:
    """The choice as the answer shows it: a number set in text (`\\text{ 13}`) plainly."""
    return _TEXT_NUMBER.sub(lambda m: m.group(1), text)


def choice_value(text: str) -> sp.Expr | None:
    """The value a choice states (degrees read as a number of degrees), or None when it
    is not a value the parser reads exactly: words, an equation, an interval."""
    text = plain_choice(text).replace("\\$", "")
    text = without_degrees(text)[0].strip()
    if _THOUSANDS.fullmatch(text):
        text = text.replace(",", "")
    if not text or _WORD.search(_COMMAND.sub(" ", text)) or "\\text" in text:
        return None
    try:
        value = parse_latex(text)
    except (Decline, Exception):  # noqa: BLE001 - a choice the parser refuses is no value
        return None
    if not isinstance(value, sp.Expr) or value.has(sp.oo, -sp.oo, sp.zoo, sp.nan):
        return None
    return value
