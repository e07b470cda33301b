"""Limits typed without LaTeX, as reasoning models type them (`lim_{x→2} ...`, `lim x->0`,
`lim_(n->infinity)`): read as limits and confirmed by their two methods, never refuted;
before, the runs began after the subscript and read `(x + 3) = 7` as an equation in x.
Our own variants, with near misses that must stay unverified."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_step
from tutor.verify.plain_limits import plain_limits
from tutor.verify.verdict import Verdict

V, R = Verdict.VERIFIED, Verdict.REFUTED
PROBLEM = "Evaluate the limit."


@pytest.mark.parametrize("step", [
    "lim_{x→2} (x^2 - 4)/(x - 2) = lim_{x→2} (x + 2) = 4.",
    "So lim_{x->5} (x^2 - 25)/(x - 5) = 10",
    "Then lim_{t→1} (t^3 - 1)/(t - 1) = 3.",
    "lim x->0 sin(3x)/x = 3",
    "lim_(n->infinity) (5n + 1)/(2n - 7) = 5/2 = 2.5",
    "lim_{n→∞} (1 + 2/n)^n = e^2",
    "lim_{x→9} (sqrt(x) - 3)/(x - 9) = 1/6",
    "lim_{x→1} (√x - 1)/(x - 1) = lim_{x→1} 1/(√x + 1) = 1/2.",
    "Key fact: lim_{h→0} (e^h - 1)/h = 1",
    "lim as x->3 of (x^2 - 9)/(x - 3) = 6",
])
def test_a_plain_limit_is_read_and_verified(step: str) -> None:
    assert check_step(PROBLEM, [], step).verdict is V, step


@pytest.mark.parametrize("step", [
    "lim_{x→2} (x + 2) = 5",  # false: never refuted, never verified
    "lim_{n→∞} (5n + 1)/(2n - 7) = 5",
    "lim x->0 sin(3x)/x = 1",
    "lim_{x→0+} 1/x = 0",  # one-sided: left as it was
    "lim_{x→0} sin(u)/u = 1",  # u is not the limit's variable
    "lim as x->3 of (x + 3) = 7",
])
def test_a_wrong_or_unread_limit_is_neither_verified_nor_refuted(step: str) -> None:
    verdict = check_step(PROBLEM, [], step).verdict
    assert verdict is not V and verdict is not R, step


def test_the_arithmetic_after_a_limit_is_still_refuted_when_false() -> None:
    step = "lim_{x→2} (x^2 - 4)/(x - 2) = 2 + 2 = 5"
    assert check_step(PROBLEM, [], step).verdict is R


@pytest.mark.parametrize("text", [
    "the lim_{x→3} of it = 6",
    "lim_{x->2} (x^2 - 4)/(x - 2) = 4, nice",
    "lim_{x→2} a_n = 4",
    "we know lim_{x→2} f'(x) = 4",
])
def test_lines_with_words_or_other_names_are_left_as_typed(text: str) -> None:
    assert plain_limits(text) == text


def test_the_rewrite_keeps_the_words_before_and_the_full_stop() -> None:
    assert plain_limits("So lim_{x→2} (x + 2) = 4.") == \
        "So $\\lim_{x \\to 2} (x + 2) = 4$."
