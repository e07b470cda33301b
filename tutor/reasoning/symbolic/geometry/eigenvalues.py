"""Typed reader: the eigenvalues of a square matrix of numbers.

"Find the eigenvalues of $\\begin{pmatrix} 2 & 1 \\\\ 1 & 2 \\end{pmatrix}$", "Find all real
numbers $k$ for which there exists a nonzero vector $\\mathbf{v}$ such that
$\\begin{pmatrix} 1 & 8 \\\\ 2 & 1 \\end{pmatrix} \\mathbf{v} = k \\mathbf{v}$".

M v = k v has a nonzero solution v exactly when M - k I is singular: the roots of
det(M - k I) = 0 (SymPy, exactly; every root must be found). "Real numbers k" keeps the
real roots; "the eigenvalues" with a root that is not real is declined (which are meant is
not clear).

Confirmed two other ways: for each value a nonzero vector v with M v = k v is found
(the null space of M - k I) and multiplied out again; and mpmath's eigenvalue routine
(QR iteration, no characteristic polynomial) finds the same real values at 40 digits.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import COMMON
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

VOCAB = COMMON | frozenset(
    "find all real numbers number values value for which there exists exist a nonzero non-zero "
    "vector such that the eigenvalues eigenvalue of matrix what are is determine enter "
    "solutions separated by commas dimensional".split())
_MATRIX = r"\\begin\{([pb])matrix\}(.*?)\\end\{\1matrix\}"
_EIGEN_EQUATION = re.compile(rf"^\s*{_MATRIX}\s*(\\mathbf\{{[a-z]\}}|\\vec\{{[a-z]\}}|[a-z])\s*=\s*"
                             r"([a-z]|\\lambda)\s*(\\mathbf\{[a-z]\}|\\vec\{[a-z]\}|[a-z])\s*$",
                             re.S)
_ONLY_MATRIX = re.compile(rf"^\s*{_MATRIX}\s*$", re.S)
_ASK_EIGENVALUES = re.compile(r"(?:find|what are|determine|compute) (?:all )?the eigenvalues of "
                              r"(?:the matrix )?@(\d+)@[.?]?")
_ASK_SCALARS = re.compile(r"find all real (?:numbers|values) @(\d+)@ (?:for which|such that) "
                          r"there (?:exists|is) a (?:nonzero|non-zero)[ ,]")


def _matrix(body: str) -> sp.Matrix:
    rows = [r for r in re.split(r"\\{1,2}(?=\s|$)", body.strip()) if r.strip()]
    grid = [[parse_latex(c) for c in r.split("&")] for r in rows]
    n = len(grid)
    if not 2 <= n <= 3 or any(len(r) != n for r in grid):
        raise Decline("a square matrix of size 2 or 3")
    if not all(isinstance(c, sp.Expr) and c.is_Rational for r in grid for c in r):
        raise Decline("a matrix of rational numbers")
    return sp.Matrix(grid)


def _read(split: Split, template: str) -> tuple[sp.Matrix, str, bool]:
    """(the matrix, the name of the unknown scalar, whether only real values are asked)."""
    used = list(dict.fromkeys(int(g) for g in re.findall(r"@(\d+)@", template)))
    m = _ASK_EIGENVALUES.search(template)
    if m is not None:
        only = _ONLY_MATRIX.match(split.maths[int(m.group(1))])
        if only is None or used != [int(m.group(1))]:
            raise Decline("the eigenvalues of one matrix, and nothing else told")
        return _matrix(only.group(2)), "\\lambda", False
    m = _ASK_SCALARS.search(template)
    if m is None:
        raise Decline("the eigenvalues asked in other words")
    name = split.maths[int(m.group(1))].strip()
    found = [(i, e) for i, e in ((i, _EIGEN_EQUATION.match(split.maths[i])) for i in used)
             if e is not None]
    if len(found) != 1 or found[0][1].group(4) != name or found[0][1].group(
            3) != found[0][1].group(5):
        raise Decline("one equation M v = k v with the asked scalar")
    place, eq = found[0]
    matrix = _matrix(eq.group(2))
    for i in used:  # every other piece: the scalar, the vector, or its dimension
        src = split.maths[i].strip()
        if i != place and src not in (name, eq.group(3)) and not (
                src == str(matrix.rows) and re.search(rf"@{i}@ ?-dimensional", template)):
            raise Decline("a condition besides M v = k v")
    return matrix, name, True


def _eigenvector(m: sp.Matrix, k: sp.Expr) -> sp.Matrix:
    space = (m - k * sp.eye(m.rows)).nullspace(simplify=True)
    if not space:
        raise Decline("no vector found for a value")
    return space[0]


def read(split: Split, template: str) -> Result | None:
    w = words(template)
    if not w & {"eigenvalues", "eigenvalue", "nonzero", "non-zero"} or not words_within(
            template, VOCAB):
        return None
    m, name, real_only = _read(split, template)
    k = sp.Symbol("lambda" if name == "\\lambda" else name)
    poly = sp.Poly((m - k * sp.eye(m.rows)).det(), k)
    roots = sp.roots(poly)
    if sum(roots.values()) != poly.degree():
        raise Decline("a characteristic polynomial whose roots are not all found exactly")
    values = sorted({sp.nsimplify(sp.radsimp(r)) for r in roots if r.is_real},
                    key=lambda r: float(r))
    if len(values) != len(roots) and not real_only:
        raise Decline("eigenvalues that are not real")
    if not values:
        raise Decline("no real value")
    for value in values:
        v = _eigenvector(m, value)
        confirm.check(not v.is_zero_matrix and sp.simplify(m * v - value * v).is_zero_matrix,
                      "a nonzero vector v with M v = k v, multiplied out")
    with mpmath.workdps(40):
        found, _ = mpmath.eig(mpmath.matrix([[mpmath.mpf(int(c.p)) / int(c.q) for c in m.row(i)]
                                             for i in range(m.rows)]))
        real = sorted(x.real for x in found if abs(mpmath.mpc(x).imag) < mpmath.mpf(10) ** -25)
        merged: list[mpmath.mpf] = []
        for x in real:
            if not merged or abs(x - merged[-1]) > mpmath.mpf(10) ** -20:
                merged.append(x)
        confirm.check(len(merged) == len(values) and all(
            abs(x - mpmath.mpf(str(sp.N(v, 45)))) < mpmath.mpf(10) ** -20
            for x, v in zip(merged, values, strict=True)),
            "mpmath's eigenvalue routine finds the same real values")
    shown = ", ".join(latex(v) for v in values)
    equation = f"\\det\\left({latex(m)} - {name} I\\right) = {latex(poly.as_expr())} = 0"
    return shown, [
        step("set up the characteristic equation", "A nonzero vector v with M v = k v exists "
             "exactly when M - k I is not invertible: its determinant is 0.", f"${equation}$"),
        step("solve it", "The roots are the values asked for; for each one a nonzero vector "
             "with M v = k v is found.", f"${name} = {shown}$")]


__all__ = ["VOCAB", "read"]
