"""Typed reader: the value of a constant for which a linear equation or system has
infinitely many solutions, or none.

"For what value of $a$ does the system $ax + 2y = 4$, $3x + 6y = 12$ have infinitely many
solutions?", "Find the value of $m$ for which the system $3x - y = 4$, $mx + 2y = 1$ has no
solutions.", "The system ... has infinitely many solutions. Find $b$.", "For what value of
$k$ does the equation $3(x - k) = 3x + 6$ have infinitely many solutions?"

The equations are linear in their unknowns (every letter but the constant), as many
equations as unknowns (one to three), with coefficients that are polynomials in the
constant: A v = b. Infinitely many solutions: rank A = rank [A | b] < n; none: rank A <
rank [A | b]. The ranks can only drop where some minor of A or [A | b] vanishes, so the
candidates are the real zeros of those minors; each is checked by its exact ranks, and the
condition must fail for a generic value of the constant. Confirmed independently by
SymPy's `linsolve` at each value found (no solution, or a family with a free unknown).
"""

from __future__ import annotations

import re
from itertools import combinations

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra import clauses
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_HOW = r"(?P<how>infinitely many|an infinite number of|no) (?:real )?solutions?"
_WHAT = r"(?:the )?(?:following )?(?:system(?: of (?:linear )?equations)?|equations?|linear system)"
_ASK = [
    re.compile(r"^(?:for )?(?:what|which) (?:real )?(?P<many>values?) of (?:the (?:constant|"
               r"number|parameter) )?@(?P<p>\d+)@ (?:does|do|will|would) " + _WHAT +
               r"(?P<eqs>(?:,? @\d+@)*(?:,? and @\d+@)?)(?: below)? (?:have|has) " + _HOW +
               r"(?: in @\d+@(?: and @\d+@)?)?\W*(?P<after>(?:@\d+@\W*)*)$"),
    re.compile(r"^(?:find|determine|what is) (?:the (?P<many>values?) of )?(?:the constant )?"
               r"@(?P<p>\d+)@ (?:for which|such that|so that) " + _WHAT +
               r"(?P<eqs>(?:,? @\d+@)*(?:,? and @\d+@)?) (?:has|have) " + _HOW + r"\W*$"),
    re.compile(r"^" + _WHAT + r"(?P<eqs>(?:,? @\d+@)*(?:,? and @\d+@)?) (?:has|have) " + _HOW +
               r"\W+(?:find|what is|determine) (?:the (?P<many>value) of )?@(?P<p>\d+)@\W*$"),
]
VOCAB = frozenset(
    "for what which real value values of the constant number parameter does do will would "
    "following system equations equation linear below have has infinitely many an infinite "
    "no solution solutions in and find determine is such that so".split())
_MAX_UNKNOWNS = 3


def read_degenerate_system(split: Split, template: str) -> Result | None:
    tmpl = template.lower().strip()
    if "solution" not in tmpl or not words_within(tmpl, VOCAB):
        return None
    found = [m for pat in _ASK if (m := pat.match(tmpl))]
    if len(found) != 1:
        return None
    m = found[0]
    p = parse_latex(split.maths[int(m.group("p"))])
    if not isinstance(p, sp.Symbol):
        raise Decline("the constant asked is one letter")
    pieces = [int(i) for i in re.findall(r"@(\d+)@", tmpl) if int(i) != int(m.group("p"))]
    eqs = [r for i in pieces for r in clauses.relations(split.maths[i])]
    if not eqs or any(not isinstance(e, sp.Equality) for e in eqs):
        return None
    unknowns = sorted(set().union(*(e.free_symbols for e in eqs)) - {p}, key=str)
    if not 1 <= len(unknowns) <= _MAX_UNKNOWNS or len(eqs) != len(unknowns) \
            or not any(p in e.free_symbols for e in eqs):
        raise Decline("as many linear equations as unknowns, with the constant in them")
    rows = [sp.expand(e.lhs - e.rhs) for e in eqs]
    if any(not r.is_polynomial(*unknowns, p) or sp.Poly(r, *unknowns).total_degree() > 1
           for r in rows):
        raise Decline("equations linear in the unknowns")
    a_mat = sp.Matrix([[r.coeff(v) for v in unknowns] for r in rows])
    b_vec = sp.Matrix([-r.subs({v: 0 for v in unknowns}) for r in rows])
    many = m.group("how") != "no"
    values = _values(a_mat, b_vec, p, many)
    if not values:
        raise Decline("no value of the constant gives that")
    if m.group("many") != "values" and len(values) != 1:
        raise Decline("more than one value of the constant")
    for v in values:
        got = sp.linsolve((a_mat.subs(p, v), b_vec.subs(p, v)), *unknowns)
        confirm.check(got == sp.EmptySet if not many else bool(got) and any(
            s.free_symbols for s in got), "solved at that value, the system has "
            + ("infinitely many solutions" if many else "no solution"))
    answer = ", ".join(latex(v) for v in values)
    return (values[0] if len(values) == 1 else answer), _steps(a_mat, b_vec, p, values, many)


def _rank(mat: sp.Matrix) -> int:
    return int(mat.rank(simplify=True))


def _holds(a_mat: sp.Matrix, b_vec: sp.Matrix, many: bool) -> bool:
    ra, rab = _rank(a_mat), _rank(a_mat.row_join(b_vec))
    return ra == rab < a_mat.cols if many else ra < rab


def _values(a_mat: sp.Matrix, b_vec: sp.Matrix, p: sp.Symbol, many: bool) -> list[sp.Basic]:
    """The real values of p where the condition holds: zeros of minors, checked exactly."""
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
                    candidates |= {r for r in sp.Poly(minor, p).real_roots()}
    found = [c for c in candidates if _holds(a_mat.subs(p, c), b_vec.subs(p, c), many)]
    return sorted(found, key=float)


def _steps(a_mat: sp.Matrix, b_vec: sp.Matrix, p: sp.Symbol, values: list[sp.Basic],
           many: bool) -> list[Step]:
    det = sp.factor(a_mat.det()) if a_mat.rows == a_mat.cols else None
    what = "infinitely many solutions" if many else "no solution"
    out = [step("write the coefficients", "A linear system has one solution exactly when its "
                "coefficient determinant is not zero.",
                f"Coefficients ${latex(a_mat)}$, right side ${latex(b_vec)}$; determinant "
                f"${latex(det)}$", "")]
    for v in values:
        a_v, b_v = a_mat.subs(p, v), b_vec.subs(p, v)
        out.append(step("check the value", "With the determinant zero, the equations are either "
                        "the same (infinitely many solutions) or contradictory (none).",
                        f"At ${latex(p)} = {latex(v)}$ the coefficients have rank "
                        f"{_rank(a_v)} and with the right side rank "
                        f"{_rank(a_v.row_join(b_v))}: {what}.", ""))
    return out


__all__ = ["read_degenerate_system"]
