"""Typed reader: a sum of inverse trigonometric values of numbers, evaluated as one angle.

"Compute $\\arctan 2 + \\arctan 3$", "Evaluate $2\\arctan \\frac{1}{3} + \\arctan \\frac{1}{7}$",
"Find $\\arcsin \\frac{3}{5} + \\arccos \\frac{3}{5}$", "Compute $\\arcsin(-\\frac{\\sqrt{2}}{2})$
in degrees" (radians unless degrees are asked).

The expression must be whole multiples of arcsin/arccos/arctan/arccot of numbers (and
possibly a rational multiple of pi). Its value is found at 60 digits and recognised as
p pi / q (q at most 72); the angle is then confirmed exactly: the cosine and sine of the
expression, written out with the angle-addition formulas from each inverse value's cosine
and sine, equal cos(p pi / q) and sin(p pi / q) (their differences have minimal polynomial
x), so the two differ by a whole number of turns, and the 60-digit value rules out any
turn but zero. A value that is no such angle, or an exact check that cannot be finished,
is declined.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.trigonometry.angles import TRIG, parse_trig

_INVERSE = (sp.asin, sp.acos, sp.atan, sp.acot)
_UNIT = r"(?:,? (?:in|as an angle in|expressed in) (?P<unit1>degrees|radians))?"
_ASK = re.compile(r"(?:(?:what is|find|compute|evaluate|calculate|determine|simplify)"
                  r"(?: the (?:(?:exact |principal )?value|(?P<unit0>degree|radian) measure) "
                  r"of)? )?@0@" + _UNIT + r"[.?]?"
                  r"(?: (?:express|give|enter) (?:your|the) answer in (?P<unit2>degrees|"
                  r"radians)\.?)?(?: all functions are in radians\.?)?")
_MAX_DENOMINATOR = 72
_MAX_TERMS = 4
_MAX_MULTIPLE = 6
_X = sp.Symbol("x")


def read(split: Split, template: str) -> Result | None:
    if len(split.maths) != 1 or not re.search(r"\\arc|\^\s*\{\s*-\s*1\s*\}", split.maths[0]):
        return None
    m = _ASK.fullmatch(re.sub(r"\s+", " ", template.lower()).strip())
    if m is None:
        return None
    degrees = "degrees" in (m.group("unit1"), m.group("unit2")) or m.group("unit0") == "degree"
    e = parse_trig(split.maths[0])
    if not isinstance(e, sp.Expr) or e.free_symbols:
        return None
    atoms = _inverse_terms(e)
    if atoms is None:
        return None
    re_, im = sp.N(e, 70).as_real_imag()
    if not re_.is_Float or im != 0:
        raise Decline("an inverse value that is not a real angle")
    with mpmath.workdps(60):
        value = mpmath.mpf(str(re_))
        angle = _as_pi_fraction(value)
    if angle is None:
        return None  # not a rational multiple of pi: nothing simpler to say
    cos_e, sin_e = _cos_sin(e)
    if not (_same(cos_e, sp.cos(angle)) and _same(sin_e, sp.sin(angle))):
        raise Decline("the exact cosine and sine do not confirm the angle")
    confirm.check(True, "the exact cosine and sine of the expression are those of the angle")
    answer = sp.nsimplify(angle * 180 / sp.pi) if degrees else angle
    with mpmath.workdps(60):
        confirm.number(value * 180 / mpmath.pi if degrees else value, answer,
                       "evaluating the expression as written with 60-digit decimals")
    steps = []
    for a in atoms:
        c, s = sp.cos(a), sp.sin(a)
        claim = (f"\\cos\\left({latex(a)}\\right) = {latex(c)}, \\ "
                 f"\\sin\\left({latex(a)}\\right) = {latex(s)}")
        steps.append(step("the inverse value", f"${latex(a)}$ is the angle in its range "
                          "(arcsin: $[-\\frac{\\pi}{2}, \\frac{\\pi}{2}]$; arccos: $[0, \\pi]$; "
                          "arctan: $(-\\frac{\\pi}{2}, \\frac{\\pi}{2})$) with that value; read "
                          "its cosine and sine from a right triangle.", f"${claim}$", claim))
    claim = (f"\\cos\\left({latex(e)}\\right) = {latex(sp.cos(angle))}, \\ "
             f"\\sin\\left({latex(e)}\\right) = {latex(sp.sin(angle))}")
    steps.append(step("add the angles", "Use the angle-addition formulas for cosine and sine.",
                      f"${claim}$", claim))
    shown = mpmath.nstr(value, 8)
    claim = f"{latex(e)} = {latex(angle)}"
    if degrees:
        claim += f" = {latex(answer)}^\\circ"
    steps.append(step("the angle", f"The expression is about ${shown}$, and the only angle "
                      "near it with this cosine and sine is the one below.", f"${claim}$", claim))
    return answer, steps


def _inverse_terms(e: sp.Expr) -> list[sp.Expr] | None:
    """The inverse functions of numbers in e, when e is whole multiples of them plus a
    rational multiple of pi; None otherwise."""
    atoms: list[sp.Expr] = []
    for term in sp.Add.make_args(e):
        coeff, rest = term.as_coeff_Mul()
        if rest == sp.pi or rest == 1:
            if not sp.Rational(coeff) == coeff:
                return None
            continue
        if not isinstance(rest, _INVERSE) or not coeff.is_Integer or coeff == 0:
            return None
        arg = rest.args[0]
        if arg.free_symbols or arg.has(*TRIG, *_INVERSE) or not arg.is_real:
            return None
        if abs(coeff) > _MAX_MULTIPLE:
            raise Decline("a large multiple of an inverse value")
        atoms.append(rest)
    if not atoms:
        return None
    if len(atoms) > _MAX_TERMS:
        raise Decline("too many inverse values to combine")
    return atoms


def _as_pi_fraction(value: mpmath.mpf) -> sp.Expr | None:
    turns = value / mpmath.pi
    for q in range(1, _MAX_DENOMINATOR + 1):
        p = mpmath.nint(turns * q)
        if abs(turns * q - p) < mpmath.mpf(10) ** -40:
            return sp.Rational(int(p), q) * sp.pi
    return None


def _cos_sin(e: sp.Expr) -> tuple[sp.Expr, sp.Expr]:
    """cos e and sin e through the angle-addition formulas (each inverse value's cosine
    and sine are algebraic numbers SymPy writes out)."""
    cos_e = sp.expand_trig(sp.cos(e))
    sin_e = sp.expand_trig(sp.sin(e))
    if cos_e.has(*TRIG, *_INVERSE) or sin_e.has(*TRIG, *_INVERSE):
        raise Decline("the cosine and sine could not be written out exactly")
    return cos_e, sin_e


def _same(a: sp.Expr, b: sp.Expr) -> bool:
    try:
        return sp.minimal_polynomial(a - b, _X) == _X
    except (NotImplementedError, ValueError, TypeError):
        return False


__all__ = ["read"]
