"""Typed reader: the 2 by 2 matrix of a rotation about the origin, a dilation centred at
the origin, a projection onto a vector or a reflection over a vector, or its determinant.

"Find the matrix that corresponds to rotating about the origin by an angle of $45^\\circ$
counter-clockwise." The direction of a rotation must be said. Confirmed by applying the
matrix in floating point to test vectors and checking what defines the map: a rotation
keeps lengths and turns by the angle, a projection fixes the vector and sends its normal
to 0, a reflection fixes the vector and reverses its normal, a dilation scales."""

from __future__ import annotations

import math
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry import vectors
from tutor.reasoning.symbolic.geometry.reading import COMMON, places
from tutor.reasoning.symbolic.geometry.vector_questions import tex
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

# the name of the matrix ("\mathbf{R}", "\det \mathbf{R}"): not a value
_NAME = re.compile(r"\s*(?:\\det\s*)?(?:\\mathbf\s*\{\s*[A-Za-z]\s*\}|[A-Z])\s*")
_KINDS = {"rotating": "rotation", "rotation": "rotation", "rotates": "rotation",
          "dilation": "dilation", "dilating": "dilation", "dilates": "dilation",
          "projecting": "projection", "projection": "projection", "projects": "projection",
          "reflecting": "reflection", "reflection": "reflection", "reflects": "reflection"}
VOCAB = COMMON | frozenset(_KINDS) | frozenset(
    "find matrix corresponds corresponding to about origin by an angle of counter clockwise "
    "counterclockwise centered centred at with scale factor onto vector vectors over through "
    "let be for determinant that which takes compute".split())
# "a $2 \times 2$ matrix": the size, not a value; "\mathbf{R}^2": a power of the matrix asked
_SIZE = re.compile(r"\s*2\s*\\times\s*2\s*")
_POWER = re.compile(r"\s*(?:\\mathbf\s*\{\s*([A-Za-z])\s*\}|([A-Z]))\s*\^\s*\{?\s*(\d+)\s*\}?\s*")


def _column(src: str) -> sp.Matrix:
    got = vectors.evaluate(vectors.parse(src), vectors.SYMPY, [], {})
    if not isinstance(got, sp.MatrixBase) or got.shape != (2, 1) or got.dot(got) == 0:
        raise Decline("a nonzero vector in the plane")
    return got


def _matrix(kind: str, template: str, w: set[str], pieces: list[str]) -> sp.Matrix:
    if len(pieces) != 1:
        raise Decline("one angle, factor or vector expected")
    if kind == "rotation":
        turns = {"counter", "counterclockwise"} & w
        if not turns and "clockwise" not in w:
            raise Decline("the direction of the rotation is not said")
        angle = parse_latex(pieces[0])  # degrees are read as radians
        if not isinstance(angle, sp.Expr) or angle.free_symbols or not angle.is_real:
            raise Decline("an angle")
        if not turns:
            angle = -angle
        c, s = sp.nsimplify(sp.cos(angle)), sp.nsimplify(sp.sin(angle))
        if c.has(sp.cos, sp.sin) or s.has(sp.cos, sp.sin):
            raise Decline("not an exact angle")
        m = sp.Matrix([[c, -s], [s, c]])
        _check_rotation(m, float(angle))
        return m
    if kind == "dilation":
        k = parse_latex(pieces[0])
        if not isinstance(k, sp.Expr) or k.free_symbols or not k.is_real or not w & {
                "scale", "factor"}:
            raise Decline("a real scale factor")
        m = sp.Matrix([[k, 0], [0, k]])
        confirm.check(all(abs(float(v) - float(k) * u) < 1e-12 for u, v in zip(
            (0.3, -1.7), m * sp.Matrix([sp.Rational(3, 10), sp.Rational(-17, 10)]),
            strict=True)), "the matrix scales a test vector by the factor")
        return m
    v = _column(pieces[0])
    p = v * v.T / v.dot(v)
    m = p if kind == "projection" else 2 * p - sp.eye(2)
    _check_projection(m, v, kind)
    return m


def _check_rotation(m: sp.Matrix, angle: float) -> None:
    f = [[float(x) for x in m.row(i)] for i in range(2)]
    ok = True
    for u in ((1.0, 0.0), (0.3, -1.7)):
        mu = (f[0][0] * u[0] + f[0][1] * u[1], f[1][0] * u[0] + f[1][1] * u[1])
        turned = math.atan2(u[0] * mu[1] - u[1] * mu[0], u[0] * mu[0] + u[1] * mu[1])
        diff = (turned - angle) % (2 * math.pi)
        ok = ok and abs(math.hypot(*mu) - math.hypot(*u)) < 1e-12 and min(
            diff, 2 * math.pi - diff) < 1e-9
    confirm.check(ok, "the matrix keeps lengths and turns test vectors by the angle")


def _check_projection(m: sp.Matrix, v: sp.Matrix, kind: str) -> None:
    f = [[float(x) for x in m.row(i)] for i in range(2)]
    d, n = (float(v[0]), float(v[1])), (-float(v[1]), float(v[0]))

    def apply(u: tuple[float, float]) -> tuple[float, float]:
        return f[0][0] * u[0] + f[0][1] * u[1], f[1][0] * u[0] + f[1][1] * u[1]

    sign = 0.0 if kind == "projection" else -1.0
    ok = all(abs(a - b) < 1e-9 for a, b in zip(apply(d), d, strict=True)) and all(
        abs(a - sign * b) < 1e-9 for a, b in zip(apply(n), n, strict=True))
    what = "sends its normal to 0" if sign == 0 else "reverses its normal"
    confirm.check(ok, f"the matrix fixes the vector and {what}")


def read_transformation(split: Split, template: str) -> Result | None:
    w = words(template)
    kinds = {_KINDS[k] for k in w & set(_KINDS)}
    if not kinds or "matrix" not in w or not words_within(template, VOCAB):
        return None
    if len(kinds) != 1:
        raise Decline("one transformation expected")
    kind = kinds.pop()
    srcs = [split.maths[i] for i in dict.fromkeys(places(template))
            if not _SIZE.fullmatch(split.maths[i])]
    asks_det = "determinant" in w or any(_NAME.fullmatch(p) and "\\det" in p for p in srcs)
    powers = [p for p in srcs if _POWER.fullmatch(p)]
    pieces = [p for p in srcs if not _NAME.fullmatch(p) and p not in powers]
    m = _matrix(kind, template, w, pieces)
    steps = [step(f"write the {kind} matrix", "Its columns are the images of "
                  "$\\begin{pmatrix} 1 \\\\ 0 \\end{pmatrix}$ and "
                  "$\\begin{pmatrix} 0 \\\\ 1 \\end{pmatrix}$.", f"${tex(m)}$", "")]
    if powers:
        return _power(m, powers, srcs, asks_det, steps)
    if asks_det:
        d = sp.simplify(m.det())
        f = [float(x) for x in m]
        confirm.check(abs(float(d) - (f[0] * f[3] - f[1] * f[2])) < 1e-9,
                      "ad - bc in floating point gives the same determinant")
        claim = (f"\\left({latex(m[0, 0])}\\right)\\left({latex(m[1, 1])}\\right) - "
                 f"\\left({latex(m[0, 1])}\\right)\\left({latex(m[1, 0])}\\right) = {latex(d)}")
        return d, steps + [step("take the determinant", "ad - bc.", f"${claim}$", claim)]
    return tex(m), steps


def _power(m: sp.Matrix, powers: list[str], srcs: list[str], asks_det: bool,
           steps: list) -> Result:
    """"Let R be the matrix for ... Find R^2": one power of the matrix named, confirmed by
    multiplying the matrix in floating point that many times."""
    names = {g.group(1) or g.group(2) for p in srcs if (g := _POWER.fullmatch(p) or re.fullmatch(
        r"\s*(?:\\mathbf\s*\{\s*([A-Za-z])\s*\}|([A-Z]))\s*", p))}
    n = int(_POWER.fullmatch(powers[0]).group(3))  # type: ignore[union-attr]
    if len(powers) != 1 or asks_det or len(names) != 1 or not 1 <= n <= 50:
        raise Decline("one power of the one matrix named")
    value = sp.simplify(m ** n)
    f = sp.Matrix(2, 2, [float(x) for x in m])
    g = sp.eye(2)
    for _ in range(n):
        g = g * f
    confirm.check(all(abs(float(a) - float(b)) < 1e-9 for a, b in zip(value, g, strict=True)),
                  f"multiplying the matrix by itself {n} times in floating point agrees")
    return tex(value), [*steps, step("multiply", f"Apply the map {n} times.",
                                     f"${tex(value)}$", "")]


__all__ = ["VOCAB", "read_transformation"]
