"""Calculus typed without LaTeX, as a student types it, read as its usual forms:

- integrals: `∫ 3x^2 dx = x^3 + C`, `integral of 2x dx = x^2 + C`, `∫_0^3 2x dx = 9`,
  `integral from 0 to 3 of 2x dx = 9` become `$\\int_{0}^{3} 2x \\, dx = 9$`, which the
  broad reader checks by two methods (`series.py`) and `wrong_integrals.py` refutes when
  certainly wrong;
- a derivative taken of an expression: `d/dx (x^3 - 2x) = 3x^2 - 2` (or `d/dx x^3 = 3x^2`,
  which used to lose its `d/dx` and read as `x^3 = 3x^2`) becomes
  `$\\frac{d}{dx}\\left(x^3 - 2x\\right) = 3x^2 - 2$` (verify only);
- Leibniz's notation for a name's derivative: `dy/dx = 4x^3` is `y'(x) = 4x^3`, which
  `derivatives.py` checks against the expression y was given (`y = x^4 - 2x`).

Only a whole line of maths is rewritten for the first two: the integrand or expression
has no word but a function's name, the differential is `d` and one letter, and what
follows `=` is maths to the end of the line, one expression or a chain of them (a sentence
after it, or a relation other than `=`, leaves the line as it is); a chain's opening link,
unconfirmed, keeps its step from being verified (chain_gaps.py)."""

from __future__ import annotations

import re

__all__ = ["lone_integral", "plain_calculus"]

_BOUND = r"(?:-?\d+(?:\.\d+)?|-?[a-zA-Zπ])"
_MATHS = r"(?:[-+*/^()0-9.√π|²³ \t]|(?<![a-zA-Z])[a-zA-Z](?![a-zA-Z])|ln|sin|cos|tan|sqrt|exp)"
_FUNCTION = re.compile(r"(?<![\\a-zA-Z])(ln|sin|cos|tan|exp)(?![a-zA-Z])")
_PLAIN_INTEGRAL = re.compile(
    rf"(?m)^(?P<lead>[ \t]*)(?:∫|integral(?:\s+of)?)\s*"
    rf"(?:_\{{?(?P<low>{_BOUND})\}}?\s*\^\s*\{{?(?P<high>{_BOUND})\}}?"
    rf"|\s*from\s+(?P<low2>{_BOUND})\s+to\s+(?P<high2>{_BOUND})\s+of)?\s*"
    rf"(?P<integrand>{_MATHS}{{1,80}}?)\s*\bd(?P<var>[a-z])(?![a-zA-Z])\s*"
    rf"=(?P<rest>(?:{_MATHS}|=){{1,80}})[ \t.]*$", re.IGNORECASE)

_DERIVATIVE_OF = re.compile(
    rf"(?m)^(?P<lead>[ \t]*)d\s*/\s*d(?P<var>[a-z])\s*"
    rf"\((?P<body>(?:{_MATHS}|\((?:{_MATHS}){{1,40}}\)){{1,80}}?)\)\s*"
    rf"=(?P<rest>(?:{_MATHS}|=){{1,80}})[ \t.]*$")
# `d/dx x^3 = 3x^2`, `d/dx e^(2x) = 2e^(2x)`: the expression written without brackets
_DERIVATIVE_BARE = re.compile(
    rf"(?m)^(?P<lead>[ \t]*)d\s*/\s*d(?P<var>[a-z])[ \t]+"
    rf"(?P<body>(?![ \t(])(?:{_MATHS}){{1,80}}?)\s*"
    rf"=(?P<rest>(?:{_MATHS}|=){{1,80}})[ \t.]*$")
# what follows the first `=`: one expression, or a chain of them (`= 2^3/3 = 8/3`)
_CHAIN_REST = re.compile(r"^[^=]*[^=\s][^=]*(?:=[^=]*[^=\s][^=]*)*$")
_LEIBNIZ = re.compile(r"(?<![A-Za-z\\])d([a-z])\s*/\s*d([a-z])(?![A-Za-z(])")


def _latex(m: re.Match[str]) -> str:
    low, high = m["low"] or m["low2"], m["high"] or m["high2"]
    integrand, rest = m["integrand"].strip(), m["rest"].strip()
    if not integrand or not _CHAIN_REST.match(rest) or integrand[-1] in "-+*/^(":
        return m.group(0)
    bounds = f"_{{{low}}}^{{{high}}}" if low is not None else ""
    integrand, rest = _FUNCTION.sub(r"\\\1", integrand), _FUNCTION.sub(r"\\\1", rest)
    return f"{m['lead']}$\\int{bounds} {integrand} \\, d{m['var']} = {rest}$"


def _operator(m: re.Match[str]) -> str:
    body, rest = m["body"].strip(), m["rest"].strip()
    if not body or not _CHAIN_REST.match(rest):
        return m.group(0)
    body, rest = _FUNCTION.sub(r"\\\1", body), _FUNCTION.sub(r"\\\1", rest)
    return f"{m['lead']}$\\frac{{d}}{{d{m['var']}}}\\left({body}\\right) = {rest}$"


def _bare_operator(m: re.Match[str]) -> str:
    """`d/dx x^3 = 3x^2` read as `d/dx (x^3)`; a sum without brackets (`d/dx x^3 - 2x`)
    reads two ways (the derivative of the sum, or of its first term) and is left alone."""
    depth = 0
    for i, ch in enumerate(m["body"]):
        depth += (ch == "(") - (ch == ")")
        if depth == 0 and i > 0 and ch in "+-":
            return m.group(0)
    return _operator(m)


def plain_calculus(text: str) -> str:
    """The text with each line that is a plain integral or a derivative of an expression
    written in LaTeX, and `dy/dx` as `y'(x)`."""
    if "∫" in text or "ntegral" in text:
        text = _PLAIN_INTEGRAL.sub(_latex, text)
    if "/d" in text or "/ d" in text:
        text = _DERIVATIVE_OF.sub(_operator, text)
        text = _DERIVATIVE_BARE.sub(_bare_operator, text)
        text = _LEIBNIZ.sub(lambda m: f"{m[1]}'({m[2]})" if m[1] != m[2] else m[0], text)
    return text


_LONE_INTEGRAL = re.compile(r"^\s*\\int(?![a-zA-Z])[^=\[\]]*\bd[a-z]\s*=(?P<rest>[^=<>\[\]]*)$")


def lone_integral(segment: str) -> bool:
    """`\\int x^2 \\, dx = x^3 + C` alone in its segment: one integral said equal to one
    expression without calculus, its `=` a plain equality (see wrong_integrals.py)."""
    m = _LONE_INTEGRAL.match(segment)
    return m is not None and segment.count("\\int") == 1 and "\\frac{d" not in segment \
        and not re.search(r"\\(?:approx|le|ge|ne|lim|sum)|≈", m["rest"])
