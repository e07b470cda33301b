"""Counts of k of n chosen, unordered and in order, each with its second route."""

from __future__ import annotations

from itertools import permutations

import pytest

from tutor.reasoning.symbolic.combinatorics.choice_counts import binomial, in_order
from tutor.reasoning.symbolic.model import Decline


@pytest.mark.parametrize(("n", "k"), [(5, 0), (7, 3), (9, 9), (12, 5)])
def test_in_order_lists(n, k):
    assert int(in_order(n, k, "choices")[0]) == sum(1 for _ in permutations(range(n), k))


def test_in_order_large_by_formula():
    assert int(in_order(40, 5, "choices")[0]) == 40 * 39 * 38 * 37 * 36


def test_binomial():
    assert int(binomial(52, 5, "hands")[0]) == 2598960


@pytest.mark.parametrize(("n", "k"), [(3, 4), (2000, 2), (5, -1)])
def test_too_many_declined(n, k):
    with pytest.raises(Decline):
        in_order(n, k, "choices")
    with pytest.raises(Decline):
        binomial(n, k, "choices")
