"""An equation that is two earlier equations divided or multiplied side by side. Our
own variants, written for these tests."""

from __future__ import annotations

from tutor.verify.api import ChainChecker
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


def last_claim(problem: str, *steps: str) -> Verdict:
    """The verdict on the last claim of the last step (a generous time limit: these
    tests are about what is read, not how fast, and may run on a busy machine)."""
    checker = ChainChecker(problem, time_limit=20)
    return [checker.check(step) for step in steps][-1].claims[-1].verdict


def test_two_equations_divided_side_by_side() -> None:
    assert last_claim("Find the common ratio.", "So $b q^5 = 96$ and $b q^2 = 12$.",
                      "Dividing the first by the second: $\\frac{b q^5}{b q^2} = "
                      "\\frac{96}{12}$.") is V
    assert last_claim("Find the ratio of the terms.",
                      "We have $t_7 = t_1 k^6$ and $t_4 = t_1 k^3$.",
                      "Divide: $\\frac{t_7}{t_4} = \\frac{t_1 k^6}{t_1 k^3}$.") is V
    # the multiplier cancels when two conditions are divided
    assert last_claim("Find p/q.", "The conditions are $4p = \\mu(p + 3q)$ and "
                      "$6q = \\mu(2p + q)$.",
                      "Eliminating $\\mu$: $\\frac{4p}{6q} = \\frac{p + 3q}{2p + q}$.") is V


def test_two_equations_multiplied_side_by_side() -> None:
    assert last_claim("Find xy.", "We know $x^2 y = 18$ and $x y^2 = 12$.",
                      "Multiplying them, $x^3 y^3 = 216$.") is V


def test_wrong_quotients_stay_unchecked() -> None:
    # the second fraction turned upside down: never verified, never refuted
    assert last_claim("Find p/q.", "The conditions are $4p = \\mu(p + 3q)$ and "
                      "$6q = \\mu(2p + q)$.",
                      "Eliminating $\\mu$: $\\frac{4p}{6q} = \\frac{2p + q}{p + 3q}$.") is U
    assert last_claim("Find xy.", "We know $x^2 y = 18$ and $x y^2 = 12$.",
                      "Multiplying them, $x^3 y^3 = 30$.") is U
