"""Prealgebra readers of a written-out calculation asked in many words, and of proportions of
two things measured in one unit ("3 cups of sugar for every 8 cups of flour"): several
phrasings per capability, our own numbers (answers worked out by hand), and near misses
that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import split_problem
from tutor.reasoning.symbolic.prealgebra.written_arithmetic import written_arithmetic

SOLVED = [
    # one written calculation, asked in other words than "what is"
    ("Give the value of this expression in simplest form: $[(6+4)\\div 5] \\cdot [(9-3)\\div 2]"
     " + 1$.", "7"),
    ("Express as a common fraction: $\\cfrac{\\frac{1}{2}+\\frac{1}{4}}{\\frac{2}{3}-"
     "\\frac{1}{6}}$", "\\frac{3}{2}"),
    ("Simplify this expression to a common fraction: $\\frac{1}{\\frac{1}{2}+\\frac{1}{3}}$",
     "\\frac{6}{5}"),
    ("Find $\\left(5\\frac{1}{3} - 1\\frac{1}{2}\\right) \\times 2$. Express your answer as a "
     "mixed number.", "7\\frac{2}{3}"),
    ("Compute $\\frac{5}{6}-\\frac{1}{4}$ and give the result as a decimal rounded to the "
     "nearest hundredth.", "0.58"),
    ("If $t = \\frac{\\sqrt{64+36}}{\\sqrt{49+32}}$, what is $t$ as a common fraction?",
     "\\frac{10}{9}"),
    ("Solve for $w$: $\\frac{2}{3}+\\frac{3}{4} = w$.", "\\frac{17}{12}"),
    # repeating decimals, braced or one digit after \overline
    ("Written as a reduced fraction, what does $0.\\overline{15} + 0.\\overline{2} - "
     "0.\\overline{1}$ equal?", "\\frac{26}{99}"),
    ("Change the repeating decimal $0.3\\overline{7}$ into a common fraction.", "\\frac{17}{45}"),
    ("Turn $2.1\\overline5$, a repeating decimal, into an improper fraction.", "\\frac{97}{45}"),
    ("Find the product $(0.\\overline{6})(0.\\overline{45})$, written as a fraction in lowest "
     "terms.", "\\frac{10}{33}"),
    # two things measured in one unit, in proportion
    ("A recipe uses 3 cups of sugar for every 8 cups of flour. How many cups of sugar are "
     "needed for 24 cups of flour?", "9"),
    ("Mix 2 parts of red with every 5 parts of white. How many parts of red go with 35 parts "
     "of white?", "14"),
    ("Tom uses 150 grams of butter for every 400 grams of flour. How many grams of butter does "
     "he use with 1000 grams of flour?", "375"),
    ("Use 0.5 liters of juice for every 2 liters of water. How many liters of juice go with 7 "
     "liters of water?", "\\frac{7}{4}"),
    ("Mia mixes two cups of cocoa with every five cups of milk. How many cups of cocoa does "
     "she mix with fifteen cups of milk?", "6"),
    # a number described in words, an operation applied to a whole phrase
    ("15 plus twice a certain number equals 41. Find the number.", "13"),
    ("Nineteen decreased by three times a number equals 4. Find the number.", "5"),
    ("3 multiplied by the sum of a number and 2 is 21. What is the number?", "5"),
    ("0.5 increased by half of a number is 3. What is the number?", "5"),
    # a rate told with another verb, said twice in two forms
    ("A faucet drips 2.5 liters every 4 hours. How many liters does it drip in 10 hours?",
     "\\frac{25}{4}"),
    ("Ana paints 3 fences in 2 days. How many days does she need to paint 12 fences?", "8"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # which of two things in one unit is asked is not said, or the same thing is given
    "A recipe uses 3 cups of sugar for every 8 cups of flour. How many cups are needed for 24 "
    "cups of flour?",
    "A recipe uses 3 cups of sugar for every 8 cups of flour. How many cups of flour are needed "
    "for 24 cups of flour?",
    "A recipe uses 3 cups of sugar for every 8 cups of flour. How many more cups of sugar are "
    "needed for 24 cups of flour?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize("problem", [
    "Express the reciprocal of $\\frac{2}{7}+\\frac{1}{7}$ as a common fraction.",
    "What is the nearest integer to $\\frac{7}{3}+\\frac{5}{4}$?",
    "Express $x + \\frac{1}{2}$ as a common fraction.",
    "Find $\\frac{1}{2}+\\frac{1}{3}$ and $\\frac{1}{4}+\\frac{1}{5}$.",
    # an operation named over one number: no sum or product is written
    "What is the product of $\\frac{14}{5}$?",
    "Find the sum of $\\frac{7}{9}$.",
    "What is the difference of $\\sqrt{12}$?",
])
def test_written_arithmetic_leaves_other_questions(problem: str) -> None:
    split = split_problem(problem)
    try:
        assert written_arithmetic(split, split.template) is None
    except Decline:
        pass


@pytest.mark.parametrize(("problem", "answer"), [
    ("What is the sum of $\\frac{1}{4} + \\frac{2}{3}$?", "\\frac{11}{12}"),
    ("Find the product of $3 \\cdot 5 \\cdot \\frac{2}{3}$.", "10"),
    ("What is the quotient of $\\frac{18}{4}$?", "\\frac{9}{2}"),
    ("What is the difference of $13 - 5.5$?", "7.5"),
])
def test_an_operation_named_over_a_piece_written_with_it(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_decimal_that_does_not_terminate_shows_its_repeating_block() -> None:
    split = split_problem("Write $\\frac{2}{3}-\\frac{1}{7}$ as a decimal.")  # 11/21
    result = written_arithmetic(split, split.template)
    assert result is not None and result[0] == "0.\\overline{523809}"
    split = split_problem("Write $\\frac{2}{3}-\\frac{1}{19}$ as a decimal.")  # 18 digits
    with pytest.raises(Decline):
        written_arithmetic(split, split.template)


def test_a_repeating_decimal_is_divided_out_again() -> None:
    sol = assert_solved("Express as a common fraction: $0.1\\overline{36}$", "\\frac{3}{22}")
    assert any("divided out again" in c for c in sol.confirmed)
