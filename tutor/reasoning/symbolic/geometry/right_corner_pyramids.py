"""Typed reader: a pyramid whose edges meet at right angles at one corner, told by named
points: three edges from one point each perpendicular to the other two, or a rectangle (a
square) as the base with the apex's edge perpendicular to the base at a corner.

"Points A, B, C and T are in space so that TA, TB and TC are each perpendicular to the other
two. If TA = 3, TB = 4 and TC = 5, what is the volume of pyramid TABC?", "Edges DA, DB and DC
are mutually perpendicular ... find the distance from D to the plane ABC", "Rectangle ABCD is
the base of pyramid PABCD. AB = 6, BC = 5, PA is perpendicular to AB and to AD, and PA = 4.
What is the volume of PABCD?", "... PA ⊥ plane ABCD ... what is the length of PC?".

The points are put on axes (the right-angled corner at the origin) with unknown lengths;
every told length is an equation, solved for one positive solution. Asked: the volume, the
distance from a point to the plane of three others, the area of a triangle of three, or a
length. Every word must be read: the edge perpendicular to only one side of the base, two
of the three pairs only, or any other statement, declines. Confirmed independently: the
points are turned and moved by an exact rotation, every told length is measured again
there, volumes come from determinants (the base split in two), areas from Heron's formula,
and a distance to a plane as three times a volume over the area of the face."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

Point = tuple[sp.Expr, sp.Expr, sp.Expr]
_SEG = r"\b[a-z]{2}\b"
_VALUE = r"(?P<v>\d+(?:\.\d+)?(?:\\sqrt\{\d+\})?|\\sqrt\{\d+\}|\\frac\{\d+\}\{\d+\})"
_THREE = (rf"(?:(?:the )?(?:segments|edges|lines) )?(?P<s1>{_SEG}),? (?P<s2>{_SEG}),? "
          rf"(?:and )?(?P<s3>{_SEG})")
_MUTUAL = [re.compile(p) for p in (
    rf"{_THREE} (?:(?:are|is) )?(?:each |all )?(?:mutually|pairwise) perpendicular",
    rf"each of {_THREE} is perpendicular to the other (?:two|2)",
    rf"{_THREE} are (?:each |all )?perpendicular to (?:each other|one another|the other "
    r"(?:two|2))",
)]
_BASE = [re.compile(p) for p in (
    r"(?P<shape>rectangle|square) (?P<base>[a-z]{4})\b(?: with side(?: length)?(?: of)? "
    + _VALUE + r")?,? is the base of (?:the )?(?:a )?pyramid (?P<pyr>[a-z]{5})\b",
    r"(?:the )?pyramid (?P<pyr>[a-z]{5})\b has (?:a )?(?P<shape>rectangular|square|rectangle) "
    r"base (?P<base>[a-z]{4})\b",
)]
_PERP = [re.compile(p) for p in (
    rf"(?:edge )?(?P<e>{_SEG}) (?:is )?perpendicular to (?P<f>{_SEG}),? (?:and )?"
    rf"(?P<e2>{_SEG}) (?:is )?perpendicular to (?P<g>{_SEG})",
    rf"(?:edge )?(?P<e>{_SEG}) (?:is )?perpendicular to (?P<f>{_SEG}),? and (?:to )?"
    rf"(?P<g>{_SEG})",
    rf"(?:edge )?(?P<e>{_SEG}) (?:is )?perpendicular to (?:the )?(?:plane (?:of )?(?:the )?"
    r"(?:base )?(?P<plane>[a-z]{4})|base(?: of the pyramid)?|plane of the base)",
)]
_LENGTH = re.compile(rf"(?P<segs>{_SEG}(?: = {_SEG})*) = " + _VALUE)
_ASK = re.compile(
    r"(?:^|[,.] )(?:then )?(?:what is|find|compute|calculate|determine) (?:the )?(?:"
    r"volume of (?:the )?(?:pyramid|tetrahedron)? ?(?P<solid>[a-z]{4,5})?|"
    r"distance from (?:point )?(?P<from>[a-z]) to (?:the )?(?:plane|face) (?:of )?"
    r"(?:triangle )?(?P<plane>[a-z]{3})|area of (?:the )?(?:triangle|face) (?P<tri>[a-z]{3})|"
    rf"(?:length of )?(?:segment |edge )?(?P<seg>{_SEG}))\s*\??$")
_FILLER = frozenset({"if", "and", "the", "a", "in", "space", "points", "point", "are", "so",
                     "that", "such", "with", "given", "let", "be", "is", "of", "tetrahedron",
                     "pyramid", "where", "suppose", "we", "have", "also", "it", "known",
                     "units", "cm", "inches", "feet", "meters", "m"})
# an exact rotation (3-4-5 and 5-12-13 turns) and a shift: the confirming frame
_TURN = (sp.Matrix([[sp.Rational(3, 5), sp.Rational(4, 5), 0],
                    [-sp.Rational(4, 5), sp.Rational(3, 5), 0], [0, 0, 1]])
         * sp.Matrix([[1, 0, 0], [0, sp.Rational(5, 13), sp.Rational(12, 13)],
                      [0, -sp.Rational(12, 13), sp.Rational(5, 13)]]))


def _plain(split: Split, template: str) -> str:
    text = re.sub(r"@(\d+)@", lambda m: f" {split.maths[int(m.group(1))]} ", template)
    text = re.sub(r"\\overline\{([A-Za-z]+)\}", r"\1", text)
    text = re.sub(r"\\perp|⊥", " perpendicular to ", text).replace("$", " ")
    text = re.sub(r"\s*=\s*", " = ", text)
    return re.sub(r" (?=[,.;])", "", " ".join(text.lower().split())).rstrip(" .")


def read_right_corner_pyramid(split: Split, template: str) -> Result | None:
    if "perpendicular" not in template and "\\perp" not in "".join(split.maths) and \
            "⊥" not in template:
        return None
    text = _plain(split, template)
    if not re.search(r"\b(?:pyramid|tetrahedron|space|mutually|pairwise)\b|the other (?:two|2)",
                     text):
        return None
    ask = _ASK.search(text)
    if ask is None:
        return None
    rest = text[:ask.start()] + " "
    points, rest = _placed(rest)
    if points is None:
        return None
    lengths: list[tuple[str, sp.Expr]] = []
    for m in list(_LENGTH.finditer(rest)):
        value = parse_latex(m.group("v"))
        lengths += [(seg, value) for seg in m.group("segs").split(" = ")]
    rest = _LENGTH.sub(" ", rest)
    leftover = {w for w in set(re.findall(r"[a-z0-9]+", rest)) - _FILLER - set(points)
                if sorted(w) != sorted(points)}  # "tetrahedron abcd": the solid's name
    if leftover:
        raise Decline(f"words about the pyramid that are not read: {sorted(leftover)}")
    return _solve(points, lengths, ask)


def _placed(text: str) -> tuple[dict[str, tuple[sp.Expr, ...]] | None, str]:
    """The named points on axes, the right-angled corner at the origin; the text left."""
    a, b, c = sp.symbols("a b c", positive=True)
    for p in _MUTUAL:
        m = p.search(text)
        if m is None:
            continue
        segs = [m.group(k) for k in ("s1", "s2", "s3")]
        common = set(segs[0]) & set(segs[1]) & set(segs[2])
        ends = [s.replace(next(iter(common)), "", 1) for s in segs] if len(common) == 1 else []
        if len(set(ends)) != 3 or any(len(e) != 1 for e in ends):
            raise Decline("three edges said perpendicular that do not meet at one point")
        corner = common.pop()
        zero = sp.Integer(0)
        points = {corner: (zero, zero, zero), ends[0]: (a, zero, zero),
                  ends[1]: (zero, b, zero), ends[2]: (zero, zero, c)}
        return points, text[:m.start()] + " " + text[m.end():]
    return _base_placed(text)


def _base_placed(text: str) -> tuple[dict[str, tuple[sp.Expr, ...]] | None, str]:
    base_m = next((m for p in _BASE if (m := p.search(text))), None)
    if base_m is None:
        return None, text
    base, pyr = base_m.group("base"), base_m.group("pyr")
    apex = set(pyr) - set(base)
    if len(set(base)) != 4 or len(apex) != 1 or len(set(pyr)) != 5:
        raise Decline("a pyramid whose name is not its apex and its base")
    top = apex.pop()
    rest = text[:base_m.start()] + " " + text[base_m.end():]
    told: list[str] = []
    side = base_m.groupdict().get("v")
    if side:
        rest += f" {base[:2]} = {side}"
    corner = None
    for p in _PERP:
        for m in list(p.finditer(rest)):
            edge = m.group("e")
            if top not in edge or (m.groupdict().get("e2") or edge) != edge:
                raise Decline("an edge said perpendicular that is not the apex's")
            v = edge.replace(top, "")
            if v not in base or corner not in (None, v):
                raise Decline("perpendiculars at two corners of the base")
            corner = v
            plane = m.groupdict().get("plane")
            if plane and set(plane) != set(base):
                raise Decline("a plane that is not the base")
            told += ["plane"] if "f" not in m.groupdict() else [m.group("f"), m.group("g")]
            rest = rest[:m.start()] + " " * (m.end() - m.start()) + rest[m.end():]
    if corner is None:
        raise Decline("the apex's edge is not said perpendicular to the base")
    i = base.index(corner)
    left, right, far = base[i - 1], base[(i + 1) % 4], base[(i + 2) % 4]
    sides = {s for s in told if s != "plane"}
    if "plane" not in told and {frozenset(s) for s in sides} != {
            frozenset(corner + left), frozenset(corner + right)}:
        raise Decline("the apex's edge is said perpendicular to one side of the base only")
    x, y, h = sp.symbols("x y h", positive=True)
    wide = x if base_m.group("shape").startswith("square") else y
    zero = sp.Integer(0)
    points: dict[str, tuple[sp.Expr, ...]] = {
        corner: (zero, zero, zero), right: (x, zero, zero), left: (zero, wide, zero),
        far: (x, wide, zero), top: (zero, zero, h)}
    return points, rest


def _dist(p: Point | tuple[sp.Expr, ...], q: Point | tuple[sp.Expr, ...]) -> sp.Expr:
    return sp.sqrt(sum((u - v) ** 2 for u, v in zip(p, q, strict=True)))


def _heron(p: tuple[sp.Expr, ...], q: tuple[sp.Expr, ...], r: tuple[sp.Expr, ...]) -> sp.Expr:
    u, v, w = _dist(q, r), _dist(p, r), _dist(p, q)
    return sp.sqrt((u + v + w) * (-u + v + w) * (u - v + w) * (u + v - w)) / 4


def _six_volume(p: tuple[sp.Expr, ...], q: tuple[sp.Expr, ...], r: tuple[sp.Expr, ...],
                s: tuple[sp.Expr, ...]) -> sp.Expr:
    return abs(sp.Matrix([[q[i] - p[i] for i in range(3)], [r[i] - p[i] for i in range(3)],
                          [s[i] - p[i] for i in range(3)]]).det())


def _solve(points: dict[str, tuple[sp.Expr, ...]], lengths: list[tuple[str, sp.Expr]],
           ask: re.Match[str]) -> Result:
    base = None
    names = "".join(points)
    if not lengths:
        raise Decline("no length of the pyramid is told")
    eqs = []
    for seg, value in lengths:
        if not set(seg) <= set(points) or seg[0] == seg[1]:
            raise Decline("a length between points that are not the pyramid's")
        eqs.append(sp.Eq(_dist(points[seg[0]], points[seg[1]]) ** 2, value ** 2))
    unknowns = sorted(set().union(*(sp.Tuple(*p).free_symbols for p in points.values())),
                      key=str)
    sols = [s for s in sp.solve(eqs, unknowns, dict=True)
            if len(s) == len(unknowns) and all(v.is_positive for v in s.values())]
    if len(sols) != 1:
        raise Decline("the told lengths do not fix the pyramid")
    at = {k: tuple(sp.nsimplify(c.subs(sols[0])) for c in p) for k, p in points.items()}
    turned = {k: tuple(_TURN * sp.Matrix(p) + sp.Matrix([1, 2, 3])) for k, p in at.items()}
    for seg, value in lengths:  # each told length measured again in the turned frame
        confirm.check(sp.simplify(_dist(turned[seg[0]], turned[seg[1]]) - value) == 0,
                      f"{seg.upper()} measured on the turned points is the told length")
    base = [k for k in at if at[k][2] == 0] if len(at) == 5 else None
    if ask.group("seg"):
        seg = ask.group("seg")
        if not set(seg) <= set(at) or seg[0] == seg[1]:
            raise Decline("a length asked between points that are not the pyramid's")
        value = sp.sqrt(sp.expand(_dist(at[seg[0]], at[seg[1]]) ** 2))
        again = _dist(turned[seg[0]], turned[seg[1]])
        what = f"the length {seg.upper()}"
    elif ask.group("tri"):
        tri = ask.group("tri")
        if len(set(tri)) != 3 or not set(tri) <= set(at):
            raise Decline("a triangle asked that is not the pyramid's")
        p, q, r = (sp.Matrix(at[k]) for k in tri)
        value = (q - p).cross(r - p).norm() / 2
        again = _heron(*(turned[k] for k in tri))
        what = f"the area of triangle {tri.upper()}"
    elif ask.group("from"):
        plane, frm = ask.group("plane"), ask.group("from")
        if len(set(plane)) != 3 or not set(plane + frm) <= set(at) or frm in plane:
            raise Decline("a distance asked that is not between the pyramid's points")
        p, q, r = (sp.Matrix(at[k]) for k in plane)
        normal = (q - p).cross(r - p)
        value = abs(normal.dot(sp.Matrix(at[frm]) - p)) / normal.norm()
        tri = [turned[k] for k in plane]
        again = _six_volume(turned[frm], *tri) / 2 / _heron(*tri)
        what = f"the distance from {frm.upper()} to the plane {plane.upper()}"
    else:
        solid = ask.group("solid")
        if solid and set(solid) != set(names):
            raise Decline("the volume of another solid is asked")
        legs = [at[k] for k in at]
        if base is None:  # three perpendicular edges: a b c / 6
            value = sp.prod(_dist(legs[0], q) for q in legs[1:]) / 6
            again = _six_volume(*(turned[k] for k in at)) / 6
        else:  # a rectangle's area times the height, over 3
            corner, right, left, far, top = list(at)
            value = _dist(at[corner], at[right]) * _dist(at[corner], at[left]) * \
                _dist(at[corner], at[top]) / 3
            again = (_six_volume(turned[corner], turned[right], turned[far], turned[top]) +
                     _six_volume(turned[corner], turned[far], turned[left], turned[top])) / 6
        what = "the volume"
    value = sp.radsimp(sp.nsimplify(sp.simplify(value)))
    confirm.check(abs(sp.N(again - value, 40)) < sp.Float(10) ** -30,
                  f"{what} computed again on the turned points (determinants, Heron's "
                  "formula) is the same")
    coords = ", ".join(f"{k.upper()} = ({', '.join(latex(c) for c in p)})" for k, p in at.items())
    return value, [
        step("put the points on axes", "The edges meeting at right angles lie along the "
             "axes; the told lengths fix how far along.", f"${coords}$", ""),
        step(f"find {what}", "Measure it from the coordinates.",
             f"${latex(value)}$", "")]


__all__ = ["read_right_corner_pyramid"]
