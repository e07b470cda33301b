"""A root named by its order or sign in words ("the bigger root is 7", "so the smaller
solution is 1/3"), checked against the problem's equation by tutor/verify/ordered_roots."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_step, check_steps
from tutor.verify.ordered_roots import ordered_root_claims
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


@pytest.mark.parametrize(("problem", "step"), [
    ("Solve x^2 - 9x + 14 = 0 and give the bigger root", "the bigger root is 7"),
    ("solve 3x^2 - 7x + 2 = 0, smaller solution", "so the smaller solution is 1/3"),
    ("Solve y^2 + 2y - 15 = 0.", "the smallest one is -5"),
    ("Solve x^2 + x - 12 = 0 and give the positive root", "the positive root is 3"),
    ("Solve x^2 + x - 12 = 0", "the negative root is −4."),
    ("solve t^2 - 6t + 5 = 0", "The larger root of t is 5, which is the answer"),
    ("Solve 2x^3 - 3x^2 - 2x = 0", "so the largest root is 2"),
])
def test_the_named_root_is_verified(problem: str, step: str) -> None:
    assert check_step(problem, [], step).verdict is V


@pytest.mark.parametrize(("problem", "step", "reason"), [
    ("Solve x^2 - 11x + 24 = 0 and give the larger root", "the larger root is 3",
     "the larger is 8, not 3"),
    ("solve 2z^2 - 5z + 2 = 0", "so the bigger solution is 1/2", "the bigger is 2, not 1/2"),
    ("Solve x^2 - 4 = 0", "the smaller root is 2", "the smaller is -2, not 2"),
])
def test_the_other_root_of_a_quadratic_is_refuted(problem: str, step: str,
                                                  reason: str) -> None:
    verdict = check_step(problem, [], step)
    assert verdict.verdict is R
    assert reason in verdict.reason


@pytest.mark.parametrize(("problem", "steps"), [
    # the bigger root of u's equation, not x's
    ("Solve x^4 - 10x^2 + 9 = 0", ["let u = x^2", "u^2 - 10u + 9 = 0", "the bigger root is 9"]),
    ("Solve (x - 1)^2 - 5(x - 1) + 6 = 0",
     ["let t = x - 1", "t^2 - 5t + 6 = 0", "the smaller root is 3"]),
    # "one" and "value" may count anything
    ("Solve x^2 - 7x + 10 = 0", ["the smaller one is 5"]),
    ("Solve x^2 - 7x + 10 = 0", ["the larger value is 2"]),
    # a cubic's other roots: the writer may mean a factor's roots
    ("Solve x^3 - 7x^2 + 10x = 0", ["the largest root is 2"]),
    # not a root of the equation at all: another quantity
    ("Solve x^2 - 7x + 10 = 0", ["the bigger root is 7"]),
    # two positive roots: which one is meant is not told
    ("Solve x^2 - 7x + 10 = 0", ["the positive root is 2"]),
    # no equation to solve
    ("Two numbers sum to 20 and differ by 6. Find the bigger.", ["the bigger one is 7"]),
    # the value goes on
    ("Solve x^2 - 7x + 10 = 0", ["the bigger root is 2 more than the smaller"]),
    ("Solve x^2 - 7x + 10 = 0", ["the bigger root is 2.5 times the smaller"]),
])
def test_what_may_mean_another_root_is_not_refuted(problem: str, steps: list[str]) -> None:
    assert check_steps(problem, steps)[-1].verdict is not R


def test_nothing_is_claimed_without_a_named_root() -> None:
    assert ordered_root_claims(("x^2 - 7x + 10", "0"), "the roots are 2 and 5") == []
    assert ordered_root_claims(None, "the bigger root is 5") == []
    assert ordered_root_claims(("x^2 + 1", "0"), "the bigger root is 1") == []


def test_a_root_of_an_equation_with_another_letter_in_the_problem_is_not_refuted() -> None:
    problem = "Solve x^2 - 5x + 6 = 0, given that y = 2x + k."
    assert check_steps(problem, ["the smaller root is 3"])[-1].verdict is not R
    assert check_steps(problem, ["the larger root is 2"])[-1].verdict is not R
