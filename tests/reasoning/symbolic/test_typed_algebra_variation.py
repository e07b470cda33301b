"""Direct and inverse variation (`algebra.variation`), in phrasings of our own; near misses
decline.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # pq = 196 -> p = 4
    (r"Suppose $p$ and $q$ are inversely proportional. If $p = 28$ when $q = 7$, find $p$ "
     r"when $q = 49$.", "4"),
    (r"Suppose that $m$ is inversely proportional to $n$. If $m = -4$ when $n = 5$, find "
     r"the value of $m$ when $n = 8$.", r"-\frac{5}{2}"),
    # u / v = 3 -> u = 30
    (r"Quantities $u$ and $v$ vary directly. When $u$ is $12$, $v$ is $4$. What is the "
     r"value of $u$ when $v$ is $10$?", "30"),
    # c^2 d = 36 at c = 3, d = 4; d = 9 -> c^2 = 4; positive c = 2
    (r"The values of $c$ and $d$ are always positive, and $c^2$ and $d$ vary inversely. If "
     r"$c$ is $3$ when $d$ is $4$, then find $c$ when $d$ is $9$.", "2"),
    # a^3 / b = 8/4 = 2; at b = 32: a^3 = 64 -> a = 4 (one real cube root)
    (r"Suppose that $a^3$ varies directly with $b$. If $a = 2$ when $b = 4$, find $a$ when "
     r"$b = 32$.", "4"),
    # s^2 t = 4 * 3 = 12 -> at t = 27: s^2 = 4/9; asked s^2
    (r"Suppose that $s^2$ varies inversely with $t$. If $s = 2$ when $t = 3$, find the value "
     r"of $s^2$ when $t = 27$.", r"\frac{4}{9}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_variation_from_one_pair(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # c^2 = 4 has two signs and nothing says which
    r"Suppose $c^2$ and $d$ vary inversely. If $c = 3$ when $d = 4$, find $c$ when $d = 9$.",
    # a word the reader does not know
    r"Suppose $p$ and $q$ are inversely proportional. If $p = 2$ when $q = 3$, find the "
    r"largest $p$ when $q = 1$.",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_undetermined_variation_is_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
