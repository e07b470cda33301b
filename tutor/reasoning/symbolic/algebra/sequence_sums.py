"""Two more questions about an arithmetic or geometric sequence read by `sequence_terms`:
the positive difference between two of its terms, and the sum of its first terms (added
one by one, confirmed by the closed formula n(a_1 + a_n)/2 or a_1(1 - r^n)/(1 - r))."""

from __future__ import annotations

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.expressions import final_value
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.number_theory import progressions
from tutor.reasoning.symbolic.parsing import parse_latex
from tutor.reasoning.symbolic.patterns import Result


def _op(v: sp.Basic) -> str:
    return latex(v) if not (v.is_number and v.is_negative) else f"\\left({latex(v)}\\right)"


def _term(kind: str, given: dict[int, sp.Basic], steps_given: dict[str, sp.Basic],
          n: int) -> Result:
    if kind == "arithmetic":
        return progressions.arithmetic(given, steps_given.get("difference"), n)
    return progressions.geometric(given, steps_given.get("ratio"), n, False)


def apart(kind: str, given: dict[int, sp.Basic], steps_given: dict[str, sp.Basic], m: int,
           n: int) -> Result:
    """The positive difference between two terms."""
    if max(m, n, *given) > 10**4 or m == n:
        raise Decline("two different terms, not too far out")
    first, steps = _term(kind, given, steps_given, m)
    second, more = _term(kind, given, steps_given, n)
    if not (isinstance(first, sp.Basic) and isinstance(second, sp.Basic)):
        raise Decline("a term that is not a number")
    value = final_value(sp.Abs(first - second))
    claim = f"\\left|{latex(first)} - {_op(second)}\\right| = {latex(value)}"
    return value, [*steps, *more[-1:], step("the positive difference", "Subtract, and take "
                                            "the size.", f"${claim}$", claim)]


def count_piece(maths: list[str], placeholder: str) -> int:
    v = parse_latex(maths[int(placeholder.strip("@"))])
    if not isinstance(v, sp.Integer) or not 1 <= v <= 200:
        raise Decline("a number of terms that is a small whole number")
    return int(v)


def first_terms_sum(kind: str, given: dict[int, sp.Basic], steps_given: dict[str, sp.Basic],
                     count: int) -> Result:
    """The sum of the first terms, added one by one and confirmed by the closed formula."""
    if max(given) > count + 50:
        raise Decline("a given term far beyond the terms added")
    terms: list[sp.Basic] = []
    for k in range(1, count + 1):
        t = _term(kind, given, steps_given, k)[0]
        if not isinstance(t, sp.Basic):
            raise Decline("a term that is not a number")
        terms.append(t)
    value = final_value(sp.Add(*terms))
    a, b = terms[0], terms[1] if count > 1 else None
    if kind == "arithmetic":
        formula = sp.Rational(count, 2) * (terms[0] + terms[-1])
    elif b is not None and a != 0 and sp.simplify(b / a - 1) != 0:
        r = sp.simplify(b / a)
        formula = a * (1 - r ** count) / (1 - r)
    else:
        formula = a * count
    confirm.check(sp.simplify(formula - value) == 0,
                  "the terms added one by one agree with the sum formula")
    shown = " + ".join(_op(t) for t in terms) if count <= 8 else \
        f"{_op(terms[0])} + {_op(terms[1])} + \\dots + {_op(terms[-1])}"
    claim = f"{shown} = {latex(value)}"
    return value, [step("list the terms", f"Write the first {count} terms.", "The terms are $"
                        + ", ".join(latex(t) for t in terms[:8]) + ("$, ..." if count > 8
                                                                     else "$."), ""),
                   step("add them", "Add the terms.", f"${claim}$",
                        claim if count <= 8 else "")]


__all__ = ["apart", "count_piece", "first_terms_sum"]
