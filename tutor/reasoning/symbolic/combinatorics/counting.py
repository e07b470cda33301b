"""Counting shapes of the remaining whole-sentence templates: balls in boxes, committees
with both parties, outfits, offices and two groups; each count is exact with a checkable
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


def _partitions(n: int, k: int) -> list[list[int]]:
    out: list[list[int]] = []

    def walk(left: int, most: int, parts: list[int]) -> None:
        if left == 0:
            out.append(parts)
            return
        if len(parts) == k:
            return
        for p in range(min(left, most), 0, -1):
            walk(left - p, p, parts + [p])

    walk(n, n, [])
    return out


def balls_in_boxes(n: int, k: int, balls_distinct: bool, boxes_distinct: bool) -> Result:
    """Ways to put n balls in k boxes (boxes may be empty)."""
    if not 1 <= n <= 12 or not 1 <= k <= 12:
        raise Decline("small numbers of balls and boxes")
    if balls_distinct and boxes_distinct:
        v = sp.Integer(k) ** n
        return v, [_one("each ball picks a box", f"Each of the {n} balls has {k} choices.",
                        f"{k}^{{{n}}} = {v}")]
    if boxes_distinct:
        v = sp.binomial(n + k - 1, k - 1)
        return v, [_one("stars and bars", f"Place {k - 1} dividers among {n} balls.",
                        f"\\binom{{{n} + {k} - 1}}{{{k} - 1}} = {v}")]
    if not balls_distinct:
        parts = _partitions(n, k)
        listed = " = ".join([str(n)] + [" + ".join(map(str, p)) for p in parts if len(p) > 1])
        if len(parts) < 2:
            raise Decline("nothing to list")
        return sp.Integer(len(parts)), [_one(
            "list the splits", f"Only how many balls share a box matters: write {n} as a sum "
            f"of at most {k} parts ({len(parts)} ways).", listed)]
    if k > 3:
        raise Decline("at most three identical boxes")
    terms = ["1", f"\\frac{{2^{{{n}}} - 2}}{{2}}",
             f"\\frac{{3^{{{n}}} - 3 \\cdot 2^{{{n}}} + 3}}{{6}}"][:min(k, n)]
    v = sum(sp.functions.combinatorial.numbers.stirling(n, j) for j in range(1, min(k, n) + 1))
    return sp.Integer(v), [_one(
        "split into groups", "Count the ways to split the balls into 1, 2, ... non-empty "
        "unlabelled groups.", " + ".join(terms) + f" = {v}")]


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


def product_rule(counts: list[int]) -> Result:
    _small(*counts)
    if len(counts) < 2 or any(c < 1 for c in counts):
        raise Decline("at least two choices")
    v = sp.prod(counts)
    return sp.Integer(v), [_one("multiply the choices", "Each choice can go with every "
                                "other, so multiply.", " \\cdot ".join(map(str, counts))
                                + f" = {v}")]


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


__all__ = ["assign_distinct", "balls_in_boxes", "choose_two_groups",
           "each_party", "product_rule"]
