"""The largest or smallest of a few written numbers (our own problems; decimals worked by
hand in the comments)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 0.5556, 0.55, 0.5714
    (r"Which of the following numbers is the smallest: $\frac{5}{9}$, $0.55$, $\frac{4}{7}$?",
     "0.55"),
    # 0.7778 against 0.7692
    (r"Which is greater, $\frac{7}{9}$ or $\frac{10}{13}$?", r"\frac{7}{9}"),
    # 2.6458, 2.65, 2.6667
    (r"What is the largest of the numbers $\sqrt{7}$, $2.65$, $\frac{8}{3}$?", r"\frac{8}{3}"),
    # 2^{40} = 1.10e12, 5^{17} = 7.63e11, 7^{14} = 6.78e11
    (r"Which of $2^{40}$, $5^{17}$, $7^{14}$ is the largest?", "2^{40}"),
])
def test_the_largest_or_smallest(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # equal numbers
    r"Which is larger, $\frac{3}{4}$ or $0.75$?",
    # 'greater' compares two numbers
    r"Which is greater, $\frac{1}{2}$, $\frac{2}{3}$ or $\frac{3}{5}$?",
    # a letter: not a number
    r"Which is greater, $x$ or $\frac{1}{2}$?",
])
def test_declined(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "order"), [
    # 0.7, 0.7143, 0.75
    ("Order 5/7, 0.7, 3/4 from least to greatest.", ["0.7", "5/7", "3/4"]),
    # 0.4, 0.4444, 0.45, in descending order
    (r"Arrange in descending order: $\frac{4}{9}$, $0.45$, $0.4$", ["0.45", r"\frac{4}{9}", "0.4"]),
    # 1.4142, 1.5, 1.7321
    ("Put sqrt(3), 1.5, sqrt(2) in increasing order", [r"\sqrt{2}", "1.5", r"\sqrt{3}"]),
    ("List from greatest to least: 2^10, 10^3, 3^6", ["2^{10}", "10^{3}", "3^{6}"]),
])
def test_numbers_in_order(problem: str, order: list[str]) -> None:
    got = solve_now(problem)
    assert got.answer is not None
    assert [part.strip() for part in str(got.answer).split(",")] == order
    assert got.steps[-1].latex.count("<") + got.steps[-1].latex.count(">") == len(order) - 1


@pytest.mark.parametrize("problem", [
    # two equal numbers: no single order
    "Order 0.5, 1/2, 0.7 from least to greatest.",
    # a letter
    "Order x, 1/2, 0.7 from least to greatest.",
])
def test_orders_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer", "claim"), [
    # the question said again after it; of two, the comparison is the step's claim
    # 2^40 = 1.0995... * 10^12, 3^25 = 8.4729... * 10^11
    ("Which is bigger, 2^40 or 3^25? Give the bigger one.", "2^{40}", "2^{40} > 3^{25}"),
    ("Which is smaller: 0.45 or 4/9? Give the smaller one.", "4/9", "4/9 < 0.45"),
])
def test_two_numbers_compared_with_the_question_said_again(problem: str, answer: str,
                                                           claim: str) -> None:
    got = solve_now(problem)
    assert got.answer == answer and got.steps[-1].latex == claim
    assert "e+" not in got.steps[0].text  # a large decimal as a power of ten, not 1.1e+12
