"""Inline maths that is only one operand of plain-text arithmetic: `7 × $\\frac{5}{7}$ = $5$`
writes 7 × 5/7 = 5, so the spans joined by `=` must not be read as the chain 5/7 = 5
(a false alarm on a correct step) nor verify a wrong step through the operand alone."""

from __future__ import annotations

import pytest

from tutor.verify.api import ChainChecker
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


def check(step: str, problem: str = "Work it out.") -> Verdict:
    return ChainChecker(problem).check(step).verdict


@pytest.mark.parametrize("step", [
    "Multiplying, 7 × $\\frac{5}{7}$ = $5$.",
    "We get 12 - \\(\\sqrt{9}\\) = \\(9\\).",
    "Then 20 + \\(2^3\\) = 28 in all.",
    "So 3 \\cdot $\\frac{8}{3}$ = $8$ cups.",
])
def test_a_correct_step_with_an_operand_span_is_not_refuted(step: str) -> None:
    assert check(step) is not R


@pytest.mark.parametrize("step", [
    "Multiplying, 5 × $\\frac{7}{5}$ = $\\frac{(5)(7)}{(5)(5)}$.",  # 7 is not 7/5
    "Subtracting, 15 - $\\frac{1}{3}$ = $\\frac{1}{3}$.",
])
def test_a_wrong_step_is_not_verified_through_its_operand(step: str) -> None:
    assert check(step) is not V


@pytest.mark.parametrize("step, expected", [
    ("Side = \\(\\sqrt{6^2 + 8^2}\\) = \\(\\sqrt{100}\\) = 10.", V),
    ("The share is $\\frac{3}{4} \\cdot 12$ = $9$ apples.", V),
    ("So \\(5^2\\) = 25 and \\(2^4\\) = 18.", R),
])
def test_spans_after_a_word_still_form_one_chain(step: str, expected: Verdict) -> None:
    assert check(step) is expected
