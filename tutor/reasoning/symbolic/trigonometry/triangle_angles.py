"""Typed reader: the three angles of a triangle, known through trigonometric conditions.

"In triangle $ABC,$ $\\sin A = \\frac{3}{5}$ and $\\cos B = \\frac{5}{13}.$ Find $\\cos C$",
"In $\\triangle PQR$ we have $\\angle P = 90^\\circ$ and $\\tan Q = 3$. What is $\\sin R$?",
"Triangle $XYZ$ has $\\tan X \\tan Y = 3$ and $\\tan X + \\tan Y = 5$. Find $\\tan Z$".

The situation: angles A, B, C in (0, pi) with A + B + C = pi. Angles told in degrees are
put in; one of the others is pi minus the rest, and each remaining angle X is written
with s = sin X, c = cos X (addition formulas, `expand_trig`), s > 0, s^2 + c^2 = 1. The
conditions are solved exactly as a polynomial system; a solution is a triangle when the
last angle's sine is positive too (the angles add to less than pi), and an 'acute'
triangle keeps only positive cosines. The question must have one value over all of them
('all possible values' lists them).

Confirmed independently: at each solution the angles are found in floating point
(atan2) and the conditions and question are evaluated as written; and the number of real
solutions of the system is checked by a lexicographic Groebner basis whose last polynomial's
distinct real roots are counted by Sturm sequences.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.triangle_facts import told_in_degrees
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.trigonometry.angles import evaluate, parse_trig, trig_atoms
from tutor.reasoning.symbolic.typed import words, words_within

VOCAB = frozenset(
    "in triangle we have has find compute what is determine evaluate calculate given that if "
    "let be such suppose then and with value right acute all possible values enter separated "
    "by commas where satisfies satisfying degrees measure of angle".split())
_NAME = re.compile(r"\s*(?:\\triangle\s*)?([A-Z])([A-Z])([A-Z])\s*")
_ANGLE = re.compile(r"\s*(?:m\s*)?\\angle\s*([A-Z]{1,3})\s*=\s*(\d+(?:\.\d+)?)\s*\^\s*\{?\s*\\circ"
                    r"\s*\}?\s*")
_ALL = re.compile(r"\ball (?:the )?possible values\b|\bseparated by commas\b")


def _fixed_angle(src: str, names: list[str]) -> tuple[sp.Symbol, sp.Expr] | None:
    m = _ANGLE.fullmatch(src)
    if m is None:
        return None
    who = m.group(1)
    if len(who) == 3:  # angle ABC is the angle at B
        if who[1] not in names or {who[0], who[2]} != set(names) - {who[1]}:
            raise Decline("an angle that is not one of the triangle's")
        who = who[1]
    if who not in names:
        raise Decline("an angle that is not one of the triangle's")
    return sp.Symbol(who), sp.nsimplify(m.group(2)) * sp.pi / 180


def _read(split: Split, template: str) -> tuple[list[sp.Symbol], dict[sp.Symbol, sp.Expr],
                                                list[sp.Eq], sp.Expr, bool] | None:
    order = list(dict.fromkeys(int(g) for g in re.findall(r"@(\d+)@", template)))
    if len(order) < 3:
        return None
    m = _NAME.fullmatch(split.maths[order[0]])
    if m is None or len(set(m.groups())) != 3:
        return None
    names = list(m.groups())
    angles = [sp.Symbol(n) for n in names]
    fixed: dict[sp.Symbol, sp.Expr] = {}
    conditions: list[sp.Eq] = []
    for i in order[1:-1]:
        got = _fixed_angle(split.maths[i], names)
        if got is not None:
            if got[0] in fixed:
                raise Decline("an angle told twice")
            fixed[got[0]] = got[1]
            continue
        e = parse_trig(split.maths[i])
        if not isinstance(e, sp.Eq) or not e.free_symbols <= set(angles) or not trig_atoms(e):
            return None
        conditions.append(e)
    angle = re.fullmatch(r"\s*(?:m\s*)?\\angle\s*([A-Z])\s*", split.maths[order[-1]])
    if angle is not None:  # the angle itself, asked in degrees: found by its cosine
        if angle.group(1) not in names or "degrees" not in words(template) and not \
                told_in_degrees(split.maths):
            raise Decline("an angle of the triangle asked in degrees")
        return angles, fixed, conditions, sp.cos(sp.Symbol(angle.group(1))), True
    question = parse_trig(split.maths[order[-1]])
    if not isinstance(question, sp.Expr) or isinstance(question, sp.Eq) or \
            not question.free_symbols or not question.free_symbols <= set(angles) or \
            not trig_atoms(question):
        return None
    return angles, fixed, conditions, question, False


def read_triangle_angles(split: Split, template: str) -> Result | None:
    if not words_within(template, VOCAB) or ("triangle" not in words(template) and
                                             "\\triangle" not in " ".join(split.maths)):
        return None
    got = _read(split, template)
    if got is None:
        return None
    angles, fixed, conditions, question, in_degrees = got
    w = words(template)
    if "right" in w and sp.pi / 2 not in fixed.values():
        raise Decline("a right triangle whose right angle is not named")
    if sum(fixed.values()) >= sp.pi or len(fixed) == 3:
        raise Decline("the told angles leave no triangle")
    free = [a for a in angles if a not in fixed]
    last, unknown = free[-1], free[:-1]
    rest = sp.pi - sum(fixed.values()) - sum(unknown)
    if not conditions and unknown:
        raise Decline("nothing fixes the angles")
    sc = {x: (sp.Symbol(f"s_{x.name}", real=True), sp.Symbol(f"c_{x.name}", real=True))
          for x in unknown}
    written = {**fixed, last: rest}

    def in_sc(e: sp.Basic) -> sp.Expr:
        out = sp.expand_trig(e.xreplace(written))
        swap = {}
        for atom in trig_atoms(out):
            x = atom.args[0]
            if x not in sc:
                if atom.free_symbols:
                    raise Decline("a function of something other than an angle")
                continue
            s, c = sc[x]
            swap[atom] = {sp.sin: s, sp.cos: c, sp.tan: s / c, sp.cot: c / s,
                          sp.sec: 1 / c, sp.csc: 1 / s}[atom.func]
        out = out.xreplace(swap)
        if out.free_symbols - {v for p in sc.values() for v in p}:
            raise Decline("an angle outside a trigonometric function")
        return out

    variables = [v for x in unknown for v in sc[x]]
    eqs = [sp.expand(sp.fraction(sp.together(in_sc(c.lhs - c.rhs)))[0]) for c in conditions]
    eqs += [s ** 2 + c ** 2 - 1 for s, c in sc.values()]
    if any(e.is_number and e != 0 for e in eqs):
        raise Decline("the conditions cannot hold")
    eqs = [e for e in eqs if e != 0]
    if any(sp.Poly(e, *variables).total_degree() > 8 for e in eqs):
        raise Decline("conditions of too high a degree")
    sols = _solutions(eqs, variables)
    sin_last = in_sc(sp.sin(last))
    acute = "acute" in w
    kept = []
    for sol in sols:
        signs = [sol[sc[x][0]] for x in unknown] + [sin_last.subs(sol)]
        if acute:
            signs += [sol[sc[x][1]] for x in unknown] + [in_sc(sp.cos(last)).subs(sol)]
        if all(sp.simplify(v) > 0 for v in signs) and _defined(conditions, in_sc, sol):
            kept.append(sol)
    if not kept:
        raise Decline("no triangle meets the conditions")
    q = in_sc(question)
    values: list[sp.Expr] = []
    for sol in kept:
        v = q.subs(sol)
        if v.has(sp.zoo, sp.nan) or not v.is_finite:
            raise Decline("the value asked for is undefined")
        v = sp.radsimp(sp.simplify(v))
        if not any(sp.simplify(v - u) == 0 for u in values):
            values.append(v)
    if len(values) > 1 and not _ALL.search(template):
        raise Decline("the conditions leave more than one value")
    _confirm(angles, fixed, unknown, last, sc, conditions, question, kept, values)
    if variables:
        _count(eqs, variables, sols)
    if in_degrees:
        return _in_degrees(fixed, unknown, last, sc, question, kept, values)
    return _answer(fixed, unknown, last, question, kept, values)


def _in_degrees(fixed: dict, unknown: list[sp.Symbol], last: sp.Symbol, sc: dict,
                question: sp.Expr, kept: list[dict], values: list[sp.Expr]) -> Result:
    x = question.args[0]
    degrees = [sp.nsimplify(sp.acos(v) * 180 / sp.pi) for v in values]
    if any(not d.is_Rational for d in degrees):
        raise Decline("an angle that is not a rational number of degrees")
    with mpmath.workdps(40):
        found = [_angle_values(fixed, unknown, last, sc, sol)[x] * 180 / mpmath.pi
                 for sol in kept]
    confirm.check(all(any(abs(f - mpmath.mpf(d.p) / d.q) < 1e-20 for d in degrees)
                      for f in found), "the angle found in floating point has the same degrees")
    value, steps = _answer(fixed, unknown, last, question, kept, values)
    listed = sorted(degrees)
    text = ", ".join(f"{latex(d)}^\\circ" for d in listed)
    steps.append(step("the angle", "The angle between $0^\\circ$ and $180^\\circ$ with this "
                      "cosine.", f"$\\angle {latex(x)} = {text}$"))
    del value
    return (listed[0] if len(listed) == 1 else ", ".join(latex(d) for d in listed)), steps


def _solutions(eqs: list[sp.Expr], variables: list[sp.Symbol]) -> list[dict[sp.Symbol, sp.Expr]]:
    if not variables:
        return [{}]
    out = []
    for sol in sp.solve(eqs, variables, dict=True):
        if set(sol) != set(variables) or any(v.free_symbols for v in sol.values()):
            raise Decline("the conditions do not fix the angles")
        if all(abs(sp.im(sp.N(v, 40))) < 1e-30 for v in sol.values()):
            out.append({k: sp.radsimp(sp.re(v)) for k, v in sol.items()})
    return out


def _defined(conditions: list[sp.Eq], in_sc: Callable[[sp.Basic], sp.Expr],
             sol: dict[sp.Symbol, sp.Expr]) -> bool:
    for c in conditions:
        den = sp.fraction(sp.together(in_sc(c.lhs - c.rhs)))[1]
        if sp.simplify(den.subs(sol)) == 0:
            return False
    return True


def _angle_values(fixed: dict[sp.Symbol, sp.Expr], unknown: list[sp.Symbol],
                  last: sp.Symbol, sc: dict, sol: dict) -> dict[sp.Symbol, mpmath.mpf]:
    got = {x: mpmath.mpf(str(sp.N(v, 45))) for x, v in fixed.items()}
    for x in unknown:
        s, c = (mpmath.mpf(str(sp.N(sol[t], 45))) for t in sc[x])
        got[x] = mpmath.atan2(s, c)
    got[last] = mpmath.pi - mpmath.fsum(got.values())
    return got


def _confirm(angles: list[sp.Symbol], fixed: dict, unknown: list[sp.Symbol], last: sp.Symbol,
             sc: dict, conditions: list[sp.Eq], question: sp.Expr, kept: list[dict],
             values: list[sp.Expr]) -> None:
    tol = mpmath.mpf(10) ** -25
    with mpmath.workdps(40):
        wanted = [mpmath.mpf(str(sp.N(v, 45))) for v in values]
        for sol in kept:
            at = _angle_values(fixed, unknown, last, sc, sol)
            confirm.check(all(0 < at[x] < mpmath.pi for x in angles),
                          "every angle lies between 0 and 180 degrees")
            confirm.check(all(abs(evaluate(c.lhs - c.rhs, at)) < tol for c in conditions),
                          "the conditions hold at the angles found, evaluated as written")
            got = evaluate(question, at)
            confirm.check(any(abs(got - x) < tol for x in wanted),
                          "the question evaluated at the angles found gives the answer")


def _count(eqs: list[sp.Expr], variables: list[sp.Symbol], sols: list[dict]) -> None:
    basis = sp.groebner(eqs, *variables, order="lex")
    if not basis.is_zero_dimensional:
        raise Decline("the conditions leave infinitely many solutions")
    tail = [p for p in basis.exprs if p.free_symbols <= {variables[-1]}]
    if len(tail) != 1:
        raise Decline("no eliminating polynomial")
    roots = sp.Poly(sp.sqf_part(tail[0]), variables[-1]).count_roots()
    distinct: list[sp.Expr] = []
    for s in sols:
        if not any(sp.simplify(s[variables[-1]] - d) == 0 for d in distinct):
            distinct.append(s[variables[-1]])
    confirm.check(roots == len(distinct), "the number of real solutions agrees with a "
                  "Groebner basis and a Sturm count of its last polynomial")


def _answer(fixed: dict[sp.Symbol, sp.Expr], unknown: list[sp.Symbol], last: sp.Symbol,
            question: sp.Expr, kept: list[dict], values: list[sp.Expr]) -> Result:
    told = sum(fixed.values()) * 180 / sp.pi
    minus = "".join(f" - {latex(x)}" for x in unknown)
    rest = f"{latex(180 - told)}^\\circ{minus}" if told else f"180^\\circ{minus}"
    steps: list[Step] = [step("the angles of a triangle", "The three angles add to "
                              "$180^\\circ$" + (", the told angles put in." if fixed else "."),
                              f"${latex(last)} = {rest}$")]
    if kept and kept[0]:
        shown = " or ".join(", ".join(f"{latex(k)} = {latex(v)}" for k, v in s.items())
                            for s in kept)
        steps.append(step("find the sines and cosines", "Write every function with the sine "
                          "and cosine of the unknown angles ($s_X = \\sin X$, $c_X = \\cos X$, "
                          "$s_X^2 + c_X^2 = 1$, $s_X > 0$) and solve.", f"${shown}$"))
    if len(values) == 1:
        c = f"{latex(question)} = {latex(values[0])}"
        steps.append(step("substitute", "Put the values in; every triangle gives the same "
                          "value.", f"${c}$", c))
        return values[0], steps
    listed = sorted(values, key=lambda v: float(sp.N(v)))
    steps.append(step("substitute", "Put the values in, one triangle at a time.",
                      "$" + ", ".join(latex(v) for v in listed) + "$"))
    return ", ".join(latex(v) for v in listed), steps


__all__ = ["VOCAB", "read_triangle_angles"]
