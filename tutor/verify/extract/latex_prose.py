"""LaTeX arithmetic with units, spelled as prose for `unit_arith`:
`3 \\text{ feet} \\times 4 \\text{ feet}` -> `3  feet  ×  4  feet`.

Only spellings with one reading are rewritten; anything else stays LaTeX,
which the prose quantity reader then refuses to read.
"""

from __future__ import annotations

import re

_LATEX_WORDS = re.compile(r"\\(?:text|mathrm|textbf|mbox|textit)\s*\{([^{}]*)\}"
                          r"(?:\^\s*(?:\{\s*([23])\s*\}|([23])(?![0-9])))?")
_LATEX_SIMPLE_FRAC = re.compile(r"\\[dt]?frac\s*\{([^{}+*×÷=-]*)\}\s*\{([^{}+*×÷=-]*)\}")
_LATEX_SYMBOLS = {
    "\\times": " × ", "\\cdot": " × ", "\\div": " ÷ ", "\\$": "$", "{,}": ",",
    "\\,": " ", "\\;": " ", "\\:": " ", "\\!": "", "\\quad": "\n", "\\qquad": "\n",
    "\\left": "", "\\right": "",
}
_LATEX_SYMBOL_RE = re.compile(
    "|".join(re.escape(k) + ("(?![a-zA-Z])" if k[-1].isalpha() else "") for k in _LATEX_SYMBOLS)
)


# `\\text{ s}`, `\\text{m/s}`, `\\text{km/h}`: a unit of one-letter words, which prose could
# not tell from a letter; the words in `\\text` are never unknowns. Not `x` (a times sign).
_SHORT_UNIT = re.compile(r"\s*(?![xX]\b)[A-Za-z]{1,3}(?:\s*/\s*[A-Za-z]{1,3})?\s*")
_ONE_LETTER = re.compile(r"(?<![A-Za-z])([A-Za-z])(?![A-Za-z])")
UNIT_MARK = "\u00a0"  # before a one-letter unit word (see unit_quantities._UNIT_WORD)


def _marked_unit(words: str) -> str:
    """The words of a `\\text{...}`, each one-letter word of a short unit marked as one."""
    if not _SHORT_UNIT.fullmatch(words):
        return words
    return _ONE_LETTER.sub(lambda m: UNIT_MARK + m.group(1), words.strip())


def _spelt_words(m: re.Match[str]) -> str:
    """`\\text{ cm}^2` -> ` cm^2 `: a square or cubic unit keeps its power, as typed in prose."""
    power = m.group(2) or m.group(3)
    return f" {_marked_unit(m.group(1))}{'^' + power if power else ''} "


def latex_as_prose(latex: str) -> str:
    """The LaTeX with its words, operators and simple fractions as prose (see module
    doc); a fraction after a division or a power stays LaTeX."""
    text = _LATEX_WORDS.sub(_spelt_words, latex)
    text = _LATEX_SYMBOL_RE.sub(lambda m: _LATEX_SYMBOLS[m.group(0)], text)

    def frac(m: re.Match[str]) -> str:
        if text[max(0, m.start() - 100) : m.start()].rstrip()[-1:] in ("/", "÷", "^"):
            return m.group(0)  # `6 / \frac{1}{2}` is not `6 / 1 / 2`
        return f"{m.group(1)} / {m.group(2)}"

    return _LATEX_SIMPLE_FRAC.sub(frac, text)
