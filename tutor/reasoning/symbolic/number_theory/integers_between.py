"""How many integers lie between two numbers that need not be whole: "How many integers are
between $\\sqrt{7}$ and $\\sqrt{77}$?", "How many whole numbers lie between $\\sqrt[3]{10}$
and $\\sqrt[3]{200}$?", "How many integers fall between $(2.1)^3$ and $(2.2)^3$ on the number
line?".

The integers strictly between a < b are ceil(a), ..., floor(b): each end's whole part is found
two ways (`rounding.bounded`: SymPy's exact floor or ceiling and a 60-digit bound). An end that
is itself a whole number is left to the readers of whole ranges (`integer_sets`), since
"between" may or may not include it. The count floor(b) - ceil(a) + 1 is confirmed by testing
every integer from floor(a) to ceil(b) against both ends as 60-digit decimals.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.number_theory.rounding import bounded
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

_ASK = re.compile(r"how many (?P<kind>integers|whole numbers|positive integers) (?:are (?:there )?"
                  r"|lie |fall |can be found )?(?:strictly )?between @(?P<a>\d+)@ and "
                  r"@(?P<b>\d+)@(?: on (?:a|the) (?:real )?number line)?")
_MOST = 10**6  # integers to test one by one in the confirmation
_DPS = 60


def _end(src: str) -> sp.Basic | None:
    """An end of the range as an exact real constant; None when it is a whole number."""
    v = parse_latex(src)
    if isinstance(v, sp.Basic) and not v.free_symbols:
        v = v.doit()
    if not isinstance(v, sp.Expr) or v.free_symbols or v.is_real is not True:
        raise Decline("an end of the range that is not a real number")
    return None if v.is_Integer else v


def _confirmed_count(a: sp.Basic, b: sp.Basic, lo: int, hi: int, count: int) -> None:
    """Test each integer near and inside the range against both ends at 60 digits."""
    if hi - lo > _MOST:
        raise Decline("too many integers to confirm one by one")
    with mpmath.workdps(_DPS):
        ends = [numeric.to_mp(sp.N(e, _DPS + 10)) for e in (a, b)]
        if any(x is None or x.imag != 0 for x in ends):
            raise Decline("no numerical value for an end")
        x_a, x_b = (x.real for x in ends)  # type: ignore[union-attr]
        inside = sum(1 for n in range(lo - 1, hi + 2) if x_a < n < x_b)
    confirm.check(inside == count, "testing each integer against both ends gives the same count")


def read(split: Split, template: str) -> Result | None:
    m = _ASK.fullmatch(template.strip(" .?"))
    if m is None or len(split.maths) != 2:
        return None
    read_ends = [_end(split.maths[int(m.group(g))]) for g in ("a", "b")]
    ends = [e for e in read_ends if e is not None]
    if len(ends) != 2:
        return None  # a whole end: "between" with or without it, read by integer_sets
    a, b = sorted(ends, key=lambda e: sp.N(e, _DPS))
    if sp.simplify(b - a).is_positive is not True:
        raise Decline("the two ends are not two different numbers")
    if m.group("kind") != "integers" and not a.is_nonnegative:
        raise Decline("whole or positive numbers in a range reaching below 0")
    first, last = bounded(a, "ceiling"), bounded(b, "floor")
    count = max(0, last - first + 1)
    _confirmed_count(a, b, first, last, count)
    shown_first = f"({first})" if first < 0 else str(first)
    counted = f"{last} - {shown_first} + 1 = {count}"
    between = (f"${latex(a)} < {first} \\le n \\le {last} < {latex(b)}$: ${counted}$" if count
               else f"no integer $n$ has ${latex(a)} < n < {latex(b)}$")
    steps = [
        step("bound the ends", "The smallest integer above the lower end is its ceiling, the "
             "largest below the upper end is its floor.",
             f"$\\lceil {latex(a)} \\rceil = {first}$ and $\\lfloor {latex(b)} \\rfloor = {last}$",
             ""),
        step("count the integers", "The integers between are the ceiling of the lower end up to "
             "the floor of the upper end.", between, counted if count else "")]
    return sp.Integer(count), steps


__all__ = ["read"]
