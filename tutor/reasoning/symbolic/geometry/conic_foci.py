"""Typed reader: an ellipse or hyperbola given by its foci and a point on it (or the sum or
difference of the distances to the foci).

"An ellipse has foci $(1, 2)$ and $(7, 2)$ and passes through $(4, 6)$. Find the length of
its major axis", "A hyperbola has foci at $(0, \\pm 5)$... passes through ...; its equation
can be written as $\\frac{(y - k)^2}{a^2} - \\frac{(x - h)^2}{b^2} = 1$. Find $a + h$".

The foci must share a coordinate (axes parallel to the coordinate axes). The distances from
the point to the foci add (ellipse) or differ (hyperbola) by 2a; the foci are 2c apart and
b^2 = a^2 - c^2 (ellipse) or c^2 - a^2 (hyperbola). The curve's equation is then read like
any other conic (`conics.read`), and the asked part taken from it; a stated form's letters
are matched coefficient by coefficient (`conic_questions`). Confirmed independently: the
given point satisfies the equation found, the foci of the equation found are the given
ones, and points round the curve have the focal property (`conics.confirm_on_curve`)."""

from __future__ import annotations

import re

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

FOCI = re.compile(r"(?:its |the |with )?foci (?:of (?:an|the) (?:ellipse|hyperbola) )?(?:are )?"
                   r"(?:at |located at )?(?:the points )?@(?P<f1>\d+)@,? and @(?P<f2>\d+)@")
_THROUGH = re.compile(r"(?:it |and )*(?:passes|passing|goes|going) through (?:the point )?"
                      r"@(?P<p>\d+)@")
FORM = re.compile(r"(?:given this,? )?(?:(?:its|the|whose) equation(?: of (?:the|this) "
                   r"(?:ellipse|hyperbola))? can be written|we can write (?:its|the) equation"
                   r"(?: of (?:the|this) (?:ellipse|hyperbola))?)"
                   r"(?: in standard form)? (?:as|in the form) @(?P<form>\d+)@,?"
                   r"(?: where @\d+@(?:,? (?:and )?@\d+@)* are (?:real )?constants(?:,? and "
                   r"@\d+@ and @\d+@ are positive)?)?")
ASK = re.compile(r"(?:find|compute|what is|determine|enter)(?: the)? (?:(?P<part>length of "
                  r"(?:the|its) (?:major|minor) axis|distance between (?:the|its) vertices)"
                  r"|ordered quadruple @(?P<quad>\d+)@|@(?P<t>\d+)@)\W*$")
VOCAB = frozenset("an a the ellipse hyperbola has have foci at located points and it passes "
                  "passing goes going through point its equation of this can be written in "
                  "standard form as where are real constants positive find compute what is "
                  "determine enter length major minor axis distance between vertices ordered "
                  "quadruple with given we write".split())


# "(Enter your answer as an ordered list, for example, "1, 3, -9, 2".)": how to write it
_LIST_EXAMPLE = re.compile(r"\(?enter your answer as an ordered list,? (?:for example|like|such "
                           r"as),? \"?\s*@\d+@(?:\s*,\s*@\d+@)*\s*\"?\s*\.?\s*\)?\.?")


def read_conic_foci(split: Split, template: str) -> Result | None:
    template = _LIST_EXAMPLE.sub(" ", template).strip()
    if "foci" not in template or not words_within(template, VOCAB):
        return None
    kinds = {"ellipse", "hyperbola"} & set(re.findall(r"[a-z]+", template))
    foci, through, ask = FOCI.search(template), _THROUGH.search(template), ASK.search(template)
    if len(kinds) != 1 or not foci or not through or not ask:
        return None
    kind = kinds.pop()
    form_m, all_read = take_stated_form(template, (foci, through, ask), FORM)
    if not all_read:
        return None
    f1, f2, p = (as_point(split.maths[int(g)]) for g in (foci.group("f1"), foci.group("f2"),
                                                          through.group("p")))
    if f1 is None or f2 is None or p is None or len({len(f1), len(f2), len(p)}) != 1 \
            or len(p) != 2:
        raise Decline("foci and a point in the plane")
    cn = _conic(kind, sp.Tuple(*f1), sp.Tuple(*f2), sp.Tuple(*p))
    value = asked_value(cn, split, ask, form_m)
    _confirm(cn, sp.Tuple(*f1), sp.Tuple(*f2), sp.Tuple(*p))
    form = conics.standard_form(cn)
    shown = value if isinstance(value, str) else latex(value)
    return value, [
        step("find a, b and c", "The foci are 2c apart; the distances from a point of the curve "
             "to the foci " + ("add up to 2a; b^2 = a^2 - c^2." if kind == "ellipse" else
                               "differ by 2a; b^2 = c^2 - a^2."),
             f"$c = {latex(cn.c)}$, $a = {latex(cn.a)}$, $b = {latex(cn.b)}$", ""),
        step("write the equation", "Centre at the midpoint of the foci, the major (transverse) "
             "axis along the line through them.", f"${form}$, so the answer is ${shown}$", "")]


def _conic(kind: str, f1: sp.Tuple, f2: sp.Tuple, p: sp.Tuple) -> conics.Conic:
    if f1 == f2 or (f1[0] != f2[0] and f1[1] != f2[1]):
        raise Decline("two foci on a line parallel to an axis")
    d1 = sp.sqrt((p[0] - f1[0]) ** 2 + (p[1] - f1[1]) ** 2)
    d2 = sp.sqrt((p[0] - f2[0]) ** 2 + (p[1] - f2[1]) ** 2)
    a = sp.nsimplify(sp.radsimp((d1 + d2) / 2 if kind == "ellipse" else abs(d1 - d2) / 2))
    return conic_by_axis(kind, f1, f2, a)


def conic_by_axis(kind: str, f1: sp.Tuple, f2: sp.Tuple, a: sp.Expr) -> conics.Conic:
    """The ellipse or hyperbola with these foci (on a line parallel to an axis) whose
    distances to the foci add (differ) by 2a."""
    if f1 == f2 or (f1[0] != f2[0] and f1[1] != f2[1]):
        raise Decline("two foci on a line parallel to an axis")
    c = sp.sqrt((f1[0] - f2[0]) ** 2 + (f1[1] - f2[1]) ** 2) / 2
    b2 = sp.expand(a**2 - c**2 if kind == "ellipse" else c**2 - a**2)
    if not b2.is_positive or not a.is_positive or not b2.is_Rational or not sp.expand(
            a**2).is_Rational:
        raise Decline(f"no {kind} with rational coefficients has these foci and point")
    h, k = (f1[0] + f2[0]) / 2, (f1[1] + f2[1]) / 2
    along, across = ((X - h) ** 2, (Y - k) ** 2) if f1[1] == f2[1] else ((Y - k) ** 2,
                                                                           (X - h) ** 2)
    sign = 1 if kind == "ellipse" else -1
    eq = sp.expand(along * b2 + sign * across * sp.expand(a**2) - sp.expand(a**2) * b2)
    cn = conics.read(sp.Eq(eq, 0))
    if cn.kind != kind:
        raise Decline(f"the curve found is a {cn.kind}")
    return cn


def asked_value(cn: conics.Conic, split: Split, ask: re.Match[str],
           form_m: re.Match[str] | None) -> sp.Basic | str:
    part = ask.group("part") or ""
    if "major" in part or "vertices" in part:
        return 2 * cn.a
    if "minor" in part:
        if cn.kind != "ellipse":
            raise Decline("a hyperbola has no minor axis")
        return 2 * cn.b
    if form_m is None:
        raise Decline("what is asked about the conic is not clear")
    form = split.maths[int(form_m.group("form"))]
    if ask.group("quad"):
        letters = re.fullmatch(r"\s*\(\s*([a-z])\s*,\s*([a-z])\s*,\s*([a-z])\s*,\s*([a-z])\s*"
                               r"\)\s*", split.maths[int(ask.group("quad"))])
        if not letters:
            raise Decline("an ordered quadruple of letters")
        values = [value_in_form_letters(cn, form, v) for v in letters.groups()]
        return "\\left(" + ", ".join(latex(sp.nsimplify(v)) for v in values) + "\\right)"
    target = split.maths[int(ask.group("t"))]
    if not isinstance(parse_latex(target), sp.Expr):
        raise Decline("an expression in the letters of the form")
    return sp.nsimplify(value_in_form_letters(cn, form, target))


def _confirm(cn: conics.Conic, f1: sp.Tuple, f2: sp.Tuple, p: sp.Tuple) -> None:
    on = sp.simplify(cn.equation.subs({X: p[0], Y: p[1]})) == 0
    foci = {tuple(q) for q in cn.along_axis(cn.c)} == {tuple(f1), tuple(f2)}
    confirm.check(on and foci, "the given point lies on the curve found and its foci are the "
                  "given foci")
    conics.confirm_on_curve(cn, foci=True)


__all__ = ["ASK", "FOCI", "FORM", "asked_value", "conic_by_axis", "read_conic_foci"]
