"""Definite integrals typed without TeX, written as TeX's `\\int` for the solvers.

A student types an integral as "∫_0^1 x^2 dx", "∫ from 1 to e of 1/x dx", "the integral of
x^3 dx from 0 to 2" or "integrate sin(x) dx between 0 and pi". Each names the integrand, its
letter (from "dx"), and the two bounds; `as_tex` writes the integral as
`$\\int_{a}^{b} f \\, dx$` and leaves the rest of the sentence as it was. The letter of "dx"
must be the integrand's only letter (Euler's e aside), and each bound a number, pi or e, or
a short plain expression of them; anything else leaves the text unchanged, so the problem is
read as before and declined there. Nothing is evaluated here.
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.calculator_latex import plain_to_latex

_BOUND = r"(?:-?\d+(?:\.\d+)?|-?pi|-?π|e)(?:\s*/\s*\d+)?"
_BRACED = rf"(?:\{{\s*{_BOUND}\s*\}}|\(\s*{_BOUND}\s*\)|{_BOUND})"
_F = r"(?P<f>[^$?∫]+?)"
_DX = r"\s*(?:\\,\s*)?d(?P<x>[a-z])\b"
_FROM = rf"(?:from|between) (?P<a>{_BOUND}) (?:to|and) (?P<b>{_BOUND})"
_WRITTEN_INTEGRALS = [
    # "∫_0^1 x^2 dx", "∫_{0}^{pi} sin x dx"
    re.compile(rf"∫\s*_\s*(?P<a>{_BRACED})\s*\^\s*(?P<b>{_BRACED})\s*{_F}{_DX}"),
    # "∫ from 1 to e of 1/x dx", "∫ from 0 to 2 (3x^2 + 1) dx"
    re.compile(rf"∫\s*{_FROM}(?: of)?\s+{_F}{_DX}", re.I),
    # "∫ x^2 dx from 0 to 3", "the integral of x^3 dx from 0 to 2", "integrate 1/x dx
    # between 1 and e"
    re.compile(rf"(?:∫|\b(?:the )?(?:definite )?integral of|\bintegrate)\s*{_F}{_DX}\s+{_FROM}",
               re.I),
    # "the integral from 0 to 1 of x^2 dx"
    re.compile(rf"\b(?:the )?(?:definite )?integral {_FROM} of {_F}{_DX}", re.I),
]


def _bound(said: str) -> str:
    s = said.strip().strip("{}()").strip().replace("π", "pi")
    return plain_to_latex(s)


def _two_ways(m: re.Match[str]) -> bool:
    """ "∫_0^1/2 x dx", "∫_0^2pi sin x dx": a bound written after _ or ^ without braces that
    goes on (a slash, or a letter against it) is the bound, or a bound and the integrand's
    start (∫_0^1 of x/2, ∫_0^2 of pi sin x): two readings, so the text is left as it is."""
    if not m.group(0).startswith("∫") or not m.group(0)[1:].lstrip().startswith("_"):
        return False
    for name in ("a", "b"):
        said = m[name]
        after = m.string[m.end(name):m.end(name) + 1]
        if said[0] not in "{(" and ("/" in said or name == "b" and re.match(r"[\w.π]", after)):
            return True
    return False


def _integral(m: re.Match[str]) -> str:
    if _two_ways(m):
        return m[0]
    f, x = m["f"].strip().rstrip("(").strip(), m["x"]
    if f.startswith("(") and f.endswith(")") and f.count("(") == 1:
        f = f[1:-1]
    letters = set(re.findall(r"(?<![a-z])(?!e\^)[a-z](?![a-z])", f))
    words = set(re.findall(r"[a-z]{2,}", f)) - {"sin", "cos", "tan", "ln", "log", "sqrt",
                                                 "exp", "pi", "sec", "csc", "cot"}
    if not f or words or not letters <= {x, "e"} or x == "e":
        return m[0]
    tex = plain_to_latex(f)
    if re.search(r"(?<=.)[-+]", f):  # "3x^2 + 1": the whole sum is integrated
        tex = f"\\left({tex}\\right)"
    return f"$\\int_{{{_bound(m['a'])}}}^{{{_bound(m['b'])}}} {tex} \\, d{x}$"


def as_tex(text: str) -> str:
    """The text with each definite integral typed plainly written as `\\int` between
    dollar signs; the text itself when it holds none."""
    if "$" in text:
        return text
    for said in _WRITTEN_INTEGRALS:
        text = said.sub(_integral, text)
    return text


__all__ = ["as_tex"]
