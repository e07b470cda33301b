"""Text-level preparation of final answers before math-verify sees them.

Two jobs, both on plain strings and both without evaluating anything:

* `prepare` decides how an answer is handed to math-verify. math-verify only
  reads LaTeX between math delimiters (`$...$`, `\\[...\\]`, `\\boxed{}`), so a bare
  answer such as `{x, x - 1}` is wrapped in `$...$`; bare numbers with thousands
  separators or a decimal comma (`7,425,000`, `1000,99`) are left to its number
  extractor, and prose is left as it is so that its own answer search runs.
* `too_big` estimates, with a tiny total parser over the text, how many digits
  the numbers in it could reach once SymPy evaluates them (`10^{10^{10}}`,
  `(10^9)!`, `9**9**9**9`). SymPy evaluates such powers and factorials eagerly in
  C, where neither a signal nor a thread can stop it, so they must be refused
  before parsing.
"""

from __future__ import annotations

import math
import re

from tutor.verify.mixed_numbers import mixed_number

# --------------------------------------------------------------------------- prepare

_DELIMITERS = re.compile(r"\$|\\\(|\\\[|\\boxed|\\fbox")
# A whole answer that is one plain number: thousands separators (comma, space or
# LaTeX `,\!`), decimal point or comma, optional currency sign and percent.
_BARE_NUMBER = re.compile(
    r"^[$€£¥]?\s*-?(?:\d{1,3}(?:(?:,|\s|,\\!\s?)\d{3})+|\d+)(?:[.,]\d+)?"
    r"\s*(?:\\?%|percent|pct)?$"
)
_LATEX_THOUSANDS = re.compile(r"(?<=\d),\\!\s?(?=\d{3}(?!\d))")
# Two or more ordinary words outside \text{...}: a sentence, not a formula.
_WORD = re.compile(r"(?<![\\A-Za-z])[A-Za-z]{4,}")
_TEXT_CMD = re.compile(
    r"\\(?:text|textbf|textnormal|mathrm|mbox|operatorname|begin|end)\s*\{[^{}]*\}"
)
# A mixed number as the whole answer: `1 1/2`, `2\frac58`, `2\frac{5}{8}`.
_MIXED_SLASH = re.compile(r"^(-?)(\d+)\s+(\d+)\s*/\s*(\d+)$")
_MIXED_FRAC = re.compile(r"^(-?)(\d+)\s*\\[dt]?frac\s*(\{\d+\}|\d)\s*(\{\d+\}|\d)$")
_DEGREE = re.compile(r"\^\s*(?:\{\s*\\circ\s*\}|\\circ)")
_TRIG = re.compile(r"\\(?:sin|cos|tan|cot|sec|csc)\b")

MAX_PROSE_CHARS = 300


def prepare(text: str) -> str:
    """Return the string to hand to math-verify's `parse` for one answer."""
    text = repeating_overline(text.strip())
    if _DELIMITERS.search(text.replace("\\$", "")):
        return _REPEATING.sub(repeating_fraction, text)
    text = text.replace("\\$", "")  # a currency sign, never a delimiter here
    if _BARE_NUMBER.match(text):
        # math-verify's number extractor reads separators and "%", not "\%".
        return _LATEX_THOUSANDS.sub("", text).replace("\\%", "%")
    words = _WORD.findall(_TEXT_CMD.sub("", text))
    if "\n" in text or len(text) > MAX_PROSE_CHARS or len(words) >= 2:
        return text
    return f"${_latex_fixes(text)}$"


# 0.5\overline{3} (or \bar{3}): a repeating decimal, which the LaTeX parser does not read
_REPEATING = re.compile(r"(?<![\d.])(\d*)\.(\d*)\\(?:overline|bar)\s*\{(\d+)\}")


# Other writings of a repeating decimal: a bracketed block, 0.(36) (the whole answer only:
# elsewhere 0.5(2) may be a product); dots over the block's ends, 0.\dot{3} or
# 0.\dot{1}4285\dot{7}; the block written twice or more before an ellipsis, 0.1666...
_BRACKET_BLOCK = re.compile(r"^(-?\d*)\.(\d*)\((\d+)\)$")
_DOTTED_BLOCK = re.compile(r"(?<![\d.])(\d*)\.(\d*?)\\dot\s*\{(\d)\}(?:(\d*)\\dot\s*\{(\d)\})?")
_ELLIPSIS = re.compile(r"(?<![\d.])(\d*)\.(\d+)\s*(?:\\[lc]?dots|\.\.\.|…)")


def repeating_overline(text: str) -> str:
    """A repeating decimal written with a bracketed block, dots or an ellipsis, in the
    `\\overline` form (`0.(6)` -> `0.\\overline{6}`); an ellipsis after digits that do not
    end in the same block twice (`3.14159...`) is a cut-off decimal and stays."""
    m = _BRACKET_BLOCK.match(text)
    if m:
        return f"{m.group(1)}.{m.group(2)}\\overline{{{m.group(3)}}}"
    text = _DOTTED_BLOCK.sub(lambda d: f"{d.group(1)}.{d.group(2)}\\overline{{"
                             f"{d.group(3)}{d.group(4) or ''}{d.group(5) or ''}}}", text)
    return _ELLIPSIS.sub(_ellipsis_block, text)


def _ellipsis_block(m: re.Match[str]) -> str:
    whole, digits = m.group(1), m.group(2)
    for size in range(1, len(digits) // 2 + 1):
        block = digits[-size:]
        if digits[-2 * size:-size] == block:
            fixed = digits
            while fixed.endswith(block):
                fixed = fixed[:-size]
            return f"{whole}.{fixed}\\overline{{{block}}}"
    return m.group()


_PERCENT_SIGN = re.compile(r"\s*\\?%$")
_PLAIN_HEAD = re.compile(r"^-?[\d.,\s]*$")
_PLAIN_NUMBER = re.compile(r"^-?(?:\d+(?:\.\d*)?|\.\d+)$")


def plain_percent(text: str) -> str | None:
    """The number of a plain percent, `12.5` for `12.5\\%` (`1,250\\%` is 1250); else None."""
    m = _PERCENT_SIGN.search(text.strip())
    head = text.strip()[:m.start()].strip() if m else ""
    plain = re.sub(r"\s|\\!|(?<=\d),(?=\d{3}(?!\d))", "", head)  # `1,250` but not `12,5`
    return plain if _PLAIN_NUMBER.match(plain) else None


def percent_readings(text: str) -> list[str]:
    """`33\\frac{1}{3}\\%`, a percent of more than a plain number (math-verify read it as 33,
    and `5\\sqrt{2}\\%` as 5), as its number, `33\\frac{1}{3}`, as plain percents are read,
    and as the fraction it is, `\\frac{33+\\frac{1}{3}}{100}`. A plain percent, `12.5\\%`, is
    also read both ways (math-verify matched it with 12.5 and 0.125 written as whole
    numbers or fractions, but not with `12.50` or `0.1250`). [] for anything else."""
    plain = plain_percent(text)
    if plain:
        return [plain, f"\\frac{{{plain}}}{{100}}"]
    text = text.strip()
    m = _PERCENT_SIGN.search(text)
    head = text[:m.start()].strip() if m else ""
    if not head or "%" in head or _PLAIN_HEAD.match(head) or len(head) > 200 or re.search(
            r"[A-Za-z]{2}|\$", re.sub(r"\\[A-Za-z]+", "", head)):  # prose, or maths in it
        return []
    mixed = _MIXED_FRAC.match(head)
    value = (mixed and _mixed(mixed)) or f"({head})"
    return [head, f"\\frac{{{value}}}{{100}}"]


def repeating_fraction(m: re.Match[str]) -> str:
    """A repeating decimal matched as (whole, fixed digits, repeating block), as a fraction in
    lowest terms: 0.41\\overline{6} -> \\frac{5}{12} (the engine's parser uses it too)."""
    whole, fixed, block = m.group(1) or "0", m.group(2), m.group(3)
    num = int(whole + fixed + block) - int(whole + fixed)
    den = (10 ** len(block) - 1) * 10 ** len(fixed)
    g = math.gcd(num, den)
    return f"\\frac{{{num // g}}}{{{den // g}}}"


def _mixed(m: re.Match[str]) -> str | None:
    sign, whole, num, den = m.groups()
    return mixed_number(whole, num, den, sign=sign, latex=True)


def _latex_fixes(text: str) -> str:
    """Competition conventions that the LaTeX parser does not know."""
    text = _LATEX_THOUSANDS.sub("", text)
    text = _REPEATING.sub(repeating_fraction, text)
    mixed = _MIXED_SLASH.match(text) or _MIXED_FRAC.match(text)
    if mixed:
        return _mixed(mixed) or text
    if _TRIG.search(text):
        # Inside a trigonometric function a degree sign changes the value.
        text = _DEGREE.sub(r"\\cdot\\frac{\\pi}{180}", text)
    return text


# --------------------------------------------------------------------------- too_big

# Refuse anything that could evaluate to a number with more digits than this.
MAX_DIGITS = 100_000.0
_INF = math.inf
_TOKEN = re.compile(
    r"\s+|(?P<num>\d+(?:\.\d+)?)|(?P<cmd>\\[A-Za-z]+)|(?P<word>[A-Za-z]+)|(?P<pow>\*\*|\^)"
    r"|(?P<mul>[*/×÷])|(?P<add>[-+,;=<>])|(?P<open>[({\[])|(?P<close>[)}\]])|(?P<bang>!)|."
)
_MUL_CMDS = {"\\cdot", "\\times", "\\div"}
_FACTORIAL_FUNCS = {"\\Gamma", "gamma", "factorial", "\\factorial", "fact"}
_EXP_FUNCS = {"\\exp", "exp"}


def too_big(text: str) -> bool:
    """True when some power, factorial or binomial in `text` could be astronomically large.

    The estimate is an upper bound on log10 of absolute values, where a symbol
    counts as size 1 and `a^b` as `max(log a, 1) * b`; it is deliberately coarse.
    """
    tokens = [
        (m.lastgroup or "other", m.group())
        for m in _TOKEN.finditer(text)
        if not m.group().isspace()
    ]
    estimator = _Estimator(tokens)
    try:
        while estimator.pos < len(tokens):
            estimator.expr()
            estimator.pos += 1  # skip a stray closing bracket
    except RecursionError:
        return True
    return estimator.largest > MAX_DIGITS


class _Estimator:
    """Recursive-descent pass that never fails: unknown tokens are symbols."""

    def __init__(self, tokens: list[tuple[str, str]]) -> None:
        self.tokens = tokens
        self.pos = 0
        self.largest = 0.0

    def _peek(self) -> tuple[str, str]:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ("end", "")

    def _note(self, size: float) -> float:
        self.largest = max(self.largest, size)
        return size

    def expr(self) -> float:
        size = self.term()
        while self._peek()[0] in ("add", "other"):  # punctuation separates like "+"
            self.pos += 1
            size = max(size, self.term()) + 0.31
        return self._note(size)

    def term(self) -> float:
        size = self.power()
        while True:
            kind, value = self._peek()
            divide = value in ("/", "÷", "\\div")
            if kind == "mul" or value in _MUL_CMDS:
                self.pos += 1
            elif kind not in ("num", "cmd", "word", "open"):
                return self._note(size)
            # |log(a/b)| <= max(|log a|, |log b|) when a, b >= 1 (literals, mostly).
            size = max(size, self.power()) if divide else size + self.power()

    def power(self) -> float:
        base = self.postfix()
        if self._peek()[0] != "pow":
            return base
        self.pos += 1
        while self._peek()[0] == "add":  # a sign on the exponent
            self.pos += 1
        exponent = self.power()
        return self._note(_INF if exponent > 15 else max(base, 1.0) * 10.0**exponent)

    def postfix(self) -> float:
        size = self.primary()
        while self._peek()[0] == "bang":
            self.pos += 1
            size = self._note(_factorial_size(size))
        return size

    def primary(self) -> float:
        kind, value = self._peek()
        if kind in ("end", "close", "add", "mul", "pow", "bang"):
            return 0.0
        self.pos += 1
        if kind == "num":
            return self._note(_number_size(value))
        if kind == "open":
            size = self.expr()
            if self._peek()[0] == "close":
                self.pos += 1
            return size
        if value in ("\\frac", "\\dfrac", "\\tfrac", "\\binom", "\\dbinom", "\\tbinom"):
            top, bottom = self.primary(), self.primary()
            if "binom" in value:
                return self._note(_INF if top > 15 else 0.31 * 10.0**top)
            return self._note(max(top, bottom))
        if value in _FACTORIAL_FUNCS or value in _EXP_FUNCS:
            argument = self.primary()
            if value in _EXP_FUNCS:
                return self._note(_INF if argument > 15 else 0.44 * 10.0**argument)
            return self._note(_factorial_size(argument))
        return 0.0  # a symbol, a command such as \sqrt or \pi, or punctuation


def _number_size(digits: str) -> float:
    """|log10| of a literal: 2 for 100 and for 0.01, 0 for 1."""
    whole, _, fraction = digits.partition(".")
    whole = whole.lstrip("0")
    if len(whole) > 300:
        return float(len(whole))
    if whole:
        return math.log10(float(f"{whole}.{fraction or 0}"))
    significant = fraction.lstrip("0")
    return float(len(fraction) - len(significant) + 1) if significant else 0.0


def _factorial_size(size: float) -> float:
    """log10(n!) <= n * log10(n) for n = 10**size."""
    if size > 15:
        return _INF
    n = 10.0**size
    return n * max(size, 1.0)
