"""Typed reader: the values of a letter that make a matrix not invertible.

"For what value of $x$ is the matrix $\\begin{pmatrix} 1 + x & 7 \\\\ 3 - x & 8
\\end{pmatrix}$ not invertible?", "Find $k$ such that the matrix ... has no inverse", "Find
all values of $t$ for which ... is singular". The determinant, a polynomial in the letter,
is set to zero and solved; every root must be real (a value of a letter is a real number)
and "value" (one) must find one root, "all values" lists them.

Confirmed independently: at each root the matrix's rank (row reduction, not the
determinant) is less than its size, and at a point between or beside the roots the rank is
full.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra import matrices
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

VOCAB = frozenset("for what value values of is the matrix not invertible singular find all "
                  "such that which does have has no inverse an real number numbers "
                  "determine compute".split())
_SINGULAR = r"(?:is not invertible|is singular|has no inverse|does not have an inverse)"
_ASK = re.compile(
    r"^(?:(?:find|determine|compute) (?P<all>all )?(?:(?:the )?(?:real )?(?:values?|numbers?) "
    r"of )?@(?P<x1>\d+)@ (?:such that|for which) (?:the matrix )?@(?P<m1>\d+)@ " + _SINGULAR +
    r"|for what (?:real )?values? of @(?P<x2>\d+)@ (?:is|does) (?:the matrix )?@(?P<m2>\d+)@ "
    r"(?:not invertible|singular|not have an inverse))[.?!\s]*$")
_ENV = re.compile(r"^\s*\\begin\{([pb]matrix)\}(.*?)\\end\{\1\}\s*$", re.S)


def _matrix(src: str, x: sp.Symbol) -> sp.Matrix:
    m = _ENV.match(src)
    if m is None:
        raise Decline("a matrix written out")
    grid = matrices.grid(m.group(2))
    if len({len(r) for r in grid}) != 1 or len(grid) != len(grid[0]) or len(grid) > 4:
        raise Decline("a square matrix of at most 4 by 4")
    for entry in (c for r in grid for c in r):
        if not isinstance(entry, sp.Expr) or entry.free_symbols - {x} or not entry.is_polynomial(
                x) or not all(c.is_Rational for c in sp.Poly(entry, x).all_coeffs()):
            raise Decline("entries that are polynomials in the letter with rational coefficients")
    return sp.Matrix(grid)


def read(split: Split, template: str) -> Result | None:
    if not words_within(template, VOCAB):
        return None
    m = _ASK.match(template)
    if m is None:
        return None
    x = parse_latex(split.maths[int(m.group("x1") or m.group("x2"))])
    if not isinstance(x, sp.Symbol):
        raise Decline("a letter asked for")
    matrix = _matrix(split.maths[int(m.group("m1") or m.group("m2"))], x)
    det = sp.expand(matrix.det(method="berkowitz"))
    if not det.has(x):
        raise Decline("the determinant does not depend on the letter")
    poly = sp.Poly(det, x)
    found = sp.roots(poly, multiple=False)
    if sum(found.values()) != poly.degree() or not all(r.is_real for r in found):
        raise Decline("every root of the determinant real and found")
    roots = sorted(found, key=float)
    many = bool(m.group("all")) or "values" in template.split()
    if len(roots) != 1 and not many:
        raise Decline("one value asked for, more than one found")
    n = matrix.rows
    for r in roots:
        confirm.check(matrix.subs(x, r).rank(simplify=True) < n,
                      f"at {x} = {r} row reduction leaves a zero row")
    test = (min(roots) - 1) if roots else sp.Integer(0)
    confirm.check(matrix.subs(x, test).rank(simplify=True) == n,
                  "beside the roots the matrix has full rank")
    claim = f"\\det = {latex(det)} = 0"
    shown = ", ".join(latex(r) for r in roots)
    value: sp.Basic | str = roots[0] if len(roots) == 1 else shown
    return value, [
        step("take the determinant", "A square matrix has an inverse exactly when its "
             "determinant is not zero.", f"$\\det {latex(matrix)} = {latex(det)}$",
             f"\\det {latex(matrix)} = {latex(det)}"),
        step("solve det = 0", "Solve for the letter.", f"${claim}$ gives "
             f"${latex(x)} = {shown}$", "")]


__all__ = ["read"]
