"""Typed reader: constants that make an identity in x hold, as in partial fractions.

"Find constants $A$, $B$ and $C$ so that $\\frac{x + 5}{(x - 1)(x + 2)^2} = \\frac{A}{x - 1}
+ \\frac{B}{x + 2} + \\frac{C}{(x + 2)^2}$. Enter the ordered triple $(A, B, C)$", "...
for some constants $A$ and $B$. Find $A + B$." Both sides over one denominator, the
numerator of their difference must be the zero polynomial: each coefficient gives a linear
equation in the constants (SymPy's `linsolve`), which must fix them. The identity with
the constants found is checked at random rational points.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

VOCAB = frozenset("find constants so such that enter the ordered pair triple triplet for some "
                  "by partial fractions your answer as real numbers".split())
_L = r"@\d+@(?:(?:,|,? and)? @\d+@)*"
_ASKS = [
    re.compile(rf"^find (?:the )?(?:real )?(?:constants|numbers) (?P<u>{_L}),? (?:so|such) that "
               r"(?P<id>@\d+@)[.,]? enter (?:your answer as )?the ordered (?:pair|triple|"
               r"triplet) (?P<t>@\d+@)\W*$"),
    re.compile(rf"^(?:by partial fractions,? )?(?P<id>@\d+@),? for some (?:real )?(?:constants|"
               rf"numbers) (?P<u>{_L})[.,]? find (?P<t>@\d+@)\W*$"),
]


def read(split: Split, template: str) -> Result | None:
    if "constants" not in template and "numbers" not in template \
            or not words_within(template, VOCAB):
        return None
    m = next((m for pat in _ASKS if (m := pat.match(template))), None)
    if m is None:
        return None
    unknowns: list[sp.Symbol] = []
    for ref in re.findall(r"@(\d+)@", m.group("u")):
        for part in split.maths[int(ref)].split(","):
            u = parse_latex(part)
            if not isinstance(u, sp.Symbol):
                raise Decline("constants named by letters")
            unknowns.append(u)
    ident = parse_latex(split.maths[int(m.group("id")[1:-1])])
    if not isinstance(ident, sp.Equality):
        raise Decline("an identity")
    rest = ident.free_symbols - set(unknowns)
    if len(rest) != 1 or len(set(unknowns)) != len(unknowns):
        raise Decline("an identity in one letter")
    x = rest.pop()
    num = sp.expand(sp.numer(sp.together(ident.lhs - ident.rhs)))
    if not num.is_polynomial(x) or not all(
            c.is_polynomial(*unknowns) and sp.Poly(c, *unknowns).total_degree() <= 1
            for c in sp.Poly(num, x).all_coeffs()):
        raise Decline("an identity linear in the constants")
    equations = [c for c in sp.Poly(num, x).all_coeffs() if c != 0]
    sols = list(sp.linsolve(equations, unknowns))
    if len(sols) != 1 or any(v.free_symbols for v in sols[0]):
        raise Decline("the constants are not fixed")
    values = dict(zip(unknowns, sols[0], strict=True))
    confirm.identity(ident.lhs.subs(values), ident.rhs.subs(values), "identity")
    target_src = split.maths[int(m.group("t")[1:-1])]
    pair = re.fullmatch(r"\s*\(([^()]*)\)\s*", target_src)
    target = sp.Tuple(*(parse_latex(p) for p in pair.group(1).split(","))) if pair \
        else parse_latex(target_src)
    if not isinstance(target, sp.Basic) or not target.free_symbols <= set(unknowns):
        raise Decline("an expression in the constants")
    answer = target.subs(values)
    shown = ", ".join(f"{latex(c)} = 0" for c in equations)
    found = ", ".join(f"{latex(u)} = {latex(v)}" for u, v in values.items())
    return answer, [
        step("compare coefficients", "Put both sides over one denominator; the numerators "
             "must agree for every x, so each coefficient of their difference is zero.",
             f"${shown}$", shown),
        step("solve for the constants", "Solve the linear equations together.",
             f"${found}$", found)]


__all__ = ["read"]
