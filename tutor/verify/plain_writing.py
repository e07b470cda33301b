"""How reasoning models type maths in plain text, read for the segment finder (issue 12).

A model's thinking, and often its markdown solution, types maths without LaTeX. These
helpers say what its plain forms mean before `segments.py` cuts the maths out:

* text rewritten in place: unicode subscript digits are a subscript (`log₂ 8` is
  `log_2 8`, `a₇` is `a_7`), a logarithm of a number needs no parentheses (`ln 2` is
  `ln(2)`, `log_3 81` is `log_3(81)`), `sin 30°` is the sine of 30° (`sin(30°)`), and `10 choose 3`
  is the count `C(10, 3)`;
* a sum's dots between two operators (`1 + 2 + ⋯ + 40`) belong to the run;
* a numbered label's colon (`Step 3: 45 - 17 = 28`) glues nothing to the number after it;
* a markdown list item's mark at the start of a line (`- 1.05³ = 1.157625`) is no
  operator; after a `- ` the first number might be negative, so the caller never
  refutes the first link (`Segment.after_dash`);
* a one-letter unit after a computation's last number (`4 × 2.5 = 10 m`) is a unit,
  when the letter is nowhere an unknown in the step.

Plain text work only: nothing here parses or checks.
"""

from __future__ import annotations

import re

from tutor.verify.plain_calculus import plain_calculus
from tutor.verify.plain_limits import plain_limits

# The dots of a sum or a product written out, in any of the usual writings.
DOTS = r"(?:\.\.\.|…|⋯|\\[lc]?dots(?![a-zA-Z]))"
_OPERATORS = "-+*×·"
SUM_DOTS = rf"(?:(?<=[{_OPERATORS}] )|(?<=[{_OPERATORS}])){DOTS}(?= ?[{_OPERATORS}])"

# "Step 3: 45 - 17 = 28", "Case 2: 6 × 4 = 24": a numbered label and its colon; the
# number after it starts the run (a ratio "2:3" or a time "5:30" has no label word).
LABEL_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:step|case|subcase|day|week|month|year|part|round|stage|phase|trial|"
    r"attempt|option|example|problem|question|method|game|test|turn|move|iteration|row|"
    r"column|level|scenario)\s+\d{1,3}\s?:[ \t]+$", re.IGNORECASE)

# "sin 30° = 1/2": the angle in degrees as the function's argument, in parentheses
_TRIG_DEGREES = re.compile(r"(?<![\\a-zA-Z])(sin|cos|tan)\s?(\d+(?:\.\d+)?°)(?![\d^²³(])")
# "log₂ 8", "a₇": subscript digits typed in unicode are a subscript, never a number
_SUBSCRIPT_DIGITS = re.compile(r"(?<=[A-Za-z)])[₀-₉]+")
_SUBSCRIPT_VALUE = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
# "ln 2", "ln2", "3 ln 2", "log_3 81", "log2 8": a logarithm of a number typed without
# parentheses, which read as `ln(2)`, `log_3(81)` (a function binds tighter than `/`, `·`:
# "ln 5/ln 2" is ln(5)/ln(2)); never "log28" or "log_28" (a base and a number run
# together), "ln 2x", "ln 2^n", "ln 5/2" or "ln 2 · 3", which read two ways.
_BARE_LOG_ARGUMENT = re.compile(
    r"(?<![A-Za-z\\])(?P<name>ln\s?|log_\{?\d{1,3}\}?\s|log\d{1,3}\s)(?P<arg>\d+(?:\.\d+)?)"
    r"(?![\d^²³(!A-Za-z°_]|\.\d|\s*[*·×/^]\s*[\d(])")
# "10 choose 3": the count of choices, written as `C(10, 3)` (see plain_functions)
_CHOOSE_WORD = re.compile(r"(?<![\d.)])(\d{1,3}) choose (\d{1,3})(?![\d.(])")

# A markdown list item's mark at the start of a line: "- ", "* ", "+ ", "• ".
_LIST_MARK = re.compile(r"[-*+•−][ \t]+(?=[\d(√π|]|[A-Za-z]_)")  # `- a_3 = ...`: a name
# A one-letter unit after the run's last number (metres, seconds, hours, grams, litres),
# squared or cubed.
_UNIT_LETTER = re.compile(r"(?<=\d)[ \t]+[mshgL][²³]?$")
_LETTER = re.compile(r"[A-Za-z]")
_RELATION = re.compile(r"=|<|>|≤|≥|≈")


# "2½", "½": unicode's vulgar fractions; a whole number right before one makes a mixed number
# the unicode vulgar fractions, each as p/q (the engine reads them from here too)
VULGAR = {"½": "1/2", "⅓": "1/3", "⅔": "2/3", "¼": "1/4", "¾": "3/4", "⅕": "1/5", "⅖": "2/5",
           "⅗": "3/5", "⅘": "4/5", "⅙": "1/6", "⅚": "5/6", "⅛": "1/8", "⅜": "3/8", "⅝": "5/8",
           "⅞": "7/8", "⅐": "1/7", "⅑": "1/9", "⅒": "1/10"}
_MIXED = re.compile(rf"(?<![\d.,/])(\d+)[ \t]?([{''.join(VULGAR)}])")
_LONEVULGAR = re.compile(rf"[{''.join(VULGAR)}]")


def _vulgar_fractions(text: str) -> str:
    text = _MIXED.sub(lambda m: f"({m.group(1)} + {VULGAR[m.group(2)]})", text)
    return _LONEVULGAR.sub(lambda m: f"({VULGAR[m.group(0)]})", text)


# `6 + 7 != 12` typed as code: not equal, never the factorial `7!` said to be 12 (`7! = 5040`
# and `7!=5040`, the `!` against its number, stay factorials)
_CODE_UNEQUAL = re.compile(r"(?<=\s)!=(?!=)")


def rewritten(text: str) -> str:
    """The text with vulgar fractions (`2½` is `(2 + 1/2)`), subscript digits, `sin 30°`,
    `n choose k`, a code-style `a != b` (`≠`), plain integrals (`plain_calculus`) and limits
    (`plain_limits`) written as read."""
    text = _CODE_UNEQUAL.sub("≠", text) if "!=" in text else text
    text = _vulgar_fractions(text) if _LONEVULGAR.search(text) else text
    text = _SUBSCRIPT_DIGITS.sub(lambda m: "_" + m.group(0).translate(_SUBSCRIPT_VALUE), text)
    text = _BARE_LOG_ARGUMENT.sub(lambda m: f"{m.group('name').strip()}({m.group('arg')})", text)
    text = _CHOOSE_WORD.sub(r"C(\1, \2)", plain_limits(plain_calculus(text)))
    return _TRIG_DEGREES.sub(r"\1(\2)", text)


def without_list_mark(text: str, start: int, run: str) -> tuple[str, bool]:
    """The run (found at `start` in `text`) without a list item's mark that opens its
    line, and whether the mark was a dash (the first number's sign, perhaps)."""
    mark = _LIST_MARK.match(run)
    if mark is None or text[text.rfind("\n", 0, start) + 1:start].strip():
        return run, False
    return run[mark.end():], mark.group(0)[0] in "-−"


def without_unit(text: str, run: str) -> str:
    """The run without a one-letter unit after its last number, when the link before the
    unit computes with numbers only ("h = 16 × 0.75 = 12 m") and the letter stands after
    a number wherever it stands alone in the step ("so 3 = 5 m, m = 3/5" names an
    unknown m)."""
    unit = _UNIT_LETTER.search(run)
    if unit is None:
        return run
    sides = _RELATION.split(run[:unit.start()])
    if len(sides) < 2 or any(_LETTER.search(side) for side in sides[-2:]) \
            or not re.search(r"[-+*/×÷·−^²³√]", sides[-2]):
        return run
    letter = unit.group(0).strip()[0]
    alone = re.finditer(rf"(?<![A-Za-z]){letter}(?![A-Za-z])", text)
    if all(re.search(r"\d[ \t]+$", text[max(0, m.start() - 12):m.start()]) for m in alone):
        return run[:unit.start()]
    return run
