"""LaTeX arithmetic with units, spelled as prose for `unit_arith`:
`3 \\text{ feet} \\times 4 \\text{ feet}` -> `3  feet  ×  4  feet`.

Only spellings with one reading are rewritten; anything else stays LaTeX,
which the prose quantity reader then refuses to read.
"""

from __future__ import annotations

import re

_LATEX_WORDS = re.compile(r"\\(?:text|mathrm|textbf|mbox|textit)\s*\{([^{}]*)\}")
_LATEX_SIMPLE_FRAC = re.compile(r"\\[dt]?frac\s*\{([^{}+*×÷=-]*)\}\s*\{([^{}+*×÷=-]*)\}")
_LATEX_SYMBOLS = {
    "\\times": " × ", "\\cdot": " × ", "\\div": " ÷ ", "\\$": "$", "{,}": ",",
    "\\,": " ", "\\;": " ", "\\:": " ", "\\!": "", "\\quad": "\n", "\\qquad": "\n",
    "\\left": "", "\\right": "",
}
_LATEX_SYMBOL_RE = re.compile(
    "|".join(re.escape(k) + ("(?![a-zA-Z])" if k[-1].isalpha() else "") for k in _LATEX_SYMBOLS)
)


def latex_as_prose(latex: str) -> str:
    """The LaTeX with its words, operators and simple fractions as prose (see module
    doc); a fraction after a division or a power stays LaTeX."""
    text = _LATEX_WORDS.sub(lambda m: f" {m.group(1)} ", latex)
    text = _LATEX_SYMBOL_RE.sub(lambda m: _LATEX_SYMBOLS[m.group(0)], text)

    def frac(m: re.Match[str]) -> str:
        if text[max(0, m.start() - 100) : m.start()].rstrip()[-1:] in ("/", "÷", "^"):
            return m.group(0)  # `6 / \frac{1}{2}` is not `6 / 1 / 2`
        return f"{m.group(1)} / {m.group(2)}"

    return _LATEX_SIMPLE_FRAC.sub(frac, text)
