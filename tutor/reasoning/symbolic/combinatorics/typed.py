"""Typed readers of this domain (see `tutor.reasoning.symbolic.typed`)."""

from __future__ import annotations

from tutor.reasoning.symbolic.combinatorics import (
    arrangements,
    cards,
    chance,
    draws,
    integer_counts,
    selections,
)
from tutor.reasoning.symbolic.typed import Reader

READERS: list[Reader] = [arrangements.seatings, arrangements.letters, selections.choices,
                         selections.subsets, chance.coins, chance.dice, draws.bag, draws.numbers,
                         integer_counts.integers, integer_counts.digit_times, cards.cards]
