"""Typed reader: a quadrilateral with a circle inscribed in it (an isosceles trapezoid about a
circle: `tangential_trapezoids`).

"A circle is inscribed in quadrilateral ABCD; AB = 7, BC = 9, CD = 10: DA?" The tangents
from each corner to the circle are equal, so each side is the sum of its corners' tangent
lengths and AB + CD = BC + DA (Pitot): the fourth side, or the perimeter 2(AB + CD) from two
opposite sides. "... tangent to AB at P and to CD at Q, AP = 4, PB = 5, CQ = 6, QD = 3: the
square of the radius?" The four tangent lengths t are told; the corners' half-angles have
tangents r / t and add up to 180 degrees, so the product of (t + i r) is real:
r^2 = e_3 / e_1 (`incircle_wording.inscribed_radius`); the area is r times the semiperimeter.

Confirmed independently: a quadrilateral told by sides is built from tangent lengths that
fit them (every one positive) and its corners' angles 2 arctan(r / t) add up to 360 degrees
(`incircle_wording.check_closes`); the answer is measured again from those tangent
lengths."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.incircle_wording import (
    INSCRIBED,
    OTHER_CIRCLE,
    all_used,
    check_closes,
    flat_text,
    inscribed_radius,
    told,
)
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_T = r"(#\d+)"
_TOLD = re.compile(r"\b([a-z]{2}) = " + _T)
_TOUCH = re.compile(r"\b([a-z]{2}) at (?:point )?([a-z])\b")
_ASK = r"\b(?:find|what is|whats|what's|compute|determine|calculate|how long is)(?: the| its)? "
_QUAD_ASK = re.compile(_ASK + r"(perimeter|area|radius|square of the radius|(?:length of )?"
                       r"(?:side )?([a-z]{2})\b)")
_WORDS = frozenset("this that with what find from have each side sides four".split())
_GLUE = FILLER | frozenset(
    "circle inscribed incircle quadrilateral circumscribed about around touches touching "
    "tangent at point where with side length how long whats what's perimeter area radius "
    "square isosceles trapezoid bases parallel sides legs leg height altitude diameter each "
    "which can in trapezoid's of whose tangential circumscribes drawn all four".split())


def read_tangential_quadrilateral(split: Split, template: str) -> Result | None:
    if "quadrilateral" not in template or not re.search(
            r"inscribed|circumscribe|tangential|tangent to|drawn", template):
        return None
    flat = flat_text(split, template)
    if flat is None:
        return None
    text, values = flat
    names = {a or b for a, b in re.findall(r"\bquadrilateral ([a-z]{4})\b|\b([a-z]{4}) is an? "
                                           r"(?:tangential )?quadrilateral\b", text)} - _WORDS
    asks = _QUAD_ASK.findall(text)
    if not INSCRIBED.search(text) or OTHER_CIRCLE.search(text) or len(names) != 1 or \
            len(asks) != 1:
        return None
    name = names.pop()
    if len(set(name)) != 4:
        return None
    what, side = asks[0]
    sides = [name[k] + name[(k + 1) % 4] for k in range(4)]
    touching = re.search(r"\btouch|\btangent to\b", text)
    touches = _TOUCH.findall(text) if touching else []
    rest = _TOLD.sub(" ", _QUAD_ASK.sub(" ", text))
    rest = _TOUCH.sub(" ", rest) if touching else rest
    if words(rest) - _GLUE - {name, *name, *sides, *(t[1] for t in touches)}:
        return None
    if side and _side_index(side, sides) is None:
        raise Decline("a side of the quadrilateral asked")
    if touches:
        return _from_touch_points(text, values, name, touches, what, side, sides)
    return _from_sides(text, values, sides, what, side)


def _side_index(seg: str, sides: list[str]) -> int | None:
    return next((k for k, s in enumerate(sides) if set(s) == set(seg)), None)


def _from_touch_points(text: str, values: list[sp.Expr], name: str,
                       touches: list[tuple[str, str]], what: str, side: str,
                       sides: list[str]) -> Result:
    at = {p: seg for seg, p in touches}
    if len(at) != len(touches) or any(_side_index(seg, sides) is None or p in name
                                       for seg, p in touches):
        raise Decline("each touching point on a side of the quadrilateral")
    used: set[int] = set()
    tangent: dict[str, sp.Expr] = {}
    for seg, tok in _TOLD.findall(text):
        point = [p for p in seg if p in at]
        corner = set(seg) - set(point)
        if len(point) != 1 or len(corner) != 1 or not corner < set(at[point[0]]):
            raise Decline("pieces of the touched sides told")
        v, t = corner.pop(), told(values, used, tok)
        if v in tangent and sp.simplify(tangent[v] - t) != 0:
            raise Decline("two different tangent lengths told for one corner")
        tangent[v] = t
    all_used(values, used)
    if len(tangent) != 4:
        raise Decline("the tangent lengths of all four corners needed")
    lengths = [tangent[v] for v in name]
    r = inscribed_radius(lengths)
    check_closes(lengths, r)
    s = sp.nsimplify(sum(lengths))
    if side:
        value = tangent[side[0]] + tangent[side[1]]
    else:
        value = {"radius": r, "square of the radius": r**2, "perimeter": 2 * s,
                 "area": r * s}[what]
    value = sp.nsimplify(sp.simplify(value))
    shown = " + ".join(latex(t) for t in lengths)
    e3 = sp.nsimplify(r**2 * s)
    last = {"radius": f"\\sqrt{{{latex(sp.nsimplify(r**2))}}}", "square of the radius":
            "r^{2}", "perimeter": f"2 \\cdot {latex(s)}", "area":
            f"{latex(r)} \\cdot {latex(s)}"}.get(what, "")
    if side:
        last = f"{latex(tangent[side[0]])} + {latex(tangent[side[1]])}"
    return value, [
        step("equal tangents", "From each corner the two tangents to the circle are equal, so "
             "the four tangent lengths told are those of the four corners.",
             f"$s = {shown} = {latex(s)}$", latex(s)),
        step("the corners' half-angles", "Each corner's half-angle has tangent r / t and the "
             "half-angles add up to 180°, so the product of the (t + i r) is real: r² = (sum "
             "of the products of three tangent lengths) / (their sum).",
             f"$r^{{2}} = \\frac{{{latex(e3)}}}{{{latex(s)}}} = {latex(sp.nsimplify(r**2))}$",
             latex(sp.nsimplify(r**2))),
        step("the measure asked", "The area is r times the semiperimeter; a side is the sum "
             "of its corners' tangent lengths.", f"${last} = {latex(value)}$", latex(value))]


def _from_sides(text: str, values: list[sp.Expr], sides: list[str], what: str,
                side: str) -> Result:
    used: set[int] = set()
    length: dict[int, sp.Expr] = {}
    for seg, tok in _TOLD.findall(text):
        k = _side_index(seg, sides)
        if k is None or k in length:
            raise Decline("each side of the quadrilateral told once")
        length[k] = told(values, used, tok)
    all_used(values, used)
    if side:
        k = _side_index(side, sides)
        assert k is not None
        if k in length or len(length) != 3:
            raise Decline("the other three sides needed for the fourth")
        length[k] = length[(k + 1) % 4] + length[(k + 3) % 4] - length[(k + 2) % 4]
        value = length[k]
        shown = " + ".join(latex(length[(k + j) % 4]) for j in (1, 3)) + \
            f" - {latex(length[(k + 2) % 4])}"
    elif what == "perimeter":
        pairs = [p for p in ((0, 2), (1, 3)) if set(p) <= set(length)]
        if not pairs:
            raise Decline("two opposite sides needed for the perimeter")
        a, b = pairs[0]
        value = 2 * (length[a] + length[b])
        shown = f"2 ({latex(length[a])} + {latex(length[b])})"
        c, d = {0, 1, 2, 3} - {a, b}
        if c in length or d in length:  # one of the other pair told fixes the other
            known, other = (c, d) if c in length else (d, c)
            length.setdefault(other, length[a] + length[b] - length[known])
        for k in (c, d):  # neither told: any split of the pair's sum
            length.setdefault(k, (length[a] + length[b]) / 2)
    else:
        raise Decline("a side or the perimeter asked of the sides told")
    if len(length) == 4 and sp.simplify(length[0] + length[2] - length[1] - length[3]) != 0:
        raise Decline("no circle fits: the opposite sides' sums differ")
    value = sp.nsimplify(sp.simplify(value))
    _confirm_sides([length[k] for k in range(4)], value, what)
    rule = f"{sides[0].upper()} + {sides[2].upper()} = {sides[1].upper()} + {sides[3].upper()}"
    return value, [
        step("equal tangents (Pitot)", "Each side is the sum of its corners' tangent lengths; "
             "every corner's length counts once in AB + CD and once in BC + DA, so they are "
             "equal.", f"${rule}$"),
        step("the measure asked", "The fourth side from the other three; the perimeter is "
             "twice the sum of two opposite sides.",
             f"${shown} = {latex(value)}$", latex(value))]


def _confirm_sides(sides: list[sp.Expr], value: sp.Expr, what: str) -> None:
    """Tangent lengths that make these sides, every one positive, and the circle they fix."""
    s0, s1, s2, s3 = sides
    lo, hi = sp.Max(0, s0 - s1), sp.Min(s0, s3)
    if not (all(sp.simplify(x).is_positive for x in sides) and sp.simplify(hi - lo).is_positive):
        raise Decline("no quadrilateral has these sides and an inscribed circle")
    ta = (lo + hi) / 2
    lengths = [ta, s0 - ta, s1 - s0 + ta, s2 - s1 + s0 - ta]
    check_closes(lengths, inscribed_radius(lengths))
    with mpmath.workdps(40):
        t = [mpmath.mpf(str(sp.N(x, 45))) for x in lengths]
        made = [t[0] + t[1], t[1] + t[2], t[2] + t[3], t[3] + t[0]]
        tol = mpmath.mpf(10) ** -30
        ok = all(abs(made[k] - mpmath.mpf(str(sp.N(sides[k], 45)))) < tol for k in range(4))
        v = mpmath.mpf(str(sp.N(value, 45)))
        ok = ok and (abs(mpmath.fsum(made) - v) < tol if what == "perimeter" else
                     any(abs(m - v) < tol for m in made))
    confirm.check(bool(ok), "tangent lengths that make the told sides, and the circle they "
                  "fix, close up around the quadrilateral")


__all__ = ["read_tangential_quadrilateral"]
