"""Typed reader: the constants for which a linear equation, or a system of up to three, has
infinitely many solutions or none.

"For what value of $a$ does $4(x + a) = 4x + 20$ have infinitely many solutions?", "If
infinitely many values of $y$ satisfy $2(4 + cy) = 12y + 8$, what is $c$?", "For what value
of $m$ does $mx + 3 = 5x - 7$ have no solution?", "Find the value of $m$ for which the system
$2x - y = 5$, $mx + 3y = 2$ has no solutions.", "For what values of $k$ does the system
$kx + 2y = 2$, $2x + ky = 2$ have no solution?", "The equation $ax + b = 3x + 5$ has
infinitely many solutions. What is $a + b$?".

The equations are linear in their unknowns (x, or x and y, or the letter named: "values of
$y$"; with one constant asked, every other letter), as many equations as unknowns, with
coefficients polynomial in the constants: A v = b.

- One constant: infinitely many solutions is rank A = rank [A | b] < n, none is rank A <
  rank [A | b]. The ranks drop only where a minor of [A | b] vanishes, so the candidates are
  the real zeros of those minors, each checked by its exact ranks; the condition must fail
  for a generic value. "value" needs one value, "values" lists them.
- Two constants in one equation A x + B = 0: infinitely many is A = B = 0, none A = 0 and
  B ≠ 0; for two equations the 2 by 2 minors. The constants must come out as one set.

Confirmed independently: SymPy's `linsolve` at each value found (no solution, or a family
with a free unknown), and for one or two equations, the equations checked at several points
with the values put in.
"""

from __future__ import annotations

import re
from fractions import Fraction
from itertools import combinations

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra import clauses
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_KIND = re.compile(r"\b(?P<many>infinitely many|an infinite number of)(?: real)? (?:solutions"
                   r"(?: (?:for |in )?@(?P<u4>\d+)@)?|"
                   r"values of @(?P<u1>\d+)@|(?:real )?numbers @(?P<u2>\d+)@|@(?P<u3>\d+)@)"
                   r"|\b(?P<none>no)(?: real)? solutions?\b")
_VOCAB = frozenset(
    "for what value values does do the equation equations system of linear following below "
    "have has infinitely many an infinite number solutions solution no real satisfy satisfies "
    "x y if which find determine is constant constants parameter numbers so that such there "
    "are true holds in and will would".split())
_POINTS = (Fraction(1, 3), Fraction(-2), Fraction(5, 7), Fraction(4))
_MAX_UNKNOWNS = 3


def read(split: Split, template: str) -> Result | None:
    kinds = list(_KIND.finditer(template))
    if len(kinds) != 1 or not words_within(template, _VOCAB):
        return None
    kind = kinds[0]
    many = kind.group("many") is not None
    slots = [int(s) for s in re.findall(r"@(\d+)@", template)]
    eqs: list[sp.Equality] = []
    others: list[int] = []
    for i in slots:
        if "=" in split.maths[i] and not re.search(r"[<>]|\\[lg]eq?|\\ne", split.maths[i]):
            got = clauses.relations(split.maths[i])
            if any(not isinstance(r, sp.Equality) for r in got):
                return None
            eqs += got  # type: ignore[arg-type]
        else:
            others.append(i)
    if not 1 <= len(eqs) <= _MAX_UNKNOWNS:
        return None
    letters: set[sp.Symbol] = set().union(*(e.free_symbols for e in eqs))  # type: ignore[arg-type]
    asked, constants, unknowns = _roles(split, kind, others, letters, len(eqs))
    forms = [sp.expand(e.lhs - e.rhs) for e in eqs]
    for f in forms:
        if not f.is_polynomial(*unknowns, *constants) or sp.Poly(f, *unknowns).total_degree() > 1:
            raise Decline("equations linear in the unknowns")
    if len(constants) == 1:
        values = _by_ranks(forms, unknowns, constants[0], many)
        plural = re.search(r"\bvalues of @\d+@", template) is not None and not kind.group("u1")
        if len(values) != 1 and not plural:
            raise Decline("more than one value of the constant")
        solutions = [{constants[0]: v} for v in values]
    elif len(forms) == 1:
        solutions = [_one(forms[0], unknowns[0], constants, many)]
    elif len(forms) == 2:
        solutions = [_two(forms, unknowns, constants, many)]
    else:
        raise Decline("two constants in a system of three equations")
    answers = []
    for sol in solutions:
        _confirm(forms, unknowns, sol, many)
        value = sp.nsimplify(asked.subs(sol))
        if value.free_symbols:
            raise Decline("the value asked is not fixed")
        answers.append(value)
    what = "infinitely many solutions" if many else "no solution"
    said = "; \\quad ".join(", \\quad ".join(f"{latex(c)} = {latex(s[c])}" for c in constants)
                            for s in solutions)
    shown = ", \\quad ".join(f"{latex(f)} = 0" for f in forms)
    steps = [step("collect the terms", "Move everything to one side of each equation.",
                  f"${shown}$", ""),
             step("solve for the constants", f"The equations have {what} exactly there.",
                  f"${said}$", said)]
    if asked not in constants:
        claim = f"{latex(asked)} = {latex(answers[0])}"
        steps.append(step("evaluate", "Put the constants into the expression asked.",
                          f"${claim}$", claim))
    if len(answers) == 1:
        return answers[0], steps
    return ", ".join(latex(a) for a in sorted(answers, key=float)), steps


def _roles(split: Split, kind: re.Match[str], others: list[int], letters: set[sp.Symbol],
           n: int) -> tuple[sp.Expr, list[sp.Symbol], list[sp.Symbol]]:
    """(what is asked, the constants, the unknowns)."""
    named = kind.group("u1") or kind.group("u2") or kind.group("u3") or kind.group("u4")
    exprs = []
    for i in others:
        if named is not None and i == int(named):
            continue
        e = parse_latex(split.maths[i])
        if not isinstance(e, sp.Expr) or not e.free_symbols or not e.free_symbols <= letters:
            raise Decline("maths that is neither an equation nor what is asked")
        exprs.append(e)
    if named is not None:
        src = split.maths[int(named)].strip()
        if not re.fullmatch(r"[a-zA-Z]", src) or sp.Symbol(src) not in letters:
            raise Decline("the unknown named is not a letter of the equation")
        unknowns = [sp.Symbol(src)]
    else:
        unknowns = []
    if len({sp.srepr(e) for e in exprs}) != 1:
        raise Decline("which value is asked")
    asked = exprs[0]
    if isinstance(asked, sp.Symbol) and not unknowns:
        # the letter asked is the constant, every other letter an unknown
        unknowns = sorted(letters - {asked}, key=str)
    elif not unknowns:
        unknowns = [sp.Symbol(s) for s in ("x", "y", "z")[:n]]
    constants = sorted(letters - set(unknowns), key=str)
    if len(unknowns) != n or not set(unknowns) <= letters or not 1 <= len(constants) <= 2 or \
            not asked.free_symbols <= set(constants):
        raise Decline("as many linear equations as unknowns, and one or two constants")
    return asked, constants, unknowns


def _rank(mat: sp.Matrix) -> int:
    return int(mat.rank(simplify=True))


def _holds(a_mat: sp.Matrix, b_vec: sp.Matrix, many: bool) -> bool:
    ra, rab = _rank(a_mat), _rank(a_mat.row_join(b_vec))
    return ra == rab < a_mat.cols if many else ra < rab


def _by_ranks(forms: list[sp.Expr], unknowns: list[sp.Symbol], p: sp.Symbol, many: bool
              ) -> list[sp.Basic]:
    """The real values of p where the condition holds: zeros of minors, checked exactly."""
    a_mat = sp.Matrix([[f.coeff(v) for v in unknowns] for f in forms])
    b_vec = sp.Matrix([-f.subs({v: 0 for v in unknowns}) for f in forms])
    generic = sp.Rational(7919, 104729)
    if _holds(a_mat.subs(p, generic), b_vec.subs(p, generic), many):
        raise Decline("the condition holds for every value of the constant")
    whole = a_mat.row_join(b_vec)
    candidates: set[sp.Basic] = set()
    for size in range(1, a_mat.rows + 1):
        for rs in combinations(range(whole.rows), size):
            for cs in combinations(range(whole.cols), size):
                minor = sp.expand(whole.extract(list(rs), list(cs)).det())
                if minor.has(p) and sp.Poly(minor, p).degree() <= 6:
                    candidates |= set(sp.Poly(minor, p).real_roots())
    found = sorted((c for c in candidates if _holds(a_mat.subs(p, c), b_vec.subs(p, c), many)),
                   key=float)
    if not found:
        raise Decline("no value of the constant gives that")
    return found


def _one_set(conditions: list[sp.Expr], constants: list[sp.Symbol],
             keep: sp.Expr | None = None) -> dict[sp.Symbol, sp.Expr]:
    sols = sp.solve([c for c in conditions if c != 0], constants, dict=True)
    sols = [s for s in sols if len(s) == len(constants)
            and all(v.is_real and not v.free_symbols for v in s.values())
            and (keep is None or keep.subs(s) != 0)]
    if len(sols) != 1:
        raise Decline("the conditions do not fix one set of constants")
    return sols[0]


def _one(f: sp.Expr, x: sp.Symbol, constants: list[sp.Symbol], many: bool
         ) -> dict[sp.Symbol, sp.Expr]:
    a, b = sp.expand(f.coeff(x, 1)), sp.expand(f.coeff(x, 0))
    return _one_set([a, b], constants) if many else _one_set([a], constants, keep=b)


def _two(forms: list[sp.Expr], unknowns: list[sp.Symbol], constants: list[sp.Symbol],
         many: bool) -> dict[sp.Symbol, sp.Expr]:
    x, y = unknowns
    rows = [[sp.expand(f.coeff(x, 1)), sp.expand(f.coeff(y, 1)),
             sp.expand(-f.subs({x: 0, y: 0}))] for f in forms]
    minors = [sp.expand(rows[0][i] * rows[1][j] - rows[0][j] * rows[1][i])
              for i, j in ((0, 1), (0, 2), (1, 2))]
    if many:
        return _one_set(minors, constants)
    return _one_set([minors[0]], constants, keep=minors[1] ** 2 + minors[2] ** 2)


def _at(f: sp.Expr, unknowns: list[sp.Symbol], point: tuple[Fraction, ...]) -> sp.Rational:
    return sp.Rational(f.subs({u: sp.Rational(p.numerator, p.denominator)
                               for u, p in zip(unknowns, point, strict=True)}))


def _confirm(forms: list[sp.Expr], unknowns: list[sp.Symbol], sol: dict[sp.Symbol, sp.Expr],
             many: bool) -> None:
    """`linsolve` with the constants put in; for one or two equations also the equations at
    several points (one equation's sides always agree, or always differ by one nonzero
    number; the second equation minus a multiple of the first is zero everywhere, or one
    nonzero number)."""
    put = [sp.expand(f.subs(sol)) for f in forms]
    got = sp.linsolve(put, *unknowns)
    confirm.check(got == sp.EmptySet if not many else bool(got) and any(
        s.free_symbols for s in got), "solved at that value, the system has "
        + ("infinitely many solutions" if many else "no solution"))
    if len(put) > 2:
        return
    points = [tuple(p) for p in combinations(_POINTS * 2, len(unknowns))]
    f = put[0]
    if len(put) == 2:
        lead = next((u for u in unknowns if f.coeff(u, 1) != 0), None)
        confirm.check(lead is not None, "the first equation has an unknown")
        assert lead is not None
        f = sp.expand(put[1] - put[1].coeff(lead, 1) / f.coeff(lead, 1) * f)
        confirm.check(all(f.coeff(u, 1) == 0 for u in unknowns),
                      "the left-hand sides in proportion")
    vals = {_at(f, unknowns, p) for p in points}
    confirm.check(vals == {0} if many else len(vals) == 1 and 0 not in vals,
                  "the equations checked at several points")


__all__ = ["read"]
