"""Typed reader: the area of a triangle or parallelogram whose vertices are given vectors.

"Let $\\mathbf{u} = \\begin{pmatrix} 4 \\\\ 2 \\end{pmatrix}$ and $\\mathbf{v} = ...$. Find the
area of the triangle with vertices $\\mathbf{0}$, $\\mathbf{u}$ and $\\mathbf{v}$.", "... the
area of the parallelogram with vertices $\\mathbf{0}$, $\\mathbf{u}$, $\\mathbf{v}$ and
$\\mathbf{u} + \\mathbf{v}$." (in the plane or in space)

The area of the parallelogram on two edge vectors is the size of their cross product (in
the plane, the absolute value of the 2 by 2 determinant); a triangle is half of it.
Confirmed by Heron's formula from the three side lengths in 50-digit decimals (mpmath).
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

Vec = tuple[sp.Expr, ...]
_NAME = r"\\(?:mathbf|bold|vec)\s*\{\s*([a-z0])\s*\}"
_DEFINED = re.compile(r"^" + _NAME + r"\s*=\s*\\begin\{pmatrix\}(.*)\\end\{pmatrix\}$", re.S)
_VERTEX = re.compile(r"^" + _NAME + r"(?:\s*\+\s*" + _NAME + r")?$")
_ASK = re.compile(r"find the area of the (triangle|parallelogram) (?:with|whose) vertices "
                  r"(?:are )?@(\d+)@,? @(\d+)@,? (?:and )?@(\d+)@(?:,? (?:and )?@(\d+)@)?\.?$")
VOCAB = frozenset("let and find the area of triangle parallelogram with whose vertices are be "
                  "vectors".split())


def _column(body: str) -> Vec:
    cells = [c for c in re.split(r"\\{1,2}", body) if c.strip()]
    out = [parse_latex(c) for c in cells]
    if not all(isinstance(v, sp.Expr) and v.is_Rational for v in out) or len(out) not in (2, 3):
        raise Decline("vectors of 2 or 3 rational entries")
    return tuple(out)


def _edge_area(u: Vec, v: Vec) -> sp.Expr:
    if len(u) == 2:
        return sp.Abs(u[0] * v[1] - u[1] * v[0])
    c = (u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0])
    return sp.sqrt(sum(x**2 for x in c))


def _heron(a: Vec, b: Vec, c: Vec) -> mpmath.mpf:
    def length(p: Vec, q: Vec) -> mpmath.mpf:
        return mpmath.sqrt(mpmath.fsum((mpmath.mpf(x.p) / x.q - mpmath.mpf(y.p) / y.q) ** 2
                                       for x, y in zip(p, q, strict=True)))
    x, y, z = length(a, b), length(b, c), length(c, a)
    s = (x + y + z) / 2
    return mpmath.sqrt(max(s * (s - x) * (s - y) * (s - z), mpmath.mpf(0)))


def read(split: Split, template: str) -> Result | None:
    ask = _ASK.search(template.strip())
    if ask is None or not words_within(template, VOCAB):
        return None
    maths = [m.strip() for m in split.maths]
    vectors: dict[str, Vec] = {}
    for src in maths:
        if (defined := _DEFINED.match(src)) is not None:
            vectors[defined.group(1)] = _column(defined.group(2))
    sizes = {len(v) for v in vectors.values()}
    if len(sizes) != 1:
        return None
    zero = tuple(sp.Integer(0) for _ in range(sizes.pop()))
    points: list[Vec] = []
    for at in (g for g in ask.groups()[1:] if g):
        vertex = _VERTEX.match(maths[int(at)])
        if vertex is None:
            return None
        parts = [g for g in vertex.groups() if g]
        if any(p != "0" and p not in vectors for p in parts):
            return None
        vs = [zero if p == "0" else vectors[p] for p in parts]
        points.append(tuple(sum(c, sp.Integer(0)) for c in zip(*vs, strict=True)))
    shape = ask.group(1)
    if len(points) != (3 if shape == "triangle" else 4):
        raise Decline("three vertices for a triangle, four for a parallelogram")
    a, b, c = points[:3]
    if shape == "parallelogram":
        d = points[3]
        if tuple(x + y for x, y in zip(a, d, strict=True)) != tuple(
                x + y for x, y in zip(b, c, strict=True)):
            raise Decline("the vertices, in the order given, must make a parallelogram")
    u = tuple(x - y for x, y in zip(b, a, strict=True))
    v = tuple(x - y for x, y in zip(c, a, strict=True))
    whole = _edge_area(u, v)
    value = sp.nsimplify(whole / 2 if shape == "triangle" else whole)
    if value == 0:
        raise Decline("the vertices are on one line")
    with mpmath.workdps(50):
        got = _heron(a, b, c) * (1 if shape == "triangle" else 2)
    confirm.number(got, value, "Heron's formula from the side lengths in 50-digit decimals")
    claim = f"\\text{{area}} = {latex(value)}"
    how = "the absolute value of the determinant" if len(u) == 2 else \
        "the length of the cross product"
    return value, [
        step("edge vectors", "Take the two edges from the first vertex.",
             f"${latex(sp.Matrix(u))}, {latex(sp.Matrix(v))}$", ""),
        step("area", f"The parallelogram on them has area {how}"
             + ("; the triangle is half of it." if shape == "triangle" else "."),
             f"${claim}$", claim)]


__all__ = ["read"]
