"""The amounts of periods that grow (or shrink) by the same number each period, told by
`growing_totals` ("Jenny read 20 pages on Monday, and each day after she read 5 more pages
than the day before"): one period's amount or their total. The total is n (2a + (n - 1) d) / 2;
confirmed by adding the periods one by one in integers, and the last amount by adding d
period by period.
"""

from __future__ import annotations

from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import step
from tutor.reasoning.symbolic.patterns import Result


def terms(a: int, d: int, n: int) -> list[int]:
    """The first n terms from a, changing by d: counted one by one, not by a + (k - 1) d."""
    out, v = [], a
    for _ in range(n):
        out.append(v)
        v += d
    return out


def added_totals(a: int, d: int, n: int, total: bool) -> Result:
    """The last of n periods starting at a and changing by d each period, or their total."""
    each = terms(a, d, n)
    last = a + (n - 1) * d
    confirm.check(each[-1] == last, "the last period's amount, added up period by period")
    how = f"add {d}" if d >= 0 else f"take away {-d}"
    listed = ", ".join(str(x) for x in each)
    steps = [step("each period", f"Start at {a} and {how} each period, {n} periods.",
                  f"${listed}$")]
    if not total:
        claim = f"{a} + ({n} - 1) \\cdot {d} = {last}" if d >= 0 else \
            f"{a} - ({n} - 1) \\cdot {-d} = {last}"
        steps.append(step("the last period", "The first amount plus the change, once for each "
                          "period after the first.", f"${claim}$", claim))
        return sp.Integer(last), steps
    added = 0
    for x in each:
        added += x
    closed = Fraction(n * (a + last), 2)
    confirm.check(closed == added, "the periods added one by one")
    claim = f"\\frac{{{n} \\cdot ({a} + {last})}}{{2}} = {added}"
    steps.append(step("add them", "Number of periods times the average of the first and last.",
                      f"${claim}$", claim))
    return sp.Integer(added), steps


__all__ = ["added_totals", "terms"]
