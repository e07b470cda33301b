"""A question whose number is defined after it ("How many factors does $M$ have if
$M = ...$?") or shown after "the following sum:" reaches the reader of the plain question.

Every problem here is our own; the answers are worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved


@pytest.mark.parametrize(("problem", "answer"), [
    # the number is named in the question and defined after it
    (r"How many positive divisors does $M$ have if $M = 2^3 \cdot 5^2$?", "12"),
    (r"How many natural-number factors does $K$ have if $K = 3^2 \cdot 7 \cdot 11^2$?", "18"),
    (r"How many whole-number divisors does $Q$ have, given that $Q = 2^5 \cdot 3$?", "12"),
    (r"How many positive factors does $A$ have if $A = 6^3$?", "16"),
    # the data after "the following sum / product:"
    (r"What are the last two digits of the following expression: $3^{4} + 4^{4} + 5^{4}$?",
     "62"),
    (r"What is the units digit of the following product: $17 \cdot 23 \cdot 9$?", "9"),
    (r"Determine the sum of the following numbers: 12, 30 and 7.", "49"),
    # "how many" said after its subject
    (r"The number $2^{9} \cdot 5^{6}$ has how many digits?", "7"),
    (r"$2450$ has how many positive divisors?", "18"),
    (r"The integer 210 has how many positive factors?", "16"),
    (r"The product $8^{3} \cdot 5^{10}$ has how many digits?", "10"),
])
def test_data_said_after_the_question(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # a '!' the sentence goes on after is a factorial, written without dollar signs
    ("The number 10! has how many positive divisors?", "270"),
    ("How many odd factors does 9! have?", "20"),
    ("What is the product of the odd positive divisors of 5!?", "225"),
    ("Compute the least common multiple of 5! and 84.", "840"),
    # a full stop after the '!': an exclamation is never followed by one
    ("Evaluate 7!.", "5040"),
])
def test_factorial_in_a_plain_sentence(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [("Compute 4!", "24"), ("Evaluate 7!", "5040")])
def test_a_request_ending_on_a_factorial_reads_it(problem: str, answer: str) -> None:
    # a request (not a statement) ending on '!' reads it as a factorial (engine, this stop)
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", ["Wow, 5! Now what?"])
def test_a_lone_bang_still_declines(problem: str) -> None:
    from tutor.reasoning.symbolic.engine import solve_now
    assert solve_now(problem).answer is None
