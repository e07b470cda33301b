"""Typed reader: a quartic equation in x and y whose graph is two conics; which two types.

"The graph of $y^4 - 9x^4 = 4y^2 - 4$ is the union of the graphs of two different conic
sections. Which two types of conic sections are they? (Write your answer as a list, with "C"
for circle, "E" for ellipse, "H" for hyperbola, and "P" for parabola. ...)".

The difference of the two sides must factor over the rationals into exactly two different
quadratics, each a conic that is not degenerate (`conic_shapes.kind`); the answer lists
their letters. Confirmed independently: points of each quadratic found numerically
(`conic_shapes.points`) satisfy the equation as written at 50 digits, and the conic fitted
through them (`geometry.curve_kinds.fitted_kind`) has the same name. Lines, a point, a
factor with no real point, or a factorisation needing irrational numbers: declined.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.conic_kinds import LETTER, satisfies
from tutor.reasoning.symbolic.algebra.conic_shapes import X, Y, kind, points
from tutor.reasoning.symbolic.geometry.curve_kinds import fitted_kind
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_ASKED = re.compile(r"\bunion of (?:the graphs of )?two (?:different )?conic sections\b.*"
                    r"\bwhich two (?:types|kinds) of conic sections\b")
_VOCAB = frozenset(
    "graph graphs union two different conic sections types kinds they write your answer as "
    "list with c for circle e ellipse h hyperbola p parabola example you think consists of "
    "and may use letter twice".split())


def read(split: Split, template: str) -> Result | None:
    low = re.sub(r"\s+", " ", template.lower())
    if not _ASKED.search(low) or not words_within(low, _VOCAB):
        return None
    equations = [s for s in split.maths if "=" in s]
    if len(equations) != 1:
        raise Decline("one equation of the graph")
    eq = parse_latex(equations[0])
    if not isinstance(eq, sp.Eq) or eq.free_symbols != {X, Y}:
        raise Decline("one equation in x and y")
    try:
        unit, factors = sp.factor_list(sp.expand(eq.lhs - eq.rhs), X, Y)
    except sp.PolynomialError as exc:
        raise Decline("a polynomial equation in x and y") from exc
    if len(factors) != 2 or any(m != 1 or sp.Poly(f, X, Y).total_degree() != 2
                                for f, m in factors):
        raise Decline("two different quadratic factors over the rationals")
    names = [kind(f) for f, _m in factors]
    if "none" in names:
        raise Decline("a factor that is not a conic")
    with mpmath.workdps(50):
        for (f, _m), name in zip(factors, names, strict=True):
            pts = points(f)
            confirm.check(len(pts) >= 12 and all(satisfies(eq, q) for q in pts)
                          and fitted_kind(pts)[0] == name,
                          f"points of ${latex(f)} = 0$ satisfy the equation and lie on a {name}")
    answer = ", ".join(LETTER[n] for n in names)
    prefix = {1: "", -1: "-"}.get(unit, f"{latex(unit)} ")
    shown = prefix + " ".join(f"\\left({latex(f)}\\right)" for f, _m in factors)
    claim = f"{latex(sp.expand(eq.lhs - eq.rhs))} = {shown}"
    return answer, [step("factor", "Bring everything to one side and factor: each factor "
                         "equal to 0 is one conic, named by $B^2 - 4AC$.",
                         f"${claim}$: {' and '.join(map(_named, names))}.", claim)]


def _named(name: str) -> str:
    return f"an {name}" if name[0] in "aeiou" else f"a {name}"


__all__ = ["read"]
