"""Binomial coefficients told beside the one asked (checked, then used by Pascal's rule),
and a coefficient in n asked for every n. Our own problems; values from math.comb."""

from __future__ import annotations

from math import comb

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # Pascal's rule from the two told values
    (f"Given that $\\binom{{12}}{{4}}={comb(12, 4)}$ and $\\binom{{12}}{{5}}={comb(12, 5)}$, "
     f"compute $\\binom{{13}}{{5}}$.", str(comb(13, 5))),
    # two rows down, with symmetry: C(21, 9) needs C(19, 7), C(19, 8), C(19, 9)
    (f"If $\\binom{{19}}{{7}}={comb(19, 7)}$, $\\binom{{19}}{{8}}={comb(19, 8)}$ and "
     f"$\\binom{{19}}{{9}}={comb(19, 9)}$, what is $\\binom{{21}}{{9}}$?", str(comb(21, 9))),
    # the told value does not help: the factorial formula
    (f"Given that $\\binom{{9}}{{3}}={comb(9, 3)}$, find $\\binom{{11}}{{6}}$.",
     str(comb(11, 6))),
    ("For every positive integer $m$, write $\\binom{m}{m-2}$ as a polynomial in $m$.",
     "\\frac{m(m-1)}{2}"),
    ("For each positive integer $k$, simplify $\\dbinom{k}{k}$.", "1"),
    ("For any positive integer $r$, express $\\binom{r+2}{1}$ in terms of $r$.", "r+2"),
])
def test_binomial_facts(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a told value that is false
    "Given that $\\binom{12}{4}=490$ and $\\binom{12}{5}=792$, compute $\\binom{13}{5}$.",
    # not a polynomial in n
    "For every positive integer $n$, write $\\binom{2n}{n}$ as a polynomial in $n$.",
    # the letter asked about is not the letter of the coefficient
    "For every positive integer $n$, write $\\binom{m}{2}$ as a polynomial in $n$.",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None
