"""Unknown numbers told by facts in words (one number or two, facts that square, multiply or
take a reciprocal), asked the number, all of them together, the least or greatest, or a
sum, product or difference of two; several wordings each, and near misses that decline."""

from __future__ import annotations

import pytest
import sympy as sp

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.algebra.rational_solutions import rational_solutions
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(
    ("problem", "answer"),
    [
        # 2x^2 = 9x + 18: x = 6 or -3/2
        ("Twice the square of a certain negative number equals 18 more than 9 times that "
         "number. Find that number.", r"-\frac{3}{2}"),
        ("Seven less than the cube of an integer is equal to 20. Find the integer.", "3"),
        # x^2 = x + 12: 4 or -3
        ("The square of a whole number is 12 more than that number. What is the number?", "4"),
        # 9x = x^2 + 20: 4 or 5
        ("Nine times a number is equal to the square of the number plus 20. Find the greatest "
         "possible value of the number.", "5"),
        ("Nine times a number is equal to the square of the number plus 20. Compute the least "
         "possible value of the number.", "4"),
        ("Nine times a number is equal to the square of the number plus 20. What is the sum "
         "of all such numbers?", "9"),
        ("The square of a nonzero number is equal to six times the number. What is the "
         "number?", "6"),
        # reciprocals: 1/x - 3 = 1/2 gives 2/7
        (r"Three less than the reciprocal of a certain number equals $\frac{1}{2}$. What is "
         r"the number?", r"\frac{2}{7}"),
        # x^2 = 3x + 40 asked through "whose"
        ("Find the least integer whose square is 40 more than three times the integer.", "-5"),
        # two numbers
        ("The product of two real numbers equals 15, while the sum of them equals 8. "
         "Determine the smaller number.", "3"),
        ("The difference between two numbers is 7, and the sum of the larger and twice the "
         "smaller is 25. What is the larger number?", "13"),
        ("The product of two consecutive positive odd integers is 255. Find the larger "
         "integer.", "17"),
        ("The sum of the squares of two negative integers is 25 and their product is 12. Find "
         "the sum of the two integers.", "-7"),
        # questions read by the grammar: x + y = 15, xy = 56 -> 7 and 8
        ("The sum of two numbers equals 15, while their product equals 56. Compute the sum "
         "of their squares.", "113"),
        ("If the product of two numbers is 56 and the sum of them is 15, find the greater of "
         "the two numbers.", "8"),
        ("Seven times a negative number is equal to the number squared minus 30. Find "
         "three times the number.", "-9"),
        ("If the difference of the squares of two numbers equals 33 while the sum of the two "
         "numbers equals 11, compute the positive difference between the numbers.", "3"),
    ],
)
def test_number_facts(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(
    "problem",
    [
        # no rational solution; two answers to one question
        "Twice the square of a number is 7 more than the number. What is that number?",
        "The square of an integer is 20 more than the integer. What is the integer?",
        # the facts do not fix the numbers
        "The sum of two integers is 15. Find the product of the two integers.",
        # a fact that contradicts the other
        "The cube of an integer is 8, and the integer is 3. What is the integer?",
        # a condition not read ("coprime") is never skipped
        "The product of two positive integers is 50 and the two integers are coprime. What "
        "is their sum?",
        # "the product of t and five more than t" reads two ways
        "The product of a number $t$ and five more than $t$ is 14. Find the sum of all "
        "possible values of $t$.",
        # "twice a number plus three times its reciprocal" reads two ways
        "Twice a negative number plus three times its reciprocal is $-7$. What is the product "
        "of all such numbers?",
    ],
)
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_rational_solutions_lists_every_rational_root() -> None:
    x, y = sp.symbols("x y")
    assert rational_solutions([x ** 2 - x - 56], [x]) == [{x: -7}, {x: 8}]
    assert rational_solutions([6 * x ** 2 - x - 1], [x]) == [
        {x: sp.Rational(-1, 3)}, {x: sp.Rational(1, 2)}]
    assert rational_solutions([x ** 2 - 2], [x]) == []
    got = rational_solutions([x + y - 9, x * y - 20], [x, y])
    assert got is not None and sorted((s[x], s[y]) for s in got) == [(4, 5), (5, 4)]
    assert rational_solutions([x + y - 9, 2 * x + 2 * y - 18], [x, y]) is None


@pytest.mark.parametrize(("problem", "answer"), [
    # n/3 = n/4 + 5: n/12 = 5
    ("When a number is divided by 3, the result is 5 more than if the number had been divided "
     "by 4. What is the number?", "60"),
    # 5n = 4n + 9
    ("When a number is multiplied by 5, the result is 9 more than if the number were "
     "multiplied by 4. Find the number.", "9"),
    # n + 12 = 4n
    ("When an integer is increased by 12, the result is 4 times the integer. What is the "
     "integer?", "4"),
])
def test_a_result_said_with_when_and_if(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # x^2 + x = 42: x = 6 or -7
    ("The sum of a number and its square is 42. If the number is positive, what is it?", "6"),
    ("The sum of a number and its square is 42. If the number is negative, what is it?", "-7"),
    # x^2 - x = 20: x = 5 or -4
    ("The square of a number minus the number is 20. What is the positive number?", "5"),
    # x^2 = 2x + 15: x = 5 or -3
    ("The square of an integer is 15 more than twice the integer. If the integer is negative, "
     "what is it?", "-3"),
    ("The square of an integer is 15 more than twice the integer. What is the negative "
     "integer?", "-3"),
])
def test_the_sign_said_in_the_question(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the question names another noun than the story
    "The sum of a number and its square is 42. What is the positive integer?",
    # two numbers, 3 and 7: which one is 'the positive number'?
    "The sum of two numbers is 10 and their product is 21. What is the positive number?",
])
def test_the_sign_said_in_the_question_near_misses(problem):
    assert solve_now(problem).answer is None
