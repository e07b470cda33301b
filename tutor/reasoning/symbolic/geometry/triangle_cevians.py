"""Points a problem defines on a named triangle's sides by the line drawn to them from the
opposite vertex: "$M$ is the midpoint of $\\overline{BC}$", "$AD$ is an altitude", "$D$ is
the foot of the altitude from $A$", "$AD$ bisects $\\angle BAC$ (with $D$ on $BC$)". The
segment from that vertex to the point is then a median, an altitude or an angle bisector,
so "Find $AM$" asks a length `triangle_lengths` measures."""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split

_P = r"@(\d+)@"
_SIDE = rf"(?:(?:the )?(?:side|segment) )?{_P}"
# (pattern, how the groups are read)
_DEFINED: list[tuple[str, str]] = [
    (rf"(?:the )?(?:point )?{_P} is the midpoint of {_SIDE}", "midpoint"),
    (rf"{_P} is (?:an?|the) (altitude|median|angle bisector)(?: of (?:the triangle|{_P}))?",
     "segment"),
    (rf"(?:the )?(?:point )?{_P} is the foot of the (?:altitude|perpendicular) (?:drawn )?from "
     rf"(?:vertex )?{_P}(?: to {_SIDE})?", "foot"),
    (rf"{_P} bisects {_P}(?:,? (?:with|and) (?:point )?{_P} (?:is )?on {_SIDE})?", "bisects"),
]
_KIND = {"altitude": "altitude", "median": "median", "angle bisector": "bisector"}


def _letters(src: str) -> str:
    return re.sub(r"\\overline|\\angle|\\measuredangle|[{}\s]", "", src)


def cevian_points(split: Split, text: str, name: str) -> tuple[dict[str, tuple[str, str]], str]:
    """{point: (the length it ends, the vertex it is drawn from)} and the text without the
    sentences that defined them."""
    points: dict[str, tuple[str, str]] = {}
    for pattern, how in _DEFINED:
        for m in list(re.finditer(pattern, text)):
            g = [_letters(split.maths[int(x)]) if x and x.isdigit() else x for x in m.groups()]
            if how == "midpoint":
                point, side = g[0], g[1]
                if len(side) != 2 or not set(side) < set(name):
                    raise Decline("the midpoint of a side of the triangle")
                kind, vertex = "median", (set(name) - set(side)).pop()
            elif how == "segment":
                seg, kind, vertex = g[0], _KIND[g[1]], g[0][:1]
                point = seg[1:]
            elif how == "foot":
                point, vertex, kind = g[0], g[1], "altitude"
                if g[2] and set(g[2]) != set(name) - {vertex}:
                    raise Decline("the side opposite the vertex")
            else:
                seg, angle = g[0], g[1]
                vertex, point, kind = seg[:1], seg[1:], "bisector"
                if len(angle) == 3:
                    angle = angle[1] if set(angle) == set(name) else ""
                if angle != vertex or (g[2] and g[2] != point) or (
                        g[3] and set(g[3]) != set(name) - {vertex}):
                    raise Decline("an angle bisector of the triangle")
            if len(point) != 1 or point in name or vertex not in name or point in points:
                raise Decline("a point on a side of the triangle")
            points[point] = (kind, vertex)
            text = text.replace(m.group(0), " ; ", 1)
    return points, text


def asked_cevian(points: dict[str, tuple[str, str]], segment: str) -> tuple[str, str]:
    """The length a segment such as `AM` names, from the points defined."""
    seg = _letters(segment)
    for point, (kind, vertex) in points.items():
        if len(seg) == 2 and set(seg) == {point, vertex}:
            return kind, vertex
    raise Decline("a segment from a vertex to the point defined on the opposite side")


__all__ = ["asked_cevian", "cevian_points"]
