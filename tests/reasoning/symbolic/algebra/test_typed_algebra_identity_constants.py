"""Named constants that make statements hold for every value of the variable: partial
fractions, a polynomial rewritten about another point, a fraction split into a quotient and a
remainder, factored forms picked by an order between the constants (our own problems,
answers worked out by hand); near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.verify.answers import equivalent

SOLVED = [
    # (7t - 4)/((t - 1)(t - 2)): P = 3/(-1), Q = 10/1
    (r"Determine the numbers $P$ and $Q$ for which $\frac{7t - 4}{t^2 - 3t + 2} = "
     r"\frac{P}{t - 1} + \frac{Q}{t - 2}$. Give the ordered pair $(P, Q)$.", "(-3, 10)"),
    # m = 4/2 at y = -1, n = -6/-2 at y = -3
    (r"There exist constants $m$ and $n$ such that $\frac{5y + 9}{(y + 1)(y + 3)} = "
     r"\frac{m}{y + 1} + \frac{n}{y + 3}$. Compute $mn$.", "6"),
    # r = 2, 4r + s = 3, 4r + 2s + u = -1
    (r"Suppose $r$, $s$ and $u$ are real numbers such that $r(z + 2)^2 + s(z + 2) + u = "
     r"2z^2 + 3z - 1$ for every $z$. What is $r + s + u$?", "-2"),
    # C + D(w^2 - 2w - 8) = 2w^2 - 4w - 13: D = 2, C = 3
    (r"Let $C$ and $D$ be constants with $\frac{C}{w - 4} + D(w + 2) = "
     r"\frac{2w^2 - 4w - 13}{w - 4}$. Find $C - D$.", "1"),
    # A = 8/(-5) at x = -3, B = 13/5 at x = 2
    (r"Find $A$ and $B$ so that $\frac{x + 11}{x^2 + x - 6} = \frac{A}{x + 3} + "
     r"\frac{B}{x - 2}$, and enter your answer as the ordered pair $(A, B)$.",
     r"\left(-\frac{8}{5}, \frac{13}{5}\right)"),
    # {a, b} = {3, -4} either way round: the sum is fixed
    (r"The integers $a$ and $b$ satisfy $(v + a)(v + b) = v^2 - v - 12$ for all $v$. "
     r"What is $a + b$?", "-1"),
    # roots 7 and 2: p = 7, q = 2
    (r"Write $x^2 - 9x + 14$ as $(x - p)(x - q)$, where $p$ and $q$ are integers with "
     r"$p > q$. Find $p - 2q$.", "3"),
    # {a, b} = {3, 4}; c - b = -1 and bc = 12 with b in {3, 4}: b = 4, a = 3, c = 3
    (r"The quadratic $y^2 + 7y + 12$ can be expressed as $(y + a)(y + b)$ and the quadratic "
     r"$y^2 - y - 12$ as $(y - b)(y + c)$, where $a$, $b$ and $c$ are integers. Compute "
     r"$a + b + c$.", "10"),
    # 4m^2 + 5m - 5
    (r"We can write $(5m^2 + 2m - 1) - (m^2 - 3m + 4)$ in the form $pm^2 + qm + r$ for "
     r"integers $p$, $q$, $r$. What is $pqr$?", "-100"),
    # (6s^2 + 9s)/(3s) = 2s + 3 where s is not 0
    (r"Suppose $s \neq 0$. The expression $\frac{6s^2 + 9s}{3s}$ can be rewritten as "
     r"$as + b$, where $a$ and $b$ are constants. Find $a + b$.", "5"),
    # roots 3 and 7, u < v
    (r"$t^2 - 10t + 21$ can be written in the form $(t - u)(t - v)$ where $u$ and $v$ are "
     r"nonnegative integers and $u < v$. What is $2u + v$?", "13"),
]

DECLINED = [
    # no constant makes 3x + k equal 10 for every x (and no value of x is given)
    r"Find $k$ such that $3x + k = 10$.",
    # A + 2B = 4 leaves the pair open
    r"Find $A$ and $B$ such that $A(x + 1) + B(2x + 2) = 4x + 4$. Enter $(A, B)$.",
    # two pairs: (3, -4) and (-4, 3)
    r"Find integers $a$ and $b$ such that $(q + a)(q + b) = q^2 - q - 12$. Enter the ordered "
    r"pair $(a, b)$.",
    # p = 7 or p = 2
    r"$x^2 - 9x + 14$ can be written as $(x - p)(x - q)$ where $p$ and $q$ are integers. "
    r"Find $p$.",
    # no integers with p > q + 10
    r"Write $x^2 - 9x + 14$ as $(x - p)(x - q)$, where $p$ and $q$ are integers with "
    r"$p > q + 10$. Find $p + q$.",
    # 'not' changes the question
    r"Find $A$ and $B$ such that $\frac{A}{x} + B = \frac{2 + x}{x}$ does not hold.",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_constants_of_an_identity(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_identity_near_misses_decline(problem: str) -> None:
    sol = solve_now(problem)
    assert sol.answer is None, sol.answer


def test_one_of_two_orders_is_not_chosen() -> None:
    sol = solve_now(r"Find integers $a$ and $b$ such that $(q + a)(q + b) = q^2 - q - 12$. "
                    r"Enter the ordered pair $(a, b)$.")
    assert sol.answer is None or not equivalent("(3, -4)", sol.answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # typed without dollar signs: the text layer leaves the article-like "a" unmarked
    # 5x - 1 = a(x + 1) + b(x - 1): x = 1 gives a = 2, x = -1 gives b = 3
    ("find a and b so that (5x-1)/(x^2-1) = a/(x-1) + b/(x+1)", "(2, 3)"),
    # a + b = 3 and 2a - b = 7
    ("Find a and b such that 3x + 7 = a(x + 2) + b(x - 1).", "(10/3, -1/3)"),
    # 2t + 5 = a(t + 3) + b: a = 2, b = -1
    ("determine the constants a and b such that 2t + 5 = a(t + 3) + b", "(2, -1)"),
])
def test_letters_typed_plainly(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "find a and b so that (5x-1)/(x^2-1) = a/(x-1) + b/(x+2)",  # no constants do it
    "find a and b so that x^2 = a(x-1) + b",  # a quadratic is no line
    "find a and b so that a + b = 5",  # no variable: many pairs
])
def test_letters_typed_plainly_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
