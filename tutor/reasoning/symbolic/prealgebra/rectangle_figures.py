"""The model `rectangle_stories` builds: each figure (a rectangle, or a square with one side)
with its length and width as unknowns and its measures as expressions in them, and the
reading that collects the figures a story names and the equations it tells."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.prealgebra import wording
from tutor.reasoning.symbolic.prealgebra.relations import Story


@dataclass
class Figure:
    index: int
    square: bool
    noun: str | None
    changed: bool = False

    def __post_init__(self) -> None:
        self.length = sp.Symbol(f"L_{self.index + 1}", positive=True)
        self.width = self.length if self.square else sp.Symbol(f"W_{self.index + 1}",
                                                               positive=True)

    def measure(self, q: str) -> sp.Expr:
        if q in ("side", "side length"):
            if not self.square:
                raise Decline("the side of a rectangle: its length or its width")
            return self.length
        return {"length": self.length, "width": self.width,
                "perimeter": 2 * (self.length + self.width),
                "area": self.length * self.width}[q]

    def name(self) -> str:
        kind = "square" if self.square else "rectangle"
        return f"the {kind}" + (f" ({self.noun})" if self.noun else "") + \
            (" after the change" if self.changed else "")


class Reading:
    def __init__(self) -> None:
        self.figures: list[Figure] = []
        self.story = Story([], positive=True)
        self.unit = "unit"

    def mention(self, m: re.Match[str], changing: bool) -> Figure | None:
        """The figure a mention names; None when two could be meant ("the garden" after it
        was changed: only a question about the change reads that)."""
        det, mod = m.group("det"), m.group("mod")
        shape, noun = m.group("shape"), m.group("noun") or m.group("noun2")
        noun = noun.split(" of ")[0] if noun else None
        square = shape == "square" if shape else None
        if det == "its":
            raise Decline("a figure said as 'its'")
        if det is None:
            det = "the" if square is None or any(f.square == square for f in self.figures) \
                else "a"
        if det in ("a", "an"):
            if square is None or mod is not None:
                raise Decline("a figure whose shape is not said")
            if changing and self.figures:
                return self._new(square, noun or self.figures[0].noun, True)
            if any(f.noun == noun and f.square == square for f in self.figures if noun):
                raise Decline("a second figure with the same name")
            return self._new(square, noun, False)
        found = [f for f in self.figures if (square is None or f.square == square)
                 and (noun is None or f.noun == noun)]
        if mod in ("new", "resulting"):
            found = [f for f in found if f.changed]
        elif mod in ("old", "original"):
            found = [f for f in found if not f.changed]
        elif mod is not None:
            raise Decline("a figure named by its place")
        if not found and not self.figures and square is not None:
            return self._new(square, noun, False)
        if len(found) == 2 and mod is None:
            return None
        if len(found) != 1:
            raise Decline("which figure is meant is not clear")
        return found[0]

    def _new(self, square: bool, noun: str | None, changed: bool) -> Figure:
        if len(self.figures) == 2:
            raise Decline("more than two figures")
        f = Figure(len(self.figures), square, noun, changed)
        self.figures.append(f)
        self.story.unknowns += [f.length] if square else [f.length, f.width]
        return f

    def state(self, lhs: sp.Expr, rhs: sp.Expr, said: str) -> None:
        self.story.state(lhs, rhs, said)


def value(token: str) -> sp.Rational:
    v = wording.value(token)
    return sp.Rational(v.numerator, v.denominator)


__all__ = ["Figure", "Reading", "value"]
