"""The values of a quadratic's parameter for which its roots are integers, rationals or
primes, asked in several wordings, and near misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(
    ("problem", "answer"),
    [
        # 49 - 4c is 25, 9 or 1: c = 6, 10, 12
        (r"For how many positive integers $c$ does the equation $x^2 + 7x + c = 0$ have "
         r"rational roots?", "3"),
        # r s = 12: (1, 12), (2, 6), (3, 4) and their negatives, k = -(r + s)
        (r"How many integer values of $k$ make $x^2 + kx + 12 = 0$ have integer roots?", "6"),
        # b = 2k + 1 is 7, 5, -5 or -7 (r s = 6): k = 3, 2, -3, -4
        (r"What is the sum of all values of $k$ for which $x^2 + (2k+1)x + 6 = 0$ has integer "
         r"roots?", "-2"),
        # r s = 4 with r != s: (1, 4) and (-1, -4), m = 3(r + s) = 15 or -15
        (r"What is the product of all values of $m$ for which $3x^2 - mx + 12 = 0$ has two "
         r"distinct integer solutions?", "-225"),
        # r s = 360, r + s least: 18 + 20
        (r"What is the least possible positive integer value of $b$ if the polynomial "
         r"$x^2 + bx + 360$ factors into a product of two binomials with integer coefficients?",
         "38"),
        # 3 + 37, 11 + 29, 17 + 23: k = 111, 319, 391
        (r"Both roots of $x^2 - 40x + k = 0$ are prime numbers. What is the sum of all "
         r"possible values of $k$?", "821"),
        # r + s = 8, both positive: r s is at most 4 * 4
        (r"If the roots of $x^2 - 8x + t$ are both positive integers, what is the greatest "
         r"possible value of $t$?", "16"),
        # 25 + 4c is 1, 9, 25 or 49 (c <= 10), and never 0
        (r"Find all integral values of $c$ with $c \le 10$ for which $x^2 - 5x - c = 0$ has "
         r"two distinct rational roots.", "-6, -4, 0, 6"),
        # (2x + p)(x + q) or (x + p)(2x + q) with p q = 30: the largest n is 2*30 + 1
        (r"The quadratic $2x^2 + nx + 30$, with $n$ an integer, can be factored as the product "
         r"of two linear factors with integer coefficients. What is the greatest possible value "
         r"of $n$?", "61"),
        # factorings said other ways: p q = -14 gives p + q = -13, 13, -5, 5
        (r"Find the product of all constants $m$ such that the quadratic $x^2 + mx - 14$ can be "
         r"factored in the form $(x+p)(x+q)$, where $p$ and $q$ are integers.", "4225"),
        # p q = 10: 11, 7, -11, -7
        (r"What is the sum of all integers $k$ such that $x^2 + kx + 10$ can be factored into "
         r"two linear factors with integer coefficients?", "0"),
        # p q = -18: +-17, +-7, +-3
        (r"How many integer values of $b$ make $x^2 + bx - 18$ factorable over the integers?",
         "6"),
        # the parameter in both lower coefficients: (r + 4)(s + 4) = 16 gives a = -9, -2, 0,
        # 16, 18, 25
        (r"For how many real numbers $a$ does $x^2 + ax + 4a = 0$ have only integer roots?",
         "6"),
        # (r - 2)(s - 2) = 7: roots 3, 9 (k = 12) and 1, -5 (k = -4)
        (r"Find the sum of all values of $k$ for which $x^2 - kx + 2k + 3 = 0$ has two distinct "
         r"integer solutions.", "8"),
        # (r + 1)(s + 1) = 6: m = -5, -3, 7, 9
        (r"How many integers $m$ make $x^2 + mx + m + 5 = 0$ have integer roots?", "4"),
        # (r + 3)(s + 3) = 9: k = -4, 0, 12, 16
        (r"What is the largest value of $k$ such that the roots of $x^2 + kx + 3k = 0$ are "
         r"integers?", "16"),
        # a leading 2: r + s = -k/2 and r s = k/2, so (r + 1)(s + 1) = 1: roots 0, 0 (k = 0)
        # and -2, -2 (k = 8)
        (r"Find all values of $k$ such that $2x^2 + kx + k = 0$ has only integer roots.",
         "0, 8"),
        # two polynomials with integer coefficients, for a monic quadratic: r s = 300, the
        # least positive r + s is 15 + 20
        (r"Find the smallest positive integer $b$ for which $x^2 + bx + 300$ factors into a "
         r"product of two polynomials, each having integer coefficients.", "35"),
        # r s = 12: m = +-13, +-8, +-7
        (r"How many integers $m$ are there such that $x^2 + mx + 12$ factors into a product of "
         r"two polynomials with integer coefficients?", "6"),
    ],
)
def test_root_kinds(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(
    "problem",
    [
        # c = 9 gives one double root: "two rational roots" reads two ways
        r"For how many positive integers $c$ with $c \le 9$ does $x^2 + 6x + c = 0$ have two "
        r"rational roots?",
        # a real parameter makes rational roots infinitely often
        r"For how many values of $k$ does $x^2 + kx + 3 = 0$ have rational roots?",
        # integer c with no lower bound: infinitely many
        r"How many integers $c$ make $x^2 + 4x + c = 0$ have integer roots?",
        # a word outside the vocabulary
        r"For how many positive integers $c$ does $x^2 + 7x + c = 0$ have irrational roots?",
        # the parameter in two coefficients and a root shared by every value: x^2 + ax - a - 1
        # is (x - 1)(x + a + 1), so infinitely many values
        r"For how many real numbers $a$ does $x^2 + ax - a - 1 = 0$ have only integer roots?",
        # a = 0 gives the double root 0: "two integer roots" reads two ways
        r"For how many real numbers $a$ does $x^2 + ax + 4a = 0$ have two integer roots?",
        # rational roots for a real parameter in both coefficients: infinitely many
        r"For how many real numbers $a$ does $x^2 + ax + 4a = 0$ have rational roots?",
        # 3(x^2 + ...) is a product of two polynomials too: not monic, two readings
        r"For how many integers $n$ can $3x^2 + nx + 12$ be factored into a product of two "
        r"polynomials with integer coefficients?",
        # the form named is not the quadratic's (a leading 2)
        r"Find the product of all constants $m$ such that $2x^2 + mx - 14$ can be factored in "
        r"the form $(x+p)(x+q)$, where $p$ and $q$ are integers.",
    ],
)
def test_root_kind_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
