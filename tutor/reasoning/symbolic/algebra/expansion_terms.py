"""Terms of an expansion that `expansions.read_coefficient` hands on: the coefficient of a
monomial in two or more letters ("x^2y^3" in (x + y)^5), and the constant term or a
coefficient of a binomial's power with the letter in a denominator ("(2x^2 - 1/x)^6").
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.number_theory.divisors import expansion_coefficient
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_MONOMIAL = re.compile(r"\s*(?:([a-z])\s*(?:\^\s*\{?\s*(\d+)\s*\}?)?\s*)+")


def monomial_coefficient(e: sp.Expr, src: str) -> Result:
    """The coefficient of x^a y^b ... (other letters kept as numbers), confirmed by
    differentiating a times in x, b times in y ... at 0 and dividing by a! b! ..."""
    if not _MONOMIAL.fullmatch(src):
        raise Decline("the term asked about")
    powers: dict[sp.Symbol, int] = {}
    for letter, k in re.findall(r"([a-z])\s*(?:\^\s*\{?\s*(\d+)\s*\}?)?", src):
        x = sp.Symbol(letter)
        if x in powers or x not in e.free_symbols:
            raise Decline("a letter twice, or one the expression does not have")
        powers[x] = int(k or 1)
    letters = list(powers)
    value = sp.expand(sp.Poly(sp.expand(e), *letters).coeff_monomial(
        sp.Mul(*[x**k for x, k in powers.items()])))
    again = e
    for x, k in powers.items():
        again = sp.diff(again, x, k)
    again = sp.expand(again.subs({x: 0 for x in letters}) / sp.Mul(
        *[sp.factorial(k) for k in powers.values()]))
    confirm.check(sp.expand(value - again) == 0, "differentiating in each letter at 0 and "
                  "dividing by the factorials gives the same coefficient")
    mono = latex(sp.Mul(*[x**k for x, k in powers.items()]))
    return value, [step("expand", "Multiply out and collect like terms.",
                        f"${latex(e)} = {latex(sp.expand(e))}$", ""),
                   step("read the coefficient", f"Read off the coefficient of ${mono}$.",
                        f"The coefficient of ${mono}$ is ${latex(value)}$.", "")]


def only_letter(e: sp.Basic, split: Split, free: str | None) -> None:
    """'The term independent of x': x must be the expression's one letter."""
    if free is not None and {str(x) for x in e.free_symbols} != {split.maths[int(free)].strip()}:
        raise Decline("the term free of a letter the expression does not have alone")


def binomial_term(split: Split, expr: int, k_piece: str) -> Result:
    """The constant term or a monomial's coefficient of a binomial's power, term by term
    (`divisors.expansion_coefficient`, confirmed by multiplying the power out)."""
    return expansion_coefficient(split.maths[expr].strip().rstrip(",."),
                                 split.maths[int(k_piece)] if k_piece else None)


__all__ = ["binomial_term", "monomial_coefficient", "only_letter"]
