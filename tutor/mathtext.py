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
    r"|(?<![\\$])\$(?P<d>(?:[^$\\]|\\.)+?)\$",  # `$\$80$`: an escaped dollar inside
    re.DOTALL,
)
# a character TeX escapes in running text (`30\\%`, `\\$4`, `A \\& B`): the character itself
_TEXT_ESCAPE = re.compile(r"\\([$%&#])")
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


# An Asymptote figure in a problem ([asy] ... [/asy]): drawn as a figure, never as text; the
# engine's figure reader and the PDF find figures with it too
FIGURE = re.compile(r"\[asy\](?P<body>.*?)\[/asy\]", re.DOTALL)


@dataclass(frozen=True)
class Segment:
    kind: str  # "text" | "inline" | "display" | "figure" (Asymptote source)
    content: str  # text with \$ read as $, or the formula without its delimiters
    source: str  # exactly as written, delimiters included: the fallback


def split_math(text: str) -> list[Segment]:
    """Plain runs, formulas and figures of `text`, in order, in every delimiter style."""
    segments: list[Segment] = []
    pos = 0
    for m in FIGURE.finditer(text):  # a figure's labels hold `$`: figures come out first
        segments += _split_formulas(text[pos:m.start()])
        segments.append(Segment("figure", m.group("body").strip(), m.group(0)))
        pos = m.end()
    return segments + _split_formulas(text[pos:])


def _split_formulas(text: str) -> list[Segment]:
    segments: list[Segment] = []
    pos = 0
    for m in _MATH.finditer(text):
        if m.start() > pos:
            plain = text[pos : m.start()]
            segments.append(Segment("text", _TEXT_ESCAPE.sub(r"\1", plain), plain))
        display = m.group("dd") is not None or m.group("bracket") is not None
        body = next(g for g in (m.group("dd"), m.group("bracket"), m.group("paren"), m.group("d"))
                    if g is not None)
        segments.append(Segment("display" if display else "inline", body.strip(), m.group(0)))
        pos = m.end()
    if pos < len(text):
        plain = text[pos:]
        segments.append(Segment("text", _TEXT_ESCAPE.sub(r"\1", plain), plain))
    return segments


# A matrix environment with no environment inside it (the innermost first).
_MATRIX = re.compile(
    r"\\begin\{(?P<kind>[pbvBV]?matrix)\*?\}(?P<body>(?:(?!\\begin\{|\\end\{).)*?)"
    r"\\end\{(?P=kind)\*?\}", re.DOTALL)
_MATRIX_DELIMITERS = {"matrix": ("", ""), "pmatrix": ("(", ")"), "bmatrix": ("[", "]"),
                      "vmatrix": ("|", "|"), "Vmatrix": ("\\Vert", "\\Vert"),
                      "Bmatrix": ("\\{", "\\}")}


def _stack(cells: list[str]) -> str:
    """Cells one above the other: mathtext has no arrays, but a fraction without a bar
    (\\genfrac, display style) stacks two things, and nested ones stack more."""
    if len(cells) == 1:
        return f"{{{cells[0]}}}"
    return f"\\genfrac{{}}{{}}{{0}}{{0}}{{{cells[0]}}}{{{_stack(cells[1:])}}}"


def _matrix(m: re.Match[str]) -> str:
    """A matrix as columns of stacked entries between its delimiters."""
    rows = [r.split("&") for r in re.split(r"\\\\", m.group("body")) if r.strip()]
    if not rows:
        return m.group(0)
    width = max(len(r) for r in rows)
    columns = [_stack([r[j].strip() if j < len(r) else "" for r in rows]) for j in range(width)]
    left, right = _MATRIX_DELIMITERS[m.group("kind")]
    inner = "\\ \\ ".join(columns)
    return f"\\left{left} {inner} \\right{right}" if left else inner


# Words in `\text{...}`: mathtext drops the spaces of a math-mode group, so each becomes an
# explicit `\ ` ("height of cone 1", not "heightofcone1").
_TEXT_GROUP = re.compile(r"\\(?:text|textrm|textnormal|mbox)\s*\{([^{}]*)\}")


def _text_group(m: re.Match[str]) -> str:
    return "\\mathrm{" + m.group(1).replace(" ", "\\ ") + "}"


def to_mathtext(latex: str, display: bool = False) -> str:
    """`latex` in the subset mathtext understands (no $ around it).

    `display` sets fractions full size, as in a displayed equation.
    """
    out = " ".join(latex.split())
    for _ in range(3):  # a matrix of matrices: the innermost first
        out = _MATRIX.sub(_matrix, out)
    out = _TEXT_GROUP.sub(_text_group, out)
    for pattern, replacement in _REWRITES:
        out = pattern.sub(replacement, out)
    if display:
        out = re.sub(r"\\frac\b", r"\\dfrac", out)
    return " ".join(out.split())


# A student's bare LaTeX: a command, a power, a subscript or a group.
_LATEX_MARK = re.compile(r"\\[A-Za-z]+|[\^_{}]")
# Words of prose (two or more letters, no backslash), not maths: "so", "then", "Subtract".
_PROSE_WORD = re.compile(r"(?<!\\)\b[A-Za-z]{2,}\b[.,:;!?]?")
_FUNCTION_WORDS = frozenset(
    "sin cos tan cot sec csc log ln exp gcd lcm mod max min det lim".split()
)
_TRAILING = ".,;:!?"


_ABBREVIATIONS = frozenset({"e.g", "i.e", "cf", "etc"})


def _is_prose(word: str) -> bool:
    if word.rstrip(_TRAILING).lower() in _ABBREVIATIONS:
        return True
    return bool(_PROSE_WORD.fullmatch(word)) and word.rstrip(_TRAILING) not in _FUNCTION_WORDS


def as_math_input(text: str) -> str:
    """A step the student typed, in the form the checker and the views read.

    Text that already has maths delimiters is left as it is. Otherwise each run of
    bare LaTeX between prose words gets `$...$`: `7 \\cdot 146 = 1022` becomes
    `$7 \\cdot 146 = 1022$` and `so x = \\frac{8}{2} = 4.` becomes
    `so $x = \\frac{8}{2} = 4$.`. Plain arithmetic (`18 - 6 = 12`) is left for the
    checker's plain-text reading.
    """
    text = text.strip()
    if not text or any(seg.kind != "text" for seg in split_math(text)):
        return text
    words = text.split(" ")
    out: list[str] = []
    run: list[str] = []

    def close_run() -> None:
        if not run:
            return
        maths = " ".join(run)
        if _LATEX_MARK.search(maths):
            # an ending full stop goes outside; "!" stays in: in LaTeX it is a factorial
            core = maths.rstrip(".,;:?")
            out.append(f"${core}${maths[len(core):]}" if core else maths)
        else:
            out.append(maths)
        run.clear()

    depth = 0  # inside braces (\text{the total}) every word belongs to the formula
    for word in words:
        if word and depth == 0 and _is_prose(word):
            close_run()
            out.append(word)
        else:
            run.append(word)
        depth = max(0, depth + word.count("{") - word.count("}"))
    close_run()
    return " ".join(out)


__all__ = ["FIGURE", "Segment", "as_math_input", "split_math", "to_mathtext"]
