"""Subscripted names typed plainly, as reasoning models write running values (`a_3 = 3a_2 - 1
= 3·5 - 1 = 14`, `S_12 = 12(a_1 + a_12)/2`, `- c_4 = ...` in a list): the maths run takes
the name in, so the arithmetic after it is read (a slip in it refuted) and the link from the
name's known values is confirmed; before, the run broke at `_` and the chain was not read at
all. A plain `a_12` is `a_{12}`. Our own variants, with near misses."""

from __future__ import annotations

import pytest

from tutor.verify.api import ChainChecker
from tutor.verify.claims import extract_claims
from tutor.verify.segments import find_segments
from tutor.verify.verdict import Verdict

V, R = Verdict.VERIFIED, Verdict.REFUTED
RULE = "A sequence has c_1 = 4 and c_{n+1} = 2c_n + 3. Find c_4."


def _last(problem: str, steps: list[str]) -> Verdict:
    checker = ChainChecker(problem)
    verdict = None
    for step in steps:
        verdict = checker.check(step)
    assert verdict is not None
    return verdict.verdict


@pytest.mark.parametrize("steps", [
    ["c_2 = 2c_1 + 3 = 2·4 + 3 = 11"],
    ["c_2 = 2·4 + 3 = 11", "c_3 = 2·11 + 3 = 25"],
    ["- c_2 = 2·4 + 3 = 11\n- c_3 = 2·11 + 3 = 25\n- c_4 = 2·25 + 3 = 53"],
    ["c₂ = 2·4 + 3 = 11"],
])
def test_running_values_with_subscripts_are_verified(steps: list[str]) -> None:
    assert _last(RULE, steps) is V, steps


@pytest.mark.parametrize("steps", [
    ["c_2 = 2c_1 + 3 = 2·4 + 3 = 12"],
    ["c_2 = 2·4 + 3 = 11", "c_3 = 2c_2 + 3 = 2·11 + 3 = 26"],
    ["- c_2 = 2·4 + 3 = 11\n- c_3 = 2·11 + 3 = 24"],
])
def test_a_slip_after_a_subscripted_name_is_refuted(steps: list[str]) -> None:
    assert _last(RULE, steps) is R, steps


def test_a_sum_with_two_digit_indices_is_read() -> None:
    problem = "An arithmetic sequence starts 7, 11, 15, ... Find the sum of its first 12 terms."
    steps = ["a_1 = 7, d = 4", "a_12 = 7 + 11·4 = 51"]
    assert _last(problem, [*steps, "S_12 = 12(a_1 + a_12)/2 = 6(7 + 51) = 6·58 = 348"]) is V
    assert _last(problem, [*steps, "S_12 = 12(a_1 + a_12)/2 = 6(7 + 51) = 6·58 = 338"]) is R


@pytest.mark.parametrize("step", [
    "a_1 + a_2 = 9",  # an equation in the terms: never refuted
    "so x_1 + x_2 = 5 and x_1 x_2 = 6",
    "the max_value = 3 + 4 = 7",  # a word with `_`, no subscripted name
    "c_3 = 25 + 1 = 26 is what I got first",
])
def test_near_misses_are_not_refuted(step: str) -> None:
    assert _last("Find the terms.", [step]) is not R, step


def test_a_plain_two_digit_index_is_one_index() -> None:
    texts = [seg.text for seg in find_segments("so a_20 = 5 + 57 = 62")]
    assert texts == ["a_{20} = 5 + 57 = 62"]
    assert extract_claims("max_value = 3 + 4") == [] or all(
        "_" not in claim.lhs for claim in extract_claims("max_value = 3 + 4"))
