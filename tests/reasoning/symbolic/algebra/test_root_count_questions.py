"""The values of a letter for which an equation has a given number of solutions
(`algebra.root_count_questions`, `algebra.root_count_parameters`). Our own problems;
answers by hand (the shape of the graph of the letter against x, or the discriminant).
"""

from __future__ import annotations

import pytest
import sympy as sp

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.algebra.root_count_parameters import (
    Counting,
    cleared,
    count_at,
    values_with,
)
from tutor.reasoning.symbolic.engine import solve_now

x, a = sp.symbols("x a")


@pytest.mark.parametrize(("problem", "answer"), [
    # x^3 - 12x turns at x = -2 and 2, with values 16 and -16
    ("If $x^3 - 12x + c = 0$ has three distinct real roots, what are the possible values "
     "of $c$?", "(-16, 16)"),
    # a = x - 1 or a = x^2 + x + 1: the quadratic factor has no real root when a < 3/4
    ("Find all real numbers $b$ such that $x^3 - bx^2 - 2bx + b^2 - 1 = 0$ has exactly one "
     "real solution in $x$.", "(-\\infty, \\frac{3}{4})"),
    # x^3 - 3x = m: a horizontal line meets the cubic once above 2 or below -2
    ("Find all values of $m$ for which $x^3 - 3x = m$ has exactly one real solution.",
     "(-\\infty, -2) \\cup (2, \\infty)"),
    # x (x - 1)(x - a): two distinct roots when a is 0 or 1
    ("Find all real numbers $a$ such that the equation \\[x^3 - (a+1)x^2 + ax = 0\\] has "
     "exactly two distinct real solutions in $x$.", "0, 1"),
    # x^4 - 8x^2 = t: the W-shaped graph, least value -16
    ("Determine all real numbers $t$ for which the equation $x^4 - 8x^2 = t$ has exactly "
     "four distinct real solutions.", "(-16, 0)"),
    # q^2 - q - 6 > 0, sum 2q > 0, product q + 6 > 0
    ("For which real numbers $q$ does $x^2 - 2qx + q + 6 = 0$ have two distinct positive "
     "real roots?", "(3, \\infty)"),
    # x^3 - 3x^2 has a local maximum 0 and a local minimum -4
    ("Find all real numbers $r$ such that $x^3 - 3x^2 + r = 0$ has at least two distinct "
     "real solutions.", "[0, 4]"),
    # x (x - 2)(x - a): a = 0 or a = 2
    ("Find the sum of all values of $a$ for which $x^3 - (a+2)x^2 + 2ax = 0$ has exactly "
     "two distinct real roots.", "2"),
    # x - 3 = kx^2 + x: kx^2 = -3, and x = 3 is left out when k = -1/3
    ("For what value of $k$ does the equation $\\frac{x - 3}{kx + 1} = x$ have exactly one "
     "solution?", "-\\frac{1}{3}"),
    # kx^2 - 3x - 1 = 0 with x != 2/k: k = 0, a double root at k = -9/4, x = -1 left out at k = -2
    ("Find all values of $k$ so that the equation $\\frac{x + 1}{kx - 2} = x$ has exactly "
     "one solution.", "-\\frac{9}{4}, -2, 0"),
    # the line y = b across the cubic y = x^3 - 3x
    ("For what values of $b$ do the graphs of $y = x^3 - 3x$ and $y = b$ intersect at "
     "exactly three points?", "(-2, 2)"),
    # x^2 - mx + 1 = 0 with a double root
    ("Find all $m$ such that the graphs of $y = x^2 + 1$ and $y = mx$ meet in exactly one "
     "point.", "-2, 2"),
    # a linear equation at a = 0, a double root at a = 2
    ("Find all $a$ such that the equation $ax^2 + 4x + 2 = 0$ has exactly one real solution "
     "in $x$.", "0, 2"),
    # x^4 = -c
    ("Find all real values of $c$ such that $x^4 + c = 0$ has no real solutions.",
     "(0, \\infty)"),
    # counted once or with multiplicity, the same values
    ("For which values of $n$ does $x^3 - 3x + n = 0$ have at most one real root?",
     "(-\\infty, -2) \\cup (2, \\infty)"),
    # the equation said first
    ("If the equation $x^3 - 27x = d$ has exactly two distinct real solutions, find all "
     "possible values of $d$.", "-54, 54"),
    # real roots, unqualified: at least one; x^4 - 4x^2 has least value -4
    ("For what values of $k$ does $x^4 - 4x^2 + k = 0$ have real roots? Express your answer "
     "in interval notation.", "(-\\infty, 4]"),
    # x (x - 3)(x - a): a = 0 or a = 3
    ("For how many values of $a$ does $x^3 - (a+3)x^2 + 3ax = 0$ have exactly two distinct "
     "real solutions?", "2"),
    # the leading coefficient holds the letter (root_reality declines it): k = 0 leaves one
    # root, so two distinct real roots need 4 - 4k > 0 and k != 0
    ("For what values of $k$ does $kx^2 + 2x + 1 = 0$ have two distinct real roots?",
     "(-\\infty, 0) \\cup (0, 1)"),
    # mx^2 - 2x - 4 = 0, x != 1/m: at m = -1/4 the double root is x = -4 = 1/m, left out
    ("What is the value of $m$ if the equation $\\frac{x + 4}{mx - 1} = x$ has exactly one "
     "solution?", "0"),
    # t^2 - 2wt + 1 with two distinct positive roots t = x^2
    ("Find all values of $w$ such that $x^4 - 2wx^2 + 1 = 0$ has four distinct real roots.",
     "(1, \\infty)"),
    # x^3 + x is increasing: one real solution for every s
    ("For which values of $s$ does the equation $x^3 + x + s = 0$ have exactly one real "
     "solution?", "(-\\infty, \\infty)"),
    # the polynomial named by its formula
    ("Find all real numbers $a$ such that the polynomial $p(x) = x^3 - 3x + a$ has three "
     "distinct real roots.", "(-2, 2)"),
    # the letter called a constant: x^3 - 6x turns at x = -sqrt(2), sqrt(2) with values
    # 4 sqrt(2) and -4 sqrt(2)
    ("For which values of the constant $c$ does $x^3 - 6x + c = 0$ have exactly three "
     "distinct real roots?", "(-4\\sqrt{2}, 4\\sqrt{2})"),
    # (x + 3)^2 = 9 - c
    ("Find all $c$ such that $x^2 + 6x + c = 0$ has at least one real solution.",
     "(-\\infty, 9]"),
])
def test_root_count_values(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # two real roots: distinct, or counted with multiplicity? the values differ
    "Find all values of $k$ such that $x^2 + kx + 4$ has two real roots.",
    # one solution: real (|m| > 2) or complex (never)? the readings differ
    "Find all values of $m$ for which $x^3 - 3x = m$ has exactly one solution.",
    # integer values are a condition the reader does not take
    "Find all integer values of $k$ such that $x^2 + kx + 4 = 0$ has two distinct real roots.",
    # "the value": both 0 and 2 give one solution
    "Find the value of $a$ such that $ax^2 + 4x + 2 = 0$ has exactly one real solution.",
    # no value gives five distinct real roots of a quartic
    "Find all real numbers $t$ such that $x^4 - 8x^2 = t$ has exactly five distinct real "
    "solutions.",
    # a condition on the solution the reader does not read
    "Find all real numbers $c$ such that $x^3 - 3x + c = 0$ has exactly one real solution "
    "greater than 1.",
    # cleared, ax^2 + x - a = 0 has one solution only at a = 0, where the equation is
    # undefined (answered 0 before the letter's own denominators were looked at)
    "Find all real numbers $a$ such that $\\frac{x}{a} + x^2 = 1$ has exactly one real "
    "solution.",
    # a slash: (x - 1) was cancelled before its zero was seen, and every a answered (a = 1
    # leaves no solution)
    "Find all real numbers $a$ such that $(x - 1)(x - a)/(x - 1) = 0$ has exactly one real "
    "solution.",
    # "a real root": one, or at least one?
    "For what values of $k$ does $x^2 + kx + 9 = 0$ have a real root?",
    # infinitely many values of c give three distinct real roots: not a count
    "For how many values of $c$ does $x^3 - 12x + c = 0$ have three distinct real roots?",
])
def test_unsettled_root_counts_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_count_changes_only_at_critical_values() -> None:
    eq = cleared(x**4 - 2 * x**2 + a, [], x, a)
    found, crit = values_with(eq, Counting(), lambda n: n == 2)
    assert crit == [0, 1]
    assert found == sp.Union(sp.Interval.open(-sp.oo, 0), sp.FiniteSet(1))
    # with multiplicity a = 1 gives four roots (two double ones)
    found, _ = values_with(eq, Counting(distinct=False), lambda n: n == 2)
    assert found == sp.Interval.open(-sp.oo, 0)


def test_a_root_at_a_denominator_zero_is_left_out() -> None:
    # (x - 1)(x - a) / (x - 1) = 0 has one solution x = a unless a = 1
    eq = cleared((x - 1) * (x - a) / (x - 1), [x - 1], x, a)
    assert count_at(eq, sp.Integer(1), Counting()) == 0
    assert count_at(eq, sp.Integer(2), Counting()) == 1
    found, _ = values_with(eq, Counting(), lambda n: n == 0)
    assert found == sp.FiniteSet(1)


def test_irrational_critical_values() -> None:
    eq = cleared(x**2 + a * x + 3, [], x, a)
    found, crit = values_with(eq, Counting(), lambda n: n == 0)
    assert crit == [-2 * sp.sqrt(3), 2 * sp.sqrt(3)]
    assert found == sp.Interval.open(-2 * sp.sqrt(3), 2 * sp.sqrt(3))
