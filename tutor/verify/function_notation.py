"""Spellings of functions and numbers that the broad LaTeX reader misreads or does not
read, rewritten into the one form it reads as a student means them (plain text work,
no SymPy). What the broad reader gives is only ever used to verify.

- `\\mathop{\\text{lcm}}[12, 18]`, `\\text{gcd}(8, 20)`, `\\operatorname{LCM}(4, 6)`:
  `\\lcm(12, 18)`, `\\gcd(8, 20)` (the chain reader took `\\text{..}` for a named quantity).
  Without arguments (`\\text{LCM} = 2^2 \\cdot 3^2`) it is a named quantity, as written.
- `\\sin^2(x)`, `\\tan^2 60^\\circ`: the power braced (`\\sin^{2}`), so `^2(` is no product.
- `\\log_2 8 \\cdot \\log_8 2`: a number written after a logarithm is its whole argument
  (`\\log_2(8)`) when an operator or the end follows it (the reader took log₂(8·log₈2)).
- `\\binom{6}{2}\\binom{4}{2}`: a product (the reader added them).
- `\\max\\{3, 7\\}`: `\\max(3, 7)`.
- `0.1\\overline{6}`: the repeating decimal as its exact fraction (1/6).
- `\\big(`, `\\Big|`: sizes of delimiters, dropped.

`letters_in_gcd(text)` tells when gcd/lcm has a letter in it: SymPy's gcd of two
symbols is 1 and their lcm their product, which is no claim about integers.
"""

from __future__ import annotations

import re
from math import gcd

_NAMED_GCD = re.compile(
    r"(?P<op>\\mathop\s*\{\s*)?\\(?:text|mathrm|operatorname|textrm|rm)\s*"
    r"\{\s*(?P<name>lcm|gcd|LCM|GCD)\s*\}(?(op)\s*\})"
    # only before its arguments: `\text{LCM} = 2^2 \cdot 3` names a quantity
    r"(?=\s*(?:[(\[]|\\left|\\[bB]ig))")
_BRACKET_ARGS = re.compile(r"(\\(?:lcm|gcd))\s*\[([^\[\]{}]*)\]")
_GCD = re.compile(r"\\(?:lcm|gcd)(?![a-zA-Z])|\b(?:lcm|gcd|LCM|GCD)\b")
_COMMAND = re.compile(r"\\[a-zA-Z]+")
_FUNCTION_POWER = re.compile(
    r"(\\(?:sin|cos|tan|cot|sec|csc|sinh|cosh|tanh|log|ln))\s*\^\s*(\d)(?![\d}])")
_LOG_NUMBER = re.compile(
    r"(\\(?:log|ln|lg)(?:_\{[^{}]*\}|_[a-zA-Z0-9])?)\s*(\d+(?:\.\d+)?)"
    r"(?=\s*(?:$|[-+=<>,)\]|]|\\(?:cdot|times|div|right|quad|qquad|le|ge|leq|geq|neq|"
    r"approx|lt|gt)(?![a-zA-Z])))")
_BINOM_AFTER_GROUP = re.compile(r"(?<=\})\s*(?=\\[dt]?binom(?![a-zA-Z]))")
_MAX_BRACES = re.compile(
    r"\\(max|min)\s*(?:\\left\s*)?\\\{([^{}]*?)(?:\\right\s*)?\\\}")
_SIZING = re.compile(r"\\(?:big|Big|bigg|Bigg)[lrm]?(?![a-zA-Z])")
_REPEATING = re.compile(
    r"(?<![\d.])(\d*)\.(\d*)\s*\\overline\s*\{\s*(\d{1,12})\s*\}(?![\d.])")


def function_names(text: str) -> str:
    """gcd and lcm written as words in LaTeX, as the commands `\\gcd` and `\\lcm` with
    their arguments in parentheses."""
    if "cd" not in text and "cm" not in text and "CD" not in text and "CM" not in text:
        return text
    text = _NAMED_GCD.sub(lambda m: "\\" + m.group("name").lower(), text)
    return _BRACKET_ARGS.sub(r"\1(\2)", text)


def letters_in_gcd(text: str) -> bool:
    """gcd or lcm with a letter anywhere in the text: not a claim the reader can weigh."""
    if not _GCD.search(text):
        return False
    return bool(re.search(r"[a-zA-Z]", _COMMAND.sub(" ", re.sub(
        r"\b(?:lcm|gcd|LCM|GCD)\b", " ", text))))


def _repeating(m: re.Match[str]) -> str:
    whole, fixed, repeat = m.group(1) or "0", m.group(2), m.group(3)
    # x = whole.fixed(repeat...) = (whole fixed repeat - whole fixed) / (10^f (10^r - 1))
    top = int(whole + fixed + repeat) - int(whole + fixed)
    bottom = 10 ** len(fixed) * (10 ** len(repeat) - 1)
    common = gcd(top, bottom)
    return f"(\\frac{{{top // common}}}{{{bottom // common}}})"


def as_read(text: str) -> str:
    """The text with each spelling in the module doc rewritten for the broad reader."""
    text = _SIZING.sub(" ", function_names(text))
    text = _FUNCTION_POWER.sub(r"\1^{\2}", text)
    text = _LOG_NUMBER.sub(r"\1(\2)", text)
    text = _BINOM_AFTER_GROUP.sub(r" \\cdot ", text)
    text = _MAX_BRACES.sub(r"\\\1(\2)", text)
    return _REPEATING.sub(_repeating, text)
