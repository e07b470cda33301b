"""Algebra questions asked in more than one shape: values given by "Let ... . What
is ...?" or "Given ..., compute ...", the input that makes a quadratic least or greatest
("For what value of x is E smallest?", "the t at which E attains its minimum", "What x
minimizes E?"), and where an expression is undefined asked as a sum, a product or a count.
Our own wordings and numbers (answers worked out by hand), and near misses that decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # values given first with "let", "given", "suppose"
    ("Let $a = 4$ and $b = -1$. What is $2a - 5b$?", "13"),
    ("Let $u = 1 + 2i$ and $v = 3 - i$. What is $u - 2v$?", "-5+4i"),
    ("Given $m = 2$ and $n = 5$, compute $m^3 + mn$.", "18"),
    ("Suppose $g(x) = 4x - 9$. What is $g(5)$?", "11"),
    # the input of a quadratic's least or greatest value
    ("For what value of $x$ is $2x^2 - 20x + 3$ smallest?", "5"),
    ("Find the value of $s$ at which $s^2 + 7s - 1$ attains its minimum.", "-\\frac{7}{2}"),
    ("What $y$ maximizes $-3y^2 + 12y + 4$?", "2"),
    ("At what value of $r$ does $9 + 8r - 2r^2$ reach its maximum?", "2"),
    ("For which value of $x$ is $x^2 + 10x$ as small as possible?", "-5"),
    # where an expression is undefined
    ("What is the product of the values of $z$ that make $\\frac{z-3}{z^2+z-20}$ undefined?",
     "-20"),
    ("The expression $\\frac{7}{c^2-9c+14}$ is undefined for two values of $c$. What is their "
     "sum?", "9"),
    ("How many values of $w$ make $\\frac{w+2}{w^3-16w}$ undefined?", "3"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # an upward parabola has no greatest value
    "For what value of $x$ is $3x^2 + 18x - 7$ largest?",
    # told three values, but the denominator has two zeros
    "The expression $\\frac{5}{a^2-6a+8}$ is undefined for three values of $a$. What is their "
    "sum?",
    # never zero: the expression is defined everywhere
    "How many real values of $t$ make $\\frac{1}{t^2+4}$ undefined?",
    # a word that changes the question
    "For what value of $x$ is $x^2+1$ not smallest?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
