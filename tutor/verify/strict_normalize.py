"""The strict parser's first pass: unicode and LaTeX spellings of the same operators turned
into one form (`×`, `\\cdot` and `\\times` all `*`; `√(2 + 7)` a `\\sqrt{...}`; thousands
separators dropped)."""

from __future__ import annotations

import re

_UNICODE = {
    "×": "*",
    "·": "*",
    "⋅": "*",
    "÷": "/",
    "−": "-",
    "–": "-",
    "π": "\\pi ",
    "\\cdot": "*",
    "\\times": "*",
    "\\div": "/",
    "\\ast": "*",
    "\\%": "%",
    "\\lvert": "|",
    "\\rvert": "|",
    "\\vert": "|",
    "\\left": "",
    "\\right": "",
    "\\!": "",
    "\\,": "",
    "\\;": "",
    "\\:": "",
    "\\ ": "",
    "\\dfrac": "\\frac",
    "\\tfrac": "\\frac",
    "\\dbinom": "\\binom",
    "\\tbinom": "\\binom",
    "**": "^",
    "²": "^2",
    "³": "^3",
}
_UNICODE_RE = re.compile("|".join(re.escape(k) for k in sorted(_UNICODE, key=len, reverse=True)))
_THOUSANDS = re.compile(r"(?<![\d.])(\d{1,3})((?:(?:,|\{,\})\d{3})+)(?![\d])")
_PLAIN_TIMES = re.compile(r"(?<=\d)\s+x\s+(?=\d)")
_SQRT_UNICODE = re.compile(r"√\s*(\d+(?:\.\d+)?|[a-zA-Z])")
_SQRT_PAREN = re.compile(r"√\s*\(")


def _parenthesised_roots(text: str) -> str:
    """`√(2 + 7)` -> `\\sqrt{2 + 7}`: the root of the whole parenthesis (plain text
    has no braces). Left as it is when the parenthesis never closes."""
    for _ in range(20):
        m = _SQRT_PAREN.search(text)
        if not m:
            return text
        depth, end = 0, -1
        for i in range(m.end() - 1, len(text)):
            depth += {"(": 1, ")": -1}.get(text[i], 0)
            if depth == 0:
                end = i
                break
        if end < 0:
            return text
        text = f"{text[:m.start()]}\\sqrt{{{text[m.end():end]}}}{text[end + 1:]}"
    return text


# `2⁴`, `2¹⁰`, `x⁻¹`: a run of superscript digits is one exponent
_SUPERSCRIPT = re.compile(r"⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
_SUPERSCRIPT_VALUE = str.maketrans("⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "-0123456789")


def normalize(text: str) -> str:
    """Turn unicode and LaTeX spellings of the same operators into one form."""
    text = _SUPERSCRIPT.sub(lambda m: "^{" + m.group(0).translate(_SUPERSCRIPT_VALUE) + "}",
                            text)
    text = _PLAIN_TIMES.sub(" * ", text)
    text = _parenthesised_roots(text)
    text = _SQRT_UNICODE.sub(r"\\sqrt{\1}", text)
    text = _THOUSANDS.sub(lambda m: m.group(1) + re.sub(r"\{,\}|,", "", m.group(2)), text)
    return _UNICODE_RE.sub(lambda m: _UNICODE[m.group(0)], text)



__all__ = ["normalize"]
