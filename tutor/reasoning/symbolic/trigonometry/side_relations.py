"""Typed reader: an angle of a triangle fixed by one relation among its three sides.

"In a triangle with sides of lengths $a,$ $b,$ and $c,$ $(a + b + c)(a + b - c) = 3ab$. Find
the angle opposite the side of length $c,$ in degrees.", "The sides $p$, $q$, $r$ of a
triangle satisfy $p^2 + q^2 - r^2 = pq$. What is the measure, in degrees, of the angle
opposite the side of length $r$?", "In triangle $ABC$, $a^2 + b^2 + ab = c^2$. Find
$\\angle C$ in degrees." (side a opposite angle A).

The law of cosines puts c^2 = a^2 + b^2 - 2ab t with t the cosine of the angle opposite c;
the relation (in which c appears only squared) becomes an equation in a, b and t, whose
solutions t must not depend on a and b and exactly one must lie in (-1, 1). Confirmed for
several pairs a, b: the third side solved numerically from the written relation (mpmath),
the triangle's angle measured from its area K by Heron's formula (tan C = 4K / (a^2 + b^2 -
c^2)), which must give the answer.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

VOCAB = frozenset("in a triangle with sides side of lengths length find the angle opposite "
                  "degrees radians measure what is satisfy satisfies whose are and let be "
                  "lengths".split())
_OPPOSITE = re.compile(r"angle opposite the side (?:of length )?@(\d+)@")
_NAMED = re.compile(r"\\angle\s*([ABC])|^([ABC])$")
_T = sp.Symbol("t")
_PAIRS = ((3, 4), (5, 2), (7, 6), (1, 1))


def _asked(split: Split, template: str, sides: list[sp.Symbol]) -> sp.Symbol:
    m = _OPPOSITE.search(template)
    if m is not None:
        side = parse_latex(split.maths[int(m.group(1))])
        if side not in sides:
            raise Decline("the angle opposite one of the three sides")
        return side
    named = [n for n in (_NAMED.search(s.strip()) for s in split.maths) if n]
    if len(named) != 1 or "ABC" not in split.maths or sides != list(sp.symbols("a b c")):
        raise Decline("which angle is asked is not clear")
    return sp.Symbol((named[0].group(1) or named[0].group(2)).lower())


def _heron_angle(a: mpmath.mpf, b: mpmath.mpf, c: mpmath.mpf) -> mpmath.mpf:
    s = (a + b + c) / 2
    area = mpmath.sqrt(s * (s - a) * (s - b) * (s - c))
    return mpmath.atan2(4 * area, a * a + b * b - c * c)  # tan C = 4K / (a^2 + b^2 - c^2)


def read(split: Split, template: str) -> Result | None:
    if "triangle" not in template or not words_within(template, VOCAB):
        return None
    relations = [p for p in (parse_latex(m) for m in split.maths if "=" in m)
                 if isinstance(p, sp.Equality)]
    if len(relations) != 1:
        return None
    relation = relations[0]
    sides = sorted(relation.free_symbols, key=str)
    if len(sides) != 3 or any(len(str(s)) != 1 for s in sides):
        return None
    degrees = "degrees" in template
    if degrees == ("radians" in template):
        raise Decline("the angle in degrees or in radians")
    c = _asked(split, template, sides)
    a, b = (s for s in sides if s != c)
    f = sp.expand(relation.lhs - relation.rhs)
    poly = sp.Poly(f, c)
    if any(k % 2 for (k,) in poly.monoms()):
        raise Decline("the side opposite the angle appears other than squared")
    in_t = sp.expand(f.subs(c, sp.sqrt(a**2 + b**2 - 2 * a * b * _T)))
    if in_t.has(sp.sqrt) or _T not in in_t.free_symbols:
        raise Decline("the relation does not fix the angle")
    found = sp.solve(in_t, _T)
    inside = [t for t in found if not t.free_symbols and t.is_real and -1 < t < 1]
    if len(inside) != 1 or any(t.free_symbols for t in found):
        raise Decline("the relation does not fix one angle")
    cosine = inside[0]
    angle = sp.acos(cosine)
    if angle.has(sp.acos):
        raise Decline("not an angle we can name exactly")
    value = angle * 180 / sp.pi if degrees else angle
    with mpmath.workdps(40):
        measured = []
        for pa, pb in _PAIRS:
            eq = sp.Poly(f.subs({a: pa, b: pb}), c)
            for r in mpmath.polyroots([mpmath.mpf(str(sp.N(k, 50))) for k in eq.all_coeffs()],
                                      maxsteps=200, extraprec=80):
                if abs(mpmath.im(r)) < 1e-30 and mpmath.re(r) > 0:
                    side = mpmath.re(r)
                    if side < pa + pb and pa < side + pb and pb < side + pa:
                        measured.append(_heron_angle(mpmath.mpf(pa), mpmath.mpf(pb), side))
        want = mpmath.mpf(str(sp.N(angle, 45)))
        confirm.check(bool(measured) and all(abs(m - want) < 1e-25 for m in measured),
                      f"{len(measured)} triangles with sides solved from the relation, their "
                      "angle measured by Heron's formula, agree")
    unit = "^\\circ" if degrees else ""
    claim = f"\\cos {latex(c).upper()} = {latex(cosine)}"
    return (f"{latex(value)}{unit}" if degrees else value), [
        step("law of cosines", f"Put ${latex(c)}^2 = {latex(a)}^2 + {latex(b)}^2 - 2{latex(a)}"
             f"{latex(b)} \\cos {latex(c).upper()}$ into the relation and solve.", f"${claim}$",
             claim),
        step("the angle", "Only one angle between 0 and 180 degrees has this cosine.",
             f"${latex(value)}{unit}$", f"{latex(value)}{unit}")]


__all__ = ["VOCAB", "read"]
