"""Typed reader: the line that points plotted for every real t lie on - its slope or an
intercept.

"For real numbers $t,$ the point of intersection of the lines $x + y = 3t + 1$ and
$x - 2y = t - 5$ is plotted. All the plotted points lie on a line. Find the slope of this
line.", "For each real number $t$, the lines $3x + y = 5t - 2$ and $x - y = t + 6$ meet at a
point, which is plotted. ... What is the slope of that line?", "For real numbers $t,$ the
point $(x,y) = (3t - 1, 5 - 2t)$ is plotted. ... Find the $y$-intercept of this line."

The point is read as (x(t), y(t)): told directly, or the one solution of the two equations,
each linear in x and y. Read only when both coordinates are first-degree polynomials in t
(the points then fill a line); a point that does not move, a vertical line (no slope), two
parallel lines (no point), or a curve ("lie on a curve", t^2) is declined. The slope is
y'(t) / x'(t). Confirmed another way: for three values of t the two equations are solved
afresh with those numbers (or the point evaluated), and the three points fit the line
y = m x + b exactly.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_X, _Y = sp.Symbol("x"), sp.Symbol("y")
VOCAB = frozenset("for all each every real number numbers point points intersection lines line "
                  "plotted lie lies on slope intercept meet meets intersect intersects at in "
                  "which these of this that same straight one".split())
_SETUP = re.compile(
    r"for (?:all |each |every )?real (?:numbers? )?@(\d+)@,? (?:the point of intersection of "
    r"the lines @(\d+)@ and @(\d+)@ is plotted|the lines @(\d+)@ and @(\d+)@ (?:meet|intersect)"
    r" (?:at|in) a point(?:,? which is plotted|,? and (?:the|this) point is plotted)?|the point "
    r"@(\d+)@ is plotted)[.,] (?:(?:these|the) points are plotted,? and |and )?all (?:of )?"
    r"(?:the |these )?(?:plotted )?(?:points )?lie on (?:a|one|the same) (?:straight )?line[.,] ")
_ASK = re.compile(r"(?:find|what is|compute|determine) the (?:(slope)|@(\d+)@ ?-intercept|"
                  r"([xy])-intercept) of (?:this|that|the) line\W*")


def _top_level_parts(src: str) -> list[str]:
    """`src` cut at its commas outside brackets."""
    parts: list[str] = []
    depth = start = 0
    for i, ch in enumerate(src):
        if ch in "({[":
            depth += 1
        elif ch in ")}]":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(src[start:i])
            start = i + 1
    return [*parts, src[start:]]


def _point(split: Split, m: re.Match[str], t: sp.Symbol) -> tuple[sp.Expr, sp.Expr]:
    if m.group(6):
        src = re.sub(r"^\s*\(\s*x\s*,\s*y\s*\)\s*=", "", split.maths[int(m.group(6))])
        src = re.sub(r"^\s*(?:\\left)?\(|(?:\\right)?\)\s*$", "", src.strip())
        parts = _top_level_parts(src)
        if len(parts) != 2:
            raise Decline("a point (x, y)")
        x, y = (parse_latex(p) for p in parts)
        if not isinstance(x, sp.Expr) or not isinstance(y, sp.Expr):
            raise Decline("a point (x, y)")
        return x, y
    spots = [g for g in m.group(2, 3, 4, 5) if g]
    eqs = [parse_latex(split.maths[int(s)]) for s in spots]
    if not all(isinstance(e, sp.Equality) for e in eqs):
        raise Decline("two lines told by equations")
    sides = [sp.expand(e.lhs - e.rhs) for e in eqs]
    if any(s.free_symbols - {_X, _Y, t} or sp.Poly(s, _X, _Y).total_degree() != 1
           for s in sides):
        raise Decline("two lines, each linear in x and y")
    found = sp.solve(sides, [_X, _Y], dict=True)
    if len(found) != 1 or set(found[0]) != {_X, _Y}:
        raise Decline("the lines meet in one point for every t")
    return sp.simplify(found[0][_X]), sp.simplify(found[0][_Y])


def _at(split: Split, m: re.Match[str], t: sp.Symbol, value: int) -> tuple[sp.Expr, sp.Expr]:
    """The plotted point for one number t, found afresh: the equations with that number
    solved as a matrix system, or the told point evaluated."""
    if m.group(6):
        x, y = _point(split, m, t)
        return x.subs(t, value), y.subs(t, value)
    spots = [g for g in m.group(2, 3, 4, 5) if g]
    rows, rhs = [], []
    for s in spots:
        e = parse_latex(split.maths[int(s)])
        side = sp.expand((e.lhs - e.rhs).subs(t, value))
        rows.append([side.coeff(_X), side.coeff(_Y)])
        rhs.append(-side.subs({_X: 0, _Y: 0}))
    sol = sp.Matrix(rows).LUsolve(sp.Matrix(rhs))
    return sol[0], sol[1]


def read(split: Split, template: str) -> Result | None:
    if "plotted" not in template or not words_within(template, VOCAB):
        return None
    body = re.sub(r"\s+", " ", template.lower()).strip()
    m = _SETUP.match(body)
    ask = _ASK.fullmatch(body[m.end():]) if m else None
    if m is None or ask is None:
        return None
    t = parse_latex(split.maths[int(m.group(1))])
    if not isinstance(t, sp.Symbol) or t in (_X, _Y):
        return None
    x, y = _point(split, m, t)
    if any(not c.free_symbols <= {t} or not c.is_polynomial(t) or sp.degree(c, t) > 1
           for c in (x, y)):
        raise Decline("a point whose coordinates are first-degree in t")
    dx, dy = sp.diff(x, t), sp.diff(y, t)
    if dx == 0:
        raise Decline("a point that moves along a line with a slope")
    slope = sp.nsimplify(dy / dx)
    b = sp.simplify(y - slope * x)
    line = sp.Eq(_Y, slope * _X + b)
    points = [_at(split, m, t, v) for v in (-3, 1, 4)]
    confirm.check(all(sp.simplify(py - slope * px - b) == 0 for px, py in points),
                  "three plotted points, each found afresh, fit the line")
    which = ask.group(3) or (split.maths[int(ask.group(2))].strip() if ask.group(2) else "")
    if ask.group(1):
        value = slope
    elif which == "y":
        value = b
    elif which == "x" and slope != 0:
        value = sp.nsimplify(-b / slope)
    else:
        raise Decline("the slope or an intercept of the line")
    claim = f"(x, y) = \\left({latex(x)}, {latex(y)}\\right)"
    return value, [
        step("the plotted point", "Write the plotted point in terms of the parameter.",
             f"${claim}$", claim),
        step("eliminate the parameter", "Both coordinates change at a constant rate, so the "
             "points lie on a line whose slope is the ratio of the rates.",
             f"${latex(line)}$", latex(line))]


__all__ = ["read"]
