"""Counts of orders with blocks and gaps, two ways each: a formula, and a brute-force
enumeration (n <= 8) or a second formula that places the special people position by
position (`by_positions`). Used by the seating readers (`arrangements`)."""

from __future__ import annotations

from functools import cache
from itertools import permutations
from math import comb, factorial, perm

from tutor.reasoning.symbolic.model import Decline

BRUTE = 8  # orders of up to this many people are listed one by one


@cache
def _spread(n: int, k: int, ring: bool) -> int:
    """k of n positions in a row (or ring) with no two next to each other, by a recursion
    on the first position."""
    if k == 0:
        return 1
    if ring:  # position 0 empty: a row of n - 1; taken: a row of n - 3 between its neighbours
        return _spread(n - 1, k, False) + (_spread(n - 3, k - 1, False) if n >= 3 else 0)
    if n <= 0:
        return 0
    return _spread(n - 1, k, False) + (_spread(n - 2, k - 1, False) if n >= 2 else int(k == 1))


def _adjacent(order: tuple[int, ...], a: int, b: int, ring: bool) -> bool:
    d = abs(order.index(a) - order.index(b))
    return d == 1 or (ring and d == len(order) - 1)


def _block(order: tuple[int, ...], members: range, ring: bool) -> bool:
    """The members sit together: consecutive positions (round a ring, an arc)."""
    at = sorted(order.index(p) for p in members)
    n, k = len(order), len(at)
    if at[-1] - at[0] == k - 1:
        return True
    return ring and any(sorted((p - s) % n for p in at) == list(range(k)) for s in at)


def formula(n: int, blocks: list[int], apart: int, ring: bool) -> int:
    """Orders of n different people: each block (sizes) together, or `apart` people no two
    of them next to each other; a ring counts orders up to rotation."""
    if (apart and not 2 <= apart < n) or any(not 2 <= b < n for b in blocks) \
            or sum(blocks) > n or (apart and blocks) or n > 60:
        raise Decline("a seating condition that does not fit the people")
    if apart:
        rest = n - apart
        gaps = rest if ring else rest + 1
        return (factorial(rest - 1) if ring else factorial(rest)) * perm(gaps, apart)
    units = n - sum(blocks) + len(blocks)
    count = factorial(units - 1) if ring else factorial(units)
    for b in blocks:
        count *= factorial(b)
    return count


def by_positions(n: int, blocks: list[int], apart: int, ring: bool) -> int | None:
    """The same count, placing the special people's positions first; None when this way
    does not apply (more than one block)."""
    if apart:
        places = _spread(n, apart, ring)
        total = places * factorial(apart) * factorial(n - apart)
        return total // n if ring else total
    if not blocks:
        return factorial(n - 1) if ring else factorial(n)
    if len(blocks) > 1:
        return None
    k = blocks[0]
    if k == n:
        return factorial(n - 1) if ring else factorial(n)
    starts = n if ring else n - k + 1
    total = starts * factorial(k) * factorial(n - k)
    return total // n if ring else total


def by_listing(n: int, blocks: list[int], apart: int, ring: bool) -> int:
    """The same count by listing every order of n labelled people (n <= BRUTE)."""
    if n > BRUTE:
        raise Decline("too many to list")
    groups, first = [], 0
    for b in blocks:
        groups.append(range(first, first + b))
        first += b
    special = range(apart)
    good = 0
    for order in permutations(range(n)):
        if ring and order[0] != 0:
            continue  # one order per rotation: person 0 in seat 0
        if all(_block(order, g, ring) for g in groups) and not any(
                _adjacent(order, a, b, ring) for a in special for b in special if a < b):
            good += 1
    return good


def second_count(n: int, blocks: list[int], apart: int, ring: bool) -> tuple[int, str]:
    """A count by another method, with its name."""
    if n <= BRUTE:
        return by_listing(n, blocks, apart, ring), "orders (listing every order)"
    got = by_positions(n, blocks, apart, ring)
    if got is None:
        raise Decline("too many people to check this count a second way")
    return got, "orders (placing the special people first)"


def letters(counts: list[int]) -> tuple[int, int]:
    """Arrangements of letters with these multiplicities: n! over the repeats' factorials,
    and the product of binomials (choose the places of each letter in turn)."""
    n = sum(counts)
    first = factorial(n)
    for c in counts:
        first //= factorial(c)
    second, left = 1, n
    for c in counts:
        second *= comb(left, c)
        left -= c
    return first, second


__all__ = ["BRUTE", "by_listing", "by_positions", "formula", "letters", "second_count"]
