"""One unknown number, complex or said to be real, fixed by equations in it and its moduli,
and a value asked of it (our own problems, answers worked out by hand); near misses
decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # |w|^2 = |7 - 24i| = 25
    (r"Given that $w$ is a complex number and $w^2 = 7 - 24i$, compute $|w|$.", "5"),
    # |s + 4i| = sqrt(200 / 10): s^2 + 16 = 20
    (r"Find the positive real value of $s$ that satisfies $|s + 4i| \cdot |3 - i| = "
     r"10\sqrt{2}$.", "2"),
    # equidistant from 4 and -2: re z = 1; from 4 and 6i: 9 + y^2 = 1 + (y - 6)^2
    (r"Determine the complex number $z$ for which $|z - 4| = |z + 2| = |z - 6i|$.",
     r"1 + \frac{7}{3}i"),
    # the roots are 3 + 4i (modulus 5) and 1 + i (modulus sqrt 2)
    (r"A complex number $u$ satisfies $u^2 = (4 + 5i)u + 1 - 7i$, and $|u|$ is an integer. "
     r"What is $u$?", "3 + 4i"),
    # q is a primitive sixth root of unity either way
    (r"If $q$ is a complex number such that $q + \frac{1}{q} = 1$, what is the value of "
     r"$q^{6}$?", "1"),
    # r^2 + 25 = 169
    (r"Find the negative real number $r$ such that $|r - 5i| = 13$.", "-12"),
    # the square roots of 15 + 8i are 4 + i and -4 - i: the sign of a part picks one
    (r"Find the complex number $z$ with positive real part such that $z^2 = 15 + 8i$.",
     "4 + i"),
    (r"Find $u$ if $u^2 = 15 + 8i$ and the imaginary part of $u$ is negative.", "-4 - i"),
    # 2z = 6 + 4i
    (r"Find $z$ if $3z - 4i = 6 + z$.", "3 + 2i"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_values_of_a_complex_unknown(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a whole line of solutions
    r"Determine the complex number $v$ for which $|v + 2| = |v - 2|$.",
    # two values, 3i and -3i
    r"Let $w$ be a complex number with $w^2 = -9$. Compute $w$.",
    # two square roots and nothing to pick one
    r"Find $z$ if $z^2 = 15 + 8i$.",
    # i is an index here, not the imaginary unit
    r"Find $n$ if $\sum_{i=1}^{n} i = 21$.",
    # s^2 + 16 = 9 has no real solution
    r"Determine the positive real number $s$ for which $|s + 4i| = 3$.",
    # a modulus inside a longer expression is not squared away
    r"Find the complex number $z$ such that $z + |z| = 2 + 8i + |z - 1|$.",
])
def test_complex_unknown_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
