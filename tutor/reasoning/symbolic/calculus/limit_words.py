"""Limits said in words, or typed without TeX, written as TeX's `\\lim` for the solvers.

A student asks for a limit in many ways: "the limit of 1/x^2 as x approaches 0", "the
limit as t goes to infinity of (3t+1)/(t-2)", "lim x->3 (x^2-9)/(x-3)",
"lim_(h->0) (sqrt(4+h)-2)/h", "as x tends to 2 from the left". Each names the function,
the letter, the point and perhaps the side; `as_tex` writes the limit as
`$\\lim_{x \\to a} \\left(f\\right)$` (the side as `a^{+}` or `a^{-}`) and leaves the rest
of the sentence as it was. The function is one piece of maths; a phrase it cannot place
(two pieces, a point in words it does not know) leaves the text unchanged, so the problem
is read as before and declined there. Nothing is evaluated here.
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.calculator_latex import plain_to_latex
from tutor.reasoning.symbolic.plain_text import wrap_plain_maths

_TO = r"(?:approaches|goes to|tends to|tends towards|gets close to|->|→|\\to|\\rightarrow)"
_POINT = (r"(?P<a>\$[^$]+\$|(?:negative |minus |positive |plus )?infinity|[-+]?∞"
          r"|[-+]?\d+(?:\.\d+)?(?:/\d+)?[+-]?|zero|[-+]?pi(?:/\d+)?)")
_SIDE = (r"(?:,? (?:from the (?P<side>right|left|positive side|negative side)|from (?P<sd>above"
         r"|below)))?")
_LETTER = r"\$?(?P<x>[a-z])\$?"
_FUNCTION = r"(?P<f>\$[^$]+\$)"
_SAID = [
    re.compile(r"\b(?:the )?limit of " + _FUNCTION + r",? as " + _LETTER + " " + _TO + " "
               + _POINT + _SIDE, re.I),
    re.compile(r"\b(?:the )?limit,? as " + _LETTER + " " + _TO + " " + _POINT + _SIDE
               + r",? of " + _FUNCTION, re.I),
]
# "lim x->3 f", "lim_{x -> 3} f", "lim_(x->3) f", "\\lim_{x\\to 3} f" typed without dollars:
# the function runs to the end of the sentence
_TYPED = re.compile(r"(?<![\w$\\])\\?lim\s*(?:_\s*)?(?P<open>[{(])?\s*(?P<x>[a-z])\s*"
                    r"(?:->|→|\\to|\\rightarrow)\s*(?P<a>[^\s{}()]+|\([^()]*\))\s*"
                    r"(?(open)[})])\s+(?P<f>[^$?]+?)\s*(?=\?|\.(?:\s|$)|$)")
_ARROW = re.compile(r"(?<=\bas [a-z])\s*(?:->|→)\s*")
_SIDES = {"right": "+", "positive side": "+", "above": "+", "left": "-", "negative side": "-",
          "below": "-"}


def _point(said: str, side: str) -> str | None:
    """The point as TeX, with its side as a raised sign; None when the point reads two
    ways (a side said twice, in words and as a sign, that disagree)."""
    a = said.strip().strip("$").strip()
    low = a.lower()
    if low in ("infinity", "positive infinity", "plus infinity", "∞", "+∞"):
        return "\\infty" if not side else None
    if low in ("negative infinity", "minus infinity", "-∞"):
        return "-\\infty" if not side else None
    if low == "zero":
        a = "0"
    sign = ""
    if a[-1:] in "+-" and len(a) > 1 and a[-2:-1] not in "^{":
        a, sign = a[:-1], a[-1]
    if sign and side and sign != side:
        return None
    side = side or sign
    tex = a if "\\" in said or said.startswith("$") else plain_to_latex(a)
    return f"{tex}^{{{side}}}" if side and "^" not in tex else tex if not side else None


def _limit(f: str, x: str, point: str | None) -> str | None:
    if point is None:
        return None
    body = f.strip().strip("$").strip()
    if not body:
        return None
    tex = body if "\\" in body else plain_to_latex(body)
    return f"$\\lim_{{{x} \\to {point}}} \\left({tex}\\right)$"


def _side(m: re.Match[str]) -> str:
    said = m.groupdict().get("side") or m.groupdict().get("sd") or ""
    return _SIDES.get(said.lower(), "")


def as_tex(text: str) -> str:
    """The text with each limit said in words or typed plainly written as `\\lim`
    between dollar signs; the text itself when it holds none."""
    typed = _TYPED.sub(lambda m: _limit(m["f"], m["x"], _point(m["a"], "")) or m[0], text)
    if typed != text:
        return typed
    # "as x -> 0": the arrow said as the word (the wrapping would take it for minus, greater)
    text = _ARROW.sub(" approaches ", text)
    wrapped = wrap_plain_maths(text) or text
    out = wrapped
    for said in _SAID:
        out = said.sub(lambda m: _limit(m["f"], m["x"], _point(m["a"], _side(m))) or m[0], out)
    return out if out != wrapped else text


__all__ = ["as_tex"]
