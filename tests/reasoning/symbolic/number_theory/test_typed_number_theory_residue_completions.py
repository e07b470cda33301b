"""Letters of known residue and the least positive n that makes an expression in them and n
a multiple of the divisor (`number_theory.residue_facts.least_completion`). Our own
problems; the answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # a = 2, b = 4 (mod 5): 4 + 4 = 8 = 3, so k = 2
    ("If $a$ leaves a remainder of $2$ when divided by $5$ and $b$ leaves a remainder of $4$ "
     "when divided by $5$, find the least positive integer $k$ such that $a^2 + b + k$ is "
     "divisible by $5$.", "2"),
    # p = 3, q = 8 (mod 9): 24 + 2m = 0, 2m = 3, m = 6
    ("Let $p$ and $q$ be integers such that $p \\equiv 3 \\pmod{9}$ and $q \\equiv 8 \\pmod{9}$. "
     "What is the smallest positive integer $m$ for which $pq + 2m$ is a multiple of $9$?", "6"),
    # u = 2 (mod 11), v = 10 (mod 11): 4 + 10 = 14 = 3, so t = 8
    ("Given that $u - 2$ and $v + 1$ are both multiples of $11$, determine the least positive "
     "integer $t$ so that $u^2 + v + t$ is divisible by $11$.", "8"),
    # r = 7 (mod 12) so r = 1 (mod 6); s = 5 (mod 6): 1 + 25 = 26 = 2, so w = 4
    ("When $r$ is divided by $12$ the remainder is $7$, and when $s$ is divided by $6$ the "
     "remainder is $5$. Find the smallest positive integer $w$ such that $r + s^2 + w$ is a "
     "multiple of $6$.", "4"),
    # already a multiple: the least positive n is the divisor itself; 3 + 4 = 7
    ("Suppose $c - 3$ and $d - 4$ are multiples of $7$. What is the least positive integer $z$ "
     "for which $c + d + z$ is divisible by $7$?", "7"),
])
def test_least_completions(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 12 does not divide 8: the residue modulo 12 is not fixed
    "Suppose $c - 3$ and $d - 4$ are multiples of $8$. What is the least positive integer $z$ "
    "for which $c + d + z$ is divisible by $12$?",
    # 2z modulo 8 cannot be solved uniquely
    "Suppose $c - 3$ and $d - 4$ are multiples of $8$. What is the least positive integer $z$ "
    "for which $c + d + 2z$ is divisible by $8$?",
    # z squared: not linear in the number sought
    "Suppose $c - 3$ and $d - 4$ are multiples of $7$. What is the least positive integer $z$ "
    "for which $c + d + z^2$ is divisible by $7$?",
    # the greatest such integer does not exist
    "Suppose $c - 3$ and $d - 4$ are multiples of $7$. What is the greatest positive integer "
    "$z$ for which $c + d + z$ is divisible by $7$?",
])
def test_least_completions_not_read_are_declined(problem):
    assert solve_now(problem).answer is None
