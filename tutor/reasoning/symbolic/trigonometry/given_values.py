"""Typed reader: a trigonometric value of an angle from the conditions it satisfies.

"If $\\cos\\theta = \\frac14$, find $\\cos 3\\theta$", "Given $\\tan x = 2$, compute
$\\tan(x + \\frac{\\pi}{4})$", "Let $\\theta$ be an angle such that $\\sin 2\\theta = \\frac13$.
Compute $\\sin^6\\theta + \\cos^6\\theta$", "If angle $A$ lies in the second quadrant and
$\\sin A = \\frac34$, find $\\cos A$", "If $\\tan A + \\sec A = 2$, enter all possible values
of $\\cos A$", "If $\\sin x = \\frac35$ and $\\frac{\\pi}{2} < x < \\pi$, find $\\tan x$" (bounds
on the angle itself: some turn of a solution must lie within them), "If $\\sin x = \\frac35$
and $\\cos x < 0$, find $\\tan x$" and "If $e^{i x} = \\frac{4}{5} - \\frac{3}{5} i$, find
$\\tan 2x$" (see `condition_forms`).

Every function is a sine, cosine, tangent, ... of a whole multiple of the angle (plus a
known angle), so the conditions and the question become rational functions of
s = sin v and c = cos v (de Moivre). The conditions with s^2 + c^2 = 1 are solved as a
polynomial system; the question is evaluated at every real solution that the
qualifiers allow (acute, obtuse, a quadrant, bounds) and where everything is defined.
One value is the answer ("all possible values" included); several are declined.

Confirmed numerically and independently of the algebra: at each solution's angle the
written conditions hold and the written question has the answer's value; and a scan
of the first condition over a whole turn (over the bounds themselves, endpoints included,
when they are told) finds no root (a sign change) whose value of the question is not among
the answers.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp
from sympy.core.relational import Relational

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.trigonometry.angles import (
    evaluate,
    in_sin_cos,
    parse_trig,
    sign_changes,
    trig_atoms,
)
from tutor.reasoning.symbolic.trigonometry.condition_forms import (
    filters_hold,
    sign_filters,
    unit_exponential,
)
from tutor.reasoning.symbolic.typed import words, words_within

_QUADRANTS = {"first": (1, 1), "second": (1, -1), "third": (-1, -1), "fourth": (-1, 1)}
VOCAB = frozenset(_QUADRANTS) | frozenset(
    "angle angles such let be given then find compute evaluate what determine calculate lies "
    "lie acute obtuse quadrant all possible enter separated by commas real where with "
    "satisfies satisfying".split())
_ASK = re.compile(r"(?:find|compute|evaluate|determine|calculate|what is|what's|enter)"
                  r"(?: the value of| all possible values of| all values of)? @(\d+)@"
                  r"(?:,? separated by commas)?[.?]?$")
_S, _C = sp.symbols("s c", real=True)


def _pieces(split: Split, template: str) -> tuple[list[sp.Basic], list[sp.Basic], sp.Basic]:
    """(conditions, bounds, question): every piece read, the question last."""
    m = _ASK.search(template)
    if m is None:
        raise Decline("the value asked for is not the last formula")
    asked = int(m.group(1))
    conditions, bounds = [], []
    for i in dict.fromkeys(int(g) for g in re.findall(r"@(\d+)@", template)):
        if i == asked:
            continue
        e = parse_trig(split.maths[i])
        if isinstance(e, sp.Eq):
            conditions.extend(unit_exponential(e) or [e])  # e^{i v} = a + bi: cos and sin
        elif isinstance(e, sp.And | sp.StrictLessThan | sp.LessThan | sp.StrictGreaterThan
                        | sp.GreaterThan):
            bounds.append(e)
        elif not e.is_Symbol:
            raise Decline("a formula that is neither a condition nor the angle")
    question = parse_trig(split.maths[asked])
    if not conditions or isinstance(question, Relational | sp.And) or not trig_atoms(question):
        raise Decline("conditions on an angle and a trigonometric value asked")
    return conditions, bounds, question


def _angle(conditions: list[sp.Basic], question: sp.Basic) -> sp.Symbol:
    names = set().union(*(c.free_symbols for c in conditions), question.free_symbols)
    if len(names) != 1:
        raise Decline("conditions on one angle expected")
    return names.pop()


def _signs(w: set[str]) -> tuple[int, int] | None:
    """The signs of (sin, cos) the words require."""
    said = [q for q in _QUADRANTS if q in w]
    if "quadrant" in w:
        if len(said) != 1:
            raise Decline("which quadrant is not clear")
        return _QUADRANTS[said[0]]
    if said:
        raise Decline("an ordinal word without a quadrant")
    if {"acute", "obtuse"} <= w:
        raise Decline("both acute and obtuse")
    return (1, 1) if "acute" in w else (1, -1) if "obtuse" in w else None


def _solutions(conditions: list[sp.Basic], v: sp.Symbol) -> list[tuple[sp.Expr, sp.Expr]]:
    eqs = [_S ** 2 + _C ** 2 - 1]
    for cond in conditions:
        num, _den = sp.fraction(sp.together(in_sin_cos(cond.lhs - cond.rhs, v, _S, _C)))
        num = sp.expand(num)
        if num == 0:
            raise Decline("a condition that holds for every angle")
        if sp.Poly(num, _S, _C).total_degree() > 8:
            raise Decline("conditions of too high a degree")
        eqs.append(num)
    found = sp.solve(eqs, [_S, _C], dict=True)
    out = []
    for sol in found:
        if set(sol) != {_S, _C} or any(val.free_symbols for val in sol.values()):
            raise Decline("the conditions do not fix the angle's sine and cosine")
        s, c = (sp.radsimp(sp.nsimplify(sol[_S]) if sol[_S].is_Float else sol[_S]),
                sp.radsimp(sol[_C]))
        if all(abs(sp.im(sp.N(x, 30))) < 1e-25 for x in (s, c)):
            out.append((sp.re(s), sp.re(c)))
    return out


def _mp(x: sp.Expr) -> mpmath.mpc:
    re_, im = sp.N(x, 45).as_real_imag()
    return mpmath.mpc(mpmath.mpf(str(re_)), mpmath.mpf(str(im)))


def _turn(s: sp.Expr, c: sp.Expr) -> mpmath.mpf:
    return mpmath.atan2(_mp(s).real, _mp(c).real)


Interval = tuple[mpmath.mpf, bool, mpmath.mpf, bool]  # low, low included, high, high included


def _interval(bounds: list[sp.Basic], v: sp.Symbol) -> Interval | None:
    """The bounds on the angle ("\\frac{\\pi}{2} < x < \\pi", "x > 0") as one interval of
    numbers; Decline for a bound on anything but the angle itself."""
    if not bounds:
        return None
    low, low_in, high, high_in = -mpmath.inf, False, mpmath.inf, False
    less, more = sp.StrictLessThan | sp.LessThan, sp.StrictGreaterThan | sp.GreaterThan
    for r in (r for b in bounds for r in (b.args if isinstance(b, sp.And) else (b,))):
        if not isinstance(r, less | more):
            raise Decline("a bound that is not an inequality")
        if r.lhs == v and r.rhs.is_real and not r.rhs.free_symbols:
            number, below = r.rhs, isinstance(r, less)  # x < 3: a bound from above
        elif r.rhs == v and r.lhs.is_real and not r.lhs.free_symbols:
            number, below = r.lhs, isinstance(r, more)  # 3 > x: a bound from above
        else:
            raise Decline("a bound on something other than the angle")
        at = mpmath.mpf(str(sp.N(number, 50)))
        included = isinstance(r, sp.LessThan | sp.GreaterThan)
        if below and at < high:
            high, high_in = at, included
        elif not below and at > low:
            low, low_in = at, included
    if not low < high:
        raise Decline("bounds that leave no angle")
    return low, low_in, high, high_in


def _within(t: mpmath.mpf, interval: Interval | None) -> bool:
    """Some angle t + 2 pi k lies in the interval (the conditions repeat every turn)."""
    if interval is None:
        return True
    low, low_in, high, high_in = interval
    turn, tol = 2 * mpmath.pi, mpmath.mpf(10) ** -25
    if low == -mpmath.inf or high == mpmath.inf or high - low > turn:
        return True
    first = t + turn * mpmath.ceil((low - tol - t) / turn)  # the first turn of t from low
    for u in (first, first + turn):
        if abs(u - low) < tol:
            if low_in:
                return True
        elif abs(u - high) < tol:
            if high_in:
                return True
        elif low < u < high:
            return True
    return False


def _allowed(t: mpmath.mpf, s: sp.Expr, c: sp.Expr, v: sp.Symbol, conditions: list[sp.Basic],
             interval: Interval | None, signs: tuple[int, int] | None,
             filters: list[sp.Basic]) -> bool:
    """Every condition defined and true at t; the signs, bounds and inequalities on
    functions of the angle kept (bounds on the angle itself: some turn of the solution in
    the bounds)."""
    if signs is not None and (sp.sign(s) != signs[0] or sp.sign(c) != signs[1]):
        return False
    if not filters_hold(filters, v, t):
        return False
    for cond in conditions:
        try:
            if abs(evaluate(cond.lhs - cond.rhs, {v: t})) > mpmath.mpf(10) ** -25:
                return False
        except ZeroDivisionError:
            return False
    return _within(t, interval)


def _values(question: sp.Basic, v: sp.Symbol, points: list[tuple[sp.Expr, sp.Expr]]
            ) -> list[sp.Expr]:
    in_sc = in_sin_cos(question, v, _S, _C)
    got: list[sp.Expr] = []
    for s, c in points:
        val = in_sc.subs({_S: s, _C: c})
        if val.has(sp.zoo, sp.nan) or not val.is_finite:
            raise Decline("the value asked for is undefined at a solution")
        val = sp.radsimp(sp.nsimplify(sp.simplify(val)) if val.has(sp.Float) else
                         sp.simplify(val))
        if not any(sp.simplify(val - g) == 0 for g in got):
            got.append(val)
    return got


def _confirm(question: sp.Basic, v: sp.Symbol, conditions: list[sp.Basic],
             points: list[tuple[sp.Expr, sp.Expr]], values: list[sp.Expr],
             signs: tuple[int, int] | None, interval: Interval | None,
             filters: list[sp.Basic]) -> None:
    wanted = [_mp(x) for x in values]
    confirm.check(all(any(abs(evaluate(question, {v: _turn(s, c)}) - w) < 1e-20 for w in wanted)
                      for s, c in points),
                  "the question evaluated at each solution's angle gives the answer")
    first = conditions[0].lhs - conditions[0].rhs
    other = False
    # bounds within one turn are scanned themselves (endpoints included), not turned into
    # a test on the angle: the scan does not rely on how the algebra read them
    low, high, where = mpmath.mpf(0), 2 * mpmath.pi, "a whole turn"
    if interval is not None and interval[2] - interval[0] <= 2 * mpmath.pi:
        low, high, where = interval[0], interval[2], "the angles the bounds allow"
    for root in sign_changes(first, v, low, high):
        ok_signs = signs is None or (mpmath.sign(mpmath.sin(root)) == signs[0] and
                                     mpmath.sign(mpmath.cos(root)) == signs[1])
        if ok_signs and filters_hold(filters, v, root) and (
                where != "a whole turn" or _within(root, interval)) and all(
                _zero(cd.lhs - cd.rhs, v, root, 1e-15) for cd in conditions):
            got = evaluate(question, {v: root})
            other |= not any(abs(got - w) < 1e-12 for w in wanted)
    confirm.check(not other, f"a scan of {where} finds no angle with another value")


def _zero(e: sp.Basic, v: sp.Symbol, t: mpmath.mpf, tol: float) -> bool:
    try:
        return bool(abs(evaluate(e, {v: t})) < tol)
    except ZeroDivisionError:
        return False


def read_given_values(split: Split, template: str) -> Result | None:
    w = words(template)
    if not words_within(template, VOCAB) or "@" not in template:
        return None
    if not re.search(r"\\(?:sin|cos|tan|cot|sec|csc)", " ".join(split.maths)):
        return None
    conditions, bounds, question = _pieces(split, template)
    v = _angle(conditions, question)
    signs = _signs(w)
    with mpmath.workdps(40):
        plain, filters = sign_filters(bounds, v)  # "cos x < 0": a test, not a bound
        interval = _interval(plain, v)
        points = [(s, c) for s, c in _solutions(conditions, v)
                  if _allowed(_turn(s, c), s, c, v, conditions, interval, signs, filters)]
        if not points:
            raise Decline("no angle satisfies the conditions")
        values = _values(question, v, points)
        if len(values) > 1:  # a list of values is not shown: which are meant is unclear
            raise Decline("the conditions leave more than one value")
        _confirm(question, v, conditions, points, values, signs, interval, filters)
    return _answer(question, v, points, values)


def _answer(question: sp.Basic, v: sp.Symbol, points: list[tuple[sp.Expr, sp.Expr]],
            values: list[sp.Expr]) -> Result:
    sin_v, cos_v = sp.sin(v), sp.cos(v)
    shown = in_sin_cos(question, v, _S, _C).subs({_S: sin_v, _C: cos_v})
    steps: list[Step] = []
    if shown != question:
        claim = f"{latex(question)} = {latex(sp.factor(shown))}"
        steps.append(step("write it with sine and cosine", "Multiple angles expand by the "
                          "addition formulas; tangent, secant ... are quotients of sine and "
                          "cosine.", f"${claim}$", claim))
    pairs = " or ".join(f"$\\sin {latex(v)} = {latex(s)}$, $\\cos {latex(v)} = {latex(c)}$"
                        for s, c in points)
    steps.append(step("find the sine and cosine", "Solve the conditions together with "
                      f"$\\sin^2 {latex(v)} + \\cos^2 {latex(v)} = 1$.", pairs))
    claim = f"{latex(question)} = {latex(values[0])}"
    steps.append(step("substitute", "Put the sine and cosine in; every solution gives the "
                      "same value.", f"${claim}$", claim))
    return values[0], steps


__all__ = ["VOCAB", "read_given_values"]
