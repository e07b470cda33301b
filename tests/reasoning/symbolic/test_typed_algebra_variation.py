"""Direct and inverse variation (`algebra.variation`), in phrasings of our own; near misses
decline.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # rs = 60 -> r = 4
    (r"$r$ is inversely proportional to $s$. When $s = 5$, $r = 12$. What is $r$ when "
     r"$s = 15$?", "4"),
    (r"Suppose that $m$ is inversely proportional to $n$. If $m = -4$ when $n = 5$, find "
     r"the value of $m$ when $n = 8$.", r"-\frac{5}{2}"),
    # u / v = 3 -> u = 30
    (r"Quantities $u$ and $v$ vary directly. When $u$ is $12$, $v$ is $4$. What is the "
     r"value of $u$ when $v$ is $10$?", "30"),
    # g^2 h = 72 at g = 6, h = 2; h = 8 -> g^2 = 9; positive g = 3
    (r"The values of $g$ and $h$ are always positive, and the square of $g$ varies inversely "
     r"with $h$. When $h = 2$, $g = 6$. Find $g$ when $h = 8$.", "3"),
    # w^3 / z = 27/9 = 3; at z = 72: w^3 = 216 -> w = 6 (one real cube root)
    (r"The cube of $w$ is directly proportional to $z$. When $z = 9$, $w = 3$. What is $w$ "
     r"when $z = 72$?", "6"),
    # m^2 n = 9 * 2 = 18 -> at n = 12: m^2 = 3/2; asked m^2
    (r"$m^2$ and $n$ vary inversely. When $n = 2$, $m = 3$. Compute $m^2$ when $n = 12$.",
     r"\frac{3}{2}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_variation_from_one_pair(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # c^2 = 4 has two signs and nothing says which
    r"Suppose $c^2$ and $d$ vary inversely. If $c = 3$ when $d = 4$, find $c$ when $d = 9$.",
    # a word the reader does not know
    r"$r$ varies inversely as $s$. When $s = 2$, $r = 6$. Find the greatest $r$ when $s = 4$.",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_undetermined_variation_is_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
