"""A value the problem tells the student to use for π: "Use 3.14 for π.", "Using π = 22/7,
find ...", "(Take π to be 3.14.)", "What is the area, using 3.14 as an approximation for
pi?". School problems say it so the answer is a plain number.

`split_off` takes the request off the text (a whole sentence, an opening "Using ..., " or
a closing ", using ...") and gives the value; the engine solves the rest exactly and
`put_in` writes the value for π in the exact answer. Only an answer that is a polynomial in
π with rational coefficients takes it ("196π", "49π/4 + 2"); the value is computed twice,
by Horner's rule in exact fractions on the polynomial's coefficients and by SymPy
substituting the value, and the two must agree. A value far from π (|v - π| ≥ 0.01: "use
3 for π" is a different problem) is not read: the problem declines as before.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.problems.step import Step
from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.answer_forms import decimal_latex
from tutor.reasoning.symbolic.model import Decline, latex, step

_PI = r"(?:\$\s*\\pi\s*\$|\\pi|π|pi)"
_VALUE = (r"\$?\s*(?:\\frac\{(?P<fn>\d+)\}\{(?P<fd>\d+)\}|(?P<n>\d+/\d+|\d+\.\d+))\s*\$?")
_REQUEST = (
    rf"(?:use|using|take|taking|let|with) {_PI} (?:=|≈|\\approx|as|to be|be|equal to) {_VALUE}",
    rf"(?:use|using) {_VALUE} (?:for|as|in place of|to approximate|as an approximation "
    rf"(?:for|of|to)) {_PI}",
    rf"(?:use|using|take|taking|let|with) \$\s*\\pi\s*(?:=|\\approx)\s*{_VALUE[4:]}",
    rf"{_PI} (?:=|≈|\\approx) {_VALUE}",
)
_WHOLE = [re.compile(rf"(?:^|(?<=[.?!]))\s*\(?\s*{r}\s*[.!]?\s*\)?\s*(?=$|[A-Z(])", re.IGNORECASE)
          for r in _REQUEST[:3]] + [
    re.compile(rf"\s*\(\s*{r}\s*\.?\s*\)", re.IGNORECASE) for r in _REQUEST]
_OPENING = [re.compile(rf"^\s*{r}\s*,\s*(?=[a-z])", re.IGNORECASE) for r in _REQUEST[:3]]
_CLOSING = [re.compile(rf"\s*,\s*{r}\s*(?P<stop>[.?])\s*$", re.IGNORECASE) for r in _REQUEST[:3]]
_CLOSE_TO_PI = Fraction(1, 100)


def _value(m: re.Match[str]) -> tuple[Fraction, str]:
    if m.group("fn"):
        v = Fraction(int(m.group("fn")), int(m.group("fd")))
        return v, f"\\frac{{{v.numerator}}}{{{v.denominator}}}"
    said = m.group("n")
    v = Fraction(said)
    return v, (f"\\frac{{{v.numerator}}}{{{v.denominator}}}" if "/" in said else said)


def split_off(text: str) -> tuple[str, Fraction, str] | None:
    """(the text without its request, the value for π, the value as LaTeX), or None when it
    tells no value for π (or one far from π, or two)."""
    found: list[tuple[str, re.Match[str]]] = []
    for pattern in _WHOLE:
        found += [("whole", m) for m in pattern.finditer(text)]
    for pattern in _OPENING:
        found += [("opening", m) for m in pattern.finditer(text)]
    for pattern in _CLOSING:
        found += [("closing", m) for m in pattern.finditer(text)]
    spans = {m.span() for _, m in found}
    if not found or len({_value(m)[0] for _, m in found}) != 1:
        return None
    if any(a < d and c < b for a, b in spans for c, d in spans if (a, b) != (c, d)
           and not (a <= c and d <= b or c <= a and b <= d)):
        return None  # two requests overlapping: read in two ways
    kind, m = max(found, key=lambda f: f[1].end() - f[1].start())
    if any(not (m.start() <= o.start() and o.end() <= m.end()) for _, o in found):
        return None  # the value told twice
    value, shown = _value(m)
    if abs(value - Fraction(355, 113)) >= _CLOSE_TO_PI:
        return None
    rest = text[:m.start()] + (m.group("stop") if kind == "closing" else " ") + text[m.end():]
    rest = re.sub(r"\s+", " ", rest).strip()
    if kind == "opening" and rest:
        rest = rest[0].upper() + rest[1:]
    if re.search(rf"(?<![a-z]){_PI}(?![a-z])", rest, re.IGNORECASE) and "\\pi" not in rest:
        return None  # π still said in the rest: "express in terms of π" or a second value
    return (rest, value, shown) if rest else None


def _horner(coefficients: list[sp.Rational], value: Fraction) -> Fraction:
    total = Fraction(0)
    for c in coefficients:
        total = total * value + Fraction(int(c.p), int(c.q))
    return total


def _with_value(expression: str, shown: str) -> str:
    """The answer's LaTeX with the value written for π ("196 \\pi" -> "196 \\cdot 3.14")."""
    put = f"\\left({shown}\\right)" if shown.startswith("\\frac") else shown
    out = re.sub(r"(?<=[\d}])\s*\\pi(?![a-zA-Z^])", lambda _m: f" \\cdot {shown}", expression)
    out = re.sub(r"(?<=[\d}])\s*\\pi\^", lambda _m: f" \\cdot {put}^", out)
    out = re.sub(r"\\pi\^", lambda _m: f"{put}^", out)
    return re.sub(r"\\pi(?![a-zA-Z])", lambda _m: shown, out)


def _decimal(value: sp.Rational) -> str | None:
    """`value` written as a terminating decimal of at most 8 places (`decimal_latex`), a
    whole number as it is, or None."""
    if value.is_integer:
        return str(value)
    written = decimal_latex(value)
    if written is None or "\\overline" in written or len(written.split(".")[1]) > 8:
        return None
    return written


def put_in(value: sp.Basic | str, steps: list[Step], pi: Fraction, shown: str
           ) -> tuple[sp.Basic | str, list[Step]]:
    """The exact answer with `pi` written for π, with the step that puts it in."""
    if isinstance(value, str) or not isinstance(value, sp.Expr) or \
            value.free_symbols or not value.has(sp.pi):
        raise Decline("an answer with π in it, to put the value in")
    poly = sp.Poly(sp.expand(value), sp.pi)
    if poly.gens != (sp.pi,) or not all(c.is_Rational for c in poly.all_coeffs()):
        raise Decline("an answer that is a polynomial in π with rational coefficients")
    by_hand = _horner(poly.all_coeffs(), pi)
    result = sp.Rational(by_hand.numerator, by_hand.denominator)
    substituted = sp.nsimplify(value.subs(sp.pi, sp.Rational(pi.numerator, pi.denominator)))
    confirm.check(substituted == result,
                  "the value for π put in by Horner's rule in fractions and by substitution")
    decimal = _decimal(result) if "." in shown else None  # a decimal given, one back
    answer: sp.Basic | str = decimal if decimal is not None else result
    written = _with_value(latex(value), shown)
    claim = f"{written} = {answer if isinstance(answer, str) else latex(answer)}"
    return answer, [*steps, step("put in the value for π", f"Use ${shown}$ for $\\pi$.",
                                 f"${claim}$", claim)]


__all__ = ["put_in", "split_off"]
