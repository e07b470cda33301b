"""Typed reader: the point where an expression in two letters tied by one equation is
largest or smallest, asked as an ordered pair.

"Let $x$ and $y$ be positive real numbers such that $x + y = 12$. Enter the ordered pair
$(x,y)$ for which $x^2 y$ is maximized.", "For what ordered pair $(a, b)$ is $ab$ largest,
if $a$ and $b$ are positive and $2a + b = 8$?", "Find the ordered pair $(x, y)$ that
minimizes $x^2 + y^2$ subject to $x + 2y = 5$."

The expression is written in one letter through the equation and its extreme value found
exactly (`extrema.reduced`, `extrema.extreme`, confirmed there by dense sampling); the point
is the one input in the allowed range where that value is reached - two such inputs
decline - and the other letter comes from the equation. Confirmed independently: the point
satisfies the equation and the qualifiers, gives the extreme value, and points of the
curve beside it on both sides do no better.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.extrema import extreme, reduced
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words

_MAX = r"(?:maximized|maximised|largest|greatest|maximum|biggest|a maximum|as large as possible)"
_MIN = r"(?:minimized|minimised|smallest|least|minimum|a minimum|as small as possible)"
_VERB = r"(?:maximizes|maximises|minimizes|minimises)"
_PAIR = r"(?:the )?(?:ordered )?pair @(?P<p>\d+)@"
_ASK = re.compile(
    rf"(?:enter|find|give|determine|what is|for what|for which|at what|at which)? ?{_PAIR},? "
    rf"(?:(?:for which|at which|where) (?:is )?@(?P<e>\d+)@ (?:is )?(?P<w>{_MAX}|{_MIN})"
    rf"|(?:that|which) (?P<v>{_VERB}) @(?P<e2>\d+)@"
    rf"|is @(?P<e3>\d+)@ (?P<w2>{_MAX}|{_MIN}))[.?]?")
VOCAB = frozenset(
    "let suppose be two positive nonnegative negative real numbers number such that with where if "
    "satisfy satisfies satisfying subject to are and the for which is enter ordered pair "
    "find give determine what at that maximized maximised largest greatest maximum biggest "
    "minimized minimised smallest least minimum maximizes maximises minimizes minimises as "
    "large small possible a".split())


def read(split: Split, template: str) -> Result | None:
    template = re.sub(r"\s+", " ", template.lower())
    found = list(_ASK.finditer(template))
    if len(found) != 1 or words(template) - VOCAB - {c for c in words(template) if len(c) == 1}:
        return None
    m = found[0]
    pair = re.fullmatch(r"\s*\(\s*([a-z])\s*,\s*([a-z])\s*\)\s*", split.maths[int(m.group("p"))])
    if pair is None or pair.group(1) == pair.group(2):
        return None
    said = m.group("w") or m.group("w2") or m.group("v")
    which = "max" if re.match(r"maxim|larg|great|bigg|a max|as large", said) else "min"
    piece = int(m.group("e") or m.group("e2") or m.group("e3"))
    rest = template[:m.start()] + " " + template[m.end():]
    got = reduced(split, rest, split.maths[piece])
    if got is None:
        return None
    e, x, box, steps, conds = got
    letters = [sp.Symbol(pair.group(1)), sp.Symbol(pair.group(2))]
    if x not in letters or len(conds.equations) != 1:
        raise Decline("two letters tied by one equation")
    y = letters[1] if x == letters[0] else letters[0]
    eq = conds.equations[0]
    if eq.free_symbols != {x, y}:
        raise Decline("an equation in the two letters of the pair")
    value, more = extreme(e, x, box, which)
    where = sp.solveset(sp.Eq(e, value), x, box)
    if not isinstance(where, sp.FiniteSet) or len(where) != 1:
        raise Decline("the extreme value is reached at more than one point")
    x0 = next(iter(where))
    ys = [s for s in sp.solve(eq.subs(x, x0), y) if s.is_real]
    point = {x: x0}
    ys = [s for s in ys if conds.holds({x: x0, y: s})]
    if len(ys) != 1:
        raise Decline("the other letter is not fixed by the equation")
    point[y] = ys[0]
    _confirm(e, x, box, eq, point, value, which, conds)
    pair_value = f"\\left({latex(point[letters[0]])}, {latex(point[letters[1]])}\\right)"
    claim = f"{latex(x)} = {latex(x0)}, {latex(y)} = {latex(ys[0])}"
    steps += more + [step("the point", "The extreme value is reached at one input only; the "
                          "equation gives the other letter.", f"${claim}$, so the ordered "
                          f"pair is ${pair_value}$.", "")]
    return pair_value, steps


def _confirm(e: sp.Expr, x: sp.Symbol, box: sp.Set, eq: sp.Equality, point: dict,
             value: sp.Basic, which: str, conds: object) -> None:
    on = sp.simplify(eq.lhs.subs(point) - eq.rhs.subs(point)) == 0
    reached = sp.simplify(e.subs(x, point[x]) - value) == 0
    sign = 1 if which == "max" else -1
    x0 = sp.N(point[x], 30)
    near = [x0 + d for d in (sp.Float("1e-3"), sp.Float("-1e-3")) if box.contains(x0 + d)]
    beaten = any(sign * (sp.N(e.subs(x, t), 30) - sp.N(value, 30)) > 1e-20 for t in near)
    confirm.check(on and reached and bool(near) and not beaten,
                  "the point is on the equation, gives the extreme value, and its neighbours "
                  "do no better")


__all__ = ["read"]
