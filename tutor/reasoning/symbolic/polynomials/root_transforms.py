"""Typed reader: the monic polynomial whose roots are the same function of each root of a
given polynomial.

"Let $r_1$, $r_2$, $r_3$ be the roots of $x^3 - 4x + 1 = 0$. Find the monic polynomial, in
$x$, whose roots are $r_1 + 2$, $r_2 + 2$ and $r_3 + 2$", "... whose roots are $\\frac{1}{a}$,
$\\frac{1}{b}$ and $\\frac{1}{c}$".

Each listed root must be one rational function g applied to a different named root. The
polynomial is the resultant of p(t) and x - g(t) in t (SymPy's `resultant`), made monic.
Confirmed numerically: its roots are g of the roots of p, computed with mpmath, as
multisets.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.polynomials.reading import Letters, numeric_roots, polynomial
from tutor.reasoning.symbolic.polynomials.vieta_questions import NAMED_ROOTS
from tutor.reasoning.symbolic.typed import words_within

VOCAB = frozenset("let suppose be are denote the roots zeros of polynomial equation find "
                  "having has determine compute monic whose in cubic quadratic quartic and "
                  "with a each twice double three times reciprocals squares cubes negatives "
                  "opposites more less than".split())
# "whose roots are", "with roots", "having roots", "that has roots": the new roots listed
_HAS_ROOTS = r"(?:whose (?:roots|zeros) are|(?:with|having|that has) (?:the )?(?:roots|zeros))"
_ASK = re.compile(r"(?:find|determine|compute) (?:the|a) monic"
                  r"(?: (?P<deg>cubic|quadratic|quartic))?(?: polynomial)?"
                  r"(?:,? in (?P<var>@\d+@),?)? " + _HAS_ROOTS
                  + r" (?P<roots>@\d+@(?:(?:,|,? and)? @\d+@)*)\W*$")
_T = sp.Symbol("t")


def read(split: Split, template: str) -> Result | None:
    if "monic" not in template or not re.search(_HAS_ROOTS, template) \
            or not words_within(template, VOCAB):
        return None
    worded = _WORDED.search(template)
    if worded is not None:
        return _worded(split, worded)
    ask = _ASK.search(template)
    named = next((m for pat in NAMED_ROOTS if (m := pat.search(template))), None)
    if ask is None or named is None or named.end() > ask.start():
        return None
    letters = Letters()
    names = [letters.parse(part) for piece in re.findall(r"@(\d+)@", named.group("letters"))
             for part in split.maths[int(piece)].split(",")]
    p, _ = polynomial(split.maths[int(named.group("poly")[1:-1])], letters)
    if ask.group("deg") and _DEGREES[ask.group("deg")] != p.degree():
        raise Decline("the degree said is not the given polynomial's")
    if len(names) != p.degree() or len(set(names)) != len(names) \
            or not all(isinstance(n, sp.Symbol) for n in names):
        raise Decline("one letter for each root")
    x = sp.Symbol("x")
    if ask.group("var"):
        x = letters.parse(split.maths[int(ask.group("var")[1:-1])])
        if not isinstance(x, sp.Symbol):
            raise Decline("the polynomial's letter")
    listed = [letters.parse(part) for piece in re.findall(r"@(\d+)@", ask.group("roots"))
              for part in split.maths[int(piece)].split(",")]
    g = _one_map(listed, names)
    q = _transformed(p, g, x)
    _confirm(p, g, q, x)
    shown = letters.shown()
    claim = f"{latex(q.as_expr())}"
    return q.as_expr(), [
        step("one map of each root", "Each new root is the same expression in one old root.",
             "The new roots are $" + ", ".join(latex(r, symbol_names=shown) for r in listed)
             + f"$: $y = {latex(g)}$ for each root $t$ of ${latex(p.as_expr().subs(p.gen, _T))}"
             "$.", ""),
        step("eliminate the old root", "The new polynomial is the resultant of the old one "
             "and $x - g(t)$ in $t$, divided by its leading coefficient.",
             f"The monic polynomial is ${claim}$.", claim)]


# "Find a monic cubic polynomial whose roots are twice the roots of $P$": the map in words
_WORDED = re.compile(
    r"^(?:find|determine|compute) (?:the|a) monic(?: (?P<deg>cubic|quadratic|quartic))?"
    r"(?: polynomial)?"
    r"(?:,? in (?P<var>@\d+@),?)? whose roots are (?:each )?(?P<how>twice|double|three times|"
    r"(?P<k>@\d+@) (?:times|more than|less than)|the (?:reciprocals|squares|cubes|negatives|"
    r"opposites) of) (?:the|each of the) (?:roots|zeros) of (?:the )?(?:(?:cubic|quadratic|"
    r"quartic|polynomial|equation) )*(?P<poly>@\d+@)\W*$")
_WORDED_MAPS = {"twice": 2 * _T, "double": 2 * _T, "three times": 3 * _T,
                "the reciprocals of": 1 / _T, "the squares of": _T ** 2, "the cubes of": _T ** 3,
                "the negatives of": -_T, "the opposites of": -_T}
_DEGREES = {"quadratic": 2, "cubic": 3, "quartic": 4}


def _worded(split: Split, found: re.Match[str]) -> Result:
    """The new polynomial of a map said in words, for roots that are not named."""
    p, _ = polynomial(split.maths[int(found.group("poly")[1:-1])])
    if found.group("deg") and _DEGREES[found.group("deg")] != p.degree():
        raise Decline("the degree said is not the given polynomial's")
    how = found.group("how")
    if found.group("k"):
        k = Letters().parse(split.maths[int(found.group("k")[1:-1])])
        if not (isinstance(k, sp.Expr) and k.is_number and k.is_real):
            raise Decline("a number in the map of the roots")
        g = k * _T if how.endswith("times") else _T + k if how.endswith("more than") else _T - k
    else:
        g = _WORDED_MAPS[how]
    x = p.gen
    if found.group("var"):
        x = Letters().parse(split.maths[int(found.group("var")[1:-1])])
        if not isinstance(x, sp.Symbol):
            raise Decline("the polynomial's letter")
    q = _transformed(p, g, x)
    _confirm(p, g, q, x)
    claim = latex(q.as_expr())
    return q.as_expr(), [
        step("one map of each root", "Each new root is the same expression in one old root.",
             f"Each new root is $y = {latex(g)}$ for a root $t$ of "
             f"${latex(p.as_expr().subs(p.gen, _T))} = 0$.", ""),
        step("eliminate the old root", "The new polynomial is the resultant of the old one "
             "and $x - g(t)$ in $t$, divided by its leading coefficient.",
             f"The monic polynomial is ${claim}$.", claim)]


def _one_map(listed: list[sp.Basic], names: list[sp.Basic]) -> sp.Expr:
    """g(t) with listed[i] = g(names[i]) for a permutation of the names."""
    if len(listed) != len(names):
        raise Decline("one new root for each root")
    maps, used = [], set()
    for r in listed:
        if not isinstance(r, sp.Expr):
            raise Decline("a root that is not an expression")
        own = r.free_symbols & set(names)
        if len(own) != 1 or r.free_symbols - own:
            raise Decline("each new root in one old root")
        (name,) = own
        used.add(name)
        maps.append(sp.simplify(r.subs(name, _T)))
    if len(used) != len(names) or any(sp.simplify(m - maps[0]) != 0 for m in maps):
        raise Decline("the same expression of each root")
    return maps[0]


def _transformed(p: sp.Poly, g: sp.Expr, x: sp.Symbol) -> sp.Poly:
    num, den = sp.fraction(sp.together(g))
    res = sp.resultant(p.as_expr().subs(p.gen, _T), sp.expand(x * den - num), _T)
    q = sp.Poly(sp.expand(res), x)
    if q.degree() != p.degree():
        raise Decline("a new root that is not finite")
    return q.monic()


def _confirm(p: sp.Poly, g: sp.Expr, q: sp.Poly, x: sp.Symbol) -> None:
    with mpmath.workdps(40):
        mapped = [numeric.to_mp(g.evalf(40, subs={_T: r})) for r in numeric_roots(p)]
        if any(v is None for v in mapped):
            raise Decline("a mapped root that cannot be evaluated")
        want = sorted((complex(v) for v in mapped if v is not None),
                      key=lambda z: (round(z.real, 8), round(z.imag, 8)))
        got = sorted((complex(r) for r in numeric_roots(q)),
                     key=lambda z: (round(z.real, 8), round(z.imag, 8)))
    confirm.check(len(want) == len(got) and all(abs(a - b) < 1e-12 * max(1, abs(a))
                                                 for a, b in zip(want, got, strict=True)),
                  "the roots of the polynomial found are the mapped roots, computed "
                  "numerically")


__all__ = ["read"]
