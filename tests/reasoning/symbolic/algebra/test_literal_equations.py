"""A formula or an equation in several letters solved for one of them
(`algebra.literal_equations`), in wordings of our own. Answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 3y = 6 - 2x
    ("Solve for y: 2x + 3y = 6", "y = 2 - 2x/3"),
    ("solve 5x - 2y = 4 for y", r"y = \frac{5x - 4}{2}"),
    (r"Solve $A = \frac{1}{2}bh$ for $h$.", r"h = \frac{2A}{b}"),
    # 2y = 4x - 10
    (r"Express $y$ in terms of $x$ if $4x - 2y = 10$.", "y = 2x - 5"),
    (r"Make $t$ the subject of $v = u + at$.", r"t = \frac{v - u}{a}"),
    # uv = fv + fu, so v(u - f) = fu
    (r"Rearrange $\frac{1}{f} = \frac{1}{u} + \frac{1}{v}$ for $v$.", r"v = \frac{fu}{u - f}"),
    (r"solve $P = 2l + 2w$ for $w$", r"w = \frac{P - 2l}{2}"),
    (r"Solve for $x$ in terms of $a$ and $b$: $ax + b = 3$", r"x = \frac{3 - b}{a}"),
    (r"If $3p - q = 12$, express $q$ in terms of $p$.", "q = 3p - 12"),
    # xy - 3y = 2x + 1, so x(y - 2) = 3y + 1
    (r"Solve $y = \frac{2x + 1}{x - 3}$ for $x$.", r"x = \frac{3y + 1}{y - 2}"),
    ("solve F = (9/5)C + 32 for C", r"C = \frac{5(F - 32)}{9}"),
    (r"Solve $S = \frac{n}{2}(a + l)$ for $l$.", r"l = \frac{2S}{n} - a"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_solved_for_the_letter(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_coefficient_with_letters_is_said_to_be_nonzero() -> None:
    sol = solve_now(r"Solve $ax + b = 3$ for $x$.")
    assert any(r"a \ne 0" in s.hint for s in sol.steps), [s.hint for s in sol.steps]


@pytest.mark.parametrize("problem", [
    r"Solve $A = \pi r^2$ for $r$.",  # two branches: the problem gives no sign
    r"Express $y$ in terms of $z$ if $x + y = 3$.",  # z is not in the equation
    r"Solve $x^2 + xy = 1$ for $y$ in terms of $w$.",
    "solve F = 9/5 C + 32 for C",  # 9/5 C reads two ways
    # a letter asked with no "solve ... for" or "in terms of": a constant is meant
    r"Find $a$ if $ax = 6$.",
    r"What is $k$ if $3x + k = 10$?",
])
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
