"""Divisor lists said in words are checked by trial division (`tutor.verify.divisor_lists`):
verified when complete, refuted when a listed number does not divide, unchecked when some
are missing or the words narrow the list. Our own numbers and wordings."""

from __future__ import annotations

import pytest

from tutor.verify.api import ChainChecker
from tutor.verify.divisor_lists import divisor_list_claims
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


@pytest.mark.parametrize(("text", "verdict"), [
    ("The divisors of 45 are 1, 3, 5, 9, 15 and 45.", V),
    ("so the positive factors of $50$: 1, 2, 5, 10, 25, 50", V),
    ("The proper divisors of 20 are 1, 2, 4, 5, 10, so they add to 22.", V),
    ("the prime factors of 90 are 2, 3 and 5.", V),
    ("The factors of 40 are 1, 2, 4, 5, 6, 8, 10, 20, 40.", R),  # 6 does not divide 40
    ("the prime factors of 42 are 2, 3, 6, 7.", R),  # 6 divides but is not prime
    ("the divisors of 40 are 1, 2, 4, 5", U),  # some only
])
def test_a_divisor_list_in_words(text: str, verdict: Verdict) -> None:
    claims = divisor_list_claims(text)
    assert [c.verdict for c in claims] == [verdict]


@pytest.mark.parametrize("text", [
    "the divisors of 40 that are odd are 1, 5",  # narrowed by words
    "the factors of 7 are 1, 3.5 and 7",  # a decimal is no whole divisor to test
    "the prime factors of 40 are 2, 2, 2, 5.",  # with repeats: a factorisation
    "the divisors of 2^4 are 1, 2, 4, 8, 16",  # a power, not the number 2
    "the factors of 1,200 are many",
])
def test_what_is_not_a_plain_list_of_divisors_is_left_alone(text: str) -> None:
    assert divisor_list_claims(text) == []


def test_the_step_carries_the_verdict() -> None:
    checker = ChainChecker("What is the sum of the divisors of 45?")
    assert checker.check("The divisors of 45 are 1, 3, 5, 9, 15 and 45.").verdict is V
    slip = ChainChecker("What is the sum of the divisors of 45?")
    wrong = slip.check("The divisors of 45 are 1, 3, 5, 7, 9, 15 and 45.")
    assert wrong.verdict is R and "7 is not a divisor of 45" in wrong.reason


@pytest.mark.parametrize(("text", "verdict"), [
    ("The factors of 20 are 1, 2, 4, 5, 10 and 20, so there are 6 of them.", Verdict.VERIFIED),
    ("The factors of 20 are 1, 2, 4, 5, 10 and 20, so there are 5 of them.", Verdict.UNCHECKED),
    ("The factors of 20 are 1, 2, 4, 5, 10, 20, which makes 7 factors", Verdict.UNCHECKED),
    ("The factors of 20 are 1, 2, 4, 5, 10 and 20. Their sum is 40.", Verdict.UNCHECKED),
])
def test_a_number_said_after_a_right_list_is_read_or_keeps_it_unchecked(
        text: str, verdict: Verdict) -> None:
    # a wrong count or sum after a right list must not make the step look verified
    assert [c.verdict for c in divisor_list_claims(text)] == [verdict]


@pytest.mark.parametrize(("text", "verdict"), [
    ("The divisors of 15 are 1, 3, 5 and 15. Their sum is 24.", Verdict.VERIFIED),
    ("The divisors of 15 are 1, 3, 5 and 15, so they add up to 25.", Verdict.UNCHECKED),
])
def test_a_sum_said_after_a_right_list_is_read(text: str, verdict: Verdict) -> None:
    assert [c.verdict for c in divisor_list_claims(text)] == [verdict]
