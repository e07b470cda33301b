"""Typed reader: questions about a circle, ellipse or hyperbola given by its equation.

Centre, radius, diameter, area, circumference; eccentricity c/a; foci, vertices (one picked
by "the one with the larger x-coordinate", both when "the foci" are asked and nothing picks
one, either one when "either of them" is asked, or the distance between the two); major and
minor axis lengths; the m of asymptotes `y = \\pm mx`; and an expression in the letters of a
stated standard form ("... can be written as \\frac{(x-h)^2}{a^2} + ... = 1. Find h + k + a + b").
Each answer is confirmed numerically on points of the curve (`conics.confirm_on_curve`)."""

from __future__ import annotations

import re
from typing import cast

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry import conics
from tutor.reasoning.symbolic.geometry.conics import Conic, X, Y
from tutor.reasoning.symbolic.geometry.reading import (
    COMMON,
    axis_words,
    is_label,
    places,
    without_example,
)
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

_KINDS = frozenset("circle ellipse hyperbola".split())
_ASKED = frozenset("center centre radius diameter area circumference foci focus vertices "
                   "major minor asymptotes asymptote eccentricity".split())
VOCAB = COMMON | _KINDS | _ASKED | frozenset(
    "equation graph coordinates coordinate axis length distance between slope positive "
    "larger greater smaller lesser x-coordinate y-coordinate x y sum one two has can be "
    "written for some constants where form write as of vertex enclosed by either equations "
    "slopes lines".split())
_PM = re.compile(r"^\s*y\s*=\s*\\pm\s*([a-z])\s*x\s*$")
_PICK = re.compile(r"(larger|greater|bigger|smaller|lesser) ([xy])-coordinate")
# "Find the coordinates of either of them. (Enter only one of the foci, not both.)": any
# one of the two points is the answer
_ENTER = re.compile(r"\(?\s*enter (?:your answer as an ordered pair|(?P<one>only one of (?:the|"
                    r"them)(?: (?:two )?(?:foci|vertices))?,? not both))\s*[.)]*")
_EITHER = re.compile(r"\b(?:either|any one) of (?:them|the (?:two )?(?:foci|vertices))\b")


def _pick(template: str, points: list[sp.Tuple]) -> sp.Tuple:
    got = set(_PICK.findall(template))
    if len(got) != 1:
        raise Decline("which of the two points is asked is not said")
    size, axis = got.pop()
    i = 0 if axis == "x" else 1
    if points[0][i] == points[1][i]:
        raise Decline(f"the two points have the same {axis}-coordinate")
    return max(points, key=lambda p: p[i]) if size in ("larger", "greater", "bigger") else min(
        points, key=lambda p: p[i])


def value_in_form_letters(cn: Conic, form_src: str, target_src: str) -> sp.Basic:
    """The value of an expression in the letters of a stated form of the same curve."""
    form, target = parse_latex(form_src), parse_latex(target_src)
    if not isinstance(form, sp.Equality) or not isinstance(target, sp.Expr):
        raise Decline("a form and an expression in its letters")
    letters = sorted(form.free_symbols - {X, Y}, key=str)
    if not letters or len(letters) > 6 or not target.free_symbols <= set(letters):
        raise Decline("the letters of the form")
    num = sp.fraction(sp.together(form.lhs - form.rhs))[0]
    scale = sp.Symbol("lambda_")
    diff = sp.Poly(sp.expand(num - scale * cn.equation), X, Y)
    sols = sp.solve(diff.coeffs(), [*letters, scale], dict=True)
    values = set()
    for sol in sols:
        if len(sol) < len(letters) + 1 or any(not v.is_real for v in sol.values()) \
                or sol[scale] == 0:
            continue
        if any(sol[v] < 0 for v in letters if _even_only(num, v)):
            continue  # a letter written only squared is the positive length
        values.add(sp.simplify(target.subs(sol)))
    if len(values) != 1:
        raise Decline("the letters of the form are not determined")
    return values.pop()


def take_stated_form(template: str, matched: tuple[re.Match[str], ...],
                     form: re.Pattern[str]) -> tuple[re.Match[str] | None, bool]:
    """Takes the phrases read and an optional stated form ("its equation can be written as
    ...") out of the template: the form's match, and whether no maths is left unread."""
    rest = template
    for m in matched:
        rest = rest.replace(m.group(0), " ")
    form_m = form.search(rest)
    if form_m:
        rest = rest.replace(form_m.group(0), " ")
    return form_m, not re.search(r"@\d+@", rest)


def _even_only(e: sp.Expr, v: sp.Symbol) -> bool:
    poly = sp.Poly(e, v)
    return all(m[0] % 2 == 0 for m in poly.monoms())


def _answer(cn: Conic, template: str, w: set[str], extra: list[str]
            ) -> tuple[sp.Basic | str, bool]:
    """The asked value and whether the foci were used."""
    if extra:
        forms = [s for s in extra if _PM.match(s)]
        if len(forms) == 1 and "asymptotes" in w and "positive" in w and cn.kind == \
                "hyperbola" and cn.h == 0 and cn.k == 0:
            slope = cast("re.Match[str]", _PM.match(forms[0]))  # forms are the ones it matched
            letter = sp.Symbol(slope.group(1))
            if any(parse_latex(s) != letter for s in extra if s is not forms[0]):
                raise Decline("the letter asked is not the slope's")
            return sp.nsimplify(cn.ry / cn.rx), False
        if len(extra) == 2 and not w & _ASKED:
            return value_in_form_letters(cn, extra[0], extra[1]), False
        raise Decline("extra maths in a question about a conic")
    asked = w & _ASKED
    if cn.kind == "circle" and asked in ({"center", "radius"}, {"centre", "radius"}) \
            and not w & {"sum", "x", "y"}:
        return sp.Tuple(cn.centre, cn.rx), False
    if len(asked - {"focus"}) > 1 and asked != {"major", "minor"}:
        raise Decline("more than one thing asked")
    if asked <= {"center", "centre"} and asked:
        axes = set(re.findall(r"\b([xy])-coordinates?\b", template))
        if "sum" in w and (not axes or axes == {"x", "y"}):
            return cn.h + cn.k, False
        if w & {"sum", "x", "y"}:
            if "sum" in w or len(axes) != 1:
                raise Decline("which coordinates of the centre are asked is not clear")
            return (cn.h if axes == {"x"} else cn.k), False
        return cn.centre, False
    if cn.kind == "circle" and asked & {"radius", "diameter", "area", "circumference"}:
        return {"radius": cn.rx, "diameter": 2 * cn.rx, "area": sp.pi * cn.rx**2,
                "circumference": 2 * sp.pi * cn.rx}[asked.pop()], False
    if cn.kind == "ellipse" and asked == {"area"}:
        return sp.pi * cn.rx * cn.ry, False
    if asked & {"foci", "focus", "vertices"} and cn.kind != "circle":
        d = cn.a if "vertices" in asked else cn.c
        if "distance" in w and "between" in w:
            return 2 * d, "vertices" not in asked
        if "positive" in w and not _PICK.search(template):  # "the one with positive x"
            raise Decline("a point picked by its sign is not read")
        if "either" in w and not _PICK.search(template):  # any one of the two, as allowed
            return cn.along_axis(d)[0], "vertices" not in asked
        if not _PICK.search(template) and asked & {"foci", "vertices"} and not w & {
                "one", "focus", "vertex"}:  # "Find the foci of ...": both points
            return ", ".join(f"\\left({latex(p[0])}, {latex(p[1])}\\right)"
                             for p in cn.along_axis(d)), "vertices" not in asked
        return _pick(template, cn.along_axis(d)), "vertices" not in asked
    if asked & {"asymptote", "asymptotes"} and len(asked) == 1 and {"positive", "slope"} <= w \
            and cn.kind == "hyperbola":
        if re.search(r"\bslope of\b", template):  # "the positive slope of an asymptote"
            return _asymptote_slope(cn), False
        if re.search(r"\basymptote(?: of (?:the|this) hyperbola @\d+@)? (?:with|that has) "
                     r"(?:a |the )?positive slope\W*$",
                     template) and "sum" not in w:  # the line itself
            return asymptote_lines(cn)[0], False
        raise Decline("whether the slope or the line is asked is not clear")
    if asked == {"asymptotes"} and cn.kind == "hyperbola" and not w & {
            "positive", "slope", "sum", "one", "x", "y", "larger", "smaller", "greater"}:
        return ", ".join(asymptote_lines(cn, slopes="slopes" in w)), False
    if asked == {"eccentricity"} and cn.kind != "circle":  # c/a, the foci confirmed
        return sp.radsimp(cn.c / cn.a), True
    if asked in ({"major"}, {"minor"}) and cn.kind == "ellipse" and "length" in w:
        return 2 * (cn.a if "major" in asked else cn.b), False
    raise Decline("what is asked about the conic is not clear")


def asymptote_lines(cn: Conic, slopes: bool = False) -> list[str]:
    """Both asymptotes y = k \\pm m (x - h), the rising one first (or their slopes m, -m),
    m = ry/rx from the
    standard form. Confirmed independently on the original equation: on each line y = m x + c
    the equation's x^2 and x terms cancel and a nonzero constant is left (the line never
    meets the curve and is approached at both ends), and the two slopes differ."""
    m = sp.nsimplify(cn.ry / cn.rx)
    lines = [(s * m, cn.k - s * m * cn.h) for s in (1, -1)]
    ok = m != 0
    for slope, cut in lines:
        left = sp.expand(cn.equation.subs(Y, slope * X + cut))
        ok = ok and left.is_number and left != 0
    confirm.check(bool(ok), "on each line the equation of the curve leaves a nonzero "
                  "constant: the line is approached but never met")
    if slopes:
        return [latex(m), latex(-m)]
    return [f"y = {latex(slope * X + cut)}" for slope, cut in lines]


def _asymptote_slope(cn: Conic) -> sp.Basic:
    """The positive slope b/a of the asymptotes, confirmed by how the curve itself rises far
    from its centre: (y - k)/(x - h) at x - h = 10^8 on its upper branch."""
    slope = sp.nsimplify(cn.ry / cn.rx)
    far = cn.h + sp.Integer(10) ** 8
    ys = [r for r in sp.Poly(sp.expand(cn.equation.subs(X, far)), Y).nroots(n=40)
          if abs(sp.im(r)) < 1e-20]
    confirm.check(bool(ys) and abs((max(ys, key=float) - cn.k) / (far - cn.h) - slope) < 1e-6,
                  "far along the curve, (y - k)/(x - h) approaches the slope")
    return slope


def read_conic(split: Split, template: str) -> Result | None:
    w = words(template)
    if not w & _ASKED and not (w & _KINDS and "form" in w):
        return None
    template = without_example(axis_words(split.maths, template), split.maths)
    if _EITHER.search(template) or any(m.group("one") for m in _ENTER.finditer(template)):
        template = _EITHER.sub(" either ", _ENTER.sub(" ", template))
        if "either" not in template:
            template += " either"
    w = words(template)
    if not words_within(template, VOCAB):
        return None
    curves, extra = [], []
    for i in dict.fromkeys(places(template)):
        src = split.maths[i]
        if is_label(src):
            continue
        v = None if _PM.match(src) else parse_latex(src)
        if isinstance(v, sp.Equality) and v.free_symbols == {X, Y}:
            curves.append(v)
        else:
            extra.append(src)
    if len(curves) != 1:
        return None
    cn = conics.read(curves[0])
    named = w & _KINDS
    if named and named != {cn.kind}:
        raise Decline(f"the equation is a {cn.kind}, not a {named.pop()}")
    value, foci = _answer(cn, template, w, extra)
    if isinstance(value, sp.Tuple) and isinstance(value[0], sp.Tuple):  # centre and radius
        value = f"\\left({latex(value[0][0])}, {latex(value[0][1])}\\right), {latex(value[1])}"
    elif not isinstance(value, sp.Tuple | str):
        value = sp.nsimplify(value)
    conics.confirm_on_curve(cn, foci=foci)
    form = conics.standard_form(cn)
    if cn.kind == "circle":  # draw it, as the first step shows the centre and radius
        cn.steps[0].plot = {"kind": "circle", "center": [float(cn.h), float(cn.k)],
                            "radius": float(cn.rx), "title": f"${form}$"}
    steps = cn.steps + [step("read off the parts", f"In the standard form ${form}$ the centre "
                             f"is $({latex(cn.h)}, {latex(cn.k)})$.",
                             f"The curve is ${form}$, so the answer is "
                             f"${value if isinstance(value, str) else latex(value)}$",
                             "")]
    return value, steps


__all__ = ["VOCAB", "asymptote_lines", "read_conic"]
