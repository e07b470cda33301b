"""The values names are given in one step.

`x = 15` gives x a value that later claims may use (the latest one counts). A step that
gives a name two different values writes alternatives (`x = 0`, `x = \\pi` or `x = 2\\pi`,
the solutions of one case) or cases (`if k = 3 ... if k = 4`): the name has no one value
then, and keeping the last would carry it into claims about another case. It is dropped,
unless the last value repeats an earlier one, in the step or before it, which is a choice
(`x = 2` or `x = -3`; since x > 0, `x = 2`). Values are compared as numbers (30-digit
SymPy, parsed strictly), so two ways of writing one value are no alternatives."""

from __future__ import annotations

from functools import lru_cache

import sympy

from tutor.verify.claims import RawClaim
from tutor.verify.context import chain_values, gives_value
from tutor.verify.exact import strict


class StepValues:
    """Gives names values in `values` (updated in place) for one step."""

    def __init__(self, values: dict[str, str]) -> None:
        self.values = values
        self._before = {name: _written(value) for name, value in values.items()}
        self._written: dict[str, list[str]] = {}

    def give(self, name: str, value: str) -> None:
        written = _written(value)
        earlier = self._written.setdefault(name, [])
        earlier.append(written)
        self.values.pop(name, None)
        before = self._before.get(name)
        if len(earlier) == 1 or any(_same(other, written) for other in earlier[:-1]) \
                or (before is not None and _same(before, written)):
            self.values[name] = value


def _written(value: str) -> str:
    return " ".join(value.split())


def _same(a: str, b: str) -> bool:
    """The same value, or one we cannot tell apart (`0.0\\overline{57}` and `0.0575757`,
    `6\\cdot\\frac{1}{2}` and `3`): only two numbers that clearly differ are alternatives."""
    if a == b:
        return True
    x, y = _number(a), _number(b)
    return x is None or y is None or abs(x - y) <= 1e-6 * max(1.0, abs(x))


@lru_cache(maxsize=1024)
def _number(text: str) -> complex | None:
    parsed = strict(text)
    if parsed is None or parsed.expr.free_symbols:
        return None
    try:
        return complex(sympy.N(parsed.expr, 30))
    except (TypeError, ValueError):
        return None


def values_given(claims: list[RawClaim]) -> list[tuple[str, str]]:
    """`x = 15`, and the number a chain ends on (`r = \\frac{d}{2} = 7`), in order."""
    ends = chain_values(claims)
    return [pair for index, claim in enumerate(claims)
            for pair in [(claim.lhs.strip(), claim.rhs)] * gives_value(claim)
            + ends.get(index, [])]
