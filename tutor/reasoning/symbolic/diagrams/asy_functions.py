"""The Asymptote functions and constants a problem figure may use, computed exactly with
SymPy: `dir`, `sqrt`, trigonometry, `midpoint`, `foot`, `extension`, `intersectionpoint`,
`rotate`/`shift`/`scale`/`reflect` transforms, `Circle`, `arc`, pens. Anything else makes
the figure unreadable (the caller declines)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sympy as sp

from tutor.reasoning.symbolic.diagrams.figure import Circle, Pair, Path, Pen, require
from tutor.reasoning.symbolic.model import Decline


@dataclass(frozen=True)
class Transform:
    """x' = a x + b y + e, y' = c x + d y + f."""

    a: sp.Expr
    b: sp.Expr
    c: sp.Expr
    d: sp.Expr
    e: sp.Expr = sp.Integer(0)
    f: sp.Expr = sp.Integer(0)

    def apply(self, v: Any) -> Any:
        if isinstance(v, Pair):
            return Pair(self.a * v.x + self.b * v.y + self.e, self.c * v.x + self.d * v.y + self.f)
        if isinstance(v, Path):
            return Path(tuple(self.apply(p) for p in v.nodes), v.closed, v.curved)
        if isinstance(v, str):  # scale(0.8)*"$A$": a label's size
            return v
        if isinstance(v, Circle) and sp.simplify(self.a**2 + self.c**2 - self.b**2 - self.d**2) \
                == 0 and sp.simplify(self.a * self.b + self.c * self.d) == 0:  # a similarity
            return Circle(self.apply(v.centre), sp.sqrt(self.a**2 + self.c**2) * v.radius)
        raise Decline("a transform of something other than a point or a path")

    def then(self, o: Transform) -> Transform:  # self * o: o first, then self
        return Transform(self.a * o.a + self.b * o.c, self.a * o.b + self.b * o.d,
                         self.c * o.a + self.d * o.c, self.c * o.b + self.d * o.d,
                         self.a * o.e + self.b * o.f + self.e, self.c * o.e + self.d * o.f + self.f)


DEG = sp.pi / 180
_DIRECTIONS = {"N": (0, 1), "S": (0, -1), "E": (1, 0), "W": (-1, 0), "NE": (1, 1),
               "NW": (-1, 1), "SE": (1, -1), "SW": (-1, -1), "up": (0, 1), "down": (0, -1),
               "right": (1, 0), "left": (-1, 0), "origin": (0, 0)}
_COMPASS = {"ENE": 1, "NNE": 3, "NNW": 5, "WNW": 7, "WSW": 9, "SSW": 11, "SSE": 13, "ESE": 15}
_WHITE = {"white"}
_COLOURS = {"gray", "grey", "lightgray", "lightgrey", "mediumgray", "mediumgrey", "darkgray",
            "darkgrey", "black", "red", "blue", "green", "yellow", "lightblue", "pink",
            "orange", "purple", "heavygray", "palegray", "lightred", "cyan", "magenta"}
_STYLE = {"dashed", "dotted", "solid", "longdashed", "dashdotted", "Arrow", "Arrows",
          "EndArrow", "BeginArrow", "ArcArrow", "ArcArrows", "MidArrow", "TeXHead",
          "squarecap", "roundcap", "extendcap", "Fill", "NoFill", "UnFill", "currentpen"}


def constant(name: str) -> Any:
    if name in _DIRECTIONS:
        x, y = _DIRECTIONS[name]
        return Pair(sp.Integer(x), sp.Integer(y))
    if name in _COMPASS:  # ENE is 22.5 degrees, NNE 67.5 ...
        t = sp.pi * _COMPASS[name] / 8
        return Pair(sp.cos(t), sp.sin(t))
    if name == "pi":
        return sp.pi
    if name == "cycle":
        return "cycle"
    if name == "unitcircle":  # Asymptote's circle of radius 1 about the origin
        return Circle(Pair(sp.Integer(0), sp.Integer(0)), sp.Integer(1))
    if name in _WHITE:
        return Pen("white")
    if name in _COLOURS:
        return Pen("shade" if name != "black" else "black")
    if name in _STYLE:
        return Pen(None)
    raise Decline(f"a figure with a name I cannot read: {name}")


def _num(v: Any) -> sp.Expr:
    require(isinstance(v, sp.Expr), "a number expected in the figure")
    return v


def _pair(v: Any) -> Pair:
    if isinstance(v, sp.Expr) and v.is_real:  # Asymptote reads a number x as the point (x, 0)
        return Pair(v, sp.Integer(0))
    require(isinstance(v, Pair), "a point expected in the figure")
    return v


def _straight(v: Any) -> list[tuple[Pair, Pair]]:
    if isinstance(v, Pair):
        raise Decline("a path expected in the figure")
    require(isinstance(v, Path) and not v.curved, "a straight path expected in the figure")
    return v.segments()


def _cross(p: Pair, r: Pair, q: Pair, s: Pair) -> tuple[sp.Expr, sp.Expr] | None:
    """Parameters t, u with p + t r = q + u s, or None for parallel lines."""
    den = r.x * s.y - r.y * s.x
    if abs(sp.N(den, 40)) < 1e-25:
        return None
    qp = q - p
    return ((qp.x * s.y - qp.y * s.x) / den, (qp.x * r.y - qp.y * r.x) / den)


def _extension(a: Pair, b: Pair, c: Pair, d: Pair) -> Pair:
    tu = _cross(a, b - a, c, d - c)
    require(tu is not None, "parallel lines have no intersection")
    assert tu is not None
    return (a + (b - a).scaled(tu[0])).simplified()


def _intersection(p: Any, q: Any) -> Pair:
    found: list[Pair] = []
    for a, b in _straight(p):
        for c, d in _straight(q):
            tu = _cross(a, b - a, c, d - c)
            if tu is not None and all(0 <= float(t) <= 1 for t in tu):
                point = (a + (b - a).scaled(tu[0])).simplified()
                if not any(point.same(f) for f in found):
                    found.append(point)
    require(len(found) == 1, "paths that do not meet at exactly one point")
    return found[0]


def _foot(p: Pair, a: Pair, b: Pair) -> Pair:
    d = b - a
    t = ((p.x - a.x) * d.x + (p.y - a.y) * d.y) / (d.x ** 2 + d.y ** 2)
    return (a + d.scaled(t)).simplified()


def _rotate(args: list[Any]) -> Transform:
    t = _num(args[0]) * DEG
    c, s = sp.cos(t), sp.sin(t)
    rot = Transform(c, -s, s, c)
    if len(args) == 2:
        z = _pair(args[1])
        return Transform(1, 0, 0, 1, z.x, z.y).then(rot.then(Transform(1, 0, 0, 1, -z.x, -z.y)))
    return rot


def _reflect(a: Pair, b: Pair) -> Transform:
    d = b - a
    n2 = d.x ** 2 + d.y ** 2
    m = Transform((d.x ** 2 - d.y ** 2) / n2, 2 * d.x * d.y / n2, 2 * d.x * d.y / n2,
                  (d.y ** 2 - d.x ** 2) / n2)
    return Transform(1, 0, 0, 1, a.x, a.y).then(m.then(Transform(1, 0, 0, 1, -a.x, -a.y)))


def _arc(args: list[Any]) -> Path:
    c, r = _pair(args[0]), _num(args[1])
    if len(args) == 3:  # arc(c, from-point, to-point)
        return Path((_pair(args[1]), _pair(args[2])), curved=True)
    a1, a2 = _num(args[2]) * DEG, _num(args[3]) * DEG
    ends = tuple(Pair(c.x + r * sp.cos(a), c.y + r * sp.sin(a)) for a in (a1, a2))
    return Path(ends, curved=True)


def _pen(args: list[Any]) -> Pen:
    return Pen(None)


def _grey(args: list[Any]) -> Pen:
    return Pen("white" if _num(args[0]) == 1 else "shade")


def _dir(args: list[Any]) -> Pair:
    if len(args) == 1 and isinstance(args[0], sp.Expr):
        t = args[0] * DEG
        return Pair(sp.cos(t), sp.sin(t))
    if len(args) == 1 and isinstance(args[0], Path) and len(args[0].nodes) == 2:
        d = args[0].nodes[1] - args[0].nodes[0]
        n = sp.sqrt(d.x ** 2 + d.y ** 2)
        return Pair(d.x / n, d.y / n)
    raise Decline("dir() of something other than an angle or a segment")


FUNCTIONS: dict[str, Callable[[list[Any]], Any]] = {
    "dir": _dir,
    "expi": lambda a: Pair(sp.cos(_num(a[0])), sp.sin(_num(a[0]))),
    "sqrt": lambda a: sp.sqrt(_num(a[0])),
    "abs": lambda a: sp.sqrt(_pair(a[0]).x ** 2 + _pair(a[0]).y ** 2)
    if isinstance(a[0], Pair) else sp.Abs(_num(a[0])),
    "length": lambda a: sp.sqrt(_pair(a[0]).x ** 2 + _pair(a[0]).y ** 2),
    "sin": lambda a: sp.sin(_num(a[0])), "cos": lambda a: sp.cos(_num(a[0])),
    "tan": lambda a: sp.tan(_num(a[0])),
    "Sin": lambda a: sp.sin(_num(a[0]) * DEG), "Cos": lambda a: sp.cos(_num(a[0]) * DEG),
    "Tan": lambda a: sp.tan(_num(a[0]) * DEG),
    "acos": lambda a: sp.acos(_num(a[0])), "asin": lambda a: sp.asin(_num(a[0])),
    "atan": lambda a: sp.atan(_num(a[0])),
    "aCos": lambda a: sp.acos(_num(a[0])) / DEG, "aSin": lambda a: sp.asin(_num(a[0])) / DEG,
    "aTan": lambda a: sp.atan(_num(a[0])) / DEG,
    "degrees": lambda a: _num(a[0]) / DEG, "radians": lambda a: _num(a[0]) * DEG,
    "xpart": lambda a: _pair(a[0]).x, "ypart": lambda a: _pair(a[0]).y,
    "midpoint": lambda a: (lambda s: (s[0][0] + s[0][1]).scaled(sp.Rational(1, 2)))(
        _straight(a[0])) if len(_straight(a[0])) == 1 else _fail("midpoint of a long path"),
    "foot": lambda a: _foot(_pair(a[0]), _pair(a[1]), _pair(a[2])),
    "extension": lambda a: _extension(*(_pair(p) for p in a[:4])),
    "intersectionpoint": lambda a: _intersection(a[0], a[1]),
    "rotate": _rotate,
    "shift": lambda a: Transform(1, 0, 0, 1, _pair(a[0]).x, _pair(a[0]).y) if len(a) == 1
    else Transform(1, 0, 0, 1, _num(a[0]), _num(a[1])),
    "scale": lambda a: Transform(_num(a[0]), 0, 0, _num(a[0])),
    "reflect": lambda a: _reflect(_pair(a[0]), _pair(a[1])),
    "Circle": lambda a: Circle(_pair(a[0]), _num(a[1])),
    "circle": lambda a: Circle(_pair(a[0]), _num(a[1])),
    "arc": _arc, "Arc": _arc,
    "linewidth": _pen, "fontsize": _pen, "linetype": _pen, "Arrows": _pen, "Arrow": _pen,
    "EndArrow": _pen, "BeginArrow": _pen, "ArcArrow": _pen, "ArcArrows": _pen,
    "gray": _grey, "grey": _grey, "rgb": lambda a: Pen("shade"), "opacity": _pen,
}


def _fail(reason: str) -> Any:
    raise Decline(reason)


__all__ = ["FUNCTIONS", "Transform", "constant"]
