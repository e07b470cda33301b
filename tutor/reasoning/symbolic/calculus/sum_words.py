"""Sums said in words, or typed without TeX, written as TeX's `\\sum` for the solvers.

"the sum of 1/(n(n+1)) from n = 1 to infinity", "the sum from k=1 to 20 of k^2", "the sum
of k^2 for k from 1 to 10", "sum of floor(k/3) for k = 1 to 20", "add up 2k + 1 as k goes
from 0 to 9", "sum_{n=1}^{10} n^2" typed without a backslash. Each names the
term, the letter and its first and last values (or infinity); `as_tex` writes the sum as
`$\\sum_{n=1}^{\\infty} \\left(t\\right)$` and leaves the rest of the sentence as it was.
The term is one piece of maths; a phrase it cannot place leaves the text unchanged, so the
problem is read as before and declined there. Nothing is evaluated here (the sum's value is
found and confirmed where every `\\sum` is).
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.calculator_latex import plain_to_latex
from tutor.reasoning.symbolic.plain_text import wrap_plain_maths

# the term, perhaps after a bracket function's name typed as a word ("floor(k/3)")
_TERM = r"(?P<fn>\b(?:floor|ceil|ceiling))?(?P<f>\$[^$]+\$)"
_LAST = r"(?P<b>\$\s*-?\d+\s*\$|-?\d+|infinity|\$\\infty\$|∞)"
_UPTO = r" (?:to|through|up to|until) "
# "for $k$ from 1 to 10", "as $k$ goes from 1 to 10", "for $k = 1$ to 20", "from $n = 0$ to 9"
_RANGE = (r",? (?:(?:for|as|with|where) \$(?P<x>[a-z])\$ (?:(?:goes|runs|ranges|going|running|"
          r"ranging) )?(?:from|=) \$?(?P<a>-?\d+)\$?|(?:from|as|for) \$(?P<x2>[a-z])\s*=\s*"
          r"(?P<a2>-?\d+)\$)" + _UPTO + _LAST)
_SAID = [
    re.compile(r"(?:\b(?:the )?(?P<endless>infinite )?sum of|\badd up) " + _TERM + _RANGE, re.I),
    re.compile(r"\b(?:the )?(?P<endless>infinite )?sum,? (?:from|as) \$(?P<x>[a-z])\s*=\s*"
               r"(?P<a>-?\d+)\$" + _UPTO + _LAST + r",? of " + _TERM, re.I),
]
_BRACKETS = {"floor": ("\\lfloor ", " \\rfloor"), "ceil": ("\\lceil ", " \\rceil"),
             "ceiling": ("\\lceil ", " \\rceil")}
# "sum_{n=1}^{10} n^2", "sum_(k=0)^oo 1/2^k": the term runs to the end of the sentence
_TYPED = re.compile(r"(?<![\w$\\])sum\s*_\s*[{(]?\s*(?P<x>[a-z])\s*=\s*(?P<a>-?\d+)\s*[})]?\s*"
                    r"\^\s*[{(]?\s*(?P<b>-?\d+|\\?infty|infinity|oo|∞)\s*[})]?\s+"
                    r"(?P<f>[^$?]+?)\s*(?=\?|\.(?:\s|$)|$)")


def _last(said: str) -> str | None:
    b = said.strip().strip("$").strip()
    if b.lower() in ("infinity", "\\infty", "infty", "oo", "∞"):
        return "\\infty"
    return b if re.fullmatch(r"-?\d+", b) else None


def _one_bracket(tex: str) -> bool:
    """True when `tex` is one bracket, "(...)", whose "(" closes at its last character."""
    depth = 0
    for i, c in enumerate(tex):
        depth += {"(": 1, ")": -1}.get(c, 0)
        if depth == 0 and (i < len(tex) - 1 or c != ")"):
            return False
    return depth == 0 and len(tex) > 2 and tex.startswith("(")


def _sum(f: str, x: str, a: str, b: str, fn: str | None = None) -> str | None:
    last = _last(b)
    body = f.strip().strip("$").strip()
    if last is None or not body:
        return None
    tex = body if "\\" in body else plain_to_latex(body)
    if fn:
        if not _one_bracket(tex):
            return None  # "floor(k/3) + (k/2)": the floor's own bracket is not the term
        left, right = _BRACKETS[fn.lower()]
        tex = left + tex[1:-1] + right
    return f"$\\sum_{{{x}={a}}}^{{{last}}} \\left({tex}\\right)$"


def _said_sum(m: re.Match[str]) -> str:
    said = m.groupdict()
    x, a = (said["x"], said["a"]) if said["x"] else (said.get("x2"), said.get("a2"))
    if not x or a is None:
        return m[0]
    if said.get("endless") and _last(m["b"]) != "\\infty":
        return m[0]  # "the infinite sum ... to 10": the sum said is not the one written
    # the words before the term ("add up", "the sum of") are the sum's own: all replaced
    return _sum(m["f"], x, a, m["b"], said["fn"]) or m[0]


def as_tex(text: str) -> str:
    """The text with each sum said in words or typed plainly written as `\\sum` between
    dollar signs; the text itself when it holds none."""
    typed = _TYPED.sub(lambda m: _sum(m["f"], m["x"], m["a"], m["b"]) or m[0], text)
    if typed != text:
        return typed
    wrapped = wrap_plain_maths(text) or text
    out = wrapped
    for said in _SAID:
        out = said.sub(_said_sum, out)
    return out if out != wrapped else text


__all__ = ["as_tex"]
