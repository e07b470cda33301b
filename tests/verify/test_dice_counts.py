"""Counts of dice rolls said in words, checked by listing every roll (verify/dice_counts.py):
verified when right, never refuted, and not read when the rolls are not plain dice."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_steps
from tutor.verify.dice_counts import dice_count_claims
from tutor.verify.verdict import Verdict

TWO = "A pair of fair dice is thrown. What is the chance of a total of 10?"


@pytest.mark.parametrize(("problem", "step"), [
    (TWO, "Of all the equally likely outcomes (2 dice of 6 faces), 3 are ones where the sum "
          "is 10."),
    (TWO, "3 of the 36 outcomes have a sum of 10."),
    (TWO, "so there are 3 outcomes where the total is 10"),
    ("two dice get rolled, find P(sum > 9)", "there are 6 rolls where the sum is greater than 9"),
    ("Two dice are rolled.", "there are 6 outcomes where both dice show the same number"),
    ("Two dice are rolled.", "there are 11 outcomes where at least one of them is a 4"),
    ("Two dice are rolled.", "15 outcomes where the first is smaller than the second."),
    ("Two dice are rolled.", "Of all the equally likely outcomes (2 dice of 6 faces), 6 are ones "
                             "where the first is 3."),
    ("Three dice are rolled. Find P(sum = 4).", "3 of the 216 outcomes have a sum of 4."),
    ("Two fair twelve-sided dice are rolled.", "11 outcomes have a sum of 12."),
])
def test_right_counts_are_verified(problem: str, step: str) -> None:
    found = dice_count_claims(problem, step)
    assert [c.verdict for c in found] == [Verdict.VERIFIED]


@pytest.mark.parametrize(("problem", "step"), [
    (TWO, "there are 4 outcomes where the sum is 10"),  # wrong: left unchecked, not red
    (TWO, "2 of the 36 outcomes have a sum of 10."),
    ("Two dice are rolled.", "there are 15 outcomes where the first is smaller than the second"
                             " or equal"),
])
def test_wrong_or_unread_counts_are_never_refuted(problem: str, step: str) -> None:
    assert all(c.verdict is not Verdict.REFUTED for c in dice_count_claims(problem, step))
    assert all(c.verdict is not Verdict.VERIFIED for c in dice_count_claims(problem, step))


@pytest.mark.parametrize(("problem", "step"), [
    ("Two dice are rolled and a coin is tossed.", "5 outcomes have a sum of 8."),
    ("Two dice are each rolled twice.", "5 outcomes have a sum of 8."),
    ("Two dice with faces numbered 1, 2, 2, 3, 3, 4 are rolled.", "5 outcomes have a sum of 8."),
    ("A loaded pair of dice is rolled.", "5 outcomes have a sum of 8."),
    ("Two dice are rolled.", "If the first die is 2, there are 5 outcomes where the sum is 8."),
    ("Two dice are rolled.", "5 of the 18 outcomes have a sum of 8."),
    ("Two dice are rolled.", "there are 3 ways to roll a sum of 8"),  # unordered, perhaps
    ("Two dice and three dice are rolled in turn.", "5 outcomes have a sum of 8."),
    ("Three dice are rolled.", "there are 15 outcomes where the first is larger than the second"),
    ("A bag has 5 red marbles.", "there are 5 outcomes where the sum is 8"),
])
def test_rolls_not_plain_dice_are_not_read(problem: str, step: str) -> None:
    assert dice_count_claims(problem, step) == []


def test_an_engine_conditional_step_is_verified_in_the_chain() -> None:
    problem = "We throw 2 dice. If the total is 9, what is the chance that one die shows 6?"
    verdicts = check_steps(problem, [
        "Of all the equally likely outcomes (2 dice of 6 faces), 4 are ones where the sum is 9.",
        "Of all the equally likely outcomes (2 dice of 6 faces), 5 are ones where the sum is 9.",
        "$\\frac{2}{4} = \\frac{1}{2}$"])
    assert [v.verdict for v in verdicts] == [Verdict.VERIFIED, Verdict.UNCHECKED,
                                             Verdict.VERIFIED]
