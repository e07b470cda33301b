"""Typed reader: a line (or segment) through two known points, read through a parameter.

- "A line is parameterized by $t$ so that the vector on the line at $t = 1$ is ... and the
  vector on the line at $t = 4$ is ... . Find the vector on the line at $t = 0$." (the
  position moves by equal steps for equal changes of t);
- "A line passes through $(1,3,2)$ and $(4,0,5)$. A point on this line has a $y$-coordinate
  of 6. Find the $x$-coordinate of the point.";
- "The segment from $(1,-2)$ to $(4,6)$ is parameterized by $x = pt + q$, $y = rt + s$,
  $0 \\le t \\le 1$, with $t = 0$ giving $(1,-2)$. Find $p^2 + q^2 + r^2 + s^2$."

Computed in plain fractions; confirmed another way: a point asked at a parameter value by
Lagrange's two-point formula in SymPy; a point found from one coordinate by checking that it
is collinear with the two given points (cross product zero) with the given coordinate; a
segment's letters by evaluating the found parameterization at t = 0, 1/2 and 1.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

Point = tuple[Fraction, ...]
_COLUMN = re.compile(r"^\\begin\{pmatrix\}(.*)\\end\{pmatrix\}$", re.S)
_AT = re.compile(r"^([a-z])\s*=\s*(-?\d+(?:/\d+)?)$")
VOCAB = frozenset("line is parameterized parametrized parameter by so that vector point on "
                  "at and find passes through this has coordinate of segment connecting can "
                  "be equations where corresponds to from the a an contains whose what that "
                  "equals equal compute its some gives".split())


def _number(src: str) -> Fraction:
    v = parse_latex(src)
    if not isinstance(v, sp.Expr) or not v.is_Rational:
        raise Decline("rational coordinates expected")
    return Fraction(int(v.p), int(v.q))


def _point(src: str) -> tuple[Point, bool] | None:
    """The coordinates, and whether written as a column vector (else a point)."""
    src = src.strip()
    if (m := _COLUMN.match(src)) is not None:
        cells = [c for c in re.split(r"\\{1,2}", m.group(1)) if c.strip()]
        return tuple(_number(c) for c in cells), True
    if src.startswith("(") and src.endswith(")") and src.count(",") in (1, 2):
        return tuple(_number(c) for c in src[1:-1].split(",")), False
    return None


def _shown(p: Point, column: bool) -> sp.Basic:
    cells = [sp.Rational(c.numerator, c.denominator) for c in p]
    return sp.Matrix(cells) if column else sp.Tuple(*cells)


def _at_values(split: Split, template: str) -> Result | None:
    maths = split.maths
    pairs = re.findall(r"at @(\d+)@,? is @(\d+)@", template)
    ask = re.search(r"find the (?:vector|point) on the line at @(\d+)@\.?$", template)
    if len(pairs) != 2 or ask is None:
        return None
    known = []
    for at, where in pairs:
        m, p = _AT.match(maths[int(at)].strip()), _point(maths[int(where)])
        if m is None or p is None:
            return None
        known.append((m.group(1), Fraction(m.group(2)), p))
    target = _AT.match(maths[int(ask.group(1))].strip())
    if target is None:
        return None
    (l1, t1, (p1, col1)), (l2, t2, (p2, col2)) = known
    t3 = Fraction(target.group(2))
    if len({l1, l2, target.group(1)}) != 1 or col1 != col2 or len(p1) != len(p2) or t1 == t2:
        raise Decline("two different parameter values of one parameter, same kind of point")
    step_ = tuple((b - a) / (t2 - t1) for a, b in zip(p1, p2, strict=True))
    found = tuple(a + (t3 - t1) * d for a, d in zip(p1, step_, strict=True))
    t = sp.Symbol("t")
    lagrange = [sp.Rational(str(a)) * (t - sp.Rational(str(t2))) / sp.Rational(str(t1 - t2))
                + sp.Rational(str(b)) * (t - sp.Rational(str(t1))) / sp.Rational(str(t2 - t1))
                for a, b in zip(p1, p2, strict=True)]
    again = tuple(sp.expand(e).subs(t, sp.Rational(str(t3))) for e in lagrange)
    confirm.check(all(sp.Rational(str(f)) == g for f, g in zip(found, again, strict=True)),
                  "Lagrange's two-point formula gives the same point")
    answer = _shown(found, col1)
    d = latex(_shown(step_, col1))
    return answer, [
        step("the step per unit of the parameter", "Divide the change of position by the "
             "change of the parameter.", f"$\\mathbf{{d}} = {d}$", ""),
        step("move to the asked value", f"Start at the point for ${l1} = {t1}$ and add "
             f"$({t3} - {t1})\\mathbf{{d}}$.", f"${latex(answer)}$", latex(answer))]


def _from_coordinate(split: Split, template: str) -> Result | None:
    through = re.search(r"\bline (?:passes )?through @0@ and @1@", template)
    told = re.findall(r"@(\d+)@ ?-coordinate (?:of|is|equal to|equals) @(\d+)@", template)
    wanted = re.findall(r"(?:find|what is|compute) (?:the|its) @(\d+)@ ?-coordinate", template)
    if through is None or len(told) != 1 or len(wanted) != 1 or len(split.maths) != 5:
        return None
    maths = split.maths
    a, b = _point(maths[0]), _point(maths[1])
    names = [maths[int(told[0][0])].strip(), maths[int(wanted[0])].strip()]
    if a is None or b is None or len(a[0]) != len(b[0]) or any(
            n not in ("x", "y", "z")[:len(a[0])] for n in names):
        return None
    p, q = a[0], b[0]
    given, asked = ("xyz".index(n) for n in names)
    value = _number(maths[int(told[0][1])])
    if p[given] == q[given]:
        raise Decline("the line keeps that coordinate fixed")
    s = (value - p[given]) / (q[given] - p[given])
    found = tuple(u + s * (v - u) for u, v in zip(p, q, strict=True))
    u1 = [x - y for x, y in zip(found, p, strict=True)]
    u2 = [x - y for x, y in zip(q, p, strict=True)]
    pairs = [(i, j) for i in range(len(p)) for j in range(i + 1, len(p))]
    confirm.check(found[given] == value and all(u1[i] * u2[j] == u1[j] * u2[i] for i, j in pairs),
                  "the point found lies on the line (cross product zero) with the given "
                  "coordinate")
    answer = sp.Rational(found[asked].numerator, found[asked].denominator)
    return answer, [
        step("how far along", f"The {names[0]}-coordinate goes from {p[given]} to {q[given]}; "
             f"{value} is a fraction {s} of the way.", f"$s = {latex(sp.Rational(str(s)))}$",
             ""),
        step("the same fraction of the other change", f"Move that fraction of the way in "
             f"{names[1]} too.", f"${names[1]} = {latex(answer)}$", latex(answer))]


def _segment(split: Split, template: str) -> Result | None:
    maths = [m.strip() for m in split.maths]
    start = re.search(r"@(\d+)@ (?:corresponds to|gives) (?:the point )?@(\d+)@", template)
    ends = [p for p in (_point(m) for m in maths[:2]) if p is not None]
    if start is None or len(ends) != 2 or len(maths) < 6 or "segment" not in template:
        return None
    ranges = [re.fullmatch(r"0\s*\\leq?\s*([a-z])\s*\\leq?\s*1", m) for m in maths]
    rows = [e for m in maths[2:-1] if "=" in m and "," in m or re.match(r"[xyz]\s*=", m)
            for e in m.split(",")]
    told, at = _AT.match(maths[int(start.group(1))]), _point(maths[int(start.group(2))])
    if told is None or at is None or not any(ranges) or not rows:
        return None
    t = sp.Symbol(told.group(1))
    if {r.group(1) for r in ranges if r} != {told.group(1)} or told.group(2) not in ("0", "1"):
        raise Decline("the parameter runs from 0 to 1 and one end is told")
    (p, _), (q, _) = ends
    if at[0] not in (p, q) or p == q or len(p) != len(q):
        raise Decline("the told point must be an end of the segment")
    first = at[0] if told.group(2) == "0" else (q if at[0] == p else p)
    last = q if first == p else p
    letters: dict[sp.Symbol, sp.Rational] = {}
    lines: dict[str, sp.Expr] = {}
    for row in rows:
        eq = parse_latex(row)
        if not isinstance(eq, sp.Equality) or str(eq.lhs) not in "xyz"[:len(p)]:
            return None
        i = "xyz".index(str(eq.lhs))
        slope, rest = sp.expand(eq.rhs).coeff(t), sp.expand(eq.rhs - eq.rhs.coeff(t) * t)
        if not (slope.is_Symbol and rest.is_Symbol) or t in rest.free_symbols:
            raise Decline("each coordinate written as (letter) t + (letter)")
        letters[slope] = sp.Rational(str(last[i] - first[i]))
        letters[rest] = sp.Rational(str(first[i]))
        lines[str(eq.lhs)] = eq.rhs
    if len(lines) != len(p) or len(letters) != 2 * len(p):
        raise Decline("one equation for each coordinate, with different letters")
    asked = parse_latex(maths[-1])
    if not isinstance(asked, sp.Expr) or not asked.free_symbols <= set(letters):
        return None
    value = sp.expand(asked.xreplace(letters))
    for when, want in ((0, first), (1, last), (sp.Rational(1, 2), None)):
        got = [lines[c].xreplace(letters).subs(t, when) for c in "xyz"[:len(p)]]
        mid = [sp.Rational(str(a + b)) / 2 for a, b in zip(first, last, strict=True)]
        confirm.check(got == [sp.Rational(str(w)) for w in want] if want else got == mid,
                      f"the parameterization at {t} = {when} gives the expected point")
    confirm.substituted(asked, letters, value, "the asked expression evaluated numerically")
    shown = ", ".join(f"{latex(k)} = {latex(v)}" for k, v in letters.items())
    return value, [
        step("the start and the step", f"At ${t} = 0$ the point is the start; the "
             f"coefficient of ${t}$ is the change from start to end.", f"${shown}$", ""),
        step("substitute", "Put the letters into the asked expression.",
             f"${latex(asked)} = {latex(value)}$", latex(value))]


def read(split: Split, template: str) -> Result | None:
    if not words_within(template, VOCAB):
        return None
    for reader in (_at_values, _from_coordinate, _segment):
        if (got := reader(split, template)) is not None:
            return got
    return None


__all__ = ["read"]
