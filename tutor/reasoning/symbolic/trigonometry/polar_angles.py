"""Reading the pieces shared by the polar-form readers (`root_angles`, `cis_sums`): the
range an angle is asked in (degrees or radians), and one angle written as
`\\text{cis } 75^\\circ`, `\\operatorname{cis} \\frac{\\pi}{5}` or `e^{7 \\pi i / 60}`.

Every angle is kept exact as a rational multiple of pi; anything else is declined."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import parse_latex

_I = sp.Symbol("i")
_LE = r"\\(?:le|leq)(?![a-z])"
# "0^\circ \le \theta < 360^\circ" or "0 \le \theta_k < 2 \pi" (the letter is group 2)
_RANGE = re.compile(r"0\s*(\^\s*\{?\s*\\circ\s*\}?)?\s*" + _LE + r"\s*(\\?[a-zA-Z]+)"
                    r"(?:_\s*\{?\s*k\s*\}?)?\s*<\s*(360\s*\^\s*\{?\s*\\circ\s*\}?|2\s*\\pi)")
_CIS = re.compile(r"^(?:\\text\s*\{\s*cis\s*\}|\\operatorname\s*\{\s*cis\s*\}|\\mathrm\s*"
                  r"\{\s*cis\s*\})\s*(.+)$")
_DEGREES = re.compile(r"^(-?\d+(?:\.\d+)?)\s*\^\s*\{?\s*\\circ\s*\}?$")
_EXP = re.compile(r"^e\s*\^\s*\{(.+)\}$")


def angle_range(pieces: list[str], letter: str) -> bool | None:
    """True when a piece says 0 <= letter < 360 degrees, False for 0 <= letter < 2 pi,
    None when no piece states the range of `letter` (with or without a subscript k)."""
    for src in pieces:
        m = _RANGE.fullmatch(re.sub(r"\s+", " ", src.strip()))
        if m and m.group(2) == letter:
            in_degrees = "circ" in m.group(3)
            if bool(m.group(1)) != in_degrees:
                raise Decline("an angle range with mixed units")
            return in_degrees
    return None


def turn_fraction(angle: sp.Expr) -> sp.Rational:
    """The angle (radians) as a rational multiple of pi, or Decline."""
    ratio = sp.nsimplify(sp.simplify(angle / sp.pi))
    if not ratio.is_Rational:
        raise Decline("an angle that is not a rational multiple of pi")
    return sp.Rational(ratio)


def term_angle(term: str) -> sp.Rational:
    """The angle of one unit complex number `cis a` or `e^{i a}`, as a multiple of pi."""
    term = term.strip()
    if (m := _CIS.match(term)) is not None:
        body = m.group(1).strip()
        if (d := _DEGREES.match(body)) is not None:
            return sp.Rational(d.group(1)) / 180
        value = parse_latex(body)
        if not isinstance(value, sp.Expr) or value.free_symbols:
            raise Decline("the angle of cis must be a number")
        return turn_fraction(value)
    if (m := _EXP.match(term)) is not None:
        power = parse_latex(m.group(1))
        if not isinstance(power, sp.Expr) or power.free_symbols != {_I}:
            raise Decline("e to an imaginary power expected")
        angle = sp.expand(power.xreplace({_I: sp.I}) / sp.I)
        if not angle.is_real:
            raise Decline("e to a purely imaginary power expected")
        return turn_fraction(angle)
    raise Decline("a term written as cis of an angle or e to an imaginary power expected")


def shown(fraction: sp.Rational, in_degrees: bool) -> sp.Expr:
    """A multiple of pi shown in the asked unit: degrees (a number) or radians."""
    return fraction * 180 if in_degrees else fraction * sp.pi


__all__ = ["angle_range", "shown", "term_angle", "turn_fraction"]
