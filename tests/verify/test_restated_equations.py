"""Claims that restate an equation written long before (the problem's, or one many
steps back), after it has left the window of recent equations. Our own variants,
written for these tests."""

from __future__ import annotations

from tutor.verify.api import ChainChecker
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED

# Eight equations between two unknowns each: they push the first one out of view.
_BETWEEN = ["From the second clue, $p - q = 1$ and $p + q = 9$.",
            "Adding them, $2p = 10$, so $p = 5$ and $q = 4$.",
            "Next, $u + w = 7$ and $u - w = 3$.",
            "Adding, $2u = 10$, so $u = 5$ and $w = 2$."]


def verdicts(problem: str, *steps: str) -> list[Verdict]:
    checker = ChainChecker(problem)
    return [checker.check(step).verdict for step in steps]


def test_the_first_equation_recalled_after_many_steps_is_verified() -> None:
    steps = ["The first clue gives $3a + 2b - c = 11$.", *_BETWEEN, *_BETWEEN,
             "Recall the first equation $3a + 2b - c = 11$."]
    assert verdicts("Three numbers a, b, c satisfy three clues.", *steps)[-1] is V
    # written as a multiple, or the other way round
    steps[-1] = "Recall the first equation: $22 = 6a + 4b - 2c$."
    assert verdicts("Three numbers a, b, c satisfy three clues.", *steps)[-1] is V


def test_a_relation_from_the_problem_restated_late_is_verified() -> None:
    problem = ("The numbers $m$, $n$, $k$ satisfy $mn + k = 20$, $m + n = 9$, $k - m = 1$, "
               "$n - k = 2$ and $mnk = 24$. Find $m$.")
    steps = [*_BETWEEN, "We are told that $mnk = 24$ and so $24 = mnk$."]
    assert verdicts(problem, *steps)[-1] is V
    checker = ChainChecker(problem)
    for step in steps[:-1]:
        checker.check(step)
    claim = checker.check(steps[-1]).claims[0]
    assert claim.verdict is V and "restates the earlier" in claim.reason


def test_a_misremembered_old_equation_is_neither_verified_nor_refuted() -> None:
    steps = ["The first clue gives $3a + 2b - c = 11$.", *_BETWEEN, *_BETWEEN,
             "Recall the first equation $3a + 2b + c = 11$."]
    assert verdicts("Three numbers a, b, c satisfy three clues.", *steps)[-1] is U
    steps[-1] = "Recall the first equation $3a + 2b - c = 12$."
    assert verdicts("Three numbers a, b, c satisfy three clues.", *steps)[-1] is U


def test_two_old_equations_are_never_combined() -> None:
    # Case 1 and case 2 each wrote an equation in a and b; a claim that only a
    # combination of the two would give stays unchecked.
    steps = ["In the first case $a + b = 6$.", *_BETWEEN, "In the second case $a - b = 2$.",
             *_BETWEEN, "Then $a = 4$."]
    assert verdicts("Find a and b in each case.", *steps)[-1] is U


def test_the_problems_equation_written_again_at_once_is_verified_as_given() -> None:
    problem = "Where does the line $5x + 2y = 20$ cross the y-axis?"
    checker = ChainChecker(problem)
    first = checker.check("Setting $x = 0$ in $5x + 2y = 20$: $2y = 20$, so $y = 10$.")
    assert first.verdict is V
    assert any(c.reason == "the problem's equation" for c in first.claims)
    # the sides swapped is the same equation
    assert verdicts(problem, "We have $20 = 5x + 2y$.") == [V]
    # a changed sign is not the problem's equation, nor a rewrite of a value
    assert verdicts(problem, "We have $5x - 2y = 20$.") != [V]
    # a rewrite with terms moved is checked as a rewrite, not as the problem's equation
    solve = ChainChecker("Solve $4x + 1 = 13$.")
    solve.check("$4x + 1 = 13$")
    moved = solve.check("$4x = 12$")
    assert moved.verdict is V and all(c.reason != "the problem's equation" for c in moved.claims)
    wrong = ChainChecker("Solve $4x + 1 = 13$.")
    wrong.check("$4x + 1 = 13$")
    assert wrong.check("$4x = 14$").verdict is R
