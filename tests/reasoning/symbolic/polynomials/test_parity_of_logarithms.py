"""Even, odd or neither (`polynomials.parity`) for functions with a logarithm: a base not
written only scales the function, so it is read as ln; a point outside the domain (where
the value is complex) is never a witness. Our own functions."""

from __future__ import annotations

import pytest

from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # defined only for x > 0: the domain is not symmetric
    (r"Is $f(x) = \log{x}$ an even function, odd function, or neither? Enter "
     '"odd", "even", or "neither".', "neither"),
    # x^2 + 1 is even
    (r"Is $g(x) = \log(x^2 + 1)$ even, odd, or neither?", "even"),
    (r"Determine whether $p(t) = \log(t^4 + 3) + t^2$ is even or odd.", "even"),
    # log|x| + x: f(1/3) and f(-1/3) differ, and neither is the other's negative
    (r"Is $k(x) = \log|x| + x$ even, odd, or neither?", "neither"),
])
def test_parity_with_an_unwritten_base(problem: str, answer: str) -> None:
    sol = solve_now(problem)
    assert sol.answer == answer and sol.confirmed, sol.detail


@pytest.mark.parametrize("problem", [
    # odd on (-1, 1); its values at 7/5 and -7/5 are complex, and were taken as a witness
    # for "neither" (the identity is not shown, so it declines)
    r"Is $h(x) = \ln\left(\frac{1 - x}{1 + x}\right)$ an even function, odd function, or "
    r"neither?",
    r"Is $h(x) = \log\left(\frac{2 - x}{2 + x}\right)$ even, odd, or neither?",
])
def test_values_outside_the_domain_are_no_witness(problem: str) -> None:
    assert solve_now(problem).answer in (None, "odd")
