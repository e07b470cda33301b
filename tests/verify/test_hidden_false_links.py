"""A step is not verified on its true claims when another claim in it is false but was
left aside (stop 48, wh21): a value read leniently that differs at 40 digits, a bare link
between two numbers in a chain, a chain that goes on from maths no reader took in, a
chain of `=` and `≡` modulo m in plain text. A claim taken back at once ("Wait, no:")
is no claim. Our own variants, with the right steps that stay verified."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_step
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


@pytest.mark.parametrize("step", [
    "log_3 81 = 4 and log_2 8 = 4",
    "log_5 25 = 2, and log_2 16 = 3",
    "sin(π/6) = 1/2, cos(π/3) = √3/2",
    "cos 60° = 1/2 and sin 30° = √3/2",
    # in LaTeX, where `^\\circ` makes the link no plain equality (stop 55, ck29)
    r"$\sin 60^\circ = \frac{\sqrt{3}}{2}$ and $\cos 30^\circ = \frac{1}{2}$",
    r"We have $\tan 45^\circ = 1$ and $\sin 90^\circ = 0$.",
    r"$\cos 0^{\circ} = 1$, $\sin 0^{\circ} = 1$",
    "gcd(12, 18) = 18 - 12 = 6 = 2",
    "lcm(4, 10) = 40 / 2 = 20 = 10",
    "d/dx (x^3 ln x) = 3x^2 · (1/x) = 3x",
    "d/dx (x^2 e^x) = 2x · e^x = 2x e^x",
    "∫_1^3 2x dx = [x²]_1^3 = 9 + 1 = 10",
    "∫_0^2 3x^2 dx = [x³]_0^2 = 8 + 0 = 8",
    "3 * (4 + 5) - 6 = 3 * 8 - 6 (brackets first) = 24 - 6 = 18",
    "1 + 1/2 + 1/4 + ... = 1/(1 + 1/2) = 2/3",
    "1 + 1/3 + 1/9 + ... = 1/(1 - 1/3) = 3/2",  # right, but its opening is not read
])
def test_a_false_claim_left_aside_keeps_the_step_from_verified(step: str) -> None:
    verdict = check_step("", [], step)
    assert verdict.verdict is not V, (step, verdict)


@pytest.mark.parametrize("step", [
    "log_3 81 = 4 and log_2 8 = 3",
    "sin(π/6) = 1/2, cos(π/3) = 1/2",
    "sin 60° = √3/2 and cos 60° = 1/2",
    r"$\sin 60^\circ = \frac{\sqrt{3}}{2}$ and $\cos 30^\circ = \frac{\sqrt{3}}{2}$",
    r"So $\cos 60^\circ = \frac{1}{2}$ and $\tan 60^\circ = \sqrt{3}$.",
    "cos(π/6) = √3/2",
    "gcd(12, 18) = 18 - 12 = 6",
    "x_1 = 3 + 4 = 7",
    "the total = 3 + 4 = 7",
    "20 * 2 = 40 + 10 = 50",
    "5 * 3 = 15 = 15",
    "2^10 = (2^3)^3 · 2 ≡ 1 · 2 = 2 (mod 7)",
    "3^8 ≡ 169 ≡ 16 (mod 17)",
    "15 * 14 = 200. Wait, no: 15 * 14 = 210.",
    "12 * 12 = 124, oops, 12 * 12 = 144",
    "Check: 4^{3/2} = 2³ = 8.",  # the opening, cut off from the run, is rebuilt and verified
    "Check: 9^{1/2} = 3 = 6 - 3",
    "d_{11} = 1 + 2 = 3",  # a name
    "90 km/h = 90 × 1000/3600 = 25",  # a measure with its unit
    "* 3 × 7 = 21\n* 21 + 4 = 25",  # list marks are no operators
])
def test_right_steps_stay_verified(step: str) -> None:
    assert check_step("", [], step).verdict is V, step


@pytest.mark.parametrize("step", [
    "2^10 = (2^3)^3 · 2 ≡ 1 · 4 = 4 (mod 7)",
    "3^8 ≡ 169 ≡ 15 (mod 17)",
    "5^3 = 125 ≡ 125 - 120 = 6 (mod 8)",
])
def test_a_false_link_in_a_plain_congruence_chain_is_refuted(step: str) -> None:
    assert check_step("", [], step).verdict is R, step


def test_a_wrong_value_not_taken_back_is_still_refuted() -> None:
    assert check_step("", [], "15 * 14 = 200. Wait, let me see.").verdict is R
    assert check_step("", [], "15 * 14 = 200").verdict is R


@pytest.mark.parametrize("step", ["1/3 ≈ 43.3%", "11/36 = 31.6%", "5/8 = 52.5%"])
def test_a_percent_is_compared_at_its_own_places(step: str) -> None:
    """`43.3%` is 0.433: its tolerance is a thousandth, not a tenth."""
    assert check_step("", [], step).verdict is R, step
    # a rough `≈` is left unchecked, never verified
    assert check_step("", [], "P = 7/9 ≈ 87.8%").verdict is U


@pytest.mark.parametrize("step", ["11/36 ≈ 30.6%", "2/3 ≈ 66.7%", "5/8 = 62.5%", "7/9 ≈ 77.8%"])
def test_right_percents_stay_verified(step: str) -> None:
    assert check_step("", [], step).verdict is V, step


@pytest.mark.parametrize(("problem", "step"), [
    ("Solve 2x - 7 ≥ 5.", "2x ≥ 12, so x ≥ 5"),
    ("Solve 2x - 7 ≥ 5.", "2x ≥ -2, so x ≥ -1"),
    ("Solve 3x + 1 < 10.", "3x < 9, hence x < 4"),
])
def test_each_inequality_of_a_solving_step_keeps_the_problems_solutions(
        problem: str, step: str) -> None:
    """A looser bound follows from the problem, but lets in values it does not."""
    assert check_step(problem, [], step).verdict is R, step


@pytest.mark.parametrize(("problem", "step"), [
    ("Solve 2x - 7 ≥ 5.", "2x ≥ 12, so x ≥ 6"),
    ("Solve 3x + 1 < 10.", "3x < 9, hence x < 3"),
])
def test_right_inequality_steps_stay_verified(problem: str, step: str) -> None:
    assert check_step(problem, [], step).verdict is V, step
