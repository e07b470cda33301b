"""Helpful declining (symbolic/understand.py) and the reference answer (reference.py)."""

from __future__ import annotations

import pytest

from tutor.reasoning.symbolic import ReferenceSolution, solve_reference
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.understand import OFFER, explain_decline, piece, question


@pytest.mark.parametrize(("latex", "kind"), [
    ("x^2 - 4 = 0", "equation"),
    (r"a + b \ge 2\sqrt{ab}", "inequality"),
    ("f(x) = 3x + 1", "function definition"),
    (r"\sum_{n=1}^{10} n^2", "expression"),
    ("42", "integer"),
    ("(3, -1)", "point"),
])
def test_pieces_are_typed_by_shape(latex: str, kind: str) -> None:
    assert piece(latex).kind == kind


@pytest.mark.parametrize(("problem", "said"), [
    (r"Prove that $x^2 + y^2 \ge 2xy$ for all real $x$ and $y$.",
     "I see an inequality to prove; I can't prove inequalities yet."),
    ("Show that the square root of 2 is irrational.", "I see a statement to prove"),
    ("Maria reads 12 pages on Monday and twice as many on Tuesday. How many pages does she "
     "read in all?",
     "I see a word problem"),
    (r"Simplify $\lambda t: t$.", "I couldn't read the maths safely"),
    (r"Compute $\sum_{n = 2}^\infty \frac{n - 3}{n(n^2 - 1)}$.",
     "a second, independent check of it disagreed"),
])
def test_a_decline_says_what_was_understood_and_what_to_do(problem: str, said: str) -> None:
    sol = solve_now(problem)
    assert sol.answer is None and sol.kind == "unsupported"
    assert said in sol.declined, sol.declined
    assert sol.declined.endswith(OFFER)
    assert "error" not in sol.declined.lower()


def test_question_words() -> None:
    assert question("Prove that 7 is prime.") == "proof"
    assert question("What is the probability of two heads?") == "probability"
    assert question("How many integers lie between 3 and 9?") == "count"
    assert explain_decline("Nothing here.", "problem not recognised").endswith(OFFER)


def test_reference_answers_say_how_far_to_trust_them() -> None:
    got = solve_reference(r"Solve $x^2 - 6x + 8 = 0$.", time_limit=20.0)
    assert isinstance(got, ReferenceSolution)
    assert (got.answer, got.confidence) == ("2, 4", "confirmed")
    assert got.steps and "substitut" in got.reason
    assert solve_reference("Write a poem about primes.").confidence == "declined"
    wrong_sum = solve_reference(r"Compute $\sum_{k = 2}^\infty \frac{k - 3}{k(k^2 - 1)}$.")
    assert wrong_sum.answer is None and wrong_sum.confidence == "declined"
