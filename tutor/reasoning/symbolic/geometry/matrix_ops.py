"""The arithmetic the vector expressions are evaluated with, twice: `SYMPY` (SymPy
matrices and numbers) and `PLAIN` (`plain_matrices`: lists of `Fraction`s)."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import sympy as sp

from tutor.reasoning.symbolic.geometry import plain_matrices as pm
from tutor.reasoning.symbolic.model import Decline


class SympyOps:
    def is_mat(self, v: Any) -> bool:
        return isinstance(v, sp.MatrixBase)

    def shape(self, v: Any) -> tuple[int, int]:
        return v.shape

    def num(self, v: sp.Basic) -> Any:
        return v

    def mat(self, m: sp.Matrix) -> Any:
        return sp.Matrix(m)

    def add(self, a: Any, b: Any, sign: int) -> Any:
        return a + sign * b

    def scale(self, k: Any, a: Any) -> Any:
        return k * a

    def mul(self, a: Any, b: Any) -> Any:
        return a * b

    def dot(self, a: Any, b: Any) -> Any:
        return a.dot(b)

    def cross(self, a: Any, b: Any) -> Any:
        return a.cross(b)

    def power(self, a: Any, n: int) -> Any:
        return a**n if self.is_mat(a) else sp.Pow(a, n)

    def transpose(self, a: Any) -> Any:
        return a.T

    def det(self, a: Any) -> Any:
        return a.det()

    def trace(self, a: Any) -> Any:
        return a.trace()

    def norm(self, a: Any) -> Any:
        return sp.sqrt(a.dot(a))


class PlainOps(SympyOps):
    """The same operations on `Fraction` grids; a norm is ("sqrt", its square)."""

    def is_mat(self, v: Any) -> bool:
        return isinstance(v, list)

    def shape(self, v: Any) -> tuple[int, int]:
        return len(v), len(v[0])

    def num(self, v: sp.Basic) -> Any:
        if not v.is_Rational:
            raise Decline("rational numbers only")
        return Fraction(int(v.p), int(v.q))

    def mat(self, m: sp.Matrix) -> Any:
        return pm.grid([[int(c.p) if c.q == 1 else Fraction(int(c.p), int(c.q)) for c in
                         m.row(i)] for i in range(m.rows)])

    def add(self, a: Any, b: Any, sign: int) -> Any:
        return pm.add(a, b, sign) if self.is_mat(a) else a + sign * b

    def scale(self, k: Any, a: Any) -> Any:
        return pm.scale(k, a)

    def mul(self, a: Any, b: Any) -> Any:
        return pm.mul(a, b)

    def dot(self, a: Any, b: Any) -> Any:
        return pm.dot(a, b)

    def cross(self, a: Any, b: Any) -> Any:
        return pm.cross(a, b)

    def power(self, a: Any, n: int) -> Any:
        return pm.power(a, n) if self.is_mat(a) else a**n

    def transpose(self, a: Any) -> Any:
        return pm.transpose(a)

    def det(self, a: Any) -> Any:
        return pm.det(a)

    def trace(self, a: Any) -> Any:
        return sum((a[i][i] for i in range(len(a))), Fraction(0))

    def norm(self, a: Any) -> Any:
        return ("sqrt", pm.dot(a, a))


SYMPY, PLAIN = SympyOps(), PlainOps()


__all__ = ["PLAIN", "SYMPY", "PlainOps", "SympyOps"]
