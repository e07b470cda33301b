"""Reading points, lines and planes out of the maths pieces of a question, without
evaluating any text.

- a line in vector form: `\\begin{pmatrix} 1 \\\\ 0 \\end{pmatrix} + t \\begin{pmatrix} 2 \\\\
  -1 \\end{pmatrix}` (with or without `\\begin{pmatrix} x \\\\ y \\end{pmatrix} =` before it);
- a line in the plane by its equation (`y = 2x - 3`, `3x + 4y = 12`), a plane in space by
  its equation (`x - 2y + z = 4`), and the coordinate planes ("the $xy$-plane");
- a line through two points (`through $(1,2,3)$ and $(0,1,5)$`, or "line $AB$" for named
  points);
- points: `(1, 2, 3)`, `A = (1, 2, 3)`, a lone column, "the origin".

Every coordinate must be a rational number, so that the readers can confirm their answers
with plain fractions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import sympy as sp

from tutor.reasoning.symbolic.algebra.matrices import matrices
from tutor.reasoning.symbolic.geometry.reading import as_point, point_name, segment_letters
from tutor.reasoning.symbolic.model import Decline, latex
from tutor.reasoning.symbolic.parsing import parse_latex

Vec = tuple[sp.Rational, ...]
X, Y, Z = sp.symbols("x y z")
_XYZ = re.compile(r"^\\begin\{[pb]matrix\}\s*x\s*\\{1,2}\s*y\s*(?:\\{1,2}\s*z\s*)?"
                  r"\\end\{[pb]matrix\}\s*=")
_NOISE = re.compile(r"\\left|\\right|\\,|\\;|\\!|\\quad|\s+")
_THROUGH = re.compile(r"(?:passing|passes|going|goes|that passes|which passes|drawn)? ?"
                      r"through (?:the points )?@(\d+)@,? and @(\d+)@")
_OVER_VECTOR = re.compile(r"(?:over|across|about|in) (?:the )?vector @(\d+)@")
_COORD_PLANE = re.compile(r"@(\d+)@ ?-plane")
_COORD_PLANES = {frozenset("xy"): (0, 0, 1), frozenset("yz"): (1, 0, 0), frozenset("xz"): (0, 1, 0)}


@dataclass(frozen=True)
class Line:
    base: Vec
    direction: Vec
    parameter: str | None = None
    columns: bool = False  # written in vector form, with columns


@dataclass(frozen=True)
class Plane:
    normal: Vec
    constant: sp.Rational  # normal . X = constant


@dataclass
class Pieces:
    points: list[Vec] = field(default_factory=list)
    columns: list[bool] = field(default_factory=list)  # each point written as a column
    lines: list[Line] = field(default_factory=list)
    planes: list[Plane] = field(default_factory=list)
    angle_asked: bool = False  # "\cos \theta" asked of a named angle
    form: str | None = None  # "y = mx + b" asked as an equation or as the pair (m, b)

    def in_columns(self) -> bool:
        """Answer with a column: every point and line is written with columns."""
        return all(self.columns) and all(ln.columns for ln in self.lines) and bool(
            self.columns or self.lines)


def signed(v: sp.Expr) -> str:
    """LaTeX of a number with its minus sign against it ("-\\frac{1}{2}"), as answers are
    usually written."""
    return re.sub(r"^- ", "-", latex(v))


def _column(src: str) -> Vec | None:
    """A lone column of rational numbers, else None."""
    if src.count("matrix}") != 2:
        return None
    found, rest = matrices(src.strip().rstrip(".,"))
    if len(found) != 1 or rest != "M" or found[0][1].cols != 1:
        return None
    return tuple(found[0][1])


def vector_line(src: str) -> Line | None:
    """`A + t d` written with columns (after an optional `(x, y, z) =` column), else None."""
    if src.count("matrix}") < 4:
        return None
    src = _XYZ.sub("", src.strip().rstrip(".,"), count=1)
    found, rest = matrices(src)
    shape = _NOISE.sub("", rest)
    m = re.fullmatch(r"M([+-])([a-z])(?:\\cdot)?M|M([+-])M([a-z])", shape)
    if m is None or len(found) != 2 or any(f.cols != 1 for _k, f in found):
        return None
    base, direction = tuple(found[0][1]), tuple(found[1][1])
    if (m.group(1) or m.group(3)) == "-":
        direction = tuple(-c for c in direction)
    if len(base) != len(direction) or len(base) not in (2, 3) or not any(direction):
        raise Decline("a line needs a base point and a nonzero direction of one size")
    return Line(base, direction, m.group(2) or m.group(4), True)


_TUPLE = re.compile(r"\s*\(\s*x\s*,\s*y\s*(?:,\s*z\s*)?\)\s*=\s*\((.+)\)\s*[.,]?\s*", re.S)


def tuple_line(src: str) -> Line | None:
    """`(x, y) = (2t + 1, 3 - t)`: a line with parameter t, else None."""
    m = _TUPLE.fullmatch(src.replace("\\left", "").replace("\\right", ""))
    if m is None:
        return None
    parts = [parse_latex(p) for p in m.group(1).split(",")]
    names = set().union(*(p.free_symbols for p in parts if isinstance(p, sp.Expr)))
    if len(parts) not in (2, 3) or len(names) != 1 or not all(
            isinstance(p, sp.Expr) and p.is_polynomial() for p in parts):
        return None
    t = names.pop()
    polys = [sp.Poly(p, t) for p in parts]
    if any(q.degree() > 1 for q in polys) or not all(
            c.is_Rational for q in polys for c in q.all_coeffs()):
        return None
    base = tuple(q.eval(0) for q in polys)
    direction = tuple(q.eval(1) - q.eval(0) for q in polys)
    if not any(direction):
        return None
    return Line(base, direction, str(t))


def _equation(src: str, plane: bool) -> Line | Plane | None:
    if "=" not in src or "matrix" in src:
        return None
    try:
        eq = parse_latex(src)
    except Decline:
        return None
    if not isinstance(eq, sp.Equality) or not eq.free_symbols <= {X, Y, Z}:
        return None
    f = sp.Poly(sp.expand(eq.lhs - eq.rhs), X, Y, Z)
    if f.total_degree() != 1:
        return None
    a, b, c = (f.coeff_monomial(v) for v in (X, Y, Z))
    d = -f.coeff_monomial(1)
    if not all(v.is_Rational for v in (a, b, c, d)):
        raise Decline("coefficients that are rational numbers")
    if Z in eq.free_symbols or plane:
        return Plane((a, b, c), d)
    if b != 0:  # a x + b y = d: through (0, d / b), along (b, -a)
        return Line((sp.Integer(0), d / b), (b, -a))
    return Line((d / a, sp.Integer(0)), (sp.Integer(0), sp.Integer(1)))


_DOT_FORM = re.compile(r"^(\\begin\{pmatrix\}.*?\\end\{pmatrix\})\s*\\cdot\s*\(\s*(\\begin"
                       r"\{pmatrix\}.*?\\end\{pmatrix\})\s*-\s*(\\begin\{pmatrix\}.*?"
                       r"\\end\{pmatrix\})\s*\)\s*=\s*0$", re.S)


def _normal_form(src: str) -> Line | Plane | None:
    """`n . ((x, y) - p) = 0` in columns: the line (or plane) through p normal to n."""
    m = _DOT_FORM.match(re.sub(r"\\left|\\right", "", src.strip().rstrip(".,")))
    if m is None or not _XYZ.fullmatch(m.group(2) + " ="):
        return None
    n, p = _column(m.group(1)), _column(m.group(3))
    size = 3 if "z" in m.group(2) else 2
    if n is None or p is None or not len(n) == len(p) == size or not any(n):
        return None
    d = sum((a * b for a, b in zip(n, p, strict=True)), sp.Integer(0))
    if len(n) == 3:
        return Plane((n[0], n[1], n[2]), d)
    a, b = n
    if b != 0:  # a x + b y = d: through (0, d / b), along (b, -a)
        return Line((sp.Integer(0), d / b), (b, -a))
    return Line((d / a, sp.Integer(0)), (sp.Integer(0), sp.Integer(1)))


def read_pieces(maths: list[str], template: str) -> Pieces:
    """Every piece the template names, read as a point, line or plane; else Decline."""
    got = Pieces()
    named: dict[str, Vec] = {}
    used: set[int] = set()
    for m in _THROUGH.finditer(template):
        a, b = (as_point(maths[int(g)]) for g in m.groups())
        if a is None or b is None:
            continue
        _add_line(got, a, b)
        used |= {int(g) for g in m.groups()}
    for m in _COORD_PLANE.finditer(template):
        letters = frozenset(maths[int(m.group(1))].strip())
        if letters not in _COORD_PLANES:
            raise Decline("a coordinate plane")
        got.planes.append(Plane(tuple(sp.Integer(v) for v in _COORD_PLANES[letters]),
                                sp.Integer(0)))
        used.add(int(m.group(1)))
    for m in _OVER_VECTOR.finditer(template):  # the line through 0 along the vector
        col = _column(maths[int(m.group(1))])
        if col is None or not any(col):
            raise Decline("a nonzero vector to reflect over")
        got.lines.append(Line(tuple(sp.Integer(0) for _ in col), col, None, True))
        used.add(int(m.group(1)))
    params = {ln.parameter for ln in got.lines}
    pending_labels: list[str] = []
    for i in dict.fromkeys(int(g) for g in re.findall(r"@(\d+)@", template)):
        if i in used:
            continue
        src = maths[i]
        p = as_point(src)
        if p is not None:
            if not all(c.is_Rational for c in p):
                raise Decline("coordinates that are rational numbers")
            name = point_name(src)
            if name:
                named[name] = p
            got.points.append(p)
            got.columns.append(False)
            continue
        col = _column(src)
        if col is not None:
            got.points.append(col)
            got.columns.append(True)
            continue
        line = _normal_form(src) or vector_line(src) or tuple_line(src)
        if isinstance(line, Plane):
            got.planes.append(line)
            continue
        if line is not None:
            got.lines.append(line)
            params.add(line.parameter)
            continue
        obj = _equation(src, _noun_before(template, i) == "plane")
        if isinstance(obj, Line):
            got.lines.append(obj)
            continue
        if isinstance(obj, Plane):
            got.planes.append(obj)
            continue
        bare = src.strip()
        if re.fullmatch(r"y\s*=\s*mx\s*\+\s*b", bare) or re.fullmatch(
                r"\(\s*m\s*,\s*b\s*\)", bare):
            got.form = "pair" if bare.startswith("(") else "equation"
            continue
        if re.fullmatch(r"\\(?:theta|alpha|phi|varphi)", bare):
            continue
        if re.fullmatch(r"\\cos\s*\\(?:theta|alpha|phi|varphi)", bare):
            got.angle_asked = True
            continue
        if segment_letters(bare) or re.fullmatch(r"[A-Z]", bare):
            pending_labels.append(bare)
            continue
        if re.fullmatch(r"[a-z]", bare) and bare in params:
            continue
        raise Decline("a piece of maths that is not a point, line or plane")
    _named_lines(got, named, pending_labels)
    return got


def _noun_before(template: str, i: int) -> str | None:
    """"plane" or "line": the nearest of these nouns before piece i in its sentence."""
    before = re.split(r"[.?!] ", template[:template.index(f"@{i}@")])[-1]
    nouns = re.findall(r"\b(plane|line)s?\b", before)
    return nouns[-1] if nouns else None


def _add_line(got: Pieces, a: Vec, b: Vec) -> None:
    if len(a) != len(b) or a == b:
        raise Decline("a line through two different points")
    got.lines.append(Line(a, tuple(q - p for p, q in zip(a, b, strict=True))))


def _named_lines(got: Pieces, named: dict[str, Vec], labels: list[str]) -> None:
    """"line AB" for named points: the two points make the line; "C" names a point."""
    for label in labels:
        letters = segment_letters(label)
        if letters is None:
            if label not in named:
                raise Decline("a point named but not given")
            continue
        if not all(ch in named for ch in letters):
            raise Decline("a line through points that are not given")
        a, b = named[letters[0]], named[letters[1]]
        _add_line(got, a, b)
        for p in (a, b):
            if p in got.points:
                k = got.points.index(p)
                del got.points[k], got.columns[k]


__all__ = ["Line", "Pieces", "Plane", "Vec", "read_pieces", "signed", "tuple_line", "vector_line"]
