"""A triangle inscribed in a circle whose centre O is drawn and named, with the angles at O
given (labelled inside them in the figure, or stated: "$\\angle BOC = 120^\\circ$"): "What
is the measure of $\\angle BAC$?" An angle at a vertex is half the angle at the centre
standing on the same arc (the inscribed angle theorem).

The figure decides only what no number depends on: which corners the three angles at O lie
between, and that O is inside the triangle (so every arc opposite a vertex is less than a
half circle and the angle at O on it is the one drawn). The three angles at O add up to
360 degrees; two given fix the third (three given must add up to 360), each less than 180.
Confirmed by placing the three corners on a unit circle at those angles and measuring the
asked angle from its vectors at 50 digits."""

from __future__ import annotations

import math
import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.diagrams.angle_sums import VOCAB as ANGLE_WORDS
from tutor.reasoning.symbolic.diagrams.angle_sums import angle_value, is_name
from tutor.reasoning.symbolic.diagrams.angles_at_point import clear_sector, label_places
from tutor.reasoning.symbolic.diagrams.figure import Circle, Figure, Pair, Path, require
from tutor.reasoning.symbolic.diagrams.labels import read_labels
from tutor.reasoning.symbolic.model import latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

VOCAB = ANGLE_WORDS | frozenset(
    "circle center centre centered centred circumscribed about around inscribed point "
    "triangle with and as follows at a an".split())
_ANGLE = re.compile(r"\s*(?:m\s*)?\\angle\s*\{?\s*([A-Z])([A-Z])([A-Z])\s*\}?\s*(?:=\s*(.+))?")
_TRIANGLE = re.compile(r"\s*(?:\\triangle\s*)?\{?\s*[A-Z]{3}\s*\}?\s*")


def _corners(figure: Figure, names: dict[str, Pair]) -> tuple[str, str, list[str]]:
    """The centre's name, the asked triangle's corners (on the circle), and everything
    drawn checked: the circle, the triangle's sides and radii to its corners."""
    circles = [c for c in figure.drawn if isinstance(c, Circle)]
    require(len(circles) == 1 and not figure.fills and not figure.unread_marks,
            "one circle and its triangle")
    circle = circles[0]
    centre = [n for n, p in names.items() if p.same(circle.centre)]
    require(len(centre) == 1, "the circle's centre named")
    r = float(circle.radius)
    on = [n for n, p in names.items()
          if abs(math.dist(p.numeric(), circle.centre.numeric()) - r) < 0.02 * r]
    require(len(on) == 3 and len(names) == 4, "three named points on the circle")
    allowed = {frozenset(s) for s in (on[:2], on[1:], (on[0], on[2]))} | {
        frozenset((centre[0], n)) for n in on}
    drawn = set()
    for item in figure.drawn:
        if isinstance(item, Path):
            require(not item.curved, "a curve besides the circle")
            for a, b in item.segments():
                ends = [n for n, p in names.items() if p.same(a) or p.same(b)]
                require(len(ends) == 2 and frozenset(ends) in allowed,
                        "a segment other than the triangle's sides and radii")
                drawn.add(frozenset(ends))
    require(all(frozenset(s) in drawn for s in (on[:2], on[1:], (on[0], on[2]))),
            "a triangle whose sides are not all drawn")
    return centre[0], "".join(on), [n for n in on if frozenset((centre[0], n)) in drawn]


def _inside(o: Pair, tri: list[Pair]) -> bool:
    (ox, oy), pts = o.numeric(), [p.numeric() for p in tri]
    signs = [(b[0] - a[0]) * (oy - a[1]) - (b[1] - a[1]) * (ox - a[0])
             for a, b in zip(pts, pts[1:] + pts[:1], strict=True)]
    size = max(math.dist(a, b) for a in pts for b in pts)
    return all(s > 0.01 * size**2 for s in signs) or all(s < -0.01 * size**2 for s in signs)


def inscribed_angle(figure: Figure, split: Split, template: str) -> Result | None:
    w = words(template)
    if not words_within(template, VOCAB) or not w & {"circumscribed", "inscribed"} or not w & {
            "center", "centre", "centered", "centred"}:
        return None
    names = read_labels(figure).points
    o, corners, radii = _corners(figure, names)
    require(_inside(names[o], [names[c] for c in corners]), "the centre inside the triangle")
    at_o: dict[frozenset[str], sp.Expr] = {}  # the angle at O between two corners
    asked = None
    for piece in split.maths:
        m = _ANGLE.fullmatch(piece)
        if m is None:
            require(bool(_TRIANGLE.fullmatch(piece)) or piece.strip() == o
                    and bool(re.fullmatch(r"\s*[A-Z]\s*", piece)), "maths I do not read")
            require(not _TRIANGLE.fullmatch(piece) or set(re.sub(r"[^A-Z]", "", piece))
                    == set(corners), "another triangle")
            continue
        x, v, y, value = m.groups()
        require({x, v, y} <= set(corners) | {o} and len({x, v, y}) == 3, "another angle")
        if value is None:
            require(asked is None and v in corners and o not in (x, y), "one angle asked")
            asked = (x, v, y)
            continue
        require(v == o, "an angle given away from the centre")
        at_o[frozenset((x, y))] = _degrees(value)
    require(asked is not None, "an angle at a corner asked")
    assert asked is not None
    _labels_at_centre(figure, names, o, radii, at_o)
    pairs = [frozenset(p) for p in ((corners[0], corners[1]), (corners[1], corners[2]),
                                    (corners[0], corners[2]))]
    missing = [p for p in pairs if p not in at_o]
    require(len(missing) <= 1, "two angles at the centre given")
    if missing:
        at_o[missing[0]] = 360 - sum(at_o.values())
    require(sum(at_o.values()) == 360 and all(0 < a < 180 for a in at_o.values()),
            "angles at the centre that do not fit a triangle around it")
    x, v, y = asked
    arc = at_o[frozenset((x, y))]
    value = arc / 2
    _confirm(at_o, corners, asked, value)
    told = ", ".join(f"\\angle {sorted(p)[0]}{o}{sorted(p)[1]} = {latex(a)}^\\circ"
                     for p, a in at_o.items())
    return value, [
        step("Angles at the centre", "The angles around the centre add up to 360 degrees.",
             f"${told}$."),
        step("Inscribed angle", "An inscribed angle is half the central angle on the same arc.",
             f"$\\angle {x}{v}{y} = \\frac{{1}}{{2}} \\angle {x}{o}{y} = "
             f"\\frac{{{latex(arc)}}}{{2}} = {latex(value)}^\\circ$.")]


def _degrees(text: str) -> sp.Expr:
    value = angle_value(text)
    require(not value.free_symbols and value.is_positive is True, "an angle in degrees")
    return value


def _labels_at_centre(figure: Figure, names: dict[str, Pair], o: str, radii: list[str],
                      at_o: dict[frozenset[str], sp.Expr]) -> None:
    """Degree labels at the centre, each clearly between two drawn radii; no other label."""
    centre = names[o]
    vx, vy = centre.numeric()
    rays = sorted((math.atan2(p[1] - vy, p[0] - vx) % (2 * math.pi), n)
                  for n in radii for p in [names[n].numeric()])
    size = max(math.dist(a.numeric(), b.numeric()) for a in names.values()
               for b in names.values())
    for label in figure.labels:
        if is_name(label.text):
            continue
        require(len(rays) == 3 and isinstance(label.at, Pair), "a label away from the centre")
        assert isinstance(label.at, Pair)
        require(math.dist(label.at.numeric(), (vx, vy)) < 0.1 * size, "a label off the centre")
        found = {clear_sector(math.atan2(py - vy, px - vx) % (2 * math.pi),
                              [a for a, _ in rays])
                 for px, py in label_places(label, size)
                 if math.dist((px, py), (vx, vy)) > 1e-9 * size}
        found.discard(None)
        require(len(found) == 1, "an angle label between two angles")
        i = found.pop()
        assert i is not None
        pair = frozenset((rays[i][1], rays[(i + 1) % 3][1]))
        value = _degrees(label.text)
        require(at_o.get(pair, value) == value, "a label and the words disagree")
        at_o[pair] = value


def _confirm(at_o: dict[frozenset[str], sp.Expr], corners: str, asked: tuple[str, str, str],
             value: sp.Expr) -> None:
    """The corners on a unit circle, a, b, c going round, the asked angle measured."""
    a, b, c = corners[0], corners[1], corners[2]
    with mpmath.workdps(50):
        deg = mpmath.pi / 180
        turn = {a: mpmath.mpf(0)}
        turn[b] = mpmath.mpf(str(at_o[frozenset((a, b))])) * deg
        turn[c] = turn[b] + mpmath.mpf(str(at_o[frozenset((b, c))])) * deg
        p = {n: (mpmath.cos(t), mpmath.sin(t)) for n, t in turn.items()}
        x, v, y = (p[n] for n in asked)
        u1, u2 = (x[0] - v[0], x[1] - v[1]), (y[0] - v[0], y[1] - v[1])
        cos = (u1[0] * u2[0] + u1[1] * u2[1]) / (mpmath.hypot(*u1) * mpmath.hypot(*u2))
        confirm.number(mpmath.acos(cos) / deg, value,
                       "the corners placed on a circle and the angle measured at 50 digits")


__all__ = ["inscribed_angle"]
