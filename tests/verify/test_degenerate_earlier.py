"""Earlier equations that pin down nothing real do not verify a later claim: an equation
every value satisfies (`0 \\times (m - 4) = 0`) has no solution to restate, and linear
equations without constants that meet only at zero (`u = 3w`, `u = 5w`, two readings
that contradict each other) do not make every claim that vanishes at zero true."""

from __future__ import annotations

from tutor.verify.api import ChainChecker
from tutor.verify.verdict import Verdict

V = Verdict.VERIFIED


def verdicts(problem: str, *steps: str) -> list[Verdict]:
    checker = ChainChecker(problem)
    return [checker.check(step).verdict for step in steps]


def test_a_value_is_not_a_solution_of_an_equation_every_value_solves() -> None:
    found = verdicts("Count the squares on the grid.",
                     "Squares of side 4: \\[ (4-4) \\times (m-4) = 0 \\times (m-4) = 0 \\]",
                     "So \\[ 3m - 2 = 40 \\] and \\[ m = 14 \\]",
                     "But m must be odd, so the right value is \\[ m = 15 \\]")
    assert found[0] is V and found[-1] is not V


def test_a_wrong_value_after_a_product_with_zero_is_not_verified() -> None:
    found = verdicts("How many rows?",
                     "The empty rows give \\( 0 \\cdot (r + 2) = 0 \\).",
                     "Hence \\( r = 9 \\).")
    assert found[-1] is not V


def test_a_claim_true_only_where_everything_is_zero_is_not_verified() -> None:
    found = verdicts("Find u.", "We have \\( u = 3w \\) and \\( u = 5w \\).",
                     "So \\( u^2 + 4w^3 = 7uw \\).")
    assert found[-1] is not V


def test_the_one_solution_of_linear_equations_still_verifies() -> None:
    found = verdicts("Find u and w.", "We have \\( u + w = 5 \\) and \\( u - w = 1 \\).",
                     "So \\( u^2 - w^2 = 5 \\cdot 1 \\) and \\( uw = 6 \\).")
    assert found[-1] is V
