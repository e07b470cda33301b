"""Typed reader: a hyperbola given by its two asymptotes and a point on it.

"The asymptotes of a hyperbola are $y = 3x - 1$ and $y = -3x + 5$, and the hyperbola passes
through $(2, 4)$. Find the distance between the foci", "The equations of the asymptotes of
a hyperbola are ... Given that the hyperbola passes through the point ..., the standard form
for its equation is $\\frac{(y-k)^2}{a^2} - \\frac{(x-h)^2}{b^2} = 1$, where ... Find
$a + h$."
The asymptotes must have opposite slopes m and -m (axes parallel to the coordinate axes);
they cross at the centre (h, k), and the hyperbola is (y - k)^2 - m^2 (x - h)^2 = C, C fixed
by the point (C = 0 would be the asymptotes themselves). The equation is then read like any
other conic (`conics.read`) and the asked part taken from it; a stated form's letters are
matched coefficient by coefficient (`conic_questions`). Confirmed independently: the point
lies on the curve found, points of the curve far out (x or y = 10^6 from the centre) come
within 10^-4 of an asymptote given, and the foci have the focal property round the curve
(`conics.confirm_on_curve`).
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry import conics
from tutor.reasoning.symbolic.geometry.conic_questions import (
    take_stated_form,
    value_in_form_letters,
)
from tutor.reasoning.symbolic.geometry.conics import X, Y
from tutor.reasoning.symbolic.geometry.reading import as_point
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_LINES = re.compile(r"(?:(?:the )?(?:equations of the )?asymptotes of (?:a|the) hyperbola are|"
                    r"(?:a|the) hyperbola has asymptotes) @(?P<l1>\d+)@,? and @(?P<l2>\d+)@")
_THROUGH = re.compile(r"(?:also,? |and |given that )?(?:the hyperbola |it )?(?:also )?"
                      r"(?:passes|goes) through (?:the point )?@(?P<p>\d+)@")
_FORM = re.compile(r"(?:the )?(?:standard form for the|its|the) equation(?: of the hyperbola)?"
                   r" (?:is|can be written as) @(?P<form>\d+)@,?(?: where @\d+@(?:,? (?:and )?"
                   r"@\d+@)* are (?:real )?constants(?: with @\d+@)?)?")
_ASK = re.compile(r"(?:find|compute|what is|determine)(?: the)? (?:(?P<part>distance between "
                  r"(?:the|its) (?:foci|vertices)(?: of the hyperbola)?)|@(?P<t>\d+)@)\W*$")
VOCAB = frozenset("the equations of asymptotes a hyperbola are and also it passes goes through "
                  "point given that standard form for equation is can be written as where "
                  "real constants with find compute what determine distance between foci "
                  "vertices has its suppose".split())


def read_asymptote_hyperbola(split: Split, template: str) -> Result | None:
    if "asymptotes" not in template or "hyperbola" not in template or not words_within(
            template, VOCAB):
        return None
    lines, through, ask = _LINES.search(template), _THROUGH.search(template), \
        _ASK.search(template)
    if not lines or not through or not ask:
        return None
    form_m, all_read = take_stated_form(template, (lines, through, ask), _FORM)
    if not all_read:
        return None
    l1, l2 = (_line(split.maths[int(lines.group(g))]) for g in ("l1", "l2"))
    p = as_point(split.maths[int(through.group("p"))])
    if p is None or len(p) != 2:
        raise Decline("a point in the plane")
    (m1, c1), (m2, c2) = l1, l2
    if m1 == 0 or m1 != -m2:
        raise Decline("asymptotes with opposite slopes (axes parallel to the coordinate axes)")
    h = (c2 - c1) / (m1 - m2)
    k = m1 * h + c1
    constant = (p[1] - k) ** 2 - m1**2 * (p[0] - h) ** 2
    if constant == 0:
        raise Decline("the point lies on an asymptote")
    cn = conics.read(sp.Eq(sp.expand((Y - k) ** 2 - m1**2 * (X - h) ** 2 - constant), 0))
    if cn.kind != "hyperbola":
        raise Decline(f"the curve found is a {cn.kind}")
    part = ask.group("part") or ""
    if part:
        value: sp.Basic = 2 * (cn.c if "foci" in part else cn.a)
    elif form_m:
        target = split.maths[int(ask.group("t"))]
        if not isinstance(parse_latex(target), sp.Expr):
            raise Decline("an expression in the letters of the form")
        value = value_in_form_letters(cn, split.maths[int(form_m.group("form"))], target)
    else:
        raise Decline("what is asked about the hyperbola is not clear")
    value = sp.nsimplify(sp.radsimp(value))
    _confirm(cn, sp.Tuple(*p), [l1, l2])
    form = conics.standard_form(cn)
    return value, [
        step("find the centre", "The asymptotes cross at the centre.",
             f"$(h, k) = ({latex(h)}, {latex(k)})$", ""),
        step("write the equation", f"With asymptote slopes $\\pm {latex(m1)}$ the hyperbola is "
             f"$(y - k)^2 - {latex(m1**2)}(x - h)^2 = C$; the point gives $C = {latex(constant)}$.",
             f"${form}$, so the answer is ${latex(value)}$", "")]


def _line(src: str) -> tuple[sp.Expr, sp.Expr]:
    """y = m x + c as (m, c)."""
    eq = parse_latex(src)
    if not isinstance(eq, sp.Equality) or eq.free_symbols != {X, Y}:
        raise Decline("an asymptote written as an equation in x and y")
    solved = sp.solve(eq, Y)
    if len(solved) != 1:
        raise Decline("an asymptote that is a line y = mx + c")
    line = sp.expand(solved[0])
    if not line.is_polynomial(X) or sp.degree(line, X) > 1:
        raise Decline("an asymptote that is a line y = mx + c")
    m, c = line.coeff(X, 1), line.coeff(X, 0)
    if not (m.is_Rational and c.is_Rational):
        raise Decline("rational slopes and intercepts")
    return m, c


def _confirm(cn: conics.Conic, p: sp.Tuple, lines: list[tuple[sp.Expr, sp.Expr]]) -> None:
    on = sp.simplify(cn.equation.subs({X: p[0], Y: p[1]})) == 0
    near = True
    with mpmath.workdps(40):
        far = mpmath.mpf(10) ** 6
        for sign in (1, -1):  # far out along the branches, on both sides
            if cn.opens_x:
                x = mpmath.mpf(str(cn.h)) + sign * far
                ys = sp.solve(cn.equation.subs(X, sp.Rational(str(x))), Y)
                points = [(x, mpmath.mpf(str(sp.N(y, 40)))) for y in ys if y.is_real]
            else:
                y = mpmath.mpf(str(cn.k)) + sign * far
                xs = sp.solve(cn.equation.subs(Y, sp.Rational(str(y))), X)
                points = [(mpmath.mpf(str(sp.N(x, 40))), y) for x in xs if x.is_real]
            if len(points) != 2:
                near = False
            for px, py in points:
                gaps = [abs(py - mpmath.mpf(str(m)) * px - mpmath.mpf(str(c))) /
                        mpmath.sqrt(1 + mpmath.mpf(str(m)) ** 2) for m, c in lines]
                near = near and min(gaps) < mpmath.mpf(10) ** -4
    confirm.check(on and near, "the point lies on the curve found and its far points come "
                  "close to the given asymptotes")
    conics.confirm_on_curve(cn, foci=True)


__all__ = ["read_asymptote_hyperbola"]
