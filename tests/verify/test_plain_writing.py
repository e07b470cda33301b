"""The plain-text forms of reasoning models, read before the segment finder cuts the
maths out (tutor/verify/plain_writing.py). Our own examples."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_step
from tutor.verify.plain_writing import rewritten, without_list_mark, without_unit
from tutor.verify.verdict import Verdict


@pytest.mark.parametrize(("text", "expected"), [
    ("log₂ 8 = 3", "log_2(8) = 3"),  # the bare argument too (see below)
    ("a₁₂ + a₃", "a_12 + a_3"),
    ("H₂O", "H_2O"),
    ("sin 30° = 1/2 and cos60° = 1/2", "sin(30°) = 1/2 and cos(60°) = 1/2"),
    ("sin 30°² stays", "sin 30°² stays"),  # not the plain argument
    ("\\sin 30° stays", "\\sin 30° stays"),  # LaTeX already
    ("so 10 choose 3 = 120", "so C(10, 3) = 120"),
    ("(6 + 4) choose 2", "(6 + 4) choose 2"),  # an expression: left to the words
    ("₂ alone", "₂ alone"),
])
def test_rewritten(text: str, expected: str) -> None:
    assert rewritten(text) == expected


@pytest.mark.parametrize(("text", "start", "expected"), [
    ("- 1.05³ = 1.157625", 0, ("1.05³ = 1.157625", True)),
    ("intro\n* 3 × 7 = 21", 6, ("3 × 7 = 21", False)),
    ("intro\n  • 12 ÷ 4 = 3", 8, ("12 ÷ 4 = 3", False)),
    ("so - 5 + 3 = -2", 3, ("- 5 + 3 = -2", False)),  # not at the start of a line
    ("-5 + 3 = -2", 0, ("-5 + 3 = -2", False)),  # a sign, no space
])
def test_without_list_mark(text: str, start: int, expected: tuple[str, bool]) -> None:
    assert without_list_mark(text, start, text[start:]) == expected


@pytest.mark.parametrize(("step", "run", "expected"), [
    ("The rope is 4 × 2.5 = 10 m long.", "4 × 2.5 = 10 m", "4 × 2.5 = 10"),
    ("so h = 16 × 0.75 = 12 m.", "h = 16 × 0.75 = 12 m", "h = 16 × 0.75 = 12"),
    ("the floor is 6 × 4 = 24 m²", "6 × 4 = 24 m²", "6 × 4 = 24"),
    ("so 5 = 5 m here", "5 = 5 m", "5 = 5 m"),  # no computation before it
    ("so 2 + 1 = 5 m, m = 3/5", "2 + 1 = 5 m", "2 + 1 = 5 m"),  # m is an unknown
    ("so 2x + 3 = 5 m", "2x + 3 = 5 m", "2x + 3 = 5 m"),  # letters in the link
    ("so 2 + 3 = 5 k", "2 + 3 = 5 k", "2 + 3 = 5 k"),  # k is no unit
])
def test_without_unit(step: str, run: str, expected: str) -> None:
    assert without_unit(step, run) == expected


@pytest.mark.parametrize(("text", "read"), [
    ("ln 3 ≈ 1.0986", "ln(3) ≈ 1.0986"),
    ("ln3 ≈ 1.0986", "ln(3) ≈ 1.0986"),
    ("ln 27 = 3 ln 3", "ln(27) = 3 ln(3)"),
    ("log_5 125 = 3", "log_5(125) = 3"),
    ("log₇ 49 = 2", "log_7(49) = 2"),
    ("x = ln 7/ln 3", "x = ln(7)/ln(3)"),
    ("so it tends to -ln 3.", "so it tends to -ln(3)."),
])
def test_a_logarithm_of_a_number_needs_no_parentheses(text: str, read: str) -> None:
    assert rewritten(text) == read


@pytest.mark.parametrize("text", ["log37", "log_37", "ln 3x", "ln 3^n", "ln 7/3", "ln 3 · 2",
                                  "log 100 = 2"])
def test_a_bare_logarithm_that_reads_two_ways_is_left_alone(text: str) -> None:
    assert rewritten(text) == text


@pytest.mark.parametrize(("step", "verdict"), [
    ("ln 3 ≈ 1.0986", Verdict.VERIFIED),
    ("ln 27 = 3 ln 3", Verdict.VERIFIED),
    ("log_5 125 = 3", Verdict.VERIFIED),
    ("log_5 125 = 4", Verdict.REFUTED),    # a whole log of a whole number: one reading
    ("ln 3 ≈ 1.3", Verdict.UNCHECKED),      # a plain function is never refuted otherwise
    ("ln 27 = 2 ln 3", Verdict.UNCHECKED),
])
def test_bare_logarithms_are_checked(step: str, verdict: Verdict) -> None:
    assert check_step("Evaluate.", [], step).verdict is verdict
