"""Typed reader: a value of a polynomial's letter coefficients that its given roots fix,
while the coefficients themselves stay free (a ratio such as c/d or (b + c)/a).

"The roots of $ax^3 + bx^2 + cx + d = 0$ are $1$, $2$ and $4$. Compute $\\frac{c}{d}$", "Two of
the roots of $px^3 + qx^2 + rx + s = 0$ are $1$ and $-3$. Given that $p \\neq 0$, compute
$\\frac{q + r}{p}$", "The solutions of $ax^2 + bx + c = 0$ are $2$ and $5$. Find $\\frac{b}{c}$".

Each coefficient must be linear in the letters; each given root r gives the linear equation
P(r) = 0. Their solutions form a family (SymPy's `linsolve`, with free letters); the value
asked must not depend on the free letters. When the roots are said to be all the roots,
they must be as many as the degree and distinct. Confirmed on three members of the family
(free letters given fixed numbers): each given root is among the member's roots computed
numerically (mpmath, 40 digits), and the value asked is computed there again.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.polynomials.reading import complex_value, numeric_roots
from tutor.reasoning.symbolic.typed import words_within

VOCAB = frozenset("roots zeros solutions of the equation polynomial cubic quadratic quartic "
                  "are is one two three given that compute find determine what value "
                  "and".split())
_LIST = r"@\d+@(?:(?:,|,? and)? @\d+@)*"
_OF = r"(?:roots|zeros|solutions) of (?:the )?(?:(?:cubic|quadratic|quartic|polynomial|" \
      r"equation) )*"
_SAID = re.compile(rf"^(?:(?P<some>one|two|three|@\d+@) of )?the {_OF}(?P<p>@\d+@),? "
                   rf"(?:are|is) (?P<r>{_LIST})[.,;]? (?:given that (?P<g>@\d+@),? )?"
                   r"(?:compute|find|determine|what is)(?: the value of)? (?P<t>@\d+@)\W*$")
_NEQ = re.compile(r"^\s*([a-zA-Z])\s*\\neq?\s*0\s*$")
_TRIES = ((3, -2, 5), (7, 4, -3), (-5, 9, 2))


def read(split: Split, template: str) -> Result | None:
    m = _SAID.match(template.strip())
    if m is None or not words_within(template, VOCAB):
        return None
    p_expr = parse_latex(split.maths[int(m.group("p")[1:-1])])
    if isinstance(p_expr, sp.Equality):
        p_expr = p_expr.lhs - p_expr.rhs
    target = parse_latex(split.maths[int(m.group("t")[1:-1])])
    if not isinstance(p_expr, sp.Expr) or not isinstance(target, sp.Expr):
        return None
    x = sp.Symbol("x")
    if x not in p_expr.free_symbols or p_expr.has(sp.E) or target.has(sp.E):
        raise Decline("a polynomial in x with letter coefficients")
    roots = []
    for k in re.findall(r"@(\d+)@", m.group("r")):
        roots += [complex_value(part) for part in split.maths[int(k)].split(",")
                  if part.strip()]
    nonzero = None
    if m.group("g"):
        neq = _NEQ.match(split.maths[int(m.group("g")[1:-1])])
        if neq is None:
            raise Decline("a condition that a letter is not 0")
        nonzero = sp.Symbol(neq.group(1))
    return _solve(sp.Poly(sp.expand(p_expr), x), roots, target, m.group("some"), nonzero)


def _solve(p: sp.Poly, roots: list[sp.Expr], target: sp.Expr, some: str | None,
           nonzero: sp.Symbol | None) -> Result:
    letters = sorted(p.free_symbols - {p.gen}, key=str)
    if any(len(str(v)) != 1 for v in letters):
        raise Decline("coefficients named by single letters (dx is not d times x)")
    if not letters or not target.free_symbols or not target.free_symbols <= set(letters) \
            or nonzero is not None and nonzero not in letters:
        raise Decline("a value of the polynomial's letters")
    if any(sp.Poly(c, *letters).total_degree() > 1 for c in p.all_coeffs()):
        raise Decline("coefficients linear in the letters")
    if len(set(roots)) != len(roots) or not roots:
        raise Decline("distinct roots given")
    if some is None and len(roots) != p.degree():
        raise Decline("all the roots: as many as the degree")
    if some is not None and len(roots) >= p.degree():
        raise Decline("some of the roots: fewer than the degree")
    equations = [sp.expand(p.as_expr().subs(p.gen, r)) for r in roots]
    family = list(sp.linsolve(equations, letters))
    if len(family) != 1:
        raise Decline("a family of coefficients")
    member = dict(zip(letters, family[0], strict=True))
    free = sorted(set().union(*(v.free_symbols for v in member.values())), key=str)
    num, den = sp.fraction(sp.together(target))
    den_on = sp.expand(den.subs(member))
    lead_on = sp.expand(p.LC().subs(member))
    if den_on == 0 or lead_on == 0 or nonzero is not None and member[nonzero] == 0:
        raise Decline("the value asked defined on the family")
    value = sp.simplify(num.subs(member) / den_on)
    if value.free_symbols:
        raise Decline("a value that the roots fix")
    checked = 0
    for tries in _TRIES:
        at = dict(zip(free, tries[:len(free)], strict=False))
        if len(free) > len(tries) or den_on.subs(at) == 0 or lead_on.subs(at) == 0:
            continue
        numbers = {k: v.subs(at) for k, v in member.items()}
        found = numeric_roots(sp.Poly(p.as_expr().subs(numbers), p.gen))
        confirm.check(all(min(abs(complex(r) - complex(f)) for f in found)
                          < 1e-12 * (1 + abs(complex(r))) for r in roots),
                      "each given root is a root of members of the family, computed "
                      "numerically")
        confirm.value(target.subs(numbers), value, "the value at members of the family")
        checked += 1
    if checked < 2:
        raise Decline("members of the family to check on")
    shown = ", ".join(f"{latex(k)} = {latex(v)}" for k, v in member.items())
    claim = f"{latex(target)} = {latex(value)}"
    return value, [
        step("substitute the roots", "Each root makes the polynomial 0: linear equations in "
             "the coefficients.", f"Solving them: ${shown}$.", shown),
        step("evaluate", "The free letters cancel.", f"${claim}$", claim)]


__all__ = ["read"]
