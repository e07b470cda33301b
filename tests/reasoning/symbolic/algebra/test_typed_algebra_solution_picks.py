"""A value picked from the solutions of one equation (`algebra.solution_picks`) and the
equation moves it relies on (`algebra.equations`: squares that cancel, odd roots and odd
powers undone), in phrasings of our own; near misses decline.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

PICKED = [
    # textbook: 9x^2 = 27x -> x = 0 or 3; nonzero: 3
    (r"What non-zero real value of $y$ satisfies $(3y)^2 = 27y$?", "3"),
    # terse, other spelling: w^3 = 6w^2 -> 0 or 6
    (r"Find the nonzero solution of $w^3 = 6w^2$.", "6"),
    # story-like, the condition said first: p^2 - p - 20 = 0 -> 5 or -4; negative: -4
    (r"A number $p$ is negative, and it makes the equation $p^2 = p + 20$ true. What is $p$?",
     "-4"),
    # condition as an inequality piece, equation written the other way round
    (r"Given that $t < 0$ and $45 = t^2 + 4t$, what is $t$?", "-9"),
    # largest of an absolute-value equation: |2z - 1| = 7 -> z = 4 or -3
    (r"What is the greatest possible value of $z$ if $|2z - 1| = 7$?", "4"),
    # smallest, condition in front: q^2 - 9q + 14 = 0 -> 2 or 7
    (r"If $q^2 - 9q + 14 = 0$, find the least possible value of $q$.", "2"),
    # an expression in the unknown: 3b^2 = 2 - 5b -> b = 1/3 or -2; 6b - 1 -> 1 or -13
    (r"Knowing that $3b^2 = 2 - 5b$, give the biggest possible value of $6b - 1$.", "1"),
    # average with a radical: sqrt(m^2 + 7) = 4 -> m = 3 or -3
    (r"Find the mean of all possible values of $m$ such that $\sqrt{m^2 + 7} = 4$.", "0"),
    # product with a word qualifier: k^2 + k = 12 -> 3, -4; positive integer: 3 only
    (r"If $k$ is a positive integer with $k^2 + k = 12$, what is the product of all possible "
     r"values of $k$?", "3"),
    # the integer one: 2v^2 - 7v + 3 = 0 -> 3 or 1/2
    (r"Which integer value of $v$ satisfies $2v^2 - 7v + 3 = 0$?", "3"),
    # the smallest letter, no noun: r^2 = 2r + 8 -> -2 or 4
    (r"What is the smallest $r$ with $r^2 = 2r + 8$?", "-2"),
    (r"What's the greatest $r$ such that $r^2 = 2r + 8$?", "4"),
    # plural, no pick: every solution listed
    (r"What are the possible values of $u$ if $u^2 = 4u$?", "0, 4"),
]


@pytest.mark.parametrize(("problem", "answer"), PICKED)
def test_picked_solutions(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


EQUATION_MOVES = [
    # squares cancel: h^2 = h^2 + 18h + 81 -> h = -9/2
    (r"Find $h$ given $h^2 = (h + 9)^2$.", r"-\frac{9}{2}"),
    (r"Solve for $g$: $(g + 5)^2 = (g - 3)^2$", "-1"),
    (r"Solve $c(c - 4) = c^2 + 12$.", "-3"),
    # an odd root undone: 2/d + 3 = 64, so d = 2/61
    (r"Find $d$ when $4 = \sqrt[3]{\frac{2}{d} + 3}$.", r"\frac{2}{61}"),
    (r"What value of $k$ makes $\sqrt[3]{k + 10} = -3$ true?", "-37"),
    (r"Solve for $f$: $\sqrt[5]{2f - 1} = 1$", "1"),
    # an odd power undone: (j - 2)^3 = -27 -> j - 2 = -3
    (r"Solve for $j$: $(j - 2)^3 = -27$", "-1"),
    (r"Find $s$ if $(2s + 1)^3 = 125$.", "2"),
    # a root in closed form: log_8 2 = 1/3, so y = 9^3 (not e^(ln 9 ln 8 / ln 2))
    (r"Find all values of $y$ that satisfy $\log_y 9 = \log_{8} 2$.", "729"),
    # a real function's inverse at a value: 2v^3 - 1 = 53 -> v^3 = 27
    (r"Let $g(v) = 2v^3 - 1$. What is $g^{-1}(53)$?", "3"),
    (r"If $p(x) = x^5 + 1$, find $p^{-1}(-31)$.", "-2"),
]


INEQUALITIES = [
    # textbook: y^2 - 2y - 15 < 0 -> (y - 5)(y + 3) < 0
    (r"Suppose $y^2 < 2y + 15$. What are the possible values of $y$, in interval notation?",
     r"(-3, 5)"),
    # terse, absolute value: -4 <= 3 - z <= 4
    (r"Find all solutions $z$ of the inequality $|3 - z| \le 4$.", r"[-1, 7]"),
    # two pieces: t^2 > 16
    (r"What are all values of $t$ such that $16 < t^2$? Use interval notation.",
     r"(-\infty, -4) \cup (4, \infty)"),
    # a qualifier said in words cuts the interval: 0 < n and n^2 < 10
    (r"If $n$ is positive and $n^2 < 10$, what are the possible values of $n$?",
     r"(0, \sqrt{10})"),
]


@pytest.mark.parametrize(("problem", "answer"), INEQUALITIES)
def test_inequality_values(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), EQUATION_MOVES)
def test_equation_moves(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # a word the reader does not apply
    r"What is the largest value of $x$ that does not satisfy $x^2 = 9$?",
    # the expression holds a second letter
    r"Knowing $m^2 = 25$, what is the greatest value that $m - n$ can have?",
    # a repeated root: counted once or twice? ("add up" is not read either)
    r"Add up every root of $(w + 3)(w - 4)^2 = 0$. What do you get?",
    # no solution has the property asked for
    r"What is the negative value of $x$ for which $x^2 = 5x$?",
    # a count of the solutions, not the solutions (counts are other readers')
    r"Give the number of positive solutions of $\frac{y}{y^2 + 9} = \frac{1}{10}$.",
    # one value asked for, two given by the equation
    r"What value of $x$ satisfies $x^2 = 25$ and is not zero?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_the_values_of_an_expression_where_an_inequality_holds_are_not_the_solutions() -> None:
    # the solution set (4, 6) is not what is asked: the values of w + 1 there are (5, 7)
    problem = r"The real number $w$ satisfies $w^2 - 10w + 24 < 0.$ Give all values of $w + 1.$"
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "value"), [
    # t = -3: the question asks t^3 + 2t = -33, never t itself
    (r"If $t$ is the negative solution of $t^2 + t - 6 = 0$, what is $t^3 + 2t$?", "-33"),
    # y = 4: y^2 - y = 12
    (r"Suppose $y$ is the positive root of $y^2 - 2y - 8 = 0$. Find $y^2 - y$.", "12"),
])
def test_an_expression_asked_besides_the_pick_is_never_left_out(problem: str,
                                                                   value: str) -> None:
    assert solve_now(problem).answer in (None, value)
