"""Counting shapes of the remaining whole-sentence templates: committees with both
parties, offices and two groups; each count is exact with a checkable
formula. Choices, letters and seatings are read by type (`selections`, `letters`,
`arrangements`)."""

from __future__ import annotations

import sympy as sp

from tutor.reasoning.symbolic.model import Decline, Step, step

Result = tuple[sp.Basic | str, list[Step]]
_LIMIT = 200


def _one(rule: str, hint: str, claim: str) -> Step:
    return step(rule, hint, f"${claim}$", claim)


def _small(*ns: int) -> None:
    if any(not 0 <= n <= _LIMIT for n in ns):
        raise Decline("counts out of range")


def each_party(a: int, b: int, k: int) -> Result:
    """Committees of k from a + b people with at least one from each side."""
    _small(a, b, k)
    if a < 1 or b < 1 or not 2 <= k <= a + b:
        raise Decline("a sensible committee")
    total = sp.binomial(a + b, k)
    va, vb = sp.binomial(a, k), sp.binomial(b, k)
    v = total - va - vb
    claim = (f"\\binom{{{a + b}}}{{{k}}} - \\binom{{{a}}}{{{k}}} - \\binom{{{b}}}{{{k}}} = "
             f"{total} - {va} - {vb} = {v}")
    return v, [_one("subtract the one-party committees", "All committees, minus those drawn "
                    "from only one party.", claim)]


def assign_distinct(people: int, places: int) -> Result:
    """Ordered assignments of people to different places, no place shared."""
    _small(people, places)
    if not 1 <= people <= places or people > 12:
        raise Decline("more people than places")
    v = sp.ff(places, people)
    factors = " \\cdot ".join(str(places - i) for i in range(people))
    return v, [_one("choose in turn", "The first has every choice, the next one fewer, and "
                    "so on.", f"{factors} = {v}" if people > 1 else f"{places} = {v}")]


def choose_two_groups(a: int, k: int, b: int, j: int) -> Result:
    """Choose k of a and j of b."""
    _small(a, b, k, j)
    if not (1 <= k <= a and 1 <= j <= b):
        raise Decline("cannot choose that many")
    x, y = sp.binomial(a, k), sp.binomial(b, j)
    return x * y, [_one("choose each group", "Choose each group separately, then multiply.",
                        f"\\binom{{{a}}}{{{k}}} \\binom{{{b}}}{{{j}}} = {x} \\cdot {y} = "
                        f"{x * y}")]


__all__ = ["assign_distinct", "choose_two_groups",
           "each_party"]
