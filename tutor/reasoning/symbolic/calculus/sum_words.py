"""Sums said in words, or typed without TeX, written as TeX's `\\sum` for the solvers.

"the sum of 1/(n(n+1)) from n = 1 to infinity", "the sum from k=1 to 20 of k^2", "the sum
of k^2 for k from 1 to 10", "sum_{n=1}^{10} n^2" typed without a backslash. Each names the
term, the letter and its first and last values (or infinity); `as_tex` writes the sum as
`$\\sum_{n=1}^{\\infty} \\left(t\\right)$` and leaves the rest of the sentence as it was.
The term is one piece of maths; a phrase it cannot place leaves the text unchanged, so the
problem is read as before and declined there. Nothing is evaluated here (the sum's value is
found and confirmed where every `\\sum` is).
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.plain_text import plain_to_latex, wrap_plain_maths

_TERM = r"(?P<f>\$[^$]+\$)"
_LAST = r"(?P<b>\$\s*-?\d+\s*\$|-?\d+|infinity|\$\\infty\$|∞)"
_SAID = [
    re.compile(r"\bthe sum of " + _TERM + r",? (?:from|as) \$(?P<x>[a-z])\s*=\s*(?P<a>-?\d+)\$"
               r" (?:to|through|up to) " + _LAST, re.I),
    re.compile(r"\b(?:the )?sum,? (?:from|as) \$(?P<x>[a-z])\s*=\s*(?P<a>-?\d+)\$ (?:to|through|up "
               r"to) " + _LAST + r",? of " + _TERM, re.I),
    re.compile(r"\bthe sum of " + _TERM + r",? for \$(?P<x>[a-z])\$ (?:from|=) \$?(?P<a>-?\d+)"
               r"\$? (?:to|through|up to) " + _LAST, re.I),
]
# "sum_{n=1}^{10} n^2", "sum_(k=0)^oo 1/2^k": the term runs to the end of the sentence
_TYPED = re.compile(r"(?<![\w$\\])sum\s*_\s*[{(]?\s*(?P<x>[a-z])\s*=\s*(?P<a>-?\d+)\s*[})]?\s*"
                    r"\^\s*[{(]?\s*(?P<b>-?\d+|\\?infty|infinity|oo|∞)\s*[})]?\s+"
                    r"(?P<f>[^$?]+?)\s*(?=\?|\.(?:\s|$)|$)")


def _last(said: str) -> str | None:
    b = said.strip().strip("$").strip()
    if b.lower() in ("infinity", "\\infty", "infty", "oo", "∞"):
        return "\\infty"
    return b if re.fullmatch(r"-?\d+", b) else None


def _sum(f: str, x: str, a: str, b: str) -> str | None:
    last = _last(b)
    body = f.strip().strip("$").strip()
    if last is None or not body:
        return None
    tex = body if "\\" in body else plain_to_latex(body)
    return f"$\\sum_{{{x}={a}}}^{{{last}}} \\left({tex}\\right)$"


def as_tex(text: str) -> str:
    """The text with each sum said in words or typed plainly written as `\\sum` between
    dollar signs; the text itself when it holds none."""
    typed = _TYPED.sub(lambda m: _sum(m["f"], m["x"], m["a"], m["b"]) or m[0], text)
    if typed != text:
        return typed
    wrapped = wrap_plain_maths(text) or text
    out = wrapped
    for said in _SAID:
        out = said.sub(lambda m: _sum(m["f"], m["x"], m["a"], m["b"]) or m[0], out)
    return out if out != wrapped else text


__all__ = ["as_tex"]
