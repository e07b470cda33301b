"""The step checker on real steps: what it verifies, what it refutes, what it leaves."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_step, check_steps
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


def verdicts(problem: str, *steps: str) -> list[Verdict]:
    return [v.verdict for v in check_steps(problem, list(steps))]


def test_smollm2_example_from_the_issue() -> None:
    # Written by SmolLM2-135M through llama.cpp for "Solve 2x + 3 = 11".
    steps = [
        "To solve for x, we start by subtracting 3 from both sides of the equation, "
        "which gives us 2x = 11 - 3 = 6.",
        "Then we divide both sides of the equation by 2, which gives us x = 6.",
    ]
    result = check_steps("Solve 2x + 3 = 11", steps)
    assert [v.verdict for v in result] == [R, R]
    assert result[0].reason == "11 - 3 = 8, not 6"
    assert "not a solution" in result[1].reason
    # the correct rewrite 2x = 11 - 3 inside the same step is verified, not refuted
    kinds = {c.claim: c.verdict for c in result[0].claims}
    assert kinds["2x = 11 - 3"] is V


def test_correct_solution_is_verified() -> None:
    steps = [
        "Subtract 3 from both sides: $2x = 11 - 3 = 8$.",
        "Divide by 2: $x = 4$.",
    ]
    assert verdicts("Solve 2x + 3 = 11", *steps) == [V, V]


@pytest.mark.parametrize(
    "step, expected",
    [
        (r"So \(3 \times 17 = 51\) apples.", V),
        (r"So \(3 \times 17 = 52\) apples.", R),
        (r"We get $\frac{1}{3} \times 18 = 6$ flamingos.", V),
        (r"We get $\frac{1}{3} \times 18 = 7$ flamingos.", R),
        ("She has 18 - 6 = 12 left.", V),
        ("She has 18 - 6 = 11 left.", R),
        ("Then 2^10 = 1024.", V),
        ("That is 20% * 50 = 10 dollars.", V),
        (r"So $\sqrt{16} + 5! = 124$.", V),
        (r"So $\sqrt{16} + 5! = 125$.", R),
        ("Each gets 10/3 = 3.33 litres.", V),  # rounded decimal
        ("Each gets 10/3 = 3.5 litres.", R),
        (r"The area is about $\pi \cdot 2^2 \approx 12.57$.", V),
        (r"$(x+1)^2 = x^2 + 2x + 1$", V),
        (r"$\frac{d}{dx} x^3 = 3x^2$", V),
        (r"$\int 2x\,dx = x^2 + C$", V),
        ("So 7 > 3 + 5 is what we need.", R),
        ("Since 9 > 2 * 4, we stop.", V),
    ],
)
def test_single_claims(step: str, expected: Verdict) -> None:
    assert verdicts("", step) == [expected]


@pytest.mark.parametrize(
    "step",
    [
        # `=` that is not an equality of the numbers written
        "1529 ÷ 6 = 254 with a remainder of 5.",
        r"\[ 1344 \div 175 = 7 \quad \text{(quotient)} \]",
        r"\(4 \text{ hours} = 4 \times 60 = 240 \text{ minutes}\)",
        "One-third of 27 = 27 ÷ 3 = 9 unicorns.",
        "Increase = 20% of $20 = 0.20 × $20 = $4. New price = $20 + $4 = $24.",
        "Percentage = (4 / 20) * 100 = 0.2 * 100 = 20%.",
        "New position: 1st - 5 = 6th",
        r"\[ \text{Brianna's Points} = \text{Naomi's Points} + 17 = 68 + 17 = 85 \]",
        "The running total is 20 * 2 = 40 + 10 = 50.",
        r"$2^{10} \equiv 1 \pmod{3}$",
        r"We round: $x^2 = (2.8284)^2 = 8$.",
        r"Mixed number: $2\frac{1}{2} = 2.5$.",
        "5 hours * 60 = 300 minutes",
        r"$\sin 30^\circ = \frac{1}{2}$",
        "The count is (6 + 4 - 1) choose (4 - 1) = 9 choose 3 = 84.",
        r"So \(f^{-1}(0) = 3\).",
        r"\[ \text{Total} = 52 + 24 = 76 \] \[ \text{Total} = 76 + 44 = 120 \]",
    ],
)
def test_never_refutes_correct_or_ambiguous_steps(step: str) -> None:
    assert verdicts("", step) != [R]


def test_a_named_quantity_restated_with_another_value_is_refuted() -> None:
    step = (
        r"\[ \text{Total fruits} = 52 + 24 + 44 + 48 \] "
        r"\[ \text{Total fruits} = 178 \]"
    )
    [verdict] = check_steps("", [step])
    assert verdict.verdict is R
    assert "52 + 24 + 44 + 48 = 168" in verdict.reason
    fine = step.replace("178", "168")
    assert verdicts("", fine) == [V]


def test_identity_refutation_needs_certainty() -> None:
    # (x+1)^2 = x^2 + 1 is false as an identity but true as an equation (x = 0):
    # without knowing which is meant, the checker must not mark it wrong.
    assert verdicts("", r"$(x+1)^2 = x^2 + 1$") == [U]


def test_equation_rewrite_is_checked_against_the_previous_equation() -> None:
    steps = ["We have $x^2 - 5x + 6 = 0$.", "Factor: $(x - 2)(x - 3) = 0$."]
    assert verdicts("Solve x^2 - 5x + 6 = 0.", *steps) == [V, V]


def test_check_step_uses_earlier_steps_as_context() -> None:
    previous = ["Subtract 3: $2x = 8$."]
    assert check_step("Solve 2x + 3 = 11", previous, "So $x = 4$.").verdict is V
    wrong = check_step("Solve 2x + 3 = 11", previous, "So $x = 5$.")
    assert wrong.verdict is R
    assert "x = 5" in wrong.reason


def test_prose_without_maths_is_unchecked() -> None:
    assert verdicts("", "Let's think about what the problem asks.") == [U]
    assert check_steps("", []) == []
