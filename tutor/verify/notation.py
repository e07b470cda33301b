"""Claims and values in the notation a student reads: `2 \\cdot 4` -> `2·4`,
`x**2` -> `x²`, `\\frac{1}{3}` -> `1/3`. Plain text work, no SymPy."""

from __future__ import annotations

import re

_SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
_SYMBOLS = {
    "\\cdot": "·", "\\times": "×", "\\div": "÷", "\\pi": "π", "\\leq": "≤", "\\le": "≤",
    "\\geq": "≥", "\\ge": "≥", "\\neq": "≠", "\\ne": "≠", "\\approx": "≈", "\\pm": "±",
    "\\infty": "∞", "\\equiv": "≡", "\\left": "", "\\right": "", "\\,": " ", "\\;": " ",
    "\\to": "→", "\\rightarrow": "→",
    "\\lceil": "⌈", "\\rceil": "⌉", "\\lfloor": "⌊", "\\rfloor": "⌋",
    "\\!": "", "\\displaystyle": "", "\\dfrac": "\\frac", "\\tfrac": "\\frac",
    "**": "^", "*": "·", "!=": "≠", "<=": "≤", ">=": "≥",
}
_SYMBOL_RE = re.compile(
    "|".join(
        re.escape(k) + ("(?![a-zA-Z])" if k[-1].isalpha() else "")
        for k in sorted(_SYMBOLS, key=len, reverse=True)
    )
)
_FRAC = re.compile(r"\\frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}")
_SQRT = re.compile(r"\\sqrt\s*\{([^{}]*)\}")
_ROOT = re.compile(r"\\sqrt\s*\[\s*([34])\s*\]\s*\{([^{}]*)\}")  # ∛ and ∜
_TEXT = re.compile(r"\\(?:text|mathrm|textbf|mbox|operatorname|boxed|fbox)\s*\{([^{}]*)\}")
# `^{12}` or `^2`; a brace is only taken with its partner (`\frac{k^2}{21}`).
_POWER = re.compile(r"\^(?:\{(-?\d{1,3})\}|(-?\d{1,3})(?![\d.]))")
_LONG_POWER = re.compile(r"\^\{(-?\d+)\}")  # too long for superscript digits
_COMPOUND = re.compile(r"[-+·×÷/ ]")
_PLAIN_NAMES = re.compile(r"(?<![\\a-zA-Z])(sqrt|pi)(?![a-zA-Z])")
_SUBSCRIPT = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
_LOG_BASE = re.compile(r"\\log\s*_\s*(?:\{\s*(\d{1,4})\s*\}|(\d))")  # \log_{3}, \log_2
_FUNCTION = re.compile(r"\\(ln|log|exp|sin|cos|tan|sec|csc|cot|arcsin|arccos|arctan|sinh|cosh|"
                       r"tanh|gcd|lcm|max|min|det)(?![a-zA-Z])")
_BINOM = re.compile(r"\\[dt]?binom\s*\{([^{}]*)\}\s*\{([^{}]*)\}")
_DEGREE = re.compile(r"\^\s*(?:\{\s*\\circ\s*\}|\\circ(?![a-zA-Z]))")
# `\lim_{x \to 2}` -> `lim(x→2) `, `\sum_{k=1}^{10}` -> `Σ(k=1..10) `
_LIM = re.compile(r"\\lim\s*_\s*\{((?:[^{}]|\{[^{}]*\})*)\}\s*")
_SIDE = re.compile(r"\^\s*\{?\s*([+-])\s*\}?")  # the side of a limit: 0^{+} -> 0⁺
_SUM = re.compile(r"\\(sum|prod)\s*_\s*\{([^{}]*)\}\s*\^\s*(?:\{([^{}]*)\}|(\\infty|\w))\s*")
# SymPy writes `\ln{\left(8 \right)}`: the braces are only TeX grouping
_BRACED_ARGUMENT = re.compile(r"(?<=[a-z₀-₉])\{\s*\(([^{}()]*)\)\s*\}")
# `a_{12}` -> `a₁₂`, `a_{son}` -> `a_son`: a subscript without its TeX braces
_BRACED_SUBSCRIPT = re.compile(r"(?<=[A-Za-z])_(?:\{\s*([A-Za-z0-9]{1,16})\s*\}|(\d)(?!\d))")
# a matrix is written row by row: `(2, 3; 1, 4)`, its brackets kept ([ ], | | for a determinant)
_MATRIX = re.compile(r"\\begin\{([pbvBV]?)matrix\}(.*?)\\end\{\1matrix\}", re.S)
_MATRIX_BRACKETS = {"": ("", ""), "p": ("(", ")"), "b": ("[", "]"), "B": ("{", "}"),
                    "v": ("|", "|"), "V": ("‖", "‖")}


def _superscript(m: re.Match[str]) -> str:
    return (m.group(1) or m.group(2)).translate(_SUPERSCRIPT)


def _subscript(m: re.Match[str]) -> str:
    written = m.group(1) or m.group(2)
    return written.translate(_SUBSCRIPT) if written.isdigit() else "_" + written


def _matrix(m: re.Match[str]) -> str:
    rows = [row for row in re.split(r"\\\\", m.group(2)) if row.strip()]
    inner = "; ".join(", ".join(entry.strip() for entry in row.split("&")) for row in rows)
    opening, closing = _MATRIX_BRACKETS[m.group(1)]
    return f"{opening}{inner}{closing}"


def _group(text: str) -> str:
    return f"({text})" if _COMPOUND.search(text.strip()) else text.strip()


def maths_text(text: str) -> str:
    """`text` (LaTeX or SymPy-style) with maths symbols instead of commands."""
    text = _TEXT.sub(lambda m: m.group(1), text)
    text = _LOG_BASE.sub(lambda m: "log" + (m.group(1) or m.group(2)).translate(_SUBSCRIPT), text)
    text = _FUNCTION.sub(lambda m: m.group(1), text)
    text = _DEGREE.sub("°", text)
    text = _LIM.sub(lambda m: "lim(" + _SIDE.sub(lambda side: "⁺" if side.group(1) == "+"
                                                 else "⁻", m.group(1).strip()) + ") ", text)
    text = _SUM.sub(lambda m: "Σ∏"[m.group(1) == "prod"] + f"({m.group(2).strip()}.."
                    f"{(m.group(3) or m.group(4)).strip()}) ", text)
    text = _SYMBOL_RE.sub(lambda m: _SYMBOLS[m.group(0)], text)
    text = _BRACED_ARGUMENT.sub(lambda m: f"({m.group(1).strip()})", text)
    text = _POWER.sub(_superscript, text)  # \frac{5}{6^{2}}
    for _ in range(4):  # innermost first, a few levels deep
        new = _FRAC.sub(lambda m: f"{_group(m.group(1))}/{_group(m.group(2))}", text)
        new = _SQRT.sub(lambda m: f"√{_group(m.group(1))}", new)
        new = _BINOM.sub(lambda m: f"C({m.group(1).strip()},{m.group(2).strip()})", new)
        new = _ROOT.sub(lambda m: "∛∜"[int(m.group(1)) - 3] + _group(m.group(2)), new)
        if new == text:
            break
        text = new
    text = _PLAIN_NAMES.sub(lambda m: "√" if m.group(1) == "sqrt" else "π", text)
    text = _POWER.sub(_superscript, text)
    text = _LONG_POWER.sub(r"^\1", text)  # 5^{2024} as 5^2024: no braces a student never types
    text = _MATRIX.sub(_matrix, text)
    text = _BRACED_SUBSCRIPT.sub(_subscript, text)
    return re.sub(r"\s+", " ", text).strip()

