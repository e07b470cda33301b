"""Typed reader: a polynomial written as a product of named factors, and a question about
the factors - their values at a number, or how many there can be.

"Let $x^6 - 3x^3 - x^2 - x = p_1(x) p_2(x) \\dotsm p_k(x)$, where each non-constant
polynomial $p_i(x)$ is monic with integer coefficients, and cannot be factored further over
the integers. Compute $p_1(3) + p_2(3) + \\dots + p_k(3)$.", "Let $x^4 - 18x^2 + 1 = p(x)
q(x)$, where $p(x)$ and $q(x)$ are monic, non-constant polynomials with integer
coefficients. Find $p(2) + q(2)$.", "The polynomial $x^6 - 1$ is factored as ... where each
factor is a non-constant polynomial with real coefficients. Find the largest possible value
of $k$."

Over the integers, monic irreducible factors are unique up to order (`sympy.factor_list`),
so a symmetric sum of their values is fixed; two or three named monic factors are answered
only when every way of sharing the irreducible factors among them gives the same value.
Over the reals the most factors are one per real root and one per pair of non-real roots.
Confirmed independently: the factors multiply back to the polynomial, each is checked
irreducible on its own (`Poly.is_irreducible`), and a real count is checked against roots
found numerically.
"""

from __future__ import annotations

import itertools
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

_STAND_INS = ("alpha", "beta", "gamma", "delta", "epsilon", "zeta")
_DOTS = r"\\(?:dotsm|cdots|dots|ldots|dotsb)"
VOCAB = frozenset(
    "let where each every non constant nonconstant polynomial polynomials is are monic with "
    "integer coefficients and cannot be factored further over integers factor factors real "
    "largest possible irreducible as".split())


def _tight(s: str) -> str:
    return re.sub(r"\\left|\\right|\\,|\\;|\s", "", s)


def _bare(s: str) -> str:
    return re.sub(r"\\left|\\right|\\cdot|\\,|\\;|[\s{}]", "", s)


def read(split: Split, template: str) -> Result | None:
    template = re.sub(r"\s+", " ", template.lower())
    eqs = [k for k, s in enumerate(split.maths) if "=" in s and _factors(s) is not None]
    if len(eqs) != 1 or not words_within(template, VOCAB):
        return None
    src = split.maths[eqs[0]]
    form = _factors(src)
    assert form is not None  # noqa: S101 - found above
    last = len(split.maths) - 1
    if not template.rstrip(" .?").endswith(f"@{last}@") or last == eqs[0]:
        return None
    w = words(template)
    if not ({"non", "constant"} <= w or "nonconstant" in w):
        raise Decline("constant factors would make the factors not unique")
    poly = parse_latex(src.split("=", 1)[0])
    if not isinstance(poly, sp.Expr) or len(poly.free_symbols) != 1:
        raise Decline("a polynomial in one letter")
    x = next(iter(poly.free_symbols))
    if not poly.is_polynomial(x) or sp.degree(poly, x) < 2 \
            or not all(c.is_Integer for c in sp.Poly(poly, x).all_coeffs()):
        raise Decline("a polynomial with integer coefficients")
    for k, s in enumerate(split.maths):
        if k not in (eqs[0], last) and not _mention(s, form) and parse_latex(s) != poly:
            return None
    integers = "integer" in w or "integers" in w
    real = "real" in w
    if integers == real:
        raise Decline("integer or real coefficients")
    asked = _tight(split.maths[last])  # braces kept: a value may be at \\frac{10}{3}
    if form[0] == "family" and _bare(asked) == form[2]:
        if "largest" not in w and not ("further" in w or "irreducible" in w):
            raise Decline("the number of factors is not fixed")
        return _count(sp.Poly(poly, x), real)
    if real or "monic" not in w or sp.Poly(poly, x).LC() != 1:
        raise Decline("monic factors with integer coefficients")
    irreducible = "further" in w or "irreducible" in w
    return _values(sp.Poly(poly, x), form, asked, irreducible)


def _factors(src: str) -> tuple[str, str, str] | None:
    """("family", name, count letter) for p_1(x) p_2(x) ... p_k(x); ("named", "pq", "") for
    p(x) q(x); else None."""
    rhs = _bare(src.split("=")[-1])
    fam = re.fullmatch(rf"([a-zA-Z])_1\(([a-z])\)\1_2\(\2\){_DOTS}\1_([a-z])\(\2\)", rhs)
    if fam:
        return "family", fam.group(1), fam.group(3)
    named = re.fullmatch(r"(?:([a-zA-Z])\(([a-z])\))+", rhs)
    if named:
        names = tuple(re.findall(r"([a-zA-Z])\([a-z]\)", rhs))
        if 2 <= len(names) <= 3 and len(set(names)) == len(names):
            return "named", "".join(names), ""
    return None


def _mention(src: str, form: tuple[str, str, str]) -> bool:
    """A piece that only names the factors: `p_i(x)`, `p(x)`, `p_1(x), ..., p_k(x)`."""
    s = _bare(src)
    if form[0] == "family":
        name = re.escape(form[1])
        return bool(re.fullmatch(rf"{name}_[a-z0-9]\([a-z]\)(?:,(?:{_DOTS},)?{name}_[a-z0-9]"
                                 r"\([a-z]\))*", s))
    return bool(re.fullmatch(r"[a-zA-Z]\([a-z]\)", s)) and s[0] in form[1]


def _irreducibles(p: sp.Poly) -> list[sp.Poly]:
    lead, pieces = p.factor_list()
    out = [f for f, m in pieces for _ in range(m)]
    confirm.check(lead == 1 and all(f.LC() == 1 and f.is_irreducible for f in out)
                  and sp.expand(sp.Mul(*(f.as_expr() for f in out)) - p.as_expr()) == 0,
                  "the factors multiply back to the polynomial and each is irreducible")
    return out


def _count(p: sp.Poly, real: bool) -> Result:
    if not real:
        lead, pieces = p.factor_list()
        count = sum(m for _, m in pieces)
        confirm.check(all(f.is_irreducible for f, _ in pieces), "each factor is irreducible")
        how = "irreducible factors over the integers"
    else:
        n = p.degree()
        on_line = len(sp.real_roots(p))
        count = on_line + (n - on_line) // 2
        numeric = sum(1 for r in p.nroots(n=30, maxsteps=200) if abs(sp.im(r)) < 1e-20)
        confirm.check(numeric == on_line, "the real roots counted numerically agree")
        how = (f"{on_line} real roots and {(n - on_line) // 2} pairs of non-real roots, one "
               "factor each")
    claim = f"k = {count}"
    return sp.Integer(count), [step("factor completely", "The most factors come from "
                                    "splitting as far as the coefficients allow.",
                                    f"${latex(p.as_expr())}$ has {how}, so ${claim}$.", claim)]


def _values(p: sp.Poly, form: tuple[str, str, str], asked: str, irreducible: bool) -> Result:
    pieces = _irreducibles(p)
    x = p.gens[0]
    shown = " \\cdot ".join(f"\\left({latex(f.as_expr())}\\right)" for f in pieces)
    first = step("factor over the integers", "Monic irreducible factors over the integers "
                 "are unique up to their order.", f"${latex(p.as_expr())} = {shown}$",
                 f"{latex(p.as_expr())} = {shown}")
    if form[0] == "family":
        name = re.escape(form[1])
        m = re.fullmatch(rf"{name}_\{{?1\}}?\(([^()]+)\)\+{name}_\{{?2\}}?\(\1\)\+{_DOTS}\+"
                         rf"{name}_\{{?{re.escape(form[2])}\}}?\(\1\)", asked)
        if not irreducible or m is None:
            raise Decline("the sum of the factors' values at one number")
        at = parse_latex(m.group(1))
        if not (at.is_number and at.is_finite):
            raise Decline("a value at a number")
        values = [f.as_expr().subs(x, at) for f in pieces]
        value = sp.nsimplify(sp.Add(*values))
        confirm.check(sp.simplify(sp.Mul(*values) - p.as_expr().subs(x, at)) == 0,
                      "the factors' values multiply to the polynomial's value there")
        claim = " + ".join(latex(v) for v in values) + f" = {latex(value)}"
        return value, [first, step("add the values", "Put the number into each factor.",
                                   f"${claim}$", claim)]
    names = form[1]
    calls = {m.group(0): m for m in re.finditer(r"([a-zA-Z])\(([^()]+)\)", asked)}
    if not calls or any(m.group(1) not in names for m in calls.values()):
        raise Decline("an expression in the factors' values")
    if irreducible and len(pieces) != len(names):
        raise Decline("the number of irreducible factors is not the number named")
    if len(calls) > len(_STAND_INS):
        raise Decline("too many values")
    stand = {c: sp.Symbol(g) for c, g in zip(calls, _STAND_INS, strict=False)}
    expr_src = asked
    for c, s in stand.items():
        expr_src = expr_src.replace(c, f"(\\{s})")
    expr = parse_latex(expr_src)
    if not isinstance(expr, sp.Expr) or not expr.free_symbols <= set(stand.values()):
        raise Decline("an expression in the factors' values")
    results = set()
    for owner in itertools.product(range(len(names)), repeat=len(pieces)):
        if len(set(owner)) != len(names):
            continue
        polys = {n: sp.Mul(*(f.as_expr() for f, o in zip(pieces, owner, strict=True)
                             if o == i)) for i, n in enumerate(names)}
        results.add(sp.simplify(expr.subs({s: polys[calls[c].group(1)].subs(
            x, parse_latex(calls[c].group(2))) for c, s in stand.items()})))
        if len(results) > 1:
            raise Decline("different ways of grouping the factors give different values")
    if len(results) != 1:
        raise Decline("no way to share the factors among the names")
    value = results.pop()
    return value, [first, step("evaluate", "Every way of sharing the factors among the named "
                               "polynomials gives the same value.",
                               f"The value is ${latex(value)}$.", "")]


__all__ = ["read"]
