"""A side's last lone letter is an unknown, not a unit (`\\ln c`, `x - t`), unless a
number stands right before it (`5 m`) or it is written as a word (`\\text{ cm}`)."""

from __future__ import annotations

import pytest

from tutor.verify.lenient_parser import parse_lenient
from tutor.verify.unit_letters import last_letter_taken_for_unit


@pytest.mark.parametrize("text", ["\\ln c", "\\log_2 x - c", "y - t", "\\cos s", "(x + 1) m",
                                  "\\log_2 b - \\log_2 d"])
def test_a_last_lone_letter_is_kept(text: str) -> None:
    assert last_letter_taken_for_unit(text)
    pair = parse_lenient(text, "1")
    assert pair is not None and pair[0].free_symbols


@pytest.mark.parametrize("text", ["5 m", "5m", "2.5 h", "\\frac{1}{2} m", "x + 2\\text{ cm}",
                                  "x", "3 cm", "\\log_2 8"])
def test_a_unit_after_a_number_or_in_words_stays_a_unit(text: str) -> None:
    assert not last_letter_taken_for_unit(text)


def test_a_number_with_a_unit_letter_is_still_declined() -> None:
    assert parse_lenient("5 m", "5") is None  # the reader drops m: no reading at all
