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
    (r"Given that $k$, $m$ and $n$ are the roots of the cubic $2x^3 + 4x^2 - 6x + 1$, what is "
     r"$k^2 + m^2 + n^2$?", "10"),
    (r"Suppose that the roots of $2x^3+x-4=0$ are $p$, $q$, and $r$. Compute "
     r"\[\frac{1}{p}+\frac1q+\frac1r.\]", r"\frac{1}{4}"),
    (r"If $a$, $b$, $c$ denote the three real zeros of the cubic $x^3 - 9x^2 + 26x - 24$, "
     r"compute $\frac{a}{bc} + \frac{b}{ac} + \frac{c}{ab}$.", r"\frac{29}{24}"),
    (r"Suppose the roots of the quadratic $t^2 - 2t\sqrt{2} + 1$ are $g$ and $h$. Compute "
     r"$g^4 + h^4$.", "34"),
    (r"Let $r_1,$ $r_2,$ and $r_3$ be the roots of $x^3 - 4x^2 + x + 6 = 0$. Find "
     r"$r_1^2 r_2 + r_1 r_2^2 + r_2^2 r_3 + r_2 r_3^2 + r_1^2 r_3 + r_1 r_3^2$.", "22"),
    # the same asked in words
    (r"Find the product of the complex roots of $4x^3 - 2x^2 + 7x - 12 = 0$.", "3"),
    (r"Compute the sum of the cubes of the complex zeros of the quadratic $y^2 + 2y + 4$.", "16"),
    (r"Compute the sum of the reciprocals of the zeros of the polynomial $2x^3 - 7x^2 + 7x - 2$.",
     r"\frac{7}{2}"),
    # unknown coefficients from a root, a factor or a remainder
    (r"The cubic $x^3 + px^2 + qx + 4$ has $1 - \sqrt{3}$ as a root, where $p$ and $q$ are "
     r"rational numbers. Find $q$.", "2"),
    (r"For some real constants $c$ and $d$, the number $-1 + 2i$ is a zero of $x^3 + cx + d$. "
     r"Enter the ordered pair $(c, d)$.", "(1, -10)"),
    (r"Suppose $m$ and $n$ are real and the polynomial $x^3 + mx + n$ has $3 - i$ as a root. "
     r"Compute $m + n$.", "34"),
    (r"Find $c$ if $x + 2$ is a factor of $cx^3 + 5x^2 - 6$.", r"\frac{7}{4}"),
    (r"For what value of $m$ is $x + 4$ a factor of $x^3 + mx^2 - 2x + 8$?", "3"),
    (r"For which value of $k$ is $t - 1$ a factor of $2t^4 - kt + 5$?", "7"),
    (r"One root of $x^2 + px - 20 = 0$ is $5$. What is the other root?", "-4"),
    (r"If one zero of $2y^2 + cy - 9$ is $-3$, find $c$.", "3"),
    (r"Find the ordered pair $(m, n)$ such that when $g(x) = mx^3 - x^2 + nx + 4$ is divided "
     r"by $x - 2$ the remainder is $2$, and when $g(x)$ is divided by $x + 1$ the remainder is "
     r"$5$.", "(1, -3)"),
    (r"The numbers $-1$ and $4$ are both zeros of the cubic $x^3 + px^2 + qx + 8$. What is the "
     r"remaining zero?", "2"),
    (r"Suppose $c$ and $d$ are real and $-2 + 3i$ is a root of $x^3 + cx^2 + 11x + d$. Find "
     r"the real root.", r"\frac{1}{2}"),
    # a root named with its letter, and "have the solution" / "makes ... a solution"
    (r"If $t = -3$ is a root of $t^2 + mt - 6 = 0$, what is $m$?", "1"),
    (r"For which value of $c$ does the equation $5y - c = 2y + 1$ have the solution $y = 2$?",
     "5"),
    (r"The equation $w^2 - 4w + q = 0$ has the solution $w = 6$. Find $q$.", "-12"),
    (r"What value of $b$ makes $x = 3$ a solution of $bx - 2 = 10$?", "4"),
    # an unknown polynomial from its values
    (r"Let $h(t)$ be a cubic polynomial such that $h(-1) = 2$, $h(0) = 1$, $h(1) = 2$ and "
     r"$h(2) = 11$. Find $h(t)$.", "t^3 + t^2 - t + 1"),
    (r"If $s(x)$ is a quadratic polynomial such that $s(-2) = 0$, $s(4) = 0$ and $s(1) = 18$, "
     r"what is $s(x)$?", "-2x^2 + 4x + 16"),
    (r"If $g(x)$ is a monic polynomial of degree $4$ such that $g(-1) = -1$, $g(1) = 1$, "
     r"$g(2) = 2$ and $g(3) = 3$, what is $g(0)$?", "-6"),
    # a value the conditions fix though the polynomial is not fixed
    (r"If $u(x)$ is a monic cubic polynomial such that $u(2) = 5$ and $u(4) = 17$, what is "
     r"$u(5) - u(1)$?", "36"),
    # a remainder from remainders
    (r"When $q(t)$ is divided by $t + 1$, the remainder is $-4$, and $q(t)$ leaves a remainder "
     r"of $8$ when divided by $t - 3$. What is the remainder when $q(t)$ is divided by "
     r"$t^2 - 2t - 3$?", "3t - 1"),
    (r"Let $F(z)$ be a polynomial such that $F(z)$ leaves a remainder of $-3$ when divided by "
     r"$z - 1$ and a remainder of $5$ when divided by $z + 1$. Find the remainder when $F(z)$ "
     r"is divided by $z^2 - 1$.", "-4z + 1"),
    (r"When $k(y)$ is divided by $y$, the remainder is $1$; when $k(y)$ is divided by $y - 2$, "
     r"the remainder is $3$; and when $k(y)$ is divided by $y + 3$, the remainder is $13$. Let "
     r"$r(y)$ be the remainder when $k(y)$ is divided by $y^3 + y^2 - 6y$. Find $r(5)$.", "21"),
    # the polynomial with given roots
    (r"Find a monic quadratic polynomial in $t$ that has $-1 + 4i$ as a root, with real "
     r"coefficients.", "t^2 + 2t + 17"),
    (r"Find a monic quartic polynomial that has $\sqrt{3}$ and $2 - \sqrt{2}$ as roots, with "
     r"rational coefficients.", "x^4 - 4x^3 - x^2 + 12x - 6"),
    (r"Find a quadratic polynomial in $t$ with real coefficients, where the coefficient of $t$ "
     r"is $-8$, that has $2 + i$ as a root.", "2t^2 - 8t + 10"),
    (r"Find the monic polynomial $Q(x)$ of degree $4$ that has $\sqrt{6} - \sqrt{2}$ as a "
     r"root, with rational coefficients. What is $Q(2)$?", "-32"),
    (r"Find a quadratic polynomial that has $\sqrt{2} + 3$ as a root, with rational "
     r"coefficients and leading coefficient $1$.", "x^2 - 6x + 7"),
    (r"Find a monic cubic polynomial $P(x)$ with integer coefficients such that "
     r"$P(\sqrt[3]{3} - 1) = 0.$", "x^3 + 3x^2 + 3x - 2"),
    # a polynomial known by all its roots (monic) or by its roots and one more value:
    # (3 - 2)(3 - 4)(3 + 1) = -4; (-2 - 1)(-2 + 1)(-2 - 3)(-2 + 3) = -15;
    # a(t + 1)(t - 2)(t - 5) with a * 10 = -20 at t = 0, so at 1: -2 * 2 * -1 * -4 = -16
    (r"Let $s(x)$ be a monic cubic polynomial with roots $2$, $4$ and $-1$. Find $s(3)$.",
     "-4"),
    (r"The monic quartic polynomial $w(y)$ has zeros at $1$, $-1$, $3$ and $-3$. What is "
     r"$w(-2)$?", "-15"),
    (r"Let $k(t)$ be a cubic polynomial whose roots are $-1, 2, 5$ such that $k(0) = -20$. "
     r"Compute $k(1)$.", "-16"),
    # the roots of a polynomial, or the one a word picks
    (r"Compute all the zeros of the polynomial $t^3 - 7t - 6$. Enter the zeros in increasing "
     r"order separated by commas.", "-2, -1, 3"),
    (r"What are the real solutions of $z^4 + z^3 - 3z^2 - 4z - 4 = 0$?", "-2, 2"),
    (r"Determine the rational zeros of the polynomial $2x^4 + x^3 - 7x^2 - 3x + 3$.",
     r"-1, \frac{1}{2}"),
    (r"Compute the three zeros of $x^3 + x^2 - 8x - 12$, counting multiplicity.", "-2, -2, 3"),
    (r"What is the least zero of the function $h(t) = t^4 - 13t^2 + 36$?", "-3"),
    (r"What is the negative root of the equation $t^3 + t^2 - 6t = 0$?", "-3"),
    (r"Determine all real solutions to $2y^3 + y^2 + 8y + 4 = 0$.", r"-\frac{1}{2}"),
    # even, odd or neither
    (r"Is $f(x) = \frac{x^3}{x^2 + 1}$ an even function, odd function, or neither?", "odd"),
    (r"Is the function $g(t) = 3^{t} + 3^{-t}$ even, odd, or neither?", "even"),
    (r"Is $f(x) = x^2 + x$ an even function, odd function, or neither?", "neither"),
    (r"Is $f(x) = \sqrt{x} + 1$ an even function, odd function, or neither?", "neither"),
    (r"Determine whether $q(x) = \frac{x}{x^2 + 4}$ is even, odd, or neither.", "odd"),
    (r"Decide if the function $p(t) = t^4 - |t|$ is an even function, an odd function, or "
     r"neither.", "even"),
    # the other order, and "even or odd" alone (its answer may still be neither)
    (r"Is $k(x) = x^5 - 2x$ odd, even, or neither?", "odd"),
    ("is h(x) = x^2 - 7 even or odd", "even"),
    ("Is g(x) = x^3 + 1 odd or even?", "neither"),
    # a complex number from an equation in z, its conjugate and its modulus
    (r"Determine the complex number $z$ satisfying $3z + 2\bar{z} = 10 - 4i$.", "2 - 4i"),
    # "solve" with a conjugate written: 3a - b i = 6 + 5i
    (r"Solve $w + 2\overline{w} = 6 + 5i$.", "2 - 5i"),
    # 2(a + bi) - (a - bi) = a + 3bi
    (r"Solve $2v - \bar{v} = 4 - 9i$ for $v$.", "4 - 3i"),
    (r"Determine all complex numbers $w$ satisfying $w^2 = -15 + 8i$.", "1 + 4i, -1 - 4i"),
    (r"Determine the complex number $u$ that satisfies the equation $|u| - u = 3 - 4i$.",
     r"\frac{7}{6} + 4i"),
    (r"If $m$ and $n$ are positive integers such that $(m - ni)^2 = 12 - 16i$, find $m - ni$.",
     "4 - 2i"),
    (r"Suppose $a$ and $b$ are real numbers such that $(a - bi)(2 + i) = 7 - i$. Find $a + b$.",
     r"\frac{22}{5}"),
    # a value from a linear functional equation
    (r"Let $q$ be a function such that $2q(t) - q(4 - t) = t^2$ for all real numbers $t$. "
     r"Compute $q(1)$.", r"\frac{11}{3}"),
    (r"Let $k$ be a function such that $3k(t) + k\left(\frac{1}{t}\right) = 2t$ for all "
     r"$t \neq 0$. What is $k(2)$?", r"\frac{11}{8}"),
    (r"Let $u : \mathbb{R} \to \mathbb{R}$ be a function such that $3u(y) + u(-y) = y^2 - y$ "
     r"for all $y$. What is $u(1)$?", r"-\frac{1}{4}"),
    (r"Let $v$ be a function such that $2v(t) + v\left(\frac{1}{1 - t}\right) = t$ for all "
     r"$t \neq 1$. Compute $v(2)$.", r"\frac{7}{6}"),
    # constants that make an identity hold (partial fractions)
    (r"Find real numbers $P$, $Q$ and $R$ such that $\frac{2t - 1}{t^2 (t + 1)} = \frac{P}{t} "
     r"+ \frac{Q}{t^2} + \frac{R}{t + 1}$. Enter your answer as the ordered triple "
     r"$(P, Q, R)$.", "(3, -1, -3)"),
    (r"By partial fractions, \[\frac{1}{t(t + 1)(t + 3)} = \frac{P}{t} + \frac{Q}{t + 1} + "
     r"\frac{R}{t + 3}\]for some constants $P,$ $Q,$ and $R.$ Find $P + Q + R.$", "0"),
    (r"Find the constants $M$ and $N$ so that $\frac{7 - y}{y^2 + y - 6} = \frac{M}{y - 2} + "
     r"\frac{N}{y + 3}$. Enter the ordered pair $(M, N)$.", "(1, -2)"),
    # the vertex, focus or directrix of a parabola
    (r"What are the coordinates of the focus of the parabola $y = -\frac{1}{4}x^2 + x + 3$?",
     "(2, 3)"),
    (r"The equation of a parabola is $4x - 20 = y^2 - 4y$. What is the equation of the "
     r"directrix of the parabola?", "x = 3"),
    (r"What are the coordinates of the vertex of the parabola $2y = x^2 + 6x + 5$?", "(-3, -2)"),
    (r"What is the focus of the parabola $x + 5 = 8y - 2y^2$?", r"\left(\frac{23}{8}, 2\right)"),
    # the axis of symmetry: the line through the vertex, x = -b/(2a)
    (r"What is the axis of symmetry of the parabola $y = 2x^2 - 12x + 1$?", "x = 3"),
    (r"Find the equation of the axis of symmetry of $y = -x^2 - 4x$.", "x = -2"),
    (r"What is the axis of symmetry of the graph of $x = 3y^2 + 6y - 2$?", "y = -1"),
    (r"Find the directrix of the parabola $y = \frac{1}{2}x^2$.", r"y = -\frac{1}{2}"),
    (r"Find a monic quartic polynomial $V(x)$ that has $i$ and $1 - \sqrt{2}$ as roots, with "
     r"integer coefficients. (A polynomial is monic if its leading coefficient is 1.)",
     "x^4 - 2x^3 - 2x - 1"),
    # an inequality in one unknown, asked in several ways
    (r"Solve the inequality $\frac{3 - s}{s + 4} \ge 0$, giving your answer in interval "
     r"notation.", "(-4, 3]"),
    (r"Find all solutions to the inequality \[\frac{x^2 - 9}{x} > 0.\]",
     r"(-3, 0) \cup (3, \infty)"),
    (r"For which values of $k$ is $k^2 + 2k \ge 8$?", r"(-\infty, -4] \cup [2, \infty)"),
    (r"Find all real numbers $x$ such that $1 < \frac{x}{x-2} \le 3$.", r"[3, \infty)"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # not symmetric: the value depends on which root is which
    r"Suppose the roots of $t^2 + 4t - 7$ are $g$ and $h$. Compute $g^2 - h$.",
    # "three real roots", but the cubic has one real root
    r"The equation $x^3 - 2x + 5 = 0$ has three real roots $u$, $v$, $w$. Find $uvw$.",
    # two letters for a cubic's three roots
    r"If $g$ and $h$ denote the roots of the cubic $y^3 + 3y - 1$, compute $gh$.",
    # a double root: does it count twice in "the product of the zeros"?
    r"What is the product of the zeros of $t^3 - 12t + 16$?",
    # nothing says the coefficients are real: a + b is not determined
    r"One of the roots of $x^3 + ax + b = 0$ is $2 + i.$ Find $a + b.$",
    # non-real roots: the real ones, or all the complex ones?
    r"Compute the sum of the squares of the zeros of the cubic $y^3 + y + 10$.",
    # two equations for three constants: P + Q + R is not fixed
    r"By partial fractions, $\frac{5t + 1}{t^2 - 4} = \frac{P}{t + 2} + \frac{Q}{t - 2} + "
    r"\frac{R}{t^2 - 4}$ for some constants $P$, $Q$, $R$. Find $P + Q + R$.",
    # a circle, not a parabola
    r"What are the coordinates of the focus of the parabola $y^2 = 16 - x^2$?",
    # only w(3) - w(-3) is fixed
    r"Let $w$ be a function such that $w(t) - w(-t) = 4t$ for all real numbers $t$. Compute "
    r"$w(3)$.",
    # two integer solutions, 4 - 2i and -4 + 2i
    r"If $m$ and $n$ are integers such that $(m - ni)^2 = 12 - 16i$, find $m - ni$.",
    # infinitely many complex numbers have real part 2
    r"Find the complex number $z$ such that $z + \bar{z} = 4$.",
    r"Solve $z + \bar{z} = 4$.",
    # a double root: listed once or twice?
    r"Find all roots of the polynomial $x^3 - 3x + 2$.",
    # the function's values multiply: not a linear system
    r"Let $w$ be a function such that $w(t) w(4 - t) = t^2 - 4t + 5$ for all real numbers $t$. "
    r"Compute $w(1)$.",
    # all roots of x^3 - 1: the real one, or the three complex ones?
    r"Find all roots of the polynomial $x^3 - 1$.",
    # which multiple of the polynomial? nothing says
    r"Find a quadratic polynomial in $t$ that has $3 - 2i$ as a root, with real coefficients.",
    # a cubic with rational coefficients is not fixed by one quadratic irrational root
    r"Find a monic cubic polynomial that has $1 + \sqrt{3}$ as a root, with rational coefficients.",
    # the remainder's divisor has a root where no remainder is given
    r"A polynomial $g(t)$ leaves a remainder of $7$ when divided by $t + 3$. What is the "
    r"remainder when $g(t)$ is divided by $t^2 + 2t - 3$?",
    # a quadratic through four points that no quadratic meets
    r"Let $s(t)$ be a quadratic polynomial such that $s(-1) = 1$, $s(0) = 0$, $s(1) = 1$ and "
    r"$s(2) = 5$. Find $s(t)$.",
    # the root is named by a letter the equation does not use
    r"If $y = 2$ is a root of $x^2 + kx + 4 = 0$, what is $k$?",
    # roots without "monic" or another value: any multiple has them
    r"Let $s(x)$ be a cubic polynomial with roots $2$, $4$ and $-1$. Find $s(3)$.",
    # a root listed twice: a double root, or a slip?
    r"Let $s(x)$ be a monic cubic polynomial with roots $2$, $2$ and $-1$. Find $s(3)$.",
    # three roots of a quartic: the fourth is free
    r"Let $s(x)$ be a monic quartic polynomial with roots $2$, $4$ and $-1$. Find $s(3)$.",
    # a qualifier the reader does not apply
    r"Suppose $m$ and $n$ are positive real numbers and the polynomial $x^3 + mx + n$ has "
    r"$3 - i$ as a root. Compute $m + n$.",
    # one kind named twice: no question of parity read
    r"Is $f(x) = x^3 + x$ even or even?",
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
    split = split_problem(r"Determine the negative zero of $y^3 + 4y^2 + 3y$.")
    with pytest.raises(Decline):
        root_lists.read(split, split.template)
