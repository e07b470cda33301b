"""Typed reader: a polynomial equation with unknown letters, told its roots, and a letter (or
an expression in the letters) asked.

"For which $m$ does $mx^2 + 7x - 15 = 0$ have the solutions $x = -5$ and $x = \\frac{3}{2}$?",
"The roots of $2y^2 - 8y + c$ are $\\frac{4 \\pm \\sqrt{6}}{2}$. What is $c$?", "If the two
roots of $x^2 + bx + c = 0$ are $1 + 2i$ and $1 - 2i$, find $(b, c)$". A root written with
$\\pm$ is two roots; an $i$ in a root is the imaginary unit.
Each told root is put into the polynomial and the letters solved for together; one solution
is needed, and the polynomial must keep its degree there. It is confirmed by solving the
polynomial with the letters filled in, numerically (mpmath's polyroots at 30 digits): every
told root must be one of its roots, and when the roots are told as "the roots" they must be
all of them.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

VOCAB = frozenset(
    "for which has have solutions solution roots root are quadratic equation polynomial "
    "two both its ordered pair triple what if given that whose zeros zero".split())
_ROOTS = re.compile(r"\b(?:roots?|solutions?|zeros?)\b")
_ASK = re.compile(r"\b(?:find|determine|compute|what is|for which)\b(?: the)?"
                  r"(?: value of| ordered (?:pair|triple))? @(\d+)@")


def _value(src: str) -> list[sp.Expr] | None:
    """The roots a piece names: a number, 'x = number', or a number with one \\pm."""
    body = re.sub(r"^\s*[a-z]\s*=", "", src)
    variants = [body] if "\\pm" not in body else \
        [body.replace("\\pm", "+", 1), body.replace("\\pm", "-", 1)]
    out = []
    for v in variants:
        if "\\pm" in v or "\\mp" in v:
            return None
        e = parse_latex(v)
        if not isinstance(e, sp.Expr):
            return None
        e = e.subs(sp.Symbol("i"), sp.I)
        if e.free_symbols:
            return None
        out.append(sp.nsimplify(e.doit()) if not e.is_Rational else e)
    return out


def read(split: Split, template: str) -> Result | None:
    if not _ROOTS.search(template):
        return None
    ask = _ASK.search(template)
    if ask is None:
        return None
    t_i = int(ask.group(1))
    polys: list[sp.Expr] = []
    roots: list[sp.Expr] = []
    variables: set[str] = set()
    for i in (int(g) for g in re.findall(r"@(\d+)@", template)):
        if i == t_i:
            continue
        src = split.maths[i]
        named = re.match(r"^\s*([a-z])\s*=", src)
        got = _value(src) if named or "\\pm" in src or not re.search(r"[a-hj-z]", src) \
            else None
        if got is not None:
            roots += got
            if named:
                variables.add(named.group(1))
            continue
        e = parse_latex(src)
        if isinstance(e, sp.Equality):
            e = e.lhs - e.rhs
        if not isinstance(e, sp.Expr) or not e.free_symbols:
            return None
        polys.append(sp.expand(e))
    bare = re.sub(r"@\d+@", " ", template.replace(ask.group(0), " "))
    if len(polys) != 1 or not roots or not words_within(bare, VOCAB) \
            or re.search(r"\b(?:not|other|another|sum|product)\b", bare):
        return None
    target = _target(split.maths[t_i])
    poly = polys[0]
    x = _variable(poly, variables)
    if x is None or not poly.is_polynomial(x):
        return None
    unknowns = sorted(poly.free_symbols - {x}, key=str)
    if target is None:
        return None
    if not unknowns or not target.free_symbols or not target.free_symbols <= set(unknowns):
        return None
    return _solve(poly, x, unknowns, roots, target, "roots" in words(bare) or
                  "solutions" in words(bare) or "zeros" in words(bare))


def _target(src: str) -> sp.Basic | None:
    pair = re.fullmatch(r"\s*\(([^()]*,[^()]*)\)\s*", src)
    parts = [parse_latex(p) for p in pair.group(1).split(",")] if pair else [parse_latex(src)]
    if not all(isinstance(p, sp.Expr) for p in parts):
        return None
    return sp.Tuple(*parts) if pair else parts[0]


def _variable(poly: sp.Expr, named: set[str]) -> sp.Symbol | None:
    """The letter the roots are values of: named ('x = 3'), x, or the one letter of degree 2
    or more."""
    if len(named) > 1:
        return None
    if named:
        x = sp.Symbol(named.pop())
        return x if x in poly.free_symbols else None
    if sp.Symbol("x") in poly.free_symbols:
        return sp.Symbol("x")
    high = [s for s in poly.free_symbols if isinstance(s, sp.Symbol)
            and poly.is_polynomial(s) and sp.degree(poly, s) >= 2]
    return high[0] if len(high) == 1 else None


def _solve(poly: sp.Expr, x: sp.Symbol, unknowns: list[sp.Symbol], roots: list[sp.Expr],
           target: sp.Basic, all_told: bool) -> Result:
    roots = list(dict.fromkeys(roots))
    eqs = [sp.expand(poly.subs(x, r)) for r in roots]
    sols = [s for s in sp.solve(eqs, unknowns, dict=True)
            if set(s) == set(unknowns) and all(not v.free_symbols for v in s.values())]
    if len(sols) != 1:
        raise Decline("the roots told do not fix the letters")
    sol = sols[0]
    filled = sp.Poly(sp.expand(poly.subs(sol)), x)
    generic = sp.Poly(poly, x)
    if filled.degree() != generic.degree() or filled.degree() < 1:
        raise Decline("the polynomial loses its degree for these letters")
    if all_told and len(roots) < filled.degree() and len(roots) > 1:
        raise Decline("fewer roots told than the polynomial has")
    found = mpmath.polyroots([complex(sp.N(c, 40)) for c in filled.all_coeffs()],
                             maxsteps=200, extraprec=120) if filled.degree() > 1 else \
        [complex(sp.N(-filled.all_coeffs()[1] / filled.all_coeffs()[0], 40))]
    found = list(found) if isinstance(found, list | tuple) else [found]
    for r in roots:
        z = complex(sp.N(r, 40))
        confirm.check(any(abs(z - complex(f)) < 1e-20 * (1 + abs(z)) for f in found),
                      "each root told is a root of the polynomial with these letters "
                      "(solved numerically)")
    if all_told and len(roots) == filled.degree():
        for f in found:
            confirm.check(any(abs(complex(f) - complex(sp.N(r, 40))) < 1e-20 for r in roots),
                          "the polynomial has no roots other than those told")
    value = target.subs(sol)
    value = sp.Tuple(*(sp.nsimplify(v) for v in value)) if isinstance(value, sp.Tuple) \
        else sp.nsimplify(value)
    shown = "; ".join(f"{latex(sp.Eq(sp.expand(poly.subs(x, r)), 0))}" for r in roots)
    letters = ", ".join(f"{latex(u)} = {latex(sol[u])}" for u in unknowns)
    return value, [
        step("put each root in", "A root makes the polynomial zero.",
             f"With ${latex(x)}$ = " + ", ".join(f"${latex(r)}$" for r in roots)
             + f": ${shown}$", ""),
        step("solve for the letters", "Solve these equations together.", f"${letters}$", letters),
        step("answer", "Read off what is asked.", f"${latex(target)} = {latex(value)}$", "")]


__all__ = ["read"]
