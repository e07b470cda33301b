"""A sum or product written out in maths and named in words ("the infinite series",
"the sum of the series", "the value of the infinite sum"): each wording reaches the same
evaluation, confirmed numerically. Problems written for this file, answers by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved

SOLVED = [
    # sum k / 4^k = (1/4) / (1 - 1/4)^2 = 4/9
    (r"Calculate the infinite series $\sum_{m=1}^{\infty} m \left(\frac{1}{4}\right)^{m}$.",
     r"\frac{4}{9}"),
    (r"Find the sum of the infinite series \[\sum_{j=1}^{\infty} \frac{j}{4^{j}}.\]",
     r"\frac{4}{9}"),
    # geometric: 2 / (1 - 1/3) = 3
    (r"Compute the sum of the series $\sum_{n=0}^{\infty} \frac{2}{3^n}$.", "3"),
    # telescoping: 1/(n(n+2)) = (1/n - 1/(n+2))/2, total (1 + 1/2)/2 = 3/4
    (r"What is the value of the infinite sum $\sum_{n=1}^{\infty} \frac{1}{n(n + 2)}$?",
     r"\frac{3}{4}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_named_series(problem: str, answer: str) -> None:
    assert_solved(problem, answer)
