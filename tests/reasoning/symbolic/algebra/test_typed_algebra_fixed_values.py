"""A value the conditions fix although the unknowns stay free: elimination leaves one
value for it, and sample solutions (some unknowns chosen, the rest solved) agree."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(
    ("problem", "answer"),
    [
        # pq + qr + rs + sp = (p + r)(q + s) = 24, q + s = 4
        (r"Given $pq + qr + rs + sp = 24$ and $q + s = 4$, find $p + r$.", "6"),
        # (u + v + w)(uv + vw + wu) - (u^2(v + w) + ...) = 3uvw: 40 - 16 = 24
        (r"For real numbers $u$, $v$ and $w$ we know $(u+v+w)(uv+vw+wu) = 40$ and "
         r"$u^2(v+w) + v^2(u+w) + w^2(u+v) = 16$. What is $uvw$?", "8"),
        # m + n + k = 0: m^3 + n^3 + k^3 = 3mnk, m^5 + ... = -5mnk(mn + nk + km), so
        # mn + nk + km = -3/5 and m^2 + n^2 + k^2 = 6/5
        (r"Suppose $m$, $n$, $k$ are nonzero real numbers with $m + n + k = 0$ and "
         r"$m^3 + n^3 + k^3 = m^5 + n^5 + k^5$. Compute $m^2 + n^2 + k^2$.", r"\frac{6}{5}"),
        # a/(10 - a) = 10/(10 - a) - 1: 10/(10-a) + 20/(20-b) = 5, half of it is asked
        (r"If $\frac{a}{10-a} + \frac{b}{20-b} = 3$, evaluate "
         r"$\frac{5}{10-a} + \frac{10}{20-b}$.", r"\frac{5}{2}"),
    ],
)
def test_fixed_values(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(
    "problem",
    [
        # pq + qr + rs + sp = 24 alone: p + r = 24 / (q + s) is not fixed
        r"Given $pq + qr + rs + sp = 24$, find $p + r$.",
        # u + v = 1 leaves uv free
        r"Real numbers $u$ and $v$ satisfy $u + v + w = 1$ and $u - w = 2$. What is $uv$?",
        # without 'nonzero' m = 0, n = -k is a solution with any m^2 + n^2 + k^2
        r"Suppose $m + n + k = 0$ and $m^3 + n^3 + k^3 = m^5 + n^5 + k^5$. Compute "
        r"$m^2 + n^2 + k^2$.",
    ],
)
def test_values_left_free_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
