"""Letters told in a ratio ("A:B:C = 3:2:5", `tex.letter_ratios`), then a value they fix.
Our own problems; answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.problem_text import split_problem
from tutor.reasoning.symbolic.tex import letter_ratios


@pytest.mark.parametrize(("problem", "answer"), [
    # A, B, C = 3k, 2k, 5k: 5k / 2k
    (r"If $A:B:C = 3:2:5$, what is the value of $(A + B) \div (C - A)$? Express your answer as a "
     r"common fraction.", r"\frac{5}{2}"),
    # (8k + 7k) / (7k - 4k)
    (r"If $x : y = 4 : 7$, what is $\frac{2x + y}{y - x}$?", "5"),
    # (25 - 4) / 10
    (r"If $p : q = 5 : 2$, find the value of $\frac{p^2 - q^2}{pq}$.", r"\frac{21}{10}"),
    # 6k = 24
    (r"If $x:y:z = 1:2:3$ and $x + y + z = 24$, what is $z$?", "12"),
])
def test_a_value_letters_in_a_ratio_fix(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_value_the_ratio_does_not_fix_declines() -> None:
    # A + B = 5k: any multiple of 5
    assert solve_now(r"If $A : B = 2 : 3$, what is $A + B$?").answer is None


def test_a_ratio_of_letters_is_one_piece_of_maths_not_a_named_unknown() -> None:
    # "Solve for $x: 2x = 4$" names the unknown; "x : y = 4 : 7" is a ratio
    assert split_problem(r"If $x : y = 4 : 7$, find $y$.").maths[0] == \
        r"\frac{x}{4} = \frac{y}{7}"
    assert split_problem(r"Solve for $x: 2x = 4$.").maths == ["x", "2x = 4"]


@pytest.mark.parametrize("src", ["a:a = 1:2", "x:y = 4:7:2", "x:y = 0:3", "3:4", "x^2:y = 1:2"])
def test_only_distinct_letters_in_a_ratio_of_as_many_positive_numbers(src: str) -> None:
    assert letter_ratios(src) == src
