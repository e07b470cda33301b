"""The values names are given in one step (plain text work, no SymPy).

`x = 15` gives x a value that later claims may use (the latest one counts). A step that
gives a name two different values writes alternatives (`x = 0`, `x = \\pi` or `x = 2\\pi`,
the solutions of one case) or cases (`if k = 3 ... if k = 4`): the name has no one value
then, and keeping the last would carry it into claims about another case. It is dropped,
unless the last value repeats an earlier one, in the step or before it, which is a choice
(`x = 2` or `x = -3`; since x > 0, `x = 2`)."""

from __future__ import annotations

from tutor.verify.claims import RawClaim
from tutor.verify.context import chain_values, gives_value


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
        if len(set(earlier)) == 1 or written in earlier[:-1] or written == self._before.get(name):
            self.values[name] = value

    @property
    def alternatives(self) -> set[str]:
        """The names left without a value: given different ones, none of them chosen."""
        return {name for name in self._written if name not in self.values}


def _written(value: str) -> str:
    return " ".join(value.split())


def values_given(claims: list[RawClaim]) -> list[tuple[str, str]]:
    """`x = 15`, and the number a chain ends on (`r = \\frac{d}{2} = 7`), in order."""
    ends = chain_values(claims)
    return [pair for index, claim in enumerate(claims)
            for pair in [(claim.lhs.strip(), claim.rhs)] * gives_value(claim)
            + ([ends[index]] if index in ends else [])]
