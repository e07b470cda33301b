"""Typed reader: the algebra of a circle's equation - letters named for its centre and radius,
the area of the region it encloses, the distance from its centre to a point, and the constant
that gives it a stated radius.

"The center of the circle with equation $x^2 + y^2 = 6x + 2y - 6$ is $(h, k)$. What is
$h + k$?", "If $(a, b)$ is the center of $C$ and $r$ is its radius, find $a + b + r$",
"What is the area of the region defined by $x^2 + y^2 + 4x = 5$?", "How far is the center
of the circle ... from the point $(1, 2)$?", "For what value of $c$ is $x^2 + y^2 - 4x + c =
0$ a circle of radius 3?" (or of diameter 6, area $9\\pi$, circumference $6\\pi$). The
squares are completed by `geometry.conics`; every answer is confirmed by points worked out
from the centre and radius lying on the original equation (`conics.confirm_on_curve`), and a
constant by putting it back and reading the radius again.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra import clauses, equations
from tutor.reasoning.symbolic.algebra.expressions import final_value
from tutor.reasoning.symbolic.geometry import conics
from tutor.reasoning.symbolic.geometry.conics import X, Y
from tutor.reasoning.symbolic.geometry.reading import as_point
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

VOCAB = frozenset(
    "circle equation with center centre radius its area region enclosed bounded defined by "
    "graph inside interior point distance between from how far what find value let be if "
    "and whose units unit terms pi in express your answer represent represents "
    "describes describe will length diameter circumference".split())
_TUPLE = re.compile(r"^\s*\(\s*([a-zA-Z])\s*,\s*([a-zA-Z])\s*\)\s*$")
_LETTER = re.compile(r"^\s*[a-zA-Z]\s*$")
_LABEL = re.compile(r"^\s*(?:[a-zA-Z]|\\[a-zA-Z]+)\s*$")  # C, \Gamma, \omega: a name
_CENTRE_IS = re.compile(r"(?:center|centre)(?: of [^@.?]*?@\d+@| of the circle| of it)? "
                        r"(?:is|be) (?:the point |at )?@(\d+)@"
                        r"|@(\d+)@ (?:is|be) (?:the|its) (?:center|centre)")
_RADIUS_IS = re.compile(r"@(\d+)@ (?:is|be) (?:the|its) radius|radius (?:is|be) @(\d+)@")


def _circle_piece(maths: list[str]) -> tuple[int, sp.Equality] | None:
    found = []
    for i, src in enumerate(maths):
        if "=" not in src or not re.search(r"x", src) or not re.search(r"y", src):
            continue
        e = parse_latex(src)
        if isinstance(e, sp.Equality) and {X, Y} <= e.free_symbols:
            found.append((i, e))
    return found[0] if len(found) == 1 else None


def read_circle_equation(split: Split, template: str) -> Result | None:
    template = re.sub(r"\bsquare units?\b", "units", template.lower())
    w = words(template)
    if "circle" not in w and not w & {"region", "enclosed", "bounded"}:
        return None
    if w - FILLER - VOCAB - {c for c in w if len(c) == 1}:
        return None
    got = _circle_piece(split.maths)
    if got is None:
        return None
    i_eq, eq = got
    params = eq.free_symbols - {X, Y}
    if params:
        return _constant_for_radius(split, template, i_eq, eq, params, w)
    cn = conics.read(eq)
    if cn.kind != "circle":
        raise Decline("the equation is not a circle")
    others = [i for i in range(len(split.maths)) if i != i_eq
              and (not _LABEL.match(split.maths[i]) or i in _named(template))]
    r = cn.rx
    steps = list(cn.steps)
    if not others and w & {"area"} and not w & {"distance", "far", "center", "centre"}:
        value = sp.pi * r**2
        claim = f"\\pi r^2 = \\pi \\cdot {latex(r**2)} = {latex(value)}"
        steps.append(step("area of the circle", "The region inside a circle of radius $r$ "
                          "has area $\\pi r^2$.", f"${claim}$", claim))
    elif w & {"distance", "far"} and len(others) == 1:
        p = as_point(split.maths[others[0]])
        if p is None or len(p) != 2:
            raise Decline("a point with numbers")
        value = final_value(sp.sqrt((p[0] - cn.h) ** 2 + (p[1] - cn.k) ** 2))
        claim = (f"\\sqrt{{({latex(p[0])} - {_wrap(cn.h)})^2 + ({latex(p[1])} - {_wrap(cn.k)})^2}}"
                 f" = {latex(value)}")
        steps.append(step("distance from the centre", "Use the distance formula.",
                          f"${claim}$", claim))
    else:
        value = _letters(split, template, others, cn, steps)
    conics.confirm_on_curve(cn)
    return value, steps


def _wrap(v: sp.Basic) -> str:
    return f"\\left({latex(v)}\\right)" if v.is_number and v.is_negative else latex(v)


def _named(template: str) -> set[int]:
    return {int(g) for m in _RADIUS_IS.finditer(template) for g in m.groups() if g}


def _letters(split: Split, template: str, others: list[int], cn: conics.Conic,
             steps: list[Step]) -> sp.Basic:
    """Letters named for the centre (and radius), then an expression in them."""
    values: dict[sp.Symbol, sp.Basic] = {}
    for m in _CENTRE_IS.finditer(template):
        i = int(m.group(1) or m.group(2))
        t = _TUPLE.match(split.maths[i])
        if not t:
            raise Decline("the centre named by two letters")
        values[sp.Symbol(t.group(1))] = cn.h
        values[sp.Symbol(t.group(2))] = cn.k
    for i in _named(template):
        if not _LETTER.match(split.maths[i]):
            raise Decline("the radius named by a letter")
        values[sp.Symbol(split.maths[i].strip())] = cn.rx
    named = {int(g) for m in _CENTRE_IS.finditer(template) for g in m.groups() if g}
    named |= _named(template)
    asked = [i for i in others if i not in named]
    if not values or len(asked) != 1:
        raise Decline("an expression in the centre's letters")
    target = parse_latex(split.maths[asked[0]])
    if not isinstance(target, sp.Expr) or not target.free_symbols <= set(values):
        raise Decline("the question is not in the named letters")
    value = final_value(target.subs(values, simultaneous=True))
    listed = ", ".join(f"{latex(k)} = {latex(v)}" for k, v in values.items())
    claim = f"{latex(target)} = {latex(value)}"
    steps.append(step("put in the letters", f"Here ${listed}$.", f"${claim}$", ""))
    return value


def _constant_for_radius(split: Split, template: str, i_eq: int, eq: sp.Equality,
                         params: set[sp.Symbol], w: set[str]) -> Result:
    told = w & {"radius", "diameter", "area", "circumference"}
    if len(params) != 1 or len(told) != 1:
        raise Decline("one constant and a radius, diameter, area or circumference")
    c = next(iter(params))
    rest = [i for i in range(len(split.maths)) if i != i_eq]
    nums = [i for i in rest if not _LETTER.match(split.maths[i])]
    lets = [i for i in rest if _LETTER.match(split.maths[i])]
    if len(nums) != 1 or any(clauses.letters(split.maths[i]) != [c] for i in lets):
        raise Decline("the measure and the constant")
    measure = parse_latex(split.maths[nums[0]])
    if not (isinstance(measure, sp.Expr) and measure.is_number and measure.is_positive):
        raise Decline("a positive measure")
    # the radius the measure gives: d = 2r, A = pi r^2, C = 2 pi r
    radius = {"radius": measure, "diameter": measure / 2, "area": sp.sqrt(measure / sp.pi),
              "circumference": measure / (2 * sp.pi)}[next(iter(told))]
    if radius.has(sp.pi):
        raise Decline("a radius that is not a plain number")
    expr = sp.expand(eq.lhs - eq.rhs)
    poly = sp.Poly(expr, X, Y)
    a2, b2 = poly.coeff_monomial(X**2), poly.coeff_monomial(Y**2)
    if a2 != b2 or a2 == 0 or poly.coeff_monomial(X * Y) != 0 or a2.free_symbols \
            or poly.total_degree() != 2:
        raise Decline("not a circle's equation")
    e = sp.expand(expr / a2)
    d, f = e.coeff(X, 1).subs(Y, 0), e.coeff(Y, 1).subs(X, 0)
    const = e.subs({X: 0, Y: 0})
    if (d.free_symbols | f.free_symbols) & {c}:
        raise Decline("the constant moves the centre")
    r2 = (d / 2) ** 2 + (f / 2) ** 2 - const
    roots, steps = equations.solve_equation(sp.Eq(r2, radius**2), c)
    if len(roots) != 1:
        raise Decline("one value of the constant")
    value = roots[0]
    cn = conics.read(eq.subs(c, value))
    confirm.check(cn.kind == "circle" and sp.simplify(cn.rx - radius) == 0,
                  "with the constant put back, completing the squares gives the radius")
    conics.confirm_on_curve(cn)
    claim = f"r^2 = {latex(r2)} = {latex(radius**2)}"
    return value, [step("radius squared", "Completing the squares, the radius squared is "
                        "the constant left on the right.", f"${claim}$", ""), *steps]


__all__ = ["read_circle_equation"]
