"""Typed reader: a trigonometric equation in one angle, solved on an interval.

"Find the smallest positive angle $x$, in degrees, such that $\\sin 2x \\sin 3x =
\\cos 2x \\cos 3x$", "How many values of $x$, $-10 < x < 20$, satisfy $\\sin^2 x = 1$?",
"Find the sum of the solutions of $\\tan^2 x - 4 \\tan x + 1 = 0$ between $x = 0$ and
$x = 2\\pi$", "Find the integer $n$, $0 < n < 180$, with $\\cos n^\\circ = \\cos 500^\\circ$",
"Find all $x$ in $[0, 2\\pi)$ with $\\sin 2x = \\cos x$".

Every function is of a whole multiple of one angle u (x radians, x degrees = x pi/180
radians, or x / d radians when the multiples of x are fractions: sin(x/2), cos(x/3)).
Written with z = e^{iu} (sin ku = (z^k - z^-k)/2i, cos ku = (z^k + z^-k)/2) the
equation's numerator is a polynomial in z whose roots on the unit circle are all its
solutions in one turn: complete by the degree. Each is named exactly as a rational
multiple of pi (denominator at most 720) and kept only when the equation, evaluated
at that exact angle to 60 digits, holds and is defined; the interval then takes every
turn that falls in it.

Confirmed independently: a scan of one turn for sign changes of the written equation
finds no root that is not among the solutions.
"""

from __future__ import annotations

import re
from fractions import Fraction

import mpmath
import sympy as sp
from sympy.core.relational import Relational

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.trigonometry.angles import (
    evaluate,
    in_sin_cos,
    parse_trig,
    sign_changes,
    trig_atoms,
)
from tutor.reasoning.symbolic.typed import words, words_within

VOCAB = frozenset(
    "smallest least positive angle angles value values of in degrees degree radians radian "
    "such that for which satisfies satisfy satisfying are between and how many solutions "
    "solution roots root sum all interval on integer note measured where with compute "
    "number numbers real range measure solve for hold holds distinct different largest "
    "greatest possible there".split())
_CIRC = re.compile(r"\^\s*(?:\{\s*\\circ\s*\}|\\circ)")
_MEMBER = re.compile(r"\s*(?:[a-zA-Z]|\\[a-z]+)\s*\\in\s*(.+)", re.S)
_S, _C = sp.symbols("s c", real=True)
_Z = sp.Symbol("z")
_DEGREE = sp.pi / 180


def _scale(eq: sp.Basic, v: sp.Symbol) -> sp.Basic:
    """pi/180 when every argument is a whole multiple of v degrees; 1 / d when the multiples
    of v are fractions with least common denominator d ("\\cos \\frac{x}{4} = \\cos x": the
    angle u = x / 4 has whole multiples); else 1."""
    coeffs = {sp.expand(a.args[0]).coeff(v, 1) for a in trig_atoms(eq)}
    if coeffs and all((k / _DEGREE).is_Integer for k in coeffs):
        return _DEGREE
    if coeffs and all(k.is_Rational and k != 0 for k in coeffs):
        den = sp.ilcm(*(k.q for k in coeffs)) if len(coeffs) > 1 else next(iter(coeffs)).q
        if 1 < den <= 12:
            return sp.Rational(1, den)
    return sp.Integer(1)


def _turn_roots(eq: sp.Basic, u: sp.Symbol) -> list[sp.Expr]:
    """The solutions u / pi in [0, 2) of an equation in u: a named rational, or a 40-digit
    number when it is not a rational multiple of pi."""
    f = in_sin_cos(eq.lhs - eq.rhs, u, _S, _C)
    f = f.subs({_S: (_Z - 1 / _Z) / (2 * sp.I), _C: (_Z + 1 / _Z) / 2})
    num = sp.expand(sp.fraction(sp.together(f))[0])
    if num == 0:
        raise Decline("the equation holds for every angle")
    poly = sp.Poly(num, _Z)
    if poly.degree() > 40:
        raise Decline("an equation of too high a degree")
    try:
        poly = sp.Poly(sp.sqf_part(poly.as_expr()), _Z)
    except (sp.PolificationFailed, sp.PolynomialError, NotImplementedError):
        pass
    found: list[sp.Expr] = []
    for root in poly.nroots(n=40, maxsteps=400):
        if abs(abs(complex(root)) - 1) > 1e-12:
            continue
        with mpmath.workdps(40):
            t = mpmath.arg(mpmath.mpc(str(sp.re(root)), str(sp.im(root)))) / mpmath.pi % 2
            q = Fraction(str(mpmath.nstr(t, 35))).limit_denominator(720)
            if abs(t - mpmath.mpf(q.numerator) / q.denominator) < 1e-25:
                angle: sp.Expr = sp.Rational(q.numerator, q.denominator) % 2
                ok = _holds(eq, u, angle * sp.pi)
            else:  # not a rational multiple of pi: kept as a 40-digit number
                angle = sp.Float(mpmath.nstr(t, 40), 40)
                ok = _holds(eq, u, angle * sp.pi, 1e-25)
        if ok and not any(abs(sp.N(angle - a, 30)) < 1e-20 for a in found):
            found.append(angle)
    return sorted(found)


def _holds(eq: sp.Basic, u: sp.Symbol, angle: sp.Basic, tol: float = 1e-40) -> bool:
    """The written equation at the angle, to 60 digits; False where undefined."""
    with mpmath.workdps(60):
        try:
            return bool(abs(evaluate(eq.lhs - eq.rhs, {u: mpmath.mpf(str(sp.N(angle, 70)))}))
                        < tol)
        except ZeroDivisionError:
            return False


def _interval_pieces(split: Split, template: str, eq_piece: int) -> list[str]:
    return [split.maths[i] for i in (int(g) for g in re.findall(r"@(\d+)@", template))
            if i != eq_piece]


def _interval(split: Split, template: str, v: sp.Symbol, eq_piece: int, degrees: bool
              ) -> tuple[sp.Interval | None, bool]:
    """The interval the words and pieces give (None: none); and whether endpoints are unclear.
    In degrees a written degree sign is the unit of the angle itself, not pi/180."""
    found: list[sp.Interval] = []
    for i in (int(g) for g in re.findall(r"@(\d+)@", template)):
        if i == eq_piece:
            continue
        src = split.maths[i]
        member = _MEMBER.fullmatch(src)
        if member:  # x \in [0, 2\pi]
            src = member.group(1)
        if degrees:
            if "\\pi" in src:
                raise Decline("an interval in radians for an angle in degrees")
            src = _CIRC.sub("", src)
        if re.fullmatch(r"\s*[a-zA-Z]\s*|\s*\\[a-z]+\s*", src):
            continue
        if re.fullmatch(r"\s*[a-zA-Z]\s*=.*", src) or re.fullmatch(r"\s*-?[\d.]+\s*", src):
            continue  # an endpoint of "between ... and ...", read below
        e = parse_trig(src)
        if isinstance(e, sp.Interval):
            found.append(e)
        elif isinstance(e, sp.And | Relational):
            got = sp.solve_univariate_inequality(e, v, relational=False) if isinstance(
                e, Relational) else sp.Intersection(*(sp.solve_univariate_inequality(
                    r, v, relational=False) for r in e.args))
            if not isinstance(got, sp.Interval) or e.free_symbols != {v}:
                raise Decline("an interval for the angle")
            found.append(got)
        else:
            raise Decline("a formula that is neither the equation nor an interval")
    m = re.search(r"between @(\d+)@ and @(\d+)@", template)
    if m:
        ends = []
        for g in m.groups():
            src = re.sub(r"^\s*[a-zA-Z]\s*=", "", split.maths[int(g)])
            src = _CIRC.sub("", src) if degrees else src
            ends.append(parse_trig(src))
        if any(e.free_symbols for e in ends):
            raise Decline("the ends of the interval")
        found.append(sp.Interval(ends[0], ends[1]))
        return found[0] if len(found) == 1 else None, True
    if len(found) > 1:
        raise Decline("two intervals")
    return (found[0] if found else None), False


def read_trig_equation(split: Split, template: str) -> Result | None:
    w = words(template)
    if not words_within(template, VOCAB) or not re.search(
            r"\\(?:sin|cos|tan|cot|sec|csc)", " ".join(split.maths)):
        return None
    eqs = [(i, e) for i, src in enumerate(split.maths) if "=" in src and (
        e := _try_parse(src)) is not None and isinstance(e, sp.Eq) and trig_atoms(e)]
    if len(eqs) != 1:
        return None
    piece, eq = eqs[0]
    if len(eq.free_symbols) != 1:
        raise Decline("an equation in one angle")
    v = eq.free_symbols.pop()
    scale = _scale(eq, v)
    said_degrees = bool(w & {"degrees", "degree"}) or any(
        _CIRC.search(src) for src in _interval_pieces(split, template, piece))
    if "radians" in w and (scale == _DEGREE or said_degrees):
        raise Decline("degrees and radians both said")
    if scale != _DEGREE and said_degrees:  # "x, in degrees": the functions take x degrees
        if scale != 1:
            raise Decline("fractions of an angle in degrees")
        eq, scale = eq.xreplace({v: v * _DEGREE}), _DEGREE
    u = sp.Symbol("u", real=True)
    eq_u = eq.xreplace({v: u / scale})
    interval, ends_unclear = _interval(split, template, v, piece, scale == _DEGREE)
    ask = _ask(w)
    with mpmath.workdps(40):
        roots = _turn_roots(eq_u, u)
        _confirm(eq_u, u, roots)
    period = 2 * sp.pi / scale  # one turn, in the variable's own unit
    base = [r * sp.pi / scale for r in roots]  # solutions in [0, period), variable's unit
    if ask == "smallest":
        if interval is not None:
            raise Decline("an interval and the smallest positive angle")
        if not base:
            raise Decline("the equation has no solution")
        value = min((b if b > 0 else period for b in base), key=lambda b: sp.N(b, 30))
        if value.has(sp.Float):
            raise Decline("a solution that is not a rational multiple of pi")
        return value, _steps(eq, v, value, "the smallest positive solution")
    if interval is None:
        raise Decline("an interval for the solutions")
    lo, hi = interval.start, interval.end
    if not (lo.is_finite and hi.is_finite) or (hi - lo) / period > 400:
        raise Decline("the interval is too long")
    sols = []
    for b in base:
        k = sp.floor((lo - b) / period)
        while b + k * period <= hi:
            x = b + k * period
            near_end = min(abs(sp.N(x - lo, 30)), abs(sp.N(x - hi, 30))) < 1e-20
            if near_end and (ends_unclear or x.has(sp.Float)):
                raise Decline("a solution at an end of the interval")
            if x in interval:
                sols.append(x)
            k += 1
    sols.sort(key=lambda x: sp.N(x, 30))
    inexact = any(x.has(sp.Float) for x in sols)
    if ask == "count":
        value = sp.Integer(len(sols))
    elif ask == "sum":
        value = _named(sp.Add(*sols), scale) if inexact else sp.simplify(sp.Add(*sols))
    elif inexact:
        raise Decline("a solution that is not a rational multiple of pi")
    elif ask == "largest":
        if not sols:
            raise Decline("no solution in the interval")
        value = sols[-1]
    elif ask in ("one", "integer"):
        if len(sols) != 1 or (ask == "integer" and not sols[0].is_Integer):
            raise Decline("not exactly one solution in the interval")
        value = sols[0]
    else:
        if not sols or len(sols) > 12:
            raise Decline("no short list of solutions")
        listed = ", ".join(latex(x) for x in sols)
        return listed, _steps(eq, v, None, "the solutions", sols)
    return value, _steps(eq, v, value, {"count": "the number of solutions", "sum": "the sum "
                                        "of the solutions", "one": "the solution",
                                        "integer": "the solution",
                                        "largest": "the largest solution"}[ask], sols)


def _named(total: sp.Expr, scale: sp.Basic) -> sp.Expr:
    """A sum of solutions named exactly: a rational multiple of pi (of 1 in degrees)."""
    unit = sp.pi if scale != _DEGREE else sp.Integer(1)
    with mpmath.workdps(40):
        t = mpmath.mpf(str(sp.N(total / unit, 45)))
        q = Fraction(str(mpmath.nstr(t, 35))).limit_denominator(720)
        if abs(t - mpmath.mpf(q.numerator) / q.denominator) > 1e-25:
            raise Decline("a sum of solutions that is not named exactly")
    return sp.Rational(q.numerator, q.denominator) * unit


def _try_parse(src: str) -> sp.Basic | None:
    try:
        return parse_trig(src)
    except Decline:
        return None


def _ask(w: set[str]) -> str:
    if w & {"smallest", "least"}:
        if "positive" not in w or w & {"sum", "many", "all"}:
            raise Decline("the smallest positive solution asked in other words")
        return "smallest"
    if w & {"largest", "greatest"}:
        if w & {"sum", "many", "all", "positive"}:
            raise Decline("the largest solution asked in other words")
        return "largest"
    if "sum" in w:
        ask = "sum"
    elif "many" in w or "number" in w and w & {"solutions", "values", "roots"}:
        ask = "count"
    elif "integer" in w:
        return "integer"
    elif w & {"all", "solutions", "roots", "solve"}:
        ask = "all"
    else:
        ask = "one"
    if w & {"integer", "positive"}:
        raise Decline("a condition on the solutions besides the interval")
    return ask


def _confirm(eq: sp.Basic, u: sp.Symbol, roots: list[sp.Rational]) -> None:
    scanned = sign_changes(eq.lhs - eq.rhs, u, mpmath.mpf(0), 2 * mpmath.pi)
    known = [mpmath.mpf(str(sp.N(r, 45))) * mpmath.pi for r in roots]
    missing = [t for t in scanned if not any(
        min(abs(t - k), abs(t - k - 2 * mpmath.pi), abs(t - k + 2 * mpmath.pi)) < 1e-10
        for k in known)]
    confirm.check(not missing, "a scan of a whole turn finds no other solution")


def _steps(eq: sp.Basic, v: sp.Symbol, value: sp.Basic | None, what: str,
           sols: list[sp.Basic] | None = None) -> list:
    steps = []
    if sols is not None and any(x.has(sp.Float) for x in sols):
        steps.append(step("solve on the interval", "Write the equation with $z = e^{iu}$: a "
                          "polynomial whose roots on the unit circle are all the solutions in "
                          "one turn; then take each turn in the interval.",
                          f"{len(sols)} solutions lie in the interval."))
    elif sols is not None and len(sols) <= 12:
        listed = ", ".join(f"{latex(v)} = {latex(s)}" for s in sols)
        steps.append(step("solve on the interval", "Write the equation with $z = e^{iu}$: a "
                          "polynomial whose roots on the unit circle are all the solutions in "
                          "one turn; then take each turn in the interval.", f"${listed}$" if
                          sols else "No solution lies in the interval."))
    if value is None:
        return steps
    claim = f"{latex(value)}"
    steps.append(step(what, f"The equation ${latex(eq)}$ holds there and nowhere else that "
                      "is asked.", f"{what.capitalize()}: ${claim}$", claim))
    return steps


__all__ = ["VOCAB", "read_trig_equation"]
