"""Typed reader: the equation of a plane told by a point and how it lies to a plane or line.

"Find the equation of the plane through $(1,4,-2)$ parallel to the plane $-2x + y - 3z = 7$",
"the plane passing through $(-1,1,1)$ and $(1,-1,1)$ and perpendicular to the plane
$x + 2y + 3z = 5$", "the plane containing the point $(0,7,-7)$ and the line
$\\frac{x + 1}{-3} = \\frac{y - 3}{2} = \\frac{z + 2}{1}$", "the plane through $(2,0,1)$
perpendicular to the line $\\begin{pmatrix} 1 \\\\ 0 \\\\ 0 \\end{pmatrix} + t \\begin{pmatrix}
1 \\\\ 2 \\\\ 3 \\end{pmatrix}$", "the foot of the perpendicular from the origin to a plane is
$(12,-4,3)$", "the plane through $(1,1,1)$ perpendicular to the planes $x + y = 1$ and
$y - z = 2$"; answered in the form Ax + By + Cz + D = 0 (integers, A > 0, gcd 1) when the
problem asks for it, as planes.py does.

The normal vector comes from the told plane or line (a cross product when two directions lie
in the plane). Confirmed with plain fractions on the answer's own coefficients: every point
told lies on it, and it is parallel or perpendicular to what the words say (cross product 0
or dot product 0), checked condition by condition.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.planes import (
    _form_text,
    _integer_form,
    without_plane_form,
)
from tutor.reasoning.symbolic.geometry.reading import COMMON
from tutor.reasoning.symbolic.geometry.vector_line_pieces import Pieces, Vec, read_pieces
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

VOCAB = COMMON | frozenset(
    "plane passes passing through point points containing contains contain equation "
    "parallel perpendicular line foot from origin which and that also goes going planes "
    "both normal vector with has having".split())
# "through the origin": the origin is a point of the plane
_ORIGIN = re.compile(r"\b(?:through|containing|contains) (?:the point )?the origin\b")
X, Y, Z = sp.symbols("x y z")
# "through (1, 2, 3) with normal vector (2, -1, 4)", "with normal vector n through P"
_TOLD_NORMAL = re.compile(
    r"(?:through|containing) (?:the point )?@(?P<p>\d+)@,? (?:and )?(?:with|that has|which has|"
    r"having) (?:a |the )?normal vector @(?P<n>\d+)@$|(?:with|that has|which has|having) (?:a |"
    r"the )?normal vector @(?P<n2>\d+)@,? (?:and )?(?:passing |that passes |which passes |going )?"
    r"through (?:the point )?@(?P<p2>\d+)@$")
Condition = tuple[str, Vec]  # ("on", point), ("parallel", normal) or ("perpendicular", vector)


def _symmetric(src: str) -> str | None:
    """A line in symmetric form, "\\frac{x - 1}{2} = \\frac{y}{3} = z + 1", rewritten in
    vector form for `read_pieces`; None for anything else."""
    parts = src.split("=")
    if len(parts) != 3:
        return None
    base, direction = [], []
    for part, v in zip(parts, (X, Y, Z), strict=True):
        e = parse_latex(part)
        if not isinstance(e, sp.Expr) or e.free_symbols != {v}:
            return None
        e = sp.expand(e)
        k, c = e.coeff(v, 1), e - e.coeff(v, 1) * v
        if not (k.is_Rational and c.is_Rational) or k == 0 or sp.expand(e - k * v - c) != 0:
            return None
        base.append(-c / k)
        direction.append(1 / k)
    column = "\\begin{{pmatrix}} {} \\end{{pmatrix}}"
    return (column.format(" \\\\ ".join(latex(b) for b in base)) + " + t "
            + column.format(" \\\\ ".join(latex(d) for d in direction)))


def symmetric_lines(maths: list[str]) -> list[str]:
    """The pieces with each line in symmetric form rewritten in vector form."""
    return [(_symmetric(m) if m.count("=") == 2 else None) or m for m in maths]


def _cross(u: Vec, v: Vec) -> Vec:
    return (u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0])


def _minus(u: Vec, v: Vec) -> Vec:
    return tuple(a - b for a, b in zip(u, v, strict=True))


def _normal(got: Pieces, w: set[str], template: str) -> tuple[Vec, Vec, list[Condition], str]:
    """(normal, a point on the plane, the conditions to confirm, how the normal was found)."""
    pts, lines, planes = got.points, got.lines, got.planes
    told = _TOLD_NORMAL.search(template.strip().rstrip(" .?"))
    if "normal" in w and told is not None and len(pts) == 2 and not lines and not planes:
        slots = sorted(int(told.group(g) or told.group(g + "2")) for g in ("p", "n"))
        p = pts[slots.index(int(told.group("p") or told.group("p2")))]
        n = pts[slots.index(int(told.group("n") or told.group("n2")))]
        return n, p, [("on", p), ("parallel", n)], "the normal vector told"
    if "foot" in w:
        if not re.search(r"foot of the perpendicular from the origin to (?:a|the) plane is "
                         r"@\d+@", template) or len(pts) != 1 or lines or planes:
            raise Decline("the foot of the perpendicular from the origin")
        p = pts[0]
        return p, p, [("on", p), ("parallel", p)], "the vector from the origin to the foot"
    if "parallel" in w and "perpendicular" not in w and len(planes) == 1 and len(pts) == 1 \
            and not lines:
        n = planes[0].normal
        return n, pts[0], [("on", pts[0]), ("parallel", n)], "the parallel plane's normal"
    if "perpendicular" in w and "parallel" not in w and len(planes) == 1 and len(lines) == 1 \
            and not pts:
        d, n = lines[0].direction, planes[0].normal
        return _cross(d, n), lines[0].base, [
            ("on", lines[0].base), ("on", tuple(a + b for a, b in zip(
                lines[0].base, d, strict=True))), ("perpendicular", n)], \
            "the cross product of the line's direction and the other plane's normal"
    if "perpendicular" in w and "parallel" not in w and len(planes) == 2 and len(pts) == 1 \
            and not lines and re.search(r"perpendicular to (?:both )?(?:the )?planes", template):
        n1, n2 = planes[0].normal, planes[1].normal
        return _cross(n1, n2), pts[0], [("on", pts[0]), ("perpendicular", n1),
                                        ("perpendicular", n2)], \
            "the cross product of the two planes' normals"
    if len(lines) == 1 and len(pts) == 1 and not planes:
        d, base = lines[0].direction, lines[0].base
        if "perpendicular" in w and "parallel" not in w and re.search(
                r"perpendicular to the line", template):
            return d, pts[0], [("on", pts[0]), ("parallel", d)], "the line's direction"
        if w & {"parallel", "perpendicular"} or not w & {"containing", "contains", "contain"}:
            raise Decline("how the plane lies to the line is not clear")
        return _cross(d, _minus(pts[0], base)), base, [
            ("on", pts[0]), ("on", base), ("on", tuple(a + b for a, b in zip(base, d,
                                                                           strict=True)))], \
            "the cross product of the line's direction and a vector from the line to the point"
    raise Decline("a plane told by a point and one plane or line")


def _holds(coeffs: tuple[int, ...], cond: Condition) -> bool:
    n = [Fraction(c) for c in coeffs[:3]]
    v = [Fraction(int(sp.Rational(c).p), int(sp.Rational(c).q)) for c in cond[1]]
    if cond[0] == "on":
        return sum(a * b for a, b in zip(n, v, strict=True)) + coeffs[3] == 0
    if cond[0] == "perpendicular":
        return sum(a * b for a, b in zip(n, v, strict=True)) == 0
    return any(v) and all(n[i] * v[j] == n[j] * v[i] for i in range(3) for j in range(3))


def read_plane_conditions(split: Split, template: str) -> Result | None:
    w = words(template)
    if "plane" not in w or "equation" not in w or not w & {"parallel", "perpendicular", "line",
                                                             "foot", "normal"}:
        return None
    template = without_plane_form(split, template)
    if not words_within(template, VOCAB) or not re.search(
            r"(?:find|what is|determine|give) (?:the|an) equation of the plane", template):
        return None
    got = read_pieces(symmetric_lines(split.maths), template)
    if _ORIGIN.search(template) and "foot" not in w:
        got.points.insert(0, (sp.S.Zero, sp.S.Zero, sp.S.Zero))
        got.columns.insert(0, False)
    if any(len(p) != 3 for p in got.points) or any(len(ln.base) != 3 for ln in got.lines):
        raise Decline("points and lines in space")
    n, on, conditions, how = _normal(got, w, template)
    if not any(n):
        raise Decline("the conditions do not fix one plane")
    d = -sum(a * b for a, b in zip(n, on, strict=True))
    coeffs = _integer_form(n, sp.Rational(d))
    confirm.check(all(_holds(coeffs, c) for c in conditions),
                  "every told point lies on the plane and it is parallel or perpendicular as "
                  "told (plain fractions)")
    text = _form_text(coeffs)
    claim = f"\\vec n = ({', '.join(latex(c) for c in n)})"
    return text, [
        step("find a normal vector", f"Take {how}.", f"${claim}$", ""),
        step("write the plane", "Put a point of the plane into $n \\cdot (X - P) = 0$ and clear "
             "the fractions.", f"${text}$", text)]


__all__ = ["VOCAB", "read_plane_conditions", "symmetric_lines"]
