"""Values of the Asymptote reader combined by its operators: pair and number arithmetic,
transforms applied with `*`, pens added and scaled, and what a drawing command accepts."""

from __future__ import annotations

from typing import Any

import sympy as sp

from tutor.reasoning.symbolic.diagrams.asy_functions import Transform
from tutor.reasoning.symbolic.diagrams.figure import Circle, Pair, Path, Pen, require
from tutor.reasoning.symbolic.model import Decline


class RightMark:
    def __init__(self, a: Pair, b: Pair, c: Pair) -> None:
        self.corner = (a, b, c)


class UnreadMark:
    """An angle mark or tick drawn: a given this reader does not read."""


UNREAD_MARK = UnreadMark()


def items(v: Any) -> list[Any]:
    if isinstance(v, list):
        return v
    require(isinstance(v, Path | Circle | RightMark | UnreadMark),
            "a figure that draws something unknown")
    return [v]


def one_path(v: Any) -> Path:
    require(isinstance(v, Path) and not v.curved, "a label on something other than a segment")
    return v


def pens(args: list[Any]) -> list[Pen]:
    out = []
    for a in args:
        if isinstance(a, Pen):
            out.append(a)
        elif not isinstance(a, Pair):  # a label's direction is a pair
            raise Decline("a drawing option I cannot read")
    return out


def point(v: Any) -> Pair:
    if isinstance(v, sp.Expr) and v.is_real:
        return Pair(v, sp.Integer(0))
    require(isinstance(v, Pair), "a path through something other than points")
    return v


def to_number(v: Any) -> sp.Expr:
    require(isinstance(v, sp.Expr) and not v.free_symbols, "a coordinate that is not a number")
    return v


def add(v: Any, w: Any, minus: bool) -> Any:
    if isinstance(v, Pen) and isinstance(w, Pen):
        return Pen(v.colour or w.colour)
    if isinstance(v, sp.Expr) and isinstance(w, sp.Expr):
        return v - w if minus else v + w
    a, b = point(v), point(w)
    return a - b if minus else a + b


def times(v: Any, w: Any) -> Any:
    if isinstance(v, Transform):
        return v.then(w) if isinstance(w, Transform) else v.apply(w)
    if isinstance(v, sp.Expr) and isinstance(w, sp.Expr):
        return v * w
    if isinstance(v, sp.Expr) and isinstance(w, Pair):
        return w.scaled(v)
    if isinstance(v, Pair) and isinstance(w, sp.Expr):
        return v.scaled(w)
    if isinstance(v, sp.Expr) and isinstance(w, Pen):  # 0.7*white: a grey
        return Pen("white" if w.colour == "white" and v == 1 else "shade")
    raise Decline("a product in the figure I cannot read")


def divide(v: Any, w: Any) -> Any:
    require(isinstance(w, sp.Expr) and w != 0, "a division in the figure I cannot read")
    if isinstance(v, sp.Expr):
        return v / w
    return point(v).scaled(1 / w)


__all__ = ["UNREAD_MARK", "RightMark", "add", "divide", "items", "one_path", "pens", "point",
           "times", "to_number"]
