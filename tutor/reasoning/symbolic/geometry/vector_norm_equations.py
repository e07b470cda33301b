"""Typed reader: the scalar for which a combination of given vectors has a given length.

"Find all real numbers $k$ such that $\\left\\| k \\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix} -
\\begin{pmatrix} 3 \\\\ 1 \\end{pmatrix} \\right\\| = 5$." Inside the norm only numbers, the
letter, the given column vectors, sums, differences and scalar multiples may appear, so
each entry of the combination is the same formula with that entry of every vector put in.
The squared length is a polynomial in the letter; its real roots are the answer (only
rational roots are given, others decline).

Confirmed independently: each root is put into the written expression, which the vector
reader (`vectors`, plain fractions) evaluates as vectors; its squared length must be the
square of the given length; and Sturm's count of the polynomial's distinct real roots must
equal the number found."""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.matrices import matrices
from tutor.reasoning.symbolic.geometry import vectors
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

VOCAB = frozenset("find all real numbers number values value such that for which so enter "
                  "solutions separated by commas possible".split())
_ASK = re.compile(r"^(?:find|determine|what are) (?:all )?(?:the )?(?:possible )?(?:real )?"
                  r"(?:numbers |values |value )?(?:of )?@(\d+)@ (?:such that|for which|so that) "
                  r"@(\d+)@\W*(?:enter all (?:the )?solutions,? separated by commas\W*)?$")
_NORM = re.compile(r"^\s*(?:\\left\s*)?(?:\\\||\\lVert)(?P<inner>.+?)(?:\\right\s*)?"
                   r"(?:\\\||\\rVert)\s*$", re.S)


def _combination(inner: str, k: str) -> tuple[list[sp.Matrix], str]:
    found, rest = matrices(inner)
    if not found or any(kind != "pmatrix" or m.cols != 1 for kind, m in found) or len(
            {m.rows for _, m in found}) != 1:
        raise Decline("column vectors of one size")
    allowed = rf"(?:\s|M|{k}|\d|[-+(){{}}.]|\\frac|\\cdot|\\left|\\right)*"
    if not re.fullmatch(allowed, rest) or k not in rest:
        raise Decline("only sums and scalar multiples of the vectors by the letter")
    return [m for _, m in found], rest


def _entry(rest: str, columns: list[sp.Matrix], i: int) -> sp.Expr:
    parts = iter(columns)
    text = re.sub(r"([\w)}])\s*(?=\bM\b)", r"\1 \\cdot ", rest)  # k M: a product
    text = re.sub(r"\bM\b", lambda _m: f"({latex(next(parts)[i])})", text)
    e = parse_latex(text.replace("\\left", "").replace("\\right", ""))
    if not isinstance(e, sp.Expr):
        raise Decline("an entry of the combination")
    return sp.expand(e)


def read(split: Split, template: str) -> Result | None:
    m = _ASK.match(template.strip())
    if m is None or not words_within(template, VOCAB):
        return None
    k_src, eq_src = (split.maths[int(g)] for g in m.groups())
    if not re.fullmatch(r"\s*[a-z]\s*", k_src) or eq_src.count("=") != 1:
        return None
    lhs, rhs = eq_src.split("=")
    norm = _NORM.match(lhs)
    if norm is None:
        return None
    k = sp.Symbol(k_src.strip())
    length = parse_latex(rhs.strip().rstrip(".,"))
    if not isinstance(length, sp.Expr) or length.free_symbols or not length.is_real \
            or length.is_negative or not (length**2).is_Rational:
        raise Decline("a length whose square is rational")
    columns, rest = _combination(norm.group("inner"), k_src.strip())
    entries = [_entry(rest, columns, i) for i in range(columns[0].rows)]
    if any(e.free_symbols - {k} or not e.is_polynomial(k) for e in entries):
        raise Decline("entries that are polynomials in the letter")
    poly = sp.Poly(sp.expand(sum(e**2 for e in entries) - length**2), k)
    if poly.degree() < 1:
        raise Decline("the length does not depend on the letter")
    found = sorted({r for r in sp.roots(poly) if r.is_real}, key=lambda r: float(r))
    if any(not r.is_Rational for r in found):
        raise Decline("roots that are not rational")
    distinct = sp.quo(poly, sp.gcd(poly, poly.diff(k)))
    ok = distinct.count_roots() == len(found)
    square = sp.Rational(length**2)
    for r in found:
        put = f"({latex(r)})"
        text = re.sub(rf"(?<![A-Za-z\\]){k_src.strip()}(?![A-Za-z])", lambda _m, put=put: put,
                      norm.group("inner"))
        got = vectors.evaluate(vectors.parse(text), vectors.PLAIN, [], {})
        ok &= sum(row[0] * row[0] for row in got) == Fraction(int(square.p), int(square.q))
    confirm.check(ok, "each value put back, the vectors combined in plain fractions have the "
                  "given length; Sturm's count of real roots agrees")
    if not found:
        raise Decline("no real value")
    shown = ", ".join(latex(r) for r in found)
    vec = "\\begin{pmatrix} " + " \\\\ ".join(latex(e) for e in entries) + " \\end{pmatrix}"
    return (found[0] if len(found) == 1 else shown), [
        step("combine the vectors", "Scalar multiples and sums act entry by entry.",
             f"The vector is ${vec}$.", ""),
        step("square the length", "$\\|\\mathbf{v}\\|^2$ is the sum of the squared entries.",
             f"${latex(poly.as_expr())} = 0$, so ${latex(k)} = {shown}$.", "")]


__all__ = ["read"]
