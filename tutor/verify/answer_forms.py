"""Other ways of writing the same final answer, as extra strings for math-verify to read.

Public graders (MARIO_EVAL's `string_normalize`, Qwen2.5-Math's `grader.py`, Hendrycks
MATH's `is_equiv`) accept several conventions that math-verify does not read. Each
rewrite below keeps the value exactly; none drops information that could make a wrong
answer match:

* scientific e-notation `6.02e23` -> `6.02\\times10^{23}`;
* a number with `million`/`billion`/`trillion` -> the number times 10^6/10^9/10^12;
* an angle in degrees (`30^\\circ`, `30°`, `30 degrees`) -> also its radian value
  `30\\cdot\\frac{\\pi}{180}` (the plain number stays the first reading);
* a numeral with a base subscript (`1011_2`, `12_{3}`) -> also its value, but only for
  the answer being graded: a reference written in base b asks for that base, so the
  plain decimal value does not answer it, while a subscripted answer equal to a plain
  reference states the same number;
* set-builder notation `\\{x \\mid x > 2\\}` / `\\{x : ...\\}` -> the condition `x > 2`
  (math-verify compares a condition with an interval);
* a vector: `\\langle 1, 2\\rangle`, or a one-row / one-column matrix, -> the tuple
  `(1, 2)`; a list of lists `[[1, 2], [3, 4]]` -> `\\begin{pmatrix}`;
* thousands groups separated by LaTeX spaces (`1\\,000`, `1\\;000`) or `{,}` -> commas;
* a function written `f(x) = ...`, `y = ...` -> its right-hand side.

Plain string work; nothing is evaluated.
"""

from __future__ import annotations

import re

from tutor.verify.answer_normalize import percent_readings
from tutor.verify.answer_relations import (
    interval_intersection,
    joined_inequalities,
    system_list,
)
from tutor.verify.answer_spellings import scaled_number, vulgar_fraction
from tutor.verify.answer_text import number_in_words

_NUM = r"-?\d+(?:\.\d+)?"
_E_NOTATION = re.compile(rf"^({_NUM})[eE]([+-]?\d+)$")
_DEGREES = re.compile(
    rf"^({_NUM})\s*(?:\^\s*\{{\s*\\circ\s*\}}|\^\s*\\circ|°|\\degree"
    r"|\\(?:text|mbox|mathrm)\s*\{\s*degrees?\s*\}|degrees?)$"
)
_BASE = re.compile(r"^((?=[0-9A-Za-z]*\d)[0-9A-Za-z]+)_\{?\s*(\d{1,2})\s*\}?$")
_SET_BUILDER = re.compile(
    r"^\\\{\s*([a-zA-Z])\s*(?:\\in\s*\\mathbb\s*\{?R\}?\s*)?(?:\\mid|\||:|\\vert)\s*(.+?)\s*\\\}$"
)
_INEQUALITY = re.compile(r"<|>|\\le|\\ge|\\leq|\\geq|\\neq")
_ANGLE = re.compile(r"^\\langle(.*)\\rangle$", re.DOTALL)
_MATRIX = re.compile(r"^\\begin\{([pbBvV]?matrix)\}(?P<body>.*)\\end\{\1\}$", re.DOTALL)
_LIST_OF_LISTS = re.compile(r"^\[\s*\[(?P<body>.*)\]\s*\]$", re.DOTALL)
_SPACED_THOUSANDS = re.compile(r"(?<=\d)(?:\\,|\\;|\\:|\\ |\{,\})(?=\d{3}(?!\d))")
_FUNCTION_SIDE = re.compile(
    r"^(?:y|[a-zA-Z](?:\^\{?-1\}?)?\s*\(\s*[a-z]\s*\))\s*=\s*(?P<rhs>[^=<>]+)$"
)
_LESS = r"(<|\\le(?:q)?(?![a-z])|\\leqslant)"
_MORE = r"(>|\\ge(?:q)?(?![a-z])|\\geqslant)"
_BOUND = r"([^<>=,;]+?)"
_CHAIN_UP = re.compile(rf"^{_BOUND}\s*{_LESS}\s*([a-zA-Z])\s*{_LESS}\s*{_BOUND}$")
_CHAIN_DOWN = re.compile(rf"^{_BOUND}\s*{_MORE}\s*([a-zA-Z])\s*{_MORE}\s*{_BOUND}$")
_LONG_UNITS = (r"(?:cm|mm|km|in|ft|yd|mi|kg|mg|mL|ml|sec|min|hr|hrs|mph|kph|inch(?:es)?|feet|foot"
               r"|yards?|miles?|(?:centi|milli|kilo)?met(?:er|re)s?|grams?|pounds?|lbs?|ounces?|oz"
               r"|liters?|litres?|seconds?|minutes?|hours?|days?|weeks?|months?|years?|units?)")
_SHORT_UNITS = r"(?:m|g|s|h|L|l)"
UNIT_TAIL = re.compile(
    r"^(?P<head>.+?)\s*(?:\\(?:text|mbox|mathrm)\s*\{\s*(?:(?:square|cubic|sq\.?)\s+)?"
    rf"(?:{_LONG_UNITS}|{_SHORT_UNITS})(?:\s*/\s*(?:{_LONG_UNITS}|{_SHORT_UNITS}))?\s*\}}"
    rf"|\s(?:(?:square|cubic|sq\.?)\s+)?{_LONG_UNITS}(?:\s*/\s*(?:{_LONG_UNITS}|{_SHORT_UNITS}))?"
    rf"|\s{_SHORT_UNITS}(?:\s*/\s*(?:{_LONG_UNITS}|{_SHORT_UNITS}))?)"
    r"\s*(?:\^\s*\{?\s*[23]\s*\}?)?$"
)
# A number followed by the noun it counts ('12 students', '5 \\text{integers}'): the number.
_COUNTED = re.compile(r"^(?P<head>.*?\d.*?)\s+(?:\\text\s*\{\s*)?"
                      r"(?P<words>[a-z]{3,}(?: [a-z]{3,})?)\s*\}?$")
# Words that multiply the number before them ("2 hundred", "5 squared").
_MULTIPLYING = (r"hundreds?|thousands?|millions?|billions?|trillions?|dozens?|squared|cubed")
# Words after a number that change its value or make it an expression.
_NOT_A_NOUN = re.compile(r"(?:^| )(?:" + _MULTIPLYING + r"|half|halves|thirds?|quarters?|[a-z]+ths?"
                         r"|percent|factorial|pi|and|or|plus|minus|times|over|root|roots|power"
                         r"|less|more|mod|modulo|sin|cos|tan|log|exp)(?= |$)")
# A word after a number that multiplies it: graded by its value only when both answers
# say it (math-verify drops `\text{ hundred}` like a unit: "2 hundred" would equal 2).
_MULTIPLIER = re.compile(r"\d\s*(?:\\text\s*\{\s*|\\,|\s)*(?P<word>" + _MULTIPLYING + r")\b",
                         re.IGNORECASE)
# The same in Chinese: ten, hundred, thousand (not the 千 of 千米 km, 千克 kg, ...), ten
# thousand, hundred million, "times", and 分之 ("3分之1" is 1/3); math-verify drops
# them with the unit after a number, so "5万" (50000) equalled 5.
_CJK_MULTIPLIER = re.compile(r"\d\s*(?:\\text\s*\{\s*)?"
                             r"(?P<word>[十百万萬亿億兆倍]|千(?![米克瓦卡焦公])|分之)")


def multiplier_words_differ(gold: str, pred: str) -> bool:
    """True when one answer multiplies a number by a word the other does not say."""
    def words(text: str) -> set[str]:
        if scaled_number(core(text)):  # "7 million" is read as 7000000 (see above)
            return set()
        return ({m.group("word").lower().rstrip("s") for m in _MULTIPLIER.finditer(text)}
                | {m.group("word") for m in _CJK_MULTIPLIER.finditer(text)})
    return words(gold) != words(pred)


_EMPTY_SET = re.compile(r"^(?:\\varnothing|\\emptyset|\\\{\s*\\\}|\{\s*\})$")
_ALL_REALS = re.compile(r"^(?:\\mathbb\s*\{?R\}?|\\R|(?:\\text\s*\{)?\s*all real(?: numbers)?\s*\}?"
                        r"|(?:\\text\s*\{)?\s*all reals\s*\}?)$", re.IGNORECASE)
_UNICODE = {"\\sqrt{-1}": "i",
            "∞": "\\infty", "·": "\\cdot ", "×": "\\times ", "π": "\\pi ", "≤": "\\le ",
            "≥": "\\ge ", "≠": "\\ne ", "−": "-", "÷": "\\div ", "∪": "\\cup ", "∩": "\\cap ",
            "⋃": "\\cup ", "⋂": "\\cap ", "…": "\\dots ", "\\ldots": "\\dots",
            "\\cdots": "\\dots",
            "**": "^"}
_ROOT = re.compile(r"√\s*(?:\((?P<paren>[^()]*)\)|(?P<atom>\d+(?:\.\d+)?|[a-zA-Z]))"
                   r"|(?<![\\A-Za-z])sqrt\s*(?:\((?P<word_paren>[^()]*)\)|(?P<word_atom>\d+(?:\.\d+)?))")
_CHOICE = re.compile(r"^(?:\\text(?:bf)?\s*\{\s*)?\(([A-E])\)\s*\}?\s*\S")
_NAMED = re.compile(r"^(?:[a-zA-Z]|\\[a-zA-Z]+)(?:_\{?\w+\}?)?\s*=\s*(?P<rhs>[^=<>]+)$")
_TEXT_WRAP = re.compile(r"^\\(?:text|textbf|mbox|mathrm)\s*\{(?P<body>[^{}]*)\}$")


def core(answer: str) -> str:
    """The answer without `$` delimiters, a trailing full stop or an enclosing `\\text{}`."""
    text = answer.strip()
    while len(text) > 2 and text.startswith("$") and text.endswith("$"):
        text = text[1:-1].strip()
    if text.startswith("\\(") and text.endswith("\\)"):
        text = text[2:-2].strip()
    text = text.rstrip(".").strip() if not re.search(r"\d\.$", text) else text[:-1].strip()
    m = _TEXT_WRAP.match(text)
    return m.group("body").strip() if m else text


def alternative_forms(answer: str, *, graded: bool) -> list[str]:
    """Other writings of `answer` with the same value ([] when none applies), bare (for
    `answer_normalize.prepare`).

    `graded` is True for the answer being judged (the student's or model's), False for
    the reference: a base subscript on the reference is never read as a plain value.
    """
    text = core(answer)
    if not text or len(text) > 400:
        return []
    forms: list[str] = [text] if text != answer.strip() else []
    named = _NAMED.match(text)
    if named and not answer.strip().startswith(named.group("rhs")):  # `\theta = 30^\circ`
        rhs = named.group("rhs").strip()
        forms += [rhs, *alternative_forms(rhs, graded=graded)]
    symbols = plain_symbols(text)
    if symbols != text:
        forms.append(symbols)
        text = symbols
    from tutor.verify.plain_functions import as_latex  # (it imports the claim readers)

    named_functions = as_latex(text)  # `3x^2 sin(x) + x^3 cos(x)`: sin, cos as functions
    if named_functions is not None and named_functions != text:
        forms.append(named_functions)
    m = _CHOICE.match(text)
    if m:
        forms.append(m.group(1))
    spaced = _SPACED_THOUSANDS.sub(",", text)
    if spaced != text:
        forms.append(spaced)
        text = spaced
    m = _E_NOTATION.match(text)
    if m:
        forms.append(f"{m.group(1)}\\times10^{{{int(m.group(2))}}}")
    scaled = scaled_number(text)
    if scaled:
        forms.append(scaled)
    angles = [_DEGREES.match(part) for part in split_top(text, ",")]
    if all(angles):  # one angle, or a list of angles, in degrees
        forms += [", ".join(m.group(1) for m in angles if m),
                  ", ".join(f"{m.group(1)}\\cdot\\frac{{\\pi}}{{180}}" for m in angles if m)]
    m = _BASE.match(text)
    if m and graded:
        value = base_value(m.group(1), int(m.group(2)))
        if value is not None:
            forms.append(str(value))
    m = _SET_BUILDER.match(text)
    if m and m.group(1) in m.group(2) and _INEQUALITY.search(m.group(2)):
        forms.append(m.group(2))
        interval = _chain_interval(m.group(2))
        if interval:
            forms.append(interval)
    m = UNIT_TAIL.match(text)
    if m and re.search(r"\d", m.group("head")) and not re.search(
            r"[a-zA-Z]", re.sub(r"\\[a-zA-Z]+", "", m.group("head"))):
        forms.append(m.group("head").strip())
    m = _COUNTED.match(text)
    if m and not _NOT_A_NOUN.search(m.group("words")) and not re.search(
            r"[a-zA-Z]", re.sub(r"\\[a-zA-Z]+", "", m.group("head"))):
        forms.append(m.group("head").strip())
    if _EMPTY_SET.match(text):
        forms.append("\\emptyset")
    if _ALL_REALS.match(text):
        forms.append("(-\\infty, \\infty)")
    interval = _chain_interval(text) or joined_inequalities(text) or interval_intersection(text)
    if interval:
        forms.append(interval)
    system = system_list(text)
    if system:
        forms.append(system)
    vector = _vector_tuple(text)
    if vector:  # a vector is also written as a bracket list (an interval only by accident)
        forms += [vector, "[" + vector[1:-1] + "]"]
    matrix = _list_matrix(text)
    if matrix:
        forms.append(matrix)
    m = _FUNCTION_SIDE.match(text)
    if m:
        forms.append(m.group("rhs").strip())
    spelled = number_in_words(text)
    if spelled:
        forms.append(spelled)
    return forms + percent_readings(text)


def plain_symbols(text: str) -> str:
    """Unicode maths signs and Python's `**` in LaTeX: `2√3` -> `2\\sqrt{3}`, `∞` -> `\\infty`."""
    text = _ROOT.sub(lambda m: "\\sqrt{" + next(g for g in m.groups() if g is not None) + "}", text)
    text = "".join(vulgar_fraction(ch) for ch in text)
    for sign, latex in _UNICODE.items():
        text = text.replace(sign, latex)
    return text.strip()


def _chain_interval(text: str) -> str | None:
    """`0 \\le y < 5` (or `5 > y \\ge 0`) as the interval `[0, 5)`."""
    m = _CHAIN_UP.match(text)
    if m:
        low, low_rel, _, high_rel, high = m.groups()
    else:
        m = _CHAIN_DOWN.match(text)
        if not m:
            return None
        high, high_rel, _, low_rel, low = m.groups()
    left = "(" if low_rel in "<>" else "["
    right = ")" if high_rel in "<>" else "]"
    return f"{left}{low.strip()}, {high.strip()}{right}"


def base_value(digits: str, base: int) -> int | None:
    """The value of `digits` in `base` (2..36), or None when a digit is not of that base."""
    if not 2 <= base <= 36:
        return None
    try:
        return int(digits, base)
    except ValueError:
        return None


def split_top(text: str, separator: str) -> list[str]:
    """`text` split at `separator` outside brackets and braces."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += (ch in "([{") - (ch in ")]}")
        if text.startswith(separator, i) and depth == 0:
            parts.append(text[start:i])
            start = i + len(separator)
    return [part.strip() for part in (*parts, text[start:])]


def _vector_tuple(text: str) -> str | None:
    """`\\langle a, b\\rangle` or a one-row/one-column matrix as the tuple `(a, b)`."""
    m = _ANGLE.match(text)
    if m:
        entries = split_top(m.group(1), ",")
    else:
        m = _MATRIX.match(text)
        if not m:
            return None
        rows = [row for row in split_top(m.group("body"), "\\\\") if row]
        cells = [split_top(row, "&") for row in rows]
        if len(cells) == 1:
            entries = cells[0]
        elif all(len(row) == 1 for row in cells):
            entries = [row[0] for row in cells]
        else:
            return None
    if len(entries) < 2 or not all(entries):
        return None
    return "(" + ", ".join(entries) + ")"


def _list_matrix(text: str) -> str | None:
    """`[[a, b], [c, d]]` as `\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}`."""
    m = _LIST_OF_LISTS.match(text)
    if not m:
        return None
    rows = re.split(r"\]\s*,\s*\[", m.group("body"))
    cells = [split_top(row, ",") for row in rows]
    if any("[" in row or "]" in row for row in rows) or len({len(row) for row in cells}) != 1 \
            or not all(all(row) for row in cells):
        return None
    return "\\begin{pmatrix}" + " \\\\ ".join(" & ".join(row) for row in cells) + "\\end{pmatrix}"
