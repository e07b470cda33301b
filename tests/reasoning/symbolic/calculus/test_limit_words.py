"""Limits said in words or typed without TeX (calculus/limit_words.py), and limits that
grow without bound, answered only when values ever closer to the point confirm the growth."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.calculus.limit_words import as_tex
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("What is the limit of (x^3 - 27)/(x - 3) as x approaches 3?", "27"),
    ("Compute the limit as t goes to 1 of (t^2 - 1)/(t - 1).", "2"),
    ("Find the limit, as h approaches 0, of ((3+h)^2-9)/h.", "6"),
    ("Determine the limit of sin(5x)/x as x tends to 0.", "5"),
    ("What is the limit of (4n^2+1)/(2n^2-7) as n tends to infinity?", "2"),
    ("Find the limit of (3x-1)/(x+8) as x approaches negative infinity.", "3"),
    (r"Find the limit of $\frac{\sqrt{x+9}-3}{x}$ as $x$ approaches $0$.", "\\frac{1}{6}"),
    ("Find lim x->4 (x^2-16)/(x-4).", "8"),
    ("Evaluate lim_(h->0) (sqrt(16+h)-4)/h.", "\\frac{1}{8}"),
    (r"Evaluate lim_{x \to 2} \frac{x^2-4}{x-2}.", "4"),
    # "as x -> 0": the arrow for the word
    ("Find the limit of (1 - cos x)/x^2 as x -> 0.", "\\frac{1}{2}"),
])
def test_limits_in_words_and_typed_plainly(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    ("Find the limit of 1/(x-5)^2 as x approaches 5.", "\\infty"),
    ("What is the limit of 1/(x-2) as x approaches 2 from the left?", "-\\infty"),
    ("Find the limit of 1/(x-2) as x approaches 2 from the right.", "\\infty"),
    ("Find the limit of 1/x as x approaches 0+.", "\\infty"),
    (r"Find $\lim_{x \to 0^+} \ln x$.", "-\\infty"),
    (r"Evaluate $\lim_{x \to \infty} (x^3 - 5x)$.", "\\infty"),
    (r"Evaluate $\lim_{x \to 1^{-}} \frac{3}{x - 1}$.", "-\\infty"),
])
def test_limits_that_grow_without_bound(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_limit_whose_sides_differ_does_not_exist_said_in_words_too() -> None:
    # from the right +infinity, from the left -infinity: no limit
    sol = assert_solved("Find the limit of 1/(x+4) as x approaches -4.")
    assert sol.answer == r"\text{does not exist}"


@pytest.mark.parametrize("problem", [
    # oscillates ever faster: no limit
    "Find the limit of sin(1/x) as x approaches 0.",
    # two sides said, and they disagree
    "Find the limit of 1/x as x approaches 0+ from the left.",
])
def test_limits_without_a_value_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("text", "tex"), [
    ("Find the limit of 1/x^2 as x approaches 0.",
     "Find $\\lim_{x \\to 0} \\left(1/x^{2}\\right)$."),
    ("the limit as y goes to infinity of 1/y", "$\\lim_{y \\to \\infty} \\left(1/y\\right)$"),
    ("the limit of 1/x as x approaches 3 from below",
     "$\\lim_{x \\to 3^{-}} \\left(1/x\\right)$"),
    ("lim x->2 x^2", "$\\lim_{x \\to 2} \\left(x^{2}\\right)$"),
])
def test_written_as_tex(text: str, tex: str) -> None:
    assert as_tex(text) == tex


def test_text_without_a_limit_is_left_alone() -> None:
    for text in ("Find the limit of the sequence.", "What is 3 + 4?",
                 "the limit of the two functions as x approaches 2"):
        assert as_tex(text) == text
