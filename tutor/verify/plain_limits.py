"""Limits typed without LaTeX, as reasoning models type them in their thinking (issue 12):
`lim_{x→3} (x^2 - 9)/(x - 3) = lim_{x→3} (x + 3) = 6`, `lim_{n->∞} (3n^2 + 1)/n^2 = 3`,
`lim x->0 sin(5x)/x = 5`, `lim as x→0 of sin(5x)/x = 5`, `lim_(n→infinity) (1 + 1/n)^n = e`.

Plain text, the maths runs start after the limit's subscript and read `(x + 3) = 6` as an
equation in x. Such a line is written in LaTeX
(`$\\lim_{x \\to 3} (x^2 - 9)/(x - 3) = \\lim_{x \\to 3} (x + 3) = 6$`), which the broad reader
checks by two methods (`series.py`) and never refutes; the arithmetic after the last limit
is arithmetic as usual.

Only the end of a line is rewritten, from the first `lim` to the line's end (a full stop
after it kept), and only when the words before it are none, a connective ("So", "Then")
or a label with its colon; every side of the chain is one limit of plain maths or plain
maths, with one-letter names, `sqrt`, `√` and the usual function names and no other word.
A one-sided point (`x→0+`) or anything else leaves the line as it is."""

from __future__ import annotations

import re

__all__ = ["plain_limits"]

_POINT = r"[-+−]?(?:\d+(?:\.\d+)?|∞|infinity|inf|oo|π|pi)"
_HEAD = re.compile(
    rf"^lim\s*(?:_\s*)?(?P<open>[{{(]?)\s*(?:as\s+)?(?P<var>[a-z])\s*(?:→|-+>)\s*(?P<point>{_POINT})\s*"
    rf"(?P<close>[}})]?)(?:\s*\bof\b)?\s*", re.IGNORECASE)
# A whole line's tail that starts at a limit: the words before it, the chain, a full stop.
_LINE = re.compile(
    r"(?m)^(?P<lead>[ \t]*(?:(?:so|then|thus|hence|therefore|and|now|which gives)\b,?[ \t]*"
    r"|[^\n:]{0,40}:[ \t]*)?)(?P<chain>lim(?![a-zA-Z])[^\n]*?)(?P<end>[ \t]*\.?[ \t]*)$",
    re.IGNORECASE)
_FUNCTIONS = r"ln|sin|cos|tan|exp|sqrt"
# a side's plain maths: numbers, operators, one-letter names, the usual functions
_MATHS = re.compile(rf"^(?:[-+*/^()0-9. \t·×√π²³−]|(?:{_FUNCTIONS})(?=\()|(?<![a-zA-Z])"
                    rf"[a-zA-Z](?![a-zA-Z]))+$")
_SQRT_CALL = re.compile(r"(?:sqrt|√)\(")
_SQRT_ONE = re.compile(r"√\s?(\d+(?:\.\d+)?|[a-zA-Z])(?![a-zA-Z(])")
_FUNCTION = re.compile(r"(?<![\\a-zA-Z])(ln|sin|cos|tan|exp)(?=\()")
_INFINITY = {"∞", "infinity", "inf", "oo"}
_MAX_LINE = 300


def _latex_point(point: str) -> str:
    sign = "-" if point[0] in "-−" else ""
    bare = point.lstrip("+-−").lower()
    if bare in _INFINITY:
        return f"{sign}\\infty"
    return f"{sign}\\pi" if bare in ("π", "pi") else f"{sign}{bare}"


def _roots(text: str) -> str | None:
    """`sqrt(x + 1)`, `√(x + 1)` and `√x` as `\\sqrt{...}`; None when a bracket is open."""
    out, i = [], 0
    while (m := _SQRT_CALL.search(text, i)) is not None:
        depth, j = 1, m.end()
        while j < len(text) and depth:
            depth += {"(": 1, ")": -1}.get(text[j], 0)
            j += 1
        if depth:
            return None
        inner = _roots(text[m.end():j - 1])
        if inner is None:
            return None
        out.append(f"{text[i:m.start()]}\\sqrt{{{inner}}}")
        i = j
    rest = _SQRT_ONE.sub(lambda m: f"\\sqrt{{{m.group(1)}}}", text[i:])
    return "".join(out) + rest


def _side(text: str) -> str | None:
    """One side of the chain in LaTeX, or None when it is not a limit or plain maths."""
    head = _HEAD.match(text)
    if text.lower().startswith("lim") and head is None:
        return None
    body = text[head.end():] if head is not None else text
    if head is not None and bool(head["open"]) != bool(head["close"]):
        return None
    body = body.strip()
    if not body or not _MATHS.match(body) or body.count("(") != body.count(")"):
        return None
    rooted = _roots(body)
    if rooted is None:
        return None
    body = _FUNCTION.sub(r"\\\1", rooted).replace("π", "\\pi ").replace("−", "-")
    body = body.replace("·", " \\cdot ").replace("×", " \\cdot ")
    body = body.replace("²", "^2").replace("³", "^3")
    if head is None:
        return body
    return f"\\lim_{{{head['var']} \\to {_latex_point(head['point'])}}} {body}"


def _rewrite(m: re.Match[str]) -> str:
    chain = m["chain"]
    if len(chain) > _MAX_LINE or "$" in chain or "\\" in chain:
        return m.group(0)
    sides = [_side(part.strip()) for part in chain.split("=")]
    if len(sides) < 2 or any(side is None for side in sides):
        return m.group(0)
    return f"{m['lead']}${' = '.join(side for side in sides if side is not None)}${m['end']}"


def plain_limits(text: str) -> str:
    """The text with each plain-text chain of limits (see the module doc) in LaTeX."""
    if "lim" not in text and "Lim" not in text:
        return text
    return _LINE.sub(_rewrite, text)
