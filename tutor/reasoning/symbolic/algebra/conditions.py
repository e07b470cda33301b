"""Values fixed by a condition: a function value from another one, letters given in turn,
a point on a curve, a circle's constant from its radius, the sum of complex solutions."""

from __future__ import annotations

import random
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra import expressions, functions
from tutor.reasoning.symbolic.algebra.functions import Table
from tutor.reasoning.symbolic.algebra.polynomials import polynomial_of_equation
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import parse_latex

Result = tuple[sp.Basic | str, list[Step]]


def value_from_condition(def_src: str, cond_src: str, query_src: str) -> Result:
    """"f(x) = ax^4 - bx^2 + x + 5 and f(-3) = 2: f(3)?" when the query is k * (condition
    side) + m for numbers k and m, so the unknown constants never need to be found."""
    m = re.match(r"^\s*[a-zA-Z]\s*\(\s*([a-z])\s*\)\s*=\s*(.+)$", def_src, re.S)
    if not m:
        raise Decline("not a function definition")
    body = parse_latex(m.group(2))
    params = body.free_symbols - {sp.Symbol(m.group(1))}
    if not params or len(params) > 3:
        raise Decline("no unknown constants")
    table = Table([def_src], params)
    c = re.match(r"^(.+?)=(.+)$", cond_src.strip(), re.S)
    if not c:
        raise Decline("the condition is not an equation")
    steps: list[Step] = []
    lhs = sp.expand(table.evaluate(c.group(1), steps))
    rhs = table.evaluate(c.group(2), steps)
    q = sp.expand(table.evaluate(query_src, steps))
    if rhs.free_symbols or not lhs.free_symbols or not q.free_symbols <= params:
        raise Decline("the condition does not involve the constants")
    if not (lhs.is_polynomial(*params) and q.is_polynomial(*params)):
        raise Decline("values that are not polynomial in the constants")
    kv = None
    for monom, coef in sp.Poly(lhs, *sorted(params, key=str)).terms():
        if sum(monom) > 0:
            kv = sp.Poly(q, *sorted(params, key=str)).coeff_monomial(monom) / coef
            break
    if kv is None:
        raise Decline("the value is not fixed by the condition")
    rest = sp.expand(q - kv * lhs)
    if rest.free_symbols:
        raise Decline("the value is not fixed by the condition")
    value = kv * rhs + rest
    _confirm_relation(def_src, params, (c.group(1), query_src), kv, rest)
    c1 = f"{latex(q)} = {latex(kv)} \\left({latex(lhs)}\\right) + {latex(rest)}"
    c2 = f"{latex(kv)} \\cdot \\left({latex(rhs)}\\right) + {latex(rest)} = {latex(value)}"
    steps += [step("relate the two values", "Write the value asked for through the one "
                   "that is given.", f"${c1}$".replace("+ -", "- "), c1),
              step("use the given value", "Replace the known combination by its value.",
                   f"${c2}$", c2)]
    return value, steps


def _confirm_relation(def_src: str, params: set[sp.Symbol], sides: tuple[str, str],
                      kv: sp.Basic, rest: sp.Basic) -> None:
    """query = kv * (condition side) + rest, checked with chosen constants put into the
    definition before any call is evaluated."""
    m = functions.FUNCTION_DEFINITION.match(def_src)
    assert m is not None
    rng = random.Random(11)
    for _ in range(2):
        point = {p: sp.Rational(rng.randint(-30, 30), rng.randint(1, 7)) for p in params}
        body = latex(parse_latex(m.group(3)).subs(point))
        fixed = Table([f"{m.group(1)}({m.group(2)}) = {body}"])
        side, query = (fixed.evaluate(src, []).subs(point) for src in sides)
        confirm.check(sp.simplify(query - kv * side - rest) == 0,
                      "the relation between the two values holds with chosen constants")


def assigned_value(defs: list[str], query_src: str) -> Result:
    """"Let z = 1 + i and w = (3z + 1)/(5z + 7). Find |w|": substitute in order."""
    i = sp.Symbol("i")
    values: dict[sp.Symbol, sp.Basic] = {}
    steps: list[Step] = []
    for d in defs:
        e = parse_latex(d)
        if not isinstance(e, sp.Equality) or not isinstance(e.lhs, sp.Symbol) or e.lhs == i \
                or not isinstance(e.rhs, sp.Expr):  # "u = (1, 3, 0)" is a point or vector
            raise Decline("letters given by formulas")
        if e.rhs.free_symbols - set(values) - {i} or e.lhs in values:
            raise Decline("a formula uses an unknown letter")
        raw = e.rhs.subs(values)
        v = sp.expand(sp.nsimplify(raw.xreplace({i: sp.I})))
        shown_raw = expressions.shown(e.rhs, values) if values else latex(e.rhs)
        if values:
            claim = f"{shown_raw} = {latex(sp.simplify(raw))}"
            steps.append(step("substitute", f"Put the value of each letter into "
                              f"${latex(e.lhs)}$.", f"${latex(e.lhs)} = {claim}$", claim))
        values[e.lhs] = v.xreplace({sp.I: i})
    q = parse_latex(query_src)
    if not isinstance(q, sp.Abs) or q.args[0].free_symbols - set(values) - {i}:
        raise Decline("the modulus of a given number")
    z = sp.expand(sp.nsimplify(q.args[0].subs(values).xreplace({i: sp.I})))
    re_z, im_z = sp.re(z), sp.im(z)
    if not (re_z.is_Rational and im_z.is_Rational):
        raise Decline("rational parts only")
    value = sp.sqrt(re_z**2 + im_z**2)
    claim = (f"\\sqrt{{\\left({latex(re_z)}\\right)^{{2}} + \\left({latex(im_z)}\\right)^{{2}}}}"
             f" = {latex(value)}")
    steps.append(step("take the modulus", "|a + bi| = sqrt(a^2 + b^2).",
                      f"${latex(q.args[0])} = {latex(z)}$, and ${claim}$", claim))
    return value, steps


def circle_constant(c_src: str, eq_src: str, r_src: str) -> Result:
    """"For what c does x^2 - 10x + y^2 + 6y + c = 0 have radius 1?": complete squares."""
    c, eq, r = parse_latex(c_src), parse_latex(eq_src), parse_latex(r_src)
    x, y = sp.Symbol("x"), sp.Symbol("y")
    if not (isinstance(c, sp.Symbol) and isinstance(eq, sp.Equality) and r.is_positive
            and eq.free_symbols == {x, y, c}):
        raise Decline("a circle with one unknown constant")
    f = sp.expand(eq.lhs - eq.rhs)
    if not f.is_polynomial(x, y, c) or f.coeff(x, 2) != 1 or f.coeff(y, 2) != 1 or \
            f.coeff(x * y) != 0 or sp.degree(f, c) != 1 or f.coeff(c).free_symbols:
        raise Decline("x^2 + y^2 + ... with a constant term")
    h, k = -f.coeff(x, 1) / 2, -f.coeff(y, 1) / 2
    rest = sp.expand(f - (x - h) ** 2 - (y - k) ** 2)
    if rest.free_symbols - {c}:
        raise Decline("not a circle")
    sols = sp.solve(sp.Eq(-rest, r**2), c)
    if len(sols) != 1:
        raise Decline("not one value")
    v = sols[0]
    on = [(h + r, k), (h - r, k), (h, k + r), (h, k - r)]  # r from the centre, on the circle
    confirm.check(all(sp.simplify(f.subs({c: v, x: px, y: py})) == 0 for px, py in on),
                  "with the constant put back, the points at distance r from the centre lie on "
                  "the circle")
    c1 = (f"{latex(f)} = \\left({latex(x - h)}\\right)^{{2}} + \\left({latex(y - k)}\\right)^{{2}}"
          f" + {latex(rest)}")
    c2 = f"{latex(-rest.subs(c, v))} = {latex(r)}^{{2}}"
    return v, [step("complete the squares", "Group x and y terms and complete each square.",
                    f"${c1}$".replace("+ -", "- "), c1),
               step("match the radius", "The right side after moving the constant is r^2.",
                    f"So ${latex(-rest)} = {latex(r)}^{{2}}$, giving ${latex(c)} = {latex(v)}"
                    f"$: ${c2}$", c2)]


def complex_solution_sum(src: str) -> Result:
    p, x, steps = polynomial_of_equation(src)
    if p.degree() < 1 or sp.degree(sp.gcd(p.as_expr(), sp.diff(p.as_expr(), x)), x) > 0:
        raise Decline("repeated roots")
    a, b = p.all_coeffs()[:2]
    value = -b / a
    claim = f"-\\frac{{{latex(b)}}}{{{latex(a)}}} = {latex(value)}"
    steps.append(step("use Vieta's formula", "The roots of a polynomial add up to minus the "
                      "second coefficient over the first.", f"${claim}$", claim))
    return value, steps
