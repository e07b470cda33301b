"""The reading state of a triangle construction told in words: the maths pieces, the
triangle and its named points, the facts read so far; and the triangle's name found in the
question (`median_relations` reads the wording)."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.geometry import squared_sides as ss
from tutor.reasoning.symbolic.geometry import triangle_areas as ta
from tutor.reasoning.symbolic.geometry import triangle_points as tp
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split

Seg = ss.Seg
_MED = ss.HIDDEN


class Reading:
    def __init__(self, split: Split, text: str, name: str) -> None:
        self.maths = list(split.maths)
        self.text = text
        self.facts = ss.Facts(tp.TrianglePoints(name))
        self.tri = self.facts.tri
        self.lengths = self.facts.lengths
        self.equal = self.facts.equal
        self.perpendicular = self.facts.perpendicular
        self.right = False
        self.bisectors: dict[str, str] = {}  # a bisector's end on a side: the vertex
        self.on_side: dict[str, str] = {}  # a point said to lie on a side: its two ends
        self.ratios: dict[tuple[Seg, Seg], sp.Basic] = {}  # "BD:DC = 2:3"
        self.areas = ta.AreaFacts(self.tri)
        self.meets: list[tuple[str, Seg, Seg]] = []  # a point where two segments cross

    def piece(self, i: str) -> str:
        return self.maths[int(i)]

    def seg(self, i: str) -> Seg:
        src = self.piece(i)
        if src.startswith(_MED):
            v = src[len(_MED):]
            return v, _MED + v
        src = re.sub(r"^\s*\{(.*)\}\s*$", r"\1", src)  # "{DE}"
        m = re.fullmatch(r"\s*(?:\\overline\s*\{\s*([A-Z])\s*([A-Z])\s*\}|([A-Z])\s*([A-Z]))\s*",
                         src)
        if not m:
            raise Decline("a segment named by two points")
        a, b = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        return a, b

    def letter(self, i: str) -> str:
        m = re.fullmatch(r"\s*([A-Z])\s*", self.piece(i))
        if not m:
            raise Decline("a point named by one letter")
        return m.group(1)

    def new(self, src: str) -> str:
        self.maths.append(src)
        return f"@{len(self.maths) - 1}@"

    def median(self, i: str) -> str:
        """Declare the segment of piece i a median; its placeholder, kept in the text."""
        a, b = self.seg(i)
        if (a in self.tri.name) == (b in self.tri.name):
            raise Decline("a median from a vertex to a point of the opposite side")
        vertex, point = (a, b) if a in self.tri.name else (b, a)
        self.tri.midpoint(point, "".join(v for v in self.tri.name if v != vertex))
        return f"@{i}@"

    def crossing(self, i: str, j: str) -> str:
        """Two medians said to be perpendicular."""
        self.perpendicular.append((self.seg(i), self.seg(j)))
        return f"{self.median(i)} and {self.median(j)}"

    def midpoints(self, m: re.Match[str]) -> None:
        """"D and E are the midpoints of BC and AC, respectively"."""
        for k in (1, 2):
            self.midpoint(m.group(k), m.group(k + 2))

    def midpoint(self, i: str, j: str) -> None:
        """The point of piece i is the midpoint of the segment of piece j: of a side now, of
        any other segment once its ends are placed (`side_points.place`)."""
        point, (a, b) = self.letter(i), self.seg(j)
        if {a, b} < set(self.tri.name):
            self.tri.midpoint(point, a + b)
            return
        if point in self.on_side or point in (a, b):
            raise Decline("a new point on a segment")
        self.on_side[point] = a + b
        self.ratios[((a, point), (point, b))] = sp.Integer(1)

    def sub(self, pattern: str, how) -> None:  # type: ignore[no-untyped-def]
        self.text = re.sub(pattern, lambda m: how(m) or " ; ", self.text)


def name_triangle(split: Split, template: str) -> tuple[str, str] | None:
    """The triangle's name (the first one named), and the template with each mention of it
    written TRI and of any other triangle or quadrilateral written #letters#."""
    names: list[str] = []

    def mention(m: re.Match[str]) -> str:
        src = split.maths[int(m.group(2))]
        t = re.fullmatch(r"\s*(\\triangle\s*)?\{?\s*([A-Z]{3,4})\s*\}?\s*", src)
        if not t or not (t.group(1) or m.group(1)):
            return m.group(0)
        letters = t.group(2)
        if (len(letters) == 4) != (m.group(1) == "quadrilateral ") or t.group(1) and \
                len(letters) == 4:
            return m.group(0)
        names.append(letters)
        return "TRI" if set(letters) == set(names[0]) and len(letters) == 3 else f"#{letters}#"

    template = re.sub(r"\btriangles (@\d+@) and (@\d+@)", r"triangle \1 and triangle \2",
                      template)
    text = re.sub(r"(triangle |quadrilateral )?@(\d+)@", mention, template)
    if not names or len(names[0]) != 3:
        return None
    return names[0], text


__all__ = ["Reading", "Seg", "name_triangle"]
