"""Repeated attempts with one stated chance each: shots, kicks, a coin that is not fair,
guesses on multiple-choice questions. Our own problems; each answer worked out by hand as
a binomial sum (Fractions below), and the engine confirms it by listing every sequence."""

from __future__ import annotations

from fractions import Fraction as F
from math import comb

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _binom(n: int, p: F, ks: range | list[int]) -> str:
    v = sum(comb(n, k) * p**k * (1 - p) ** (n - k) for k in ks)
    return f"\\frac{{{v.numerator}}}{{{v.denominator}}}" if v.denominator != 1 else str(v)


@pytest.mark.parametrize(("problem", "answer"), [
    ("Priya sinks 60% of her free throws. If she shoots 4 free throws, what is the probability "
     "that she sinks exactly 2 of them?", _binom(4, F(3, 5), [2])),
    ("Omar makes 2 out of every 3 free throws he attempts. If he takes 3 free throws, what is "
     "the probability that he makes all of them?", _binom(3, F(2, 3), [3])),
    ("The probability that Ivo scores on a penalty kick is 0.9. If he takes 4 penalty kicks, "
     "what is the probability that he scores at least 3?", _binom(4, F(9, 10), [3, 4])),
    ("A marksman hits the target with probability 0.7 on each shot. What is the probability "
     "that he hits the target on all 4 of his shots?", _binom(4, F(7, 10), [4])),
    ("Rosa has a 30% chance of making each shot. If she takes 5 shots, what is the probability "
     "that she misses all of them?", _binom(5, F(3, 10), [0])),
    ("A golfer has a 1/4 chance of sinking each putt. She attempts 3 putts. What is the "
     "probability that she sinks at least one?", _binom(3, F(1, 4), [1, 2, 3])),
    # the chance said after "each free throw"
    ("A guard makes each free throw with probability $\\frac{4}{5}$. If she takes 3 free "
     "throws, what is the probability that she makes exactly 2?", _binom(3, F(4, 5), [2])),
    ("An archer hits each shot with probability $\\frac{1}{3}$. If he takes 4 shots, what is "
     "the probability that he hits at least 3?", _binom(4, F(1, 3), [3, 4])),
    # "is 3/4 likely to make any given free throw"
    ("Dev is $\\frac{3}{4}$ likely to make any given free throw. He shoots 4 free throws. What "
     "is the probability that he makes at least 3?", _binom(4, F(3, 4), [3, 4])),
    # the number of attempts said only in the event: "exactly 2 of 3 free throws"
    ("A basketball player makes each free throw with probability 3/4. What is the probability "
     "that she makes exactly 2 of 3 free throws?", _binom(3, F(3, 4), [2])),
    ("An archer hits the target with probability 0.6 on each shot. What is the probability that "
     "she hits the target on at least 3 of 4 shots?", _binom(4, F(3, 5), [3, 4])),
])
def test_shots_with_a_stated_chance(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    ("A bent coin lands heads with probability 3/4. If it is flipped 3 times, what is the "
     "probability of getting exactly 2 heads?", _binom(3, F(3, 4), [2])),
    # tails told, heads asked: heads has chance 2/3
    ("A weighted coin comes up tails with probability 1/3. The coin is tossed 4 times. What is "
     "the probability of getting at least 3 heads?", _binom(4, F(2, 3), [3, 4])),
    ("The probability of heads for a biased coin is 2/5. What is the probability of getting "
     "exactly 1 head in 4 flips?", _binom(4, F(2, 5), [1])),
    ("An unfair coin has a 70% chance of landing on tails. Kai flips the coin 3 times. What is "
     "the probability that it lands tails every time?", _binom(3, F(7, 10), [3])),
])
def test_a_coin_that_is_not_fair(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    ("A quiz has 4 multiple-choice questions, each with 3 answer choices. If Lee guesses on "
     "every question, what is the probability that he gets at least one right?",
     _binom(4, F(1, 3), [1, 2, 3, 4])),
    ("An exam has 5 questions, each with 4 possible answers. Ines guesses the answer to each "
     "question. What is the probability that she gets exactly 3 questions right?",
     _binom(5, F(1, 4), [3])),
    ("Tom randomly guesses on all 3 questions of a test. Each question has 6 choices. What is "
     "the probability that he gets all of them wrong?", _binom(3, F(1, 6), [0])),
    # only some of the questions are guessed
    ("Nia is taking a 20-question multiple-choice test in which every question has 4 options. "
     "She guesses on the last 2 questions. What is the probability that she gets both of them "
     "right?", _binom(2, F(1, 4), [2])),
])
def test_guesses_on_multiple_choice_questions(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # n p by linearity; the engine checks it against the distribution's mean
    ("Priya sinks 60% of her free throws. If she shoots 8 free throws, what is the expected "
     "number of free throws she sinks?", "\\frac{24}{5}"),
    ("Priya sinks 60% of her free throws. If she shoots 8 free throws, what is the expected "
     "number of free throws missed?", "\\frac{16}{5}"),
    ("A bent coin lands heads with probability 3/4. If it is flipped 6 times, what is the "
     "expected number of tails?", "\\frac{3}{2}"),
    ("A quiz has 12 multiple-choice questions, each with 3 answer choices. If Lee guesses on "
     "every question, what is the expected number of questions he gets right?", "4"),
])
def test_expected_number_of_successes(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the expected number of attempts until a success: another question
    "Priya sinks 60% of her free throws. What is the expected number of free throws she shoots "
    "until she sinks one?",
    # in a row: consecutive successes are another event
    "Priya sinks 60% of her free throws. If she shoots 4 free throws, what is the probability "
    "that she sinks at least 2 in a row?",
    # more successes than attempts
    "Priya sinks 60% of her free throws. If she shoots 4 free throws, what is the probability "
    "that she sinks exactly 6 of them?",
    # the event is about another action than the chance told
    "Priya sinks 60% of her free throws. If she shoots 4 free throws, what is the probability "
    "that she wins exactly 2 of them?",
    # the chance is about free throws, the count about another kind of shot
    "Priya sinks 60% of her free throws. If she takes 4 penalty kicks, what is the probability "
    "that she sinks exactly 2 penalty kicks?",
    # an expectation of a square, not of a count
    "A bent coin lands heads with probability 3/4. If it is flipped 3 times, what is the "
    "expected value of the square of the number of heads?",
    # two right answers per question changes the chance
    "A quiz has 4 multiple-choice questions, each with 3 answer choices, and two of them are "
    "correct. If Lee guesses on every question, what is the probability that he gets at least "
    "one right?",
    # the number of questions said two ways
    "A quiz has 4 multiple-choice questions, each with 3 answer choices. If Lee guesses on all "
    "5 questions, what is the probability that he gets at least one right?",
    # a chance of 1: nothing random
    "A marksman hits the target with probability 1 on each shot. What is the probability that "
    "he hits the target on all 4 of his shots?",
    # the attempts said twice, or fewer than the successes asked
    "A basketball player makes each free throw with probability 3/4. What is the probability "
    "that she makes exactly 2 of 3 free throws if she shoots 4 free throws?",
    "A basketball player makes each free throw with probability 3/4. What is the probability "
    "that she makes exactly 4 of 3 free throws?",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None


def test_count_of_attempts_said_as_her_next():
    # C(4, 3) 0.8^3 0.2 = 0.4096
    assert_solved("A basketball player makes $80\\%$ of her free throws. What is the probability "
                  "that she makes exactly 3 of her next 4 free throws?", "\\frac{256}{625}")


@pytest.mark.parametrize(("problem", "answer"), [
    # the side first, then how many times: "lands heads exactly 3 times"
    ("A biased coin lands heads with probability 2/3. If it is flipped 5 times, what is the "
     "probability that it lands heads exactly 3 times?", _binom(5, F(2, 3), [3])),
    ("A coin comes up tails with probability 0.4. The coin is tossed 4 times. What is the "
     "probability that it comes up tails at least 3 times?", _binom(4, F(2, 5), [3, 4])),
    # the questions said with the guessing, the student as the subject
    ("A student guesses randomly on 4 multiple-choice questions, each with 5 choices. What is "
     "the probability that he gets at least one right?", _binom(4, F(1, 5), [1, 2, 3, 4])),
    ("Maria guesses on 3 multiple-choice questions, each with 4 answer choices. What is the "
     "probability that she gets exactly 2 of them right?", _binom(3, F(1, 4), [2])),
])
def test_counts_said_after_the_side_and_questions_with_the_guess(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # more heads than flips
    "A coin lands heads with probability 1/3. It is flipped 3 times. What is the probability "
    "that it lands heads exactly 4 times?",
    # guessed on 4 questions, asked about 5 of them
    "A student guesses randomly on 4 multiple-choice questions, each with 5 choices. What is "
    "the probability that he gets exactly 2 of the 5 questions right?",
])
def test_counts_said_after_the_side_near_misses_decline(problem):
    assert solve_now(problem).answer is None
