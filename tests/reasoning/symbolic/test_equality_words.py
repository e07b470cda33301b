"""Two pieces of maths said to be equal in words (our own problems, worked by hand)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.equality_words import equalities_joined


@pytest.mark.parametrize(("problem", "answer"), [
    # 5x = 35
    ("For what value of $x$ is $5x - 4$ equal to 31?", "7"),
    # 3^{y-2} = 27: y - 2 = 3
    ("For what value of $y$ does $3^{y-2}$ equal $27$?", "5"),
    # 5(m + 2) = 3(m + 6): 2m = 8
    (r"For which value of $m$ will $\frac{m+2}{3}$ and $\frac{m+6}{5}$ be equal?", "4"),
])
def test_equal_in_words(problem, answer):
    assert_solved(problem, answer)


def test_only_single_pieces_are_joined():
    # a list, or a relation already inside a piece, is left as it is
    assert equalities_joined("Is $x + 1$ equal to $2, 3$?") == "Is $x + 1$ equal to $2, 3$?"
    assert equalities_joined("Is $x < 1$ equal to $y$?") == "Is $x < 1$ equal to $y$?"
    assert equalities_joined("does $a$ equal $b$?") == "is $a = b$?"
    assert solve_now("For what value of $x$ is $x + 1$ equal to $2, 3$?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # A = 2B and A + B = 180 - 36 = 144: B = 48
    (r"In triangle $ABC$, $\angle A$ is twice $\angle B$ and $\angle C$ is $36^\circ$. What is "
     r"the measure of $\angle B$?", "48"),
    # Y = 4Z and Y + Z = 180 - 50 = 130: Z = 26
    (r"In triangle $XYZ$, $\angle X$ measures 50 degrees and $\angle Y$ is four times "
     r"$\angle Z$. What is the measure of $\angle Z$?", "26"),
])
def test_angles_said_in_words(problem, answer):
    assert_solved(problem, answer)


def test_an_angle_told_by_a_difference_is_left_in_words():
    said = r"$\angle A$ is 20 degrees more than $\angle B$."
    assert equalities_joined(said) == said


@pytest.mark.parametrize(("problem", "answer"), [
    # u = v - 4 and 5u + 2v = 15: 7v = 35, v = 5, so 3v = 15
    (r"If $5u + 2v = 15$ and $u$ is four less than $v$, what is $3v$?", "15"),
    # p = 2q + 1 and p + q = 19: q = 6, p = 13
    (r"Suppose $p$ is 1 more than twice $q$ and $p + q = 19$. Find $p$.", "13"),
    # r = 3s and r - s = 14: s = 7, r = 21, rs = 147
    (r"If $r$ is three times $s$ and $r - s = 14$, what is $rs$?", "147"),
    # m = n + 6 and 2m + n = 21: 3n = 9
    (r"Given that $m$ exceeds $n$ by 6 and $2m + n = 21$, what is $n$?", "3"),
])
def test_letters_related_in_words(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("said", [
    r"$a$ is 5 times larger than $b$.",  # 5b or 6b: left in words
    r"$a$ is 3 more than $b$ squared.",  # more than one letter follows
    r"$a$ is at most 3 less than $b$.",  # not an equation
    r"$a$ is 20% more than $b$.",  # a percent: another reader's
    r"$a$ is 2 more than $a$.",  # one letter
])
def test_letter_statements_that_are_not_simple_stay_in_words(said):
    assert equalities_joined(said) == said


@pytest.mark.parametrize(("problem", "answer"), [
    # 2^24 / 4 = 2^22
    (r"If one-fourth of $2^{24}$ is equal to $2^m$, what is $m$?", "22"),
    # 9^5 / 3 = 3^9
    (r"If one-third of $9^{5}$ equals $3^t$, what is $t$?", "9"),
    # 2 * 5^3 = 250
    (r"If twice $5^{k}$ is $250$, what is $k$?", "3"),
])
def test_a_part_of_a_piece_said_equal(problem, answer):
    assert_solved(problem, answer)


def test_a_part_of_a_relation_stays_in_words():
    said = r"If half of $x < 4$ is equal to $y$, what is $y$?"
    assert equalities_joined(said) == said


@pytest.mark.parametrize(("problem", "answer"), [
    # u + v = 24 and uv = 80: u^2 + v^2 = 576 - 160
    (r"Real numbers $u$ and $v$ have an arithmetic mean of 12 and a geometric mean of "
     r"$\sqrt{80}$. Find $u^2 + v^2$.", "416"),
    # p + q = 9 and pq = 14: (p - q)^2 = 81 - 56
    (r"Two numbers $p$ and $q$ have a sum of 9 and a product of 14. What is $(p - q)^2$?",
     "25"),
])
def test_a_pair_told_by_its_means(problem, answer):
    assert_solved(problem, answer)


def test_a_negative_geometric_mean_stays_in_words():
    said = r"$u$ and $v$ have an arithmetic mean of 12 and a geometric mean of $-4$."
    assert equalities_joined(said) == said


@pytest.mark.parametrize(("problem", "answer"), [
    # (5 - b) + b - 2
    (r"Evaluate $(y + b - 2)$ if the value of $y$ is $(5 - b)$.", "3"),
    # 2(k - 1) - 2k + 6
    (r"What is $2x - 2k + 6$ when the value of $x$ is $k - 1$?", "4"),
])
def test_a_letters_value_told_in_words(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_value_that_holds_a_relation_stays_in_words() -> None:
    said = "Evaluate $y + 1$ if the value of $y$ is $x = 2$."
    assert equalities_joined(said) == said
