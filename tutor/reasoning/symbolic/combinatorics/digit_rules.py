"""What a count of integers by their digits asks of each digit string: the conditions read
by `digit_counts` (all digits different, a repeated digit, every digit of a class, a digit
present or absent, a digit in a place, digits in order, a multiple, a parity) turned into
tests on a tuple of digits, and the choices digit by digit when the conditions allow a count
by positions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from tutor.reasoning.symbolic.combinatorics import digit_places as places
from tutor.reasoning.symbolic.model import Decline


@dataclass
class Rules:
    """What the digits and the integer must satisfy, as tests on a tuple of digits."""

    tests: list[Callable[[tuple[int, ...]], bool]] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    allowed: set[int] | None = None  # every digit from this set (for the count by positions)
    distinct: bool = False
    simple: bool = True  # only per-digit classes and distinct: a count by positions

    def ok(self, digits: tuple[int, ...]) -> bool:
        return all(t(digits) for t in self.tests)


def _class(src: str) -> tuple[set[int], str]:
    src = src.replace("non-zero", "nonzero")
    named = {"odd": {1, 3, 5, 7, 9}, "even": {0, 2, 4, 6, 8}, "prime": {2, 3, 5, 7},
             "nonzero": set(range(1, 10))}
    if src in named:
        return named[src], src
    m = re.fullmatch(r"(?:either )?#(\d)(?: ?'s)? (?:or|and/or) #(\d)(?: ?'s)?", src)
    if m:
        return {int(m.group(1)), int(m.group(2))}, f"{m.group(1)} or {m.group(2)}"
    cmp, t = src.rsplit(" #", 1)
    test = {"greater than": lambda d: d > int(t), "larger than": lambda d: d > int(t),
            "less than": lambda d: d < int(t), "smaller than": lambda d: d < int(t),
            "at least": lambda d: d >= int(t), "at most": lambda d: d <= int(t)}[cmp]
    return {d for d in range(10) if test(d)}, f"{cmp} {t}"


def _every(allowed: frozenset[int]) -> Callable[[tuple[int, ...]], bool]:
    return lambda t: all(d in allowed for d in t)


def _holds(d: int, present: bool) -> Callable[[tuple[int, ...]], bool]:
    return lambda t: (d in t) == present


def _multiple(k: int) -> Callable[[tuple[int, ...]], bool]:
    return lambda t: int("".join(map(str, t))) % k == 0


def _odd(t: tuple[int, ...]) -> bool:
    return t[-1] % 2 == 1


def rules_of(found: list[tuple[str, re.Match[str]]], parity: str | None, width: int) -> Rules:
    r = Rules()
    for kind, m in found:
        if kind == "distinct":
            if m.groupdict().get("k") and int(m.group("k")) != width:
                raise Decline("fewer different digits than places: which repeat is not said")
            r.tests.append(lambda t: len(set(t)) == len(t))
            r.words.append("all digits different")
            r.distinct = True
        elif kind == "repeat":
            r.tests.append(lambda t: len(set(t)) < len(t))
            r.words.append("a repeated digit")
            r.simple = False
        elif kind == "class":
            if m.groupdict().get("k") and int(m.group("k")) != width:
                raise Decline("the digits counted are not the integers' digits")
            allowed, said = _class(m.group("cls"))
            r.tests.append(_every(frozenset(allowed)))
            r.allowed = allowed if r.allowed is None else r.allowed & allowed
            r.words.append(f"every digit {said}")
        elif kind in ("has", "lacks"):
            g = m.groupdict()
            d = 0 if g.get("zero") else int(g.get("d") or g["d2"])
            r.tests.append(_holds(d, kind == "has"))
            r.words.append(("a digit " if kind == "has" else "no digit ") + str(d))
            r.simple = False
        elif kind == "place":
            r.tests.append(places.place_test(m, width))
            r.words.append(places.place_words(m))
            r.simple = False
        elif kind == "order":
            test, said = places.order_test(m)
            r.tests.append(test)
            r.words.append(said)
            r.simple = False
        elif kind == "mult":
            k = int(m.group("m"))
            if k < 1:
                raise Decline("multiples of zero")
            r.tests.append(_multiple(k))
            r.words.append(f"a multiple of {k}")
            r.simple = False
        else:
            parity = parity or m.group("par")
    if parity:
        r.tests.append(_multiple(2) if parity == "even" else _odd)
        r.words.append(parity)
        r.simple = False
    return r


def by_positions(width: int, rules: Rules) -> list[int] | None:
    """Choices digit by digit for the whole k-digit range, when the rules allow it."""
    if not rules.simple:
        return None
    allowed = rules.allowed if rules.allowed is not None else set(range(10))
    if rules.distinct and allowed != set(range(10)):
        return None
    if not rules.distinct:
        return [len(allowed - {0})] + [len(allowed)] * (width - 1)
    return [9] + [9 - i for i in range(width - 1)]


__all__ = ["Rules", "by_positions", "rules_of"]
