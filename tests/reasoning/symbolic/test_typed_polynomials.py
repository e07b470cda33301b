"""The intermediate-algebra typed readers (symbolic/polynomials): each capability reached by
several phrasings of our own, answered with steps the checker does not refute, or declined
when the answer is unsafe.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import split_problem
from tutor.reasoning.symbolic.polynomials import inequalities, root_lists

SOLVED = [
    # a symmetric expression in named roots (Vieta)
    (r"Let $p$, $q$, $r$ be the three roots of $x^3 - 3x^2 + 2x - 7 = 0$. What is $p^2+q^2+r^2$?",
     "5"),
    (r"Suppose that the roots of $2x^3+x-4=0$ are $p$, $q$, and $r$. Compute "
     r"\[\frac{1}{p}+\frac1q+\frac1r.\]", r"\frac{1}{4}"),
    (r"The equation $x^3 - 6x^2 + 11x - 6 = 0$ has three real roots $u$, $v$, $w$. Find "
     r"$\frac{1}{u^2} + \frac{1}{v^2} + \frac{1}{w^2}$.", r"\frac{49}{36}"),
    (r"Let $m$ and $n$ be the two roots of $x^2 - x\sqrt{3} - 1 = 0$. Determine $m^4 + n^4$.",
     "23"),
    (r"Let $r_1,$ $r_2,$ and $r_3$ be the roots of $x^3 - 4x^2 + x + 6 = 0$. Find "
     r"$r_1^2 r_2 + r_1 r_2^2 + r_2^2 r_3 + r_2 r_3^2 + r_1^2 r_3 + r_1 r_3^2$.", "22"),
    # the same asked in words
    (r"Find the product of the complex roots of $4x^3 - 2x^2 + 7x - 12 = 0$.", "3"),
    (r"What is the sum of the squares of the complex roots of $x^2 - 3x + 5$?", "-1"),
    (r"Compute the sum of the reciprocals of the zeros of the polynomial $2x^3 - 7x^2 + 7x - 2$.",
     r"\frac{7}{2}"),
    # unknown coefficients from a root, a factor or a remainder
    (r"Given that $2 + \sqrt{5}$ is a root of $x^3 + ax^2 + bx - 1 = 0$ and that $a$ and $b$ "
     r"are rational numbers, find $a$.", "-3"),
    (r"Let $p$ and $q$ be real numbers. One of the roots of $x^3 + px + q = 0$ is $2 - i$. "
     r"Enter the ordered pair $(p,q)$.", "(-11, 20)"),
    (r"Let $a$ and $b$ be real numbers. One of the roots of $x^3 + ax + b = 0$ is $2 + i.$ "
     r"Find $a + b.$", "9"),
    (r"If $x - 3$ is a factor of $kx^3 - 4x + 6$, find the constant $k$.", r"\frac{2}{9}"),
    (r"When $f(x) = ax^3 + bx^2 - 2$ is divided by $x - 1,$ the remainder is $4.$ When "
     r"$f(x)$ is divided by $x + 1,$ the remainder is $-10.$ Find the ordered pair $(a,b).$",
     "(7, -1)"),
    (r"Two of the roots of \[x^3 + ax^2 + bx - 6 = 0\] are $1$ and $2$. Find the third root.",
     "3"),
    (r"One of the roots of $x^3 + ax^2 + 7x + b = 0$ is $1 + 2i,$ where $a$ and $b$ are real "
     r"numbers. Find the real root of this cubic polynomial.", "1"),
    # an unknown polynomial from its values
    (r"Find the cubic polynomial $q(x)$ such that $q(0) = 1,$ $q(1) = 0,$ $q(2) = 3,$ and "
     r"$q(3) = 16.$", "x^3 - x^2 - x + 1"),
    (r"Find the quadratic polynomial $p(x)$ such that $p(1) = 0,$ $p(2) = 0,$ and $p(3) = 4.$",
     "2x^2 - 6x + 4"),
    (r"Let $p(x)$ be a monic polynomial of degree 3 such that $p(1) = 2,$ $p(2) = 4,$ and "
     r"$p(3) = 6.$ Find $p(4).$", "14"),
    # a value the conditions fix though the polynomial is not fixed
    (r"Let $f(x)$ be a monic quartic polynomial such that $f(1) = 3,$ $f(2) = 6,$ and "
     r"$f(3) = 11.$ Find $f(0) + f(4).$", "44"),
    # a remainder from remainders
    (r"When $p(x)$ is divided by $x - 2,$ the remainder is $5.$ When $p(x)$ is divided by "
     r"$x + 3,$ the remainder is $-5.$ Find the remainder when $p(x)$ is divided by "
     r"$(x - 2)(x + 3).$", "2x + 1"),
    (r"Let $P(x)$ be a polynomial such that when $P(x)$ is divided by $x - 4,$ the remainder "
     r"is $1,$ and when $P(x)$ is divided by $x - 6,$ the remainder is $7.$ What is the "
     r"remainder when $P(x)$ is divided by $(x - 4)(x - 6)$?", "3x - 11"),
    (r"A polynomial $g(x)$ leaves a remainder of $2$ when divided by $x - 1,$ a remainder of "
     r"$0$ when divided by $x + 1,$ and a remainder of $6$ when divided by $x - 2.$ Let $r(x)$ "
     r"be the remainder when $g(x)$ is divided by $(x - 1)(x + 1)(x - 2).$ Find $r(3).$", "12"),
    # the polynomial with given roots
    (r"Find the monic quadratic polynomial, in $x,$ with real coefficients, which has $2 - 3i$ "
     r"as a root.", "x^2 - 4x + 13"),
    (r"Find a monic quartic polynomial with rational coefficients such that $1 + \sqrt{2}$ and "
     r"$\sqrt{5}$ are roots of the polynomial.", "x^4 - 2x^3 - 6x^2 + 10x + 5"),
    (r"Find the quadratic polynomial, with real coefficients, which has $1 + i$ as a root, and "
     r"where the coefficient of $x$ is $6$.", "-3x^2 + 6x - 6"),
    (r"There is a unique polynomial $P(x)$ of degree $4$ with rational coefficients and leading "
     r"coefficient $1$ which has $\sqrt{3}+\sqrt{7}$ as a root. What is $P(2)$?", "-48"),
    (r"Find a quadratic with rational coefficients and quadratic term $x^2$ that has "
     r"$\sqrt{5}-1$ as a root.", "x^2 + 2x - 4"),
    (r"Find a monic cubic polynomial $P(x)$ with integer coefficients such that "
     r"$P(\sqrt[3]{3} - 1) = 0.$", "x^3 + 3x^2 + 3x - 2"),
    # the roots of a polynomial, or the one a word picks
    (r"Find all roots of the polynomial $x^3 - 2x^2 - 5x + 6$. Enter your answer as a list of "
     r"numbers separated by commas.", "-2, 1, 3"),
    (r"Find the real roots of \[x^4 + x^3 - x - 1 = 0.\]", "-1, 1"),
    (r"Find all rational roots of \[3x^4 - 5x^3 - 5x^2 + 5x + 2 = 0\]Enter all the rational "
     r"roots, separated by commas.", r"-1, -\frac{1}{3}, 1, 2"),
    (r"Find the three roots of \[x^3 - 3x + 2 = 0.\]Enter the three roots (counting "
     r"multiplicity), separated by commas.", "-2, 1, 1"),
    (r"Find the greatest root of $f(x) = 4x^4 - 5x^2 + 1$.", "1"),
    (r"What is the positive root of $x^3 - x^2 - 2x = 0$?", "2"),
    (r"Find all real solutions to $x^3 - 2x^2 + 3x - 6 = 0$. Enter all the solutions, "
     r"separated by commas.", "2"),
    # even, odd or neither
    (r"Is $f(x) = \frac{x^3}{x^2 + 1}$ an even function, odd function, or neither?", "odd"),
    (r"Is the function $g(t) = 3^{t} + 3^{-t}$ even, odd, or neither?", "even"),
    (r"Is $f(x) = x^2 + x$ an even function, odd function, or neither?", "neither"),
    (r"Is $f(x) = \sqrt{x} + 1$ an even function, odd function, or neither?", "neither"),
    # a complex number from an equation in z, its conjugate and its modulus
    (r"Determine the complex number $z$ satisfying $3z + 2\bar{z} = 10 - 4i$.", "2 - 4i"),
    (r"Find all complex numbers $z$ such that \[z^2 = 5 + 12i.\]Enter all complex numbers, "
     r"separated by commas.", "3 + 2i, -3 - 2i"),
    (r"Find the complex number $w$ such that $w + |w| = 2 + 8i$.", "-15 + 8i"),
    (r"Suppose that $a$ and $b$ are positive integers such that $(a+bi)^2 = 21+20i$. What is "
     r"$a+bi$?", "5 + 2i"),
    (r"Suppose $a$ and $b$ are real numbers such that $(a - bi)(2 + i) = 7 - i$. Find $a + b$.",
     r"\frac{22}{5}"),
    # a value from a linear functional equation
    (r"The function $f(x)$ satisfies \[f(x) + 3f(2 - x) = x^2\] for all real numbers $x$. "
     r"Find $f(5)$.", r"\frac{1}{4}"),
    (r"The function $g$ satisfies \[2g(x) - g\left(\frac{1}{x}\right) = x\] for all "
     r"$x \neq 0.$ Find $g(3).$", r"\frac{19}{9}"),
    (r"The function $f : \mathbb{R} \to \mathbb{R}$ satisfies \[f(x) - 2f(-x) = x + 1\]for "
     r"all $x.$  Find $f(2).$", r"-\frac{1}{3}"),
    (r"The function $h(x)$ satisfies \[h(x) + h\left(\frac{1}{1 - x}\right) = x\] for all "
     r"$x \neq 1$. Find $h(3)$.", r"\frac{25}{12}"),
    # constants that make an identity hold (partial fractions)
    (r"Find constants $A$, $B$, and $C$ so that \[\frac{x + 5}{(x - 1)(x + 2)^2} = "
     r"\frac{A}{x - 1} + \frac{B}{x + 2} + \frac{C}{(x + 2)^2}.\]Enter the ordered triple "
     r"$(A,B,C).$", r"\left(\frac{2}{3}, -\frac{2}{3}, -1\right)"),
    (r"By partial fractions, \[\frac{1}{t(t + 1)(t + 3)} = \frac{P}{t} + \frac{Q}{t + 1} + "
     r"\frac{R}{t + 3}\]for some constants $P,$ $Q,$ and $R.$ Find $P + Q + R.$", "0"),
    (r"Find constants $A$ and $B$ such that \[\frac{3x + 1}{x^2 - 1} = \frac{A}{x - 1} + "
     r"\frac{B}{x + 1}.\]Enter the ordered pair $(A, B).$", "(2, 1)"),
    # the vertex, focus or directrix of a parabola
    (r"Find the focus of the parabola $y = 2x^2 - 4x + 5$.", r"\left(1, \frac{25}{8}\right)"),
    (r"Find the equation of the directrix of the parabola $x = -\frac{1}{8} y^2.$", "x = 2"),
    (r"The equation of a parabola is $x^2 - 4x + 2y + 6 = 0.$ Find the vertex of the parabola.",
     "(2, -1)"),
    (r"Find the focus of the parabola $x = 3y^2 + 6y.$", r"\left(-\frac{35}{12}, -1\right)"),
    (r"Find a monic cubic polynomial $Q(x)$ with integer coefficients such that "
     r"\[Q(\sqrt[3]{5} - 2) = 0.\](A polynomial is monic if its leading coefficient is 1.)",
     "x^3 + 6x^2 + 12x + 3"),
    # an inequality in one unknown, asked in several ways
    (r"Find all real values of $y$ that satisfy $\frac{y+2}{y-1} \le 0$. (Give your answer in "
     r"interval notation.)", r"[-2, 1)"),
    (r"Find all solutions to the inequality \[\frac{x^2 - 9}{x} > 0.\]",
     r"(-3, 0) \cup (3, \infty)"),
    (r"For what values of $t$ is $t^2 - 4t < 5$?", "(-1, 5)"),
    (r"Find all real numbers $x$ such that $1 < \frac{x}{x-2} \le 3$.", r"[3, \infty)"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # not symmetric: the value depends on which root is which
    r"Let $a$ and $b$ be the roots of $x^2 - 5x + 2 = 0$. Find $a^3 + 2b$.",
    # "three real roots", but the cubic has one real root
    r"The equation $x^3 - 2x + 5 = 0$ has three real roots $u$, $v$, $w$. Find $uvw$.",
    # two letters for a cubic's three roots
    r"Let $a$ and $b$ be roots of $x^3 - 2x + 5 = 0$. Find $a + b$.",
    # a double root: does it count twice in "the sum of the roots"?
    r"Find the sum of the roots of $x^3 - 3x + 2 = 0$.",
    # nothing says the coefficients are real: a + b is not determined
    r"One of the roots of $x^3 + ax + b = 0$ is $2 + i.$ Find $a + b.$",
    # non-real roots: the real ones, or all the complex ones?
    r"Find the sum of the cubes of the roots of $x^3 - 2x + 4 = 0$.",
    # two equations for three constants
    r"Find constants $A$, $B$ and $C$ such that \[\frac{2x}{x^2 - 1} = \frac{A}{x - 1} + "
    r"\frac{B}{x + 1} + \frac{C}{x^2 - 1}.\]Enter the ordered triple $(A, B, C).$",
    # a circle, not a parabola
    r"Find the focus of the parabola $x^2 + y^2 = 4$.",
    # only f(2) + f(-2) is fixed
    r"The function $f(x)$ satisfies $f(x) + f(-x) = x^2$ for all real numbers $x$. Find $f(2)$.",
    # two integer solutions, 5 + 2i and -5 - 2i
    r"Suppose that $a$ and $b$ are integers such that $(a+bi)^2 = 21+20i$. What is $a+bi$?",
    # infinitely many complex numbers have real part 2
    r"Find the complex number $z$ such that $z + \bar{z} = 4$.",
    # a double root: listed once or twice?
    r"Find all roots of the polynomial $x^3 - 3x + 2$.",
    # the function's values multiply: not a linear system
    r"The function $f(x)$ satisfies $f(x) f(2 - x) = x^2$ for all real numbers $x$. Find $f(5)$.",
    # all roots of x^3 - 1: the real one, or the three complex ones?
    r"Find all roots of the polynomial $x^3 - 1$.",
    # which multiple of the polynomial? nothing says
    r"Find the quadratic polynomial, with real coefficients, which has $1 + i$ as a root.",
    # a cubic with rational coefficients is not fixed by one quadratic irrational root
    r"Find a monic cubic polynomial with rational coefficients that has $\sqrt{2}$ as a root.",
    # the remainder's divisor has a root where no remainder is given
    r"When $p(x)$ is divided by $x - 1,$ the remainder is $2.$ Find the remainder when $p(x)$ "
    r"is divided by $(x - 1)(x - 2).$",
    # a quadratic through four points that no quadratic meets
    r"Find the quadratic polynomial $p(x)$ such that $p(0) = 0,$ $p(1) = 1,$ $p(2) = 4,$ and "
    r"$p(3) = 10.$",
    # a qualifier the reader does not apply
    r"Let $a$ and $b$ be positive real numbers. One of the roots of $x^3 + ax + b = 0$ is "
    r"$2 + i.$ Find $a + b.$",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize("problem", [
    # a qualifier the inequality reader does not apply
    r"Find all positive real numbers $x$ that satisfy $\frac{x-4}{x+1} \le 0$.",
    # an equation, not an inequality
    r"Find all real values of $x$ that satisfy $\frac{x-4}{x+1} = 2$.",
])
def test_inequality_reader_leaves(problem: str) -> None:
    split = split_problem(problem)
    assert inequalities.read(split, split.template) is None


def test_one_root_asked_of_two_is_declined() -> None:
    split = split_problem(r"What is the positive root of $x^3 - 3x^2 + 2x = 0$?")
    with pytest.raises(Decline):
        root_lists.read(split, split.template)
