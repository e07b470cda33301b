"""Every possible value of a function told by a functional equation in two variables, asked
as a list, a sum, a count times a sum, a largest or a smallest value (our own problems,
answers worked out by hand); near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

_XY = "for all real numbers $x$ and $y$"
_SHIFTED = rf"The function $f$ satisfies $f(x) f(y) = f(x + y) + xy$ {_XY}."

SOLVED = [
    # x = y = 0: g(0)^2 - g(0) = 2, so g(0) = 2 or -1; x = 0 then gives g(y) = y + 2 or
    # g(y) = -2y - 1, and only g = y + 2 satisfies the equation: n = 1, s = g(3) = 5
    (rf"Let $g : \mathbb{{R}} \to \mathbb{{R}}$ be a function such that "
     rf"\[g(x) g(y) - g(xy) = 2x + 2y + 2\]{_XY}.  Let $n$ be the number of possible values "
     r"of $g(3),$ and let $s$ be the sum of all possible values of $g(3).$  Find "
     r"$n \times s.$", "5"),
    # f(0) = 1 (f(0) = 0 forces f = 0, then x = y = 1 fails); f(1) f(-1) = 0, so
    # f = x + 1 or f = 1 - x: f(3) is 4 or -2, n = 2, s = 2
    (r"Let $f : \mathbb{R} \to \mathbb{R}$ be a function such that $f(x) f(y) = f(x + y) + xy$"
     rf" {_XY}. Let $n$ be the number of possible values of $f(3),$ and let $s$ be the sum of "
     r"all possible values of $f(3).$ Find $n \times s.$", "4"),
    (rf"{_SHIFTED} Find all possible values of $f(5)$.", "6, -4"),
    (rf"{_SHIFTED} Find all possible values of $f(5).$ Enter all possible values, separated "
     r"by commas.", "-4, 6"),
    (rf"The function $h$ satisfies $h(x) h(y) = h(x + y) + xy$ {_XY}. Find the sum of all "
     r"possible values of $h(4)$.", "2"),
    (rf"{_SHIFTED} Find the largest possible value of $f(3)$.", "4"),
    (rf"{_SHIFTED} What is the smallest possible value of $f(3)$?", "-2"),
    # f(m) = m + 2 on the integers (m = n = 0: f(0) is 2 or -1, and -1 fails)
    (r"Let $f$ be a function taking the integers to the integers such that "
     r"\[f(m) f(n) - f(mn) = 2m + 2n + 2\]for all integers $m$ and $n.$ Find all possible "
     r"values of $f(5).$", "7"),
    # f(p) = p^2 + p + 1 on the integers
    (r"Let $f : \mathbb{Z} \to \mathbb{Z}$ be a function such that $f(1) = 3$ and "
     r"$f(p + q) = f(p) + f(q) + 2pq - 1$ for all integers $p$ and $q.$ Let $a$ be the number "
     r"of possible values of $f(4)$, and let $b$ be the sum of all possible values of "
     r"$f(4)$. Find $a + b$.", "22"),
    # f(x) = 1/x + 3 on the positive reals (x = y = 1: f(1) is 4 or -3, and -3 fails)
    (r"The function $f$ takes positive real numbers to real numbers, and "
     r"$f(x) f(y) = f(xy) + 3 \left( \frac{1}{x} + \frac{1}{y} + 2 \right)$ for all positive "
     r"real numbers $x$ and $y$. Find all possible values of $f(2)$.", r"\frac{7}{2}"),
    # q(0) is 0 or 1: q = 0, or q(x)^2 = 1 with q(2x) = q(x) q(-x) = 1: q(4) is 0 or 1
    (r"Let $q : \mathbb{R} \to \mathbb{R}$ be a function such that $q(x - y) = q(x) q(y)$ "
     rf"{_XY}. Find all possible values of $q(4).$", "0, 1"),
    # f(0) = f(0)^2: f = 0 and f = 1 both work, n = 2 and s = 1
    (r"Let $f : \mathbb{R} \to \mathbb{R}$ be a function such that $f(xy) = f(x) f(y)$ "
     rf"{_XY}. Let $n$ be the number of possible values of $f(0),$ and let $s$ be the sum of "
     r"all possible values of $f(0).$ Find $n \times s.$", "2"),
    # g = 2x + 1 or g = 1 - 2x: x = 1/2, y = -1/2 gives g(1/2) g(-1/2) = 0
    (rf"The function $g$ satisfies $g(x) g(y) = g(x + y) + 4xy$ {_XY}. Enter all possible "
     r"values of $g(1)$, separated by commas.", "-1, 3"),
    # f = 3x^2/2 - 2x + 1: f(4) = 17, n + s = 18
    (r"Let $f : \mathbb{R} \to \mathbb{R}$ be a function such that $f(2) = 3$ and "
     rf"\[f(x + y) = f(x) + f(y) + 3xy - 1\]{_XY}. Let $n$ be the number of possible values "
     r"of $f(4),$ and let $s$ be the sum of all possible values of $f(4).$ Find $n + s.$",
     "18"),
    # f(n) = 2n on the nonnegative integers, found one integer at a time
    (r"The function $f$ takes nonnegative integers to real numbers, such that $f(1) = 2$ and "
     r"$f(m + n) = f(m) + f(n)$ for all nonnegative integers $m$ and $n$. Find the sum of all "
     r"possible values of $f(7)$.", "14"),
    # f = x^2 + x with f(1) = 2
    (r"Let $f : \mathbb{R} \to \mathbb{R}$ be a function such that $f(1) = 2$ and "
     rf"$f(x + y) = f(x) + f(y) + 2xy$ {_XY}. Find all possible values of $f(3).$", "12"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_possible_values_of_a_function(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # f = cx for every c: infinitely many values
    r"Let $f : \mathbb{R} \to \mathbb{R}$ be a function such that $f(x + y) = f(x) + f(y)$ "
    rf"{_XY}. Find all possible values of $f(2).$",
    # f(a) = a^2/2 + ca on the integers: f(2) = 2 + 2c is not fixed
    r"Let $f : \mathbb{Z} \to \mathbb{Z}$ be a function such that $f(a + b) = f(a) + f(b) + ab$"
    r" for all integers $a$ and $b.$ Find all possible values of $f(2).$",
    # f(xy) = x f(y): f = cx, not fixed
    r"Let $f : \mathbb{R} \to \mathbb{R}$ be a function such that $f(x y) = x f(y)$ "
    rf"{_XY}. Find the sum of all possible values of $f(3).$",
    # the function applied to its own values: not read
    r"Let $f : \mathbb{R} \to \mathbb{R}$ be a function such that $f(f(x) + y) = f(x + y) + 1$"
    rf" {_XY}. Find all possible values of $f(1).$",
    # no function at all: f(t) = f(0)^2 + t, then (f(0)^2 + x)^2 = f(0)^2 + x for every x
    r"Let $f : \mathbb{R} \to \mathbb{R}$ be a function such that $f(x)^2 = f(x + y) - y$ "
    rf"{_XY}. Find all possible values of $f(1).$",
    # the count and the sum are of different values
    r"Let $f : \mathbb{R} \to \mathbb{R}$ be a function such that $f(x) f(y) = f(x + y) + xy$"
    rf" {_XY}. Let $n$ be the number of possible values of $f(2),$ and let $s$ be the sum of "
    r"all possible values of $f(3).$ Find $n \times s.$",
    # "nonzero" values: 1 only, never "0, 1"
    r"Let $q : \mathbb{R} \to \mathbb{R}$ be a function such that $q(x - y) = q(x) q(y)$ "
    rf"{_XY}. Find all possible nonzero values of $q(4).$",
    # a set of values that is not read
    r"Let $S$ be the set of nonzero real numbers. Let $f : S \to S$ be a function such that "
    r"$f(x) f(y) = f(xy)$ for all $x,$ $y \in S.$ Find all possible values of $f(2).$",
])
def test_unfixed_or_unread_equations_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
