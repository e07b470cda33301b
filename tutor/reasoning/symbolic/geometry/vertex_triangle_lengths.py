"""Typed reader: a triangle given by the coordinates of its vertices, and a length inside it
asked (a median, an altitude, an angle bisector, the radius of its inscribed or
circumscribed circle). "A triangle has vertices $A(0,0)$, $B(8,0)$ and $C(2,6)$. What is the
length of the median from $C$?", "The vertices of a triangle are $(0,0)$, $(6,0)$ and
$(3,4)$. What is the length of the altitude from $(3,4)$?".

Two known steps chained: the distance formula gives the three sides, and the question is
then read as one about a triangle told by its sides (`triangle_measures`, which confirms its
answer by measuring a triangle rebuilt from those sides). Vertices without names are called
A, B, C, and a vertex asked by its coordinates is named by its letter. Confirmed once more
here: a median or altitude from a vertex is measured on the given coordinates themselves
(50 digits).
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import as_point, point_name, points_in
from tutor.reasoning.symbolic.geometry.triangle_measures import read_triangle_measure
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_LIST = r"(?P<pts>@\d+@(?:,? (?:and )?@\d+@){0,2})"
_TOLD = [
    rf"^(?:a|the) triangle(?: @(?P<name>\d+)@)? has (?:its )?vertices(?: at)? {_LIST}\.",
    rf"^triangle @(?P<name>\d+)@ has (?:its )?vertices(?: at)? {_LIST}\.",
    rf"^the vertices of (?:(?:a|the) )?triangle(?: @(?P<name>\d+)@)? are(?: at)? {_LIST}\.",
    rf"^in (?:the )?triangle(?: @(?P<name>\d+)@)? with (?:vertices(?: at)? )?{_LIST},",
]
# the question first: "find the altitude from $C$ in the triangle with vertices ..."
_TRAILING = re.compile(rf"^(?P<q>(?:what is|find|compute|how long is) [^.?]+?),? (?:in|of) "
                       rf"(?:the |a )?triangle(?: @(?P<name>\d+)@)? (?:with|whose) (?:vertices"
                       rf"(?: at| are)? )?{_LIST} ?[.?]$")
_ASKED = re.compile(r"\b(?:medians?|altitudes?|heights?|bisectors?|inscribed|circumscribed|"
                    r"incircle|circumcircle|inradius|circumradius)\b|(?:the length of (?:side |"
                    r"segment )?|\bfind |how long is (?:side |segment )?)@\d+@")


def _vertices(split: Split, m: re.Match[str]) -> dict[str, tuple[sp.Expr, sp.Expr]]:
    pieces = [int(i) for i in re.findall(r"@(\d+)@", m.group("pts"))]
    pts: list[tuple[str | None, tuple]] = []
    for i in pieces:
        p = as_point(split.maths[i])
        listed = [p] if p is not None else points_in(split.maths[i]) or []
        if not listed:
            raise Decline("three vertices with coordinates")
        pts += [(point_name(split.maths[i]) if p is not None else None, q) for q in listed]
    if len(pts) != 3 or any(len(q) != 2 or not all(c.is_Rational for c in q) for _, q in pts):
        raise Decline("three vertices in the plane with rational coordinates")
    names = [n for n, _ in pts]
    if any(names) and (None in names or len(set(names)) != 3):
        raise Decline("every vertex named, or none")
    letters = [n for n in names if n] or ["A", "B", "C"]
    if m.group("name") is not None and set(split.maths[int(m.group("name"))].strip()) != set(
            letters):
        raise Decline("the triangle's name and its vertices' names differ")
    (ax, ay), (bx, by), (cx, cy) = (q for _, q in pts)
    if (bx - ax) * (cy - ay) - (cx - ax) * (by - ay) == 0:
        raise Decline("three points on one line make no triangle")
    return {v: (sp.Rational(q[0]), sp.Rational(q[1])) for v, (_, q) in zip(letters, pts,
                                                                         strict=True)}


def read_vertex_triangle_length(split: Split, template: str) -> Result | None:
    if not re.search(r"\bvertices|\btriangle @\d+@ with\b", template) or "triangle" not in \
            template or not _ASKED.search(template):
        return None
    text = re.sub(r"\s+", " ", template.strip()).lower()
    told = next((m for p in _TOLD if (m := re.match(p, text))), None)
    if told is not None:
        question = text[told.end():].strip()
    elif (told := _TRAILING.match(text)) is not None:
        question = told.group("q") + "?"
    else:
        return None
    verts = _vertices(split, told)
    maths: list[str] = ["".join(verts)]
    sides = {v: sp.sqrt(sum((a - b) ** 2 for a, b in zip(*(verts[u] for u in verts if u != v),
                                                        strict=True))) for v in verts}
    parts = []
    for v in verts:
        p, q = (u for u in verts if u != v)
        maths.append(f"{p}{q} = {latex(sides[v])}")
        parts.append(f"@{len(maths) - 1}@")

    def piece(m: re.Match[str]) -> str:
        src = split.maths[int(m.group(1))]
        p = as_point(src)
        if p is not None:  # a vertex asked by its coordinates
            named = [v for v, q in verts.items() if tuple(q) == tuple(p)]
            if len(named) != 1:
                raise Decline("a point that is not a vertex of the triangle")
            src = named[0]
        maths.append(src)
        return f"@{len(maths) - 1}@"

    side = re.fullmatch(r"(?:what is |find )(?:the length of )?(?:side |segment )?@(\d+)@ ?[?.]?"
                        r"(?: express your answer in simplest radical form\.?)?", question)
    if side and (pair := split.maths[int(side.group(1))].strip()) and len(pair) == 2 and \
            set(pair) < set(verts) and pair[0] != pair[1]:
        return _side_asked(verts, pair)
    question = re.sub(r"@(\d+)@", piece, question)
    chained = f"in triangle @0@, {parts[0]}, {parts[1]} and {parts[2]}. {question}"
    got = read_triangle_measure(Split(chained, maths), chained)
    if got is None:
        return None
    value, steps = got
    _confirm_on_points(question, maths, verts, value)
    claims = [f"{p}{q} = \\sqrt{{({latex(verts[p][0])} - {latex(verts[q][0])})^2 + "
              f"({latex(verts[p][1])} - {latex(verts[q][1])})^2}} = {latex(sides[v])}"
              for v in verts for p, q in [tuple(u for u in verts if u != v)]]
    return value, [step("the sides from the vertices", "Use the distance formula for each "
                        "side.", "; ".join(f"${c}$" for c in claims), claims[0]), *steps]


def _side_asked(verts: dict, pair: str) -> Result:
    """A side of the triangle asked: the distance formula, confirmed at 50 digits."""
    (px, py), (qx, qy) = verts[pair[0]], verts[pair[1]]
    value = sp.sqrt((px - qx) ** 2 + (py - qy) ** 2)
    with mpmath.workdps(50):
        got = mpmath.hypot(mpmath.mpf(str(px - qx)), mpmath.mpf(str(py - qy)))
        confirm.check(abs(got - mpmath.mpmathify(str(sp.N(value, 60)))) < mpmath.mpf(10) ** -30,
                      "the distance measured in floating point agrees")
    claim = (f"{pair} = \\sqrt{{({latex(px)} - {latex(qx)})^2 + ({latex(py)} - {latex(qy)})^2}}"
             f" = {latex(value)}")
    return value, [step("the distance formula", "A side is the distance between its two "
                        "vertices.", f"${claim}$", claim)]


def _confirm_on_points(question: str, maths: list[str], verts: dict, value: sp.Basic) -> None:
    """Measure the asked length on the given coordinates where it is a median or an altitude
    from a named vertex; other kinds rest on `triangle_measures`' own check."""
    with mpmath.workdps(50):
        pts = {v: (mpmath.mpf(int(x.p)) / int(x.q), mpmath.mpf(int(y.p)) / int(y.q))
               for v, (x, y) in verts.items()}
        vertex = re.search(r"\b(median|altitude|height) (?:drawn )?from (?:vertex )?@(\d+)@",
                           question)
        if vertex and maths[int(vertex.group(2))].strip() in pts:
            v = maths[int(vertex.group(2))].strip()
            (px, py), (qx, qy) = (pts[u] for u in pts if u != v)
            x, y = pts[v]
            if vertex.group(1) == "median":
                got = mpmath.hypot(x - (px + qx) / 2, y - (py + qy) / 2)
            else:
                got = abs((qx - px) * (y - py) - (qy - py) * (x - px)) / mpmath.hypot(
                    qx - px, qy - py)
            confirm.check(abs(got - mpmath.mpmathify(str(sp.N(value, 60)))) < mpmath.mpf(
                10) ** -30, f"the {vertex.group(1)} measured on the given vertices agrees")


__all__ = ["read_vertex_triangle_length"]
