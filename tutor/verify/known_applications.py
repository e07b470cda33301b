"""Values of functions known from earlier equations (worker side, verify only).

Read with each application as one unknown number (see function_values), an earlier
equation such as `g(3) = 7` gives the number `g(3)` a value, and one such as
`g^{-1}(5) = 2` says what g does: the inverse sends 5 to 2 exactly when g sends 2 to 5,
so `g(2) = 5` is known too (and `g^{-1}(7) = 3` from `g(3) = 7`: writing g^{-1}
presupposes that g has an inverse). A later claim may then use them:

- `g(g(3)) = g(7)`: the inner value put into the outer application;
- `g(2) = 5` after `g^{-1}(5) = 2`: a known value restated the other way round.

Only verifies: the values are the ones the chain wrote, not confirmed here.
"""

from __future__ import annotations

import re

import sympy

_APPLICATION = re.compile(r"^([A-Za-z]'*)(\^\{-1\})?\((.*)\)$")
_MAX_KNOWN = 12

Pair = tuple[sympy.Expr, sympy.Expr]


def base_letter(name: str) -> str:
    """`g^{-1}` and `g` are about one function g (its primes are other functions)."""
    return name.split("^", 1)[0]


def _number(text: str) -> sympy.Expr | None:
    try:
        value = sympy.Rational(text)
    except (TypeError, ValueError):
        return None
    return value


def _split(symbol: sympy.Expr) -> tuple[str, bool, sympy.Expr] | None:
    """`g^{-1}(5)` as ("g", True, 5); None unless the argument is a plain number."""
    if not isinstance(symbol, sympy.Symbol):
        return None
    m = _APPLICATION.match(symbol.name)
    argument = _number(m.group(3)) if m else None
    if m is None or argument is None:
        return None
    return m.group(1), bool(m.group(2)), argument


def _named(letter: str, inverse: bool, argument: sympy.Expr) -> sympy.Symbol:
    return sympy.Symbol(f"{letter}{'^{-1}' if inverse else ''}({sympy.sstr(argument)})")


def application_values(pairs: list[Pair]) -> dict[sympy.Symbol, sympy.Expr]:
    """The applications to numbers that earlier equations give a rational value, and
    the same facts read through the inverse (see module doc); a value given twice
    differently leaves out every value of that function (two cases, a name reused, or
    a slip)."""
    found: dict[sympy.Symbol, sympy.Expr] = {}
    clashes: set[sympy.Symbol] = set()
    for lhs, rhs in pairs:
        for side, value in ((lhs, rhs), (rhs, lhs)):
            split = _split(side)
            if split is None or not value.is_Rational:
                continue
            letter, inverse, argument = split
            for symbol, number in ((side, value), (_named(letter, not inverse, value), argument)):
                if symbol in found and found[symbol] != number:
                    clashes.add(symbol)
                found.setdefault(symbol, number)
    # facts that clash say the chain changed its mind about the function: use none of them
    torn = {base_letter(split[0]) for symbol in clashes if (split := _split(symbol))}
    known = {symbol: value for symbol, value in found.items()
             if (split := _split(symbol)) and base_letter(split[0]) not in torn}
    return dict(list(known.items())[:_MAX_KNOWN])


def as_pairs(known: dict[sympy.Symbol, sympy.Expr], wanted: set[sympy.Basic],
             previous: list[Pair]) -> list[Pair]:
    """The known values of the applications a claim uses (`wanted`) as equations
    (`g(2) = 5`), to be combined with the earlier ones; those already written are left
    out (the combining looks at a few equations only)."""
    written = {pair for pair in previous} | {pair[::-1] for pair in previous}
    return [(symbol, value) for symbol, value in known.items()
            if symbol in wanted and (symbol, value) not in written]
