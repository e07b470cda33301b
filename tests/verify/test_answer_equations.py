"""An answer that is the equation of a line, plane or conic agrees with any nonzero
constant multiple of it, however it is rearranged; a different curve, or an equation of
one letter (`x = 3` is the value 3), is left to the general comparison."""

from __future__ import annotations

import pytest

from tutor.verify.answer_equations import equations_agree
from tutor.verify.answers import equivalent


@pytest.mark.parametrize(("gold", "pred"), [
    ("$3x - 6y + 2 = 0$", "$y = \\frac{1}{2}x + \\frac{1}{3}$"),
    ("$y = 5 - 2x$", "$4x + 2y = 10$"),
    ("$\\frac{x^2}{9} + \\frac{y^2}{5} = 1$", "$5x^2 + 9y^2 = 45$"),
    ("$\\frac{x^2}{9} - \\frac{y^2}{16} = 1$", "$\\frac{x^2}{18} - \\frac{y^2}{32} = \\frac12$"),
    ("$2a - b + 3c = 7$", "$-4a + 2b - 6c = -14$"),
    ("$(x - 1)^2 + (y + 2)^2 = 10$", "$x^2 - 2x + y^2 + 4y - 5 = 0$"),
])
def test_multiples_and_rearrangements_of_one_equation_agree(gold: str, pred: str) -> None:
    assert equations_agree(gold, pred) is True
    assert equivalent(gold, pred)


@pytest.mark.parametrize(("gold", "pred"), [
    ("$y = 2x + 3$", "$y = 2x - 3$"),
    ("$y = 4x$", "$4y = x$"),
    ("$x^2 + y^2 = 4$", "$x^2 + y^2 = 2$"),
    ("$x + y = 1$", "$x + z = 1$"),
])
def test_different_curves_do_not_agree(gold: str, pred: str) -> None:
    assert equations_agree(gold, pred) is None
    assert not equivalent(gold, pred)


@pytest.mark.parametrize(("gold", "pred"), [
    ("$x = 5$", "$3x = 15$"),  # one letter: a value, for the general comparison
    ("$y = x^2$", "$y^2 = x$"),  # not a multiple: proves nothing either way
    ("$x + y = 2, x - y = 0$", "$2x + 2y = 4$"),  # a system, not one equation
    ("$f(x) = 2x$", "$2f(x) = 4x$"),  # a function named: its own comparison
])
def test_what_it_leaves_alone(gold: str, pred: str) -> None:
    assert equations_agree(gold, pred) is None
