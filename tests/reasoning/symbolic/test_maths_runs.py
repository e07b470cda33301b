"""Where the maths is in a sentence typed plainly (`maths_runs`, through `wrap_plain_maths`):
letters named as roots and then asked about as a product; our own wordings."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.plain_text import wrap_plain_maths


@pytest.mark.parametrize(("typed", "wrapped"), [
    ("if a and b are the roots of x^2 + 3x - 4 = 0, find ab",
     "if $a$ and $b$ are the roots of $x^{2} + 3x - 4 = 0$, find $ab$"),
    ("let p, q and r be the roots of x^3 - 2x + 1 = 0. find pqr",
     "let $p$, $q$ and $r$ be the roots of $x^{3} - 2x + 1 = 0$. find $pqr$"),
    ("if x + y = 5 and x - y = 1 what is xy?", "if $x + y = 5$ and $x - y = 1$ what is $xy$?"),
    # no letters named: a word stays a word
    ("if r and s are numbers, find me an answer", "if $r$ and $s$ are numbers, find me an answer"),
    ("if r and s are the roots of x^2 = 4, find us",
     "if $r$ and $s$ are the roots of $x^{2} = 4$, find us"),
])
def test_named_letters_asked_as_a_product(typed: str, wrapped: str) -> None:
    assert wrap_plain_maths(typed) == wrapped


@pytest.mark.parametrize(("problem", "answer"), [
    ("if r and s are the roots of x^2 - 9x + 14 = 0 find rs", "14"),
    ("if m and n are the roots of 3x^2 - 6x + 2 = 0, find mn", r"\frac{2}{3}"),
    ("let u, v and w be the roots of x^3 - 4x^2 + x + 6 = 0. find uvw", "-6"),
])
def test_products_of_roots_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)
