"""Typed reader: the angle at a triangle's orthocentre, incentre or circumcentre between two of
its vertices, from the triangle's angles.

"In triangle $ABC$, altitudes $AD$, $BE$ and $CF$ meet at $H$. If $\\angle BAC = 50^\\circ$, what
is $\\angle BHC$?", "The angle bisectors of triangle PQR meet at I; angle Q = 70 degrees and
angle R = 40 degrees. Find angle QIR.", "$O$ is the circumcenter of acute triangle $XYZ$ ...".
Two of the triangle's angles fix the third; one alone is enough only when the angle asked
does not depend on the others. The angle is measured on the triangle itself: placed with
coordinates from its angles, the centre found as the meeting point of two of its altitudes
(angle bisectors, perpendicular bisectors), and the angle at it measured with atan2 at 30
digits. When the others are not told, triangles with several other angles are drawn (acute
ones only when the text says "acute") and must all agree, or the problem declines. The
answer is the exact value that measure rounds to (whole degrees or halves), confirmed by the
textbook rule (180 - A at the orthocentre of an acute triangle, 90 + A/2 at the incentre,
2A at the circumcentre) where it applies, and by a second triangle of the same angles and
another size."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_LINES = {"altitudes": "orthocenter", "angle bisectors": "incenter",
          "perpendicular bisectors": "circumcenter"}
_NAMES = {"orthocenter": "orthocenter", "orthocentre": "orthocenter", "incenter": "incenter",
          "incentre": "incenter", "circumcenter": "circumcenter", "circumcentre": "circumcenter"}
_P = r"@(\d+)@"
_LINE = r"(?:@\d+@|[a-z]{2})"  # "AD" typeset or typed ("ad" in the template)
_MEET = re.compile(r"\b(?:the )?(altitudes|angle bisectors|perpendicular bisectors)(?: " + _LINE +
                   r"(?:,? (?:and )?" + _LINE + r")*)?(?: of (?:the )?(acute )?(?:triangle )?" +
                   _P + r")? (?:meet|intersect|are concurrent|concur) at (?:the )?(?:point )?(?:"
                   r"(?:orthocenter|incenter|circumcenter) )?(?:" + _P + r"|([a-z])\b)")
_IS = re.compile(_P + r" is the (orthocenter|orthocentre|incenter|incentre|circumcenter|"
                 r"circumcentre) of (?:the )?(acute )?(?:triangle )?" + _P)
_ASK = re.compile(r"\b(?:what is|find|compute|determine) (?:the )?(?:degree )?(?:measure of )?" +
                  _P + r"(?:,? in degrees)?\s*[?.]?\s*$")
_ANGLE = re.compile(r"\s*\\angle\s*([A-Z]{1,3})\s*(?:=\s*(\d+(?:\.\d+)?)\s*\^\s*\{?\s*\\circ\s*"
                    r"\}?)?\s*")
_GLUE = FILLER | frozenset("in and of triangle degrees acute if where with".split())


def _triangle_name(src: str) -> str | None:
    m = re.fullmatch(r"\s*(?:\\triangle\s*)?([A-Z]{3})\s*", src)
    return m.group(1) if m and len(set(m.group(1))) == 3 else None


def read_centre_angle(split: Split, template: str) -> Result | None:
    if not re.search(r"altitudes|bisectors|orthocent|incent|circumcent", template):
        return None
    meets, named = list(_MEET.finditer(template)), list(_IS.finditer(template))
    ask = _ASK.search(template)
    if len(meets) + len(named) != 1 or ask is None:
        return None
    told = (meets or named)[0]
    if meets:
        kind = _LINES[told.group(1)]
        centre = split.maths[int(told.group(4))].strip() if told.group(4) else \
            told.group(5).upper()  # "meet at I": the letter typed as a word
    else:
        kind, centre = _NAMES[told.group(2)], split.maths[int(told.group(1))].strip()
    acute = "acute" in template
    names = [n for k in re.findall(r"@(\d+)@", template) if (n := _triangle_name(
        split.maths[int(k)]))]
    if len(set(names)) != 1 or not re.fullmatch(r"[A-Z]", centre) or centre in names[0]:
        return None
    tri = names[0]
    angles: dict[str, sp.Rational] = {}
    rest = template.replace(told.group(0), " ; ").replace(ask.group(0), " ; ")
    for k in re.findall(r"@(\d+)@", rest):
        src = split.maths[int(k)]
        if _triangle_name(src) == tri:
            continue
        m = _ANGLE.fullmatch(src)
        if m is None or m.group(2) is None:
            if re.fullmatch(r"\s*[A-Z]{2}\s*", src) and meets:
                continue  # "altitudes AD, BE": the lines' names
            return None
        vertex = _vertex(m.group(1), tri)
        if vertex is None or vertex in angles:
            raise Decline("each angle of the triangle told once")
        angles[vertex] = sp.nsimplify(m.group(2))
    if words(re.sub(r"@\d+@", " ", rest)) - _GLUE - {"altitudes", "angle", "bisectors"}:
        return None
    q = _ANGLE.fullmatch(split.maths[int(ask.group(1))])
    if q is None or q.group(2) or len(q.group(1)) != 3 or q.group(1)[1] != centre or \
            not set(q.group(1)[::2]) <= set(tri) or q.group(1)[0] == q.group(1)[2]:
        raise Decline("the angle asked is at the centre, between two vertices")
    if not angles or sum(angles.values()) >= 180 or any(v <= 0 for v in angles.values()):
        raise Decline("angles of a triangle")
    x, y = q.group(1)[0], q.group(1)[2]
    value = _measured(kind, tri, angles, x, y, acute)
    _confirm(kind, tri, angles, x, y, value)
    said = ", ".join(f"\\angle {v} = {a}^\\circ" for v, a in angles.items())
    claim = f"\\angle {q.group(1)} = {value}^\\circ"
    return value, [
        step("the triangle's angles", f"The triangle has ${said}$"
             + (" (the third angle is 180 degrees less the other two)." if len(angles) == 2 else
                "."), f"${said}$"),
        step(f"the angle at the {kind}", f"The {kind} {centre} is where the "
             f"{_WHERE[kind]} meet; measured on the triangle, the angle between {x} and {y} "
             f"seen from {centre} is:", f"${claim}$", claim)]


_WHERE = {"orthocenter": "altitudes", "incenter": "angle bisectors",
          "circumcenter": "perpendicular bisectors"}


def _vertex(name: str, tri: str) -> str | None:
    """"A" or "BAC" (the vertex in the middle) -> the triangle's vertex."""
    if len(name) == 1:
        return name if name in tri else None
    if len(name) == 3 and set(name) == set(tri):
        return name[1]
    return None


def _corners(tri: str, angles: dict[str, mpmath.mpf], size: mpmath.mpf) -> dict[str, tuple]:
    """The triangle with these angles, first side along the x-axis."""
    a, b, c = tri[0], tri[1], tri[2]
    pa, pb = (mpmath.mpf(0), mpmath.mpf(0)), (size, mpmath.mpf(0))
    ta, tb = mpmath.radians(angles[a]), mpmath.radians(angles[b])
    # C on the ray from A at angle ta, and on the ray from B at angle pi - tb
    t = size * mpmath.sin(tb) / mpmath.sin(ta + tb)
    return {a: pa, b: pb, c: (t * mpmath.cos(ta), t * mpmath.sin(ta))}


def _centre(kind: str, tri: str, p: dict[str, tuple]) -> tuple:
    a, b, c = (mpmath.matrix(list(p[v])) for v in tri)
    if kind == "incenter":
        la, lb, lc = mpmath.norm(b - c), mpmath.norm(c - a), mpmath.norm(a - b)
        w = (la * a + lb * b + lc * c) / (la + lb + lc)
        return (w[0], w[1])
    # orthocentre: (P - A).(B - C) = 0 and (P - B).(C - A) = 0; circumcentre: equal distances
    if kind == "orthocenter":
        rows = [[(b - c)[0], (b - c)[1]], [(c - a)[0], (c - a)[1]]]
        rhs = [(a.T * (b - c))[0], (b.T * (c - a))[0]]
    else:
        rows = [[2 * (b - a)[0], 2 * (b - a)[1]], [2 * (c - a)[0], 2 * (c - a)[1]]]
        rhs = [mpmath.norm(b) ** 2 - mpmath.norm(a) ** 2, mpmath.norm(c) ** 2 - mpmath.norm(a) ** 2]
    s = mpmath.lu_solve(mpmath.matrix(rows), mpmath.matrix(rhs))
    return (s[0], s[1])


def _angle_at(kind: str, tri: str, angles: dict, x: str, y: str, size: mpmath.mpf) -> mpmath.mpf:
    p = _corners(tri, angles, size)
    h = _centre(kind, tri, p)
    u = (p[x][0] - h[0], p[x][1] - h[1])
    v = (p[y][0] - h[0], p[y][1] - h[1])
    turn = abs(mpmath.atan2(u[0] * v[1] - u[1] * v[0], u[0] * v[0] + u[1] * v[1]))
    return mpmath.degrees(turn)


def _measured(kind: str, tri: str, told: dict, x: str, y: str, acute: bool) -> sp.Rational:
    """The angle on triangles with the told angles (every completion tried when one is told)."""
    with mpmath.workdps(30):
        cases = []
        if len(told) == 2:
            cases.append({**told, **{v: 180 - sum(told.values()) for v in tri if v not in told}})
        else:
            (v0, a0), = told.items()
            others = [v for v in tri if v != v0]
            for share in (sp.Rational(1, 7), sp.Rational(2, 7), sp.Rational(1, 2),
                          sp.Rational(5, 7), sp.Rational(6, 7)):
                first = (180 - a0) * share
                case = {v0: a0, others[0]: first, others[1]: 180 - a0 - first}
                if not acute or all(a < 90 for a in case.values()):
                    cases.append(case)
        if not cases or acute and not all(a < 90 for a in cases[0].values()):
            raise Decline("the triangle told acute is not")
        seen = [_angle_at(kind, tri, {k: mpmath.mpf(sp.N(v, 40)) for k, v in c.items()}, x, y,
                          mpmath.mpf(1)) for c in cases]
        if max(seen) - min(seen) > mpmath.mpf(10) ** -20:
            raise Decline("the angle depends on angles the text does not tell")
        value = sp.nsimplify(round(float(seen[0]) * 2) / 2)
        if abs(seen[0] - mpmath.mpf(sp.N(value, 40))) > mpmath.mpf(10) ** -20:
            raise Decline("an angle that is not a whole or half degree")
    return value


def _confirm(kind: str, tri: str, told: dict, x: str, y: str, value: sp.Rational) -> None:
    """The textbook rule where it applies, and a triangle of another size."""
    z = next(v for v in tri if v not in (x, y))
    full = dict(told)
    if len(told) == 2:
        full.update({v: 180 - sum(told.values()) for v in tri if v not in told})
    ok = True
    if z in full and kind == "incenter":
        ok = value == 90 + full[z] / 2
    elif z in full and kind == "orthocenter" and len(full) == 3 and all(a < 90 for a in
                                                                         full.values()):
        ok = value == 180 - full[z]
    elif z in full and kind == "circumcenter" and full[z] < 90 and len(full) == 3:
        ok = value == 2 * full[z]
    if len(full) == 3:
        with mpmath.workdps(30):
            again = _angle_at(kind, tri, {k: mpmath.mpf(sp.N(v, 40)) for k, v in full.items()},
                              x, y, mpmath.mpf(7))
            ok = ok and abs(again - mpmath.mpf(sp.N(value, 40))) < mpmath.mpf(10) ** -20
    confirm.check(ok, f"the angle at the {kind}, by the rule and on a triangle of another size")


__all__ = ["read_centre_angle"]
