"""Typed reader: how many real or complex solutions one equation in one unknown has, when
clearing its denominators leaves a polynomial.

"Find the number of complex solutions to $\\frac{z^3 - 1}{z^2 + z - 2} = 0$", "How many
real solutions does $\\frac{x^2 - 4}{x - 2} = 0$ have?", "How many distinct complex roots
does $z^4 = 16$ have?", "How many real numbers $x$ satisfy ...?".

The equation is written as N(x) / D(x) = 0; a solution is a root of N at which no written
denominator is zero. Complex solutions: the degree of the square-free part of N less the
roots it shares with the denominators (exact gcds). Real ones: Sturm's count of the real
roots of that part ("positive", "negative", "nonnegative" ones: Sturm's count on that side
of 0, a root at 0 counted only when it is allowed). Confirmed independently by mpmath's
numerical roots of N, told apart at 30 digits, less those where a denominator is
numerically zero. Solutions counted
without saying real or complex decline unless all are real; 'roots' of an equation with a
repeated root decline (counted once or twice?).
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.polynomials.absolute_value_counts import count_with_absolute_values
from tutor.reasoning.symbolic.polynomials.reading import numeric_roots
from tutor.reasoning.symbolic.typed import words_within
from tutor.reasoning.symbolic.written_denominators import denominators

_KIND = (r"(?P<distinct>(?:distinct|different) )?(?P<sign>(?:positive|negative|nonnegative|"
         r"non-negative|nonpositive|non-positive) )?(?P<kind>(?:real|complex) )?")
_WHAT = r"(?P<what>solutions|roots|values of @(?P<x>\d+)@|numbers @(?P<x2>\d+)@)"
_ASKS = [
    re.compile(rf"^how many {_KIND}{_WHAT} (?:does|do) (?:the equation )?@(?P<e>\d+)@ "
               r"have$"),
    re.compile(rf"^(?:find |what is |determine |compute )?the number of {_KIND}{_WHAT} "
               r"(?:to|of) (?:the equation )?@(?P<e>\d+)@$"),
    re.compile(rf"^how many {_KIND}{_WHAT} (?:satisfy|solve) (?:the equation )?@(?P<e>\d+)@$"),
    re.compile(rf"^how many {_KIND}{_WHAT} are there (?:to|of|for) (?:the equation )?"
               r"@(?P<e>\d+)@$"),
]
VOCAB = frozenset(
    "how many distinct different real complex solutions roots values numbers does do have "
    "find what is determine compute the number of to equation satisfy solve are there "
    "for positive negative nonnegative non-negative nonpositive non-positive".split())
MAX_DEGREE = 24


def read(split: Split, template: str) -> Result | None:
    tmpl = template.strip().rstrip(".?").strip()
    if not words_within(tmpl, VOCAB):
        return None
    m = next((m for p in _ASKS if (m := p.fullmatch(tmpl))), None)
    if m is None:
        return None
    src = split.maths[int(m.group("e"))].strip().rstrip(".,")
    e = parse_latex(src)
    if not isinstance(e, sp.Equality) or len(e.free_symbols) != 1:
        return None
    x = next(iter(e.free_symbols))
    if re.search(r"/|\\div|\\over(?![a-z])|\\[dt]?frac\s*[^\s{]", src):
        raise Decline("a division written other than as \\frac{A}{B}")
    named = m.group("x") or m.group("x2")
    if named is not None and parse_latex(split.maths[int(named)]) != x:
        raise Decline("the letter asked is not the equation's unknown")
    kind = (m.group("kind") or "").strip()
    if e.has(sp.Abs) and kind != "complex" and m.group("what") != "roots":
        return count_with_absolute_values(e, x)
    written = [d for d in denominators(src) if d.free_symbols == {x}]
    sign = (m.group("sign") or "").strip().replace("-", "")
    if sign and kind == "complex":
        raise Decline("a sign for complex solutions")
    return _count(e, x, kind, m.group("what") == "roots" and not m.group("distinct"), written,
                  src, sign)


def _denominators(e: sp.Basic, x: sp.Symbol) -> list[sp.Expr]:
    """Every written denominator (a base raised to a negative power) that holds x."""
    out = []
    for node in sp.preorder_traversal(e):
        if isinstance(node, sp.Pow) and node.exp.is_negative and x in node.base.free_symbols:
            out.append(node.base)
    return out


def _count(e: sp.Equality, x: sp.Symbol, kind: str, as_roots: bool,
           written: list[sp.Basic], src: str, sign: str = "") -> Result:
    """`written`: the denominators of the text, kept even where SymPy cancelled them."""
    expr = e.lhs - e.rhs
    dens = list({sp.expand(d): d for d in [*_denominators(expr, x), *(
        d for d in written if isinstance(d, sp.Expr))]}.values())
    if any(not d.is_polynomial(x) for d in dens):
        raise Decline("denominators that are polynomials")
    num, _ = sp.fraction(sp.together(expr))
    num = sp.expand(num)
    if not num.is_polynomial(x) or not all(
            c.is_Rational for c in sp.Poly(num, x).all_coeffs()):
        raise Decline("an equation that clears to a polynomial with rational coefficients")
    poly = sp.Poly(num, x)
    if not 1 <= poly.degree() <= MAX_DEGREE:
        raise Decline("a polynomial of small degree")
    square_free = sp.Poly(sp.quo(poly, sp.gcd(poly, poly.diff(x))), x)
    if as_roots and square_free.degree() != poly.degree():
        raise Decline("a repeated root: counted once or twice? the question does not say")
    kept = square_free
    for d in dens:
        common = sp.gcd(kept, sp.Poly(d, x))
        kept = sp.Poly(sp.quo(kept, common), x)
    complex_count, real_count = kept.degree(), kept.count_roots()
    if sign:  # "positive solutions" are real ones on one side of 0 (Sturm on that side)
        at_zero = int(kept.eval(0) == 0)
        if sign.startswith("non"):
            real_count = kept.count_roots(None if sign == "nonpositive" else 0,
                                          0 if sign == "nonpositive" else None)
        else:
            real_count = kept.count_roots(0 if sign == "positive" else None,
                                          None if sign == "positive" else 0) - at_zero
        kind = "real"
    if not kind and real_count != complex_count:
        raise Decline("real or complex solutions? the question does not say")
    n = complex_count if kind == "complex" else real_count
    _confirm(poly, dens, x, n, kind == "complex", sign)
    left = ", ".join(f"${latex(d)} \\ne 0$" for d in dens)
    what = "complex" if kind == "complex" else "real"
    return sp.Integer(n), [
        step("clear the denominators", "A fraction is zero where its numerator is zero and "
             "no denominator is.", f"${src}$ needs ${latex(poly.as_expr())} = 0$"
             + (f" with {left}" if left else "") + ".", ""),
        step("count the solutions", "Count each distinct root once, leaving out any that "
             "make a denominator zero.", f"The roots that remain are those of "
             f"${latex(kept.as_expr())}$, which has {n} distinct {what} root"
             + "s" * (n != 1) + ".", str(n))]


def _confirm(poly: sp.Poly, dens: list[sp.Expr], x: sp.Symbol, n: int,
             complex_roots: bool, sign: str = "") -> None:
    """The distinct numerical roots of the numerator, less the denominators' zeros."""
    with mpmath.workdps(60):
        roots = [numeric.to_mp(r) for r in numeric_roots(poly, 60)]
        distinct: list[mpmath.mpc] = []
        for r in roots:
            if r is None:
                raise Decline("the roots could not be computed numerically")
            if all(abs(r - s) > mpmath.mpf(10) ** -20 * max(1, abs(r)) for s in distinct):
                distinct.append(r)
        kept = []
        for r in distinct:
            point = sp.Float(str(mpmath.re(r)), 60) + sp.I * sp.Float(str(mpmath.im(r)), 60)
            at = [numeric.to_mp(sp.N(d.subs(x, point), 50)) for d in dens]
            if any(v is None or abs(v) < mpmath.mpf(10) ** -25 for v in at):
                continue
            real = abs(mpmath.im(r)) < mpmath.mpf(10) ** -25 * max(1, abs(r))
            zero = abs(r) < mpmath.mpf(10) ** -25
            side = {"": True, "positive": not zero and mpmath.re(r) > 0,
                    "negative": not zero and mpmath.re(r) < 0,
                    "nonnegative": zero or mpmath.re(r) > 0,
                    "nonpositive": zero or mpmath.re(r) < 0}[sign]
            if complex_roots or real and side:
                kept.append(r)
    confirm.check(len(kept) == n, f"the numerical roots of the numerator, told apart, give "
                  f"{len(kept)} {'complex' if complex_roots else 'real'} solutions")


__all__ = ["VOCAB", "read"]
