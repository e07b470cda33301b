"""Questions answered by measuring a figure: the area of its shaded region, the area or
perimeter of a polygon it names ("What is the area of the shaded region?", "Find the
perimeter of pentagon $ABCDE$.").

Coordinates are used only when they are the givens: the words outside the figure hold no
number, the figure's coordinates are exact (no rounded decimals like 10.3923), every
number label sits on a drawn segment and equals that segment's length, there is no angle
label and no label this reader cannot read ("$x$"), and no word says "not to scale"
(every word of the question must be one this reader knows). Otherwise it declines."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.diagrams import regions
from tutor.reasoning.symbolic.diagrams.figure import Figure, Pair, Path, length, require
from tutor.reasoning.symbolic.diagrams.labels import Reading
from tutor.reasoning.symbolic.geometry.polygon_names import polygon_sides
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

_SHAPES = frozenset("polygon triangle rectangle square quadrilateral pentagon hexagon "
                    "octagon trapezoid parallelogram rhombus kite figure region".split())
VOCAB = _SHAPES | frozenset(
    "area perimeter shaded gray grey region shown below above diagram figure in square units "
    "unit how many number there what is the of find compute determine total enclosed by "
    "express your answer terms simplest radical form common fraction at right".split())
_NAME = re.compile(r"\s*(?:\\triangle\s*)?([A-Z]{3,})\s*")
_ASKED = re.compile(r"\b(area|perimeter)\b")


def _agrees(figure: Figure, reading: Reading) -> None:
    require(not figure.approximate and all(p.exact() for p in figure.points()),
            "a figure drawn with rounded coordinates")
    require(not reading.others, "a figure label I cannot read")
    require(not reading.degrees, "an angle labelled in the figure")
    for (a, b), value in reading.lengths:
        require(sp.simplify(length(a, b) - value) == 0,
                "a figure whose labels disagree with its coordinates (not to scale)")


def _polygon(name: str, figure: Figure, reading: Reading) -> tuple[Pair, ...]:
    require(len(set(name)) == len(name), "a polygon named with a repeated letter")
    require(all(v in reading.points for v in name), "a polygon whose corners are not all named")
    corners = tuple(reading.points[v] for v in name)
    drawn = figure.segments()
    for a, b in zip(corners, corners[1:] + corners[:1], strict=True):
        require(any((a.same(c) and b.same(d)) or (a.same(d) and b.same(c)) for c, d in drawn),
                "a polygon whose sides are not all drawn")
    return corners


_SIDES = polygon_sides("triangle quadrilateral rectangle square trapezoid parallelogram rhombus"
                       " kite pentagon hexagon octagon")


def _the_polygon(figure: Figure, w: set[str]) -> tuple[Pair, ...]:
    """The one closed polygon drawn with as many corners as the shape named has ("the
    hexagon below"); "the polygon" or "the figure" when only one closed polygon is drawn."""
    shapes = (w - {"square"} if "units" in w or "unit" in w else w) & set(_SHAPES)
    if len(shapes) > 1:  # "the hexagon in the figure": the figure is where it is drawn
        shapes -= {"figure", "region"}
    require(len(shapes) == 1, "which polygon is meant")
    shape = shapes.pop()
    closed = [tuple(item.nodes) for item in figure.drawn
              if isinstance(item, Path) and item.closed and not item.curved]
    fits = [c for c in closed if _SIDES.get(shape, len(c)) == len(c)]
    require(len(fits) == 1, "which polygon is meant")
    return fits[0]


def _coordinates(corners: tuple[Pair, ...]) -> str:
    return ", ".join(f"({latex(p.x)}, {latex(p.y)})" for p in corners)


def measure(figure: Figure, reading: Reading, split: Split, template: str) -> Result | None:
    asked = set(_ASKED.findall(template))
    if len(asked) != 1 or not words_within(template, VOCAB):
        return None
    kind = asked.pop()
    names = [m.group(1) for s in split.maths if (m := _NAME.fullmatch(s))]
    others = [s for s in split.maths if not _NAME.fullmatch(s) and s.strip() != "\\pi"]
    require(not others, "numbers given in words beside the figure")
    _agrees(figure, reading)
    w = words(template)
    if kind == "area" and ("shaded" in w or "gray" in w or "grey" in w):
        require(not names, "a shaded region and a named polygon")
        exact, second, parts = regions.shaded_area(figure)
        confirm.number(second, exact, "the trapezoid formula at 50 digits")
        steps = [step("Read the figure", "Which parts are shaded?",
                      "From the figure's coordinates: " + "; ".join(parts) + "."),
                 step("Shaded area", "Subtract the white parts from the shaded polygon.",
                      f"The shaded area is ${latex(exact)}$.")]
        return exact, steps
    if len(names) > 1:
        raise Decline("which polygon is meant")
    corners = _polygon(names[0], figure, reading) if names else _the_polygon(figure, w)
    called = f"${names[0]}$" if names else "the polygon"
    listed = step("Read the figure", "Where are the corners?",
                  f"The corners of {called} are at ${_coordinates(corners)}$.")
    if kind == "area":
        exact = regions.shoelace(corners)
        regions.simple_polygon(corners)
        confirm.number(regions.trapezoids(corners), exact, "the trapezoid formula at 50 digits")
        claim = regions.shoelace_claim(corners, exact)
        return exact, [listed, step("Shoelace formula", "Half the absolute cross-product sum.",
                                    f"The area of {called} is ${claim}$.", claim)]
    exact, second = regions.perimeter(corners)
    confirm.number(second, exact, "side lengths summed at 50 digits")
    claim = regions.perimeter_claim(corners, exact)
    return exact, [listed, step("Add the sides", "Each side by the distance formula.",
                                f"The perimeter of {called} is ${claim}$.", claim)]


__all__ = ["measure"]
