"""Typed reader: the equation of a circle written from what is told of it - its centre and
its radius (or diameter), its centre and a point it passes through, or the two ends of a
diameter.

"Find the equation of the circle with center $(2, -3)$ and radius 4", "Write the equation of
a circle centered at the origin with radius 5", "A circle has center (3, 1) and passes
through (6, 5). Find its equation.", "What is the equation of the circle whose diameter has
endpoints (1, 2) and (5, 8)?". The answer is the standard form $(x - h)^2 + (y - k)^2 = r^2$,
or, when "general form" is asked, that form expanded with 0 on the right.

Confirmed independently: the squares of the answer are completed again (`geometry.conics`),
which must give back the centre told (or the diameter's midpoint) and the radius told, and
every point told must satisfy the equation by substitution; points worked out from the
centre and radius lie on it (`conics.confirm_on_curve`).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry import conics
from tutor.reasoning.symbolic.geometry.conics import X, Y
from tutor.reasoning.symbolic.geometry.reading import as_point
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_VOCAB = frozenset(
    "circle equation with center centre centered centred radius diameter whose has its at "
    "the a of and is are find what write give determine passes passing goes going through "
    "point points endpoints ends end origin in standard general form that which".split())
_CENTRE = re.compile(r"\b(?:center|centre)(?:ed|d)?(?: is| at| of)?(?: the point)? "
                     r"(?:@(\d+)@|(?:the )?(origin))")
_RADIUS = re.compile(r"\b(radius|diameter)(?: of| is)? @(\d+)@")
_THROUGH = re.compile(r"\b(?:passes|passing|goes|going) through (?:the point )?@(\d+)@")
_ENDS = re.compile(r"\b(?:diameter|endpoints|ends)\b[a-z ]*? @(\d+)@ (?:and|to) @(\d+)@")
_ASK = re.compile(r"\b(?:find|write|give|determine|what is)\b[a-z ]*\bequation\b")


def _point(split: Split, i: int) -> tuple[sp.Basic, sp.Basic]:
    p = as_point(split.maths[i])
    if p is None or len(p) != 2 or not all(c.is_Rational for c in p):
        raise Decline("a point with rational coordinates")
    return p[0], p[1]


def _length(split: Split, i: int) -> sp.Expr:
    v = parse_latex(split.maths[i])
    if not isinstance(v, sp.Expr) or v.free_symbols or not v.is_positive:
        raise Decline("a positive length")
    return v


def read_circle_standard_form(split: Split, template: str) -> Result | None:
    t = template.lower()
    w = words(t)
    if "circle" not in w or "equation" not in w or not _ASK.search(t):
        return None
    if w - FILLER - _VOCAB or any(len(m.strip()) == 1 and m.strip().isalpha()
                                   for m in split.maths):
        return None  # a word outside the vocabulary, or a letter naming something
    centre, ends = _CENTRE.findall(t), _ENDS.findall(t)
    radii, through = _RADIUS.findall(t), _THROUGH.findall(t)
    used = {int(g) for m in (*centre, *ends, *radii) for g in m if g.isdigit()}
    used |= {int(g) for g in through}
    if used != set(range(len(split.maths))) or "general" in w and "standard" in w:
        return None  # a piece of maths the facts read do not use
    told: list[tuple[sp.Basic, sp.Basic]] = []
    if ends and not centre and not radii and not through and len(ends) == 1:
        a, b = _point(split, int(ends[0][0])), _point(split, int(ends[0][1]))
        if a == b:
            raise Decline("the two ends of a diameter are one point")
        h, k = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
        told = [a, b]
        r2, radius = _squared_distance(a, (h, k))
        how = (f"The centre is the midpoint $({latex(h)}, {latex(k)})$ of the diameter; the "
               "radius squared is its squared distance to either end.")
    elif len(centre) == 1 and not ends and len(radii) + len(through) == 1:
        h, k = (0, 0) if centre[0][1] else _point(split, int(centre[0][0]))
        if radii:
            kind, i = radii[0]
            measure = _length(split, int(i))
            r = measure / (2 if kind == "diameter" else 1)
            r2 = sp.nsimplify(r**2)
            half = f"\\left(\\frac{{{latex(measure)}}}{{2}}\\right)^2 = " if kind == "diameter" \
                else ""
            radius = f"{half}{_wrap(r)}^2 = {latex(r2)}"
            how = "The radius is half the diameter." if kind == "diameter" else \
                "Square the radius."
        else:
            p = _point(split, int(through[0]))
            told = [p]
            r2, radius = _squared_distance(p, (h, k))
            how = "The radius squared is the squared distance from the centre to the point."
        if r2 == 0:
            raise Decline("the point told is the centre")
    else:
        return None
    if not r2.is_Rational:
        raise Decline("a radius squared that is not a rational number")
    general = sp.Eq(sp.expand((X - h) ** 2 + (Y - k) ** 2 - r2), 0)
    cn = _confirmed(general, (h, k), r2, told)
    claim = conics.standard_form(cn)  # (x - h)^2 + (y - k)^2 = r^2, x's square first
    answer: sp.Basic | str = general if "general" in w else claim
    steps = [step("the radius squared", how, f"The radius squared is ${radius}$.", radius),
             step("the standard form", f"A circle with centre $({latex(h)}, {latex(k)})$ and "
                  "radius $r$ is $(x - h)^2 + (y - k)^2 = r^2$.", f"${claim}$", claim)]
    if "general" in w:
        steps.append(step("expand", "Multiply out the squares and bring everything to the "
                          "left.", f"${latex(general)}$", latex(general)))
    return answer, steps


def _wrap(v: sp.Basic) -> str:
    return f"\\left({latex(v)}\\right)" if v.is_negative or not v.is_Integer else latex(v)


def _squared_distance(p: tuple[sp.Basic, sp.Basic], centre: tuple[sp.Basic, sp.Basic]
                      ) -> tuple[sp.Basic, str]:
    """The squared distance from the centre to p, and the claim that works it out."""
    dx, dy = p[0] - centre[0], p[1] - centre[1]
    r2 = dx**2 + dy**2
    def side(a: sp.Basic, b: sp.Basic) -> str:
        sub = f"\\left({latex(b)}\\right)" if b.is_negative else latex(b)
        return f"\\left({latex(a)} - {sub}\\right)^2"

    return r2, f"{side(p[0], centre[0])} + {side(p[1], centre[1])} = {latex(r2)}"


def _confirmed(eq: sp.Equality, centre: tuple[sp.Basic, sp.Basic], r2: sp.Basic,
               told: list[tuple[sp.Basic, sp.Basic]]) -> conics.Conic:
    """The circle read back by completing the squares of the expanded equation again, which
    gives back the centre and radius; the points told satisfy the equation."""
    cn = conics.read(eq)
    confirm.check(cn.kind == "circle" and (cn.h, cn.k) == tuple(sp.S(c) for c in centre)
                  and sp.simplify(cn.rx**2 - r2) == 0,
                  "completing the squares gives back the centre and the radius")
    confirm.check(all(sp.expand(eq.lhs.subs({X: p[0], Y: p[1]})) == 0 for p in told),
                  "each point told satisfies the equation")
    conics.confirm_on_curve(cn)
    return cn


__all__ = ["read_circle_standard_form"]
