"""A sentence and the equation it is written as, in one step ("45% of $x$ is 18: $\\frac{9x}{20}
= 18$"): verified when the words' one solution is the equation's (verify/worded_equations.py),
never refuted; sentences the small grammar does not read whole are left alone."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_steps
from tutor.verify.verdict import Verdict
from tutor.verify.worded_equations import worded_equation_claims


@pytest.mark.parametrize("step", [
    "45\\% of $x$ is 18: $\\frac{9 x}{20} = 18$",
    "45 percent of what number is 18: $0.45 y = 18$",
    "$45\\%$ of $x$ is $18$: $\\frac{9 x}{20} = 18$",
    "what percent of 80 is 20: $\\frac{4 p}{5} = 20$",
    "14 is what percent of 56: $\\frac{14 x}{25} = 14$",
    "90 is 15% of what number: $90 = \\frac{3 n}{20}$",
    "The number increased by 25% = 50: $\\frac{5 p}{4} = 50$",
    "A number decreased by 10% is 63: $\\frac{9 x}{10} = 63$",
    "48 = 20% more than number: $48 = \\frac{6 n}{5}$",
    "0.25 of number = 9: $\\frac{n}{4} = 9$",
    "3/4 of a number is 21: $\\frac{3 x}{4} = 21$",
    "A number divided by 7 is 3: $\\frac{x}{7} = 3$",
    "A number decreased by 8 is 15: $x - 8 = 15$",
    "5 more than 3 times a number is 26: $3 x + 5 = 26$",
    "Twice a number minus 4 is 10: $2 \\left(x\\right) - 4 = 10$",
    "12 minus 5 minus a number is 1: $7 - x = 1$",
])
def test_words_and_equation_that_agree_are_verified(step: str) -> None:
    assert [c.verdict for c in worded_equation_claims(step)] == [Verdict.VERIFIED]


@pytest.mark.parametrize("step", [
    "45\\% of $x$ is 18: $45 x = 18$",  # the percent read as a whole number
    "45\\% of $x$ is 18: $\\frac{9 x}{200} = 18$",
    "5 more than 3 times a number is 26: $5 x + 3 = 26$",
    "A number decreased by 8 is 15: $8 - x = 15$",
    "12 minus 5 minus a number is 1: $12 - 5 + x = 1$",  # read right to left
    "A number divided by 7 is 3: $\\frac{x}{7} = 3 x$",
])
def test_an_equation_that_says_otherwise_stays_unchecked(step: str) -> None:
    assert [c.verdict for c in worded_equation_claims(step)] == [Verdict.UNCHECKED]


@pytest.mark.parametrize("step", [
    "A number is 9: $x = 9$",  # no operation: only a number restated
    "Their sum is 27: $a + b = 27$",
    "Sam = twice Lee: $s = 2 l$",
    "A number times itself is 49: $x^{2} = 49$",
    "The number of pens is 12: $p = 12$",
    "What is the percent increase from 40 to 50: $\\frac{2 x}{5} + 40 = 50$",
    "half of the cake and 2 more slices is 6: $\\frac{x}{2} + 2 = 6$",
])
def test_what_the_grammar_does_not_read_whole_is_left_alone(step: str) -> None:
    assert worded_equation_claims(step) == []


def test_the_engine_set_up_step_is_verified_in_the_chain() -> None:
    problem = "18 is 45 percent of what number?"
    verdicts = check_steps(problem, ["18 is 45 percent of what number: $\\frac{9 x}{20} = 18$",
                                     "18 is 45 percent of what number: $\\frac{9 x}{2} = 18$",
                                     "The number: $x = 40$"])
    assert [v.verdict for v in verdicts] == [Verdict.VERIFIED, Verdict.UNCHECKED,
                                             Verdict.VERIFIED]
