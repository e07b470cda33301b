"""Counts by the product rule, each confirmed a second way (`combinatorics.product_rule`):
by listing when small, by a second formula when large; the confirmation says which."""

from __future__ import annotations

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.product_rule import falling_count, power_count


def test_small_counts_are_listed() -> None:
    confirm.reset()
    assert power_count(3, 4, "sheets", "by the first answer", 1000) == 81
    assert falling_count(6, 3, "ways", "choose, then order", 1000) == 120
    said = " ".join(confirm.confirmations())
    assert "sheets (listing them)" in said and "ways (listing them)" in said


def test_large_counts_use_the_second_formula() -> None:
    confirm.reset()
    assert power_count(10, 9, "sheets", "by the first answer", 1000) == 10**9
    assert falling_count(40, 6, "ways", "choose, then order", 1000) == 2763633600
    said = " ".join(confirm.confirmations())
    assert "sheets (by the first answer)" in said and "ways (choose, then order)" in said
