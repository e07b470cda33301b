"""A stated answer naming a listed choice ("so the answer is (C) 12"): the choice's value
is read from the problem's list and compared. Our own wordings (stop 45), with near
misses that must say nothing."""

from __future__ import annotations

import pytest

from tutor.verify.answer_choices import choice_claim, listed_choices
from tutor.verify.api import check_step
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED
SUM = "What is 9 + 8? (A) 15 (B) 16 (C) 17 (D) 18"


@pytest.mark.parametrize("problem", [
    SUM,
    "What is 9 + 8?\nA) 15\nB) 16\nC) 17\nD) 18",
    "What is 9 + 8?  A. 15  B. 16  C. 17  D. 18",
    r"What is $9 + 8$? $\textbf{(A) }15\qquad\textbf{(B) }16\qquad\textbf{(C) }17"
    r"\qquad\textbf{(D) }18$",
])
def test_choices_are_read_in_several_layouts(problem: str) -> None:
    assert listed_choices(problem) == {"A": "15", "B": "16", "C": "17", "D": "18"}


@pytest.mark.parametrize(("step", "verdict"), [
    ("so the answer is (C) 17", V),
    ("The answer is C) 17.", V),
    ("9 + 8 = 17, so the answer is (C) 17", V),
    ("so the answer is (B) 17", R),
    ("answer: (D) 16", R),
])
def test_the_named_choice_holds_the_stated_value(step: str, verdict: Verdict) -> None:
    assert check_step(SUM, [], step).verdict is verdict


@pytest.mark.parametrize(("problem", "step"), [
    (SUM, "so the answer is C"),                            # a letter alone: no value claimed
    (SUM, "so the answer is (E) 19"),                       # no such choice
    ("What is 9 + 8? (A) 15 (B) 16", "the answer is (B) 17"),   # two labels: no list
    ("Part (A) asks for the sum, part (C) for the product.", "the answer is (C) 17"),
    ("What is 9 + 8? (A) fifteen (B) sixteen (C) seventeen", "the answer is (C) 17"),
    # the same digits with and without a percent sign are not the same number
    ("What is 15% of 80? (A) 12% (B) 12 (C) 1.2", "the answer is (A) 12"),
    ("What is 15% of 80? (A) 12 (B) 0.12 (C) 1.2", "the answer is (A) 12%"),
])
def test_near_misses_say_nothing(problem: str, step: str) -> None:
    assert choice_claim(problem, step) is None


def test_the_refutation_names_the_listed_value() -> None:
    result = choice_claim(SUM, "so the answer is (B) 17")
    assert result is not None and result.reason == "choice (B) is 16, not 17 (17 is choice (C))"
