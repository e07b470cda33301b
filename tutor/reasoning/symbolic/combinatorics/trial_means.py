"""The expected number of successes (or failures) in independent trials with one chance
each: n p by linearity of expectation, confirmed by the mean of the distribution of the
number of successes built trial by trial (`trials.successes`)."""

from __future__ import annotations

from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.trials import Trials, successes
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.patterns import Result


def mean(trials: Trials, failure: bool, words: str) -> Result:
    if len(trials.groups) != 1:
        raise Decline("trials with one chance each")
    n, p = trials.groups[0]
    if not 1 <= n <= 200 or not 0 < p < 1:
        raise Decline("a modest number of trials with a chance strictly between 0 and 1")
    q = 1 - p if failure else p
    value = n * q
    dist = successes(trials)
    second = sum((Fraction(n - h if failure else h) * c for h, c in enumerate(dist)),
                 Fraction(0))
    confirm.check(second == value, f"the mean of the distribution of the number of {words} "
                                   f"is {second}")
    qt = latex(sp.Rational(q.numerator, q.denominator))
    v = sp.Rational(value.numerator, value.denominator)
    claim = f"{n} \\cdot {qt} = {latex(v)}"
    return v, [step("linearity of expectation", f"Each of the {n} trials adds {qt} to the "
                    f"expected number of {words}.", f"${claim}$", claim)]


__all__ = ["mean"]
