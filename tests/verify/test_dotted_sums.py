"""Sums and products written with dots between numbers: the pattern read from the terms
written, the value confirmed twice. Our own variants, written for these tests."""

from __future__ import annotations

from tutor.verify.api import ChainChecker
from tutor.verify.dotted_sums import dotted_value
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


def verdict(step: str) -> Verdict:
    return ChainChecker("Add up the numbers.", time_limit=20).check(step).verdict


def test_sums_in_equal_steps_and_with_a_ratio() -> None:
    assert verdict("The total is $4 + 7 + 10 + \\cdots + 31 = 175$.") is V
    assert verdict("So $40 + 38 + 36 + \\dots + 2 = 420$.") is V
    assert verdict("The points add up to $2 + 6 + 18 + \\cdots + 1458 = 2186$.") is V
    assert verdict("$\\frac{1}{3} + \\frac{1}{9} + \\frac{1}{27} + \\ldots + \\frac{1}{243}"
                   " = \\frac{121}{243}$") is V
    # the conventional two terms, when only one reading fits the last term
    assert verdict("Gauss's trick gives $1 + 2 + \\cdots + 80 = 3240$.") is V


def test_one_writing_whose_numbers_move_in_steps() -> None:
    assert verdict("Hence $1^3 + 2^3 + 3^3 + \\cdots + 6^3 = 441$.") is V
    assert verdict("It telescopes: $\\frac{1}{2 \\cdot 3} + \\frac{1}{3\\cdot 4} + "
                   "\\frac{1}{4 \\cdot 5} + \\dots + \\frac{1}{11 \\cdot 12}"
                   " = \\frac{5}{12}$.") is V
    assert verdict("$2^0 + 2^1 + 2^2 + \\cdots + 2^{7} = 255$") is V
    assert verdict("The count is $9 \\times 8 \\times 7 \\times \\cdots \\times 1 = 362880$.") is V


def test_chain_with_a_closed_form() -> None:
    assert verdict("$5 + 10 + 15 + \\cdots + 60 = 5 \\cdot \\frac{12 \\cdot 13}{2} = 390$") is V


def test_a_wrong_total_is_refuted_when_the_pattern_is_certain() -> None:
    assert verdict("The total is $4 + 7 + 10 + \\cdots + 31 = 165$.") is R
    assert verdict("$1^2 + 2^2 + 3^2 + \\cdots + 7^2 = 150$") is R


def test_uncertain_patterns_decline() -> None:
    # two terms shown: never refuted, and not verified when readings disagree
    assert verdict("Gauss's trick gives $1 + 2 + \\cdots + 80 = 3241$.") is U
    assert verdict("So $1 + 2 + \\cdots + 32 = 63$.") is U  # steps of 1, or doubling?
    assert verdict("$1^2 + 2^2 + \\cdots + 8^2 = 204$") is U
    # the last term does not continue the pattern
    assert verdict("The total is $4 + 7 + 10 + \\cdots + 30 = 170$.") is U
    # alternating signs, letters, an endless sum, a repeating decimal
    assert verdict("$1 - 2 + 3 - \\cdots + 11 = 6$") is U
    assert verdict("$1 + 2 + 3 + \\cdots + n = \\frac{n(n+1)}{2}$") is U
    assert verdict("$1 + \\frac{1}{2} + \\frac{1}{4} + \\cdots = 2$") is U
    assert dotted_value("0.4545...") is None


def test_the_value_and_whether_three_terms_were_shown() -> None:
    assert dotted_value("3 + 6 + 9 + \\cdots + 30") == (165, True)
    assert dotted_value("3 + 6 + \\cdots + 30") == (165, False)
    assert dotted_value("3 + 6 + 9 + \\cdots + 31") is None


def test_dots_in_the_place_of_the_operator() -> None:
    """`1 \\cdot 2 \\cdot 3 \\cdots 9`: the dots stand where the next `\\cdot` would be
    (stop 55, ck29)."""
    assert verdict("The top is $1 \\cdot 2 \\cdot 3 \\cdots 8 = 8!$.") is V
    assert verdict("Pulling a 2 out of each: $2 \\cdot 4 \\cdot 6 \\cdots 10 = 2^5 \\cdot 5!$")\
        is V
    assert verdict("$3 \\times 5 \\times 7 \\cdots 13 = 135135$") is V
    assert verdict("so $1 + 2 + 3 \\cdots 12 = 78$") is V
    assert verdict("$1 \\cdot 3 \\cdot 5 \\cdots 9 = 935$") is R  # 945, three terms shown
    # near misses: two terms shown is refuted by nobody; a count left open declines
    assert verdict("$1 \\cdot 2 \\cdots 6 = 700$") is not R
    assert verdict("$5 \\cdot 5 \\cdot 5 \\cdots 5 = 5^{8}$") is U
    assert dotted_value("4 \\cdot 4 \\cdot 4 \\cdots 4") is None
    assert dotted_value("1 \\cdot 2 \\cdot 3 \\cdots 9 + 1") is None
