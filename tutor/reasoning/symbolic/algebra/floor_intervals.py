"""Typed reader: an equation in floors (or ceilings) of lines in x, nested or not, whose
solutions fill whole intervals.

"Find all real $x$ such that $\\lfloor 3x \\rfloor = 7$", "Solve $\\lfloor 2x + 1 \\rfloor =
\\lfloor x + 3 \\rfloor$. Express your answer in interval notation.", "Find all $x$ such that
$\\lfloor \\lfloor 3x \\rfloor + 1/2 \\rfloor = \\lfloor x + 4 \\rfloor$". Each bracket is
the line inside it less a part t in [0, 1) (plus t for a ceiling), so the equation is
alpha x + beta = (a sum of those parts with known coefficients), bounded by M: every
solution lies where |alpha x + beta| <= M (alpha = 0 is declined). On that stretch the
points where a bracket's argument crosses a whole number cut the line into pieces (inner
brackets first, so an outer argument is one line on each piece); on a piece every bracket
is constant, the equation is linear, and it holds on the whole piece, at one point or
nowhere. Each cut point is tried exactly. A set without a whole interval is left to
`floor_equations`.

The answer is confirmed by evaluating the equation as written (brackets of exact
rationals) at every end of the answer's intervals, at points inside them and just outside
them, and at 240 rationals spread over the stretch: each must be a solution exactly when
it is in the answer.
"""

from __future__ import annotations

import random
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

VOCAB = frozenset("all real numbers number solve such that satisfy satisfies satisfying for "
                  "which express your answer in interval notation values".split())
_ASK = re.compile(r"^(?:find all (?:real )?(?:numbers |values of )?(?P<x>@\d+@) (?:such that|"
                  r"that satisfy|satisfying|for which) |solve (?:for (?P<x2>@\d+@):? )?)"
                  r"(?P<eq>@\d+@)\W*(?:express your answer in interval notation\W*)?$")
_MAX_CUTS = 4000
_Bracket = sp.floor | sp.ceiling


def read(split: Split, template: str) -> Result | None:
    m = _ASK.match(template.strip())
    if m is None or not words_within(template, VOCAB):
        return None
    src = split.maths[int(m.group("eq")[1:-1])]
    if "\\lfloor" not in src and "\\lceil" not in src:
        return None
    eq = parse_latex(src)
    asked = m.group("x") or m.group("x2")
    x = sp.Symbol(split.maths[int(asked[1:-1])].strip()) if asked else None
    if not isinstance(eq, sp.Equality) or len(eq.free_symbols) != 1 or (
            x is not None and eq.free_symbols != {x}):
        return None
    x = next(iter(eq.free_symbols))
    d = eq.lhs - eq.rhs
    brackets = sorted(d.atoms(sp.floor, sp.ceiling), key=sp.count_ops)  # inner ones first
    lo, hi = _stretch(d, brackets, x)
    cuts = _cuts(brackets, x, lo, hi)
    found = _solutions(d, brackets, x, cuts)
    if not any(isinstance(p, sp.Interval) for p in sp.Union.make_args(found)):
        return None
    if not all(isinstance(p, sp.Interval) for p in sp.Union.make_args(found)):
        raise Decline("whole intervals beside single points")
    _confirm(d, x, found, lo, hi)
    shown = f"{latex(eq.lhs)} = {latex(eq.rhs)}"
    return found, [
        step("bound the solutions", "Each bracket differs from the line inside it by less "
             "than 1, so the equation can only hold on a bounded stretch.",
             f"Every solution of ${shown}$ has ${latex(lo)} \\le {latex(x)} \\le {latex(hi)}$.",
             ""),
        step("split where a bracket jumps", "Between two points where some bracket's "
             "argument crosses a whole number every bracket is constant, so the equation is "
             "linear there; try each piece and each cut point.",
             f"{len(cuts) - 1} pieces; the equation holds exactly for "
             f"${latex(x)} \\in {latex(found)}$.", "")]


def _stretch(d: sp.Expr, brackets: list[sp.Expr], x: sp.Symbol) -> tuple[sp.Rational,
                                                                              sp.Rational]:
    """Where every solution lies: [lo, hi] from |alpha x + beta| <= M."""
    parts = sp.symbols(f"t0:{len(brackets)}")
    swap: dict[sp.Basic, sp.Expr] = {}
    for b, t in zip(brackets, parts, strict=True):  # inner brackets replaced first
        inner = b.args[0].xreplace(swap)
        swap[b] = inner - t if isinstance(b, sp.floor) else inner + t
    flat = sp.expand(d.xreplace(swap))
    if not flat.is_polynomial(x, *parts) or sp.Poly(flat, x, *parts).total_degree() > 1:
        raise Decline("brackets of lines in x, added and multiplied by numbers")
    coeffs = [flat.coeff(v) for v in (x, *parts)]
    beta = flat.subs({v: 0 for v in (x, *parts)})
    if not all(c.is_Rational for c in [*coeffs, beta]):
        raise Decline("rational coefficients")
    alpha, bound = coeffs[0], sum(abs(c) for c in coeffs[1:])
    if alpha == 0:
        raise Decline("an equation that the brackets alone may satisfy everywhere")
    ends = sorted([(-beta - bound) / alpha, (-beta + bound) / alpha])
    return sp.floor(ends[0]) - 1, sp.ceiling(ends[1]) + 1


def _cuts(brackets: list[sp.Expr], x: sp.Symbol, lo: sp.Rational, hi: sp.Rational
          ) -> list[sp.Rational]:
    """The points of [lo, hi] where some bracket's argument crosses a whole number."""
    cuts = {lo, hi}
    for b in brackets:
        ordered = sorted(cuts)
        for p, q in zip(ordered, ordered[1:], strict=False):
            mid = (p + q) / 2
            line = sp.expand(b.args[0].xreplace({c: c.subs(x, mid) for c in brackets
                                                 if c != b and b.args[0].has(c)}))
            a = line.coeff(x)
            if not line.is_polynomial(x) or sp.degree(line, x) > 1:
                raise Decline("a bracket of a line")
            if a == 0:
                continue
            ends = sorted([line.subs(x, p), line.subs(x, q)])
            for k in range(int(sp.floor(ends[0])) + 1, int(sp.ceiling(ends[1]))):
                cuts.add((k - line.subs(x, 0)) / a)
            if len(cuts) > _MAX_CUTS:
                raise Decline("too many pieces to try")
    return sorted(cuts)


def _solutions(d: sp.Expr, brackets: list[sp.Expr], x: sp.Symbol, cuts: list[sp.Rational]
               ) -> sp.Set:
    found: list[sp.Set] = [sp.FiniteSet(p) for p in cuts if d.subs(x, p) == 0]
    for p, q in zip(cuts, cuts[1:], strict=False):
        mid = (p + q) / 2
        line = sp.expand(d.xreplace({b: b.subs(x, mid) for b in brackets}))
        a, c = line.coeff(x), line.subs(x, 0)
        if a == 0 and c == 0:
            found.append(sp.Interval.open(p, q))
        elif a != 0 and p < -c / a < q:
            found.append(sp.FiniteSet(-c / a))
    return sp.Union(*found)


def _confirm(d: sp.Expr, x: sp.Symbol, found: sp.Set, lo: sp.Rational, hi: sp.Rational) -> None:
    """The equation as written holds exactly at the answer's points and nowhere else tried."""
    step_off = sp.Rational(1, 10**6)
    tried = []
    for piece in sp.Union.make_args(found):
        a, b = piece.start, piece.end
        tried += [a, b, (a + b) / 2, a + (b - a) / 7, a - step_off, b + step_off]
    rng = random.Random(20261205)
    tried += [lo + (hi - lo) * sp.Rational(rng.randint(0, 10**6), 10**6) for _ in range(240)]
    ok = all((d.subs(x, v) == 0) == bool(found.contains(v)) for v in tried)
    confirm.check(ok, "the equation, evaluated exactly at the ends, inside, just outside and "
                  "at 240 spread points, holds exactly on the answer")


__all__ = ["read"]
