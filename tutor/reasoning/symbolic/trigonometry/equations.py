"""Typed reader: a trigonometric equation in one angle, solved on an interval.

"Find the smallest positive angle $x$, in degrees, such that $\\sin 2x \\sin 3x =
\\cos 2x \\cos 3x$", "How many values of $x$, $-10 < x < 20$, satisfy $\\sin^2 x = 1$?",
"Find the sum of the solutions of $\\tan^2 x - 4 \\tan x + 1 = 0$ between $x = 0$ and
$x = 2\\pi$", "Find the integer $n$, $0 < n < 180$, with $\\cos n^\\circ = \\cos 500^\\circ$",
"Find all $x$ in $[0, 2\\pi)$ with $\\sin 2x = \\cos x$".

Every function is of a whole multiple of one angle u (x radians, x degrees = x pi/180
radians, or x / d radians when the multiples of x are fractions: sin(x/2), cos(x/3)).
The solutions in one turn come from `one_turn` (exact, confirmed by a scan of the
turn); the interval then takes every turn that falls in it.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp
from sympy.core.relational import Relational

from tutor.reasoning.symbolic.model import WHICH_MEANT, Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.trigonometry.angles import (
    parse_trig,
    trig_atoms,
)
from tutor.reasoning.symbolic.trigonometry.one_turn import (
    DEGREE,
    angle_scale,
    confirm_turn,
    named_multiple,
    turn_roots,
)
from tutor.reasoning.symbolic.typed import words, words_within
from tutor.verify.notation import maths_text

VOCAB = frozenset(
    "smallest least positive angle angles value values of in degrees degree radians radian "
    "such that for which satisfies satisfy satisfying are between and how many solutions "
    "solution roots root sum all interval on integer note measured where with compute "
    "number numbers real range measure solve for hold holds distinct different largest "
    "greatest possible there".split())
_CIRC = re.compile(r"\^\s*(?:\{\s*\\circ\s*\}|\\circ)")
_MEMBER = re.compile(r"\s*(?:[a-zA-Z]|\\[a-z]+)\s*\\in\s*(.+)", re.S)


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
    scale = angle_scale(eq, v)
    said_degrees = bool(w & {"degrees", "degree"}) or any(
        _CIRC.search(src) for src in _interval_pieces(split, template, piece))
    if "radians" in w and (scale == DEGREE or said_degrees):
        raise Decline("degrees and radians both said")
    if scale != DEGREE and said_degrees:  # "x, in degrees": the functions take x degrees
        if scale != 1:
            raise Decline("fractions of an angle in degrees")
        eq, scale = eq.xreplace({v: v * DEGREE}), DEGREE
    u = sp.Symbol("u", real=True)
    eq_u = eq.xreplace({v: u / scale})
    interval, ends_unclear = _interval(split, template, v, piece, scale == DEGREE)
    ask = _ask(w)
    with mpmath.workdps(40):
        roots = turn_roots(eq_u, u)
        confirm_turn(eq_u, u, roots)
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
    if scale != DEGREE and "radians" not in w and not interval.has(sp.pi) and any(
            e.is_integer and e != 0 and e % 90 == 0 for e in (lo, hi)):
        # "0 <= x < 360" with no unit said: a turn in degrees, or 360 radians
        ends = f"{maths_text(sp.latex(lo))} to {maths_text(sp.latex(hi))}"
        raise Decline(f"{WHICH_MEANT}the interval reads two ways: x in degrees (from {ends}"
                      f" degrees), or x in radians (from {ends} radians). Say \"in degrees\" "
                      "or \"in radians\" and solve again.")
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
        value = named_multiple(sp.Add(*sols), scale) if inexact else sp.simplify(sp.Add(*sols))
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
