"""A value given as a solution of an equation with absolute values of its unknown ("Solve
|x - 4| = 7") is put into it (barred_equations): refuted when it fails, verified when it
holds. The strict parser still reads bars around numbers only."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_step
from tutor.verify.barred_equations import barred_pair
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


@pytest.mark.parametrize(("problem", "step"), [
    ("solve |x - 4| = 7", "x = 11 or x = -3"),
    ("Solve $|3y + 2| = 8$.", "So y = 2 or y = -10/3."),
    ("solve 2|x| + 3 = 11", "x = 4 or x = -4"),
    ("Find all solutions of $|2t - 1| = t + 4$.", "t = 5 or t = -1"),
    ("solve |x - 1| + |x + 3| = 10", "x = 4 or x = -6"),
])
def test_solutions_of_an_absolute_value_equation_verify(problem: str, step: str) -> None:
    verdict = check_step(problem, [], step)
    assert verdict.verdict is V, [(c.claim, c.reason) for c in verdict.claims]


@pytest.mark.parametrize(("problem", "step", "shown"), [
    ("solve |x - 4| = 7", "so x = 11 or x = 3", "the left side is 1, the right side 7"),
    ("Solve $|3y + 2| = 8$.", "y = 2 or y = 10/3", "the left side is 12"),
    ("solve 2|x| + 3 = 11", "x = 7", "the left side is 17"),
    ("Find all solutions of $|2t - 1| = t + 4$.", "t = 5 or t = 1", "the left side is 1"),
])
def test_a_wrong_solution_of_an_absolute_value_equation_is_refuted(
        problem: str, step: str, shown: str) -> None:
    verdict = check_step(problem, [], step)
    assert verdict.verdict is R
    assert any(shown in c.reason and "not a solution of" in c.reason for c in verdict.claims)


@pytest.mark.parametrize(("problem", "step"), [
    ("solve |x| = 2", "x = 2i"),  # put into |x|, a complex value gives its modulus
    ("solve |x - 4| = 7", "try x = 3"),
    ("solve |x - 4| = 7", "if x = 3, then |x - 4| = 1"),
    ("solve |x - 4| = 7", "x = 3 is not a solution"),
])
def test_values_not_given_as_real_solutions_are_not_refuted(problem: str, step: str) -> None:
    assert check_step(problem, [], step).verdict is not R


@pytest.mark.parametrize("pair", [
    ("P(A|B)", "0.3"),  # conditional probability, not bars
    ("||x| - 2|", "1"),  # bars inside bars
    ("|x|y", "3"),  # a product right after a closing bar
    ("|x - 4| + U", "1"),  # a letter the reader uses as a stand-in
])
def test_bars_that_do_not_read_one_way_give_no_equation(pair: tuple[str, str]) -> None:
    assert barred_pair(pair) is None


def test_each_absolute_value_is_read_on_its_own() -> None:
    pair = barred_pair(("|x - 1| + 2|x + 3|", "x + 12"))
    assert pair is not None
    assert str(pair[0]) == "Abs(x - 1) + 2*Abs(x + 3)"
