"""Helpful declining (symbolic/understand.py) and the reference answer (reference.py)."""

from __future__ import annotations

import pytest

from tutor.reasoning.symbolic import ReferenceSolution, solve_reference
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.understand import (
    OFFER,
    asked_for,
    explain_decline,
    piece,
    question,
    situation,
)


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
    (r"Simplify $\lambda t: t$.", "I couldn't read the maths safely"),
    (r"Compute $\sum_{n = 2}^\infty \frac{n - 3}{n(n^2 - 1)}$.",
     "a second, independent check of it disagreed"),
    # maths typed without dollar signs is named as maths, not as a story's numbers
    ("solve y^2 + 16 = 0", "I see an equation, and I found no real solution of it"),
    ("Find the real roots of t^2 + 2t + 5 = 0.", "If complex solutions are wanted, say so"),
    # a minus before a power said in words: the sign inside the power or outside it
    ("What is -4 squared?", "-4 squared reads two ways, (-4) squared or -(4 squared)"),
    ("evaluate negative 2 cubed", "-2 cubed reads two ways"),
    ("What is -5 to the power of 2?", "-5 to the power of 2 reads two ways"),
])
def test_a_decline_says_what_was_understood_and_what_to_do(problem: str, said: str) -> None:
    sol = solve_now(problem)
    assert sol.answer is None and sol.kind == "unsupported"
    assert said in sol.declined, sol.declined
    assert sol.declined.endswith(OFFER)
    assert "error" not in sol.declined.lower()


@pytest.mark.parametrize(("problem", "said"), [
    # stories: what they are about and what they ask, in the problem's own words
    ("A canoe goes 12 km upstream in 3 hours and back in 2 hours. How many hours would the trip "
     "take in still water?",
     "I read this as a word problem about speed, distance and time asking how many hours, but "
     "I can't yet solve stories like this one reliably."),
    (r"Ravi has $\$4.15$ in nickels and quarters, 31 coins in all. How many nickels does he have?",
     "a word problem about coins and their values asking how many nickels"),
    ("How much water must be added to 6 quarts of a 40% brine to dilute it to a 25% brine?",
     "a word problem about percentages asking how much water"),
    ("A tin can is 10 cm tall and holds 500 mL. What is the radius of its base?",
     "a word problem asking for the radius of its base"),
    ("Tomorrow is a Friday. What day of the week was it 45 days ago?",
     "about remainders and congruences asking for the day of the week"),
    # maths pieces: named by kind, and a topic that only repeats the kind is left out
    (r"Which residue $r$ modulo 9 satisfies $4r \equiv 7 \pmod 9$?",
     "I see a congruence, but I can't answer this question reliably yet."),
    (r"What is the eccentricity of the ellipse $4x^2 + 9y^2 = 36$?",
     "I see an equation in a problem about conic sections, asking for the eccentricity"),
])
def test_a_decline_names_the_situation_and_the_question(problem: str, said: str) -> None:
    message = explain_decline(problem, "problem not recognised")
    assert said in message, message
    assert message.endswith(OFFER)


def test_story_numbers_are_not_expressions() -> None:
    assert [piece(q).kind for q in (r"\$7.50", "35\\%", r"40^\circ", r"\pi")] == ["quantity"] * 4
    assert situation("Nothing but words here.") is None
    assert situation("Three coins are tossed. What is the probability of two tails?") == "chance"
    # a box of things and a square root are no figures; a box with measures is a solid
    assert situation("A box of 20 crayons costs $5. What is one worth?") is None
    assert situation("What is the square root of 9 plus 16?") is None
    assert situation("A box is 2 by 3 by 4. What is its volume?") == "solids"
    assert asked_for("How many distinct necklaces can be made?") == "how many distinct necklaces"
    assert asked_for("How many odd integers lie between 10 and 40?") == "how many odd integers"
    assert asked_for("Compute it.") is None


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
    wrong_sum = solve_reference(r"Find the sum $\sum_{m=2}^{\infty} \frac{m-3}{m(m^2-1)}$.")
    assert wrong_sum.answer is None and wrong_sum.confidence == "declined"


@pytest.mark.parametrize(("problem", "answer"), [
    ("What is (-4) squared?", "16"),  # the bracket closes the base
    ("what is (-3) cubed", "-27"),
    ("Compute 7 - 2 squared.", "3"),  # a minus after a number subtracts
    ("what is 12 minus 3 squared", "3"),
    ("What is (y - 1) squared when y = 4?", "9"),
    ("what is (-3) to the power of 3", "-27"),
    ("what is 4 squared minus 2 cubed", "8"),  # a minus after a power said subtracts
])
def test_a_power_in_words_with_its_sign_settled_is_answered(problem: str, answer: str) -> None:
    assert solve_now(problem).answer == answer


def test_words_that_read_two_ways_show_each_reading_in_maths_notation() -> None:
    declined = solve_now("what is 5 to the power of 2 minus 1").declined or ""
    assert "read two ways" in declined and "= 24" in declined and "= 5" in declined
    assert "$" not in declined and "Settings" not in declined
