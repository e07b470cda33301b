"""A story's "5 times 12" (or "15 percent of 80") is shown worked out (`S = 5 \\cdot 12 = 60`),
a product the checker confirms, where the step showed `S = 60` and nothing in it could be
checked; a clock's two angles are worked out too (`240 - 170 = 70`, `360 - 70 = 290`)."""

from __future__ import annotations

import pytest
import sympy as sp

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.prealgebra.relations import Story, times, worked
from tutor.verify.api import check_steps
from tutor.verify.verdict import Verdict


@pytest.mark.parametrize(("problem", "answer", "product"), [
    ("The average of six numbers is 15. When a seventh number is added the average becomes "
     "16. What is the seventh number?", "22", "6 \\cdot 15 = 90"),
    ("the mean of 8 numbers is 9. one number is removed and the mean of the other 7 is 8. "
     "what number was removed", "16", "8 \\cdot 9 = 72"),
    ("what is 35 percent of 140", "49", "x = \\frac{7}{20} \\cdot 140 = 49"),
    ("What is 12 percent of 250?", "30", "x = \\frac{3}{25} \\cdot 250 = 30"),
    ("On a map 1 cm stands for 6 km. Two lakes are 3.5 cm apart on the map. How many km "
     "apart are they really?", "21", "\\frac{7}{2} \\cdot 6 = 21"),
])
def test_the_product_in_words_is_worked_and_checked(problem: str, answer: str,
                                                    product: str) -> None:
    sol = assert_solved(problem, answer)
    first = sol.steps[0].text
    assert product in first, first
    verdicts = check_steps(problem, [s.text for s in sol.steps])
    assert verdicts[0].verdict is Verdict.VERIFIED, verdicts[0].summary
    assert all(v.verdict is not Verdict.REFUTED for v in verdicts)


@pytest.mark.parametrize(("problem", "answer", "apart"), [
    ("What is the smaller angle between the hands of a clock at 5:40?", "70",
     "$240 - 170 = 70$"),
    ("at 2:15 what is the smaller angle formed by the hands of a clock, in degrees",
     "\\frac{45}{2}", "$90 - \\frac{135}{2} = \\frac{45}{2}$"),
])
def test_a_clock_angle_is_worked_both_ways(problem: str, answer: str, apart: str) -> None:
    sol = assert_solved(problem, answer)
    last = sol.steps[-1].text
    assert apart in last and "$360 - " in last, last
    verdicts = check_steps(problem, [s.text for s in sol.steps])
    assert all(v.verdict is Verdict.VERIFIED for v in verdicts), [v.summary for v in verdicts]


def test_a_wrong_product_would_be_refuted() -> None:
    """The worked product is a real claim: the same step with a wrong value is red-marked."""
    problem = "Six quiz marks average 15. What do the six marks add up to?"
    verdicts = check_steps(problem, ["The 6 add up to 6 times 15: $S = 6 \\cdot 15 = 80$"])
    assert verdicts[0].verdict is Verdict.REFUTED


def test_only_arithmetic_in_numbers_is_worked_out() -> None:
    s, x = sp.symbols("S x")
    assert worked(sp.Eq(s, times(4, 13), evaluate=False)) == "S = 4 \\cdot 13 = 52"
    # a side with an unknown in it, or a bare number, is left as it is
    assert worked(sp.Eq(s + x, 2 * x + 3, evaluate=False)) == "S + x = 2 x + 3"
    assert worked(sp.Eq(s, 52, evaluate=False)) == "S = 52"
    assert worked(sp.Eq(5 * x, times(1, 150), evaluate=False)) == "5 x = 150"  # no `1 \\cdot`
    # the unknown on the right is written first: `x = \\frac{1}{4} \\cdot 60 = 15`
    assert worked(sp.Eq(times(sp.Rational(1, 4), 60), x, evaluate=False)) \
        == "x = \\frac{1}{4} \\cdot 60 = 15"


def test_a_worked_story_still_solves() -> None:
    s, x = sp.symbols("S x")
    story = Story([s, x])
    story.state(s, times(3, 20), "the 3 add up to 3 times 20")
    story.state(s + x, times(4, 22), "with x, the 4 add up to 4 times 22")
    answer, steps = story.solve(lambda _sol: x, "the value added")
    assert answer == 28
    assert steps[1].text.endswith("$S + x = 4 \\cdot 22 = 88$")
