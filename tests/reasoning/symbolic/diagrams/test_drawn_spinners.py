"""Spinners drawn in a figure, the text saying the sections are equal. Our own figures and
problems, the answers worked out by listing the outcomes by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

_FOUR = ('[asy] draw(Circle((0,0),10)); draw((-10,0)--(10,0)); draw((0,-10)--(0,10)); '
         'draw((0,0)--(4,6),Arrow); label("$2$",(5,5)); label("$3$",(-5,5)); '
         'label("$5$",(-5,-5)); label("$8$",(5,-5)); [/asy]')
_THIRDS = ('[asy] draw(Circle((0,0),1)); draw((0,0)--(0,1)); draw((0,0)--(-0.866,-0.5)); '
           'draw((0,0)--(0.866,-0.5)); label("1",(-0.5,0.3)); label("2",(0.5,0.3)); '
           'label("4",(0,-0.6)); [/asy]')
_TWO = ('[asy] draw(Circle((0,0),1)); draw((0,-1)--(0,1)); label("1",(-0.5,0)); '
        'label("3",(0.5,0)); draw(Circle((3,0),1)); draw((3,0)--(3,1)); '
        'draw((3,0)--(3-0.866,-0.5)); draw((3,0)--(3.866,-0.5)); label("2",(2.5,0.3)); '
        'label("5",(3.5,0.3)); label("7",(3,-0.6)); [/asy]')
# Asymptote's unitcircle, shifted and scaled: two spinners of radius 1 and 2
_SHIFTED = ('[asy] draw(unitcircle); draw((0,-1)--(0,1)); label("2",(-0.5,0)); '
            'label("3",(0.5,0)); draw(shift((5,0))*scale(2)*unitcircle); '
            'draw((5,0)--(5,2)); draw((5,0)--(3.3,-1)); draw((5,0)--(6.7,-1)); '
            'label("1",(4,0.5)); label("4",(6,0.5)); label("6",(5,-1)); [/asy]')
_FIVE = ('[asy] draw(Circle((0,0),10)); label("1",(0,6)); label("2",(5,2)); label("3",(3,-5)); '
         'label("4",(-3,-5)); label("6",(-5,2)); [/asy]')


@pytest.mark.parametrize(("problem", "answer"), [
    # one of 2, 8 and one of 3, 5, either order: 8 of 16
    ("Jo and her sister each spin this spinner once. The spinner has four congruent sectors. "
     "What is the probability that the sum of their numbers is odd? " + _FOUR, "\\frac{1}{2}"),
    # the product is even only with the 2: 2 of 6
    ("These two spinners are divided into halves and thirds, respectively. If each of these "
     "spinners is spun once, what is the probability that the product of the results is "
     "even? Express your answer as a common fraction. " + _TWO, "\\frac{1}{3}"),
    # 2 + 4, 4 + 2 of 9
    ("The spinner shown is divided into thirds. If it is spun twice, what is the probability "
     "that the sum of the two numbers is 6? " + _THIRDS, "\\frac{2}{9}"),
    # 5 equal and (1,2), (2,3), (3,4) both ways of 25
    ("Ann and Ben each spin this spinner once. The spinner has five congruent sectors. If the "
     "non-negative difference of their numbers is less than 2, Ann wins. Otherwise, Ben wins. "
     "What is the probability that Ann wins? " + _FIVE, "\\frac{11}{25}"),
    # odd sums: 2 + 1 and 3 + 4, 3 + 6 of 6
    ("These two spinners are divided into halves and thirds, respectively. If each of these "
     "spinners is spun once, what is the probability that the sum of the results of the two "
     "spins will be odd? " + _SHIFTED, "\\frac{1}{2}"),
    # products at least 12: 2 * 6, 3 * 4, 3 * 6 of 6
    ("These two spinners are divided into halves and thirds, respectively. If each of these "
     "spinners is spun once, what is the probability that the product of the results will be "
     "at least 12? " + _SHIFTED, "\\frac{1}{2}"),
])
def test_drawn_spinners(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the sections are not said to be equal
    "If the spinner shown is spun twice, what is the probability that the sum of the two "
    "numbers is 6? " + _THIRDS,
    # four sectors said, three labels drawn
    "The spinner shown has 4 congruent sectors. If it is spun twice, what is the probability "
    "that the sum of the two numbers is 6? " + _THIRDS,
    # the chance of the other player
    "Ann and Ben each spin this spinner once. The spinner has five congruent sectors. If the "
    "non-negative difference of their numbers is less than 2, Ann wins. Otherwise, Ben wins. "
    "What is the probability that Ben wins? " + _FIVE,
    # a label that is not a number
    "Jo and her sister each spin this spinner once. The spinner has four congruent sectors. "
    "What is the probability that the sum of their numbers is odd? " + _FOUR.replace(
        '"$8$"', '"$A$"'),
    # thirds and halves in the other order: the labels do not fit
    "These two spinners are divided into thirds and halves, respectively. If each of these "
    "spinners is spun once, what is the probability that the sum of the results will be odd? "
    + _SHIFTED,
    # one spinner said for two drawn
    "The spinner shown is divided into thirds. If it is spun twice, what is the probability "
    "that the sum of the two numbers is 6? " + _TWO,
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None
