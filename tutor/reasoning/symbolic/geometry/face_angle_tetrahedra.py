"""Typed reader: a tetrahedron told by two faces that meet at an angle along their common edge.

"In tetrahedron ABCD, edge BC has length 6. The area of face ABC is 18 and the area of face
BCD is 12. These faces meet at an angle of 30 degrees. Find the volume", "Faces PQR and QRS of
tetrahedron PQRS meet at a 45° angle; PQR has area 14, QRS area 6 and QR = 7 ...", "the
dihedral angle along edge AB is 60 degrees".

The volume is a third of face one's area times the height of the fourth point over it; that
height is the other face's height to the common edge, 2·A₂/a, times the sine of the angle
between the faces: V = 2·A₁·A₂·sin θ / (3a). Every word must be read: two faces that do not
share the told edge, a missing angle, another question, or any other statement declines.
Confirmed independently: the four points are placed (the common edge on an axis, one face in
a plane, the other turned by the angle), the two areas and the angle between the faces'
normals are measured again, and the volume is a determinant over six."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

_V = r"(?P<{}>\d+(?:\.\d+)?(?:\\sqrt\{{\d+\}})?|\\sqrt\{{\d+\}}|\\frac\{{\d+\}}\{{\d+\}})"
_F = r"(?:face |triangle )?(?P<{}>[a-z]{{3}})\b"
_UNIT = r"(?: (?:square |cubic )?(?:units?|cm|m|mm|inches|inch|in|feet|ft|meters))?"
_AREAS = [re.compile(p) for p in (
    r"(?:the )?area of " + _F.format("f") + r" is " + _V.format("a") + _UNIT,
    _F.format("f") + r" has (?:an )?area(?: of)? " + _V.format("a") + _UNIT,
    r"(?:faces |triangles )?(?P<f>[a-z]{3}) and (?P<g>[a-z]{3}) have areas(?: of)? "
    + _V.format("a") + r" and " + _V.format("b") + _UNIT,
    r"(?:and )?(?:face |triangle )?(?P<f>[a-z]{3}) area " + _V.format("a") + _UNIT,
)]
_EDGE = re.compile(r"(?:(?:the )?(?:length of )?edge |side )?(?P<e>\b[a-z]{2}\b)"
                   r"(?: = | is | has length | has a length of | of length )" + _V.format("v")
                   + _UNIT + r"(?: long)?")
_ANGLE = re.compile(
    r"(?:(?:(?:these|the|its|and the) )?(?:two )?(?:faces|planes of (?:these|the) (?:two )?"
    r"(?:faces|triangles))(?: (?P<f>[a-z]{3}) and (?P<g>[a-z]{3}))?"
    r"(?: of (?:the )?tetrahedron [a-z]{4})?|\b(?:and|they|which))(?: each other)? "
    r"(?:meet|make|form)(?: each other)?"
    r"(?: at)? (?:an angle of |a |an )?" + _V.format("t") + r" degrees?(?: angle)?|"
    r"(?:the )?(?:dihedral )?angle (?:between (?:the )?(?:two )?faces|(?:along|at) (?:edge )?"
    r"(?P<along>[a-z]{2}))(?: of (?:the )?tetrahedron [a-z]{4})? is " + _V.format("u")
    + r" degrees")
_ASK = re.compile(r"(?:^|[,.;] )(?:then )?(?:what is|find|compute|calculate|determine|whats)"
                  r" (?:the |its )?volume(?: of (?:the )?(?:tetrahedron(?: [a-z]{4})?|[a-z]{4}))?"
                  r"(?: in (?:cubic )?[a-z]+)?\s*\??$")
_FILLER = frozenset("in tetrahedron the a and is of these two faces it its has also let be "
                    "with where each other so that".split())


def _plain(split: Split, template: str) -> str:
    text = re.sub(r"@(\d+)@", lambda m: f" {split.maths[int(m.group(1))]} ", template)
    text = re.sub(r"\\(?:mbox|text|mathrm)\{\s*([^{}]*)\}", r" \1 ", text)
    text = re.sub(r"\^\s*\{?\s*\\circ\s*\}?|°|\\degree", " degrees ", text)
    text = re.sub(r"\^\s*\{?\s*[23]\s*\}?|\$|\\,|\\ ", " ", text)
    text = re.sub(r"\s*=\s*", " = ", text.replace("-degree", " degree"))
    text = re.sub(r"\bdegrees degrees?\b", "degrees", text)
    return re.sub(r" (?=[,.;:])", "", " ".join(text.lower().split())).rstrip(" .")


def read_face_angle_tetrahedron(split: Split, template: str) -> Result | None:
    if "tetrahedr" not in template.lower() or "face" not in template.lower():
        return None
    text = _plain(split, template)
    ask = _ASK.search(text)
    if ask is None or not re.search(r"\b(?:meet|make|form|dihedral|angle between)\b", text):
        return None
    rest = text[:ask.start()] + " "
    areas: dict[str, sp.Expr] = {}
    for pattern in _AREAS:
        for m in list(pattern.finditer(rest)):
            pairs = [("f", "a")] + ([("g", "b")] if "g" in m.groupdict() else [])
            for face, value in pairs:
                key = "".join(sorted(m.group(face)))
                if key in areas or len(set(key)) != 3:
                    raise Decline("a face told twice, or not a triangle")
                areas[key] = parse_latex(m.group(value))
            rest = rest.replace(m.group(0), " ; ", 1)
    angles = list(_ANGLE.finditer(rest))
    edges = list(_EDGE.finditer(_ANGLE.sub(" ; ", rest)))  # "at edge cd is 60": the angle
    if len(areas) != 2 or len(angles) != 1 or len(edges) != 1:
        raise Decline("two faces' areas, one edge and one angle between the faces told")
    angle, edge = angles[0], edges[0]
    (f, a1), (g, a2) = areas.items()
    common = set(f) & set(g)
    if len(common) != 2 or set(edge.group("e")) != common:
        raise Decline("the told edge is not the common edge of the two faces")
    named = [n for n in (angle.group("f"), angle.group("g"), angle.group("along")) if n]
    if named and {"".join(sorted(n)) for n in named} not in ({f, g}, {"".join(sorted(common))}):
        raise Decline("the angle is told between other faces")
    rest = rest.replace(angle.group(0), " ; ").replace(edge.group(0), " ; ")
    names = set(re.findall(r"\btetrahedron ([a-z]{4})\b", text))
    if any(set(n) != set(f) | set(g) for n in names):
        raise Decline("the faces are not the named tetrahedron's")
    rest = re.sub(r"\btetrahedron [a-z]{4}\b", " ", rest)
    leftover = set(re.findall(r"[a-z0-9]+", rest)) - _FILLER
    if leftover or re.search(r"[%\\]", rest):
        raise Decline(f"words about the tetrahedron that are not read: {sorted(leftover)}")
    theta = parse_latex(angle.group("t") or angle.group("u"))
    a = parse_latex(edge.group("v"))
    if not (0 < theta < 180) or not all(v.is_positive for v in (a, a1, a2)):
        raise Decline("positive measures and an angle between 0 and 180 degrees")
    return _solve(a, a1, a2, sp.nsimplify(theta), "".join(sorted(common)).upper(),
                  f.upper(), g.upper())


def _solve(a: sp.Expr, a1: sp.Expr, a2: sp.Expr, theta: sp.Expr, edge: str, f: str,
           g: str) -> Result:
    rad = theta * sp.pi / 180
    volume = sp.nsimplify(sp.radsimp(2 * a1 * a2 * sp.sin(rad) / (3 * a)))
    # placed again: the edge on the x-axis, face one in the xy-plane, face two turned by θ
    h1, h2 = 2 * a1 / a, 2 * a2 / a
    p, q = sp.Matrix([0, 0, 0]), sp.Matrix([a, 0, 0])
    r = sp.Matrix([a / 3, h1, 0])
    s = sp.Matrix([2 * a / 5, h2 * sp.cos(rad), h2 * sp.sin(rad)])
    n1, n2 = (q - p).cross(r - p), (q - p).cross(s - p)
    confirm.check(sp.simplify(n1.norm() / 2 - a1) == 0 and sp.simplify(n2.norm() / 2 - a2) == 0,
                  "the two faces' areas measured again on the placed points")
    confirm.check(sp.simplify(n1.dot(n2) / (n1.norm() * n2.norm()) - sp.cos(rad)) == 0,
                  "the angle between the faces' normals is the told angle")
    six = abs(sp.Matrix.hstack(q - p, r - p, s - p).det())
    confirm.check(sp.simplify(six / 6 - volume) == 0,
                  "the volume as a determinant over six equals 2·A₁·A₂·sin θ/(3a)")
    steps = [
        step("height of the far point", f"Face {g} has height $2A/{edge}$ to the common edge "
             f"{edge}; tilted at the angle between the faces, the fourth point stands "
             "$\\frac{2A_2}{a}\\sin\\theta$ above the plane of the other face.",
             f"$h = \\frac{{2 \\cdot {latex(a2)}}}{{{latex(a)}}} \\sin {latex(theta)}^\\circ = "
             f"{latex(sp.radsimp(h2 * sp.sin(rad)))}$"),
        step("volume of a pyramid", f"A third of the area of face {f} times that height.",
             f"$V = \\frac{{1}}{{3}} \\cdot {latex(a1)} \\cdot "
             f"{latex(sp.radsimp(h2 * sp.sin(rad)))} = {latex(volume)}$", latex(volume)),
    ]
    return volume, steps
