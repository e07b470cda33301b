"""Typed reader: a point given in two coordinate systems at once, one of them by the names of
its coordinates, and a second point written with those names.

"A point has rectangular coordinates $(x,y,z)$ and spherical coordinates $(2, \\frac{8\\pi}{7},
\\frac{2\\pi}{9})$. Find the spherical coordinates of the point with rectangular coordinates
$(x,y,-z)$", "A point has rectangular coordinates $(10,3)$ and polar coordinates
$(r, \\theta)$. What are the rectangular coordinates of the point with polar coordinates
$(r^2, 2\\theta)$?"

The named coordinates are worked out exactly from the given point (through rectangular
coordinates: r = sqrt(x^2 + y^2), theta = atan2(y, x), phi = acos(z / rho)), put into the
second point, and the second point is converted to the system asked for. A rectangular
answer must simplify to a plain number; an angle must be a multiple of pi with a small
denominator in the standard range, and a length the square root of a fraction.

Confirmed in floating point at 50 digits, independently of the algebra: the answer converted
back to rectangular coordinates is the second point converted to rectangular coordinates.
"""

from __future__ import annotations

import re
from fractions import Fraction

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.conversions import VOCAB as CONVERSION_VOCAB
from tutor.reasoning.symbolic.geometry.reading import as_tuple
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

VOCAB = CONVERSION_VOCAB | frozenset("has of point the with whose find".split())
_SYS = r"(rectangular|polar|cylindrical|spherical)"
_GIVEN = re.compile(rf"^(?:a|the) point has {_SYS} coordinates @(\d+)@,? and {_SYS} "
                    rf"coordinates @(\d+)@[.,]? (?:find|what are|determine|compute) the {_SYS} "
                    rf"coordinates of the point (?:with|whose|that has) {_SYS} coordinates "
                    rf"(?:are )?@(\d+)@ ?[.?]?")
_STANDARD = {"(r,\\theta)", "(r,\\theta,z)", "(\\rho,\\theta,\\phi)", "\\rho>0", "r>0",
             "0\\leq\\theta<2\\pi", "0\\leq\\phi\\leq\\pi"}
_NAMES = {"rectangular": ("x", "y", "z"), "polar": ("r", "theta"),
          "cylindrical": ("r", "theta", "z"), "spherical": ("rho", "theta", "phi")}
_ANGLES = {"polar": (1,), "cylindrical": (1,), "spherical": (1, 2), "rectangular": ()}
_DPS = 50


def _size(system: str, dimension: int) -> int:
    """The number of coordinates of a point of `dimension` in `system` (-1: none)."""
    if system == "rectangular":
        return dimension
    return dimension if len(_NAMES[system]) == dimension else -1


def _tuple(src: str) -> tuple[sp.Expr, ...]:
    v = as_tuple(parse_latex(src))
    if not isinstance(v, sp.Tuple):
        raise Decline("a point written as a tuple")
    return tuple(v)


def _to_rect(system: str, p: tuple) -> tuple:
    """Rectangular coordinates, exact (SymPy) or floating (mpmath), from `system`."""
    cos, sin = (mpmath.cos, mpmath.sin) if isinstance(p[0], mpmath.mpf) else (sp.cos, sp.sin)
    if system == "rectangular":
        return p
    if system in ("polar", "cylindrical"):
        return (p[0] * cos(p[1]), p[0] * sin(p[1]), *p[2:])
    rho, t, phi = p
    return rho * sin(phi) * cos(t), rho * sin(phi) * sin(t), rho * cos(phi)


def _named_values(system: str, rect: tuple) -> tuple[sp.Expr, ...]:
    """The coordinates of `system` of the point `rect`, exact (atan2 and acos kept)."""
    if system == "rectangular":
        return rect
    if rect[0] == 0 and rect[1] == 0:
        raise Decline("the angle of a point on the axis is not defined")
    theta = sp.atan2(rect[1], rect[0])
    r = sp.sqrt(rect[0] ** 2 + rect[1] ** 2)
    if system in ("polar", "cylindrical"):
        return (r, theta, *rect[2:])
    rho = sp.sqrt(r ** 2 + rect[2] ** 2)
    return rho, theta, sp.acos(rect[2] / rho)


def _mp(e: sp.Expr) -> mpmath.mpf:
    value = sp.N(e, _DPS + 10)
    if not value.is_real:
        raise Decline("a coordinate that is not a real number")
    return mpmath.mpf(str(value))


def _identified(value: mpmath.mpf, angle: bool) -> sp.Expr:
    """An angle as p pi / q (q <= 360), a length as the square root of a fraction."""
    tol = mpmath.mpf(10) ** (-_DPS + 10)
    if angle:
        f = Fraction(str(mpmath.nstr(value / mpmath.pi, _DPS))).limit_denominator(360)
        exact = sp.Rational(f.numerator, f.denominator) * sp.pi
    else:
        f = Fraction(str(mpmath.nstr(value ** 2, _DPS))).limit_denominator(10 ** 6)
        exact = sp.sqrt(sp.Rational(f.numerator, f.denominator)) * (1 if value >= 0 else -1)
    if abs(_mp(exact) - value) > tol:
        raise Decline("a coordinate that is not a simple exact number")
    return exact


def _answer(target: str, rect: tuple[sp.Expr, ...]) -> tuple[sp.Expr, ...]:
    """The point `rect` (exact) in the target system, in the standard ranges."""
    if target == "rectangular":
        out = tuple(sp.nsimplify(sp.simplify(sp.expand_trig(c))) for c in rect)
        if any(c.free_symbols or c.has(sp.sin, sp.cos, sp.atan, sp.acos, sp.atan2)
               for c in out):
            raise Decline("rectangular coordinates that are not plain numbers")
        return out
    with mpmath.workdps(_DPS + 10):
        q = [_mp(c) for c in rect]
        r = mpmath.sqrt(q[0] ** 2 + q[1] ** 2)
        if r < mpmath.mpf(10) ** -_DPS:
            raise Decline("the angle of a point on the axis is not defined")
        theta = mpmath.atan2(q[1], q[0]) % (2 * mpmath.pi)
        if target in ("polar", "cylindrical"):
            values = [r, theta, *q[2:]]
        else:
            rho = mpmath.sqrt(r ** 2 + q[2] ** 2)
            values = [rho, theta, mpmath.acos(q[2] / rho)]
        return tuple(_identified(v, k in _ANGLES[target]) for k, v in enumerate(values))


def _confirm(target: str, answer: tuple, new_system: str, new_point: tuple) -> None:
    with mpmath.workdps(_DPS):
        a = _to_rect(target, tuple(_mp(c) for c in answer))
        b = _to_rect(new_system, tuple(_mp(c) for c in new_point))
        same = all(abs(u - v) < mpmath.mpf(10) ** -(_DPS - 15) for u, v in zip(a, b, strict=True))
    ranges = target == "rectangular" or (answer[0] > 0 and 0 <= answer[1] < 2 * sp.pi and (
        target != "spherical" or 0 <= answer[2] <= sp.pi))
    confirm.check(same and bool(ranges), "the answer, taken back to rectangular coordinates "
                  "in floating point, is the second point")


def read(split: Split, template: str) -> Result | None:
    if "point has" not in template or not words_within(template, VOCAB):
        return None
    m = _GIVEN.search(template)
    if m is None:
        raise Decline("a point in two systems and a second point written with its names")
    sys_a, a, sys_b, b, target, new_system, c = m.groups()
    rest = set(re.findall(r"@(\d+)@", template[m.end():]))
    if any(re.sub(r"\s+", "", split.maths[int(i)]) not in _STANDARD for i in rest):
        raise Decline("a stated range or answer form other than the standard ones")
    pa, pb, new = _tuple(split.maths[int(a)]), _tuple(split.maths[int(b)]), _tuple(
        split.maths[int(c)])
    if sys_a == sys_b or any(len(p) != _size(s, len(pa)) for p, s in ((pa, sys_a), (pb, sys_b))
                             ) or len(new) != _size(new_system, len(pa)):
        raise Decline("one point in two different systems")
    if all(not x.free_symbols for x in pa):
        (given, sys_given), (named, sys_named) = (pa, sys_a), (pb, sys_b)
    else:
        (given, sys_given), (named, sys_named) = (pb, sys_b), (pa, sys_a)
    if any(x.free_symbols for x in given) or [str(x) for x in named] != list(
            _NAMES[sys_named][:len(named)]):
        raise Decline("the coordinates of one point as numbers and as their usual names")
    if not {s.name for s in sp.Tuple(*new).free_symbols} <= set(_NAMES[sys_named]):
        raise Decline("the second point written with other letters")
    values = _named_values(sys_named, _to_rect(sys_given, given))
    point = tuple(x.xreplace(dict(zip(named, values, strict=True))) for x in new)
    answer = _answer(target, _to_rect(new_system, point))
    _confirm(target, answer, new_system, point)
    names = ", ".join(f"{latex(n)} = {latex(sp.simplify(v))}" for n, v in zip(
        named, values, strict=True))
    claim = f"{latex(sp.Tuple(*new))} = {latex(sp.Tuple(*answer))}"
    return sp.Tuple(*answer), [
        step("name the coordinates", f"Convert the given point to {sys_named} coordinates.",
             f"${names}$"),
        step("convert the second point", f"Put these into the second point's {new_system} "
             f"coordinates, then give the point in {target} coordinates.",
             f"In {target} coordinates, ${claim}$.")]


__all__ = ["VOCAB", "read"]
