"""Typed reader: an inverse trigonometric function of a trigonometric value, evaluated.

"Compute $\\arccos(\\cos 6)$", "Evaluate $\\arctan(\\tan 4) + \\arcsin(\\sin 3)$", "Find
$\\arcsin(\\sin 400^\\circ)$ in degrees... " (radians unless degrees are written).

arccos(cos a) is the angle in [0, pi] with the same cosine: a moved by whole turns into
[0, 2 pi), and reflected to 2 pi - a when past pi; arcsin(sin a) lies in [-pi/2, pi/2]
(a moved into [-pi/2, 3 pi/2), reflected to pi - a past pi/2); arctan(tan a) lies in
(-pi/2, pi/2) (a moved by whole half-turns). The whole turns are counted at 50 digits and
an angle within 10^-20 of a boundary is declined. Confirmed by evaluating the expression as
written with mpmath.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.trigonometry.angles import parse_trig
from tutor.reasoning.symbolic.typed import words_within

_ASK = re.compile(r"(?:(?:what is|find|compute|evaluate|calculate|determine|simplify)"
                  r"(?: the (?:exact )?value of)? )?@0@[.?]?(?: all functions are in "
                  r"radians\.?)?")
VOCAB = frozenset("what is find compute evaluate calculate determine simplify value exact "
                  "all functions are in radians".split())
# (inverse, function, the lowest angle of the window a is moved into, the window's width)
_RULES = {sp.acos: (sp.cos, 0, 2), sp.asin: (sp.sin, sp.Rational(-1, 2), 2),
          sp.atan: (sp.tan, sp.Rational(-1, 2), 1)}


def read(split: Split, template: str) -> Result | None:
    if len(split.maths) != 1 or not re.search(r"\\arc(?:sin|cos|tan)", split.maths[0]):
        return None
    if not words_within(template, VOCAB) or not _ASK.fullmatch(template.strip()):
        return None
    e = parse_trig(split.maths[0])
    if not isinstance(e, sp.Expr) or e.free_symbols:
        return None
    found = {a: _reduce(a) for a in e.atoms(sp.acos, sp.asin, sp.atan)
             if isinstance(a.args[0], _RULES[type(a)][0])}
    if not found:
        return None
    value = sp.simplify(e.xreplace(found))
    if value.has(sp.acos, sp.asin, sp.atan) or not value.is_real:
        raise Decline("an inverse function of something other than its own function")
    with mpmath.workdps(50):
        got = numeric.to_mp(e.evalf(55))
    confirm.number(got, value, "evaluating the expression as written with 50-digit decimals")
    claims = [f"{latex(a)} = {latex(v)}" for a, v in found.items()]
    steps = [step("the principal value", "An inverse function gives the one angle in its "
                  "range (arccos: $[0, \\pi]$; arcsin: $[-\\frac{\\pi}{2}, \\frac{\\pi}{2}]$; "
                  "arctan: $(-\\frac{\\pi}{2}, \\frac{\\pi}{2})$) with the same value.",
                  f"${c}$", c) for c in claims]
    if e.xreplace(found) != value or len(found) > 1:
        claim = f"{latex(e)} = {latex(value)}"
        steps.append(step("combine", "Put the values together.", f"${claim}$", claim))
    return value, steps


def _reduce(inverse: sp.Expr) -> sp.Expr:
    _f, low, width = _RULES[type(inverse)]
    a = inverse.args[0].args[0]
    if not a.is_real or a.free_symbols:
        raise Decline("an angle that is not a real number")
    with mpmath.workdps(50):
        got = numeric.to_mp(a)
        if got is None or mpmath.im(got) != 0:
            raise Decline("an angle that cannot be evaluated")
        x = mpmath.re(got)
        low_mp = mpmath.mpf(sp.Rational(low).p) / sp.Rational(low).q
        turns = (x - low_mp * mpmath.pi) / (width * mpmath.pi)
        k = int(mpmath.floor(turns))
        if min(turns - k, k + 1 - turns) < mpmath.mpf(10) ** -20:
            raise Decline("an angle on the edge of the range")
    r = a - k * width * sp.pi  # now in [low pi, (low + width) pi)
    if isinstance(inverse, sp.acos):
        with mpmath.workdps(50):
            past = mpmath.re(numeric.to_mp(r - sp.pi)) > 0
        return 2 * sp.pi - r if past else r
    if isinstance(inverse, sp.asin):
        with mpmath.workdps(50):
            past = mpmath.re(numeric.to_mp(r - sp.pi / 2)) > 0
        return sp.pi - r if past else r
    return r


__all__ = ["read"]
