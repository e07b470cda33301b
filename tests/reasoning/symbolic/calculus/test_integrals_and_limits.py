"""Definite integrals and limits (calculus/rules.py): F(b) - F(a) only where the integrand
is continuous from a to b, confirmed by quadrature, asked in words too; a limit written
without a side is taken from both sides, and does not exist when the two sides (each
found and confirmed numerically) differ."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("integrate x^3 from 0 to 2", "4"),
    ("Find the integral of 6x^2 - 2 from 1 to 2.", "12"),
    (r"Evaluate the integral of $\cos x$ from $0$ to $\frac{\pi}{2}$.", "1"),
    (r"Evaluate $\int_{1}^{9} \sqrt{x} \, dx$.", "\\frac{52}{3}"),
])
def test_definite_integrals(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 1/x^2 has no integral from -2 to 1 (it diverges at 0); F(b) - F(a) would say -3/2
    r"Evaluate $\int_{-2}^{1} \frac{1}{x^2} \, dx$.",
    "integrate 1/x^3 from -1 to 2",
    # tan x is not defined at pi/2
    r"Evaluate $\int_{0}^{\pi} \tan x \, dx$.",
    # 1/(x - 3) crosses its pole
    "Find the integral of 1/(x - 3) from 0 to 5.",
])
def test_integrals_across_a_pole_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    (r"Find $\lim_{x \to 3} \frac{x^2 - 9}{x - 3}$.", "6"),
    (r"Find $\lim_{x \to 0} \frac{\sin 2x}{x}$.", "2"),
])
def test_limits_from_both_sides(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "left", "right"), [
    # from the right 1, from the left -1: there is no limit (SymPy's default side said 1)
    (r"Find $\lim_{x \to 0} \frac{|x|}{x}$.", "-1", "1"),
    (r"Find $\lim_{x \to 2} \frac{|x - 2|}{x - 2}$.", "-1", "1"),
    # +infinity from the right, -infinity from the left
    (r"Find $\lim_{x \to 0} \frac{1}{x}$.", r"-\infty", r"\infty"),
    ("What is the limit of (x + 3)/(x - 1) as x approaches 1?", r"-\infty", r"\infty"),
])
def test_limits_whose_sides_differ_do_not_exist(problem: str, left: str, right: str) -> None:
    sol = assert_solved(problem)
    assert sol.answer == r"\text{does not exist}"
    assert sol.steps[0].text.endswith(f"= {left}$") and sol.steps[1].text.endswith(
        f"= {right}$")


def test_a_limit_that_grows_the_same_way_on_both_sides_is_infinity() -> None:
    assert assert_solved(r"Find $\lim_{x \to 1} \frac{3}{(x - 1)^2}$.").answer == r"\infty"


@pytest.mark.parametrize(("problem", "logs"), [
    # a fraction's antiderivative holds where the argument is negative too: ln|u|
    ("Integrate 1/x.", [r"\left|{x}\right|"]),
    ("Integrate 3/(x - 4).", [r"\left|{x - 4}\right|"]),
    ("Integrate 1/(x^2 - 4).", [r"\left|{x - 2}\right|", r"\left|{x + 2}\right|"]),
])
def test_logarithms_of_fractions_take_absolute_values(problem: str, logs: list[str]) -> None:
    got = solve_now(problem)
    assert got.answer is not None and got.confirmed
    assert all(part in str(got.answer) for part in logs)


def test_a_logarithm_in_the_integrand_keeps_its_own_domain() -> None:
    # x ln x - x: the integrand is defined only for x > 0, so no absolute value is added
    got = solve_now("Integrate ln(x).")
    assert got.answer is not None and "left|" not in str(got.answer)
