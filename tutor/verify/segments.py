"""Find the mathematics inside a step of prose.

A step mixes words and maths. Maths comes either in LaTeX delimiters
(`$..$`, `$$..$$`, `\\(..\\)`, `\\[..\\]`, `\\begin{align}..`) or as plain text
inside a sentence ("so 18 - 6 = 12 flamingos are left", "2x = 11 - 3 = 6").
This module only finds the spans and the words around them; it parses nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from tutor.verify.inline_chains import joined_inline_maths
from tutor.verify.plain_writing import (
    DOTS,
    LABEL_BEFORE,
    SUM_DOTS,
    rewritten,
    without_list_mark,
    without_unit,
)
from tutor.verify.run_edges import RELATION, balanced, brackets_nest, first_side_in_words

MAX_STEP_CHARS = 20_000  # longer steps are cut: nobody writes one step this long
MAX_SEGMENT_CHARS = 600


@dataclass(frozen=True)
class Segment:
    text: str  # the maths, delimiters removed
    latex: bool  # True when it came in LaTeX delimiters
    before: str  # up to 80 characters of the text before it
    after: str  # up to 60 characters of the text after it
    # Plain text only: the run follows a word ("one-third of 27 = 27 ÷ 3"), so its
    # first number may belong to the phrase, not to the equation.
    led_by_word: bool = False
    # The words around it continue the arithmetic ("(6 + 4 - 1) choose (4 - 1) = 9
    # choose 3"): the first or last side of the run is only part of an operand.
    operator_word_before: bool = False
    operator_word_after: bool = False
    # Plain text only: a "- " opened the line, read as a list item's mark; it could be
    # the sign of the first number, so the first link is never refuted.
    after_dash: bool = False


_DELIMITED = re.compile(
    r"\$\$(?P<dd>.+?)\$\$"
    r"|\\\[(?P<br>.+?)\\\]"
    r"|\\\((?P<pa>.+?)\\\)"
    r"|\\begin\{(?P<env>align\*?|equation\*?|gather\*?|eqnarray\*?|aligned)\}(?P<body>.+?)\\end\{(?P=env)\}"
    # `$\\$0.45 = 45$`: an escaped `\\$` is a money sign inside the maths, never its end
    r"|(?<![\\$])\$(?P<d>(?:\\.|[^$\\])+?)\$",
    re.DOTALL,
)

# "$5 each" or "costs $12.50": a dollar sign used for money, not for maths.
_CURRENCY = re.compile(r"\$(?=\s?\d)")
_WORD = re.compile(r"(?<![\\a-zA-Z])[a-zA-Z]{3,}")
_LATEX_WORDS = re.compile(r"\\(?:text|mathrm|textbf|mbox|operatorname|begin|end)\{[^{}]*\}")

# A function typed without LaTeX, right before its parenthesis (see plain_functions).
PLAIN_FUNCTION = r"(?<![a-zA-Z\\])(?:log_?\{?\d+\}?|log|ln|exp|sin|cos|tan|gcd|lcm|GCD|LCM)(?=\()"

# A plain-text maths run: numbers, single-letter variables next to numbers or
# operators, operators and relations. Words break it.
_PLAIN_TOKEN = (
    r"(?:\d[\d,]*(?:\.\d+)?%?"  # numbers, 1,000 separators, 12.5, 20%
    r"|(?<![a-zA-Z])[a-zA-Z]'{1,3}(?=\()"  # f'(x), f''(2): a derivative in prime notation
    r"|(?<![a-zA-Z])[a-zA-Z]_(?:\{[a-zA-Z0-9+\-]{1,5}\}|\d{1,3}(?![\d.])|[a-z](?![a-zA-Z0-9]))"
    # a subscripted name typed plainly: `a_1`, `b_{n-1}`, `S_20`, `a₇` (plain_writing)
    r"|(?<![a-zA-Z])[a-zA-Z](?![a-zA-Z])"  # one-letter variable
    r"|\^\s?\{[^{}=<>]{1,24}\}|[-+*/×÷·−^()\[\]=<>≤≥≈√π!⁰¹²³⁴⁵⁶⁷⁸⁹⁻|±∓]"  # 10^{3}; [ ]: grouping
    r"|(?<=\d)°(?=\s?\))"  # "sin(30°)": an angle in degrees, a function's argument
    rf"|{PLAIN_FUNCTION}"  # log_2(32), ln(1): a function name before its parenthesis
    r"|\s+x\s+(?=\d)"  # "5 x 3": times in plain text
    rf"|{SUM_DOTS}"  # "1 + 2 + ... + 40": a sum's dots, an operator on each side
    r"|[ \t]+)"
)
_PLAIN_RUN = re.compile(rf"(?:{_PLAIN_TOKEN})+")
_PLAIN_INDEX = re.compile(r"(?<=[A-Za-z])_(\d{2,3})(?![\d.])")
_ANNOTATED = re.compile(r"\d\s+\(")
_OPERATOR_WORDS = (
    r"choose|times|divided by|multiplied by|plus|minus|over|squared|cubed|power|mod|modulo|"
    r"percent|of|by|less|more|than|per|factorial|into|out of"
)
# A function written without LaTeX takes the first operand of the run as its argument.
_FUNCTION_WORDS = (
    r"sqrt|root|sin|cos|tan|cot|sec|csc|arcsin|arccos|arctan|sinh|cosh|tanh|log|ln|lg|exp|"
    r"gcd|lcm|max|min|floor|ceil|det|deg|"
    r"d\s*/\s*d[a-z]"  # "so d/dx e^(2x) = ...": the run's first side is what is differentiated
)
_OPERATOR_WORD_BEFORE = re.compile(
    rf"\b(?:{_OPERATOR_WORDS}|{_FUNCTION_WORDS})(?:_\{{?\w+\}}?)?$", re.IGNORECASE
)
_CONNECTIVE_BEFORE = re.compile(
    r"\b(?:since|so|thus|hence|then|therefore|because|as|and|is|are|was|were|gives|give|"
    r"get|gets|got|yields|obtain|have|has|equals|means|namely|i\.e\.|e\.g\.|that|"
    r"solve|simplify|evaluate|expand|factor|factorise|factorize|compute|calculate)$",
    re.IGNORECASE)
# "a value of 56 - 42 = 14", "the slope of 3x - 4y = 12": `of` after a quantity's (or a
# line's) name is no operator (unlike "one-third of 27 = 9", where 27 belongs to the phrase).
_QUANTITY_OF = re.compile(
    r"\b(?:value|sum|total|result|difference|answer|cost|area|perimeter|volume|length|"
    r"width|height|average|mean|score|count|number|solutions?|roots?|zeros?|"
    r"slope|intercepts?|graph|equation|line)\s+of$",
    re.IGNORECASE)
# What glues a run to the text before it: a name (`ln2`, `c_3`, `f(2)`), a power, a
# brace, a degree sign, a ratio's colon.
# signs that take the operand after them but are no token of a run: a cube or fourth root,
# a sum, product, integral or partial derivative typed as unicode
_UNREAD_PREFIX = re.compile(r"[∛∜∑∏∫∂]\s?$")
_GLUE_BEFORE = re.compile(r"(?:[A-Za-z0-9_^{}'\\]|°\s?|[\d)√]\s?:\s?)$")
_GLUE_AFTER = re.compile(r"\s?(?:°|[_^{]|:\s*[\d(√])")
_OPERATOR_WORD_AFTER = re.compile(
    rf"\s*(?:{_OPERATOR_WORDS}|to the|[a-z]+(?:th|st|nd|rd) power)\b", re.IGNORECASE
)


def _is_currency_text(text: str) -> bool:
    """True when the `$` signs in `text` are money rather than maths delimiters.

    Tell-tales of money: a "pair" whose inside holds ordinary words or ends on an
    operator, a closing `$` followed by a digit (`$20 = 0.2 × $20`), an odd count.
    """
    text = text.replace("\\$", "¤")  # `\\$5`: LaTeX's money sign, no delimiter
    if not _CURRENCY.search(text):
        return False
    if text.replace("$$", "").count("$") % 2 == 1:
        return True
    for m in _DELIMITED.finditer(text):
        inner = m.group("d")
        if inner is None:
            continue
        if _WORD.search(_LATEX_WORDS.sub("", inner)) or re.search(r"[-+*/×÷=<>]\s*$", inner):
            return True
        if re.match(r"\s?\d", text[m.end() : m.end() + 2]):
            return True
    return False


# `sqrt(72) = 6 sqrt(2)`, `16pi`: the names a writer without LaTeX types for √ and π.
_PLAIN_SQRT = re.compile(
    r"(?<![\\a-zA-Z])sqrt(?![a-zA-Z])\s*(?=\(|\d+(?:\.\d+)?\s*(?:[=≈<>),;]|\.?\s*$|\.\s))")
_PLAIN_PI = re.compile(r"(?<![\\a-zA-Z])pi(?![a-zA-Z])")


# "20% of 50 = 10": "of" is a product here.
_PERCENT_OF = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s?%\s+of\s+(?=\d)")
# "180° - 70° = 110°", "(6 − 2) × 180° = 720°", "720° ÷ 6 = 120°": arithmetic in degrees, a
# number of degrees on the left and every result in degrees; never after a function name
# ("sin 30° = 1/2"), whose argument the degrees are.
_ANGLE_SUM = re.compile(
    r"(?<![\w.^])[\d(][\d\s.°()+\-−×÷*/·]*?[-+−×÷*/·][\d\s.°()]*?(?:=\s*\d+(?:\.\d+)?°)+"
    r"(?![\w^])")
_DEGREE_TERM = re.compile(r"(?<![\d.])\d+(?:\.\d+)?°")
_FUNCTION_BEFORE = re.compile(
    r"(?:\b(?:sin|cos|tan|cot|sec|csc|cis|exp)|[a-zA-Z]\()\s*\(?\s*$", re.IGNORECASE)


def _angle_sum(m: re.Match[str]) -> str:
    left = m.group(0).split("=")[0]
    if _FUNCTION_BEFORE.search(m.string[max(0, m.start() - 12):m.start()]) \
            or not _DEGREE_TERM.search(left) or left.count("(") != left.count(")"):
        return m.group(0)
    return m.group(0).replace("°", "")


def _plain_symbols(text: str) -> str:
    text = _PLAIN_PI.sub("π", _PLAIN_SQRT.sub("√", rewritten(text)))
    text = _PERCENT_OF.sub(lambda m: f"{m.group(1)}% × ", text)
    return _ANGLE_SUM.sub(_angle_sum, text)


def _context(text: str, start: int, end: int) -> tuple[str, str]:
    return text[max(0, start - 80) : start], text[end : end + 60]


def find_segments(step: str) -> list[Segment]:
    """All maths segments of a step, in order of appearance."""
    text = _plain_symbols(step[:MAX_STEP_CHARS])
    if _is_currency_text(text):
        text = _CURRENCY.sub(" ", text)
    else:
        text = joined_inline_maths(text)
    segments: list[Segment] = []
    prose_parts: list[tuple[int, int]] = []
    last = 0
    for m in _DELIMITED.finditer(text):
        inner = _inner(m)
        before, after = _context(text, m.start(), m.end())
        if len(inner) <= MAX_SEGMENT_CHARS:
            segments.append(Segment(inner.strip(), True, before, after))
        prose_parts.append((last, m.start()))
        last = m.end()
    prose_parts.append((last, len(text)))
    plain: list[tuple[int, Segment]] = []
    for start, end in prose_parts:
        plain.extend(_plain_segments(text, start, end))
    if not plain:
        return segments
    # Keep document order: interleave plain and LaTeX segments by position.
    ordered: list[tuple[int, Segment]] = []
    pos = 0
    for seg in segments:
        idx = text.find(seg.text, pos)
        ordered.append((idx if idx >= 0 else pos, seg))
        pos = max(pos, idx)
    ordered.extend(plain)
    ordered.sort(key=lambda item: item[0])
    return [seg for _, seg in ordered]


def prose_text(step: str, latex: Callable[[str], str] | None = None) -> str:
    """The step with each LaTeX maths span replaced by `latex(inner text)` on a line
    of its own, or cut out (a line break) when `latex` is None, so prose readers
    never see half of a formula. Money `$` signs are kept."""
    text = step[:MAX_STEP_CHARS]
    if _is_currency_text(text):
        return text
    if latex is None:
        return _DELIMITED.sub("\n", text)
    return _DELIMITED.sub(lambda m: f"\n{latex(_inner(m))}\n", text)


def _inner(m: re.Match[str]) -> str:
    return next(
        g
        for g in (m.group("dd"), m.group("br"), m.group("pa"), m.group("body"), m.group("d"))
        if g is not None
    )


def _plain_segments(text: str, start: int, end: int) -> list[tuple[int, Segment]]:
    out: list[tuple[int, Segment]] = []
    for m in _PLAIN_RUN.finditer(text, start, end):
        run = m.group(0)
        if not RELATION.search(run) or not re.search(r"\d", run):
            continue
        stripped = balanced(run.strip())
        if stripped.count("|") % 2 or not brackets_nest(stripped):
            continue  # a lone bar ("divides", "such that", a table's border) or bracket
        if len(stripped) > MAX_SEGMENT_CHARS:
            continue
        dashed = False
        if not run[:run.index(stripped)].strip():  # "- 1.05³ = 1.157625": a list's mark
            stripped, dashed = without_list_mark(text, m.start(), stripped)
        stripped = without_unit(text, stripped)  # "4 × 2.5 = 10 m": a unit, not a factor m
        relation = RELATION.search(stripped)
        if stripped[0] in "*/×÷·^+-−" and relation and len(RELATION.findall(stripped)) >= 2 \
                and first_side_in_words(text, m.start() + run.index(stripped)):
            # "side^2 = 6^2 = 36", "GCF + 11 = 12 + 11 = 23": the words and the maths
            # before the first relation were the first side; the rest is whole
            stripped = stripped[relation.end():]
        # "Total = 5 + 3 = 8": the words were the first side; "b^2 - 4ac = 25 + 24 = 49",
        # "s^3 - 3ps = 343 - 210 = 133": a formula no run reads was, and the chain after it
        # is read on its own (chain_gaps counts the unread opening: never verified by it)
        if stripped[0] in "=<>≤≥≈":
            stripped = stripped.lstrip("=<>≤≥≈ ")
        # A run that starts or ends on an operator is part of a longer phrase
        # ("5 hours * 60 = 300 minutes" gives "* 60 = 300"): it is incomplete.
        if not stripped or stripped[0] in "*/×÷·^" or stripped[-1] in "-+*/×÷·−^=<>≤≥≈(":
            continue
        first = m.start() + run.index(stripped)
        last = first + len(stripped)
        glued_before = first > 0 and text[first - 1].isalnum()
        # `ln2 ≈ 0.69`, `c_3 = 10`, `5:30 = 330`: the first side is part of something else;
        # `= 30°`, `= 2 : 1`: so is the last.
        first_is_partial = bool(_GLUE_BEFORE.search(text[max(0, first - 3) : first])) \
            and not LABEL_BEFORE.search(text[max(0, first - 24):first])
        last_is_partial = bool(_GLUE_AFTER.match(text, last))
        if _ANNOTATED.search(stripped):
            continue  # `0.4 (2/5) + 0.4 (2/5)`: a number with its reading in parentheses
        if glued_before and (stripped[0].isalpha() or stripped[0] in "-+−"):
            continue  # "1st - 5 = 6th", "Ia = 3"
        if _UNREAD_PREFIX.search(text[max(0, first - 3):first]):
            continue  # "∛(-64) = -4": the run is the operand of a sign no run reads
        before_run = text[max(0, first - 200) : first].rstrip()
        previous = before_run[-1:]
        if stripped[0] in "+-−" and previous and (previous.isalnum() or previous in "$)]}") \
                and not _CONNECTIVE_BEFORE.search(before_run):
            continue  # "$BD$ + 20 = 40": the first operand is in the LaTeX before
        if stripped[0] in "+-−" and re.search(rf"{DOTS}$", before_run):
            continue  # "1 + 2 + ... + 100 = 5050": the sum began before the dots
        if last < len(text) and text[last].isalpha():
            continue  # "= 6th", "= 5x" glued to a word
        prose_before = text[max(0, first - 30) : first].rstrip()
        # "Day 3 = 15", "apples - 5 = 3": a word leads the run; "since -24 = 6 * (-4)",
        # "so 12 = 3 * 4": a connective does not (the number is the claim's).
        led_by_word = bool(re.search(r"[a-zA-Z]$", prose_before)) \
            and not _CONNECTIVE_BEFORE.search(prose_before)
        if stripped[0] in "-+−" and led_by_word:
            continue
        before, after = _context(text, first, last)
        segment = Segment(  # a plain `a_20` is `a_{20}`
            _PLAIN_INDEX.sub(r"_{\1}", stripped), False, before, after, led_by_word,
            operator_word_before=first_is_partial
            or bool(_OPERATOR_WORD_BEFORE.search(prose_before))
            and not _QUANTITY_OF.search(prose_before),
            operator_word_after=last_is_partial or bool(_OPERATOR_WORD_AFTER.match(text, last)),
            after_dash=dashed,
        )
        out.append((first, segment))
    return out
