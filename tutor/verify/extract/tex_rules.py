"""TeX's own reading of scripts without braces: `^` and `_` take one token, so
`6^210^2` is 6²·10² and `\\log_28\\sqrt2` is log₂(8√2). Writers who typed
`2^10` in LaTeX usually meant 2¹⁰, so a claim read this way may be verified but
never refuted (the caller makes it non-comparable)."""

from __future__ import annotations

import re

_SCRIPT_DIGITS = re.compile(r"([\^_])\s*(\d)(?=\d)")
_LOG_ARGUMENT = re.compile(
    r"\\log_\{(\w+)\}\s*((?:\d+|\\sqrt\s*(?:\{[^{}]*\}|\w)|[a-zA-Z](?![a-zA-Z]))+)"
)


def tex_scripts(latex: str) -> str:
    """`latex` with every braceless script made explicit the way TeX reads it."""
    text = _SCRIPT_DIGITS.sub(lambda m: f"{m.group(1)}{{{m.group(2)}}}" + (
        " \\cdot " if m.group(1) == "^" else " "), latex)
    return _LOG_ARGUMENT.sub(lambda m: f"\\log_{{{m.group(1)}}}\\left({m.group(2)}\\right)", text)
