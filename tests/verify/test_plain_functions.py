"""Functions typed without LaTeX (issue 12 item 1): confirmed through their LaTeX
reading, never refuted. Our own values, no benchmark text."""

from __future__ import annotations

import pytest

from tutor.verify.api import ChainChecker
from tutor.verify.plain_functions import as_latex
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


def check(step: str) -> Verdict:
    return ChainChecker("Work it out.").check(step).verdict


@pytest.mark.parametrize(
    ("text", "latex"),
    [
        ("log_5(125)", r"\log_{5}(125)"),
        ("log7(49)", r"\log_{7}(49)"),
        ("log_{10}(0.01)", r"\log_{10}(0.01)"),
        ("ln(4) + exp(1)", r"\ln(4) + \exp(1)"),
        ("cos(0)", r"\cos(0)"),
        ("log(50)", None),  # base e or base 10: the writer's habit decides
        ("1 + 2", None),
        (r"\ln(3)", None),  # already LaTeX
    ],
)
def test_plain_names_become_latex(text: str, latex: str | None) -> None:
    assert as_latex(text) == latex


@pytest.mark.parametrize(
    ("step", "expected"),
    [
        ("so log_5(125) = 3, the exponent we need", V),
        ("then log7(343) = 3 and ln(1) = 0", V),
        ("here log_{2}(1/16) = -4", V),
        ("we get ln(5) ≈ 1.609", V),
        ("so cos(pi/3) = 1/2", V),
        # a whole number's logarithm to a whole base has one reading: refuted when false
        ("so log_5(125) = 4", R),
        ("log2(64) = 5", R),
        ("log_9(27) = 2", R),  # 3/2
        ("log_9(27) = 3/2", V),
        ("log_10(50) = 1.7", U),  # rounded: not read
        ("if log_3(9) = 3 then", U),  # a supposition
        # wrong, but read by us, not typed as LaTeX: left unchecked, never red
        ("then ln(1) = 1", U),
        ("log(1000) = 3", U),  # which base is the writer's?
        ("as k grows, ln(c_k) tends to -ln5 ≈ -1.609", U),
    ],
)
def test_plain_function_values_are_confirmed_or_left(step: str, expected: Verdict) -> None:
    assert check(step) is expected


def test_a_plain_slip_beside_a_function_is_still_refuted() -> None:
    assert check("log_2(8) = 3, and 3 + 4 = 8") is R
