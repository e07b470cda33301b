"""Which words a condition on an order may take as people's names."""

from __future__ import annotations

import pytest

from tutor.reasoning.symbolic.combinatorics.seating_people import not_names


@pytest.mark.parametrize("names", [["ann", "ben"], ["a", "b"], ["p", "q", "r"],
                                   ["fred", "gwen", "cy"]])
def test_names(names):
    assert not not_names(names)


@pytest.mark.parametrize("names", [["a", "a"], ["i", "a"], ["a", "bob"], ["the", "girls"],
                                   ["ann", "ann"], ["them", "ann"], ["books", "pens"]])
def test_not_names(names):
    assert not_names(names)
