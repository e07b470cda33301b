"""The integers of a solution set, given as runs lo..hi (`integer_bounds`): their sum, product
or mean, or the short list of them. Each is found from the runs (the pairing formula for a
sum) and confirmed by testing the integers one by one in the original inequalities
(`tested`, exact substitution by `members`).
"""

from __future__ import annotations

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, latex, operand, step

Result = tuple[sp.Basic | str, list[Step]]
ENUMERATE = 300  # integers tested one by one when the range is at most this long


def members(rels: list[sp.Basic], x: sp.Symbol, n: int) -> bool:
    """Whether the integer n satisfies every inequality, by exact substitution."""
    for r in rels:
        try:
            got = r.subs(x, n)
        except (TypeError, ZeroDivisionError):
            return False
        if got is sp.false:
            return False
        if got is not sp.true:
            if got.has(sp.zoo, sp.nan) or any(a.has(sp.zoo, sp.nan) for a in got.args):
                return False
            raise Decline(f"cannot decide the inequality at {n}")
    return True


def combine(rels: list[sp.Basic], x: sp.Symbol, parts: list[tuple[int, int]],
             steps: list[Step], ask: str) -> Result:
    """The sum (by the pairing formula per run), mean or product of the integers, confirmed
    by testing every integer of the range and combining those that satisfy the conditions."""
    if not parts or parts[-1][1] - parts[0][0] > ENUMERATE:
        raise Decline("too many integers to combine one by one")
    if ask == "mean":
        return _mean(rels, x, parts, steps)
    if ask == "sum":
        value = _paired_sum(parts)
    else:
        value = 0 if any(lo <= 0 <= hi for lo, hi in parts) else 1
        for lo, hi in parts:
            for n in range(lo, hi + 1) if value else ():
                value *= n
    members = tested(rels, x, parts)
    direct = sum(members) if ask == "sum" else sp.prod(members)
    confirm.check(direct == value, f"the {ask} of the integers tested one by one is {value}")
    listed = [n for lo, hi in parts for n in range(lo, hi + 1)]
    op = " + " if ask == "sum" else " \\cdot "
    if len(listed) <= 12:
        claim = op.join(operand(n) for n in listed) + f" = {value}"
    elif ask == "sum":
        claim = " + ".join(f"\\frac{{\\left({lo} + {operand(hi)}\\right) \\cdot "
                           f"{hi - lo + 1}}}{{2}}" for lo, hi in parts) + f" = {value}"
    else:
        claim = ""
    what = "add" if ask == "sum" else "multiply"
    steps.append(step(f"{what} the integers", "The integers in the solution set are "
                      + ", ".join(f"{lo} to {hi}" for lo, hi in parts) + ".",
                      f"${claim}$" if claim else f"The product is ${value}$.", claim))
    return sp.Integer(value), steps


def _paired_sum(parts: list[tuple[int, int]]) -> int:
    """The sum of the integers of each run lo..hi by the pairing formula."""
    return sum((lo + hi) * (hi - lo + 1) // 2 for lo, hi in parts)


def tested(rels: list[sp.Basic], x: sp.Symbol, parts: list[tuple[int, int]]) -> list[int]:
    """The integers from just below the first run to just above the last that pass the
    inequalities, tested one by one (the second method)."""
    return [n for n in range(parts[0][0] - 2, parts[-1][1] + 3) if members(rels, x, n)]


def _mean(rels: list[sp.Basic], x: sp.Symbol, parts: list[tuple[int, int]],
          steps: list[Step]) -> Result:
    """The mean of the integers: their sum by the pairing formula over their count;
    confirmed by averaging the integers that pass the inequalities one by one."""
    count = sum(hi - lo + 1 for lo, hi in parts)
    total = _paired_sum(parts)
    value = sp.Rational(total, count)
    members = tested(rels, x, parts)
    confirm.check(bool(members) and sp.Rational(sum(members), len(members)) == value,
                  "the integers tested one by one have the same mean")
    claim = f"\\frac{{{total}}}{{{count}}} = {latex(value)}"
    steps.append(step("average the integers", "Add the integers in the solution set ("
                      + ", ".join(f"{lo} to {hi}" for lo, hi in parts) + ") and divide by "
                      "how many there are.", f"${claim}$", claim))
    return value, steps


def listed_integers(rels: list[sp.Basic], x: sp.Symbol, parts: list[tuple[int, int]],
            steps: list[Step]) -> Result:
    """Every integer of the solution set (a short list), each tested in the inequalities."""
    listed = [n for lo, hi in parts for n in range(lo, hi + 1)]
    if not listed or len(listed) > 20:
        raise Decline("no short list of integers")
    confirm.check(tested(rels, x, parts) == listed,
                  "the integers tested one by one are the ones listed")
    shown_list = ", ".join(str(n) for n in listed)
    steps.append(step("list the integers", "Write out the whole numbers in the solution set.",
                      f"The integers are ${shown_list}$.", ""))
    return shown_list, steps


__all__ = ["ENUMERATE", "combine", "listed_integers", "members", "tested"]
