"""The points a construction problem builds on its figure (`construction_state.State`
inherits them): midpoints, points on a side, feet of altitudes and perpendiculars, angle
bisectors, crossings, centroids, and a circle on a diameter meeting a line; each recorded
as a step `placed_figures.build` replays, and put in an order where each step uses only
points built before it."""

from __future__ import annotations

import sympy as sp

from tutor.reasoning.symbolic.model import Decline

Seg = tuple[str, str]


class PointSteps:
    """The point-building half of the reading state; the state supplies the pieces."""

    name: str | None
    steps: list[tuple]
    on_side: dict[str, Seg]
    lengths: list[tuple[Seg, sp.Expr]]
    ratios: list[tuple[Seg, Seg, sp.Expr]]
    pieces: list[tuple[Seg, sp.Expr]]
    apart: list[tuple[str, str]]
    coords: dict[str, tuple[sp.Expr, sp.Expr]]

    def letter(self, i: str) -> str:
        raise NotImplementedError

    def vertex(self, i: str) -> str:
        raise NotImplementedError

    def seg(self, i: str) -> Seg:
        raise NotImplementedError

    def new(self, src: str) -> str:
        raise NotImplementedError

    def _new(self, point: str) -> None:
        if self.name and point in self.name or any(point == st[1] for st in self.steps) or \
                point in self.on_side:
            raise Decline("each point named once")

    def midpoint(self, i: str, j: str) -> None:
        p = self.letter(i)
        self._new(p)
        self.steps.append(("mid", p, *self.seg(j)))

    def on(self, i: str, j: str) -> None:
        p = self.letter(i)
        self._new(p)
        self.on_side[p] = self.seg(j)

    def foot(self, i: str, j: str, k: str | None, line: str | None = None) -> None:
        """The foot of the perpendicular from point j to the segment k (in a triangle, the
        side opposite j when k is not said)."""
        p, v = self.letter(i), self.letter(j)
        self._new(p)
        if k is None:
            k = line
        if k is None:
            if not self.name or len(self.name) != 3 or v not in self.name:
                raise Decline("an altitude from a vertex of a triangle")
            side = tuple(u for u in self.name if u != v)
        else:
            side = self.seg(k)
        if line is not None and set(self.seg(line)) != set(side):
            raise Decline("an altitude meeting the line it is drawn to")
        self.steps.append(("foot", p, v, *side))

    def altitude(self, i: str, k: str | None) -> None:
        """"BD is the altitude (to AC)": D the foot from the vertex B."""
        a, b = self.seg(i)
        if not self.name or len(self.name) != 3 or (a in self.name) == (b in self.name):
            raise Decline("an altitude from a vertex of a triangle")
        v, p = (a, b) if a in self.name else (b, a)
        self.foot(self.new(p), self.new(v), k)

    def bisector(self, i: str, j: str | None, k: str) -> None:
        """The bisector of the angle at vertex j meets the opposite side at point i."""
        p, v = self.letter(i), self.vertex(j) if j else ""
        self._new(p)
        if not self.name or len(self.name) != 3 or v not in self.name:
            raise Decline("an angle bisector from a vertex of a triangle")
        a, b = (u for u in self.name if u != v)
        if set(self.seg(k)) != {a, b}:
            raise Decline("a bisector meeting the opposite side")
        self.steps.append(("bisect", p, v, a, b))

    def diameter_circle(self, d: str, k: str, i: str) -> None:
        """A circle on diameter XY meets a line through Y again at the foot from X."""
        (x, y), line = self.seg(d), self.seg(k)
        if y not in line:
            x, y = y, x
        if y not in line or x in line:
            raise Decline("a circle on a diameter meeting a line through one end")
        p = self.letter(i)
        self._new(p)
        self.steps.append(("foot", p, x, *line))
        self.apart.append((p, y))

    def meet(self, i: str, j: str | None, k: str | None) -> None:
        p = self.letter(i)
        self._new(p)
        if j is None or k is None:  # the diagonals of the figure
            if not self.name or len(self.name) != 4:
                raise Decline("the diagonals of a quadrilateral")
            n = self.name
            self.steps.append(("meet", p, n[0], n[2], n[1], n[3]))
            return
        self.steps.append(("meet", p, *self.seg(j), *self.seg(k)))

    def feet(self, q: str, segs: list[str], points: list[str]) -> None:
        """"the projections of G onto BC, AC and AB are P, Q and R, respectively"."""
        for k, p in zip(segs, points, strict=True):
            self.foot(p, q, k)

    def medians(self, segs: list[str], g: str) -> None:
        """"The medians AD, BE and CF meet at G": each a vertex to the midpoint of the side
        opposite it, and G the centroid."""
        for i in segs:
            self.median(i)
        self.centroid(g)

    def median(self, i: str) -> None:
        a, b = self.seg(i)
        if not self.name or len(self.name) != 3 or (a in self.name) == (b in self.name):
            raise Decline("a median from a vertex of a triangle")
        v, p = (a, b) if a in self.name else (b, a)
        self._new(p)
        self.steps.append(("mid", p, *(u for u in self.name if u != v)))

    def cevians_meet(self, alt: str, med: str, i: str) -> None:
        """"Altitude PL meets median RM at F"."""
        self.altitude(alt, None)
        self.median(med)
        self.meet(i, alt, med)

    def centroid(self, i: str) -> None:
        p = self.letter(i)
        self._new(p)
        if not self.name or len(self.name) != 3:
            raise Decline("the centroid of a triangle")
        self.steps.append(("centroid", p, *self.name))

    def place_on_sides(self) -> None:
        """Each point said to be on a segment, placed by a length from one end or a ratio."""
        for p, (a, b) in self.on_side.items():
            found = [(("along", p, a, b, v) if e == a else ("along", p, b, a, v))
                     for (x, y), v in self.lengths for e in (a, b) if {x, y} == {e, p}]
            if len(found) == 2 and found[0][2] != found[1][2]:  # both pieces: a ratio
                self.pieces += [((x, y), v) for (x, y), v in self.lengths if p in (x, y)
                                and {x, y} - {p} <= {a, b}]
                found = [("ratio", p, found[0][2], found[0][3], found[0][4] / found[1][4])]
            for s1, s2, r in self.ratios:
                for x, y in ((a, b), (b, a)):
                    if set(s1) == {x, p} and set(s2) == {p, y}:
                        found.append(("ratio", p, x, y, r))
                    elif set(s1) == {x, p} and set(s2) == {x, y}:  # a part of the whole
                        if not (1 - r).is_positive:
                            raise Decline("a part shorter than the whole")
                        found.append(("ratio", p, x, y, r / (1 - r)))
            if not found:
                raise Decline("a point on a segment placed by a length or a ratio")
            self.steps.append(found[0])

    def ordered_steps(self) -> list[tuple]:
        """The constructions in an order where each uses only points built before it."""
        known = set(self.name or "") | set(self.coords)
        left, out = list(self.steps), []
        while left:
            ready = [st for st in left if all(a in known for a in st[2:] if isinstance(a, str))]
            if not ready:
                raise Decline("every point built from points the text places")
            for st in ready:
                out.append(st)
                known.add(st[1])
                left.remove(st)
        return out


__all__ = ["PointSteps"]
