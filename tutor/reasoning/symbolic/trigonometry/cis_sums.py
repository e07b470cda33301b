"""Typed reader: the angle of a sum of unit complex numbers whose angles are in arithmetic
progression, the sum written as r cis theta (or r e^{i theta}).

"The number $\\text{cis } 20^\\circ + \\text{cis } 32^\\circ + \\dots + \\text{cis } 92^\\circ$
is written as $r \\, \\text{cis } \\theta$ with $r > 0$ and $0^\\circ \\le \\theta <
360^\\circ$. Find $\\theta$ in degrees.", "Write $e^{\\pi i/9} + e^{4\\pi i/9} + e^{7\\pi i/9}$
as $r e^{i \\theta}$ where $0 \\le \\theta < 2\\pi$. Find $\\theta$."

Terms whose angles lie the same distance either side of the middle angle m pair up:
cis(m - x) + cis(m + x) = 2 cos x cis m, so the whole sum is (sum of cos(a_k - m)) cis m.
theta is m when that real factor is positive and m + 180 degrees when it is negative
(a zero sum is declined). Confirmed by adding the terms as 50-digit complex decimals
(mpmath) and taking the argument of the total.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.trigonometry.polar_angles import angle_range, shown, term_angle
from tutor.reasoning.symbolic.typed import words_within

_DOTS = re.compile(r"^\\(?:dotsb|dots|cdots|ldots)$")
_FORM = re.compile(r"^r\s*(?:\\text\s*\{\s*cis\s*\}|\\operatorname\s*\{\s*cis\s*\}|"
                   r"\\mathrm\s*\{\s*cis\s*\})\s*(\\[a-z]+)$|^r\s*e\s*\^\s*\{\s*i\s*(\\[a-z]+)\s*\}$")
_POSITIVE = re.compile(r"^r\s*(?:>|\\geq?|\\ge)\s*0$")
VOCAB = frozenset("number sum expressed write written expression form where with can be find "
                  "in degrees radians enter your answer give as".split())


def _terms(src: str) -> list[str]:
    """The terms of a sum split at the plus signs outside braces; a minus declines."""
    out, depth, start = [], 0, 0
    for i, c in enumerate(src):
        depth += (c in "{(") - (c in "})")
        if depth == 0 and c == "+":
            out.append(src[start:i])
            start = i + 1
        if depth == 0 and c == "-" and src[start:i].strip():
            raise Decline("a difference of terms")
    out.append(src[start:])
    return [t.strip() for t in out]


def _angles(src: str) -> list[sp.Rational]:
    """The angles (multiples of pi) of all the terms, the dots filled in."""
    terms = _terms(src)
    dots = [i for i, t in enumerate(terms) if _DOTS.match(t)]
    if not dots:
        angles = [term_angle(t) for t in terms]
        steps = {b - a for a, b in zip(angles, angles[1:], strict=False)}
        if len(steps) != 1:
            raise Decline("angles not in arithmetic progression")
        return angles
    if len(dots) > 1 or dots[0] < 2 or dots[0] != len(terms) - 2:
        raise Decline("the dots must come after two terms and before the last one")
    head = [term_angle(t) for t in terms[:dots[0]]]
    last = term_angle(terms[-1])
    gaps = {b - a for a, b in zip(head, head[1:], strict=False)}
    if len(gaps) != 1 or (gap := gaps.pop()) == 0:
        raise Decline("angles not in arithmetic progression")
    count = (last - head[0]) / gap
    if not count.is_Integer or count < len(head) or count > 5000:
        raise Decline("the last angle is not reached by the pattern")
    return [head[0] + k * gap for k in range(int(count) + 1)]


def read(split: Split, template: str) -> Result | None:
    maths = split.maths
    if len(maths) < 4 or not words_within(template, VOCAB):
        return None
    forms = [(i, m) for i, m in enumerate(maths) if _FORM.match(m.strip())]
    if len(forms) != 1 or forms[0][0] != 1:
        return None
    m = _FORM.match(forms[0][1].strip())
    assert m is not None
    letter = m.group(1) or m.group(2)
    if maths[-1].strip() != letter or "+" not in maths[0]:
        return None
    rest = maths[2:-1]
    in_degrees = angle_range(rest, letter)
    if in_degrees is None or any(angle_range([p], letter) is None and not
                                 _POSITIVE.match(p.strip()) for p in rest):
        return None
    if ("degrees" in template) != in_degrees or "radians" in template and in_degrees:
        raise Decline("the unit asked and the range given differ")
    angles = _angles(maths[0])
    middle = (angles[0] + angles[-1]) / 2
    with mpmath.workdps(50):
        factor = mpmath.fsum(mpmath.cospi(mpmath.mpf(a.p) / a.q - mpmath.mpf(middle.p)
                                          / middle.q) for a in angles)
        if abs(factor) < mpmath.mpf(10) ** -30:
            raise Decline("the sum is zero, so it has no angle")
        theta = (middle + (0 if factor > 0 else 1)) % 2
        total = mpmath.fsum(mpmath.expjpi(mpmath.mpf(a.p) / a.q) for a in angles)
        arg = mpmath.arg(total) % (2 * mpmath.pi)
        if abs(arg - 2 * mpmath.pi) < mpmath.mpf(10) ** -30:
            arg = mpmath.mpf(0)
        got = arg * 180 / mpmath.pi if in_degrees else arg
    answer = shown(theta, in_degrees)
    confirm.number(got, answer, "the argument of the sum of the terms added as 50-digit "
                                "complex decimals")
    unit = "^\\circ" if in_degrees else ""
    mid = latex(shown(middle, in_degrees)) + unit
    sign = "positive" if factor > 0 else "negative, which adds a half turn"
    claim = f"{letter} = {latex(answer)}{unit}"
    return answer, [
        step("list the angles", f"The {len(angles)} angles go up in equal steps from "
             f"${latex(shown(angles[0], in_degrees))}{unit}$ to "
             f"${latex(shown(angles[-1], in_degrees))}{unit}$; their middle is ${mid}$.",
             f"middle angle ${mid}$", ""),
        step("pair the terms", "Angles the same distance either side of the middle pair up: "
             "$\\operatorname{cis}(m - x) + \\operatorname{cis}(m + x) = 2 \\cos x "
             "\\operatorname{cis} m$, so the sum is a real number times "
             f"$\\operatorname{{cis}} {mid}$; that real number is about "
             f"{mpmath.nstr(factor, 8)}, {sign}.", f"${claim}$", claim)]


__all__ = ["read"]
