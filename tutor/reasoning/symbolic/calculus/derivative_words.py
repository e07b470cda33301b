"""Derivatives asked in the notations a student types, written as the sentence the readers
read: "Find dy/dx if y = x^2 ln x", "If y = x^3 + 2x, find dy/dx", "Given f(x) = sin(2x),
find f'(x)", "Find f''(x) if f(x) = x^4", "If f(x) = x^3 - x, what is f'(2)?", "y' if
y = e^(3x)", and the operator d/dx said before the function: "what is d/dx of e^(2x)".

Each names a function by its left side (y, or f(x) with its letter) and asks for its
derivative in the same name (dy/dx with y; f'(x), f'(t) with f); `as_tex` writes
"Find the derivative of $E$." ("the second derivative" for y'' and f''(x); "... at $x = a$"
for f'(a)) and leaves the problem as it was when the names or letters disagree or the
function is not one piece of maths. Nothing is evaluated here.
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.calculator_latex import plain_to_latex

_ASK = r"(?:find|what is|what's|compute|determine|calculate|evaluate|give)"
# the derivative asked: dy/dx, d^2y/dx^2, y', y'', f'(x), f''(x), f'(2), \frac{dy}{dx}
_PRIMED = (r"(?P<d>\$?(?:(?P<dy>d(?P<n2>\^\{?2\}?)?(?P<y1>[a-z])\s*/\s*d(?P<x1>[a-z])(?:\^\{?2\}?)?"
           r"|\\frac\{d(?P<n3>\^\{?2\}?)?(?P<y2>[a-z])\}\{d(?P<x2>[a-z])(?:\^\{?2\}?)?\})"
           r"|(?P<f>[a-z])(?P<marks>'{1,2}|\\prime|\^\{?\\prime\\prime\}?|\^\{?\\prime\}?)"
           r"(?:\((?P<at>[^()]+)\))?)\$?)")
# the function told: "y = E", "f(x) = E", in dollars or plain up to the sentence's end
_TOLD = (r"\$?(?P<g>[a-z])(?:\((?P<v>[a-z])\))?\s*=\s*(?P<e>[^$?]+?|\$[^$]+\$)\$?")
_FORMS = [
    re.compile(rf"^\s*{_ASK} {_PRIMED} (?:if|when|given|for|where) {_TOLD}\s*[.?]?\s*$", re.I),
    re.compile(rf"^\s*(?:if|given|given that|let) {_TOLD}\s*,\s*(?:then )?{_ASK} {_PRIMED}"
               r"\s*[.?]?\s*$", re.I),
    re.compile(rf"^\s*(?:if|given|given that|let) {_TOLD}\s*[.;]\s*{_ASK} {_PRIMED}\s*[.?]?\s*$",
               re.I),
]


# "d/dx (x^2 + 1)", "what is d/dx of e^(2x)", "find d/dx x^3": the operator before the function
_OPERATOR = re.compile(rf"^\s*(?:{_ASK} )?(?:the )?d\s*/\s*d(?P<x>[a-z])\s*(?:of\s+)?"
                       r"(?P<e>[^$?=]+?|\$[^$=]+\$)\s*[.?]?\s*$", re.I)


def as_tex(text: str) -> str:
    """The text as "Find the (second) derivative of $E$ (at $x = a$)." when it asks for a
    told function's derivative in primed or Leibniz notation; the text itself otherwise."""
    if (m := _OPERATOR.match(text)) is not None:
        body = m["e"].strip().strip("$").strip()
        tex = body if "\\" in body else plain_to_latex(body)
        letters = set(re.findall(r"[a-zA-Z]", re.sub(r"\\[a-zA-Z]+", " ", tex))) - {"e"}
        return f"Find the derivative of ${tex}$." if letters == {m["x"]} else text
    for form in _FORMS:
        m = form.match(text)
        if m is not None:
            return _said(m) or text
    return text


def _said(m: re.Match[str]) -> str | None:
    g, v = m["g"], m["v"]
    body = m["e"].strip().strip("$").strip()
    if not body or "=" in body:
        return None
    if m["dy"] or m["y2"]:  # Leibniz: dy/dx asks of y = E (not of f(x) = E)
        y, x = m["y1"] or m["y2"], m["x1"] or m["x2"]
        if v is not None or y != g:
            return None
        second, at = bool(m["n2"] or m["n3"]), None
    else:  # primes: f'(x) of f(x) = E, y' of y = E
        if m["f"] != g:
            return None
        x = v
        marks = m["marks"]
        second = marks in ("''",) or "prime\\prime" in marks
        at = (m["at"] or "").strip()
        if v is None:
            if at:
                return None  # y'(2) of y = E: which letter?
        elif at == v:
            at = ""
        elif not re.fullmatch(r"-?\d+(?:\.\d+)?(?:/\d+)?", at):
            return None  # f'(t) of f(x) = E, or f'(a) with a letter
    tex = body if "\\" in body else plain_to_latex(body)
    letters = set(re.findall(r"[a-zA-Z]", re.sub(r"\\[a-zA-Z]+", " ", tex))) - {"e"}
    if x is None:
        if len(letters) != 1:
            return None
        x = letters.pop()
    elif not letters <= {x}:
        return None  # another letter in the function: a parameter, or the wrong letter
    which = "second derivative" if second else "derivative"
    where = f" at ${x} = {plain_to_latex(at)}$" if at else ""
    return f"Find the {which} of ${tex}${where}."


__all__ = ["as_tex"]
