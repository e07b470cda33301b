"""More wordings of known questions: the gcd and the lcm combined, and the n-th digit of a
fraction's decimal expansion asked as a place, 'beyond' the point, or 'of' the fraction.
Our own numbers; answers by Python's math.gcd/lcm and integer division."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # lcm 140, hcf 14
    ("Calculate the sum of the lcm and the highest common factor of the integers 28 and 70.",
     "154"),
    # lcm 42 times gcd 7 is 14 * 21
    ("Find the product of the LCM and the GCD of $14$ and $21$.", "294"),
    ("Compute the difference between the least common multiple and the greatest common divisor "
     "of 16 and 40.", "72"),
    ("Determine the sum of the gcd and the lcm of the numbers 6, 10 and 15.", "31"),
])
def test_gcd_and_lcm_combined(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # 9/13 = 0.692307...; 44 = 6 * 7 + 2
    (r"Find the $44$th digit beyond the decimal point for $\frac{9}{13}$.", "9"),
    # 3/7 = 0.428571...; 58 = 6 * 9 + 4
    (r"What digit lies in the $58$th place past the decimal point of $\frac{3}{7}$?", "5"),
    # 2/11 = 0.1818...: six blocks of 1 + 8
    (r"Find the sum of the first $12$ digits after the decimal point of $\frac{2}{11}$.", "54"),
    (r"What is the digit in the 20th place to the right of the decimal point when $\frac57$ is "
     r"written as a decimal?", "1"),
])
def test_digits_of_a_decimal_expansion(problem, answer):
    assert_solved(problem, answer)


def test_the_gcd_of_huge_powers_goes_by_euclid_not_factoring():
    # 3^200 - 1 and 3^150 - 1 share 3^50 - 1 (gcd of exponents); factoring them would not end
    solution = solve_now("What is the greatest common factor of $3^{200}-1$ and $3^{150}-1$?")
    assert solution.answer == str(3**50 - 1)
    assert "Euclid" in solution.steps[0].rule
