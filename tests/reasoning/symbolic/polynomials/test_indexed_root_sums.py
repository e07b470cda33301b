"""Sums over the roots of a polynomial named with an index (`polynomials.
indexed_root_sums`). Our own problems; answers by hand from Vieta's formulas, Newton's
power sums, or P'(c)/P(c) = sum of 1/(c - r)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # e1 = e2 = 0
    ("Let $r_1, r_2, \\ldots, r_5$ be the roots of $x^5 - 3x^2 + 1 = 0$. Find "
     "$\\sum_{k=1}^5 r_k^2$.", "0"),
    # sum 1/z = e5/e6 = -2/3
    ("Let $z_1, z_2, \\dots, z_{6}$ be the six complex roots of $z^6 + 2z + 3 = 0$. Compute "
     "$\\sum_{j = 1}^{6} \\frac{1}{z_j}$.", "-\\frac{2}{3}"),
    # P'(1)/P(1) = 36/5 (a fraction whose braces must be kept when it is read)
    ("Let $a_1,$ $a_2,$ $\\dots,$ $a_{8}$ be the roots of the polynomial "
     "$x^8 + x^7 + \\dots + x^2 + x - 3 = 0.$ Compute $\\sum_{n = 1}^{8} \\frac{1}{1 - a_n}.$",
     "\\frac{36}{5}"),
    # P'(2)/P(2) with P = x^6 + ... + x + 1: 321 / 127
    ("Let $b_1, b_2, \\dots, b_6$ be the roots of $x^6 + x^5 + \\dots + x^2 + x + 1 = 0$. "
     "Find $\\sum_{i=1}^{6} \\frac{1}{2 - b_i}$.", "\\frac{321}{127}"),
    # a fraction after the run of powers: P(1) = 6 - 10/3, P'(1) = 21
    ("Let $a_1,$ $a_2,$ $\\dots,$ $a_{6}$ be the roots of the polynomial "
     "$x^6 + x^5 + \\dots + x^2 + x - \\frac{10}{3} = 0.$ Compute "
     "$\\sum_{n = 1}^{6} \\frac{1}{1 - a_n}.$", "\\frac{63}{8}"),
    # p3 = e1 p2 - e2 p1 + 3 e3 = 8
    ("Let $w_1, w_2, \\dots, w_4$ be the roots of $x^4 - 2x^3 + 2 = 0$. Find "
     "$\\sum_{i=1}^{4} w_i^3$.", "8"),
])
def test_sums_over_indexed_roots(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # not every root
    "Let $r_1, r_2, \\dots, r_4$ be the roots of $x^4 - 2x + 5 = 0$. Find "
    "$\\sum_{i=1}^{3} r_i$.",
    # a repeated root: the list does not say how it is counted
    "Let $r_1, r_2, \\dots, r_4$ be the roots of $(x-1)^2(x^2+1) = 0$. Find "
    "$\\sum_{i=1}^{4} r_i^2$.",
    # five names for a quartic's roots
    "Let $r_1, r_2, \\dots, r_5$ be the roots of $x^4 - 2x + 5 = 0$. Find "
    "$\\sum_{i=1}^{5} r_i^2$.",
    # undefined at a root: 1 is a root
    "Let $r_1, r_2, \\dots, r_4$ be the roots of $x^4 + x - 2 = 0$. Find "
    "$\\sum_{i=1}^{4} \\frac{1}{1 - r_i}$.",
])
def test_unsettled_root_sums_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
