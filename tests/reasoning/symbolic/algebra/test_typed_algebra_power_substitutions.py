"""Exponential and logarithmic conditions made polynomial by exact rewrites (checked at
sample values), then solved as a system."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(
    ("problem", "answer"),
    [
        # 2p = 5(q - 1) and 3q = 2(p + 2): q = 1/2, p = -5/4
        (r"Real numbers $p$ and $q$ satisfy $4^p = 32^{q-1}$ and $27^q = 9^{p+2}$. "
         r"What is $pq$?", r"-\frac{5}{8}"),
        # u + v = 9, 5u - 4v = 9: u = 5, v = 4
        (r"Find $5^a$ if $5^a + 2^b = 9$ and $5^{a+1} - 2^{b+2} = 9$.", "5"),
        # log m + 2 log n = 5, 2 log m + log n = 4: log m = 1, log n = 2, log(mn) = 3
        (r"If $\log_2(mn^2) = 5$ and $\log_2(m^2 n) = 4$, what is $\log_2(mn)$?", "3"),
        # t = log_10 x: t^2 - 3t - 10 = 0, t = -2 since x < 1: t^2 + t = 2
        (r"Given that $x < 1$ and $(\log_{10} x)^2 - \log_{10}(x^3) = 10$, compute "
         r"$(\log_{10} x)^2 + \log_{10} x$.", "2"),
        # no base written: log a + log b = 3, log a - log b = 1 in any base, so log a = 2
        (r"If $\log(ab) = 3$ and $\log(a/b) = 1$, find $\log a$.", "2"),
        (r"Suppose $\log(p^2 q) = 4$ and $\log(p q^3) = 7$. What is $\log(pq)$?", "3"),
    ],
)
def test_power_substitutions(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(
    "problem",
    [
        # two values of log_10 x (5 and -2) with nothing to choose between them
        r"Given that $(\log_{10} x)^2 - \log_{10}(x^3) = 10$, compute $\log_{10} x$.",
        # 2^a and 3^a in one unknown: not one base
        r"Find $ab$ if $2^a = 3^b$ and $3^a = 2^{b+1}$.",
        # u = 2^x > 0 but u + v = 1, u - v = 3 gives v = -1 < 0: no real solution
        r"Find $2^x$ if $2^x + 3^y = 1$ and $2^x - 3^y = 3$.",
        # no base written and the answer depends on it: 10^2 or 2^2
        r"If $\log m = 2$ and $\log n = 1$, what is $m + n$?",
        # log(100 m) = 5: log m is 3 to base 10 but not to base 2
        r"Given $\log(100 m) = 5$ and $\log n = 1$, find $\log(mn)$.",
    ],
)
def test_power_substitutions_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
