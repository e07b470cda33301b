"""Problems that blow up SymPy end as a clear "gave up" or decline, within the limit."""

from __future__ import annotations

import time

import pytest

from tutor.reasoning.symbolic import solve_problem


@pytest.mark.parametrize(
    "problem",
    [
        "Expand $(x+y)^{10000}$.",
        "Factor $2^{512}+1$.",
        "Simplify $\\sqrt{\\sqrt{\\sqrt{2+\\sqrt{3}}+\\sqrt{5}}+\\sqrt{7}}^{999999}$.",
        "Evaluate $10^{10^{10}}$.",
        "Compute $(10^9)!$.",
    ],
)
def test_blow_ups_end_within_the_time_limit(problem: str) -> None:
    start = time.monotonic()
    solution = solve_problem(problem, time_limit=3.0)
    elapsed = time.monotonic() - start
    assert elapsed < 3.0 + 2.0, elapsed
    # Either a real, small answer or an honest refusal: never a hang, never a crash.
    if solution.answer is None:
        assert solution.declined
    else:
        assert len(solution.answer) < 5000


@pytest.mark.parametrize(
    "problem, answer",
    [("Compute $5!$.", "120"), ("What is $\\frac{6!}{4!}$?", "30"),
     # in display maths too: sum of 1/n! - 1/(n + 1)! telescopes to 1
     ("Find \\[\\sum_{n = 1}^\\infty \\frac{n}{(n + 1)!}.\\]", "1"),
     ("What is \\[\\frac{7!}{5!}\\]?", "42"),
     ("Compute $$\\frac{8!}{6! \\cdot 2!}.$$", "28")],
)
def test_factorials_are_factorials(problem: str, answer: str) -> None:
    assert solve_problem(problem, time_limit=10.0).answer == answer


@pytest.mark.parametrize("problem", ["That makes 5!", "Compute $5$!",
                                     "The sum \\[1 + 2 + 3\\] is 6! What is \\[4 + 5\\]?"])
def test_a_bang_outside_maths_is_declined_not_guessed(problem: str) -> None:
    solution = solve_problem(problem, time_limit=10.0)
    assert solution.answer is None and solution.kind == "unsupported"


def test_a_second_reading_catches_a_misread_expression() -> None:
    from tutor.reasoning.symbolic.strict_reading import agrees_with_strict_reading

    assert not agrees_with_strict_reading("Compute $5!$.", "5")
    assert agrees_with_strict_reading("Compute $5!$.", "120")
    assert agrees_with_strict_reading(r"What is $\frac{1}{2} + \frac{1}{3}$?", r"\frac{5}{6}")
    assert agrees_with_strict_reading("Solve $2x + 3 = 11$.", "4")  # not an evaluation
