"""Typed reader: the matrix of a linear map named in words.

- reflecting over the x-axis or the y-axis, or over (projecting onto) a line y = m x with m
  rational (along the vector (1, m));
- projecting onto, or reflecting over, a vector in the plane or in space ("the matrix
  $\\mathbf{P}$ such that for any vector $\\mathbf{v}$, $\\mathbf{P}\\mathbf{v}$ is the
  projection of $\\mathbf{v}$ onto the vector ..."): P = v v^T / (v . v), R = 2P - I;
- projecting onto, or reflecting through, a plane through the origin, told by its equation
  ("the plane $x + y + z = 0$") or by a normal vector ("Let $P$ be the plane passing through
  the origin with normal vector ..."): P = I - n n^T / (n . n), R = I - 2 n n^T / (n . n);
- "the $3 \\times 3$ matrix $\\mathbf{M}$ such that $\\mathbf{M}\\mathbf{v} = -2\\mathbf{v}$ for
  all three-dimensional vectors": cI (the size must be said).

Confirmed by what defines the map, in plain fractions: a projection fixes the vector,
sends every normal vector to 0 and equals its square; a reflection fixes the line or
vector and reverses the normals (for a plane: fixes the vectors in it, sends the normal to
0 or to its opposite); cI sends each basis vector to c times itself.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.vector_questions import tex
from tutor.reasoning.symbolic.geometry.vectors import matrices
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

VOCAB = frozenset(
    "matrix corresponds to reflecting over across through the axis line vector projecting "
    "onto projection reflection such for any all every vectors three two dimensional "
    "represents representing plane passing origin with normal let be in".split())
_AXIS = re.compile(r"reflecting (?:over|across|through) the @(\d+)@ ?-?axis[.?]?$")
_LINE = re.compile(r"(reflecting (?:over|across|through)|projecting onto) the line @(\d+)@[.?]?$")
_VECTOR = re.compile(r"(projecting onto|reflecting (?:over|across|through)|(?:the )?projection "
                     r"of @\d+@ onto|(?:the )?reflection of @\d+@ (?:over|across|through)) "
                     r"the vector @(\d+)@[.?]?$")
_PLANE = re.compile(r"(projecting onto|reflecting (?:over|across|through|in)|(?:the )?projection "
                    r"of @\d+@ onto|(?:the )?reflection of @\d+@ (?:over|across|through|in)) "
                    r"(?:the )?plane @(\d+)@[.?]?$")
_NAMED_PLANE = re.compile(r"let @(\d+)@ be the plane (?:passing )?through the origin with "
                          r"normal vector @(\d+)@")
_SCALAR = re.compile(r"find the @(\d+)@ matrix @\d+@ such that @(\d+)@ for all (?:@\d+@ ?-?)?"
                     r"(?:(?:two|three) ?-?dimensional )?vectors @\d+@[.?]?$")


def _column(src: str) -> sp.Matrix:
    found, rest = matrices(src)
    if len(found) != 1 or rest.strip() not in ("M", "M0", "") or found[0][1].cols != 1:
        raise Decline("one column vector")
    v = found[0][1]
    if not all(x.is_Rational for x in v) or not any(v) or v.rows not in (2, 3):
        raise Decline("a nonzero vector of rational numbers")
    return v


def _frac(m: sp.Matrix) -> list[list[Fraction]]:
    return [[Fraction(int(x.p), int(x.q)) for x in m.row(i)] for i in range(m.rows)]


def _times(m: list[list[Fraction]], v: list[Fraction]) -> list[Fraction]:
    return [sum((a * b for a, b in zip(row, v, strict=True)), Fraction(0)) for row in m]


def _normals(v: sp.Matrix) -> list[list[Fraction]]:
    return [[Fraction(int(x.p), int(x.q)) for x in n] for n in sp.Matrix([list(v)]).nullspace()]


def _by_vector(v: sp.Matrix, reflect: bool) -> sp.Matrix:
    proj = v * v.T / v.dot(v)
    m = 2 * proj - sp.eye(v.rows) if reflect else proj
    plain, fv = _frac(m), [Fraction(int(x.p), int(x.q)) for x in v]
    sign = -1 if reflect else 0
    ok = _times(plain, fv) == fv and all(_times(plain, n) == [sign * x for x in n]
                                         for n in _normals(v))
    if not reflect:
        ok &= all(_times(plain, [row[j] for row in plain]) == [row[j] for row in plain]
                  for j in range(v.rows))
    confirm.check(ok, "the matrix fixes the vector and sends its normals to "
                  + ("their opposites" if reflect else "zero"))
    return m


def _by_normal(n: sp.Matrix, reflect: bool) -> sp.Matrix:
    m = sp.eye(3) - (2 if reflect else 1) * n * n.T / n.dot(n)
    plain, fn = _frac(m), [Fraction(int(x.p), int(x.q)) for x in n]
    image = [-x for x in fn] if reflect else [Fraction(0)] * 3
    ok = _times(plain, fn) == image and all(_times(plain, u) == u for u in _normals(n))
    confirm.check(ok, "the matrix fixes the vectors in the plane and sends its normal to "
                  + ("its opposite" if reflect else "zero"))
    return m


def _normal(split: Split, template: str, src: str) -> sp.Matrix:
    """The normal of a plane through the origin: from `ax + by + cz = 0`, or from the
    sentence that names the plane."""
    named = _NAMED_PLANE.search(template)
    if re.fullmatch(r"\s*[A-Z]\s*", src):
        if named is None or split.maths[int(named.group(1))].strip() != src.strip():
            raise Decline("a plane named but not told")
        n = _column(split.maths[int(named.group(2))])
    else:
        eq = parse_latex(src)
        x, y, z = sp.symbols("x y z")
        if not isinstance(eq, sp.Eq) or not sp.expand(eq.lhs - eq.rhs).is_polynomial(x, y, z):
            raise Decline("a plane's equation")
        form = sp.Poly(sp.expand(eq.lhs - eq.rhs), x, y, z)
        if form.total_degree() != 1 or form.coeff_monomial(1) != 0 or form.free_symbols_in_domain:
            raise Decline("a plane through the origin")
        n = sp.Matrix([form.coeff_monomial(v) for v in (x, y, z)])
    if n.rows != 3 or not all(c.is_Rational for c in n):
        raise Decline("a normal vector in space with rational entries")
    return n


def read_linear_map(split: Split, template: str) -> Result | None:
    w = words(template)
    if "matrix" not in w or not w & {"reflecting", "projecting", "projection", "reflection",
                                      "all"}:
        return None
    if not words_within(template, VOCAB):
        return None
    if m := _AXIS.search(template):
        axis = split.maths[int(m.group(1))].strip()
        if axis not in ("x", "y"):
            raise Decline("the x-axis or the y-axis")
        keep = [Fraction(1), Fraction(0)] if axis == "x" else [Fraction(0), Fraction(1)]
        flip = [Fraction(0), Fraction(1)] if axis == "x" else [Fraction(1), Fraction(0)]
        matrix = sp.diag(1, -1) if axis == "x" else sp.diag(-1, 1)
        plain = _frac(matrix)
        confirm.check(_times(plain, keep) == keep and _times(plain, flip) == [-x for x in flip],
                      f"the matrix fixes the {axis}-axis and reverses the other")
        what = f"reflection over the {axis}-axis"
    elif m := _LINE.search(template):
        line = parse_latex(split.maths[int(m.group(2))])
        x, y = sp.symbols("x y")
        slope = sp.expand(line.rhs).coeff(x, 1) if isinstance(line, sp.Eq) and line.lhs == y \
            else None
        if slope is None or not slope.is_Rational or sp.expand(line.rhs - slope * x) != 0:
            raise Decline("a line y = m x through the origin with a rational slope")
        reflect = m.group(1).startswith("reflect")
        matrix = _by_vector(sp.Matrix([slope.q, slope.p]), reflect)  # along (1, m)
        what = ("reflection over" if reflect else "projection onto") + \
            f" the line ${split.maths[int(m.group(2))]}$"
    elif m := _VECTOR.search(template):
        v = _column(split.maths[int(m.group(2))])
        reflect = "reflect" in m.group(1)
        if "such" in w and not re.search(r"such that for (?:any|every|all) vectors? @\d+@,? @\d+@ "
                                         r"is the", template):
            raise Decline("the matrix described by what it does to every vector")
        matrix = _by_vector(v, reflect)
        what = ("reflection over " if reflect else "projection onto ") + f"${tex(v)}$"
    elif m := _PLANE.search(template):
        reflect = "reflect" in m.group(1)
        if "such" in w and not re.search(r"such that for (?:any|every|all) vectors? @\d+@,? @\d+@ "
                                         r"is the", template):
            raise Decline("the matrix described by what it does to every vector")
        plane = split.maths[int(m.group(2))]
        matrix = _by_normal(_normal(split, template, plane), reflect)
        what = ("reflection through " if reflect else "projection onto ") + "the plane"
    elif m := _SCALAR.search(template):
        size = re.fullmatch(r"\s*([23])\s*\\times\s*\1\s*", split.maths[int(m.group(1))])
        said = {"two": 2, "three": 3}.get(next((t for t in ("two", "three") if t in w), ""), 0)
        eq = re.fullmatch(r"\s*\\mathbf\{([A-Z])\}\s*\\mathbf\{([a-z])\}\s*=\s*(.+?)\s*"
                          r"\\mathbf\{\2\}\s*", split.maths[int(m.group(2))])
        if size is None or eq is None or (said and said != int(size.group(1))):
            raise Decline("M v = c v for all vectors of a said size")
        c = parse_latex(eq.group(3)) if eq.group(3).strip() not in ("", "-") else sp.Integer(
            -1 if eq.group(3).strip() == "-" else 1)
        if not c.is_Rational:
            raise Decline("a rational multiple")
        n = int(size.group(1))
        matrix = c * sp.eye(n)
        plain = _frac(matrix)
        basis = [[Fraction(int(i == j)) for j in range(n)] for i in range(n)]
        cf = Fraction(int(c.p), int(c.q))
        confirm.check(all(_times(plain, e) == [cf * x for x in e] for e in basis),
                      "the matrix sends each basis vector to the same multiple of itself")
        what = f"multiplying every vector by ${latex(c)}$"
    else:
        raise Decline("which map the matrix is for")
    shown = tex(matrix)
    return shown, [step("write the matrix", "Its columns are the images of the basis vectors.",
                        f"The matrix of the {what} is ${shown}$.", shown)]


__all__ = ["VOCAB", "read_linear_map"]
