"""A far term of a sequence given by its first terms and a rule between terms (our own
problems, answers worked out by hand); near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 4, 7, 3, -4, -7, -3, 4, 7, ...: period 6, and 500 = 6 * 83 + 2
    (r"Let $a_1 = 4$, $a_2 = 7$ and $a_n = a_{n-1} - a_{n-2}$ for $n \ge 3$. Find $a_{500}$.",
     "7"),
    # 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7
    (r"What is $g(12)$, when $g(1) = g(2) = 2$ and the rule $g(n) = g(n - 1) + 2g(n - 2) - n$ "
     r"holds for every integer $n \geq 3$?", "7"),
    # 3, -1, 5, 1, 7, 3, ...: the even terms are 2k - 3
    (r"A sequence satisfies $b_1 = 3$ and $b_n + b_{n+1} = 2n$ for all $n \ge 1$. Find "
     r"$b_{40}$.", "37"),
    # 2, 6, 3, 1/2, 1/6, 1/3, 2, 6, ...: period 6, and 1001 = 6 * 166 + 5
    (r"Starting from $c_1 = 2$ and $c_2 = 6$, each term of the sequence $c_1, c_2, \dots$ "
     r"follows the rule $c_{n} = \frac{c_{n-1}}{c_{n-2}}$ ($n \ge 3$). Determine $c_{1001}$.",
     r"\frac{1}{6}"),
    # t_n = 1/(n + 1)
    (r"The sequence $(t_n)$ has $t_0 = 1$ and $t_{n+1} = \frac{t_n}{1 + t_n}$ for every "
     r"integer $n \ge 0$. Find $t_{99}$.", r"\frac{1}{100}"),
    # d_n = 2^n - 1: d_{n+1} = 2 d_n + 1
    (r"Given $d_0 = 0$ and the rule $d_{n+1} = 2d_n + 1$ for $n \geq 0$, compute $d_{20}$.",
     "1048575"),
    # where the rule starts is not said: from the first term given to the first one not
    # given. 2, 5, 17, 65, 257, 1025
    (r"A sequence is defined by $a_1 = 2$ and $a_{n+1} = 4a_n - 3$. What is $a_6$?", "1025"),
    # 3, 4, 10, 18, 38, 74, 150, 298
    (r"Let $b_1 = 3$, $b_2 = 4$ and $b_n = b_{n-1} + 2b_{n-2}$. Find $b_8$.", "298"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_terms_of_recursive_sequences(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the second term is missing
    r"Let $a_1 = 4$ and $a_n = a_{n-1} - a_{n-2}$ for $n \ge 3$. Find $a_{50}$.",
    # a word that changes the question
    r"Let $a_1 = 4$, $a_2 = 7$ and $a_n = a_{n-1} - a_{n-2}$ for $n \ge 3$. Find the largest "
    r"term $a_{50}$.",
    # where the rule starts is not said, and starting from the first term it would give a_2
    # again (the second term is given)
    r"Let $a_1 = 4$, $a_2 = 7$ and $a_{n+1} = a_n + 3$. Find $a_{30}$.",
    # a rule with a root: not a rational function of the terms
    r"Let $a_1 = 16$ and $a_n = \sqrt{a_{n-1}}$ for $n \ge 2$. Find $a_{5}$.",
    # a given term that breaks the rule
    r"Let $a_1 = 1$, $a_2 = 2$, $a_3 = 5$ and $a_n = a_{n-1} + a_{n-2}$ for $n \ge 3$. Find "
    r"$a_{10}$.",
])
def test_unread_or_inconsistent_sequences_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
