"""One prealgebra question, many wordings: a fraction sum, a fraction quotient, the order of
operations, a percent of a number and what percent, each asked as a textbook would, tersely,
with the clauses the other way round, as a short story and in other notation. Our own
problems, answers worked out by hand; near misses must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # a fraction sum
    ("What is $\\frac{2}{7} + \\frac{1}{3}$?", "\\frac{13}{21}"),
    ("Add $\\frac{3}{8}$ and $\\frac{1}{6}$.", "\\frac{13}{24}"),
    ("When you add $\\frac{5}{12}$ to $\\frac{1}{8}$, what do you get?", "\\frac{13}{24}"),
    ("If two-thirds is added to one-sixth, what is the sum?", "\\frac{5}{6}"),
    ("What do you get when you add 2/9 and 1/6?", "\\frac{7}{18}"),
    ("What is one-third plus two-fifths?", "\\frac{11}{15}"),
    ("\\[\\frac{1}{6}+\\frac{3}{10}\\]", "\\frac{7}{15}"),
    ("Sam walked $\\frac{3}{4}$ of a mile before lunch and $\\frac{1}{6}$ of a mile after "
     "lunch. How far did he walk in total?", "\\frac{11}{12}"),
    # a fraction quotient
    ("What is $\\frac{3}{4} \\div \\frac{2}{5}$?", "\\frac{15}{8}"),
    ("Divide $\\frac{5}{6}$ by $\\frac{1}{3}$.", "\\frac{5}{2}"),
    ("If $\\frac{3}{5}$ is divided by $\\frac{9}{10}$, what is the result?", "\\frac{2}{3}"),
    ("What do you get when you divide $\\frac{2}{3}$ by $\\frac{4}{9}$?", "\\frac{3}{2}"),
    ("When 7/8 is divided by 7/12, what is the quotient?", "\\frac{3}{2}"),
    ("What is two-thirds divided by four-fifths?", "\\frac{5}{6}"),
    ("\\[\\frac{4}{9} \\div \\frac{2}{3}\\]", "\\frac{2}{3}"),
    ("What is the result of dividing $\\frac{3}{4}$ by $\\frac{2}{5}$?", "\\frac{15}{8}"),
    ("Dividing 5/6 by 2/3 gives what?", "\\frac{5}{4}"),
    ("Find the result of adding 1/3 and 1/4.", "\\frac{7}{12}"),
    # the order of operations
    ("Using the order of operations, what is $3 + 4 \\times 5$?", "23"),
    ("Following the order of operations, evaluate $12 - 8 \\div 4 \\times 3$.", "6"),
    ("Evaluate $8 - 2 \\cdot 3 + 12 \\div 4$.", "5"),
    ("$9 - 4 \\cdot 2 + 5$ is equal to what number?", "6"),
    ("The expression $10 - 2 \\times 3 + 4$ has what value?", "8"),
    ("\\[ 7 \\times 3 - 18 \\div 6 + 1 \\]", "19"),
    ("What is the value of $2 + 3 \\cdot 4^2 - 10$?", "40"),
    # a percent of a number
    ("What is $35\\%$ of 120?", "42"),
    ("Find 12% of 250.", "30"),
    ("Of 480, what is 15%?", "72"),
    ("Of 90, what is forty percent?", "36"),
    ("Compute $0.4\\%$ of 500.", "2"),
    # what percent
    ("What percent of 80 is 20?", "25"),
    ("Find what percent 45 is of 60.", "75"),
    ("Of 200, what percent is 50?", "25"),
    ("Of 64, 16 is what percent?", "25"),
    ("What percent is 12 of 48?", "25"),
    ("Express 9 out of 20 as a percent.", "45"),
    ("Write 7 out of 25 as a percentage.", "28"),
    ("21 out of 28 is what percent?", "75"),
    ("Determine what percentage 45 is of 60.", "75"),
    ("Express 18 as a percent of 72.", "25"),
    ("Find the percent that 18 is of 72.", "25"),
    ("As a percent, what is 18 out of 72?", "25"),
    ("Compared with 72, 18 is what percent?", "25"),
    ("What percent of 40 does 14 represent?", "35"),
    ("What percent of 40 is represented by 6?", "15"),
    ("9 out of 36: what percent is that?", "25"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_reworded_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # the operation asked is not the one done
    "If $\\frac{3}{5}$ is divided by $\\frac{9}{10}$, what is the sum?",
    # spoken words that read two ways
    "What is 8 plus 6 divided by 2?",
    # a qualifier not applied
    "Of 480, what is 15% rounded to the nearest ten thousand?",
    "What percent is 12 of 48 of the total?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_reworded_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    ("When 3/4 is divided by 3/8, what is the quotient?", "2"),
    ("What is the quotient when 84 is divided by 12?", "7"),
    ("What do you get when you divide 45 by 6?", r"\frac{15}{2}"),
])
def test_a_quotient_in_words(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "What is the quotient when 100 is divided by 7?",  # 14 remainder 2, or 100/7?
    "If 250 is divided by 9, what is the quotient?",
])
def test_the_quotient_of_whole_numbers_that_leave_a_remainder_is_not_guessed(
        problem: str) -> None:
    assert solve_now(problem).answer is None
