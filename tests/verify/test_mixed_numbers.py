"""A mixed number is read one way by every reader: only with a proper fraction."""

import pytest

from tutor.verify.answers import equivalent
from tutor.verify.mixed_numbers import mixed_number


@pytest.mark.parametrize(("parts", "latex", "expected"), [
    (("3", "2", "5"), False, "(3 + 2/5)"),
    (("12", "{1}", "{8}"), True, "(12 + \\frac{1}{8})"),
    (("4", "9", "4"), False, None),   # improper: not a mixed number
    (("4", "3", "3"), False, None),
    (("4", "1", "0"), False, None),
])
def test_mixed_number_needs_a_proper_fraction(parts: tuple[str, str, str], latex: bool,
                                              expected: str | None) -> None:
    assert mixed_number(*parts, latex=latex) == expected


def test_a_negative_mixed_number_keeps_its_sign_outside() -> None:
    assert mixed_number("5", "1", "3", sign="-") == "-(5 + 1/3)"


@pytest.mark.parametrize(("answer", "other", "same"), [
    ("3 2/5", "17/5", True),
    ("-1 5/6", "-11/6", True),
    ("3 2/5", "3.4", True),
    ("3 2/5", "6/5", False),
    ("4 9/4", "25/4", False),   # no mixed number, so no value to agree with
    ("4 9/4", "9", False),
])
def test_typed_mixed_answers(answer: str, other: str, same: bool) -> None:
    assert equivalent(answer, other) is same
