"""The shoelace formula: the area of a polygon from its corners taken in order round it.

One copy for every number kind the readers use (SymPy numbers and expressions, fractions,
mpmath floats at high precision): the terms x_i y_{i+1} - x_{i+1} y_i, one a side, add up
to twice the signed area."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any


def shoelace_terms(corners: Sequence[Sequence[Any]]) -> list[Any]:
    """x_i y_{i+1} - x_{i+1} y_i for each side, going round from the first corner."""
    n = len(corners)
    return [corners[i][0] * corners[(i + 1) % n][1] - corners[(i + 1) % n][0] * corners[i][1]
            for i in range(n)]


def shoelace_area(corners: Sequence[Sequence[Any]], add: Callable[[list[Any]], Any] = sum
                  ) -> Any:
    """The polygon's area: half the absolute value of the terms added (`add`: mpmath.fsum
    for floating point at high precision)."""
    return abs(add(shoelace_terms(corners))) / 2


__all__ = ["shoelace_area", "shoelace_terms"]
