"""A closing request to round ("Express your answer as a decimal rounded to the nearest
thousandth."): the problem is solved without it and the exact answer rounded. Our own
problems; the exact values are worked out in the comments."""

from __future__ import annotations

import pytest
import sympy as sp

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.rounding_requests import round_answer, split_off


@pytest.mark.parametrize(("problem", "answer"), [
    # C(8,2) 5^6 / 6^8 = 437500/1679616 = 0.26047...
    ("Jo rolls 8 fair 6-sided dice. What is the chance that exactly 2 of the dice show a six? "
     "Express the answer to the nearest thousandth.", "0.260"),
    # C(9,4) / 2^9 = 126/512 = 0.246...
    ("Nine fair coins are flipped. What is the probability that exactly four come up heads? "
     "Round your answer to the nearest hundredth.", "0.25"),
    # 9 pi = 28.274...
    ("What is the area of a circle of radius 3? Express your answer as a decimal to the "
     "nearest tenth.", "28.3"),
    # 2/7 = 0.285714...
    ("What is $\\frac{2}{7}$ of $1$? (Give your answer to three decimal places.)", "0.286"),
    # the request closing the question itself; sqrt(58) = 7.6157...
    ("A rectangle has length 7 and width 3. What is the length of its diagonal, to the "
     "nearest tenth?", "7.6"),
    # 16 pi = 50.265..., with a remark about calculators after it
    ("What is the area of a circle of radius 4 to the nearest hundredth? You may use a "
     "calculator.", "50.27"),
    # 4 pi * 10 = 125.66...; 3 * 50 / (9 pi) = 5.305...
    ("A cylinder has a diameter of 4 inches and a height of 10 inches. What is its volume, to "
     "the nearest cubic inch?", "126"),
    ("A cone has a radius of 3 inches and a volume of 50 cubic inches. What is its height, to "
     "the nearest tenth of an inch?", "5.3"),
])
def test_rounded_as_asked(problem, answer):
    sol = assert_solved(problem, answer)
    assert sol.answer == answer


@pytest.mark.parametrize("problem", [
    # a percent is another quantity: not rounded as if it were the probability
    "Jo rolls 8 fair 6-sided dice. What is the chance that exactly 2 of the dice show a six? "
    "Express the answer as a percent to the nearest tenth.",
    # the request sits inside the question, not at its end
    "To the nearest tenth, what is the probability that exactly two of eight standard 6-sided "
    "dice show a 6 when they are rolled, if we ignore ties?",
])
def test_requests_not_taken(problem):
    assert solve_now(problem).answer is None


def test_split_off_reads_the_closing_sentence_only():
    assert split_off("How tall is it? Round your answer to the nearest tenth.") == (
        "How tall is it?", 1, False)
    assert split_off("Find x. Express your answer to 2 decimal places.") == ("Find x.", 2, False)
    assert split_off("Find x. Express your answer to the nearest whole number.") == (
        "Find x.", 0, False)
    assert split_off("Round 2.45 to the nearest tenth and add 3. What do you get?") is None
    assert split_off("In the square, $s = 3$. Find $d$ to the nearest tenth. You may use a "
                     "calculator for this problem.") == (
        "In the square, $s = 3$. Find $d$.", 1, False)
    assert split_off("What is the angle, rounded to the nearest whole number?") == (
        "What is the angle?", 0, False)
    # a unit after the place, set off by a comma or in a closing sentence: taken
    assert split_off("What is its height, to the nearest tenth of an inch?") == (
        "What is its height?", 1, False)
    assert split_off("What is its volume? Express your answer to the nearest cubic foot.") == (
        "What is its volume?", 0, False)
    # a unit after the place with no comma, or no question before the request: not taken
    assert split_off("How far is it to the nearest tenth of a mile?") is None
    assert split_off("How far is it to the nearest meter?") is None
    assert split_off("Its value to the nearest tenth is 3.4.") is None


def test_rounding_itself():
    assert round_answer(sp.Rational(1, 8), [], 2)[0] == "0.13"  # half rounds up
    assert round_answer(sp.sqrt(2), [], 3)[0] == "1.414"
    assert round_answer(sp.Rational(3, 2), [], 1)[0] == "1.5"
    with pytest.raises(Decline):
        round_answer(sp.Rational(-1, 8), [], 2)
    with pytest.raises(Decline):
        round_answer(sp.Symbol("x"), [], 2)


@pytest.mark.parametrize(("problem", "answer"), [
    # sqrt(90) = 9.49
    (r"Which integer is closest to $\sqrt{90}$?", "9"),
    # 150/11 = 13.64
    (r"What is the integer closest to $\frac{150}{11}$?", "14"),
    # 23/6 = 3.83
    (r"Which whole number is nearest to $\frac{23}{6}$?", "4"),
])
def test_the_integer_closest_to_a_value(problem, answer):
    assert solve_now(problem).answer == answer


def test_a_value_halfway_between_two_integers_declines():
    # 9/2 is as close to 4 as to 5
    assert solve_now(r"Which integer is closest to $\frac{9}{2}$?").answer is None
    assert split_off(r"Which integer is closest to $\frac{9}{2}$?") == (
        r"What is $\frac{9}{2}$?", 0, True)


@pytest.mark.parametrize(("problem", "answer"), [
    # -11/3 = -3.666...: its size rounds to 3.67
    (r"What is $-\frac{11}{3}$ rounded to the nearest hundredth?", "-3.67"),
    # the roots 0, 1/2 and -5 of 2x^3 + 9x^2 - 5x: their sum -9/2
    (r"What is the sum of the roots of the equation $2x^3 + 9x^2 - 5x = 0$? Express your "
     r"answer as a decimal to the nearest tenth.", "-4.5"),
    # -sqrt(3) = -1.732...
    (r"Round $-\sqrt{3}$ to the nearest tenth.", "-1.7"),
])
def test_negative_numbers_rounded(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # -3/8 = -0.375: halfway between -0.37 and -0.38 (up or down?)
    r"What is $-\frac{3}{8}$ rounded to the nearest hundredth?",
])
def test_negative_numbers_at_a_tie_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    ("Which integer is closest to sqrt(70)?", "8"),  # 8.37
    ("What is the integer closest to the square root of 90?", "9"),  # 9.49
    ("which whole number is nearest to 200/9?", "22"),  # 22.2
    ("Which integer is closest to sqrt(30) + sqrt(10)?", "9"),  # 5.48 + 3.16
])
def test_the_closest_integer_to_plain_maths(problem: str, answer: str) -> None:
    assert solve_now(problem).answer == answer


def test_the_closest_integer_to_a_half_declines() -> None:
    assert solve_now("Which integer is closest to 9/2?").answer is None  # 4 and 5
