"""Typed reader: the least positive power of a complex number that is 1 (or a real number).

"Find the smallest positive integer $n$ such that $\\left( \\frac{1 + i}{\\sqrt{2}}
\\right)^n = 1$", "... such that $(\\cos 84^\\circ + i \\sin 84^\\circ)^n$ is a real number",
"Find the least positive integer $n$ such that $(1 + i)^n$ is real".

z = r (cos t + i sin t) with t = 2 pi p / q (p/q in lowest terms, q at most 720): z^n = 1
exactly when r = 1 and q divides n, so the least n is q; z^n is real exactly when 2 p n / q
is a whole number (z not 0), so the least n is q / gcd(2p, q). The angle is SymPy's exact
argument. Confirmed by taking the powers z, z^2, ..., z^n as 50-digit complex decimals
(mpmath): the last is 1 (or real) and no earlier one is.
"""

from __future__ import annotations

import math
import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.trigonometry.angles import parse_trig
from tutor.reasoning.symbolic.trigonometry.root_of_unity_sums import DEGREES

_ASK = re.compile(r"(?:find|what is|determine|compute) the (?:smallest|least) positive integer "
                  r"@(?P<n>\d+)@ (?:such that|for which) @(?P<power>\d+)@(?P<real> is (?:a )?real"
                  r"(?: number)?)?[.?]?")
_POWER = re.compile(r"\s*(?P<base>.+?)\s*\^\s*\{?\s*n\s*\}?\s*(?:=\s*(?P<one>1))?\s*", re.S)
_MAX_ORDER = 720


def read(split: Split, template: str) -> Result | None:
    m = _ASK.fullmatch(re.sub(r"\s+", " ", template.lower()).strip())
    if m is None or split.maths[int(m.group("n"))].strip() != "n":
        return None
    p = _POWER.fullmatch(split.maths[int(m.group("power"))])
    if p is None or bool(p.group("one")) == bool(m.group("real")):
        return None  # "z^n = 1", or "z^n is real": one condition
    base = p.group("base")
    base = re.sub(r"^\\left\s*\(|\\right\s*\)$", lambda g: g.group(0)[-1], base.strip())
    z = parse_trig(DEGREES.sub(lambda g: f"\\frac{{{g.group(1)}\\pi}}{{180}}", base))
    z = z.subs(sp.Symbol("i"), sp.I) if isinstance(z, sp.Expr) else z
    if not isinstance(z, sp.Expr) or z.free_symbols or not z.is_number or z == 0:
        raise Decline("a nonzero complex number raised to the power n")
    turn = sp.nsimplify(sp.simplify(sp.arg(z)) / (2 * sp.pi))
    if not turn.is_Rational or turn.q > _MAX_ORDER:
        raise Decline("an angle that is not a rational multiple of pi")
    real = bool(m.group("real"))
    if real:
        n = turn.q // math.gcd(2 * turn.p, turn.q)
    else:
        if sp.simplify(sp.Abs(z) - 1) != 0:
            raise Decline("no power is 1: the modulus is not 1")
        n = turn.q
    _confirm(z, n, real)
    angle = 2 * sp.pi * turn
    want = "a real number" if real else "1"
    whole = "half-turns" if real else "full turns"
    claim = f"{n} \\cdot {latex(angle)} = {latex(n * angle)}"
    return sp.Integer(n), [
        step("the argument", "Write the number in polar form; its argument is "
             f"${latex(angle)}$.", f"$\\arg\\left({latex(z)}\\right) = {latex(angle)}$",
             f"\\arg\\left({latex(z)}\\right) = {latex(angle)}"),
        step("count the turns", f"The power $n$ has argument $n$ times as large; it is {want} "
             f"first when that is a whole number of {whole}.", f"${claim}$", claim)]


def _confirm(z: sp.Expr, n: int, real: bool) -> None:
    with mpmath.workdps(50):
        w = numeric.to_mp(z)
        if w is None:
            raise Decline("a number that cannot be evaluated")
        tiny = mpmath.mpf(10) ** -20
        power = mpmath.mpc(1)
        for k in range(1, n + 1):
            power *= w
            hit = abs(power.imag) < tiny * max(1, abs(power)) if real else abs(power - 1) < tiny
            if hit != (k == n):
                confirm.check(False, f"the power {k} taken in 50-digit decimals")
    confirm.check(True, "the powers taken one by one in 50-digit decimals: the last is "
                  + ("real" if real else "1") + " and no earlier one is")


__all__ = ["read"]
