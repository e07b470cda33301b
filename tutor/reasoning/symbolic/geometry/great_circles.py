"""Typed reader: a sphere told by its great circle.

"A great circle of a sphere has circumference $8\\pi$. What is the volume of the sphere?",
"The circumference of a great circle of a sphere is 20 pi cm: find the surface area of the
sphere", "A sphere has a great circle of area $25\\pi$ ...", "The largest circle on the
surface of a sphere has circumference 10 pi ...": a great circle has the sphere's own radius,
so its circumference 2 pi r, area pi r^2, radius or diameter gives r, and the sphere's
volume, surface area, radius or diameter follows. Every word is read; an unknown one
declines. Confirmed numerically at 40 digits: the volume integrated again over discs,
the surface area as the surface of revolution of the great circle's half."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import number
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

PI = sp.pi
_CIRCLE = re.compile(r"\b(?:great circle|largest circle)\b")
_TOLD = re.compile(r"\b(circumference|area|radius|diameter) (?:of (?:a|the) (?:great|largest) "
                   r"circle (?:on the surface )?(?:of|on) (?:a|the) sphere )?(?:of |is |of length "
                   r"|equal to |equals |measuring |measures )*@(\d+)@")
_ASKED = re.compile(r"\b(volume|surface area|radius|diameter) of the sphere\b|\bits (volume|"
                    r"surface area)\b")
_FROM_R = {"circumference": 2 * PI, "area": PI, "radius": sp.Integer(1), "diameter": 2}
_POWER = {"circumference": 1, "area": 2, "radius": 1, "diameter": 1}
_GLUE = FILLER | frozenset(
    "great largest circle sphere sphere's spheres surface circumference area radius diameter "
    "volume with of length measuring express your answer terms pi units inches cm feet meters "
    "square cubic how many what on".split())


def read_great_circle(split: Split, template: str) -> Result | None:
    if "sphere" not in template or "[asy]" in template or not _CIRCLE.search(template):
        return None
    asks = list(re.finditer(r"\b(?:what|find|how|compute|determine)\b", template))
    if not asks:
        return None
    facts, question = template[:asks[-1].start()], template[asks[-1].start():]
    told = list(_TOLD.finditer(facts))
    asked = [m for m in _ASKED.finditer(question)]
    if len(told) != 1 or len(asked) != 1 or len(re.findall(r"@\d+@", template)) != 1:
        return None
    if len(_CIRCLE.findall(facts)) != 1 or re.search(r"\b(?:hemisphere|cylinder|cone|cube)\b",
                                                     template):
        raise Decline("one sphere and its great circle expected")
    if len(words(template) & {"inches", "cm", "feet", "meters"}) > 1 or \
            words(question) & {"if", "when", "given", "suppose"}:
        raise Decline("a second unit or a condition in the question")
    leftover = words(template) - _GLUE
    if leftover:
        raise Decline(f"the words {' '.join(sorted(leftover)[:3])} are not read")
    kind = told[0].group(1)
    src = split.maths[int(told[0].group(2))]
    v = number(src)
    if v is None:
        v = number(src.replace("\\pi", "\\cdot\\pi")) if "\\pi" in src else None
    if v is None or not v.is_positive:
        raise Decline("a positive measure of the great circle")
    v = sp.nsimplify(v, [PI])
    r = sp.simplify((v / _FROM_R[kind]) ** sp.Rational(1, _POWER[kind]))
    if not r.is_positive:
        raise Decline("a positive radius")
    what = asked[0].group(1) or asked[0].group(2)
    formula = {"volume": sp.Rational(4, 3) * PI * r**3, "surface area": 4 * PI * r**2,
               "radius": r, "diameter": 2 * r}[what]
    value = sp.simplify(formula)
    _confirm(r, (kind, v), what, value)
    return value, [
        step("the sphere's radius", "A great circle has the sphere's own radius.",
             f"${kind} = {latex(v)} \\Rightarrow r = {latex(r)}$", f"r = {latex(r)}"),
        step(f"the sphere's {what}", f"The sphere of radius ${latex(r)}$.",
             f"${what.replace(' ', '~')} = {latex(value)}$", latex(value))]


def _confirm(r: sp.Expr, told: tuple[str, sp.Expr], what: str, value: sp.Expr) -> None:
    """The great circle of radius r measured again (its circumference as the length of the
    curve, its area over chords) must be the measure told, and the sphere's measure asked
    integrated again must be the answer."""
    kind, measure = told
    with mpmath.workdps(40):
        rr = mpmath.mpf(sp.N(r, 45))
        if kind == "circumference":  # the length of (r cos t, r sin t)
            again = mpmath.quad(lambda t: mpmath.hypot(rr * mpmath.sin(t), rr * mpmath.cos(t)),
                                [0, 2 * mpmath.pi])
        elif kind == "area":  # chords of length 2 sqrt(r^2 - y^2)
            again = mpmath.quad(lambda y: 2 * mpmath.sqrt(rr**2 - y**2), [-rr, rr])
        else:
            again = rr if kind == "radius" else 2 * rr
        told_value = mpmath.mpf(sp.N(measure, 45))
        told_ok = abs(again - told_value) < mpmath.mpf(10) ** -30 * max(abs(told_value), 1)
        if what == "volume":  # discs of radius sqrt(r^2 - z^2)
            got = mpmath.quad(lambda z: mpmath.pi * (rr**2 - z**2), [-rr, rr])
        elif what == "surface area":  # the half circle y = sqrt(r^2 - x^2) turned about x
            got = mpmath.quad(lambda t: 2 * mpmath.pi * rr * mpmath.sin(t) * rr, [0, mpmath.pi])
        else:
            got = rr if what == "radius" else 2 * rr
        want = mpmath.mpf(sp.N(value, 45))
        ok = abs(got - want) < mpmath.mpf(10) ** -30 * max(abs(want), 1)
    confirm.check(bool(told_ok), f"a great circle of that radius has the {kind} told")
    confirm.check(bool(ok), f"the sphere's {what} computed again by integration")


__all__ = ["read_great_circle"]
