"""Vectors and matrices in plain rational arithmetic (`fractions.Fraction`, lists of rows).

A second, independent way to compute what `vectors` computes with SymPy: the answers
are confirmed by recomputing them here, entry by entry, with no SymPy algorithm."""

from __future__ import annotations

from fractions import Fraction

Grid = list[list[Fraction]]


def grid(rows: list[list[object]]) -> Grid:
    return [[Fraction(str(c)) if not isinstance(c, Fraction) else c for c in r] for r in rows]


def add(a: Grid, b: Grid, sign: int = 1) -> Grid:
    if len(a) != len(b) or len(a[0]) != len(b[0]):
        raise ValueError("sizes differ")
    return [[x + sign * y for x, y in zip(ra, rb, strict=True)]
            for ra, rb in zip(a, b, strict=True)]


def scale(k: Fraction, a: Grid) -> Grid:
    return [[k * x for x in r] for r in a]


def mul(a: Grid, b: Grid) -> Grid:
    if len(a[0]) != len(b):
        raise ValueError("sizes do not match")
    return [[sum((a[i][k] * b[k][j] for k in range(len(b))), Fraction(0))
             for j in range(len(b[0]))] for i in range(len(a))]


def column(a: Grid) -> list[Fraction]:
    if any(len(r) != 1 for r in a):
        raise ValueError("not a column vector")
    return [r[0] for r in a]


def dot(a: Grid, b: Grid) -> Fraction:
    u, v = column(a), column(b)
    if len(u) != len(v):
        raise ValueError("sizes differ")
    return sum((x * y for x, y in zip(u, v, strict=True)), Fraction(0))


def cross(a: Grid, b: Grid) -> Grid:
    u, v = column(a), column(b)
    if len(u) != 3 or len(v) != 3:
        raise ValueError("the cross product needs 3-vectors")
    return [[u[1] * v[2] - u[2] * v[1]], [u[2] * v[0] - u[0] * v[2]],
            [u[0] * v[1] - u[1] * v[0]]]


def det(a: Grid) -> Fraction:
    """By Gaussian elimination with exact fractions."""
    n = len(a)
    if any(len(r) != n for r in a):
        raise ValueError("not square")
    m = [list(r) for r in a]
    sign, out = 1, Fraction(1)
    for c in range(n):
        pivot = next((r for r in range(c, n) if m[r][c] != 0), None)
        if pivot is None:
            return Fraction(0)
        if pivot != c:
            m[c], m[pivot] = m[pivot], m[c]
            sign = -sign
        out *= m[c][c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            m[r] = [x - f * y for x, y in zip(m[r], m[c], strict=True)]
    return sign * out


def inverse(a: Grid) -> Grid:
    """By Gauss-Jordan elimination; ValueError when singular."""
    n = len(a)
    if any(len(r) != n for r in a):
        raise ValueError("not square")
    m = [list(r) + [Fraction(int(i == j)) for j in range(n)] for i, r in enumerate(a)]
    for c in range(n):
        pivot = next((r for r in range(c, n) if m[r][c] != 0), None)
        if pivot is None:
            raise ValueError("singular")
        m[c], m[pivot] = m[pivot], m[c]
        m[c] = [x / m[c][c] for x in m[c]]
        for r in range(n):
            if r != c and m[r][c] != 0:
                f = m[r][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c], strict=True)]
    return [r[n:] for r in m]


def power(a: Grid, n: int) -> Grid:
    if n < 0:
        a, n = inverse(a), -n
    out = [[Fraction(int(i == j)) for j in range(len(a))] for i in range(len(a))]
    for _ in range(n):
        out = mul(out, a)
    return out


def transpose(a: Grid) -> Grid:
    return [list(r) for r in zip(*a, strict=True)]


__all__ = ["Grid", "add", "column", "cross", "det", "dot", "grid", "inverse", "mul", "power",
           "scale", "transpose"]
