"""Typed reader: a coefficient of a second polynomial whose roots are expressions in the
roots of a first one.

"Let $r$ and $s$ be the roots of $x^2 - 5x + 3 = 0$, and suppose $r + \\frac1s$ and
$s + \\frac1r$ are the roots of $x^2 - px + q = 0$. Find $q$", "The roots of
$x^3 - 2x^2 + 4x - 1 = 0$ are $a, b, c$, and the roots of $x^3 + ux^2 + vx + w = 0$ are
$ab$, $bc$, $ca$. Compute $w$". The first polynomial may carry letters of its own ($m$ in
$x^2 - mx + 2$) when the answer does not depend on them.

By Vieta, the second polynomial is its leading coefficient times the product of (x - g_i);
each of its coefficients is then an elementary symmetric sum of the g_i, which must be
symmetric in the named roots (SymPy's `symmetrize` leaves no remainder) and so is a
polynomial in the first polynomial's coefficients. The unknown coefficients are solved from
those equations; the value asked must come out the same for every solution and free of
the first polynomial's own letters. Confirmed numerically: for two choices of those letters
the first polynomial's roots are computed with mpmath (40 digits), the g_i evaluated there,
the product of (x - g_i) multiplied out, and the solved coefficients compared with it.
"""

from __future__ import annotations

import re
from itertools import combinations

import mpmath
import sympy as sp
from sympy.polys.polyfuncs import symmetrize

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.polynomials.reading import numeric_roots
from tutor.reasoning.symbolic.typed import words_within

VOCAB = frozenset("let suppose assume that be are the roots zeros of equation polynomial "
                  "and find compute determine what value cubic quadratic".split())
_LIST = r"@\d+@(?:(?:,|,? and)? @\d+@)*"
_OF = r"(?:roots|zeros) of (?:the )?(?:(?:cubic|quadratic|polynomial|equation) )*"
_CLAUSES = [re.compile(rf"(?P<list>{_LIST}),? (?:be|are) the {_OF}(?P<p>@\d+@)"),
            re.compile(rf"the {_OF}(?P<p>@\d+@),? are (?P<list>{_LIST})")]
_ASK = re.compile(r"(?:find|compute|determine|what is)(?: the value of)? (@\d+@)\W*$")
_TRIES = (sp.Rational(7, 3), sp.Rational(-5, 2))


def read(split: Split, template: str) -> Result | None:
    if template.count("roots") + template.count("zeros") != 2 \
            or not words_within(template, VOCAB):
        return None
    ask = _ASK.search(template)
    found = sorted((m.start(), m) for c in _CLAUSES for m in c.finditer(template))
    if ask is None or len(found) != 2:
        return None
    (_, first), (_, second) = found
    names = _listed(split, first.group("list"))
    images = _listed(split, second.group("list"))
    if not all(isinstance(n, sp.Symbol) for n in names) or len(set(names)) != len(names):
        return None  # the first list must name the roots with letters
    target = _piece(split.maths[int(ask.group(1)[1:-1])])
    return _solve(_side(split, first.group("p")), names, _side(split, second.group("p")),
                  images, target)


def _listed(split: Split, found: str) -> list[sp.Expr]:
    """The expressions of a list, a piece `a, b, c` read as three."""
    out = []
    for k in re.findall(r"@(\d+)@", found):
        depth, start, src = 0, 0, split.maths[int(k)]
        for i, ch in enumerate(src + ","):
            depth += (ch in "{([") - (ch in "})]")
            if ch == "," and depth == 0:
                if src[start:i].strip():
                    out.append(_piece(src[start:i]))
                start = i + 1
    return out


def _piece(src: str) -> sp.Expr:
    e = parse_latex(src.strip())
    if not isinstance(e, sp.Expr):
        raise Decline("an expression")
    return e


def _side(split: Split, k: str) -> sp.Expr:
    e = parse_latex(split.maths[int(k[1:-1])])
    if isinstance(e, sp.Equality):
        e = e.lhs - e.rhs
    if not isinstance(e, sp.Expr):
        raise Decline("a polynomial")
    return sp.expand(e)


def _solve(p_expr: sp.Expr, names: list, q_expr: sp.Expr, images: list[sp.Expr],
           target: sp.Expr) -> Result:
    if p_expr.has(sp.E) or q_expr.has(sp.E):
        raise Decline("e as a coefficient's letter or Euler's number?")
    shared = p_expr.free_symbols & q_expr.free_symbols
    if len(shared) != 1:
        raise Decline("one variable shared by the two polynomials")
    x = shared.pop()
    params = p_expr.free_symbols - {x}
    unknowns = q_expr.free_symbols - {x}
    if set(names) & (params | unknowns | {x}) or params & unknowns or not unknowns:
        raise Decline("the roots, the letters of each polynomial kept apart")
    p, q = sp.Poly(p_expr, x), sp.Poly(q_expr, x)
    n = p.degree()
    if n != len(names) or q.degree() != len(images) or not 2 <= n <= 4:
        raise Decline("one named root for each degree")
    if not p.LC().is_number or p.LC() == 0 or not q.LC().is_number or q.LC() == 0:
        raise Decline("leading coefficients that are numbers")
    if not all(g.free_symbols <= set(names) for g in images) \
            or not target.free_symbols <= unknowns:
        raise Decline("roots written through the named roots, a value of the coefficients")
    vieta = {f"s{k}": (-1) ** k * p.all_coeffs()[k] / p.LC() for k in range(1, n + 1)}
    m = len(images)
    equations = []
    for k in range(1, m + 1):
        e_k = sp.Add(*[sp.Mul(*c) for c in combinations(images, k)])
        equations.append(sp.expand(q.all_coeffs()[k] - (-1) ** k * q.LC()
                                   * _through_coefficients(e_k, names, vieta)))
    sols = sp.solve(equations, sorted(unknowns, key=str), dict=True)
    if any(set(s) != unknowns or any(v.free_symbols - params for v in s.values())
           for s in sols):
        raise Decline("every coefficient of the second polynomial fixed")
    values = {sp.simplify(target.subs(s)) for s in sols}
    if not sols or len(values) != 1:
        raise Decline("one value of the coefficients asked")
    value = values.pop()
    if value.free_symbols:
        raise Decline("a value that does not depend on the first polynomial's letters")
    _confirm(p, names, q, images, sols, params)
    q_shown = latex(sp.expand(q.LC() * sp.prod([x - g for g in images])))
    claim = f"{latex(target)} = {latex(value)}"
    return value, [
        step("Vieta", "Write the second polynomial from its roots, and each symmetric sum "
             "of them through the first polynomial's coefficients.",
             f"The second polynomial is ${q_shown}$, worked out by Vieta's formulas.", q_shown),
        step("compare coefficients", "Match its coefficients.", f"${claim}$", claim)]


def _through_coefficients(e: sp.Expr, names: list, vieta: dict[str, sp.Expr]) -> sp.Expr:
    """A symmetric expression in the roots through the first polynomial's coefficients."""
    num, den = sp.fraction(sp.together(e))
    parts = []
    for part in (num, den):
        sym, rest, defs = symmetrize(sp.expand(part), *names, formal=True)
        if rest != 0:
            raise Decline("the second polynomial's coefficients symmetric in the roots")
        parts.append(sym.subs({d[0]: vieta[str(d[0])] for d in defs}))
    if sp.simplify(parts[1]) == 0:
        raise Decline("a root of the second polynomial undefined")
    return sp.simplify(parts[0] / parts[1])


def _confirm(p: sp.Poly, names: list, q: sp.Poly, images: list[sp.Expr],
             sols: list[dict], params: set) -> None:
    tries = [dict(zip(sorted(params, key=str), (t + k for k in range(len(params))),
                      strict=True)) for t in _TRIES]
    for at in tries:
        roots = numeric_roots(sp.Poly(p.as_expr().subs(at), p.gen))
        point = dict(zip(names, roots, strict=True))
        with mpmath.workdps(40):
            coeffs = [mpmath.mpc(1)]
            for g in images:
                z = numeric.to_mp(g.subs(point))
                if z is None:
                    raise Decline("the second polynomial's roots computed numerically")
                coeffs = [a - z * b for a, b in zip([*coeffs, 0], [0, *coeffs], strict=True)]
            for sol in sols:
                for k, c in enumerate(q.all_coeffs()):
                    want = c.subs(sol).subs(at)
                    confirm.number(numeric.to_mp(q.LC()) * coeffs[k], want,
                                   "the second polynomial multiplied out from its roots, "
                                   "computed numerically from the first polynomial's roots")


__all__ = ["read"]
