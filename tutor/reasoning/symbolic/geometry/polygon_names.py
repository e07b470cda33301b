"""The names of polygons and how many sides (and corners) each has: the one table every
reader of a named polygon takes its side count from. Each reader keeps the names it reads
(`polygon_sides`), so a reader that knows only some of them still declines the rest."""

from __future__ import annotations

SIDES_BY_NAME: dict[str, int] = {
    "triangle": 3, "quadrilateral": 4, "square": 4, "rectangle": 4, "parallelogram": 4,
    "rhombus": 4, "trapezoid": 4, "kite": 4, "pentagon": 5, "hexagon": 6, "heptagon": 7,
    "septagon": 7, "octagon": 8, "nonagon": 9, "decagon": 10, "hendecagon": 11,
    "undecagon": 11, "dodecagon": 12, "icosagon": 20}


def polygon_sides(names: str) -> dict[str, int]:
    """The side counts of the polygons named (space-separated), in the order named."""
    return {name: SIDES_BY_NAME[name] for name in names.split()}


__all__ = ["SIDES_BY_NAME", "polygon_sides"]
