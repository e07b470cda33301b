"""Typed reader: the distance between two points given in polar coordinates.

"Find the distance between the points with polar coordinates $\\left(2, \\frac{\\pi}{3}\\right)$
and $\\left(4, \\frac{5\\pi}{6}\\right)$.", "Let $A = (5, \\theta_1)$ and $B = (12, \\theta_2)$ in
polar coordinates. If $\\theta_1 - \\theta_2 = \\frac{\\pi}{3}$, find the distance $AB$."

The law of cosines in the triangle with the pole: d^2 = r1^2 + r2^2 - 2 r1 r2 cos(t1 - t2),
computed exactly (SymPy). Confirmed by converting both points to x and y in 50-digit
decimals (mpmath) and measuring the distance there (for told difference of angles, with
the second angle put at an arbitrary 0.7 radians).
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_DEGREES = re.compile(r"(\d+(?:\.\d+)?)\s*\^\s*\{?\s*\\circ\s*\}?")
_NAMED = re.compile(r"^([A-Z])\s*=\s*(.+)$", re.S)
_LETTER = re.compile(r"^\\theta_\s*\{?\s*(\d)\s*\}?$")
VOCAB = frozenset("find the distance between points with polar coordinates let and in if "
                  "then what is compute where".split())


def _angle(src: str) -> sp.Expr:
    src = _DEGREES.sub(lambda m: f"\\frac{{{m.group(1)}\\pi}}{{180}}", src)
    v = parse_latex(src)
    if not isinstance(v, sp.Expr) or v.free_symbols or not v.is_real:
        raise Decline("an angle that is a number")
    return v


def _pair(src: str) -> tuple[str, str] | None:
    src = re.sub(r"\\left|\\right", "", src.strip())
    if not (src.startswith("(") and src.endswith(")")) or src.count(",") != 1:
        return None
    r, t = src[1:-1].split(",")
    return r.strip(), t.strip()


def _radius(src: str) -> sp.Expr:
    v = parse_latex(src)
    if not isinstance(v, sp.Expr) or v.free_symbols or not v.is_real or v.is_negative:
        raise Decline("a radius that is a nonnegative number")
    return v


def _distance(r1: sp.Expr, r2: sp.Expr, gap: sp.Expr) -> sp.Expr:
    squared = sp.nsimplify(sp.simplify(r1**2 + r2**2 - 2 * r1 * r2 * sp.cos(gap)))
    return sp.sqrtdenest(sp.sqrt(squared))


def _real(e: sp.Expr) -> mpmath.mpf:
    v = numeric.to_mp(e)
    if v is None:
        raise Decline("a number that could not be evaluated")
    return mpmath.re(v)


def _measured(r1: sp.Expr, t1: mpmath.mpf, r2: sp.Expr, t2: mpmath.mpf) -> mpmath.mpf:
    a, b = _real(r1), _real(r2)
    return mpmath.hypot(a * mpmath.cos(t1) - b * mpmath.cos(t2),
                        a * mpmath.sin(t1) - b * mpmath.sin(t2))


def read(split: Split, template: str) -> Result | None:
    if "polar coordinates" not in template or "distance" not in template or not words_within(
            template, VOCAB):
        return None
    maths = [m.strip() for m in split.maths]
    named = [(_NAMED.match(m), m) for m in maths]
    points = [_pair(m.group(2) if m else src) for m, src in named]
    found = [p for p in points if p is not None]
    if len(found) != 2:
        return None
    (s1, a1), (s2, a2) = found
    r1, r2 = _radius(s1), _radius(s2)
    letters = [_LETTER.match(a1), _LETTER.match(a2)]
    with mpmath.workdps(50):
        if not any(letters):
            t1, t2 = _angle(a1), _angle(a2)
            gap = t1 - t2
            got = _measured(r1, _real(t1), r2, _real(t2))
        elif all(letters):
            told = [m for m in maths if re.fullmatch(r"\\theta_\s*\{?\s*\d\s*\}?\s*-\s*\\theta_"
                                                     r"\s*\{?\s*\d\s*\}?\s*=.+", m)]
            if len(told) != 1:
                raise Decline("the difference of the two angles must be told")
            left, right = told[0].split("=")
            order = re.findall(r"\d", left)
            gap = _angle(right)
            if sorted(order) != sorted(m.group(1) for m in letters if m) or len(set(order)) != 2:
                raise Decline("the told difference must be of the two points' angles")
            second = mpmath.mpf("0.7")
            first = second + _real(gap)
            got = _measured(r1, first, r2, second)
        else:
            return None
    value = _distance(r1, r2, gap)
    confirm.number(got, value, "both points converted to x and y in 50-digit decimals")
    claim = f"d = {latex(value)}"
    return value, [
        step("law of cosines", "The two points and the pole form a triangle with sides "
             "$r_1$, $r_2$ and the angle between them.",
             f"$d^2 = {latex(r1)}^2 + {latex(r2)}^2 - 2 \\cdot {latex(r1)} \\cdot {latex(r2)} "
             f"\\cos\\left({latex(gap)}\\right)$", ""),
        step("take the square root", "Simplify.", f"${claim}$", claim)]


__all__ = ["read"]
