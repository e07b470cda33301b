"""Typed readers: a triangle's inscribed circle told by its radius and where it touches a
side, or a right triangle told by its hypotenuse and the radius of its inscribed circle.

"The inscribed circle of triangle ABC touches AB at P; its radius is 4, AP = 6 and PB = 8.
Find the perimeter of the triangle." From each corner the two tangents to the circle are
equal: x = AP and y = PB are the tangent lengths of A and B, z that of C. Heron's formula
with s = x + y + z gives area^2 = s x y z, and the area is r s, so r^2 (x + y + z) = x y z:
z = r^2 (x + y) / (x y - r^2) (no triangle unless x y > r^2). Asked: the perimeter 2s, the
area r s, the semiperimeter, the radius or a side (the sum of its corners' tangent lengths).
Told without names ("the incircle divides one side (the hypotenuse) into segments of 4 and
6") the triangle is called ABC, touched on AB at P. With no radius told, a right angle
opposite the touched side fixes it: that corner's tangent length is r, and Pythagoras gives
r^2 + r(x + y) = x y (the area is then x y); a right angle elsewhere, or one that does not fit
a radius told, declines.

"A circle of radius 2 is inscribed in a right triangle whose hypotenuse is 10: its
perimeter?" The tangent lengths of the right angle's corner are r, so the legs add up to
h + 2r; the perimeter is 2(h + r), the area r s = r(h + r). Such a triangle exists only when
the legs, the roots of t^2 - (h + 2r) t + 2r(h + r), are real: h^2 >= 4r(h + r).

Confirmed independently: the triangle is built from its three sides, its area measured by
Heron's formula at 40 digits (mpmath), the inscribed radius area / s and the tangent length
s - (the opposite side) compared with the told ones and the answer measured again from the
sides; the corners' angles 2 arctan(r / t) add up to 180 degrees
(`incircle_wording.check_closes`)."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.problems.step import Step
from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.incircle_wording import (
    INSCRIBED,
    OTHER_CIRCLE,
    all_used,
    check_closes,
    flat_text,
    told,
)
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_T = r"(#\d+)"
_RADIUS = re.compile(r"\b(?:in)?radius (?:of (?:the |its )?(?:inscribed circle|incircle) )?"
                     r"(?:is |of |= |equal to )?" + _T)
_TOUCH = re.compile(r"\b(?:touches|touching|is tangent to|tangent to) (?:side |segment )?"
                    r"([a-z]{2}) at (?:point )?([a-z])\b")
_PIECE = re.compile(r"\b([a-z]{2}) = " + _T)
_HYPOTENUSE = re.compile(r"\bhypotenuse (?:of (?:a |the )?right(?:[- ]angled)? triangle )?"
                         r"(?:is |of |= |has |measures )?(?:a )?(?:length )?"
                         r"(?:of )?" + _T)
_ASK = re.compile(r"\b(?:find|what is|whats|what's|compute|determine|calculate|how long is)"
                  r"(?: the| its)? (perimeter|area|semiperimeter|sum of (?:the|its) (?:two )?legs|"
                  r"(?:in)?radius|(?:length of )?(?:side )?([a-z]{2})\b)")
# "the incircle divides the hypotenuse (one side) into segments of 4 and 6": no names told
_SPLIT = re.compile(
    r"\b(?:(?:touches|is tangent to) (?:one |a |the )?(side|hypotenuse) at a point (?:that|which) "
    r"|(?:the )?(?:point of (?:tangency|contact) )?)(?:divides|splits|cuts) (?:it|(?:one |a |the )?"
    r"(side|hypotenuse))(?: of (?:the|a|this) (?:right )?triangle)? into (?:two )?(?:segments|"
    r"pieces|parts)(?: of(?: lengths?)?| with lengths| measuring)? (#\d+) and (#\d+)")
_WORDS = frozenset("has had are was its the and for all one two six ten can may".split())
_RIGHT_AT = re.compile(r"\bright angle (?:is )?at ([a-z])\b|\b([a-z]) is a right angle\b|"
                       r"\bhypotenuse ([a-z]{2})\b")
_GLUE = FILLER | frozenset(
    "inscribed circle incircle inradius triangle right side segment point at touches touching "
    "tangent with where so whats what's how long length perimeter area semiperimeter sum legs "
    "hypotenuse whose has an its radius triangle's measures can angle divides splits cuts into "
    "segments pieces parts lengths two one tangency contact which angled right-angled"
    .split())


def _common(split: Split, template: str) -> tuple[str, list[sp.Expr], str, str] | None:
    """The flat text, the values, what is asked and the side asked ("" if none)."""
    if not re.search(r"inscribed|incircle|inradius", template):
        return None
    flat = flat_text(split, template)
    if flat is None:
        return None
    text, values = flat
    if not INSCRIBED.search(text) or OTHER_CIRCLE.search(text) or "triangle" not in text:
        return None
    asks = _ASK.findall(text)
    if len(asks) != 1:
        return None
    what, side = asks[0]
    return text, values, what if not side else "side", side


def read_incircle_touch_point(split: Split, template: str) -> Result | None:
    read = _common(split, template)
    if read is None:
        return None
    text, values, what, side = read
    names = set(re.findall(r"\btriangle ([a-z]{3})\b", text)) - _WORDS
    said = _SPLIT.search(text)
    if said:  # the touched side unnamed: named here ABC, touched at P on AB
        if names or side:
            return None
        right = " . right angle at c" if "hypotenuse" in (said.group(1), said.group(2)) else ""
        text = (f"triangle abc . {text[:said.start()]} touches ab at p . ap = {said.group(3)} and "
                f"pb = {said.group(4)}{right} . {text[said.end():]}")
        names = {"abc"}
    touches = _TOUCH.findall(text)
    if len(names) != 1 or len(touches) != 1:
        return None
    name, (ends, at) = names.pop(), touches[0]
    if len(set(name)) != 3 or not set(ends) < set(name) or at in name or len(set(ends)) != 2:
        raise Decline("the circle touches one side of the triangle at a new point")
    used: set[int] = set()
    radii = _RADIUS.findall(text)
    rights = {c for m in _RIGHT_AT.findall(text) for c in (m[0] or m[1] or
                                                           (set(name) - set(m[2])).pop())}
    third = (set(name) - set(ends)).pop()
    if len(radii) > 1 or rights - {third} or not radii and not rights:
        raise Decline("the inscribed circle's radius, or a right angle opposite the touched "
                      "side, told once")
    r = told(values, used, radii[0]) if radii else None
    tangent: dict[str, sp.Expr] = {}
    for seg, tok in _PIECE.findall(text):
        corner = set(seg) - {at}
        if at not in seg or len(corner) != 1 or not corner < set(ends):
            raise Decline("the two pieces of the touched side told")
        v = corner.pop()
        if v in tangent:
            raise Decline("each piece of the touched side told once")
        tangent[v] = told(values, used, tok)
    all_used(values, used)
    rest = _RADIUS.sub(" ", _PIECE.sub(" ", _TOUCH.sub(" ", _ASK.sub(" ", text))))
    if len(tangent) != 2 or words(_RIGHT_AT.sub(" ", rest)) - _GLUE - {name, at, *name,
                                                                       *_sides(name)}:
        return None
    x, y = tangent[ends[0]], tangent[ends[1]]
    if r is None:  # the right angle's tangent length is r: r^2 + r (x + y) = x y
        r = sp.nsimplify(sp.simplify((sp.sqrt((x + y) ** 2 + 4 * x * y) - (x + y)) / 2))
    if not sp.simplify(x * y - r**2).is_positive:
        raise Decline("no triangle: the inscribed circle is too large for the two pieces told")
    z = sp.nsimplify(sp.simplify(r**2 * (x + y) / (x * y - r**2)))
    if rights and sp.simplify(z - r) != 0:
        raise Decline("a right angle there does not fit the radius told")
    if rights:  # the legs y + z and x + z against the hypotenuse x + y, at 40 digits
        with mpmath.workdps(40):
            a, b, c = (mpmath.mpf(str(sp.N(e, 45))) for e in (y + z, x + z, x + y))
            confirm.check(abs(a * a + b * b - c * c) < mpmath.mpf(10) ** -30,
                          "Pythagoras on the sides the tangent lengths make")
    tangent[third] = z
    lengths = [tangent[v] for v in name]
    value = _measure(what, side, name, tangent, r)
    _confirm(lengths, r, what, value, name.index((set(name) - set(side)).pop()) if side else None)
    show = {v: latex(t) for v, t in tangent.items()}
    steps = [
        step("equal tangents", ("Call the triangle ABC, touched on AB at P. " if said else "")
             + "From each corner the two tangents to the inscribed circle are "
             f"equal: {ends[0].upper()}'s is {show[ends[0]]}, {ends[1].upper()}'s is "
             f"{show[ends[1]]}; call {third.upper()}'s z.", f"$s = {show[ends[0]]} + "
             f"{show[ends[1]]} + z$"),
        step("Heron's formula with area = r s", "Heron's formula gives area² = s·x·y·z and "
             "the area is also r·s, so r²(x + y + z) = x·y·z.",
             f"$z = \\frac{{({latex(r)})^{{2}} ({show[ends[0]]} + {show[ends[1]]})}}"
             f"{{{show[ends[0]]} \\cdot {show[ends[1]]} - ({latex(r)})^{{2}}}} = {latex(z)}$",
             latex(z)),
        _answer_step(what, side, tangent, r, value)]
    if not radii:
        steps.insert(1, step("the right angle's tangents", "The inscribed circle and the legs "
                             "make a square at the right angle, so that corner's tangent "
                             "length is r, and Pythagoras gives r² + r(x + y) = x·y.",
                             f"$r = {latex(r)}$", latex(r)))
    return value, steps


def _sides(name: str) -> set[str]:
    return {a + b for a in name for b in name if a != b}


def _measure(what: str, side: str, name: str, tangent: dict[str, sp.Expr],
             r: sp.Expr) -> sp.Expr:
    s = sum(tangent[v] for v in name)
    if what == "side":
        if len(set(side)) != 2 or not set(side) <= set(name):
            raise Decline("a side of the triangle asked")
        return sp.nsimplify(tangent[side[0]] + tangent[side[1]])
    got = {"perimeter": 2 * s, "area": r * s, "semiperimeter": s, "radius": r,
           "inradius": r}.get(what)
    if got is None:
        raise Decline("the perimeter, the area or a side asked")
    return sp.nsimplify(sp.simplify(got))


def _answer_step(what: str, side: str, tangent: dict[str, sp.Expr], r: sp.Expr,
                 value: sp.Expr) -> Step:
    s = " + ".join(latex(t) for t in tangent.values())
    if what == "side":
        return step("a side from its corners", "A side is the sum of the tangent lengths of "
                    "its two corners.", f"${side.upper()} = {latex(tangent[side[0]])} + "
                    f"{latex(tangent[side[1]])} = {latex(value)}$", latex(value))
    rule = {"perimeter": ("the perimeter", "Each tangent length counts twice round the "
                          "triangle.", f"2 ({s})"),
            "area": ("area = r s", "The area is the inscribed radius times the semiperimeter.",
                     f"{latex(r)} ({s})"),
            "semiperimeter": ("the semiperimeter", "The semiperimeter is the sum of the "
                              "tangent lengths.", s)}.get(what)
    if rule is None:  # the radius: found from the right angle's tangent length above
        return step("the inscribed radius", "The right angle's corner has tangent length r: "
                    "r² + r(x + y) = x·y.", f"$r = {latex(value)}$", latex(value))
    return step(rule[0], rule[1], f"${rule[2]} = {latex(value)}$", latex(value))


def read_right_triangle_inradius(split: Split, template: str) -> Result | None:
    read = _common(split, template)
    if read is None or not re.search(r"\bright(?:[- ]angled)? triangle\b", read[0]):
        return None
    text, values, what, _side = read
    hyps, radii = _HYPOTENUSE.findall(text), _RADIUS.findall(text)
    rest = _RADIUS.sub(" ", _HYPOTENUSE.sub(" ", _ASK.sub(" ", text)))
    if len(hyps) != 1 or len(radii) != 1 or words(rest) - _GLUE or what not in (
            "perimeter", "area", "semiperimeter") and not what.startswith("sum"):
        return None
    used: set[int] = set()
    h, r = told(values, used, hyps[0]), told(values, used, radii[0])
    all_used(values, used)
    if not sp.simplify(h**2 - 4 * r * (h + r)) >= 0:
        raise Decline("no right triangle has an inscribed circle that large for its "
                      "hypotenuse")
    legs = h + 2 * r
    value = sp.nsimplify(sp.simplify({"perimeter": 2 * (h + r), "area": r * (h + r),
                                      "semiperimeter": h + r}.get(what, legs)))
    t = sp.Symbol("t")
    a, b = sorted(sp.solve(t**2 - legs * t + 2 * r * (h + r), t), key=lambda e: float(e))
    tangent = {"a": r, "b": a - r, "c": b - r}  # the right angle's corner, then the others
    _confirm(list(tangent.values()), r, what if what in ("perimeter", "area", "semiperimeter")
             else "legs", value, None)
    shown = {"perimeter": f"2 ({latex(h)} + {latex(r)})", "area": f"{latex(r)} ({latex(h)} + "
             f"{latex(r)})", "semiperimeter": f"{latex(h)} + {latex(r)}"}.get(
                 what, f"{latex(h)} + 2 \\cdot {latex(r)}")
    return value, [
        step("equal tangents at the right angle", "The inscribed circle and the two legs make a "
             "square at the right angle, so that corner's tangent lengths are r; the other two "
             "corners' tangents make up the hypotenuse: the legs add up to h + 2r.",
             f"${latex(h)} + 2 \\cdot {latex(r)} = {latex(sp.simplify(legs))}$",
             latex(sp.simplify(legs))),
        step("the measure asked", "The perimeter is the legs and the hypotenuse, 2(h + r); the "
             "area is r times the semiperimeter, r(h + r).", f"${shown} = {latex(value)}$",
             latex(value))]


def _confirm(lengths: list[sp.Expr], r: sp.Expr, what: str, value: sp.Expr,
             opposite: int | None) -> None:
    """The triangle built from its sides: its inscribed radius, tangent lengths and the
    measure asked, measured again by Heron's formula."""
    check_closes(lengths, r)
    with mpmath.workdps(40):
        t = [mpmath.mpf(str(sp.N(v, 45))) for v in lengths]
        sides = [t[1] + t[2], t[0] + t[2], t[0] + t[1]]  # opposite each corner
        s = mpmath.fsum(sides) / 2
        area = mpmath.sqrt(s * (s - sides[0]) * (s - sides[1]) * (s - sides[2]))
        tol = mpmath.mpf(10) ** -30
        ok = abs(area / s - mpmath.mpf(str(sp.N(r, 45)))) < tol and all(
            abs(s - sides[k] - t[k]) < tol for k in range(3))
        measured = {"perimeter": 2 * s, "area": area, "semiperimeter": s, "radius": area / s,
                    "inradius": area / s,
                    "legs": 2 * s - max(sides)}.get(what)
        if measured is None and opposite is not None:  # a side: the one opposite that corner
            measured = sides[opposite]
        ok = ok and measured is not None and abs(measured - mpmath.mpf(str(sp.N(value, 45)))) < tol
    confirm.check(bool(ok), "the triangle built from its sides has that inscribed radius, "
                  "those tangent lengths and that measure (Heron's formula)")


__all__ = ["read_incircle_touch_point", "read_right_triangle_inradius"]
