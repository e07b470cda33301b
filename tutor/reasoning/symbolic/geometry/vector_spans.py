"""The area of the parallelogram (or triangle) and the volume of the parallelepiped that
vectors span: |det| of the columns in the plane (and for three vectors in space), |a x b|
for two vectors in space; a triangle is half the parallelogram.

Computed with SymPy; confirmed in plain fractions by another route: the determinant by
Gaussian elimination (`plain_matrices.det`), and |a x b|^2 by the Gram determinant
|a|^2 |b|^2 - (a . b)^2 (Lagrange's identity)."""

from __future__ import annotations

from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry import plain_matrices as pm
from tutor.reasoning.symbolic.geometry import vectors
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.patterns import Result


def span_measure(kind: str, trees: list[vectors.Tree], names: dict) -> Result:
    """`kind` is "area parallelogram", "area triangle" or "volume"."""
    cols = [vectors.evaluate(t, vectors.SYMPY, [], names) for t in trees]
    plain = [pm.column(vectors.evaluate(t, vectors.PLAIN, [], names)) for t in trees]
    if not all(isinstance(c, sp.MatrixBase) and c.cols == 1 for c in cols) or len(
            {c.rows for c in cols}) != 1:
        raise Decline("column vectors of one size")
    size = cols[0].rows
    half = sp.Rational(1, 2) if kind.endswith("triangle") else sp.Integer(1)
    if size == len(cols):  # a square of columns: |det|
        value = half * abs(sp.Matrix.hstack(*cols).det())
        by_rows = [[plain[j][i] for j in range(size)] for i in range(size)]
        other = abs(pm.det(by_rows)) * Fraction(half.p, half.q)
        confirm.check(Fraction(int(value.p), int(value.q)) == other,
                      "Gaussian elimination in plain fractions gives the same determinant")
        claim = f"\\left|\\det {vectors_tex(cols)}\\right| = {latex(value / half)}"
    elif size == 3 and len(cols) == 2:
        cross = cols[0].cross(cols[1])
        value = sp.radsimp(half * sp.sqrt(cross.dot(cross)))
        a, b = plain
        gram = sum(x * x for x in a) * sum(y * y for y in b) - sum(
            x * y for x, y in zip(a, b, strict=True)) ** 2
        square = value ** 2 / half ** 2
        confirm.check(square.is_Rational and Fraction(int(square.p), int(square.q)) == gram,
                      "the Gram determinant |a|^2 |b|^2 - (a . b)^2 (plain fractions) gives "
                      "the same squared area")
        claim = f"\\left\\|{latex(cross)}\\right\\| = {latex(value / half)}"
    else:
        raise Decline("vectors that span an area in the plane or space, or a volume")
    if value == 0:
        raise Decline("the vectors do not span a figure")
    what = "half of " if kind.endswith("triangle") else ""
    return value, [step("measure the span", "The area of the parallelogram two vectors span is "
                        "|a x b| (|det| in the plane); three vectors span |det| of volume.",
                        f"${claim}$; the answer is {what}this: ${latex(value)}$.", claim)]


def vectors_tex(cols: list[sp.Matrix]) -> str:
    return latex(sp.Matrix.hstack(*cols))


__all__ = ["span_measure"]
