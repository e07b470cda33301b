"""Direct and inverse variation (`algebra.variation`), in phrasings of our own; near misses
decline.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import re

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
    # wordings of one direct variation: k = 18 / 6 = 3, at a = 11: b = 33
    (r"If $b$ varies directly as $a$ and $b = 18$ when $a = 6$, what is $b$ when $a = 11$?",
     "33"),  # textbook, the pair joined with 'and'
    (r"Find $b$ if $a = 11$, given that $b$ is proportional to $a$ and $b = 18$ when $a = 6$.",
     "33"),  # terse, the question first
    (r"When $a = 11$, what is $b$? Here $b$ and $a$ are in direct proportion, and $b$ is $18$ "
     r"when $a$ is $6$.", "33"),  # reordered
    (r"The weight $b$ of a cable varies directly with its length $a$. When $a = 6$, "
     r"$b = 18$. What will $b$ be when $a = 11$?", "33"),  # story
    (r"If w varies directly as v and w = 18 when v = 6, find w when v = 11.", "33"),  # plain
    # wordings of one inverse variation: k = 9 * 4 = 36, at q = 12: p = 3
    (r"If $p$ and $q$ are in inverse variation and $p = 9$ when $q = 4$, find $p$ when "
     r"$q = 12$.", "3"),
    (r"The time $p$ needed for a harvest varies inversely with the number of pickers $q$. If "
     r"$p = 9$ when $q = 4$, what is $p$ when $q = 12$?", "3"),
    (r"$p$ is inversely proportional to $q$ and $p = 9$ when $q = 4$. Find $q$ when $p = 3$.",
     "12"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_variation_from_one_pair(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # c^2 = 4 has two signs and nothing says which
    r"Suppose $c^2$ and $d$ vary inversely. If $c = 3$ when $d = 4$, find $c$ when $d = 9$.",
    # a word the reader does not know
    r"$r$ varies inversely as $s$. When $s = 2$, $r = 6$. Find the greatest $r$ when $s = 4$.",
    # a word of the story the reader does not read (a rate per hour)
    r"The cost $C$ per hour of a crew varies directly with its size $n$. If $C = 40$ when "
    r"$n = 2$, find $C$ when $n = 5$.",
    # the reciprocal of a quantity: not a relation the reader knows
    r"The reciprocal of $y$ varies directly with $x$. If $y = 2$ when $x = 1$, find $y$ when "
    r"$x = 4$.",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_undetermined_variation_is_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_the_solved_values_are_written_as_maths() -> None:
    # u^2 w^3 = 2^2 3^3 = 108; at w = 1, u^2 = 108 and u = 6√3 (the values are positive)
    sol = solve_now(r"The values of $u$ and $w$ are always positive, and the square of $u$ "
                    r"varies inversely with the cube of $w$. If $u = 2$ when $w = 3$, what is "
                    r"$u$ when $w = 1$?")
    assert sol.answer == "6 \\sqrt{3}"
    solved = next(s.text for s in sol.steps if "so $u = " in s.text)
    assert re.sub(r"\$[^$]*\$", "", solved).count("\\") == 0, solved  # no TeX outside $...$
