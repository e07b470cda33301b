"""Typed reader: the constant that makes a line tangent to a parabola or circle, or meet it
at exactly one point.

"Find $m$ so that the line $y = mx - 4$ is tangent to the parabola $y = x^2$, where
$m > 0$", "The line $x = k$ intersects the graph of the parabola $x = -3y^2 + 6y + 2$ at
exactly one point. What is $k$?", "For what positive value of $m$ is the line $y = mx$
tangent to the circle $(x-4)^2 + y^2 = 8$?", "Find the value of $k$ such that the line
$y = -2x + k$ and the parabola $y = x^2 + 6x$ intersect at exactly one point".

The line is written with y (or x) alone on one side; putting it into the curve's equation
leaves a quadratic in the other coordinate, and the line meets the curve once exactly when
that quadratic has a double root: its discriminant, a polynomial in the constant, is zero.
For "at exactly one point" the quadratic's x^2 term must be there for every real value of
the constant (a line parallel to a hyperbola's asymptote, or a vertical line across y = f(x),
meets the curve once for many values: declined); a tangent needs the double root, so a
value that makes the x^2 term vanish is not one. Each value is confirmed another way:
the line and the curve solved together (SymPy's `solve` on the system) meet at exactly one
real point, and at that point the curve's gradient is perpendicular to the line (calculus,
not the discriminant), so the line touches the curve there.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.expressions import final_value
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_CURVE = (r"(?:the )?(?:graph of (?:the )?)?(?:parabola|circle|ellipse|hyperbola|curve|"
          r"graph(?: of)?)? ?@(?P<c>\d+)@")
_ONCE = r" (?:at|in) (?:exactly |only )?one point| (?:exactly |only )?once"
_RELATIONS = [
    re.compile(r"(?:the )?(?:graph of )?(?:the )?line @(?P<l>\d+)@ (?:is |be )?(?:(?P<how>"
               r"tangent to|touch(?:es)?|meets?|intersects?|hits?) )" + _CURVE
               + rf"(?P<once>{_ONCE})?"),
    re.compile(r"(?:the )?line @(?P<l>\d+)@ and " + _CURVE + r" (?P<how>intersect|meet|touch)"
               rf"(?P<once>{_ONCE})"),
    # the curve first: "the parabola $y = x^2 + k$ is tangent to the line $y = 2x$"
    re.compile(r"(?:the )?(?:graph of (?:the )?)?(?:parabola|circle|ellipse|hyperbola|curve) "
               r"@(?P<c>\d+)@ (?:is |be )?(?P<how>tangent to|touch(?:es)?) (?:the )?(?:graph of "
               r"(?:the )?)?line @(?P<l>\d+)@(?P<once>)"),
]
VOCAB = frozenset(
    "find what which value values of the is so that for does do makes make such where all "
    "possible positive negative constant real number determine compute give if are will "
    "there".split())
_SIGN = re.compile(r"\s*([a-zA-Z])\s*(>|<)\s*0\s*")
_X, _Y = sp.symbols("x y")


def _equation(src: str) -> sp.Expr:
    e = parse_latex(src)
    if not isinstance(e, sp.Equality):
        raise Decline("a line and a curve given by equations")
    return sp.expand(e.lhs - e.rhs)


def _line(src: str) -> tuple[sp.Symbol, sp.Expr]:
    """The coordinate written alone and what it equals: "y = mx - 4" gives (y, mx - 4)."""
    e = parse_latex(src)
    if not isinstance(e, sp.Equality) or e.lhs not in (_X, _Y):
        raise Decline("a line written y = ... or x = ...")
    other = _Y if e.lhs == _X else _X
    rhs = sp.expand(e.rhs)
    if e.lhs in rhs.free_symbols or not rhs.is_polynomial(other) or sp.degree(rhs, other) > 1:
        raise Decline("a straight line")
    return e.lhs, rhs


def read(split: Split, template: str) -> Result | None:
    if "line" not in template:
        return None
    m = next((r.search(template) for r in _RELATIONS if r.search(template)), None)
    if m is None:
        return None
    tangent = m.group("how").startswith(("tangent", "touch"))
    if not tangent and not m.group("once"):
        return None  # where or how often they meet: another question
    rest = template[:m.start()] + " " + template[m.end():]
    w = words(rest)
    if w - FILLER - VOCAB - {c for c in w if len(c) == 1}:
        return None
    pieces = [int(i) for i in re.findall(r"@(\d+)@", rest)]
    signs: dict[sp.Symbol, str] = {}
    for i in pieces:
        sign = _SIGN.fullmatch(split.maths[i])
        if sign is not None:
            signs[sp.Symbol(sign.group(1))] = "positive" if sign.group(2) == ">" else "negative"
        elif not re.fullmatch(r"\s*[a-zA-Z]\s*", split.maths[i]):
            return None
    alone, along = _line(split.maths[int(m.group("l"))])
    curve = _equation(split.maths[int(m.group("c"))])
    params = (curve.free_symbols | along.free_symbols) - {_X, _Y}
    named = {sp.Symbol(split.maths[i].strip()) for i in pieces
             if re.fullmatch(r"\s*[a-zA-Z]\s*", split.maths[i])}
    if len(params) != 1 or named - params or set(signs) - params:
        raise Decline("one constant in the line or the curve")
    (k,) = params
    if not curve.is_polynomial(_X, _Y, k) or sp.Poly(curve, _X, _Y).total_degree() != 2:
        raise Decline("a parabola or circle: a curve of degree 2")
    t = _Y if alone == _X else _X
    meet = sp.Poly(sp.expand(curve.subs(alone, along)), t)
    if meet.degree() != 2:
        raise Decline("the line meets the curve in a quadratic")
    a, b, c = (meet.coeff_monomial(t**n) for n in (2, 1, 0))
    if a.free_symbols and not a.is_polynomial(k) or not tangent and any(
            v.is_real for v in sp.solve(a, k)):
        # met once where the x^2 term vanishes too: a line, not a tangent (kept out below)
        raise Decline("the x^2 term vanishes for some value of the constant")
    disc = sp.factor(sp.expand(b**2 - 4 * a * c))
    values = [v for v in sp.solve(sp.Eq(disc, 0), k) if v.is_real and a.subs(k, v) != 0]
    said = (words(template) | set(signs.values())) & {"positive", "negative"}
    if "positive" in said:
        values = [v for v in values if v.is_positive]
    if "negative" in said:
        values = [v for v in values if v.is_negative]
    values = sorted(set(values), key=lambda v: float(v))
    if not values:
        raise Decline("no value of the constant makes the line touch the curve")
    for v in values:
        _confirm(curve.subs(k, v), alone, along.subs(k, v))
    steps: list[Step] = [
        step("substitute the line", f"Put ${latex(alone)} = {latex(along)}$ into the curve's "
             "equation.", f"${latex(meet.as_expr())} = 0$", f"{latex(meet.as_expr())} = 0"),
        step("one meeting point: zero discriminant", "The line meets the curve once exactly "
             "when this quadratic has a double root: $b^2 - 4ac = 0$.",
             f"${latex(disc)} = 0$", "")]
    shown = ", ".join(latex(v) for v in values)
    steps.append(step("solve for the constant", "Solve for the constant and keep what the "
                      "problem allows.", f"${latex(k)} = {shown}$", ""))
    if len(values) == 1:
        return final_value(values[0]), steps
    if "values" not in words(template) and "all" not in words(template):
        raise Decline("the question expects one value")
    return shown, steps


def _confirm(curve: sp.Expr, alone: sp.Symbol, along: sp.Expr) -> None:
    """The line and the curve meet at one real point, where the curve's gradient is
    perpendicular to the line."""
    points = sp.solve([curve, alone - along], [_X, _Y], dict=True)
    real = {(sp.nsimplify(p[_X]), sp.nsimplify(p[_Y])) for p in points
            if p.get(_X) is not None and p.get(_Y) is not None
            and p[_X].is_real and p[_Y].is_real}
    confirm.check(len(real) == 1, "the line and the curve solved together meet at one point")
    ((px, py),) = real
    direction = (sp.Integer(1), sp.diff(along, _X)) if alone == _Y else \
        (sp.diff(along, _Y), sp.Integer(1))
    gradient = (sp.diff(curve, _X).subs({_X: px, _Y: py}),
                sp.diff(curve, _Y).subs({_X: px, _Y: py}))
    confirm.check(any(sp.simplify(g) != 0 for g in gradient),
                  "the curve is smooth where the line meets it")
    confirm.check(sp.simplify(gradient[0] * direction[0] + gradient[1] * direction[1]) == 0,
                  "the curve's gradient at the meeting point is perpendicular to the line")


__all__ = ["read"]
