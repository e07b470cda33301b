"""Typed reader: letters in a 2 x 2 matrix fixed by the kind of map it is.

"The matrix $\\begin{pmatrix} a & \\frac{6}{13} \\\\ c & \\frac{4}{13} \\end{pmatrix}$ corresponds
to a projection. Enter the ordered pair $(a, c)$.", "The matrix $\\begin{pmatrix} a & b \\\\
\\frac{5}{13} & -\\frac{12}{13} \\end{pmatrix}$ corresponds to a reflection. Enter the ordered
pair $(a, b)$." (also "represents a reflection", "the matrix of a projection", "is a
projection matrix"). A projection (onto a line through the origin) is symmetric with M^2 = M and
trace 1; a reflection (over such a line) is symmetric with M^2 = I and trace 0. These
equations in the letters are solved with SymPy and must have exactly one solution.

Confirmed by building the map again, in plain fractions, from a nonzero column v of M (of
(M + I) / 2 for a reflection): v v^T / (v . v), or twice that minus I, must be the matrix
with the letters put in.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import COMMON
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

VOCAB = COMMON | frozenset(
    "matrix corresponds to projection reflection enter ordered pair triple quadruple for "
    "some real numbers represents make makes suppose".split())
# "corresponds to a projection", "represents a reflection", "the matrix of a projection",
# "is a projection matrix"
_KIND = re.compile(r"(?:corresponds to|represents|is|be|the matrix (?:of|for)) an? "
                   r"(projection|reflection)\b")
_ASK = re.compile(r"(?:enter|find|give|determine|what is) the ordered (?:pair|triple|quadruple) "
                  r"@(\d+)@[.?]?$")


_ENV = re.compile(r"^\\begin\{([pb]matrix)\}(.*?)\\end\{\1\}$", re.S)


def _grid(src: str) -> sp.Matrix:
    """A matrix of numbers and single letters, read entry by entry."""
    m = _ENV.match(src.strip())
    if m is None:
        raise Decline("one matrix")
    rows = [r for r in re.split(r"\\{1,2}(?=\s|$)", m.group(2).strip()) if r.strip()]
    grid = [[parse_latex(c) for c in r.split("&")] for r in rows]
    if len(grid) != 2 or any(len(r) != 2 for r in grid):
        raise Decline("a 2 by 2 matrix")
    if not all(isinstance(c, sp.Expr) and (c.is_Rational or c.is_Symbol and len(str(c)) == 1)
               for r in grid for c in r):
        raise Decline("entries that are numbers or single letters")
    return sp.Matrix(grid)


def _fraction(v: sp.Rational) -> Fraction:
    return Fraction(int(v.p), int(v.q))


def _rebuilt(v: list[Fraction], reflect: bool) -> list[list[Fraction]]:
    norm = sum(c * c for c in v)
    outer = [[v[i] * v[j] / norm for j in range(2)] for i in range(2)]
    return [[2 * outer[i][j] - int(i == j) if reflect else outer[i][j] for j in range(2)]
            for i in range(2)]


def read_matrix_kind(split: Split, template: str) -> Result | None:
    kind, ask = _KIND.search(template), _ASK.search(template)
    if kind is None or ask is None or not words_within(template, VOCAB):
        return None
    given = [m for m in split.maths if "matrix}" in m and "&" in m]
    if len(given) != 1:
        return None
    mat = _grid(given[0])
    letters = sorted(mat.free_symbols, key=str)
    if not letters:
        return None
    asked = re.sub(r"\\left|\\right|\s+", "", split.maths[int(ask.group(1))])
    order = [sp.Symbol(c) for c in asked[1:-1].split(",")] if re.fullmatch(
        r"\([a-z](?:,[a-z])+\)", asked) else []
    if sorted(order, key=str) != letters:
        raise Decline("the ordered tuple must list the letters of the matrix")
    reflect = kind.group(1) == "reflection"
    target = sp.eye(2) if reflect else mat
    eqs = [*(mat - mat.T), *(mat * mat - target), mat.trace() - (0 if reflect else 1)]
    solutions = sp.solve([e for e in eqs if e != 0], letters, dict=True)
    if len(solutions) != 1 or set(solutions[0]) != set(letters) or not all(
            v.is_Rational for v in solutions[0].values()):
        raise Decline("the kind of map does not fix the letters")
    values = solutions[0]
    full = mat.xreplace(values)
    along = (full + sp.eye(2)) / 2 if reflect else full
    column = next((list(along[:, j]) for j in range(2) if any(along[:, j])), None)
    confirm.check(column is not None and _rebuilt([_fraction(c) for c in column], reflect) == [
        [_fraction(full[i, j]) for j in range(2)] for i in range(2)],
        "the map built again from a column is the matrix found (plain fractions)")
    answer = sp.Tuple(*(values[v] for v in order))
    rule = ("symmetric, $M^2 = I$ and trace 0" if reflect else
            "symmetric, $M^2 = M$ and trace 1")
    shown = ", ".join(f"{latex(v)} = {latex(values[v])}" for v in order)
    return answer, [
        step(f"what a {kind.group(1)} is", f"The matrix of a {kind.group(1)} over a line "
             f"through the origin is {rule}.", f"${latex(full)}$", ""),
        step("the letters", "Solve the equations these give.", f"${shown}$", shown)]


__all__ = ["VOCAB", "read_matrix_kind"]
