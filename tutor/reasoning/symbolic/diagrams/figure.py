"""What a figure holds once read: points with exact coordinates, paths, circles, fills,
labels and right-angle marks. Values are SymPy numbers built by our own reader of the
Asymptote source (`asy_reader`), never by evaluating text."""

from __future__ import annotations

from dataclasses import dataclass, field

import sympy as sp

from tutor.reasoning.symbolic.model import Decline


@dataclass(frozen=True)
class Pair:
    x: sp.Expr
    y: sp.Expr

    def __add__(self, o: Pair) -> Pair:
        return Pair(self.x + o.x, self.y + o.y)

    def __sub__(self, o: Pair) -> Pair:
        return Pair(self.x - o.x, self.y - o.y)

    def scaled(self, k: sp.Expr) -> Pair:
        return Pair(k * self.x, k * self.y)

    def simplified(self) -> Pair:
        """Kept exact while small; a constructed point whose formula grows large is kept as
        a 50-digit decimal (a Float: never used where exact coordinates are needed)."""
        return Pair(_small(self.x), _small(self.y))

    def same(self, o: Pair) -> bool:
        """Equal to 30 digits (exact coordinates differing by less do not occur in figures)."""
        return all(abs(sp.N(u - v, 40)) < 1e-25 for u, v in ((self.x, o.x), (self.y, o.y)))

    def exact(self) -> bool:
        return not (self.x.has(sp.Float) or self.y.has(sp.Float))

    def numeric(self) -> tuple[float, float]:
        return float(self.x), float(self.y)


@dataclass(frozen=True)
class Path:
    """Nodes joined by straight segments (`--`), or with a curved join (`..`, an arc)."""

    nodes: tuple[Pair, ...]
    closed: bool = False
    curved: bool = False

    def segments(self) -> list[tuple[Pair, Pair]]:
        ring = list(self.nodes) + ([self.nodes[0]] if self.closed else [])
        return [(a, b) for a, b in zip(ring, ring[1:], strict=False)]


@dataclass(frozen=True)
class Circle:
    centre: Pair
    radius: sp.Expr


@dataclass(frozen=True)
class Pen:
    colour: str | None = None  # "white", "shade" or None (a pen that only sets width, style)


@dataclass(frozen=True)
class Label:
    text: str
    at: Pair | Path
    towards: Pair | None = None  # the direction the text is set off its point (N, SW, dir(30))


@dataclass
class Figure:
    drawn: list[Path | Circle] = field(default_factory=list)
    fills: list[tuple[Path | Circle, Pen]] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    dots: list[Pair] = field(default_factory=list)
    right_marks: list[tuple[Pair, Pair, Pair]] = field(default_factory=list)
    # a coordinate written as a rounded decimal (10.3923 for 6 sqrt 3): not exact
    approximate: bool = False
    # equal-length ticks, angle marks: givens this reader does not read
    unread_marks: bool = False

    def points(self) -> list[Pair]:
        """Every point the figure draws: path nodes, dots, circle centres (no repeats)."""
        found: list[Pair] = []
        for item in [*self.drawn, *(f for f, _ in self.fills)]:
            for p in item.nodes if isinstance(item, Path) else (item.centre,):
                if not any(p.same(q) for q in found):
                    found.append(p)
        for p in self.dots:
            if not any(p.same(q) for q in found):
                found.append(p)
        return found

    def segments(self) -> list[tuple[Pair, Pair]]:
        """The straight segments drawn (each once)."""
        out: list[tuple[Pair, Pair]] = []
        for item in self.drawn:
            if isinstance(item, Path) and not item.curved:
                for a, b in item.segments():
                    if a.same(b):
                        continue
                    if not any((a.same(c) and b.same(d)) or (a.same(d) and b.same(c))
                               for c, d in out):
                        out.append((a, b))
        return out


def _small(v: sp.Expr) -> sp.Expr:
    if sp.count_ops(v) <= 40:
        return v
    return sp.Float(sp.N(v, 50), 50)


def length(a: Pair, b: Pair) -> sp.Expr:
    return sp.sqrt(sp.simplify((a.x - b.x) ** 2 + (a.y - b.y) ** 2))


def require(ok: bool, reason: str) -> None:
    if not ok:
        raise Decline(reason)


__all__ = ["Circle", "Figure", "Label", "Pair", "Path", "Pen", "length", "require"]
