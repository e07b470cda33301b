"""Typed reader: the discriminant of a quadratic.

"Find the discriminant of $3x^2 + 4x - 1$", "What is the discriminant of the quadratic
equation $2t^2 = 5t - 3$?", "Compute the discriminant of $x^2 + \\frac{1}{2}x + 1$." It is
$b^2 - 4ac$ of the quadratic (an equation is first written with zero on one side, its
leading coefficient as written on the left); confirmed through the roots, as
$a^2 (r_1 - r_2)^2$.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, evaluated, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

VOCAB = frozenset("discriminant quadratic equation expression polynomial".split())
_ASK = re.compile(r"(?:^|\b(?:find|what is|compute|determine|give|calculate) )the discriminant"
                  r" of (?:the )?(?:quadratic )?(?:equation |expression |polynomial )?"
                  r"@(?P<e>\d+)@\W*$")


def read_discriminant(split: Split, template: str) -> Result | None:
    w = words(template)
    if "discriminant" not in w or w - FILLER - VOCAB:
        return None
    m = _ASK.search(template)
    if m is None or len(re.findall(r"@\d+@", template)) != 1:
        return None
    e = evaluated(parse_latex(split.maths[int(m.group("e"))]))
    if isinstance(e, sp.Equality):
        if e.rhs != 0 and e.lhs != 0:
            raise Decline("the discriminant of an equation not written as ... = 0 depends "
                          "on how it is rearranged")
        e = e.lhs if e.rhs == 0 else e.rhs
    if not isinstance(e, sp.Expr) or len(e.free_symbols) != 1:
        raise Decline("a quadratic in one letter")
    x = next(iter(e.free_symbols))
    if not e.is_polynomial(x) or sp.degree(e, x) != 2:
        raise Decline("a quadratic")
    a, b, c = sp.Poly(e, x).all_coeffs()
    if e.free_symbols != {x} or not all(v.is_number for v in (a, b, c)):
        raise Decline("numeric coefficients")
    disc = sp.simplify(b**2 - 4 * a * c)
    roots = sp.solve(e, x)
    r1, r2 = roots if len(roots) == 2 else (roots * 2)[:2]  # a double root: r1 = r2
    if len(roots) == 1 and sp.expand(a * (x - r1) ** 2 - e) != 0:
        raise Decline("the roots of the quadratic could not be found")
    confirm.check(sp.simplify(a**2 * (r1 - r2) ** 2 - disc) == 0,
                  "a^2 times the squared difference of the roots is the discriminant")
    claim = f"({latex(b)})^2 - 4 \\cdot ({latex(a)}) \\cdot ({latex(c)}) = {latex(disc)}"
    return disc, [step("the discriminant", "For $ax^2 + bx + c$ it is $b^2 - 4ac$.",
                       f"${claim}$", claim)]


__all__ = ["read_discriminant"]
