"""Rules of logarithms (issue 12): a law stated with letters (`\\log_a b - \\log_a c =
\\log_a \\frac{b}{c}`, a letter base, a last letter the broad reader used to drop as a unit)
and an earlier equation rewritten by them (`\\log \\frac{x}{y} = a` after `\\log x - \\log y
= a`) are verified, each by random positive points and by expanding the logarithms.
Near misses (a rule misapplied) stay unchecked: the lenient reading never refutes.
Our own variants."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_steps
from tutor.verify.verdict import Verdict

V, U = Verdict.VERIFIED, Verdict.UNCHECKED


@pytest.mark.parametrize("step", [
    "We use \\(\\log_a b - \\log_a c = \\log_a \\left(\\frac{b}{c}\\right)\\).",
    "\\[ \\log_2 m + \\log_2 n = \\log_2 (mn) \\]",
    "\\(\\log_b (s^3) = 3 \\log_b s\\)",
    "Recall \\( \\ln p - \\ln q = \\ln \\frac{p}{q} \\).",
    "\\( \\log_5 t + \\log_5 25 = \\log_5 (25t) \\)",
])
def test_a_law_of_logarithms_with_letters_is_verified(step: str) -> None:
    [verdict] = check_steps("", [step], time_limit=20)
    assert verdict.verdict is V, verdict.reason


@pytest.mark.parametrize("step", [
    "\\( \\log_a b - \\log_a c = \\log_a (b - c) \\)",
    "\\( \\log_2 m + \\log_2 n = \\log_2 (m + n) \\)",
    "\\( \\ln p \\cdot \\ln q = \\ln (pq) \\)",
    "\\( \\log_b (s^2) = 2 \\log_b s \\)",  # s may be negative on the left
])
def test_a_misapplied_law_stays_unchecked(step: str) -> None:
    [verdict] = check_steps("", [step], time_limit=20)
    assert verdict.verdict is U, verdict.reason


@pytest.mark.parametrize("problem, step", [
    ("Given \\(\\log x - \\log y = a\\) and \\(\\log x + \\log y = 6\\), find x.",
     "Combining the logarithms, \\[ \\log \\left(\\frac{x}{y}\\right) = a \\]"),
    ("If \\(\\log_2 u + \\log_2 v = 5\\), find uv.", "So \\( \\log_2 (uv) = 5 \\)."),
    ("Solve \\( \\ln w + \\ln (w + 1) = \\ln 6 \\).",
     "\\[ \\ln \\bigl(w(w + 1)\\bigr) = \\ln 6 \\]"),
    ("Suppose \\(3\\log_3 k = c\\).", "Then \\( \\log_3 (k^3) = c \\)."),
])
def test_an_earlier_equation_rewritten_by_log_rules_is_verified(problem: str, step: str) -> None:
    [verdict] = check_steps(problem, [step], time_limit=20)
    assert verdict.verdict is V, [(c.claim, c.reason) for c in verdict.claims]


@pytest.mark.parametrize("problem, step", [
    ("Given \\(\\log x - \\log y = a\\), find x.", "So \\[ \\log (x - y) = a \\]"),
    ("If \\(\\log_2 u + \\log_2 v = 5\\), find uv.", "So \\( \\log_2 (u + v) = 5 \\)."),
    ("If \\(\\log_2 u + \\log_2 v = 5\\), find uv.", "So \\( \\log_2 (uv) = 6 \\)."),
])
def test_a_wrong_log_rewrite_is_not_verified(problem: str, step: str) -> None:
    [verdict] = check_steps(problem, [step], time_limit=20)
    assert verdict.verdict is not V, [(c.claim, c.reason) for c in verdict.claims]


@pytest.mark.parametrize("step", [
    "\\( \\ln \\sqrt{t^2} = \\ln t \\)",  # t < 0: the left side is ln|t|
    "\\( \\log_3 \\sqrt[3]{w^2} = \\frac{2}{3} \\log_3 w \\)",
    "\\( \\ln (p^2 q^2) = 2 \\ln (pq) \\)",  # p < 0 < q: the left side only
    "\\( \\log_2 ((mn)^4) = 4 \\log_2 (mn) \\)",
])
def test_an_even_power_under_a_root_or_of_a_product_stays_unchecked(step: str) -> None:
    [verdict] = check_steps("", [step], time_limit=20)
    assert verdict.verdict is U, verdict.reason


@pytest.mark.parametrize("step", [
    "\\( \\ln \\sqrt{t^2} = \\ln |t| \\)",
    "\\( \\ln (p^2 q^2) = 2 \\ln |p| + 2 \\ln |q| \\)",
    "\\( \\log_2 (m^4) = 2 \\log_2 (m^2) \\)",
])
def test_an_even_power_with_absolute_values_is_verified(step: str) -> None:
    [verdict] = check_steps("", [step], time_limit=20)
    assert verdict.verdict is V, verdict.reason
