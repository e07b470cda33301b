"""Typed reader: a named triangle told by its medians, midpoints and centroid, or a point on
a side placed by the lengths or the ratio of its two pieces (Stewart's situation), with some
sides, a right angle or two perpendicular medians; a length, the area or the perimeter asked.

"Medians $\\overline{PM}$ and $\\overline{QN}$ of $\\triangle PQR$ are perpendicular, $PM = 6$
and $QN = 9$: find $PQ$", "In triangle $XYZ$, $XY = 7$, $XZ = 9$ and the median from $X$
has length 5. What is $YZ$?", "$G$ is the centroid of triangle $ABC$ ... $GA = 4$".

The triangle is modelled, not the sentence: every named point is a fixed blend of the
vertices (`triangle_points`), so each fact (a length, a right angle, two perpendicular
segments) is one linear equation in the squared sides a^2, b^2, c^2. The three must be
fixed by the facts, positive and make a real triangle; otherwise it declines.

Confirmed independently: the triangle is placed with coordinates from the sides found, every
named point measured there at 40 digits; each fact must hold on the coordinates and the
asked length (a distance) or area (the shoelace formula) must equal the answer."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.geometry import figure_wording as fw
from tutor.reasoning.symbolic.geometry import side_points
from tutor.reasoning.symbolic.geometry import squared_sides as ss
from tutor.reasoning.symbolic.geometry import triangle_areas as ta
from tutor.reasoning.symbolic.geometry import triangle_points as tp
from tutor.reasoning.symbolic.geometry.reading import COMMON, number
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_P = r"@(\d+)@"
_TRI = r"(?:TRI|the triangle|it)"
_QUICK = re.compile(r"\b(?:medians?|centroid|midpoints?|on (?:side |segment )?@\d+@|intersect)")
_GLUE = FILLER | COMMON | frozenset(
    "and each other respectively triangle where while point points segments".split())
Seg = ss.Seg
_MED = ss.HIDDEN


class _Reading:
    def __init__(self, split: Split, text: str, name: str) -> None:
        self.maths = list(split.maths)
        self.text = text
        self.facts = ss.Facts(tp.TrianglePoints(name))
        self.tri = self.facts.tri
        self.lengths = self.facts.lengths
        self.equal = self.facts.equal
        self.perpendicular = self.facts.perpendicular
        self.right = False
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
            self.tri.midpoint(self.letter(m.group(k)), "".join(self.seg(m.group(k + 2))))

    def sub(self, pattern: str, how) -> None:  # type: ignore[no-untyped-def]
        self.text = re.sub(pattern, lambda m: how(m) or " ; ", self.text)


def _name(split: Split, template: str) -> tuple[str, str] | None:
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


def read_median_relations(split: Split, template: str) -> Result | None:
    if not _QUICK.search(template):
        return None
    # a drawing beside a construction the text tells in full adds nothing read here: nothing
    # is measured on it, and a point the text does not place declines
    template = re.sub(r"\[asy\].*?\[/asy\]", " ", template, flags=re.S)
    split, template = fw.spelled_numbers(split, re.sub(r"\s+", " ", template))
    named = _name(split, template)
    if named is None:
        return None
    name, text = named
    r = _Reading(split, text, name)
    _declarations(r)
    asked = _question(r)
    bracket = re.fullmatch(r"\s*\[\s*([A-Z]{3,4})\s*\]\s*", r.piece(asked[1])) \
        if asked[0] == "seg" else None
    if bracket:  # "Find [ABM]": an area
        asked = ("area", bracket.group(1))
    _facts(r)
    side_points.place(r.tri, r.on_side, r.lengths, r.ratios)
    side_points.place_crossings(r.tri, r.meets)
    rest = re.sub(r"TRI", " ", r.text)
    if "@" in rest or "#" in rest or words(rest) - _GLUE:
        return None
    if r.areas.areas or asked[0] == "ratio" or asked[0] == "area" and asked[1] != name:
        if not (r.lengths or r.equal or r.perpendicular) or asked[0] == "ratio":
            # a ratio of areas is the same in every triangle
            ss.consistent(r.facts)
            return ta.solve(r.areas, asked)
        if r.areas.areas:
            raise Decline("lengths and areas told together")
        return ss.solve(r.facts, "area", asked[1])
    target: tuple[str, str] | str = asked[0] if asked[0] != "seg" else r.seg(asked[1])
    return ss.solve(r.facts, target)


def _declarations(r: _Reading) -> None:
    tri = r.tri
    # "the median from (vertex) A", "the median to (side) BC": the hidden midpoint
    def hidden(m: re.Match[str]) -> str:
        if m.group(1):
            v = r.letter(m.group(1))
        else:
            a, b = r.seg(m.group(2))
            v = "".join(set(tri.name) - {a, b})
            if len(v) != 1:
                raise Decline("a side of the triangle")
        if v not in tri.name:
            raise Decline("a vertex of the triangle")
        tri.midpoint(_MED + v, "".join(u for u in tri.name if u != v))
        return r.new(_MED + v)
    r.sub(rf"(?:the )?(?:length of the )?median (?:drawn )?(?:from (?:vertex )?{_P}|to "
          rf"(?:side )?{_P})", hidden)
    r.sub(rf"{_P} and {_P} are (?:the )?midpoints of (?:sides )?{_P} and {_P},? respectively",
          r.midpoints)
    r.sub(rf"(?:let )?(?:the )?(?:point )?{_P} (?:is|be) the midpoint of (?:side |segment )?{_P}"
          rf"(?: (?:in|of) {_TRI})?",
          lambda m: tri.midpoint(r.letter(m.group(1)), "".join(r.seg(m.group(2)))))
    r.sub(rf"(?:the )?perpendicular medians {_P} and {_P}(?: of {_TRI})?",
          lambda m: r.crossing(m.group(1), m.group(2)))
    r.sub(rf"{_P} and {_P} are (?:the )?perpendicular medians(?: of {_TRI})?",
          lambda m: r.crossing(m.group(1), m.group(2)) and " ; ")
    r.sub(rf"(?:the )?medians {_P} and {_P}(?: of {_TRI})?",
          lambda m: f"{r.median(m.group(1))} and {r.median(m.group(2))}")
    r.sub(rf"{_P} and {_P} are (?:the )?medians(?: of {_TRI})?",
          lambda m: f"{r.median(m.group(1))} and {r.median(m.group(2))} are")
    r.sub(rf"{_P} is an? median(?: of {_TRI})?", lambda m: r.median(m.group(1)) and None)
    r.sub(rf"(?:the )?median {_P}(?: of {_TRI})?", lambda m: r.median(m.group(1)))
    # a point on a side, placed by the lengths or the ratio of its two pieces
    def on(m: re.Match[str]) -> None:
        point, side = r.letter(m.group(1)), "".join(r.seg(m.group(2)))
        if point in tri.name or point in side or point in r.on_side or len(set(side)) != 2:
            raise Decline("a new point on a segment")
        r.on_side[point] = side
    r.sub(rf"(?:the )?(?:point )?{_P} (?:lies |is )?(?:a point )?on (?:side |segment )?{_P}"
          rf"(?: of {_TRI})?(?:,? (?:with|so that|such that))?", on)
    # the centroid: where the medians meet
    r.sub(rf"(?:let )?(?:the )?(?:point )?{_P} (?:is|be) the centroid(?: of {_TRI})?",
          lambda m: tri.centroid(r.letter(m.group(1))))
    r.sub(rf"(?:the )?(?:three )?medians(?: of {_TRI})? (?:meet|intersect) at (?:point )?{_P}",
          lambda m: tri.centroid(r.letter(m.group(1))))


def _crossings(r: _Reading) -> None:
    """"AD and BE intersect at P", "let P be the intersection of AD and BE": recorded, and
    placed (`_meets`) once every other point is."""
    def meet(point: str, i: str, j: str) -> None:
        r.meets.append((r.letter(point), r.seg(i), r.seg(j)))
    r.sub(rf"{_P} and {_P} (?:meet|intersect) at (?:point )?{_P}",
          lambda m: meet(m.group(3), m.group(1), m.group(2)))
    r.sub(rf"{_P} (?:meets|intersects) {_P} at (?:point )?{_P}",
          lambda m: meet(m.group(3), m.group(1), m.group(2)))
    r.sub(rf"(?:let )?{_P} (?:be|is) the (?:point of )?intersection (?:point )?of {_P} and {_P}",
          lambda m: meet(m.group(1), m.group(2), m.group(3)))


def _question(r: _Reading) -> tuple[str, ...]:
    """("seg", piece), ("area", corners), ("perimeter",) or ("ratio", corners, corners)."""
    asks: list[tuple[str, ...]] = []
    poly = r"(TRI|#[A-Z]+#)"

    def corners(src: str) -> str:
        return r.tri.name if src == "TRI" else src.strip("#")
    r.sub(rf"(?:what is|find|compute|determine|how long is) (?:the length of )?(?:segment )?{_P}"
          r" ?\??", lambda m: asks.append(("seg", m.group(1))))
    r.sub(rf"(?:what is|find|compute|determine) the ratio of the areas? of {poly} (?:to|and) "
          rf"(?:the area of )?{poly} ?\??",
          lambda m: asks.append(("ratio", corners(m.group(1)), corners(m.group(2)))))
    r.sub(rf"(?:what is|find|compute|determine) the area of {poly} ?\??",
          lambda m: asks.append(("area", corners(m.group(1)))))
    r.sub(r"(?:what is|find|compute|determine) the (area|perimeter)(?: of the triangle)? ?\??",
          lambda m: asks.append((m.group(1), r.tri.name)))
    if len(asks) != 1:
        raise Decline("one length or area asked")
    return asks[0]


def _facts(r: _Reading) -> None:
    _crossings(r)

    def value(i: str) -> sp.Basic:
        v = number(r.piece(i))
        if v is None or not v.is_positive:
            raise Decline("a positive length")
        return v

    def written(m: re.Match[str]) -> None:  # a piece "AD = 9", "AB = AC = 5", "GA=4, GB=3"
        told = side_points.ratio(r.piece(m.group(1)))
        if told is not None:
            r.ratios[told[0]] = told[1]
            return
        bracket = re.fullmatch(r"\s*\[\s*([A-Z]{3,4})\s*\]\s*=\s*(.+)", r.piece(m.group(1)))
        if bracket:  # "[ABC] = 40": an area
            r.areas.areas.append((bracket.group(1), value(r.new(bracket.group(2))[1:-1])))
            return
        for part in re.split(r",|\\text\{\s*and\s*\}", r.piece(m.group(1))):
            sides = [s.strip() for s in part.split("=")]
            if len(sides) < 2:
                raise Decline("an equation between lengths")
            segs = [s for s in sides if number(s) is None]
            nums = [number(s) for s in sides if number(s) is not None]
            if len(nums) > 1 or not segs:
                raise Decline("one length in each equation")
            parsed = [r.seg(r.new(s)[1:-1]) for s in segs]
            for a, b in zip(parsed, parsed[1:], strict=False):
                r.equal.append((a, b))
            if nums:
                v = nums[0]
                if v is None or not v.is_positive:
                    raise Decline("a positive length")
                r.lengths.append((parsed[0], v))
    r.sub(rf"{_P}", lambda m: written(m) if "=" in r.piece(m.group(1))
          and "\\angle" not in r.piece(m.group(1)) else m.group(0))
    r.sub(rf"{_P} (?:has length|has a length of|is|measures|=) {_P}",
          lambda m: r.lengths.append((r.seg(m.group(1)), value(m.group(2)))))
    r.sub(rf"{_P} and {_P} (?:have|of|with|measure) (?:lengths )?{_P} and {_P},? respectively",
          lambda m: r.lengths.extend([(r.seg(m.group(1)), value(m.group(3))),
                                      (r.seg(m.group(2)), value(m.group(4)))]))
    poly = r"(TRI|#[A-Z]+#)"

    def area(src: str, i: str) -> None:
        r.areas.areas.append((r.tri.name if src == "TRI" else src.strip("#"), value(i)))
    r.sub(rf"(?:the )?area of {poly} is {_P}", lambda m: area(m.group(1), m.group(2)))
    r.sub(rf"{poly} has (?:an )?area (?:of )?{_P}", lambda m: area(m.group(1), m.group(2)))
    r.sub(rf"the length of {_P} is {_P}",
          lambda m: r.lengths.append((r.seg(m.group(1)), value(m.group(2)))))
    r.sub(rf"{_P} and {_P} are perpendicular(?: to each other)?",
          lambda m: r.perpendicular.append((r.seg(m.group(1)), r.seg(m.group(2)))))
    r.sub(rf"{_P} is perpendicular to {_P}",
          lambda m: r.perpendicular.append((r.seg(m.group(1)), r.seg(m.group(2)))))
    r.sub(rf"(?:with )?(?:a )?right angle at (?:vertex )?{_P}",
          lambda m: _right(r, r.letter(m.group(1))))

    def angle(m: re.Match[str]) -> str | None:
        a = re.fullmatch(r"\s*\\angle\s*\{?\s*([A-Z]{1,3})\s*\}?\s*=\s*90\s*\^\s*\{?\s*\\circ\s*\}?"
                         r"\s*", r.piece(m.group(1)))
        if not a:
            return m.group(0)
        letters = a.group(1)
        if len(letters) == 3 and set(letters) != set(r.tri.name):
            raise Decline("an angle of the triangle")
        _right(r, letters[1] if len(letters) == 3 else letters)
        return None
    r.sub(rf"{_P}", angle)
    if r.right:  # "In right triangle ABC" said with the right angle's vertex
        r.text = r.text.replace("right TRI", "TRI")


def _right(r: _Reading, v: str) -> None:
    if v not in r.tri.name:
        raise Decline("a right angle at a vertex of the triangle")
    a, b = (u for u in r.tri.name if u != v)
    r.perpendicular.append(((v, a), (v, b)))
    r.right = True


__all__ = ["read_median_relations"]
