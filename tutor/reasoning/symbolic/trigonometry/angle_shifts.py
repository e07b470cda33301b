"""Typed reader: the smallest positive shift z when a trigonometric value of x and one of
x + z are told.

"Suppose $\\sin x = 1$ and $\\sin(x + z) = -\\frac{1}{2}$. What is the smallest possible
positive value of $z$, in radians?", "If $\\cos a = -1$ and $\\cos(a + b) = 0$, find the
smallest possible positive value of $b$".

Read only when the first equation is f(x) = p and the second g(x + z) = q (f, g a sine or
cosine, p and q numbers) and the question asks for the smallest positive z (in
radians, or with no unit). Every x in [0, 2 pi) with f(x) = p and every u in [0, 2 pi) with
g(u) = q are found (SymPy's solveset); z = u - x + 2 pi k, so the smallest positive z is the
least of (u - x) mod 2 pi over the pairs (2 pi where that is 0). No x or no u (|p| > 1) is
declined. Confirmed another way: the pair is substituted back at 30 digits, and the angles
found again in closed form (arcsin, arccos with mpmath) agree and give no smaller shift.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.trigonometry.angles import evaluate, parse_trig

_ASK = re.compile(r"(?:suppose|if|given that|given|let @(\d+)@ and @(\d+)@ be (?:real numbers|"
                  r"numbers|angles) (?:such that|with)) @(\d+)@,? and @(\d+)@[.,]? (?:what is|"
                  r"find|compute|determine) the (?:smallest|least) (?:possible )?positive value "
                  r"of @(\d+)@(?:,? \(?in radians\)?)?\W*")
_FUNCS = (sp.sin, sp.cos)
_TURN = 2 * sp.pi


def _told(e: sp.Basic) -> tuple[type, sp.Expr, sp.Expr] | None:
    """(f, argument, value) of an equation f(argument) = value, f a sine or cosine."""
    if not isinstance(e, sp.Equality):
        return None
    for side, other in ((e.lhs, e.rhs), (e.rhs, e.lhs)):
        if isinstance(side, _FUNCS) and isinstance(other, sp.Expr) and not other.free_symbols:
            return side.func, side.args[0], other
    return None


def _angles(func: type, value: sp.Expr) -> list[sp.Expr]:
    u = sp.Symbol("u", real=True)
    found = sp.solveset(sp.Eq(func(u), value), u, sp.Interval.Ropen(0, _TURN))
    if not isinstance(found, sp.FiniteSet) or not found:
        raise Decline("no angle has that value")
    return sorted(found, key=lambda a: float(a))


def _closed_form(func: type, value: sp.Expr) -> list[mpmath.mpf]:
    """The angles in [0, 2 pi) with that sine or cosine, from arcsin or arccos (mpmath)."""
    q = mpmath.mpf(sp.N(value, 40))
    if abs(q) > 1:
        return []
    turn = 2 * mpmath.pi
    base = [mpmath.asin(q), mpmath.pi - mpmath.asin(q)] if func is sp.sin else [
        mpmath.acos(q), turn - mpmath.acos(q)]
    out: list[mpmath.mpf] = []
    for a in (b % turn for b in base):
        if all(abs(a - o) > mpmath.mpf(10) ** -30 for o in out):
            out.append(a)
    return sorted(out)


def _confirmed(f: type, g: type, told: tuple[sp.Expr, sp.Expr], xs: list[sp.Expr],
               shift: sp.Expr) -> bool:
    """The angles found again in closed form agree with SymPy's, and from each x no angle
    with the second value lies strictly between x and x + shift."""
    tol = mpmath.mpf(10) ** -25
    with mpmath.workdps(40):
        again = _closed_form(f, told[0])
        if len(again) != len(xs) or any(abs(a - mpmath.mpf(sp.N(b, 40))) > tol
                                        for a, b in zip(again, xs, strict=False)):
            return False
        z = mpmath.mpf(sp.N(shift, 40))
        turn = 2 * mpmath.pi
        for x in again:
            for u in _closed_form(g, told[1]):
                d = (u - x) % turn
                d = turn if d < tol else d
                if d < z - tol:
                    return False
    return True


def read(split: Split, template: str) -> Result | None:
    body = re.sub(r"\s+", " ", template.lower()).strip()
    m = _ASK.fullmatch(body)
    if m is None:
        return None
    first = _told(parse_trig(split.maths[int(m.group(3))]))
    second = _told(parse_trig(split.maths[int(m.group(4))]))
    z = parse_trig(split.maths[int(m.group(5))])
    if first is None or second is None or not isinstance(z, sp.Symbol):
        return None
    (f, x, p), (g, moved, q) = first, second
    if not isinstance(x, sp.Symbol) or x == z or sp.expand(moved - x - z) != 0:
        raise Decline("a value at x and a value at x + z")
    named = {parse_trig(split.maths[int(k)]) for k in m.group(1, 2) if k}
    if named and named != {x, z}:
        raise Decline("the letters named are the angle and the shift")
    xs, us = _angles(f, p), _angles(g, q)
    best: tuple[sp.Expr, sp.Expr, sp.Expr] | None = None
    for a in xs:
        for u in us:
            d = sp.simplify(u - a - _TURN * sp.floor(float((u - a) / _TURN)))
            d = _TURN if d == 0 else d
            if best is None or float(d) < float(best[0]):
                best = (d, a, u)
    assert best is not None
    shift, at, _ = best
    with mpmath.workdps(30):
        ok = abs(evaluate(f(x) - p, {x: mpmath.mpf(sp.N(at, 30))})) < 1e-25 and abs(
            evaluate(g(x + z) - q, {x: mpmath.mpf(sp.N(at, 30)),
                                            z: mpmath.mpf(sp.N(shift, 30))})) < 1e-25
    confirm.check(ok, "the angle and the shift found satisfy both equations at 30 digits")
    confirm.check(_confirmed(f, g, (p, q), xs, shift),
                  "the angles found again from arcsin and arccos give no smaller shift")
    reached = sp.simplify(at + shift)  # the second angle, a whole turn on where needed
    claim = f"{latex(z)} = {latex(reached)} - {latex(at)} = {latex(shift)}"
    return shift, [
        step("list the angles", "Find every angle in $[0, 2\\pi)$ with each told value.",
             f"${latex(f(x))} = {latex(p)}$: ${latex(x)} \\in "
             f"\\{{{', '.join(latex(a) for a in xs)}\\}}$; ${latex(g(x + z))} = "
             f"{latex(q)}$: ${latex(x + z)} \\in \\{{{', '.join(latex(u) for u in us)}"
             "\\}$ (each up to a whole turn)."),
        step("take the smallest shift", "The shift is the difference of the two angles, "
             "up to whole turns; keep the smallest positive one.", f"${claim}$", claim)]


__all__ = ["read"]
