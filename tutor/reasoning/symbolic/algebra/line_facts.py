"""The facts that fix one unknown line, read from a problem's words.

A line is spoken of by what is known about it: its slope ("has a slope of $-2$", "whose
slope is 3"), points on it ("passes through $(1, 4)$", "contains the points $P$ and $Q$",
"$(2, 5)$ lies on it"), its intercepts ("a $y$-intercept of 7", "its $x$-intercept is
$(5, 0)$", "crosses the $y$-axis at $-2$"), a line it is parallel or perpendicular to
(given by an equation, by two of its points, or an axis), or a segment it is the
perpendicular bisector of. Each fact is one equation in the line's slope M and
y-intercept C (y = Mx + C) and any letter the problem leaves unknown in a point
("an $x$-intercept of $(s, 0)$"). `take_facts` takes every fact it reads out of the
template and returns what is left; the reader (`line_situations`) then reads the question
in what is left, every word of it known.

Each fact also keeps its own check (`Fact.holds`) on two points of the line found, by a
method other than the equation it was solved with: cross products for points and parallel
lines, a dot product for perpendicular ones, rise over run for a slope.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import sympy as sp

from tutor.reasoning.symbolic.geometry.reading import as_tuple
from tutor.reasoning.symbolic.model import Decline, latex
from tutor.reasoning.symbolic.parsing import Split, parse_latex

X, Y = sp.Symbol("x"), sp.Symbol("y")
M, C = sp.Dummy("M"), sp.Dummy("C")
Vec = tuple[sp.Expr, sp.Expr]

# a number: a maths piece or a plain number in the words
NUM = r"(?:@\d+@|-?\d+(?:\.\d+)?)"
PT = r"@\d+@"
_THE_POINT = r"(?:the (?:points?|coordinates?) |points? )?"
_REF = r"(?:the )?(?:line|graph)?(?: of| defined by| given by| with (?:the )?equation| whose " \
       r"equation is| represented by)? ?"


@dataclass(frozen=True)
class Fact:
    """One thing known about the line: an equation in M, C (and letters), how to say it,
    and a check of the found line (two of its points) by another method."""

    equation: sp.Equality
    said: str
    holds: Callable[[Vec, Vec], sp.Expr]  # zero when the fact holds


def settled(sol: dict[sp.Symbol, sp.Expr]) -> dict[sp.Symbol, sp.Expr]:
    """A solution whose values name other unknowns ({x: a, a: 3}) with those put in."""
    for _ in range(3):
        sol = {k: sp.simplify(v.subs(sol)) for k, v in sol.items()}
    return sol


def _cross(u: Vec, v: Vec) -> sp.Expr:
    return sp.expand(u[0] * v[1] - u[1] * v[0])


def number(split: Split, src: str) -> sp.Expr:
    """A number written in the words ("10") or as a piece ("@2@")."""
    m = re.fullmatch(r"@(\d+)@", src)
    v = parse_latex(split.maths[int(m.group(1))]) if m else sp.nsimplify(src)
    if not isinstance(v, sp.Expr) or isinstance(v, sp.Tuple) or v.free_symbols & {X, Y}:
        raise Decline("a number expected")
    return sp.nsimplify(v)


def point_of(src: str) -> Vec | None:
    """A point in the plane, named or not; its coordinates numbers or letters (not x, y)."""
    src = re.sub(r"^\s*[A-Z]'?\s*=?\s*(?=\\left\(|\()", "", src)
    if not src.lstrip().startswith(("(", "\\left(")):
        return None
    try:
        v = as_tuple(parse_latex(src))
    except Decline:
        return None
    if not isinstance(v, sp.Tuple) or len(v) != 2 or not all(
            isinstance(c, sp.Expr) and not c.free_symbols & {X, Y} for c in v):
        return None
    return sp.nsimplify(v[0]), sp.nsimplify(v[1])


def point(split: Split, src: str) -> Vec:
    p = point_of(split.maths[int(src.strip("@"))])
    if p is None:
        raise Decline("a point in the plane expected")
    return p


def direction_of(split: Split, src: str) -> Vec:
    """The direction (dx, dy) of a line given by its equation a x + b y + c = 0."""
    e = parse_latex(split.maths[int(src.strip("@"))])
    if not isinstance(e, sp.Equality):
        raise Decline("a line's equation expected")
    f = sp.expand(e.lhs - e.rhs)
    if f.free_symbols - {X, Y} or not f.is_polynomial(X, Y) \
            or sp.Poly(f, X, Y).total_degree() != 1:
        raise Decline("a line in x and y with numbers for coefficients")
    a, b = f.coeff(X), f.coeff(Y)
    return sp.nsimplify(b), sp.nsimplify(-a)


def on_line(p: Vec) -> Fact:
    def holds(a: Vec, b: Vec) -> sp.Expr:
        return _cross((b[0] - a[0], b[1] - a[1]), (p[0] - a[0], p[1] - a[1]))
    return Fact(sp.Eq(p[1], M * p[0] + C, evaluate=False),
                f"$\\left({latex(p[0])}, {latex(p[1])}\\right)$ is on the line", holds)


def slope_is(s: sp.Expr) -> Fact:
    def holds(a: Vec, b: Vec) -> sp.Expr:
        return (b[1] - a[1]) / (b[0] - a[0]) - s
    return Fact(sp.Eq(M, s, evaluate=False), f"the slope is ${latex(s)}$", holds)


def along(d: Vec, perpendicular: bool) -> Fact:
    """Parallel (or perpendicular) to a line with direction d."""
    if perpendicular:
        if d[1] == 0:
            raise Decline("a line perpendicular to a horizontal line is vertical")
        def holds(a: Vec, b: Vec) -> sp.Expr:
            return (b[0] - a[0]) * d[0] + (b[1] - a[1]) * d[1]
        s = -d[0] / d[1]
        return Fact(sp.Eq(M, s, evaluate=False), "perpendicular slopes multiply to $-1$: the "
                    f"slope is ${latex(s)}$", holds)
    if d[0] == 0:
        raise Decline("a line parallel to a vertical line is vertical")
    def holds_parallel(a: Vec, b: Vec) -> sp.Expr:
        return _cross((b[0] - a[0], b[1] - a[1]), d)
    return Fact(sp.Eq(M, d[1] / d[0], evaluate=False), "parallel lines have equal slopes: the "
                f"slope is ${latex(d[1] / d[0])}$", holds_parallel)


def _ref_direction(split: Split, m: re.Match[str]) -> Vec:
    if m.group("axis"):
        return (sp.Integer(1), sp.Integer(0)) if m.group("axis") == "x" else \
            (sp.Integer(0), sp.Integer(1))
    if m.group("eq"):
        return direction_of(split, m.group("eq"))
    p, q = point(split, m.group("p")), point(split, m.group("q"))
    if p == q:
        raise Decline("two equal points name no line")
    return q[0] - p[0], q[1] - p[1]


_THROUGH = r"(?:passes |passing |pass |goes |going |runs |running )?(?:through|containing|" \
           r"contains|contain|includes|including)"
_RELATION = re.compile(
    rf"\b(?P<rel>parallel|perpendicular) to (?:(?:the |a )?line (?:{_THROUGH}|joining|"
    rf"connecting) {_THE_POINT}(?P<p>{PT}) and (?P<q>{PT})|(?:the )?(?P<axis>[xy])-axis|{_REF}"
    rf"(?P<eq>{PT})(?= |[,.?;]|$))")
_BISECTOR = re.compile(
    rf"\b(?:is )?(?:the |a )?perpendicular bisector of (?:the )?(?:line )?(?:segment )?(?:with "
    rf"endpoints |from |joining |connecting |between )?(?P<p>{PT}) (?:and|to) (?P<q>{PT})")
_SLOPE = re.compile(rf"\b(?:(?:has |with |having )?(?:a |the )?slope (?:of (?:the|this|that|our|a)"
                    rf" line )?(?:is |of |equal to |equals |= |which is |that is )?|whose slope "
                    rf"is )(?P<n>{NUM})(?= |[,.?;]|$)")
_INTERCEPT = re.compile(
    rf"\b(?:(?:has |with |having )?(?:an? |the |its )?(?P<ax>[xy])-intercept (?:of (?:the|a|this|"
    rf"that) line )?(?:is |of |at |equal to |equals |= |which is )?|(?:crosses|meets|"
    rf"intersects|hits|cuts|touches) (?:the )?(?P<ax2>[xy])-axis at (?:the point )?)"
    rf"(?P<n>{NUM})(?= |[,.?;]|$)")
_THROUGH_RE = re.compile(rf"\b{_THROUGH} {_THE_POINT}(?P<p>{PT})(?:,? and (?P<q>{PT}))?")
_LIES = re.compile(rf"(?:\bthe points? )?(?P<p>{PT})(?:,? and (?P<q>{PT}))? (?:lies|lie|is|are|"
                   r"is located|also lies|is also|lies also|both lie) on (?:it|a line|a straight "
                   r"line|the line|this line|that line|line @\d+@|the graph)\b")


_GIVEN = re.compile(rf"\b(?:(?:has|with) (?:the )?equation|(?:the )?(?:line|graph)(?: of| defined "
                    rf"by| given by| with (?:the )?equation| whose equation is| represented by)?)"
                    rf" (?P<eq>{PT})(?= |[,.?;]|$)")


def given(split: Split, src: str) -> list[Fact]:
    """A line's own equation a x + b y + c = 0: its slope and its point on the y-axis. The
    coefficients a and c may hold letters the facts fix ("the line $x + y = k$"); b must be
    a number other than 0 (a line that is never vertical)."""
    e = parse_latex(split.maths[int(src.strip("@"))])
    if not isinstance(e, sp.Equality):
        raise Decline("a line's equation expected")
    f = sp.expand(e.lhs - e.rhs)
    if not f.is_polynomial(X, Y) or sp.Poly(f, X, Y).total_degree() != 1:
        raise Decline("a line in x and y")
    a, b, c = f.coeff(X), f.coeff(Y), f.subs({X: 0, Y: 0})
    if not b.is_Rational or b == 0 or a.has(Y) or c.has(X, Y):
        raise Decline("a line that is not vertical, with a number for the coefficient of y")
    return [slope_is(sp.nsimplify(-a / b)), on_line((sp.Integer(0), sp.nsimplify(-c / b)))]


def _intercept(split: Split, m: re.Match[str]) -> Fact:
    axis = m.group("ax") or m.group("ax2")
    src = m.group("n")
    if src.startswith("@") and point_of(split.maths[int(src.strip("@"))]) is not None:
        p = point(split, src)
        if (axis == "y" and p[0] != 0) or (axis == "x" and p[1] != 0):
            raise Decline("an intercept that is not on its axis")
        return on_line(p)
    v = number(split, src)
    return on_line((sp.Integer(0), v) if axis == "y" else (v, sp.Integer(0)))


def take_facts(split: Split, template: str, equation: bool = True) -> tuple[list[Fact], str]:
    """Every fact read about the line, and the template with each one taken out; with
    `equation`, an equation said to be the line's is read too ("the line $2x + y = 6$")."""
    facts: list[Fact] = []

    def relation(m: re.Match[str]) -> str:
        facts.append(along(_ref_direction(split, m), m.group("rel") == "perpendicular"))
        return " ; "

    def bisector(m: re.Match[str]) -> str:
        p, q = point(split, m.group("p")), point(split, m.group("q"))
        if p == q:
            raise Decline("a segment with equal endpoints")
        facts.append(on_line(((p[0] + q[0]) / 2, (p[1] + q[1]) / 2)))
        facts.append(along((q[0] - p[0], q[1] - p[1]), True))
        return " ; "

    def slope(m: re.Match[str]) -> str:
        facts.append(slope_is(number(split, m.group("n"))))
        return " ; "

    def intercept(m: re.Match[str]) -> str:
        src = m.group("n")
        if src.startswith("@") and "=" in split.maths[int(src.strip("@"))]:
            return m.group(0)  # "the x-intercept of the line $2x + y = 4$": asked, not told
        facts.append(_intercept(split, m))
        return " ; "

    def through(m: re.Match[str]) -> str:
        facts.extend(on_line(point(split, m.group(g))) for g in ("p", "q")
                     if m.groupdict().get(g))
        return " ; "

    text = re.sub(rf"\b(?:the )?(?:line )?segment (?:with endpoints |from |joining |connecting "
                  rf"|between )?({PT}) (and|to) ({PT}) has ([^.;?]{{1,40}}?) as its perpendicular "
                  r"bisector", r"\4 is the perpendicular bisector of \1 \2 \3", template)
    text = _BISECTOR.sub(bisector, text)
    text = _RELATION.sub(relation, text)
    text = _SLOPE.sub(slope, text)
    text = _INTERCEPT.sub(intercept, text)
    text = _THROUGH_RE.sub(through, text)
    text = _LIES.sub(through, text)
    if equation:
        def own(m: re.Match[str]) -> str:
            facts.extend(given(split, m.group("eq")))
            return " line ; "
        text = _GIVEN.sub(own, text)
    return facts, text


__all__ = ["C", "Fact", "M", "X", "Y", "Vec", "along", "direction_of", "given", "number",
           "on_line", "point", "point_of", "settled", "slope_is", "take_facts"]
