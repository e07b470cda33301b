"""Typed reader: which kind of curve (line, circle, parabola, ellipse, hyperbola) a polar
equation or a parametrised point traces, the letter of that option asked.

"Find the curve defined by the equation $r = \\frac{2}{1 + \\cos\\theta}$. (A) Line (B) Circle
(C) Parabola (D) Ellipse (E) Hyperbola", "For real numbers $t$, the point $(x, y) =
(t^2 + 1, 2t - 3)$ is plotted. All the plotted points lie on what kind of curve? ..."

Points of the curve are computed at 50 digits (r = f(theta) at sample angles, theta = c
at sample radii, (x(t), y(t)) at sample t). A line fits them when the matrix of rows
(x, y, 1) has a null vector; otherwise the conic A x^2 + B xy + C y^2 + D x + E y + F = 0
through them is the null vector of the rows (x^2, xy, y^2, x, y, 1), which must be
unique and not degenerate; B^2 - 4AC names it (a circle when B = 0 and A = C).

Confirmed independently: the line or conic found from one set of points passes through a
second, disjoint set of points of the curve.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.trigonometry.angles import evaluate, parse_trig
from tutor.reasoning.symbolic.typed import words_within

KINDS = ("line", "circle", "parabola", "ellipse", "hyperbola")
VOCAB = frozenset(KINDS) | frozenset(
    "the curve defined by equation for real numbers point points plotted all lie on what "
    "kind of enter letter correct option".split())
_OPTION = re.compile(r"\(([a-e])\) (" + "|".join(KINDS) + r")\b")
_NOTE = re.compile(r"note: @\d+@ is a mathematical constant that is approximately @\d+@\.?")
_PAIR = re.compile(r"\s*\(\s*x\s*,\s*y\s*\)\s*=\s*(.+?)\s*")
_DPS = 50


def _split_pair(src: str) -> tuple[str, str]:
    inner = src.strip()
    inner = re.sub(r"^\\left\s*\(|\\right\s*\)$", lambda m: m.group(0)[-1], inner)
    if not (inner.startswith("(") and inner.endswith(")")):
        raise Decline("a point (x(t), y(t))")
    inner, depth, cut = inner[1:-1], 0, -1
    for i, ch in enumerate(inner):
        depth += ch in "({[" and 1 or ch in ")}]" and -1 or 0
        if ch == "," and depth == 0:
            if cut >= 0:
                raise Decline("a point with two coordinates")
            cut = i
    if cut < 0:
        raise Decline("a point with two coordinates")
    return inner[:cut], inner[cut + 1:]


def _points(src: str, first: bool) -> list[tuple[mpmath.mpf, mpmath.mpf]]:
    """Points of the curve at 50 digits: one set of sample parameters or the other."""
    samples = [mpmath.mpf(k) / 7 + (0 if first else mpmath.mpf(1) / 3) for k in range(-9, 10)]
    pair = _PAIR.fullmatch(src)
    out = []
    if pair:
        xs, ys = (parse_trig(p) for p in _split_pair(pair.group(1)))
        names = xs.free_symbols | ys.free_symbols
        if len(names) != 1:
            raise Decline("a point moving with one parameter")
        t = names.pop()
        for s in samples:
            try:
                out.append((evaluate(xs, {t: s}).real, evaluate(ys, {t: s}).real))
            except ZeroDivisionError:
                continue
        return out
    eq = parse_trig(re.sub(r"\\(sin|cos|tan|sec|csc|cot)\s*\\theta", r"\\\1(\\theta)", src))
    if not isinstance(eq, sp.Eq):
        raise Decline("an equation of the curve")
    r, theta = sp.Symbol("r"), sp.Symbol("theta")
    if eq.lhs == theta and not eq.rhs.free_symbols:
        c = evaluate(eq.rhs, {}).real
        return [(s * mpmath.cos(c), s * mpmath.sin(c)) for s in samples]
    if eq.lhs != r or not eq.rhs.free_symbols <= {theta}:
        raise Decline("a polar equation r = f(theta)")
    for s in samples:
        try:
            rho = evaluate(eq.rhs, {theta: s}).real
        except ZeroDivisionError:
            continue
        out.append((rho * mpmath.cos(s), rho * mpmath.sin(s)))
    return out


def _null(rows: list[list[mpmath.mpf]]) -> list[mpmath.mpf] | None:
    """The one null vector of the rows (unit length), or None when there is none."""
    m = mpmath.matrix(rows)
    _u, s, v = mpmath.svd_r(m)
    vals = [abs(s[i]) for i in range(len(s))]
    scale = max(vals)
    small = [i for i, x in enumerate(vals) if x < scale * mpmath.mpf(10) ** -35]
    if len(small) != 1 or len(vals) < m.cols:
        return None
    if sorted(vals)[1] < scale * mpmath.mpf(10) ** -12:
        return None
    return [v[small[0], j] for j in range(m.cols)]


def fitted_kind(pts: list[tuple[mpmath.mpf, mpmath.mpf]]
              ) -> tuple[str, list[mpmath.mpf], bool]:
    line = _null([[x, y, 1] for x, y in pts])
    if line is not None:
        return "line", line, True
    conic = _null([[x * x, x * y, y * y, x, y, 1] for x, y in pts])
    if conic is None:
        raise Decline("the points lie on no line or conic")
    a, b, c, d, e, f = conic
    tiny = mpmath.mpf(10) ** -30
    det = mpmath.det(mpmath.matrix([[a, b / 2, d / 2], [b / 2, c, e / 2], [d / 2, e / 2, f]]))
    if abs(det) < tiny:
        raise Decline("a degenerate conic")
    disc = b * b - 4 * a * c
    if abs(disc) < tiny:
        return "parabola", conic, False
    if disc > 0:
        return "hyperbola", conic, False
    if abs(b) < tiny and abs(a - c) < tiny:
        return "circle", conic, False
    if det * (a + c) > 0:
        raise Decline("an ellipse with no real points")
    return "ellipse", conic, False


def read_curve_kind(split: Split, template: str) -> Result | None:
    options = dict((kind, letter) for letter, kind in _OPTION.findall(template))
    if not options:
        return None
    rest = _NOTE.sub("", _OPTION.sub("", template))
    if not words_within(rest, VOCAB):
        return None
    if sorted(options) != sorted(KINDS):
        raise Decline("the five kinds of curve as options")
    curve = [s for s in split.maths if "=" in s]
    if len(curve) != 1:
        raise Decline("one equation of the curve")
    with mpmath.workdps(_DPS):
        pts = _points(curve[0], True)
        if len(pts) < 10:
            raise Decline("too few points of the curve")
        kind, coeffs, is_line = fitted_kind(pts)
        again = _points(curve[0], False)
        def row(x: mpmath.mpf, y: mpmath.mpf) -> list[mpmath.mpf]:
            return [x, y, 1] if is_line else [x * x, x * y, y * y, x, y, 1]
        size = max(1, *(abs(x) + abs(y) for x, y in again))
        confirm.check(len(again) >= 10 and all(
            abs(mpmath.fsum(k * r for k, r in zip(coeffs, row(x, y), strict=True)))
            < mpmath.mpf(10) ** -30 * size ** 2 for x, y in again),
            "the curve found from one set of points passes through a second set")
    letter = options[kind]
    answer = f"({letter.upper()})"
    return answer, [step("fit the curve", "Points of the curve lie on one line, or on one conic "
                         "$Ax^2 + Bxy + Cy^2 + Dx + Ey + F = 0$ whose discriminant "
                         "$B^2 - 4AC$ names it.", f"The points lie on a {kind}.")]


__all__ = ["VOCAB", "fitted_kind", "read_curve_kind"]
