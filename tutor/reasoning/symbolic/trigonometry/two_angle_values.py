"""Typed reader: a trigonometric value fixed by two conditions on two angles.

"If $\\tan x + \\tan y = 4$ and $\\cot x + \\cot y = 5$, what is $\\tan(x + y)$?", "Let $a$ and
$b$ be angles with $\\cos(a + b) = \\frac{1}{3}$ and $\\cos(a - b) = \\frac{1}{2}$. Find
$\\tan a \\tan b$.", "$\\sin p + \\sin q = 1$ and $\\cos p + \\cos q = \\frac{1}{2}$: compute
$\\cos(p - q)$", "If $\\cos \\alpha = \\frac35$ and $\\sin \\beta = \\frac{5}{13}$, where
$\\alpha$ and $\\beta$ are acute angles, find $\\cos(\\alpha - \\beta)$" (acute said of both
angles: every sine and cosine positive; "$\\alpha$ in the second quadrant" fixes the signs of
that angle's sine and cosine).

Every function is a sine, cosine, tangent, ... of k1 x + k2 y + b (whole k1, k2, a known
angle b), so with z1 = cos x + i sin x and z2 = cos y + i sin y each is a rational function
of s1, c1, s2, c2. The two conditions and s^2 + c^2 = 1 for each angle are solved as a
polynomial system (Groebner basis, SymPy); the question is evaluated at every real solution
where everything written is defined. One value is the answer; several are declined.

Confirmed independently of the algebra: at each solution's angles the written conditions
hold and the written question has the answer's value (mpmath, 40 digits), and Newton's
method on the written conditions from a grid of 36 starting pairs of angles finds no pair
of angles where the question has another value.
"""

from __future__ import annotations

import itertools
import re

import mpmath
import sympy as sp
from sympy.core.relational import Relational

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.trigonometry.angles import TRIG, evaluate, parse_trig, trig_atoms
from tutor.reasoning.symbolic.typed import words_within

VOCAB = frozenset("angles angle such let be given then find compute evaluate what determine "
                  "calculate real numbers with where satisfy satisfying acute both in lies lie "
                  "quadrant first second third fourth".split())
# "alpha and beta are acute angles", "with a and b both acute": said of the two angles
_ACUTE = re.compile(r"@(\d+)@ and @(\d+)@(?: are| be)?(?: both)? acute\b")
# "alpha in the second quadrant", "b lies in the third quadrant": said of one angle
_IN_QUADRANT = re.compile(r"@(\d+)@ (?:is |lies |lying )?in the (first|second|third|fourth) "
                          r"quadrant\b")
_QUADRANTS = {"first": (1, 1), "second": (1, -1), "third": (-1, -1), "fourth": (-1, 1)}
Signs = dict[sp.Symbol, tuple[int, int]]  # the signs of (sin, cos) the words require
_ASK = re.compile(r"(?:find|compute|evaluate|determine|calculate|what is|what's)"
                  r"(?: the value of)? @(\d+)@[.?]?$")
_S1, _C1, _S2, _C2 = sp.symbols("s_1 c_1 s_2 c_2", real=True)
_MAX_MULTIPLE = 6
_MAX_SOLUTIONS = 64
_TINY = mpmath.mpf(10) ** -25


def _pieces(split: Split, template: str) -> tuple[list[sp.Eq], sp.Expr, list[sp.Symbol]]:
    """(the two conditions, the question, the angles named alone)."""
    m = _ASK.search(template)
    if m is None:
        raise Decline("the value asked for is not the last formula")
    asked = int(m.group(1))
    conditions: list[sp.Eq] = []
    named: list[sp.Symbol] = []
    for i in dict.fromkeys(int(g) for g in re.findall(r"@(\d+)@", template)):
        if i == asked:
            continue
        e = parse_trig(split.maths[i])
        if isinstance(e, sp.Eq):
            conditions.append(e)
        elif isinstance(e, sp.Symbol):
            named.append(e)
        else:
            raise Decline("a formula that is neither a condition nor an angle")
    question = parse_trig(split.maths[asked])
    if len(conditions) != 2 or isinstance(question, Relational | sp.And) or not isinstance(
            question, sp.Expr) or not trig_atoms(question):
        raise Decline("two conditions on two angles and a trigonometric value asked")
    return conditions, question, named


def _angles(conditions: list[sp.Eq], question: sp.Expr, named: list[sp.Symbol]
            ) -> tuple[sp.Symbol, sp.Symbol]:
    names = set().union(*(c.free_symbols for c in conditions), question.free_symbols)
    if len(names) != 2 or not set(named) <= names:
        raise Decline("conditions on two angles expected")
    x, y = sorted(names, key=str)
    return x, y


def _unit(c: sp.Symbol, s: sp.Symbol, k: int) -> sp.Expr:
    """(cos v + i sin v)^k as a polynomial in c and s (|z| = 1: a negative power conjugates)."""
    z = c + sp.I * s if k >= 0 else c - sp.I * s
    return sp.expand(z ** abs(k))


def _in_sin_cos(e: sp.Basic, x: sp.Symbol, y: sp.Symbol) -> sp.Expr:
    """`e` with every trigonometric function of k1 x + k2 y + b in s1, c1, s2, c2."""
    swap: dict[sp.Basic, sp.Basic] = {}
    for atom in trig_atoms(e):
        arg = sp.expand(atom.args[0])
        k1, k2 = arg.coeff(x, 1), arg.coeff(y, 1)
        b = sp.expand(arg - k1 * x - k2 * y)
        if b.free_symbols or not (k1.is_Integer and k2.is_Integer) or max(
                abs(k1), abs(k2)) > _MAX_MULTIPLE:
            raise Decline("a trigonometric function of something other than a sum of "
                          "multiples of the angles")
        sb, cb = sp.sin(b), sp.cos(b)
        if trig_atoms(sb) or trig_atoms(cb):
            raise Decline("an angle added whose sine and cosine are not known exactly")
        z = sp.expand(_unit(_C1, _S1, int(k1)) * _unit(_C2, _S2, int(k2)) * (cb + sp.I * sb))
        cos_a, sin_a = z.as_real_imag()
        swap[atom] = {sp.sin: sin_a, sp.cos: cos_a, sp.tan: sin_a / cos_a, sp.cot: cos_a / sin_a,
                      sp.sec: 1 / cos_a, sp.csc: 1 / sin_a}[atom.func]
    out = e.xreplace(swap)
    if out.free_symbols & {x, y}:
        raise Decline("an angle appears outside a trigonometric function")
    return out


def _solutions(conditions: list[sp.Eq], x: sp.Symbol, y: sp.Symbol
               ) -> tuple[list[sp.Expr], list[dict[sp.Symbol, sp.Expr]]]:
    """(the polynomial system, its real solutions)."""
    eqs = [_S1 ** 2 + _C1 ** 2 - 1, _S2 ** 2 + _C2 ** 2 - 1]
    for cond in conditions:
        num, _den = sp.fraction(sp.together(_in_sin_cos(cond.lhs - cond.rhs, x, y)))
        num = sp.expand(num)
        if num == 0 or sp.Poly(num, _S1, _C1, _S2, _C2).total_degree() > 6:
            raise Decline("conditions that are trivial or of too high a degree")
        eqs.append(num)
    order = (_S1, _C1, _S2, _C2)
    basis = sp.groebner(eqs, *order, order="lex")
    if not basis.is_zero_dimensional:
        raise Decline("the conditions do not fix the angles' sines and cosines")
    found = sp.solve_poly_system(list(basis), *order) or []
    if len(found) > _MAX_SOLUTIONS:
        raise Decline("too many solutions to check")
    real = []
    for sol in found:
        if all(abs(sp.im(sp.N(v, 30))) < 1e-25 for v in sol):
            real.append(dict(zip(order, (sp.re(v) for v in sol), strict=True)))
    return eqs, real


def _mp(v: sp.Expr) -> mpmath.mpf:
    return mpmath.mpf(str(sp.N(v, 45)))


def _holds(conditions: list[sp.Eq], at: dict[sp.Symbol, mpmath.mpf]) -> bool:
    try:
        return all(abs(evaluate(c.lhs - c.rhs, at)) < _TINY for c in conditions)
    except ZeroDivisionError:
        return False


def _exact(eqs: list[sp.Expr], in_sc: sp.Expr, near: mpmath.mpf) -> sp.Expr:
    """The exact value: eliminate the sines and cosines from the system with t = question
    (and w * denominator = 1, so no solution where it is undefined), factor the polynomial
    left in t, and take its one root that agrees with `near`."""
    t, w = sp.Dummy("t"), sp.Dummy("w")
    num, den = sp.fraction(sp.together(in_sc))
    basis = sp.groebner([*eqs, sp.expand(t * den - num), sp.expand(w * den - 1)],
                        _S1, _C1, _S2, _C2, w, t, order="lex")
    last = basis.exprs[-1]
    if last.free_symbols != {t}:
        raise Decline("the question's value is not fixed by the conditions")
    found = []
    for factor, _power in sp.factor_list(last, t)[1]:
        poly = sp.Poly(factor, t)
        if poly.degree() > 4:
            continue
        found += [r for r in sp.roots(poly, t) if abs(_mp(r) - near) < _TINY]
    if len(found) != 1:
        raise Decline("no closed form for the value")
    return sp.radsimp(found[0])


def _signs(template: str, maths: list[str], angles: tuple[sp.Symbol, sp.Symbol]) -> Signs:
    """The signs of each angle's sine and cosine the words require: both acute, or an
    angle in a named quadrant; Decline when such words are said of anything else."""
    signs: Signs = {}
    if "acute" in template:
        m = _ACUTE.search(template)
        said = {parse_trig(maths[int(m.group(i))]) for i in (1, 2)} if m else set()
        if len(re.findall(r"\bacute\b", template)) != 1 or said != set(angles):
            raise Decline("'acute' must be said of both angles")
        signs = {v: (1, 1) for v in angles}
    told = _IN_QUADRANT.findall(template)
    shared = re.search(r"@\d+@ and @\d+@ (?:are |both |lie )*in the", template)
    if len(told) != template.count("quadrant") or shared:
        raise Decline("which angle lies in which quadrant is not clear")
    for i, name in told:
        v = parse_trig(maths[int(i)])
        if v not in angles or v in signs:
            raise Decline("a quadrant said of each angle at most once")
        signs[v] = _QUADRANTS[name]
    return signs


def _kept(signs: Signs, sines: dict[sp.Symbol, int], cosines: dict[sp.Symbol, int]) -> bool:
    return all((sines[v], cosines[v]) == want for v, want in signs.items())


def _values(conditions: list[sp.Eq], question: sp.Expr, x: sp.Symbol, y: sp.Symbol,
            sols: list[dict[sp.Symbol, sp.Expr]], signs: Signs
            ) -> tuple[list[mpmath.mpf], list[tuple]]:
    """The distinct values of the question at the solutions (40 digits) the words allow,
    and their angles."""
    in_sc = _in_sin_cos(question, x, y)
    values: list[mpmath.mpf] = []
    angles = []
    for sol in sols:
        if not _kept(signs, {x: sp.sign(sol[_S1]), y: sp.sign(sol[_S2])},
                     {x: sp.sign(sol[_C1]), y: sp.sign(sol[_C2])}):
            continue
        at = {x: mpmath.atan2(_mp(sol[_S1]), _mp(sol[_C1])),
              y: mpmath.atan2(_mp(sol[_S2]), _mp(sol[_C2]))}
        if not _holds(conditions, at):
            continue  # a solution of the cleared system where a condition is undefined
        val = sp.N(in_sc.xreplace(sol), 45)
        if val.has(sp.zoo, sp.nan) or not val.is_finite or abs(sp.im(val)) > 1e-30:
            raise Decline("the value asked for is undefined at a solution")
        angles.append((at[x], at[y]))
        num = mpmath.mpf(str(sp.re(val)))
        if not any(abs(num - g) < _TINY for g in values):
            values.append(num)
    return values, angles


def _newton_values(conditions: list[sp.Eq], question: sp.Expr, x: sp.Symbol, y: sp.Symbol,
                   signs: Signs) -> list[mpmath.mpc]:
    """The question's values at the roots Newton's method finds from a 6 x 6 grid."""
    fs = [c.lhs - c.rhs for c in conditions]
    got: list[mpmath.mpc] = []
    starts = [mpmath.mpf(2) * mpmath.pi * (k + mpmath.mpf("0.37")) / 6 for k in range(6)]
    for a, b in itertools.product(starts, starts):
        try:
            root = mpmath.findroot(
                [lambda u, v, f=f: evaluate(f, {x: u, y: v}).real for f in fs], (a, b),
                tol=mpmath.mpf(10) ** -35, maxsteps=60)
            at = {x: root[0], y: root[1]}
            if not _kept(signs, {v: int(mpmath.sign(mpmath.sin(at[v]))) for v in (x, y)},
                         {v: int(mpmath.sign(mpmath.cos(at[v]))) for v in (x, y)}):
                continue
            if _holds(conditions, at):
                got.append(evaluate(question, at))
        except (ZeroDivisionError, ValueError, ArithmeticError):
            continue
    return got


def read(split: Split, template: str) -> Result | None:
    if not words_within(template, VOCAB) or not re.search(
            r"\\(?:sin|cos|tan|cot|sec|csc)", " ".join(split.maths)):
        return None
    try:
        conditions, question, named = _pieces(split, template)
        x, y = _angles(conditions, question, named)
    except Decline:
        return None
    signs = _signs(template, split.maths, (x, y))
    if not all(isinstance(a, TRIG) for a in trig_atoms(question)):
        return None
    with mpmath.workdps(40):
        eqs, sols = _solutions(conditions, x, y)
        values, angles = _values(conditions, question, x, y, sols, signs)
        if not values:
            raise Decline("no pair of angles satisfies the conditions")
        if len(values) > 1:
            raise Decline("the conditions leave more than one value")
        value = _exact(eqs, _in_sin_cos(question, x, y), values[0])
        want = _mp(value)
        confirm.check(all(abs(evaluate(question, {x: u, y: v}) - want) < _TINY
                          for u, v in angles),
                      "the written question at each solution's angles gives the answer")
        found = _newton_values(conditions, question, x, y, signs)
        confirm.check(bool(found) and all(abs(g - want) < mpmath.mpf(10) ** -20 for g in found),
                      f"Newton's method from 36 starting angles finds {len(found)} solutions, "
                      "each with this value")
    return _answer(conditions, question, x, y, len(angles), value, bool(signs))


def _answer(conditions: list[sp.Eq], question: sp.Expr, x: sp.Symbol, y: sp.Symbol,
            count: int, value: sp.Expr, signed: bool) -> Result:
    back = {_S1: sp.sin(x), _C1: sp.cos(x), _S2: sp.sin(y), _C2: sp.cos(y)}
    written = [sp.Eq(_in_sin_cos(c.lhs, x, y).xreplace(back),
                     _in_sin_cos(c.rhs, x, y).xreplace(back)) for c in conditions]
    shown = ", ".join(f"${latex(w)}$" for w in written)
    claim = f"{latex(question)} = {latex(value)}"
    return value, [
        step("write with sines and cosines", "Expand the sums of angles by the addition "
             "formulas; tangent, secant ... are quotients of sine and cosine.", shown),
        step("solve for the sines and cosines", f"Together with $\\sin^2 {latex(x)} + "
             f"\\cos^2 {latex(x)} = 1$ and $\\sin^2 {latex(y)} + \\cos^2 {latex(y)} = 1$ the "
             f"conditions have {count} real solutions" + (" with the signs of the sines "
             "and cosines the words require." if signed else "."), f"{count} solutions", ""),
        step("substitute", "Every solution gives the same value.", f"${claim}$", claim)]


__all__ = ["VOCAB", "read"]
