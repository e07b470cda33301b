"""What a construction problem has told so far (`construction_wording`): the figure's kind
and name, lengths, parallel sides, a height or an area, and the points built; turned into a
`placed_figures.Shape` once the whole text is read."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import sympy as sp

from tutor.reasoning.symbolic.geometry import placed_figures as pf
from tutor.reasoning.symbolic.geometry.construction_points import PointSteps
from tutor.reasoning.symbolic.geometry.construction_sides import figure_sides
from tutor.reasoning.symbolic.geometry.reading import as_point, number, point_name, segment_letters
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split

Seg = tuple[str, str]


# "AE:EB = 1:2", "AM/AB = 1/3", "\frac{AM}{AB} = \frac{17}{1000}"
_RATIO = re.compile(r"\s*(?:\\[dt]?frac\s*\{\s*([A-Z]{2})\s*\}\s*\{\s*([A-Z]{2})\s*\}|([A-Z]{2})\s*"
                    r"[/:]\s*([A-Z]{2}))\s*=\s*(.+)")


class State(PointSteps):
    def __init__(self, split: Split, text: str) -> None:
        self.maths = list(split.maths)
        self.text = text
        self.kind = ""
        self.adjective = ""
        self.name: str | None = ""
        self.lengths: list[tuple[Seg, sp.Expr]] = []
        self.parallels: list[tuple[Seg, Seg]] = []
        self.side: sp.Expr | None = None
        self.area: sp.Expr | None = None
        self.height: sp.Expr | None = None
        self.right_at = ""
        self.ratios: list[tuple[Seg, Seg, sp.Expr]] = []
        self.on_side: dict[str, Seg] = {}
        self.steps: list[tuple] = []
        self.coords: dict[str, tuple[sp.Expr, sp.Expr]] = {}  # points told by coordinates
        self.apart: list[tuple[str, str]] = []  # points that must be different
        self.pieces: list[tuple[Seg, sp.Expr]] = []  # a side's two pieces, told as lengths
        self.angles: list[tuple[str, sp.Expr]] = []  # "\\angle A = 50^\\circ", in degrees
        self.scale_free = False  # built at one size of many: only angles and ratios asked

    # pieces
    def piece(self, i: str) -> str:
        return self.maths[int(i)]

    def polygon(self, i: str) -> str | None:
        m = re.fullmatch(r"\s*(?:\\triangle\s*|\\allowbreak\s*)?\{?\s*([A-Z]{3,12})\s*\}?\s*",
                         self.piece(i))
        return m.group(1) if m and len(set(m.group(1))) == len(m.group(1)) else None

    def seg(self, i: str) -> Seg:
        return self.seg_of(self.piece(i))

    @staticmethod
    def seg_of(src: str) -> Seg:
        """"AB", "\\overline{AB}", "{AB}": a segment's two (different) end points."""
        ends = segment_letters(re.sub(r"^\s*\{(.*)\}\s*$", r"\1", src))
        if ends is None or ends[0] == ends[1]:
            raise Decline("a segment named by two different points")
        return ends[0], ends[1]

    def letter(self, i: str) -> str:
        m = re.fullmatch(r"\s*([A-Z])\s*", self.piece(i))
        if not m:
            raise Decline("a point named by one letter")
        return m.group(1)

    def vertex(self, i: str) -> str:
        """An angle's vertex: "A", "\\angle A", "\\angle BAC" (its middle letter)."""
        m = re.fullmatch(r"\s*(?:\\angle\s*)?\{?\s*([A-Z])\s*\}?\s*|\s*\\angle\s*\{?\s*[A-Z]([A-Z])"
                         r"[A-Z]\s*\}?\s*", self.piece(i))
        if not m:
            raise Decline("an angle named by its vertex")
        return m.group(1) or m.group(2)

    def value(self, i: str) -> sp.Expr:
        v = number(self.piece(i))
        if v is None or not v.is_positive:
            raise Decline("a positive length")
        return v

    def each(self, how: Callable[[str, str], None], m: re.Match[str],
             *pairs: tuple[int, int]) -> None:
        """`how` on each pair of the match's groups: "E and F are the midpoints of AB and
        BC, respectively"."""
        for i, j in pairs:
            how(m.group(i), m.group(j))

    def sub(self, pattern: str, how: Callable[[re.Match[str]], Any]) -> None:
        def one(m: re.Match[str]) -> str:
            got = how(m)
            return got if isinstance(got, str) and got else " ; "
        self.text = re.sub(r"\s+", " ", re.sub(pattern, one, self.text))

    # facts
    def told_side(self, i: str) -> None:
        self.side = self.value(i)

    def told_area(self, i: str) -> None:
        self.area = self.value(i)

    def told_height(self, i: str) -> None:
        self.height = self.value(i)

    def told_length(self, seg: str, i: str) -> None:
        self.lengths.append((self.seg(seg), self.value(i)))

    def parallel(self, i: str, j: str) -> None:
        self.parallels.append((self.seg(i), self.seg(j)))

    def parallel_lengths(self, i: str, j: str, a: str, b: str) -> None:
        self.parallel(i, j)
        self.told_length(i, a)
        self.told_length(j, b)

    def right(self, i: str) -> None:
        self.right_at = self.letter(i)

    def told_angle(self, i: str, j: str | None, digits: str | None) -> str:
        """"angle $A$ is $50^\\circ$", "the measure of angle $ABC$ is 60 degrees"."""
        name = re.fullmatch(r"\s*([A-Z]|[A-Z]{3})\s*", self.piece(i))
        src = re.sub(r"\^\s*\{?\s*\\circ\s*\}?", "", self.piece(j)) if j else digits or ""
        value = number(src)
        if name is None or value is None or not value.is_positive or not value.is_integer:
            raise Decline("an angle told in whole degrees")
        if value == 90:
            self.right_at = name.group(1)[1] if len(name.group(1)) == 3 else name.group(1)
        else:
            self.angles.append((name.group(1), value))
        return " "

    def written(self, i: str) -> None:
        """A piece "AB = 8", "AE:EB = 1:2", "AB \\parallel CD", "\\angle B = 90^\\circ"."""
        src = self.piece(i)
        par = re.fullmatch(r"(.+?)(?:\\parallel|\|\||\\\|)(.+)", src)
        if par:
            self.parallels.append((self.seg_of(par.group(1)), self.seg_of(par.group(2))))
            return
        angle = re.fullmatch(r"\s*(?:m\s*)?\\angle\s*\{?\s*([A-Z]{1,3})\s*\}?\s*=\s*(\d+)\s*\^\s*"
                             r"\{?\s*\\circ\s*\}?\s*", src)
        if angle and angle.group(2) == "90":
            self.right_at = angle.group(1)[1] if len(angle.group(1)) == 3 else angle.group(1)
            return
        if angle and len(angle.group(1)) != 2:  # the angle's size in degrees
            self.angles.append((angle.group(1), sp.Integer(angle.group(2))))
            return
        bracket = re.fullmatch(r"\s*\[\s*([A-Z]{3,4})\s*\]\s*=\s*(.+)", src)
        if bracket:  # "[ABC] = 40": the figure's area
            if bracket.group(1) != self.name:
                raise Decline("an area told of the figure")
            self.area = self.value(self.new(bracket.group(2)))
            return
        times = re.fullmatch(r"\s*([A-Z]{2})\s*=\s*(\d+|\\[dt]?frac\s*\{\s*\d+\s*\}\s*\{\s*\d+"
                             r"\s*\})\s*(?:\\cdot\s*)?([A-Z]{2})\s*", src)
        if times:  # "AE = 2EB": a ratio of two segments
            k = number(times.group(2))
            if k is None or not k.is_positive:
                raise Decline("a positive multiple")
            self.ratios.append((self.seg_of(times.group(1)), self.seg_of(times.group(3)), k))
            return
        ratio = _RATIO.fullmatch(src)
        if ratio:
            g = [x for x in ratio.groups()[:4] if x]
            two = re.fullmatch(r"\s*(\d+)\s*:\s*(\d+)\s*", ratio.group(5))
            v = sp.Rational(int(two.group(1)), int(two.group(2))) if two else number(
                ratio.group(5))
            if v is None or not v.is_positive:
                raise Decline("a positive ratio")
            self.ratios.append((self.seg_of(g[0]), self.seg_of(g[1]), v))
            return
        for part in re.split(r",|\\text\s*\{\s*and\s*\}|\\(?:q)?quad", src):
            sides = [p.strip() for p in part.split("=")]
            segs = [p for p in sides if number(p) is None]
            values = [number(p) for p in sides if number(p) is not None]
            if len(sides) < 2 or len(values) > 1:
                raise Decline("one length in each equation")
            if values:
                v = values[0]
                if v is None or not v.is_positive:
                    raise Decline("a positive length")
                self.lengths.extend((self.seg_of(p), v) for p in segs)
            else:  # "AB = AC": equal segments, checked on the figure as a ratio of 1
                self.ratios.extend((self.seg_of(p), self.seg_of(segs[0]), sp.Integer(1))
                                   for p in segs[1:])

    # points
    def new(self, src: str) -> str:
        self.maths.append(src)
        return str(len(self.maths) - 1)

    def at(self, i: str) -> None:
        """"A(2, 3)": a point told by its coordinates (a corner, or a point of its own)."""
        name, xy = point_name(self.piece(i)), as_point(self.piece(i))
        if name is None or xy is None or len(xy) != 2 or name in self.coords or any(
                not isinstance(v, sp.Expr) or not v.is_real for v in xy):
            raise Decline("a point of the plane told once by its coordinates")
        self.coords[name] = (xy[0], xy[1])

    def bases(self, i: str, j: str | None) -> None:
        """"base AB = 20 and base CD = 30": two lengths, and the two sides are parallel."""
        for k in (i, j):
            if k is not None and "=" in self.piece(k):
                self.written(k)
            elif k is not None:
                raise Decline("a base and its length")
        if j is not None:
            self.parallels.append((self.lengths[-2][0], self.lengths[-1][0]))

    def shape(self) -> pf.Shape:
        n = self.name or ""
        if self.side is not None and not (self.kind in ("square", *pf.REGULAR) or
                                          self.adjective == "equilateral"):
            raise Decline("a side told of a figure whose sides are all equal")
        if self.height is not None and self.kind != "trapezoid":
            raise Decline("a height told of a trapezoid")
        if self.coords:
            return self._placed(n)
        if self.kind in pf.REGULAR and self.adjective != "regular" or self.kind == "quadrilateral":
            raise Decline("a polygon fixed by what is told")
        sides = figure_sides(self, n)
        if (self.right_at or self.angles) and self.kind != "triangle":
            raise Decline("an angle told of a triangle")
        free = self.kind in ("trapezoid", "parallelogram") or not sides or None in sides
        told = [t for t in self.lengths if not (free and t in self.pieces)]
        return pf.Shape(self.kind, self.name or n, sides, self.height, self.area,
                        self.ordered_steps(), told, list(self.parallels), free,
                        list(self.apart), ratios=list(self.ratios))


    def _placed(self, n: str) -> pf.Shape:
        """A triangle or polygon whose corners are told by their coordinates; other points
        told so are placed there too."""
        if self.adjective or self.kind not in ("triangle", "quadrilateral", *pf.REGULAR) or \
                not set(n) <= set(self.coords) or self.right_at:
            raise Decline("a triangle or polygon with every corner told by coordinates")
        extra = [("at", p, *xy) for p, xy in self.coords.items() if p not in n]
        corners = [self.coords[v] for v in n]
        return pf.Shape(self.kind, n, (), self.height, self.area, extra + self.ordered_steps(),
                        list(self.lengths), list(self.parallels), False, list(self.apart),
                        corners, list(self.ratios))


__all__ = ["Seg", "State"]
