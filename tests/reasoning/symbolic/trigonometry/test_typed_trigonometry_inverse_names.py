"""The inverse functions LaTeX has no command for, written `\\operatorname{arccot}`,
`\\mathrm{arcsec}`, `\\text{arccsc}`, are read; below 0 their ranges differ between books,
so a negative argument declines. Our own values; answers by right triangles."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # cot t = 12/5: a 5-12-13 triangle, cos t = 12/13
    (r"What is $\cos\left(\operatorname{arccot} \frac{12}{5}\right)$?", r"\frac{12}{13}"),
    # sec t = 3: cos t = 1/3, sin t = sqrt(8)/3
    (r"Find $\sin(\mathrm{arcsec}\, 3)$.", r"\frac{2\sqrt{2}}{3}"),
    (r"Evaluate $\operatorname{arccot}(\sqrt{3})$.", r"\frac{\pi}{6}"),
    (r"What is $\text{arccsc}(2)$? Express your answer in radians.", r"\frac{\pi}{6}"),
])
def test_named_inverse_functions(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    r"Find $\cos(\operatorname{arccot}(-2))$.",  # -arccot 2 or pi - arccot 2
    r"Compute $\operatorname{arcsec}(-2)$.",
])
def test_negative_arguments_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    (r"Find $\arcsin\left(-\frac{\sqrt{2}}{2}\right)$ in radians.", r"-\frac{\pi}{4}"),
    (r"What is $\arccos\left(-\frac{1}{2}\right)$ in radians?", r"\frac{2\pi}{3}"),
])
def test_a_value_asked_in_radians(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_value_asked_in_degrees_is_not_read_as_radians() -> None:
    # answered in degrees by trigonometry/inverse_values.py, never as pi/2
    assert_solved(r"Compute $\arccos 0$ in degrees.", "90")
