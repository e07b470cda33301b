"""Typed reader: the constants for which a linear equation, or a system of two linear
equations, has infinitely many solutions or none.

"For what value of $a$ does $4(x + a) = 4x + 20$ have infinitely many solutions?", "If
infinitely many values of $y$ satisfy $2(4 + cy) = 12y + 8$, what is $c$?", "For what value
of $m$ does $mx + 3 = 5x - 7$ have no solution?", "Find $k$ so that the system $2x + 3y = 5$,
$4x + ky = 10$ has infinitely many solutions", "... $ax + b = 3x + 5$ has infinitely many
solutions. What is $a + b$?".

One equation, collected as A x + B = 0 with A and B polynomials in the constants: infinitely
many solutions need A = 0 and B = 0, none A = 0 and B ≠ 0. Two equations M (x, y) = v:
infinitely many need det M = 0 and the rows of (M | v) in proportion, none det M = 0 with
the rows of M in proportion but not v. The constants must come out as one set of values.

Confirmed independently: with the values put back, the equation (each equation) is checked
at several points: for infinitely many, every point (x, y) with x chosen solves it; for
none, the two sides differ by the same nonzero number at every point (for a system, the
second equation is a multiple of the first on the left-hand sides only).
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_KIND = re.compile(r"\b(?P<many>infinitely many|an infinite number of)(?: real)? (?:solutions|"
                   r"values of @(?P<u1>\d+)@|(?:real )?numbers @(?P<u2>\d+)@|@(?P<u3>\d+)@)"
                   r"|\b(?P<none>no)(?: real)? solutions?\b")
_VOCAB = frozenset(
    "for what value values does do the equation system of equations have has infinitely many "
    "an infinite number solutions solution no real satisfy satisfies x y if which find is "
    "constant constants numbers so that such there are true holds".split())
_POINTS = (Fraction(1, 3), Fraction(-2), Fraction(5, 7), Fraction(4))


def _unknowns(split: Split, kind: re.Match[str], letters: set[sp.Symbol],
              system: bool) -> list[sp.Symbol]:
    named = kind.group("u1") or kind.group("u2") or kind.group("u3")
    if named is not None:
        src = split.maths[int(named)].strip()
        if not re.fullmatch(r"[a-zA-Z]", src) or sp.Symbol(src) not in letters:
            raise Decline("the unknown named is not a letter of the equation")
        return [sp.Symbol(src)]
    usual = [sp.Symbol(s) for s in (("x", "y") if system else ("x",))]
    if all(u in letters for u in usual):
        return usual
    if not system:  # one of x, y, z, t alone
        present = [sp.Symbol(s) for s in "xyzt" if sp.Symbol(s) in letters]
        if len(present) == 1:
            return present
    raise Decline("which letter is the unknown")


def _equations(split: Split, slots: list[int]) -> list[sp.Equality]:
    eqs = []
    for i in slots:
        src = split.maths[i]
        if src.count("=") != 1 or re.search(r"[<>]|\\[lg]eq?|\\ne", src):
            continue
        e = parse_latex(src)
        if isinstance(e, sp.Equality):
            eqs.append(e)
    return eqs


def read(split: Split, template: str) -> Result | None:
    kinds = list(_KIND.finditer(template))
    if len(kinds) != 1 or not words_within(template, _VOCAB):
        return None
    kind = kinds[0]
    many = kind.group("many") is not None
    slots = [int(s) for s in re.findall(r"@(\d+)@", template)]
    eqs = _equations(split, slots)
    if len(eqs) not in (1, 2):
        return None
    letters: set[sp.Symbol] = set().union(*(e.free_symbols for e in eqs))  # type: ignore[arg-type]
    unknowns = _unknowns(split, kind, letters, len(eqs) == 2)
    if len(unknowns) != len(eqs):
        raise Decline("as many linear equations as unknowns")
    constants = sorted(letters - set(unknowns), key=str)
    if not 1 <= len(constants) <= 2:
        raise Decline("one or two constants to find")
    asked = _asked(split, slots, eqs, constants)
    forms = [sp.expand(e.lhs - e.rhs) for e in eqs]
    for f in forms:
        if not f.is_polynomial(*unknowns, *constants) or sp.Poly(f, *unknowns).total_degree() > 1:
            raise Decline("equations linear in the unknowns")
    if len(forms) == 1:
        values, shown = _one(forms[0], unknowns[0], constants, many)
    else:
        values, shown = _two(forms, unknowns, constants, many)
    _confirm([f.subs(values) for f in forms], unknowns, many)
    answer = sp.nsimplify(asked.subs(values))
    if answer.free_symbols:
        raise Decline("the value asked is not fixed")
    what = "infinitely many solutions" if many else "no solution"
    said = ", \\quad ".join(f"{latex(c)} = {latex(values[c])}" for c in constants)
    steps = [step("collect the terms", "Move everything to one side and group the unknowns.",
                  shown, ""),
             step("solve for the constants", f"Solve these conditions for {what}.",
                  f"${said}$", said)]
    if asked not in constants:
        claim = f"{latex(asked)} = {latex(answer)}"
        steps.append(step("evaluate", "Put the constants into the expression asked.",
                          f"${claim}$", claim))
    return answer, steps


def _asked(split: Split, slots: list[int], eqs: list[sp.Equality],
           constants: list[sp.Symbol]) -> sp.Expr:
    others = [i for i in slots if split.maths[i].count("=") == 0]
    exprs = []
    for i in others:
        e = parse_latex(split.maths[i])
        if isinstance(e, sp.Expr) and e.free_symbols and e.free_symbols <= set(constants):
            exprs.append(e)
        elif not (isinstance(e, sp.Symbol)):
            raise Decline("maths that is neither an equation nor what is asked")
    asked = {sp.srepr(e): e for e in exprs if not isinstance(e, sp.Symbol) or e in constants}
    if len(asked) == 1:
        return next(iter(asked.values()))
    if not asked and len(constants) == 1:
        return constants[0]
    raise Decline("which value is asked")


def _solve_conditions(conditions: list[sp.Expr], constants: list[sp.Symbol]
                      ) -> list[dict[sp.Symbol, sp.Expr]]:
    sols = sp.solve([c for c in conditions if c != 0], constants, dict=True)
    return [s for s in sols if len(s) == len(constants)
            and all(v.is_real and not v.free_symbols for v in s.values())]


def _one(f: sp.Expr, x: sp.Symbol, constants: list[sp.Symbol], many: bool
         ) -> tuple[dict[sp.Symbol, sp.Expr], str]:
    a, b = sp.expand(f.coeff(x, 1)), sp.expand(f.coeff(x, 0))
    shown = f"$\\left({latex(a)}\\right) {latex(x)} + \\left({latex(b)}\\right) = 0$"
    if many:
        sols = _solve_conditions([a, b], constants)
    else:
        sols = [s for s in _solve_conditions([a], constants) if b.subs(s) != 0]
    if len(sols) != 1:
        raise Decline("the conditions do not fix one set of constants")
    return sols[0], shown


def _two(forms: list[sp.Expr], unknowns: list[sp.Symbol], constants: list[sp.Symbol],
         many: bool) -> tuple[dict[sp.Symbol, sp.Expr], str]:
    x, y = unknowns
    rows = [[sp.expand(f.coeff(x, 1)), sp.expand(f.coeff(y, 1)),
             sp.expand(-f.subs({x: 0, y: 0}))] for f in forms]
    det = sp.expand(rows[0][0] * rows[1][1] - rows[0][1] * rows[1][0])
    # the augmented rows in proportion: every 2 by 2 minor of (M | v) vanishes
    minors = [sp.expand(rows[0][i] * rows[1][j] - rows[0][j] * rows[1][i])
              for i, j in ((0, 1), (0, 2), (1, 2))]
    if many:
        sols = _solve_conditions(minors, constants)
        sols = [s for s in sols if any(v.subs(s) != 0 for row in rows for v in row[:2])]
    else:
        sols = [s for s in _solve_conditions([det], constants)
                if any(m.subs(s) != 0 for m in minors[1:])]
    if len(sols) != 1:
        raise Decline("the conditions do not fix one set of constants")
    shown = (f"$\\det = {latex(det)}$" if not many else
             "$" + ", \\quad ".join(f"{latex(m)} = 0" for m in minors if m != 0) + "$")
    return sols[0], shown


def _at(f: sp.Expr, unknowns: list[sp.Symbol], point: tuple[Fraction, ...]) -> sp.Rational:
    return sp.Rational(f.subs({u: sp.Rational(p.numerator, p.denominator)
                               for u, p in zip(unknowns, point, strict=True)}))


def _confirm(forms: list[sp.Expr], unknowns: list[sp.Symbol], many: bool) -> None:
    """With the constants put in, at several points: one equation's two sides always agree
    (infinitely many) or always differ by one nonzero number (none); for two equations, the
    second minus a multiple of the first (the multiple read off one coefficient) is zero
    everywhere (infinitely many) or one nonzero number everywhere (none)."""
    points = [(p,) for p in _POINTS] if len(unknowns) == 1 else \
        [(p, q) for p in _POINTS for q in _POINTS]
    f = sp.expand(forms[0])
    if len(forms) == 2:
        g = sp.expand(forms[1])
        lead = next((u for u in unknowns if f.coeff(u, 1) != 0), None)
        confirm.check(lead is not None, "the first equation has an unknown")
        assert lead is not None
        f = sp.expand(g - g.coeff(lead, 1) / f.coeff(lead, 1) * f)
        confirm.check(all(f.coeff(u, 1) == 0 for u in unknowns),
                      "the left-hand sides in proportion")
    vals = {_at(f, unknowns, p) for p in points}
    confirm.check(vals == {0} if many else len(vals) == 1 and 0 not in vals,
                  "the equations checked at several points")


__all__ = ["read"]
