"""The vertical shift of a sinusoid (D in y = A f(Bx + C) + D) is answered; a phase shift is
declined, as books (and answer keys) differ on its sign. Our own graphs; answers by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    (r"What is the vertical shift of the graph of $y = 2\sin 4x - 7$?", "-7"),
    (r"Find the vertical shift of $y = 6 - \cos(x - 1)$.", "6"),
    (r"Determine the vertical shift of $y = \frac{1}{2}\cos\left(\frac{x}{3}\right) + 3$.", "3"),
    # the other verbs reach the period and amplitude too
    (r"Determine the period of $y = 4\sin\left(\frac{x}{5}\right)$.", r"10\pi"),
    (r"State the amplitude of $y = -\frac{3}{2}\cos 6x$.", r"\frac{3}{2}"),
])
def test_vertical_shifts_and_other_verbs(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    r"What is the phase shift of $y = -2\cos(4x - 1) + 3$?",
    r"Determine the phase shift of $y = 3 \sin\left(\frac{x}{2} - \frac{\pi}{4}\right) - 1$.",
    # a tangent has no midline to shift
    r"What is the vertical shift of $y = \tan x + 2$?",
    # two functions: no one shift
    r"What is the vertical shift of $y = \sin(x + 1) + \cos(x - 1) + 2$?",
])
def test_shifts_that_read_two_ways_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 2 pi / (pi / 3): a period in whole numbers when x is multiplied by a multiple of pi
    (r"What is the period of $y = 5\cos\left(\frac{\pi x}{3}\right)$?", "6"),
    # 2 pi / (3 pi)
    (r"Find the period of $y = \sin(3\pi x) - 2$.", r"\frac{2}{3}"),
    # pi / (pi / 2) for a tangent
    (r"What is the period of $y = \tan\left(\frac{\pi x}{2}\right)$?", "2"),
    # 2 and 8: their least common multiple
    (r"Find the period of $y = \sin(\pi x) + \cos\left(\frac{\pi x}{4}\right)$.", "8"),
    # the function named as h(t)
    (r"What is the period of $h(t) = \cos(4t)$?", r"\frac{\pi}{2}"),
    (r"Find the period of $f(x) = 2\cos\left(\frac{2\pi x}{7}\right)$.", "7"),
])
def test_periods_in_multiples_of_pi_and_named_functions(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # periods 2 and 2 pi have no common multiple: not periodic
    r"What is the period of $y = \sin(\pi x) + \cos x$?",
    # the name's variable is not the graph's
    r"What is the period of $f(x) = \sin(3t)$?",
])
def test_periods_that_do_not_exist_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
