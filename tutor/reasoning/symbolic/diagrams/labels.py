"""What a figure's labels say: which point each letter names, and which drawn segment each
number labels. A label that cannot be placed for certain makes the figure unreadable."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import sympy as sp

from tutor.reasoning.symbolic.diagrams.figure import Figure, Label, Pair, Path, require
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import parse_latex

_NAME = re.compile(r"\s*\$?\s*([A-Z])\s*\$?\s*")
_UNITS = re.compile(r"\s*(?:\\(?:text|mbox|mathrm)\s*\{\s*)?(?:units?|cm|mm|m|km|in|inches|ft"
                    r"|feet|foot|meters|metres|centimeters|centimetres|miles|yd|yards)"
                    r"\s*\}?\s*$")
_COORDINATES = re.compile(r"\s*\$?\s*\(\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*\)\s*\$?\s*")
_DEGREES = re.compile(r"(.+?)\s*\^\s*\{?\s*\\circ\s*\}?\s*")

Segment = tuple[Pair, Pair]


@dataclass
class Reading:
    """Points by name, number labels by segment, and degree labels (kept as text)."""

    points: dict[str, Pair] = field(default_factory=dict)
    lengths: list[tuple[Segment, sp.Expr]] = field(default_factory=list)
    length_labels: list[Label] = field(default_factory=list)  # the label of each length
    degrees: list[tuple[Pair, sp.Expr]] = field(default_factory=list)
    others: list[str] = field(default_factory=list)  # "$x$", "WIN": labels not read

    def name_of(self, p: Pair) -> str | None:
        names = [n for n, q in self.points.items() if q.same(p)]
        return names[0] if len(names) == 1 else None


def _value(text: str) -> tuple[str, sp.Expr] | None:
    """("length", value) or ("degrees", value) for a number label, else None."""
    if text.count("$") not in (0, 2):
        return None
    s = _UNITS.sub("", text.replace("$", " ")).strip()
    m = _DEGREES.fullmatch(s)
    body = m.group(1) if m else s
    if not re.fullmatch(r"(?:[\d.\s{}]|\\sqrt|\\frac)+", body) or not re.search(r"\d", body):
        return None
    try:
        value = parse_latex(body)
    except Decline:
        return None
    if value.free_symbols or not value.is_positive:
        return None
    return ("degrees" if m else "length", value)


def _distance(p: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
    dx, dy = b[0] - a[0], b[1] - a[1]
    t = max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)))
    return math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)


def segment_at(figure: Figure, at: Pair) -> Segment:
    """The drawn segment a number at `at` labels: the label on it, or clearly nearest it."""
    p = at.numeric()
    ranked = sorted((_distance(p, a.numeric(), b.numeric()), i, (a, b))
                    for i, (a, b) in enumerate(figure.segments()))
    require(bool(ranked), "a number label with no segment to label")
    d1, _, seg = ranked[0]
    size = math.dist(seg[0].numeric(), seg[1].numeric())
    d2 = ranked[1][0] if len(ranked) > 1 else math.inf
    require(d1 <= 0.35 * size and d1 < 0.5 * d2, "a number label between two segments")
    return seg


def read_labels(figure: Figure) -> Reading:
    out = Reading()
    pts = figure.points()
    for label in figure.labels:
        name = _NAME.fullmatch(label.text)
        if name:
            require(isinstance(label.at, Pair), "a point's name placed on a path")
            assert isinstance(label.at, Pair)
            at = [p for p in pts if p.same(label.at)]
            if not at:
                continue  # a name written near a point it is not at: that name is not read
            require(name.group(1) not in out.points or out.points[name.group(1)].same(at[0]),
                    "one name on two points")
            out.points[name.group(1)] = at[0]
            continue
        written = _COORDINATES.fullmatch(label.text)
        if written:  # "(10,0)" written at a point: it must be that point
            require(isinstance(label.at, Pair) and label.at.same(Pair(
                sp.Rational(written.group(1)), sp.Rational(written.group(2)))),
                "a point's coordinates written where the figure does not put it")
            continue
        value = _value(label.text)
        if value is None:
            out.others.append(label.text)
            continue
        kind, number = value
        if kind == "degrees":
            require(isinstance(label.at, Pair), "an angle's label on a path")
            assert isinstance(label.at, Pair)
            out.degrees.append((label.at, number))
            continue
        if isinstance(label.at, Path):
            require(len(label.at.nodes) == 2, "a label on a long path")
            seg: Segment = (label.at.nodes[0], label.at.nodes[1])
        else:
            seg = segment_at(figure, label.at)
        out.lengths.append((seg, number))
        out.length_labels.append(label)
    names = list(out.points.values())
    require(all(not a.same(b) for i, a in enumerate(names) for b in names[i + 1:]),
            "two names on one point")
    return out


__all__ = ["Reading", "read_labels", "segment_at"]
