"""A number written in a radical form with letters (a rationalized fraction, a simplified
root, a denested root, a sum of roots over one denominator, the two solutions of a
quadratic), the letters fixed by the stated rules, then a combination of them; several
wordings each, and near misses whose rules leave the letters open."""

from __future__ import annotations

from fractions import Fraction

import pytest
import sympy as sp

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.algebra.radical_forms import simplest_terms
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(
    ("problem", "answer"),
    [
        # 2/(3 - sqrt 7) = (6 + 2 sqrt 7)/2 = 3 + sqrt 7: A = 1, B = 7, C = 3, D = 1
        (r"After rationalizing, $\frac{2}{3-\sqrt{7}}$ is written as "
         r"$\frac{A\sqrt{B}+C}{D}$ with $D$ positive, $B$ not divisible by the square of any "
         r"prime, and the greatest common divisor of $A$, $C$ and $D$ equal to 1. Find "
         r"$A+B+C+D$.", "12"),
        # 1/(5 + 2 sqrt 3) = (5 - 2 sqrt 3)/13
        (r"Write $\frac{1}{5+2\sqrt{3}}$ in the form $\frac{A\sqrt{B}+C}{D}$, where the "
         r"fraction is in lowest terms, $D$ is positive and $B$ is not divisible by the "
         r"square of any prime. What is $A+B+C+D$?", "19"),
        # cube root of 432 = 6 cbrt 2
        (r"Simplified, $\sqrt[3]{432}$ can be written as $a\sqrt[3]{b}$ where $a$ and $b$ "
         r"are positive integers and $b$ is as small as possible. Find $a+b$.", "8"),
        # 7/(2 cbrt 3) = 7 cbrt 9 / 6
        (r"With no root left below, $\frac{7}{2\sqrt[3]{3}}$ has the form "
         r"$\frac{A\sqrt[3]{B}}{C}$; $B$ has no factor that is a cube of a prime, and $C$ "
         r"is positive. Compute $A+B+C$.", "22"),
        # sqrt(11 + 6 sqrt 2) = 3 + sqrt 2
        (r"Express $\sqrt{11+6\sqrt{2}}$ in the form $a+b\sqrt{c}$ where $a$, $b$, $c$ are "
         r"integers and $c$ is not divisible by the square of any prime. What is "
         r"$a+b+c$?", "6"),
        # sqrt 5 + 1/sqrt 5 + sqrt 3 = 6 sqrt 5 / 5 + sqrt 3 = (6 sqrt 5 + 5 sqrt 3)/5
        (r"Over one denominator, $\sqrt{3}+\sqrt{5}+\frac{1}{\sqrt{5}}$ equals "
         r"$\frac{b\sqrt{3}+a\sqrt{5}}{c}$. Given positive integers $a$, $b$, $c$ with $c$ "
         r"as small as possible, find $a+b+c$.", "16"),
        # 1/(sqrt 2 + sqrt 5) = (sqrt 5 - sqrt 2)/3, B < D
        (r"Let $\frac{A\sqrt{B}+C\sqrt{D}}{E}$ be $\frac{1}{\sqrt{5}+\sqrt{2}}$ with its "
         r"denominator rationalized: simplest radicals, lowest terms, $B<D$. Determine "
         r"$A+B+C+D+E$.", "10"),
        # 1/(1 + sqrt 2 + sqrt 3) = (2 + sqrt 2 - sqrt 6)/4
        (r"Write $\frac{1}{1+\sqrt{2}+\sqrt{3}}$ with a rational denominator as "
         r"$\frac{A\sqrt{2}+B+C\sqrt{E}}{F}$, with everything in simplest radical form, the "
         r"fraction in lowest terms and $F$ positive. Find $A+B+C+E+F$.", "12"),
        # 2x^2 - 6x + 1 = 0: (3 +- sqrt 7)/2
        (r"Solving $1-6x+2x^2=0$ gives two solutions, $\frac{m+\sqrt{n}}{p}$ and "
         r"$\frac{m-\sqrt{n}}{p}$, with 1 the greatest common divisor of $m$, $n$, $p$. "
         r"Compute $m+n+p$.", "12"),
    ],
)
def test_radical_forms(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(
    "problem",
    [
        # two root terms and no order between B and D
        r"Rationalize the denominator of $\frac{1}{\sqrt{2}+\sqrt{5}}$ and write it as "
        r"$\frac{A\sqrt{B}+C\sqrt{D}}{E}$ in lowest terms with simplest radicals. Find "
        r"$A+B+C+D+E$.",
        # nothing says the radicand is simplest: 6 cbrt 2 or 3 cbrt 16 ...
        r"The number $\sqrt[3]{432}$ can be written as $a\sqrt[3]{b}$ where $a$ and $b$ are "
        r"positive integers. Find $a+b$.",
        # a rational number has no root term to fill
        r"Write $\frac{2}{4}$ in the form $\frac{A\sqrt{B}+C}{D}$ with $D$ positive, in "
        r"lowest terms, $B$ not divisible by the square of any prime. Find $A+B+C+D$.",
        # a rule the reader does not read ("odd") is never skipped
        r"Write $\frac{1}{5+2\sqrt{3}}$ as $\frac{A\sqrt{B}+C}{D}$ in lowest terms with $D$ "
        r"odd and $B$ not divisible by the square of any prime. Find $A+B+C+D$.",
    ],
)
def test_radical_forms_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_simplest_terms() -> None:
    assert simplest_terms(sp.sqrt(8) + sp.Rational(1, 2)) == {(2, 2): 2, (1, 1): Fraction(1, 2)}
    assert simplest_terms(sp.root(54, 3)) == {(2, 3): 3}
    assert simplest_terms(1 / (1 + sp.sqrt(2))) == {(2, 2): 1, (1, 1): -1}
