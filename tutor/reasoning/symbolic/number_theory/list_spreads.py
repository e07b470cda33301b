"""Reader of the spread of a listed data set: "the standard deviation of 2, 4, 4, 4, 5, 5, 7, 9",
"find the sample variance of 3, 5, 7", "population standard deviation of {1, 2, 3, 4}".

The variance is the mean squared distance from the mean: over the whole population it divides
by n, over a sample by n - 1. Unless the problem says which ("population", "sample"), the
question reads two ways and declines naming both values. The variance is computed in exact
fractions and confirmed by Python's `statistics.pvariance`/`statistics.variance`, a separate
implementation on the same exact fractions; the standard deviation is its square root,
simplified by SymPy and confirmed against `statistics.pstdev`/`statistics.stdev` in floats.
"""

from __future__ import annotations

import math
import re
import statistics
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import WHICH_MEANT, Decline, latex, step
from tutor.reasoning.symbolic.number_theory.sequences import DOTS, list_asked, number
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.verify.notation import maths_text

_SPREAD = re.compile(r"(?:(?:what is|find|compute|determine|calculate|give) )?the "
                     r"(?:(?P<kind>population|sample) )?(?P<what>standard deviation|variance) of "
                     r"(?:the |this |these )?(?:(?:following |given )?(?:numbers|integers|values"
                     r"|set|list|data(?: set)?|scores)(?: of (?:numbers|integers|values))? )?"
                     r"@L@")


def _variance(nums: list[sp.Rational], sample: bool) -> sp.Rational:
    mean = sp.Add(*nums) / len(nums)
    squares = sp.Add(*[(n - mean) ** 2 for n in nums])
    return sp.Rational(squares / (len(nums) - 1 if sample else len(nums)))


def read_spread(split: Split, template: str) -> Result | None:
    if "deviation" not in template and "variance" not in template:
        return None
    got = list_asked(split, template, _SPREAD)
    if got is None or DOTS in got[0] or len(got[0]) < 2:
        return None
    items, m = got
    nums = [number(i) for i in items]
    sd = m.group("what") == "standard deviation"
    if m.group("kind") is None:
        values = [_variance(nums, s) for s in (False, True)]
        shown = [maths_text(latex(sp.sqrt(v) if sd else v)) for v in values]
        raise Decline(f"{WHICH_MEANT}the {m.group('what')} reads two ways: of the whole "
                      f"population (dividing by {len(nums)}) it is {shown[0]}; of a sample "
                      f"(dividing by {len(nums) - 1}) it is {shown[1]}. Say \"population\" or "
                      f"\"sample\" and solve again.")
    sample = m.group("kind") == "sample"
    return spread(nums, sample, sd)


def spread(nums: list[sp.Rational], sample: bool, sd: bool) -> Result:
    fr = [Fraction(int(n.p), int(n.q)) for n in nums]
    n = len(nums)
    mean = sp.Add(*nums) / n
    divisor = n - 1 if sample else n
    total = sp.Add(*[(x - mean) ** 2 for x in nums])
    var = sp.Rational(total / divisor)
    again = statistics.variance(fr) if sample else statistics.pvariance(fr)
    confirm.check(Fraction(int(var.p), int(var.q)) == again,
                  "the statistics module's variance agrees")
    squares = " + ".join(f"({latex(x)} - {latex(mean)})^2" if mean >= 0 else
                         f"({latex(x)} + {latex(-mean)})^2" for x in nums)
    mean_claim = f"\\frac{{{latex(sp.Add(*nums))}}}{{{n}}} = {latex(mean)}"
    var_claim = f"\\frac{{{latex(total)}}}{{{divisor}}} = {latex(var)}"
    steps = [step("find the mean", f"The mean of the {n} numbers.", f"${mean_claim}$",
                  mean_claim),
             step("square the distances", "Add the squared distances from the mean.",
                  f"${squares} = {latex(total)}$", f"{squares} = {latex(total)}"),
             step("divide", f"Divide by {divisor} ({'a sample: n - 1' if sample else 'n'}) for "
                  "the variance.", f"${var_claim}$", var_claim)]
    if not sd:
        return var, steps
    value = sp.sqrt(var)
    floats = [float(x) for x in fr]
    float_sd = statistics.stdev(floats) if sample else statistics.pstdev(floats)
    confirm.check(math.isclose(float(sp.N(value, 30)), float_sd, rel_tol=1e-12),
                  "the statistics module's standard deviation agrees")
    claim = f"\\sqrt{{{latex(var)}}} = {latex(value)}"
    steps.append(step("take the root", "The standard deviation is the variance's square root.",
                      f"${claim}$", claim))
    return value, steps


__all__ = ["read_spread", "spread"]
