"""The trigonometry typed readers, each reached by several phrasings of our own (answers
worked out by hand), every answer confirmed a second way; and declines where the
conditions leave more than one value or a word could change the answer."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.trigonometry.angles import bracket_arguments

GIVEN_VALUES = [
    # cos 2x = 2 cos^2 x - 1 = 2/9 - 1
    (r"If $\cos x = \frac{1}{3}$, find $\cos 2x$.", r"-\frac{7}{9}"),
    # tan 2a = 2 tan a / (1 - tan^2 a) = 6 / (1 - 9)
    (r"Given $\tan \alpha = 3,$ find $\tan 2 \alpha.$", r"-\frac{3}{4}"),
    # sin^4 + cos^4 = 1 - sin^2 2t / 2; cos 2t = 1/4 so sin^2 2t = 15/16
    (r"Let $\theta$ be an angle such that $\cos 2 \theta = \frac{1}{4}.$ Compute "
     r"$\sin^4 \theta + \cos^4 \theta.$", r"\frac{17}{32}"),
    # third quadrant: sine negative, sin^2 = 1 - 4/9
    (r"If angle $B$ lies in the third quadrant and $\cos B = -\frac{2}{3},$ find $\sin B.$",
     r"-\frac{\sqrt{5}}{3}"),
    # (1 - sin)/cos = 2 -> sin = -3/5 (sin = 1 makes cos 0)
    (r"If $A$ is an angle such that $\sec A - \tan A = 2,$ enter all possible values of "
     r"$\sin A,$ separated by commas.", r"-\frac{3}{5}"),
    # tan(y - pi/4) = (3 - 1)/(1 + 3)
    (r"If $\tan y = 3,$ then find $\tan \left( y - \frac{\pi}{4} \right).$", r"\frac{1}{2}"),
    # (sin t + cos t)^2 = 1 + sin 2t = 1/4
    (r"If $\sin t + \cos t = \frac{1}{2},$ what is $\sin 2t$?", r"-\frac{3}{4}"),
    # acute: cos = 12/13, tan = 5/12
    (r"Let $\beta$ be an acute angle with $\sin \beta = \frac{5}{13}.$ Find $\tan \beta.$",
     r"\frac{5}{12}"),
]


@pytest.mark.parametrize(("problem", "answer"), GIVEN_VALUES)
def test_a_trigonometric_value_from_given_conditions(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    r"If $\sin x = \frac{1}{3}$, find $\cos x$.",  # the sign of cos x is not fixed
    r"If $\sin x = \frac{1}{3}$, find the largest possible value of $\cos x$.",
    r"If $\cos x = 3$, find $\sin x$.",  # no such angle
    r"If $\cos x = \frac{1}{2}$, find $\sin y$.",  # another angle
    # two angles satisfy it, with values 2 and -2: a list is not given
    r"If $\cos x - 2 \sin x = 1,$ find all possible values of $\sin x + 2 \cos x.$",
])
def test_given_values_decline_what_they_cannot_fix(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_a_bare_multiple_of_a_letter_is_the_argument() -> None:
    assert bracket_arguments(r"\cos 3 \theta + \sin^2 2x") == r"\cos(3 \theta) + \sin^2(2x)"
    assert bracket_arguments(r"\sin x \cos x") == r"\sin(x) \cos(x)"
    assert bracket_arguments(r"\sin xy") == r"\sin xy"  # left to the parser, which declines
