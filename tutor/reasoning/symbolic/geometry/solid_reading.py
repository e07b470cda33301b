"""What the solids reader has read so far (`solid_questions`): the solids named, the
equations their measures and relations give, the letters, and the solids changed ("its radius
is doubled": a twin of the solid with that measure changed and every other dimension kept)."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.geometry.solids import Solid, inscribed, measures
from tutor.reasoning.symbolic.model import Decline, latex
from tutor.reasoning.symbolic.parsing import parse_latex

# a unit written in the maths ("24 \\hspace{1mm} \\mathrm{cm}^2"): the words check it
_UNIT_TEX = re.compile(r"\\hspace\s*\{[^{}]*\}|\\[,;! ]|\\(?:mathrm|text|mbox)\s*\{\s*(?:units?|"
                       r"cm|m|mm|km|in|ft|inches|feet|meters)\s*\}(?:\^\s*\{?\s*[23]\s*\}?)?")
LETTER = re.compile(r"\s*([a-df-hj-z])\s*")
# the measure that is each dimension, for "each dimension is doubled"
_DIM_MEASURE = {"s": "edge", "l": "length", "w": "width", "h": "height", "r": "radius",
                "a": "base_edge", "b": "big_radius", "t": "small_radius"}
_LINEAR = frozenset("edge radius diameter height length width base_edge slant_height big_radius "
                    "small_radius "
                    "lateral_edge diagonal circumference base_perimeter edge_sum".split())


class Reading:
    def __init__(self, maths: list[str]) -> None:
        self.maths = maths
        self.solids: list[Solid] = []
        self.eqs: list[tuple[sp.Expr, str]] = []  # (expr = 0, what it says)
        self.letters: dict[str, sp.Symbol] = {}
        self.subject: Solid | None = None
        self.inner_of: dict[int, int] = {}  # index of inner solid -> outer
        self.asked: list[tuple[str, Solid]] = []
        self.faces_of: Solid | None = None
        self.twins: dict[int, Solid] = {}  # a solid changed -> the solid it became
        self.kept: dict[int, set[sp.Symbol]] = {}  # its dimensions not changed (yet)
        self.originals: set[int] = set()  # changed solids the question calls "original"
        self.region: str | None = None  # a region between two figures asked (`region_differences`)

    def values(self, piece: int) -> list[sp.Expr]:
        """The numbers of a piece that lists them ("6, 8"), or its one value."""
        parts = self.maths[piece].split(",")
        return [self.value(piece, p) for p in parts] if len(parts) > 1 else [self.value(piece)]

    def value(self, piece: int, part: str | None = None) -> sp.Expr:
        src = _UNIT_TEX.sub("", self.maths[piece] if part is None else part)
        m = LETTER.fullmatch(src)
        if m:
            return self.letters.setdefault(m.group(1), sp.Symbol(m.group(1), positive=True))
        v = parse_latex(src)
        if not isinstance(v, sp.Expr):
            raise Decline("a number for each measure")
        subs = {}
        for sym in v.free_symbols:
            name = str(sym)
            if len(name) != 1 or name in "ei":
                raise Decline("a number for each measure")
            subs[sym] = self.letters.setdefault(name, sp.Symbol(name, positive=True))
        v = v.xreplace(subs)
        if not v.free_symbols and not v.is_positive:
            raise Decline("a positive number for each measure")
        return v

    def mention(self, kind: str, det: str | None, mods: set[str], name: str) -> Solid:
        same = [s for s in self.solids if s.kind == kind and (not name or s.name == name)]
        if det in ("a", "an", "another") or not same:
            solid = Solid(kind, len(self.solids) + 1, name)
            self.solids.append(solid)
            return solid
        if len(same) == 1:
            return same[0]
        if mods & {"inscribed", "inner"}:
            pick = [s for s in same if s.index in self.inner_of]
        elif "outer" in mods:
            pick = [s for s in same if s.index in self.inner_of.values()]
        elif mods & {"first", "original", "old"}:
            pick = same[:1]
            self.originals.add(same[0].index)
        elif mods & {"second", "new", "resulting"} and len(same) == 2:
            pick = same[1:]
        else:
            pick = []
        if len(pick) != 1:
            raise Decline("which solid is meant is not clear")
        return pick[0]

    def twin(self, solid: Solid, new: bool) -> Solid:
        """The solid as it is after its change ("the new volume"), or before it."""
        if new:
            if solid.index in self.twins:
                return self.twins[solid.index]
            if any(t is solid for t in self.twins.values()):
                return solid
            raise Decline("a new solid without a change")
        solid = next((self.solids[k - 1] for k, t in self.twins.items() if t is solid), solid)
        self.originals.add(solid.index)
        return solid

    def scale(self, qty: str, solid: Solid, how: str, amount: sp.Expr) -> None:
        """"its radius is doubled" (times 2), "each edge is increased by 10%" (times 11/10),
        "the height is increased by 3" (plus 3): the solid's twin has that measure changed."""
        solid = next((self.solids[k - 1] for k, t in self.twins.items() if t is solid), solid)
        if solid.index not in self.twins:
            twin = Solid(solid.kind, len(self.solids) + 1, "new")
            self.solids.append(twin)
            self.twins[solid.index] = twin
            self.kept[solid.index] = set(solid.dims.values())
        twin = self.twins[solid.index]
        names = [_DIM_MEASURE[d] for d in solid.dims] if qty == "dimensions" else [qty]
        if qty == "dimensions" and how != "times":
            raise Decline("every dimension changed by one amount")
        for name in names:
            old, new = measure(solid, name), measure(twin, name)
            self.eqs.append((new - (amount * old if how == "times" else old + amount),
                             f"{says(name, twin)} = " + (f"{latex(amount)} \\cdot " if how ==
                             "times" else "") + says(name, solid) + (
                                 f" + {latex(amount)}" if how == "plus" else "")))
            if name in _LINEAR:
                self.kept[solid.index] -= old.free_symbols

    def keep_the_rest(self) -> None:
        """A changed solid keeps every dimension no change touched."""
        for k, kept in self.kept.items():
            solid, twin = self.solids[k - 1], self.twins[k]
            for d, sym in solid.dims.items():
                if sym in kept:
                    self.eqs.append((twin.dims[d] - sym, f"{latex(twin.dims[d])} = {latex(sym)}"))

    def three_faces(self, box: Solid | None, areas: list[sp.Expr]) -> None:
        """Three faces meeting at a corner: their areas are lw, lh and wh, in some order (only
        measures symmetric in l, w, h may then be asked)."""
        if box is None or box.kind != "box":
            raise Decline("three face areas of a rectangular box expected")
        ln, w, h = box.dims["l"], box.dims["w"], box.dims["h"]
        for face, area in zip((ln * w, ln * h, w * h), areas, strict=True):
            self.eqs.append((face - area, f"\\text{{area of a face}} = {latex(area)}"))
        self.faces_of = box

    def relate(self, rel: str, factor: str, left: Solid, right: Solid) -> None:
        if left is right:
            raise Decline("a solid related to itself")
        if rel in ("in", "about"):
            inner, outer = (left, right) if rel == "in" else (right, left)
            eqs = inscribed(inner, outer)
            if eqs is None or inner.index in self.inner_of:
                raise Decline(f"a {inner.kind} inscribed in a {outer.kind} is not fixed")
            self.inner_of[inner.index] = outer.index
            said = {"eqtriangle": "equilateral triangle", "hexagon": "regular hexagon"}
            self.eqs += [(e, f"\\text{{the {said.get(inner.kind, inner.kind)} is inscribed in "
                             f"the {said.get(outer.kind, outer.kind)}}}") for e in eqs]
            return
        qty = "volume" if rel == "recast" else rel
        k = {"1": sp.Integer(1), "2": sp.Integer(2), "3": sp.Integer(3),
             "half": sp.Rational(1, 2)}.get(factor)
        if k is None:
            k = self.value(int(factor[1:]))
        for one in qty.split("__"):  # "the same radius and height as"
            ql, qr = measure(left, one), measure(right, one)
            self.eqs.append((ql - k * qr, f"{says(one, left)} = {latex(k)} \\cdot "
                                          f"{says(one, right)}"))


def measure(solid: Solid, qty: str) -> sp.Expr:
    table = measures(solid)
    if qty == "total_area" and solid.kind != "hemisphere":
        qty = "surface_area"
    if qty == "curved_area" and solid.kind in ("cone", "cylinder"):
        qty = "lateral_area"
    if qty not in table:
        raise Decline(f"the {qty.replace('_', ' ')} of a {solid.kind} is not one measure")
    return table[qty]


def says(qty: str, solid: Solid) -> str:
    kind = solid.kind.replace("_", " ")
    return f"\\text{{{qty.replace('_', ' ')} of {kind} {solid.name or solid.index}}}"


__all__ = ["LETTER", "Reading", "measure", "says"]
