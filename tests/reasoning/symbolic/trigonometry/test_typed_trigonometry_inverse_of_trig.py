"""An inverse trigonometric function of a trigonometric value (radians), evaluated by
moving the angle into the inverse's range (our own problems, answers worked out by hand);
near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 6 is past pi: the angle in [0, pi] with the same cosine is 2 pi - 6
    (r"Evaluate the exact value of $\arccos(\cos 6)$.", r"2\pi - 6"),
    # 8 - 2 pi is in [0, pi]
    (r"Evaluate $\arccos(\cos 8)$.", r"8 - 2\pi"),
    # 9 - 2 pi = 2.72 is past pi/2: pi - (9 - 2 pi) = 3 pi - 9
    (r"What is the value of $\arcsin(\sin 9)$?", r"3\pi - 9"),
    # 7 - 2 pi is in (-pi/2, pi/2)
    (r"Find $\arctan(\tan 7)$.", r"7 - 2\pi"),
    # 12 - 4 pi = -0.566 is in [-pi, 0): the cosine's angle is 4 pi - 12
    (r"Compute $\arccos(\cos 12) + 1$.", r"4\pi - 11"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_inverse_of_trigonometric_values(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # tan is not defined at pi/2
    r"Compute $\arctan(\tan \frac{\pi}{2})$.",
    # a letter: no single value
    r"Compute $\arccos(\cos x)$.",
    # a word that changes the question
    r"Find the smallest positive value of $\arccos(\cos 5)$.",
])
def test_undefined_or_unread_inverses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
