"""An answer asked "as a decimal" is given as one, with the step that converts it."""

from __future__ import annotations

import pytest
import sympy as sp

from tutor.reasoning.symbolic.answer_forms import answer_latex, as_asked, decimal_latex
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (sp.Rational(7, 16), "0.4375"),
        (sp.Rational(-9, 4), "-2.25"),
        (sp.Rational(5, 12), "0.41\\overline{6}"),
        (sp.Rational(13, 11), "1.\\overline{18}"),
        (sp.Rational(3, 7), "0.\\overline{428571}"),
        (sp.Rational(1, 19), None),  # an 18-digit block is not shown as a decimal
    ],
)
def test_decimal_latex(value: sp.Rational, shown: str | None) -> None:
    assert decimal_latex(value) == shown


@pytest.mark.parametrize(
    ("problem", "answer"),
    [
        ("Write $\\frac{1}{4} + \\frac{1}{5}$ as a decimal.", "0.45"),
        ("What is 2/9 + 1/6 in decimal form?", "0.3\\overline{8}"),
        # the kind of decimal said: asked as a decimal all the same
        ("what is 2/7 as a repeating decimal", "0.\\overline{285714}"),
        ("Express 5/12 as a repeating decimal.", "0.41\\overline{6}"),
        ("Express 7/20 as a terminating decimal.", "0.35"),
        ("Express $\\frac{5}{6} - \\frac{1}{2}$ as a decimal.", "0.\\overline{3}"),
        ("What is $\\frac{7}{4} \\cdot 3$ written as a decimal?", "5.25"),
        ("What is $\\frac{1}{3}$ divided by 2, written as a decimal?", "0.1\\overline{6}"),
        # "convert ... to a decimal" asks the same
        ("Convert $\\frac{3}{8}$ to a decimal.", "0.375"),
        ("Convert $\\frac{5}{12}$ to decimal form.", "0.41\\overline{6}"),
        # a solver that answers in LaTeX (the floor equation: 6x = 39, x = 6.5)
        ("Find the positive real number $x$ with $x \\lfloor x \\rfloor = 39$. Express $x$ as "
         "a decimal.", "6.5"),
    ],
)
def test_asked_as_a_decimal(problem: str, answer: str) -> None:
    solution = solve_now(problem)
    assert solution.answer == answer, solution.declined
    assert solution.steps[-1].text.endswith(f"= {answer}$")


@pytest.mark.parametrize(
    ("problem", "answer"),
    [
        ("Compute $\\frac{1}{4} + \\frac{1}{5}$.", "\\frac{9}{20}"),  # no form asked: exact
        ("Write $\\frac{1}{3} + \\frac{1}{19}$ as a decimal.", "\\frac{22}{57}"),  # block too long
    ],
)
def test_exact_answers_stay_exact(problem: str, answer: str) -> None:
    assert solve_now(problem).answer == answer


@pytest.mark.parametrize(("problem", "answer"), [
    # the numbers written as decimals: the answer too, when it ends
    (r"What is $0.6 + 0.15$?", "0.75"),
    ("Compute 1.8 * 0.25.", "0.45"),
    ("What is 4.5 - 2.25?", "2.25"),
    (r"What is $3.2 \div 0.4$?", "8"),
])
def test_an_answer_to_a_problem_told_in_decimals_is_a_decimal(problem: str, answer: str) -> None:
    assert solve_now(problem).answer == answer


@pytest.mark.parametrize(("problem", "answer"), [
    # a fraction among the numbers, a repeating decimal, or a fraction asked: kept exact
    (r"What is $\frac{1}{4} + 0.5$?", "\\frac{3}{4}"),
    ("What is 0.2 divided by 0.6?", "\\frac{1}{3}"),
    (r"What is $0.3 + 0.45$? Express your answer as a common fraction.", "\\frac{3}{4}"),
])
def test_fractions_stay_fractions(problem: str, answer: str) -> None:
    assert solve_now(problem).answer == answer


@pytest.mark.parametrize(("problem", "value", "shown"), [
    # money told and asked: dollars and cents, even with a percent in the story
    ("A jacket costs $36 after a 20% discount. What was the original price?",
     sp.Rational(45), "45"),
    ("a lamp costs $30 after a 20% discount. what was its price before",
     sp.Rational(75, 2), "37.5"),
    ("Six apples cost $5. How much do 3 apples cost?", sp.Rational(5, 2), "2.5"),
    # a rounding, a fraction asked or a repeating decimal: left to the readers, exact
    ("Three friends split a $10 bill. How much does each pay, to the nearest cent?",
     sp.Rational(10, 3), "\\frac{10}{3}"),
    ("Three friends split a $10 bill. How much does each pay?", sp.Rational(10, 3),
     "\\frac{10}{3}"),
    ("A pen costs $3. What fraction of $8 is that?", sp.Rational(3, 8), "\\frac{3}{8}"),
    # money told but not asked for: a probability stays a fraction
    ("A raffle ticket costs $2. What is the chance of winning if 3 of 8 tickets win?",
     sp.Rational(3, 8), "\\frac{3}{8}"),
    ("Ann paid $6 for 8 raffle tickets and 3 of them win. What is the probability that her "
     "first ticket wins?", sp.Rational(3, 8), "\\frac{3}{8}"),
])
def test_money_asked_is_given_in_dollars(problem: str, value: sp.Rational, shown: str) -> None:
    got, _ = as_asked(problem, value, [])
    assert answer_latex(got) == shown
