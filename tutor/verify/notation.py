"""Claims and values in the notation a student reads: `2 \\cdot 4` -> `2·4`,
`x**2` -> `x²`, `\\frac{1}{3}` -> `1/3`. Plain text work, no SymPy."""

from __future__ import annotations

import re

_SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
_SYMBOLS = {
    "\\cdot": "·", "\\times": "×", "\\div": "÷", "\\pi": "π", "\\leq": "≤", "\\le": "≤",
    "\\geq": "≥", "\\ge": "≥", "\\neq": "≠", "\\ne": "≠", "\\approx": "≈", "\\pm": "±",
    "\\infty": "∞", "\\equiv": "≡", "\\left": "", "\\right": "", "\\,": " ", "\\;": " ",
    "\\!": "", "\\displaystyle": "", "\\dfrac": "\\frac", "\\tfrac": "\\frac",
    "**": "^", "*": "·", "!=": "≠", "<=": "≤", ">=": "≥", "sqrt": "√", "pi": "π",
}
_SYMBOL_RE = re.compile(
    "|".join(
        re.escape(k) + ("(?![a-zA-Z])" if k[-1].isalpha() else "")
        for k in sorted(_SYMBOLS, key=len, reverse=True)
    )
)
_FRAC = re.compile(r"\\frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}")
_SQRT = re.compile(r"\\sqrt\s*\{([^{}]*)\}")
_TEXT = re.compile(r"\\(?:text|mathrm|textbf|mbox|operatorname)\s*\{([^{}]*)\}")
_POWER = re.compile(r"\^\{?(-?\d{1,3})\}?(?![\d.])")
_COMPOUND = re.compile(r"[-+·×÷/ ]")


def _group(text: str) -> str:
    return f"({text})" if _COMPOUND.search(text.strip()) else text.strip()


def maths_text(text: str) -> str:
    """`text` (LaTeX or SymPy-style) with maths symbols instead of commands."""
    text = _TEXT.sub(lambda m: m.group(1), text)
    text = _SYMBOL_RE.sub(lambda m: _SYMBOLS[m.group(0)], text)
    for _ in range(4):  # innermost first, a few levels deep
        new = _FRAC.sub(lambda m: f"{_group(m.group(1))}/{_group(m.group(2))}", text)
        new = _SQRT.sub(lambda m: f"√{_group(m.group(1))}", new)
        if new == text:
            break
        text = new
    text = _POWER.sub(lambda m: m.group(1).translate(_SUPERSCRIPT), text)
    return re.sub(r"\s+", " ", text).strip()


def number_text(value: object, places: int = 2) -> str:
    """A SymPy number for a message: exact when short, else decimals with `…`."""
    text = str(value)
    if "/" in text or "." in text or "sqrt" in text or "pi" in text or len(text) > 15:
        try:
            as_float = float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError, OverflowError):
            return maths_text(text)
        if "/" in text and len(text) <= 9 and "." not in text:
            return text  # 1/3 reads better than 0.33…
        shown = f"{as_float:.{places}f}"
        return f"{shown}…" if float(shown) != as_float else shown
    return maths_text(text)
