"""Maths in text, for matplotlib's mathtext: find the formulas, rewrite their LaTeX.

The app's formula images (tutor.ui.mathrender) and the PDF export (tutor.export.text)
both draw LaTeX with mathtext, which knows only part of LaTeX. Both split text into
plain runs and formulas with `split_math` and both rewrite a formula with
`to_mathtext`, so a formula the app shows is a formula the PDF prints. Pure regular
expressions: importing this module loads neither matplotlib nor Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# $$...$$, \[...\], \(...\), $...$; an escaped \$ is a dollar sign, not a delimiter.
_MATH = re.compile(
    r"(?<!\\)\$\$(?P<dd>.+?)(?<!\\)\$\$"
    r"|\\\[(?P<bracket>.+?)\\\]"
    r"|\\\((?P<paren>.+?)\\\)"
    r"|(?<![\\$])\$(?P<d>[^$]+?)(?<!\\)\$",
    re.DOTALL,
)
# LaTeX that mathtext lacks, rewritten to what it has (applied in order).
_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"\\(displaystyle|textstyle|scriptstyle|limits|nolimits)\b", ""),
        (r"\\[dt]frac\b", r"\\frac"),
        (r"\\frac\s*(\w)\s*(\w)", r"\\frac{\1}{\2}"),
        (r"\\(le|leqslant)\b", r"\\leq"),
        (r"\\(ge|geqslant)\b", r"\\geq"),
        (r"\\ne\b", r"\\neq"),
        (r"\\lt\b", "<"),
        (r"\\gt\b", ">"),
        (r"\\implies\b", r"\\Rightarrow"),
        (r"\\impliedby\b", r"\\Leftarrow"),
        (r"\\iff\b", r"\\Leftrightarrow"),
        (r"\\boxed\b", ""),  # no boxes in mathtext; the answer line says "Answer"
        (r"\\pmod\s*\{?(\w+)\}?", r"\\ (\\mathrm{mod}\\ \1)"),
        (r"\\pmod\s*\{([^{}]*)\}", r"\\ (\\mathrm{mod}\\ \1)"),
        (r"\\bmod\b", r"\\ \\mathrm{mod}\\ "),
        (r"\\operatorname\s*\{([^{}]*)\}", r"\\mathrm{\1}"),
        (r"\\(?:left|right)\s*\.", ""),
        (r"\\(text|textrm|textnormal|mbox)\s*\{", r"\\mathrm{"),
        (r"\\textbf\s*\{", r"\\mathbf{"),
        (r"\\textit\s*\{", r"\\mathit{"),
        (r"\\dots[bcmo]\b", r"\\dots"),
        (r"\\(big|Big|bigg|Bigg)[lr]?\b", ""),
        (r"\\!", ""),
    )
)


@dataclass(frozen=True)
class Segment:
    kind: str  # "text" | "inline" | "display"
    content: str  # text with \$ read as $, or the formula without its delimiters
    source: str  # exactly as written, delimiters included: the fallback


def split_math(text: str) -> list[Segment]:
    """Plain runs and formulas of `text`, in order, in every delimiter style."""
    segments: list[Segment] = []
    pos = 0
    for m in _MATH.finditer(text):
        if m.start() > pos:
            plain = text[pos : m.start()]
            segments.append(Segment("text", plain.replace("\\$", "$"), plain))
        display = m.group("dd") is not None or m.group("bracket") is not None
        body = next(g for g in (m.group("dd"), m.group("bracket"), m.group("paren"), m.group("d"))
                    if g is not None)
        segments.append(Segment("display" if display else "inline", body.strip(), m.group(0)))
        pos = m.end()
    if pos < len(text):
        plain = text[pos:]
        segments.append(Segment("text", plain.replace("\\$", "$"), plain))
    return segments


def to_mathtext(latex: str, display: bool = False) -> str:
    """`latex` in the subset mathtext understands (no $ around it).

    `display` sets fractions full size, as in a displayed equation.
    """
    out = " ".join(latex.split())
    for pattern, replacement in _REWRITES:
        out = pattern.sub(replacement, out)
    if display:
        out = re.sub(r"\\frac\b", r"\\dfrac", out)
    return " ".join(out.split())


__all__ = ["Segment", "split_math", "to_mathtext"]
