"""Typed reader: the area enclosed by a graph of two absolute values ("the area enclosed by
the graph of $|x| + |y| = 6$", "the region defined by $|x - 1| + |2y + 3| \\le 4$", "the
area bounded by $2|x| + 3|y| = 12$").

With u = a|..| and v = b|..| both linear in x and y, the curve a|L1| + b|L2| = k (k > 0) is
the square |u| + |v| = k of the (u, v) plane, whose corners are (+-k, 0) and (0, +-k) and
whose area is 2 k^2; the linear change of variables multiplies areas by 1/|det|, so the
region has area 2 k^2 / |det|. The inequality a|L1| + b|L2| <= k (or <) fills the same
region. Confirmed another way: the four corners are found in the (x, y) plane by solving
the linear equations, each is checked on the curve by substitution, and the shoelace
formula over them must give the same area. Only the words of such a question are read; an
"x-axis", "quadrant", "perimeter" or any other condition declines."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import number, without_area_units
from tutor.reasoning.symbolic.geometry.shoelace import shoelace_area
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_X, _Y = sp.symbols("x y")
_VOCAB = frozenset(
    "area region enclosed bounded by graph graphs curve figure shape defined described "
    "formed how many units unit square in the of what is inside interior set points all "
    "satisfying satisfy that such whose coordinates plane coordinate xy shown here diagram "
    "express your answer as common fraction".split())
_ASIDE = re.compile(r"\b(?:shown|drawn|graphed) (?:above|below|here)\b|\bin the (?:diagram|"
                    r"figure) (?:above|below)\b|,? ?@\d+@ ?-?plane\b")
_SPLIT_EQUATION = re.compile(r"@(\d+)@ ?= ?@(\d+)@")
_COEFF = r"(\d+(?:\.\d+)?|\\frac\{\d+\}\{\d+\})?\s*(?:\\cdot\s*)?"
# a|L1| + b|L2| = k, <= k or < k: the bounded region (never >=, which is unbounded)
_SHAPE = re.compile(_COEFF + r"\|([^|]+)\|\s*([+-])\s*" + _COEFF + r"\|([^|]+)\|\s*"
                    r"(=|<|\\leq|\\le(?![a-z])|\\leqslant)\s*(\d+(?:\.\d+)?|\\frac\{\d+\}"
                    r"\{\d+\})")


def read_absolute_value_region(split: Split, template: str) -> Result | None:
    if "area" not in template or not any("|" in m for m in split.maths):
        return None
    found = _the_curve(split, template)
    if found is None:
        return None
    rest, (a1, l1), (a2, l2), k = found
    if not words_within(without_area_units(_ASIDE.sub(" ", rest)), _VOCAB):
        raise Decline("a region of absolute values asked with words this reader does not read")
    u, v = sp.expand(a1 * l1), sp.expand(a2 * l2)
    det = sp.Matrix([[u.coeff(_X), u.coeff(_Y)], [v.coeff(_X), v.coeff(_Y)]]).det()
    if det == 0:
        raise Decline("the two absolute values must change along different directions")
    area = 2 * k**2 / abs(det)
    corners = _corners(u, v, k)
    curve = a1 * sp.Abs(l1) + a2 * sp.Abs(l2)
    for c in corners:
        confirm.check(sp.simplify(curve.subs({_X: c[0], _Y: c[1]}) - k) == 0,
                      "each corner lies on the curve, by substitution")
    confirm.check(sp.simplify(shoelace_area(corners) - area) == 0,
                  "the area by the shoelace formula over the four corners")
    shown = ", ".join(f"({latex(c[0])}, {latex(c[1])})" for c in corners)
    claim = f"\\frac{{2 \\cdot {latex(k)}^2}}{{{latex(abs(det))}}} = {latex(area)}"
    return area, [
        step("where each absolute value changes sign",
             "Let u and v be the two quantities inside the absolute values (with their "
             "factors). The curve |u| + |v| = k is a square with corners where one of u, v is "
             "0 and the other is k or -k.",
             f"$u = {latex(u)},\\ v = {latex(v)},\\ |u| + |v| = {latex(k)}$; corners {shown}"),
        step("the area of the square |u| + |v| = k",
             "In the (u, v) plane the square has diagonals 2k and 2k, so area 2k^2; changing to "
             "(x, y) divides areas by the absolute value of the determinant of the linear map.",
             f"$\\det = {latex(det)}$, area ${claim}$", claim),
    ]


def _the_curve(split: Split, template: str) -> tuple[str, tuple[sp.Basic, sp.Basic],
                                                      tuple[sp.Basic, sp.Basic],
                                                      sp.Basic] | None:
    """The template without the curve, the two (factor, linear form) pairs and k."""
    template = _ASIDE.sub(" ", template)
    pieces = [i for i, m in enumerate(split.maths) if "|" in m]
    if len(pieces) != 1:
        return None
    i = pieces[0]
    placeholder, src = f"@{i}@", split.maths[i]
    m = _SPLIT_EQUATION.search(template)
    if m and int(m.group(1)) == i:  # "$|x| + |2y|$ = 10": the number written outside
        placeholder, src = m.group(0), f"{src} = {split.maths[int(m.group(2))]}"
    # read piece by piece: the TeX parser pairs the bars of "2|x| + 5|y|" wrongly
    shape = _SHAPE.fullmatch(src.strip())
    if shape is None:
        return None
    parts = [_part(shape.group(1), shape.group(2), "+"),
             _part(shape.group(4), shape.group(5), shape.group(3))]
    k = number(shape.group(7))
    if k is None or not k.is_Rational:
        raise Decline("a rational number on the other side of the absolute values")
    if not k.is_positive:
        raise Decline("an empty region: the absolute values must be at most a positive number")
    rest = template.replace(placeholder, " ", 1)
    if re.search(r"@\d+@", rest):
        raise Decline("one curve of absolute values and nothing else")
    return rest, parts[0], parts[1], k


def _part(coeff_src: str, inner_src: str, sign: str) -> tuple[sp.Basic, sp.Basic]:
    """(a, L) of one term a|L|, a > 0 rational and L linear in x and y."""
    coeff = number(coeff_src) if coeff_src else sp.Integer(1)
    if sign != "+" or coeff is None or not (coeff.is_Rational and coeff.is_positive):
        raise Decline("each absolute value added with a positive rational factor")
    inner = sp.expand(parse_latex(inner_src))
    if not isinstance(inner, sp.Expr) or not inner.free_symbols <= {_X, _Y} \
            or not inner.free_symbols:
        raise Decline("a linear expression in x and y inside each absolute value")
    poly = sp.Poly(inner, _X, _Y)
    if poly.total_degree() != 1 or not all(c.is_Rational for c in poly.coeffs()):
        raise Decline("a linear expression in x and y inside each absolute value")
    return coeff, inner


def _corners(u: sp.Basic, v: sp.Basic, k: sp.Basic) -> list[tuple[sp.Basic, sp.Basic]]:
    """The four corners, in order round the square: u = k, v = k, u = -k, v = -k."""
    out = []
    for uu, vv in ((k, 0), (0, k), (-k, 0), (0, -k)):
        sol = sp.solve([sp.Eq(u, uu), sp.Eq(v, vv)], [_X, _Y], dict=True)
        if len(sol) != 1:
            raise Decline("each corner of the region found by solving two linear equations")
        out.append((sol[0][_X], sol[0][_Y]))
    return out


__all__ = ["read_absolute_value_region"]
