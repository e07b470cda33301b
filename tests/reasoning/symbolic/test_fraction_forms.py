"""A quantity told as m/n in lowest terms, then m and n asked (fraction_forms.py): our own
problems, answers worked by hand; without the lowest-terms rule, with a rule about other
letters, or with a value that is not a positive fraction, it declines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # sec - tan = 2/5: cos = 20/29, sin = 21/29, csc + cot = 49/21 = 7/3
    (r"Suppose that $\sec x+\tan x=\frac52$ and that $\csc x+\cot x=\frac mn,$ where $\frac mn$ "
     r"is in lowest terms. Find $m+n.$", "10"),
    (r"Suppose that $\sec x + \tan x = \frac{5}{2}$ and that $\csc x + \cot x = \frac{m}{n},$ "
     r"where $m$ and $n$ are relatively prime positive integers. Find $m+n.$", "10"),
    # sin 2x = 2 tan x / (1 + tan^2 x) = 4/5
    (r"If $\tan x = 2$ and $\sin 2x = \frac{p}{q}$ where $\frac{p}{q}$ is in lowest terms, find "
     r"$p + q.$", "9"),
    # 6/16 = 3/8
    (r"A fair coin is flipped 4 times. The probability of getting exactly two heads is "
     r"$\frac{m}{n}$, where $m$ and $n$ are relatively prime positive integers. Find $m+n$.",
     "11"),
    # 6/36 = 1/6
    (r"Two fair dice are rolled. The probability that the sum is 7 is $\frac{m}{n}$, where $m$ "
     r"and $n$ are relatively prime positive integers. Find $m \cdot n$.", "6"),
    # 9/12 + 10/12 = 19/12
    (r"Given that $x = \frac{3}{4} + \frac{5}{6}$ and $x = \frac{m}{n}$ for relatively prime "
     r"positive integers $m$ and $n,$ find $m + n.$", "31"),
    # 6/12 + 2/12 + 1/12 = 3/4
    (r"The sum $\frac{1}{2} + \frac{1}{6} + \frac{1}{12}$ is $\frac{a}{b}$, where $a$ and $b$ "
     r"are relatively prime positive integers. Find $a + b.$", "7"),
]

NEAR_MISSES = [
    # no rule: m and n are not fixed
    r"Two fair dice are rolled. The probability that the sum is 7 is $\frac{m}{n}$. Find $m + n$.",
    # the rule is about other letters
    r"Two fair dice are rolled. The probability that the sum is 7 is $\frac{m}{n}$, where $m$ "
    r"and $k$ are relatively prime positive integers. Find $m + n$.",
    # cos 2x = -3/5: which letter takes the sign?
    r"If $\tan x = 2$ and $\cos 2x = \frac{p}{q}$ where $\frac{p}{q}$ is in lowest terms, find "
    r"$p + q.$",
    # the fraction is never said to be in lowest terms
    r"If $\tan x = 2$ and $\sin 2x = \frac{p}{q},$ find $p + q.$",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_fraction_forms_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_fraction_forms_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
