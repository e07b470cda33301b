"""The values names are given in one step (plain text work, no SymPy).

`x = 15` gives x a value that later claims may use (the latest one counts). A step that
gives a name two different values writes alternatives (`x = 0`, `x = \\pi` or `x = 2\\pi`,
the solutions of one case) or cases (`if k = 3 ... if k = 4`): the name has no one value
then, and keeping the last would carry it into claims about another case. It is dropped,
unless the last value repeats an earlier one, which is a choice (`x = 2` or `x = -3`;
since x > 0, `x = 2`)."""

from __future__ import annotations


class StepValues:
    """Gives names values in `values` (updated in place) for one step."""

    def __init__(self, values: dict[str, str]) -> None:
        self.values = values
        self._written: dict[str, list[str]] = {}

    def give(self, name: str, value: str) -> None:
        written = " ".join(value.split())
        earlier = self._written.setdefault(name, [])
        earlier.append(written)
        self.values.pop(name, None)
        if len(set(earlier)) == 1 or written in earlier[:-1]:
            self.values[name] = value
