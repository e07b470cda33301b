"""Typed reader: constants of functions fixed by a told inverse.

"Suppose that $f(x) = ax + b$ and $g(x) = 2x - 1$. If $h(x) = f(g(x))$ and $h^{-1}(x) = x - 5$,
find $a + b$." The functions are inlined in the order told; h^{-1}(x) = E(x) means
h(E(x)) = x for every x, so each coefficient of the numerator of h(E(x)) - x in x is 0, and
those equations must fix every constant exactly once. The asked expression (in the constants
only) is evaluated. Confirmed independently: with the constants put in, solving h(y) = x for
y gives back E(x) as its only solution, and h(E(x0)) = x0 at 30 digits for a few x0.

Every piece of maths must be a definition, the inverse, or the asked expression; anything
else (a condition, a second inverse, a letter that is not a constant) is not read.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.functions import (
    FUNCTION_DEFINITION,
    INVERSE_MARK,
    inline_calls,
)
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words

_INVERSE = re.compile(rf"^\s*([a-zA-Z])\s*(?:{INVERSE_MARK})\s*\(\s*([a-z])\s*\)\s*=\s*(.+)$", re.S)
_ASKS = frozenset("find what compute evaluate determine".split())


def _inlined(body: str, bodies: dict[str, tuple[sp.Symbol, sp.Expr]]) -> str:
    """The body with every call of a known function replaced, innermost calls first."""
    for _ in range(4 * len(bodies) + 1):
        left = [n for n in bodies if re.search(rf"(?<![\\a-zA-Z]){n}\s*\(", body)]
        if not left:
            return body
        for name in left:
            try:  # "f(g(x))": f's argument reads only once g is inlined
                body = inline_calls(body, name, *bodies[name])
            except Decline:
                continue
    raise Decline("a call of a function not told")


def read(split: Split, template: str) -> Result | None:
    spots = list(dict.fromkeys(int(p) for p in re.findall(r"@(\d+)@", template)))
    if len(spots) < 3 or not words(template) & _ASKS:
        return None
    pieces = [split.maths[p] for p in spots]
    inverses = [m for m in (_INVERSE.match(p) for p in pieces) if m]
    if len(inverses) != 1:
        return None
    bodies: dict[str, tuple[sp.Symbol, sp.Expr]] = {}
    for src in pieces[:-1]:
        d = FUNCTION_DEFINITION.match(src)
        if d is None or _INVERSE.match(src):
            continue
        name, var, body = d[1], sp.Symbol(d[2]), d[3]
        if name in bodies:
            return None
        parsed = parse_latex(_inlined(body, bodies))
        if not isinstance(parsed, sp.Expr):
            return None
        bodies[name] = (var, parsed)
    if len(bodies) + 2 != len(pieces):
        return None  # another piece: a condition this reader does not read
    inv = inverses[0]
    if inv[1] not in bodies:
        return None
    var, h = bodies[inv[1]]
    x = sp.Symbol(inv[2])
    e = parse_latex(inv[3])
    asked = parse_latex(pieces[-1])
    if not isinstance(e, sp.Expr) or not isinstance(asked, sp.Expr) or e.free_symbols - {x}:
        return None
    consts = set().union(*(b.free_symbols - {v} for v, b in bodies.values()))
    if not consts or not asked.free_symbols or not asked.free_symbols <= consts or x in consts:
        return None
    num = sp.numer(sp.together(sp.expand(h.subs(var, e) - x)))
    coeffs = sp.Poly(sp.expand(num), x).coeffs()
    sols = sp.solve(coeffs, sorted(consts, key=str), dict=True)
    if len(sols) != 1 or set(sols[0]) != consts or any(v.free_symbols for v in sols[0].values()):
        raise Decline("the told inverse does not fix each constant once")
    sol = sols[0]
    hv = h.subs(sol)
    y = sp.Dummy("y")
    back = sp.solve(sp.Eq(hv.subs(var, y), x), y)
    confirm.check(len(back) == 1 and sp.simplify(back[0] - e) == 0,
                  "solving h(y) = x with the constants found gives the told inverse")
    for x0 in (sp.Rational(3, 7), sp.Integer(5), sp.Rational(-11, 3)):
        got = sp.N(hv.subs(var, e.subs(x, x0)), 30)
        confirm.check(abs(got - x0) < sp.Float("1e-25"), "h(h^{-1}(x0)) = x0 numerically")
    value = sp.nsimplify(sp.expand(asked.subs(sol)))
    told = ", ".join(f"{latex(k)} = {latex(v)}" for k, v in sorted(sol.items(), key=str))
    h_of_e = f"{inv[1]}\\left({latex(e)}\\right) = {latex(x)}"
    claim = f"{latex(asked)} = {latex(value)}"
    return value, [
        step("undo the inverse", "$h^{-1}(x) = E(x)$ means $h(E(x)) = x$ for every $x$.",
             f"${h_of_e}$ for every ${latex(x)}$: ${latex(sp.expand(h.subs(var, e)))} = "
             f"{latex(x)}$, so ${told}$", ""),
        step("evaluate", "Put the constants in.", f"${claim}$", claim)]


__all__ = ["read"]
