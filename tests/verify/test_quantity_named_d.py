"""A quantity named d over another (`\\frac{d}{t}` for distance over time, `\\frac{d}{2}` for
half a diameter) is no derivative: its chain is plain arithmetic, so a slip after it is
refuted and never shown verified. `\\frac{d}{dx}`, `\\frac{dy}{dx}` stay calculus. Our own
variants."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_steps
from tutor.verify.extract.calculus_arithmetic import DERIVATIVE
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED

_CAR = "A car travels 240 km in 4 hours. What is its average speed?"
_PLATE = "A round plate is 26 cm across. What is its radius?"


@pytest.mark.parametrize(("problem", "steps"), [
    # the slip repeats a formula an earlier step gave: it used to be shown verified
    (_CAR, [r"$v = \frac{d}{t}$.", r"So $v = \frac{d}{t} = \frac{240}{4} = 50$ km/h."]),
    (_CAR, [r"Speed is $\frac{d}{t} = \frac{240}{4} = 70$."]),
    (_PLATE, [r"The radius is $r = \frac{d}{2} = \frac{26}{2} = 12$ cm."]),
    (_PLATE, [r"$r = \dfrac{d}{2}$", r"$r = \dfrac{d}{2} = \dfrac{26}{2} = 14$"]),
])
def test_a_slip_after_a_quantity_named_d_is_refuted(problem: str, steps: list[str]) -> None:
    assert check_steps(problem, steps)[-1].verdict is R


@pytest.mark.parametrize(("problem", "steps"), [
    (_CAR, [r"$v = \frac{d}{t}$.", r"So $v = \frac{d}{t} = \frac{240}{4} = 60$ km/h."]),
    (_PLATE, [r"The radius is $r = \frac{d}{2} = \frac{26}{2} = 13$ cm."]),
])
def test_right_arithmetic_after_a_quantity_named_d_is_not_refuted(
        problem: str, steps: list[str]) -> None:
    assert all(v.verdict is not R for v in check_steps(problem, steps))
    assert check_steps(problem, steps)[-1].verdict is V


@pytest.mark.parametrize("text", [r"\frac{d}{dx} x^2", r"\frac{dy}{dx}", r"\frac{d^{2}y}{dx^{2}}",
                                  r"\frac{d^2 y}{d x^2}", r"\dfrac{dV}{dt}",
                                  r"\frac{d}{d\theta} \sin\theta"])
def test_derivatives_written_as_fractions_are_calculus(text: str) -> None:
    assert DERIVATIVE.search(text)


@pytest.mark.parametrize("text", [r"\frac{d}{t}", r"\frac{d}{2}", r"\frac{d_1}{d_2}",
                                  r"\frac{d + 4}{3}", r"\dfrac{d}{v}"])
def test_a_quantity_named_d_over_another_is_no_derivative(text: str) -> None:
    assert not DERIVATIVE.search(text)


def test_a_derivative_chain_is_still_checked_as_calculus() -> None:
    problem = "Find the slope of y = x^3 at x = 2."
    [step] = check_steps(problem, [r"$\frac{d}{dx}(x^3) = 3x^2$, and $3 \cdot 2^2 = 12$."])
    assert step.verdict is V
