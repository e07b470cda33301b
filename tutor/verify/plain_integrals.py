"""Integrals typed without LaTeX, as a student types them, read as their LaTeX forms:
`∫ 3x^2 dx = x^3 + C`, `integral of 2x dx = x^2 + C`, `∫_0^3 2x dx = 9`,
`integral from 0 to 3 of 2x dx = 9` become `$\\int_{0}^{3} 2x \\, dx = 9$`, which the
broad reader checks by two methods (`series.py`; verify only, as every integral).

Only a whole line of maths is rewritten: the integrand has no word but a function's
name, the differential is `d` and one letter, and what follows `=` is maths to the end
of the line (a sentence after it, or a second relation, leaves the line as it is)."""

from __future__ import annotations

import re

__all__ = ["plain_integrals"]

_BOUND = r"(?:-?\d+(?:\.\d+)?|-?[a-zA-Zπ])"
_MATHS = r"(?:[-+*/^()0-9.√π|²³ \t]|(?<![a-zA-Z])[a-zA-Z](?![a-zA-Z])|ln|sin|cos|tan|sqrt|exp)"
_FUNCTION = re.compile(r"(?<![\\a-zA-Z])(ln|sin|cos|tan|exp)(?![a-zA-Z])")
_PLAIN_INTEGRAL = re.compile(
    rf"(?m)^(?P<lead>[ \t]*)(?:∫|integral(?:\s+of)?)\s*"
    rf"(?:_\{{?(?P<low>{_BOUND})\}}?\s*\^\s*\{{?(?P<high>{_BOUND})\}}?"
    rf"|\s*from\s+(?P<low2>{_BOUND})\s+to\s+(?P<high2>{_BOUND})\s+of)?\s*"
    rf"(?P<integrand>{_MATHS}{{1,80}}?)\s*\bd(?P<var>[a-z])(?![a-zA-Z])\s*"
    rf"=(?P<rest>{_MATHS}{{1,80}})[ \t.]*$", re.IGNORECASE)


def _latex(m: re.Match[str]) -> str:
    low, high = m["low"] or m["low2"], m["high"] or m["high2"]
    integrand, rest = m["integrand"].strip(), m["rest"].strip()
    if not integrand or not rest or "=" in rest or integrand[-1] in "-+*/^(":
        return m.group(0)
    bounds = f"_{{{low}}}^{{{high}}}" if low is not None else ""
    integrand, rest = _FUNCTION.sub(r"\\\1", integrand), _FUNCTION.sub(r"\\\1", rest)
    return f"{m['lead']}$\\int{bounds} {integrand} \\, d{m['var']} = {rest}$"


def plain_integrals(text: str) -> str:
    """The text with each line that is a plain integral written in LaTeX."""
    if "∫" not in text and "ntegral" not in text:
        return text
    return _PLAIN_INTEGRAL.sub(_latex, text)


_LONE_INTEGRAL = re.compile(r"^\s*\\int(?![a-zA-Z])[^=\[\]]*\bd[a-z]\s*=(?P<rest>[^=<>\[\]]*)$")


def lone_integral(segment: str) -> bool:
    """`\\int x^2 \\, dx = x^3 + C` alone in its segment: one integral said equal to one
    expression without calculus, its `=` a plain equality (see wrong_integrals.py)."""
    m = _LONE_INTEGRAL.match(segment)
    return m is not None and segment.count("\\int") == 1 and "\\frac{d" not in segment \
        and not re.search(r"\\(?:approx|le|ge|ne|lim|sum)|≈", m["rest"])
