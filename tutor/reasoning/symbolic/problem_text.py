"""A problem's text as a template and its maths pieces.

`split_problem` replaces every maths segment (`$..$`, `$$..$$`, `\\(..\\)`, `\\[..\\]`,
`align*`, `equation*`, `gather*`, `displaymath`) and every number written in the text
(with its currency or percent sign) by a placeholder `@k@`, giving a lower-case template
that the readers match their words against, and the cleaned LaTeX of each piece (`clean`:
thousands separators, spacing, `\\left`/`\\right`, `\\dfrac`, `\\frac12`). A word only set in
italics or bold (`$\\textit{palindrome}$`, `\\emph{abundant}`) is a word, not maths.
`parsing.parse_latex` turns one piece into SymPy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tutor.reasoning.symbolic.listed_lengths import listed_lengths
from tutor.reasoning.symbolic.tex import letter_ratios

_MATH = re.compile(
    r"\$\$(.+?)\$\$|\$((?:\\.|[^$\\])+?)\$|\\\((.+?)\\\)|\\\[(.+?)\\\]"
    r"|\\begin\{align\*?\}(.+?)\\end\{align\*?\}"
    r"|\\begin\{(?:equation|gather|displaymath)\*?\}(.+?)"
    r"\\end\{(?:equation|gather|displaymath)\*?\}",
    re.S,
)
_UNKNOWN_LEAD = re.compile(r"^\s*([a-zA-Z])\s*:\s*(?=\S)")
_NUMBER = re.compile(
    r"(?<![\w@.])-?(?:[1-9]\d{0,2}(?:,\d{3})+(?!\d)(?!,\d)|\d+)(?:\.\d+)?(?![\w@])")
# A number written in the text, not in maths, with its currency sign or percent sign
# (`\$40`, `35\%`, `20%`): one piece, as when written `$\$40$` or `$35\%$`. A number times
# pi typed outside maths (`72\pi`, `288 pi`) is one piece too: left as a number and the word
# "pi", a reader that skips the word would read 72 for 72 pi.
_TEXT_QUANTITY = re.compile(
    r"(?P<money>(?<![\w@])\\\$\s?)?" + _NUMBER.pattern +
    r"(?:(?P<pct>\s?\\?%)|(?(money)(?!)|(?P<pi>\s?\\pi(?![a-zA-Z])|\s[Pp]i(?![\w@]))))?")
# Thousands separators: `9{,}009`, `9,\!009`, `9\,009` in TeX, and `9,009` with no space.
_TEX_THOUSANDS = re.compile(r"(?<=\d)(?:\{,\}|,\\!\s*|\\,)(?=\d{3}(?!\d))")
_PLAIN_THOUSANDS = re.compile(r"(?<![\d,.])[1-9]\d{0,2}(?:,\d{3})+(?!\d)(?!,\d)")


@dataclass
class Split:
    """A problem as a template plus the LaTeX of each placeholder."""

    template: str
    maths: list[str]
    # "lee": "Lee": a word the problem writes capitalised inside a sentence and never in lower
    # case (a name), so the steps can write it as the problem does (the template is lower case)
    names: dict[str, str] = field(default_factory=dict)


def without_slot(template: str, maths: list[str], drop: int) -> Split:
    """The template and its maths without the piece `drop` (the template no longer uses
    it), the later placeholders renumbered."""
    def renumber(m: re.Match[str]) -> str:
        k = int(m.group(1))
        return f"@{k - (k > drop)}@"
    return Split(re.sub(r"@(\d+)@", renumber, template), maths[:drop] + maths[drop + 1:])


def _without_thousands(s: str) -> str:
    """`9{,}009` and `9,\\!009` are 9009. A plain `9,009` is too, unless the comma can be
    a separator: inside brackets (`\\gcd(12,345)`, `(2,100)`) it is left as it is."""
    s = _TEX_THOUSANDS.sub("", s)

    def join(m: re.Match[str]) -> str:
        before = s[:m.start()]
        depth = sum(before.count(c) for c in "([{") - sum(before.count(c) for c in ")]}")
        return m.group(0).replace(",", "") if depth == 0 else m.group(0)

    return _PLAIN_THOUSANDS.sub(join, s)


# two or three numbers (signed integers or decimals, fractions of them) between \langle, \rangle
_ENTRY = r"\s*-?\s*(?:\d+(?:\.\d+)?|\\frac\{-?\d+\}\{\d+\})\s*"
_ANGLE_VECTOR = re.compile(r"\\langle(" + _ENTRY + r",(?:" + _ENTRY + r",)?" + _ENTRY
                           + r")\\rangle")


def clean(latex: str) -> str:
    s = _without_thousands(latex.strip())
    s = re.sub(r"\\[!,;: ]|~|\\q?quad(?![a-zA-Z])", " ", s)
    s = re.sub(r"\\(?:left|right|big|Big|bigg|Bigg)\s*(?=[\\()\[\]|.])", "", s)
    s = s.replace("\\left.", "").replace("\\right.", "")
    s = re.sub(r"\\[lr]?vert(?![a-zA-Z])", "|", s)  # \lvert x \rvert is |x|
    s = re.sub(r"\\[dt](frac|binom)", r"\\\1", s)
    s = s.replace("\\displaystyle", "")
    s = re.sub(r"[\^_]\s*\{\s*\}", "", s)  # `ax^{}_{}`: an empty script sets nothing
    # \mathbf{A^3}: the power of the matrix \mathbf{A}^3
    s = re.sub(r"\\mathbf\{([A-Za-z])\s*\^\s*(\{[^{}]*\}|\w)\s*\}", r"\\mathbf{\1}^\2", s)
    # \operatorname{arccot} x, \mathrm{arcsec} x: the inverse functions LaTeX has no command for
    s = re.sub(r"\\(?:operatorname|mathrm|text)\s*\{\s*(arc(?:sin|cos|tan|cot|sec|csc))\s*\}",
               r"\\\1", s)
    # \frac12, \frac{x}2 -> \frac{1}{2}, \frac{x}{2}
    s = re.sub(r"\\frac\s*(\d)\s*(\d)", r"\\frac{\1}{\2}", s)
    s = re.sub(r"\\frac\s*(\{[^{}]*\})\s*([0-9a-zA-Z])", r"\\frac\1{\2}", s)
    s = re.sub(r"\\frac\s*([0-9a-zA-Z])\s*(\{)", r"\\frac{\1}\2", s)
    # \langle 2, -1, 3 \rangle: a vector of numbers, as the column vectors are written
    s = _ANGLE_VECTOR.sub(lambda m: "\\begin{pmatrix} " + " \\\\ ".join(
        e.strip() for e in m.group(1).split(",")) + " \\end{pmatrix}", s)
    s = s.replace("\\le ", "\\leq ").replace("\\ge ", "\\geq ")
    s = re.sub(r"\\(le|ge)(?![a-z])", r"\\\1q", s)
    # Not "!": inside maths, `5!` is a factorial, not an exclamation.
    s = s.rstrip(" .,;:?")
    return s.strip()


def _quantity(m: re.Match[str]) -> str:
    number = m.group(0).replace(",", "")
    if m.group("money"):
        number = number[len(m.group("money")):].strip()
    if m.group("pct"):
        number = number[:-len(m.group("pct"))].strip()
    if m.group("pi"):
        return number[:-len(m.group("pi"))].strip() + "\\pi"
    return ("\\$" if m.group("money") else "") + number + ("\\%" if m.group("pct") else "")


# "0.363636..." (or "0.3636 repeating") in the text: a decimal that goes on. Read as
# repeating only when its digits show the repeating block at least twice (and three digits
# at least), or when one digit is said to repeat ("0.3 repeating"); otherwise
# ("3.14159...") the piece keeps `\\ldots`, which the parser refuses.
_DECIMAL_GOES_ON = re.compile(r"(?<![\w@.])(\d+)\.(\d+)(\.\.\.|…|\\ldots|\\cdots|\s+(?:repeating|"
                              r"recurring)\b)")
# "0.1(6)": the repeating block typed in brackets after the point
_BRACKETED_BLOCK = re.compile(r"(?<![\w@.])(\d+)\.(\d*)\((\d+)\)(?![\w(^!])")


def _decimal_that_goes_on(whole: str, digits: str, said: str = "") -> str:
    if len(digits) == 1 and said.strip() in ("repeating", "recurring"):
        return f"{whole}.\\overline{{{digits}}}"  # "0.3 repeating": one digit, so it repeats
    for start in range(len(digits)):
        tail = digits[start:]
        for period in range(1, len(tail) // 2 + 1):
            if len(tail) >= 3 and all(tail[i] == tail[i + period]
                                      for i in range(len(tail) - period)):
                block = tail[:period]
                return f"{whole}.{digits[:start]}\\overline{{{block}}}"
    return f"{whole}.{digits}\\ldots"


# Rows of equations: `align*`, `cases`, `aligned` (never a matrix, whose rows are entries).
_ROWS_ENV = re.compile(r"\\(?:begin|end)\{(?:cases|aligned|gathered)\}")


def _rows(src: str) -> str:
    """`x + y &= 10 \\\\ x - y &= 2` -> `x + y = 10, x - y = 2`: one system, as written on
    one line."""
    if "matrix" in src or "array" in src:
        return src
    body = re.sub(r"\\left\\\{|\\right\.", "", src).strip()
    if _ROWS_ENV.search(src) and not re.match(r"\\begin\{(?:cases|aligned|gathered)\}", body):
        return src  # "f(x) = \\begin{cases} ...": a piecewise definition, not a system
    rows = [r.replace("&", "").strip().rstrip(",.;")
            for r in _ROWS_ENV.sub("", body).split("\\\\")]
    rows = [r.strip() for r in rows if r.strip()]
    if any(r.count("=") != 1 or r.startswith("=") or re.search(r"[<>]|\\[lg]e", r)
           for r in rows):
        return src  # each row one equation, or it is not a system of equations
    return ", ".join(rows)


# "3x^2 - 2 = f(x)": a function's definition written the other way round.
_DEFINED_ON_THE_RIGHT = re.compile(r"(?P<rhs>[^=<>\\]*?[^=<>\s][^=<>]*?)\s*=\s*"
                                   r"(?P<f>[a-zA-Z]\s*\(\s*[a-z]\s*\))")


def _definition_first(latex: str) -> str:
    m = _DEFINED_ON_THE_RIGHT.fullmatch(latex)
    if m is None:
        return latex
    name, var, rhs = m.group("f")[0], m.group("f").rstrip(" )")[-1], m.group("rhs").strip()
    if name in rhs or var not in rhs or re.fullmatch(r"[a-zA-Z]", rhs):
        return latex  # "f(x) + 1 = f(x)", "y = f(x)", "x = f(x)": not a definition
    return f"{m.group('f')} = {m.group('rhs')}"


# "Express .$\\overline{28}$ as ...": the decimal point typed before the maths opens is part of
# the repeating decimal (TeX sets the same digits either way); only a point that follows no
# word, number or other maths, before maths that is the repeating block alone
_POINT_BEFORE_MATHS = re.compile(r"(?<![\w.$])(\d*)\.\$(?=\s*\\overline\s*\{\d+\}\s*\$)")
# a word set in italics or bold ("A $\\textit{palindrome}$ is ...", "\\emph{clever integer}",
# plain TeX's "${\\bf positive}$"): typography, not maths; the word is read as the words
# around it are. A single bold letter (\\mathbf{A}, {\\bf v}) is a matrix or a vector, not a
# word.
_STYLED_WORDS = re.compile(
    r"\$\s*\\(?:textit|emph|textbf|mathit)\s*\{([A-Za-z][A-Za-z '-]*)\}\s*\$"
    r"|\\(?:textit|emph|textbf)\s*\{([A-Za-z][A-Za-z '-]*)\}"
    r"|\$\s*\{\s*\\(?:bf|it|em|sl)\s+([A-Za-z]{2,}[A-Za-z '-]*?)\s*\}\s*\$"
    r"|\{\s*\\(?:bf|it|em|sl)\s+([A-Za-z]{2,}[A-Za-z '-]*?)\s*\}"
    r"|\$\s*\\mathbf\s*\{([A-Za-z]{2,}(?: [A-Za-z]+)*)\}\s*\$")


def unstyled(text: str) -> str:
    """The text with each word set only in italics or bold written plainly."""
    return _STYLED_WORDS.sub(lambda m: next(g for g in m.groups() if g is not None), text)


# "$5": a dollar sign typed before a number, outside maths
_DOLLAR = re.compile(r"(?<!\\)\$")
_DOLLAR_AMOUNT = re.compile(r"(?<!\\)\$(?=\d)")


def plain_money(text: str) -> str:
    """"Sam has $5 more than Tom. Together they have $45.": when every dollar sign of the
    text stands right before a number, none opens or closes maths (a closing one stands after
    its maths), so each is money, written `\\$5` as a problem set in LaTeX writes it."""
    signs = len(_DOLLAR.findall(text))
    if signs and signs == len(_DOLLAR_AMOUNT.findall(text)):
        return _DOLLAR_AMOUNT.sub(r"\\$", text)
    return text


# a unit set in text at the end of maths: "$49\text{ cm}^2$", "$AB = 5 \mbox{ inches}$"
_UNIT_NAMES = (r"cm|mm|m|km|in|inch|inches|ft|foot|feet|yd|yards?|mi|miles?|units?|meters?|"
               r"centimeters?|millimeters?|kilometers?|kg|g|grams?|kilograms?|lb|pounds?|oz|"
               r"seconds?|minutes?|hours?|days?|weeks?|years?|mph|liters?|L|mL|gallons?|cups?")
_SET_IN_TEXT = r"\\(?:text|mbox|textrm|mathrm)(?![a-zA-Z])"
_MATHS_UNIT = re.compile(r"(?<!\\)\$((?:(?!" + _SET_IN_TEXT + r")(?:\\.|[^$\\]))*?[\w})])\s*"
                         r"(?:\\[,;:! ]\s*)*" + _SET_IN_TEXT + r"\s*\{\s*(" + _UNIT_NAMES
                         + r")\.?\s*\}\s*(?:\^\s*\{?\s*([23])\s*\}?)?\s*\$")


_SPELLED = {"in": "inches", "ft": "feet", "yd": "yards", "mi": "miles"}


def units_outside(text: str) -> str:
    """Units set in text at the end of a piece of maths written after it in words, as a
    problem typed without TeX says them: "$49\\text{ cm}^2$" -> "$49$ square cm",
    "$8\\text{ in}^3$" -> "$8$ cubic in", "$AB = 5\\text{ cm}$" -> "$AB = 5$ cm"."""
    power = {"2": "square ", "3": "cubic ", None: ""}
    return _MATHS_UNIT.sub(lambda m: f"${m.group(1)}$ {power[m.group(3)]}"
                           f"{_SPELLED.get(m.group(2), m.group(2))}", text)


def split_problem(text: str) -> Split:
    """Template with `@k@` placeholders for maths segments and bare numbers."""
    from tutor.reasoning.symbolic.bracket_notes import without_notes  # it parses examples

    text = without_notes(text)  # "where ⌊x⌋ denotes the greatest integer ...": read anyway
    text = units_outside(plain_money(text))
    text = _POINT_BEFORE_MATHS.sub(r"$\1.", text)
    text = listed_lengths(unstyled(text))  # "sides $13, 14, 15$": one piece each
    maths: list[str] = []

    def put(latex: str) -> str:
        maths.append(_definition_first(clean(letter_ratios(latex))))
        return f" @{len(maths) - 1}@ "

    def math_sub(m: re.Match[str]) -> str:
        src = next(g for g in m.groups() if g is not None)
        if m.group(5) is not None or _ROWS_ENV.search(src):
            src = _rows(src)
        lead = _UNKNOWN_LEAD.match(src)  # "Solve for $x: 2x = 4$": the unknown, then the maths
        if lead and "=" in src[lead.end():] and letter_ratios(src) == src:  # not "x : y = 4 : 7"
            return put(lead.group(1)) + ": " + put(src[lead.end():])
        return put(src)

    body = _MATH.sub(math_sub, text)
    body = _DECIMAL_GOES_ON.sub(
        lambda m: put(_decimal_that_goes_on(m.group(1), m.group(2), m.group(3))), body)
    body = _BRACKETED_BLOCK.sub(
        lambda m: put(f"{m.group(1)}.{m.group(2)}\\overline{{{m.group(3)}}}"), body)
    # a sentence's punctuation captured inside the maths: "$x = 2.$" -> "... ."
    body = _TEXT_QUANTITY.sub(lambda m: put(_quantity(m)), body)
    tmpl = re.sub(r"\s+", " ", body.lower()).strip()
    tmpl = re.sub(r"\s+([.,?:;!])", r"\1", tmpl)
    return Split(tmpl, maths, _names(body))


def _names(body: str) -> dict[str, str]:
    """Capitalised words inside a sentence that never appear in lower case: names."""
    lower = set(re.findall(r"\b[a-z]+\b", body))
    inside = re.findall(r"(?<![.!?:]\s)(?<![.!?:])(?<!^)(?<=\s)([A-Z][a-z]+)\b", body.strip())
    return {w.lower(): w for w in inside if w.lower() not in lower}


__all__ = ["Split", "clean", "plain_money", "split_problem", "units_outside", "unstyled",
           "without_slot"]
