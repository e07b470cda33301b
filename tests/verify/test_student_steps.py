"""Steps typed as a student types them into the app, checked one at a time as the app
checks them (`check_step`, the earlier steps as context): derivatives right and wrong
(prime notation, `dy/dx`, `d/dx (...)`), the derivative set to zero, `x = ±1`, integrals
typed plainly, a line that goes on with `= ...`. Our own wordings (session 42), with
near misses that must stay unchecked."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_step
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


def last_verdict(problem: str, *steps: str) -> Verdict:
    """The verdict on the last step, checked after the others as the app checks it."""
    return check_step(problem, list(steps[:-1]), steps[-1], time_limit=20).verdict


@pytest.mark.parametrize(("problem", "steps", "verdict"), [
    # derivatives in prime notation: right ones verified, wrong ones refuted
    ("f(x) = x^3, find f'(x)", ["f'(x) = 3x^2"], V),
    ("f(x) = x^3, find f'(x)", ["f'(x) = 2x^3"], R),
    ("differentiate g(x) = 5x^4 + 3x", ["g'(x) = 20x^3 + 3x"], R),
    ("find h'(t)", ["h(t) = t^3 - t", "h'(t) = 3t^2"], R),
    ("find h'(t)", ["h(t) = t^3 - t", "h'(t) = 3t^2 - 1"], V),
    ("p(x) = x^3 + x, find p'(2)", ["p'(x) = 3x^2 + 1", "p'(2) = 12"], R),
    ("p(x) = x^3 + x, find p'(2)", ["p'(x) = 3x^2 + 1", "p'(2) = 13"], V),
    ("k(x) = x^5 find k''(x)", ["k'(x) = 5x^4", "k''(x) = 20x^4"], R),
    ("q(x) = 1/x, find q'(x)", ["q'(x) = 1/x^2"], R),
    ("q(x) = 1/x, find q'(x)", ["q'(x) = -1/x^2"], V),
    # Leibniz's notation after the name is given an expression
    ("find dy/dx if y = x^4 - 2x", ["dy/dx = 4x^3 - 2"], V),
    ("y = 3x^2 + 5x, find dy/dx", ["dy/dx = 6x"], R),
    ("differentiate", ["y = 2t^3 - t^2", "dy/dt = 6t^2 - 2t"], V),
    ("differentiate x^3 - 2x", ["d/dx (x^3 - 2x) = 3x^2 - 2"], V),
])
def test_derivatives_as_students_type_them(problem: str, steps: list[str],
                                           verdict: Verdict) -> None:
    assert last_verdict(problem, *steps) is verdict


@pytest.mark.parametrize(("problem", "steps"), [
    # setting the derivative to zero is an equation to solve, not a derivative
    ("f(x) = x^3 - 3x", ["f'(x) = 0"]),
    ("f(x) = x^3 - 3x", ["f'(x) = 5"]),
    # one piece of a function defined in pieces
    ("f(x) = x^2 for x < 1 and 2x - 1 otherwise, find f'(x)", ["f'(x) = 2"]),
    # a letter in the definition: the claim may hold for its value
    ("f(x) = ax^2 + 3x, find f'(x)", ["f'(x) = 2ax"]),
    # y given two expressions (a curve and its tangent): which one is meant is unsure
    ("the curve y = x^3 has tangent line y = 3x - 2 at x = 1", ["dy/dx = 5x"]),
    # the derivative of an expression: verify only
    ("differentiate x^3", ["d/dx (x^3) = 2x^2"]),
    # a rounded value is not read
    ("f(x) = x^3, find f'(0.3)", ["f'(0.3) = 0.26"]),
])
def test_derivative_near_misses_stay_unchecked(problem: str, steps: list[str]) -> None:
    assert last_verdict(problem, *steps) is U


@pytest.mark.parametrize(("problem", "steps", "verdict"), [
    ("Find the critical points of f(x) = x^3 - 3x",
     ["f'(x) = 3x^2 - 3", "3x^2 - 3 = 0"], V),
    ("find the max and min of f(x) = x^3 - 6x^2 + 9x",
     ["f'(x) = 3x^2 - 12x + 9", "3(x^2 - 4x + 3) = 0"], V),
    ("where is g(t) = t^2 - 8t increasing?", ["g'(t) = 2t - 8", "2t = 8"], V),
    # not the derivative set to zero
    ("Find the critical points of f(x) = x^3 - 3x", ["f'(x) = 3x^2 - 3", "3x^2 + 3 = 0"], U),
    # the problem does not ask where the derivative is zero
    ("find the derivative of f(x) = x^3 - 3x", ["f'(x) = 3x^2 - 3", "3x^2 - 3 = 0"], U),
])
def test_the_derivative_set_to_zero(problem: str, steps: list[str], verdict: Verdict) -> None:
    assert last_verdict(problem, *steps) is verdict


@pytest.mark.parametrize(("problem", "steps", "verdict"), [
    ("Find the critical points of f(x) = x^3 - 3x", ["x^2 = 1", "x = ±1"], V),
    ("solve for w", ["w^2 = 9", "w = ±3"], V),
    # two values that do not solve the equation before: not verified, never refuted
    ("find the stationary points", ["x^2 = 4", "x = ±4"], U),
])
def test_plus_minus_typed_plainly(problem: str, steps: list[str], verdict: Verdict) -> None:
    assert last_verdict(problem, *steps) is verdict


@pytest.mark.parametrize(("step", "verdict"), [
    ("∫ 3x^2 dx = x^3 + C", V),
    ("integral of 2t dt = t^2 + C", V),
    ("∫ 1/x^2 dx = -1/x + C", V),
    ("∫ cos(x) dx = sin(x) + C", V),
    ("∫_0^3 x^2 dx = 9", V),
    ("integral from 1 to 2 of 3x^2 dx = 7", V),
    ("∫ x^2 dx = x^3 + C", R),
    ("integral of 6x^2 dx = 3x^3 + C", R),
    ("∫ 1/x^2 dx = 1/x + C", R),
    ("∫_0^3 x^2 dx = 27", R),
    ("integral from 0 to 2 of x^3 dx = 8", R),
    (r"$\int x^3 \, dx = 3x^2 + C$", R),
    # a missing constant is no error
    ("∫ 2x dx = x^2", V),
    # a sentence after the maths: the line is not read as an integral
    ("the integral of 2x dx = x^2 + C is easy", U),
    # a rounded value is never refuted
    ("∫_0^1 x^2 dx = 0.33", U),
])
def test_integrals_typed_plainly(step: str, verdict: Verdict) -> None:
    assert last_verdict("integrate", step) is verdict


def test_a_line_that_goes_on_from_the_step_before() -> None:
    problem = "what is 1/2 + 1/3"
    assert last_verdict(problem, "1/2 + 1/3 = 3/6 + 2/6", "= 5/6") is V
    # a step typed on its own as only `= ...` goes on from the step before for certain
    # (stop 43): a wrong one is refuted
    assert last_verdict(problem, "1/2 + 1/3 = 3/6 + 2/6", "= 5/7") is R
    # without a step before, nothing to go on from
    assert last_verdict(problem, "= 5/6") is U


@pytest.mark.parametrize(("problem", "steps", "verdict"), [
    # the problem's inequality is read after "solve" although it opens with a minus
    ("solve -2x + 1 <= 7", ["-2x <= 6"], V),
    ("solve -2x + 1 <= 7", ["-2x <= 6", "x >= -3"], V),
    ("Solve -3x < 12", ["x > -4"], V),
    ("simplify -5t - 4 > 6", ["-5t > 10", "t < -2"], V),
    # the sign not turned: refuted (stop 43; never verified before)
    ("solve -3x < 12", ["x < -4"], R),
    ("solve -2x + 1 <= 7", ["-2x <= 6", "x <= -3"], R),
])
def test_inequalities_step_by_step(problem: str, steps: list[str], verdict: Verdict) -> None:
    assert last_verdict(problem, *steps) is verdict
