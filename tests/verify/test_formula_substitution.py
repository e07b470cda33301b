"""A formula cited and filled in with the problem's numbers in one chain (`d = rt = 30
\\cdot 2.5 = 75`): the link between letters and numbers is a definition, so the step is
verified by its arithmetic; wrong numbers or a slip are never verified. Our own wordings."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_steps
from tutor.verify.formula_substitution import written_numbers
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


@pytest.mark.parametrize(("problem", "step"), [
    ("A cyclist rides at 18 km per hour for 3.5 hours. How far does she ride?",
     r"The distance is $d = rt = 18 \cdot 3.5 = 63$ km."),
    ("A lawn is 22 feet long and 15 feet wide. Find its perimeter.",
     r"The perimeter is $P = 2(l + w) = 2(22 + 15) = 74$ feet."),
    ("a tile is 12 cm by 7 cm, what is its area",
     r"$A = lw = 12 \times 7 = 84$ square centimetres"),
    ("What is the area of a round rug 6 feet across the middle from its centre?",
     r"$A = \pi r^2 = \pi \cdot 6^2 = 36\pi$"),
    # the height is said in words ("height 5."), the base only as a number
    ("A triangle has base 16 and height 5. What is its area?",
     r"$A = \frac{1}{2}bh = \frac{1}{2}(16)(5) = 40$"),
])
def test_the_problems_numbers_put_into_a_formula_are_verified(problem: str, step: str) -> None:
    assert check_steps(problem, [step])[0].verdict is V


@pytest.mark.parametrize(("problem", "step"), [
    # a number the problem does not give (3.5 for 2.5): never verified
    ("A cyclist rides at 18 km per hour for 2.5 hours. How far does she ride?",
     r"The distance is $d = rt = 18 \cdot 3.5 = 63$ km."),
    # 8 for the 7 the problem gives
    ("a tile is 12 cm by 7 cm, what is its area", r"$A = lw = 12 \times 8 = 96$"),
    # the letters already tied by an earlier equation (l + w = 20): no definition
    ("A rectangle has perimeter 40 and one side 12. Find its area.",
     r"$l + w = 20$, so $A = lw = 12 \cdot 40 = 480$"),
])
def test_other_numbers_are_not_verified(problem: str, step: str) -> None:
    assert check_steps(problem, [step])[-1].verdict is not V


def test_an_equation_set_equal_to_a_bare_number_is_no_substitution() -> None:
    problem = "The points (4, 9) and (x, 2) have their midpoint at x-coordinate 4. Find x."
    results = check_steps(problem, [r"So $4 = \frac{4 + x}{2}$."])[0].claims
    assert [r.reason for r in results] != ["a definition"]


def test_a_slip_after_the_substitution_stays_refuted() -> None:
    problem = "A lawn is 22 feet long and 15 feet wide. Find its perimeter."
    step = r"The perimeter is $P = 2(l + w) = 2(22 + 15) = 64$ feet."
    assert check_steps(problem, [step])[0].verdict is R


def test_written_numbers_leave_out_exponents_and_subscripts() -> None:
    assert written_numbers(r"$a_1 + 3^2 = 2.5 \cdot 40$") == ("3", "2.5", "40")
    assert written_numbers("base 16 and height 5.") == ("16", "5")


@pytest.mark.parametrize(("problem", "step"), [
    # the letter takes the problem's 40; 41 is worked from it (n + 1)
    ("Find the sum of the whole numbers from 1 to 40.",
     r"The sum is $S = \frac{n \cdot (n + 1)}{2} = \frac{40 \cdot 41}{2} = 820$."),
    # numbers inside `\frac{..}{..}` braces are written numbers too
    ("a bus goes 150 km in 2.5 hours. how fast is it going",
     r"The speed is $v = \frac{d}{t} = \frac{150}{2.5} = 60$ km per hour."),
    ("A box holds 24 litres and is filled at 4 litres per minute. How long does it take?",
     r"$t = \dfrac{V}{r} = \dfrac{24}{4} = 6$ minutes."),
])
def test_worked_numbers_beside_the_problems_are_verified(problem: str, step: str) -> None:
    assert check_steps(problem, [step])[0].verdict is V


@pytest.mark.parametrize(("problem", "step"), [
    # n + 1 written as 42: no choice of the problem's numbers gives it
    ("Find the sum of the whole numbers from 1 to 40.",
     r"The sum is $S = \frac{n \cdot (n + 1)}{2} = \frac{40 \cdot 42}{2} = 840$."),
    # 3 hours where the problem says 2.5
    ("a bus goes 150 km in 2.5 hours. how fast is it going",
     r"The speed is $v = \frac{d}{t} = \frac{150}{3} = 50$ km per hour."),
])
def test_a_formula_filled_with_other_numbers_is_not_verified(problem: str, step: str) -> None:
    assert check_steps(problem, [step])[0].verdict is not V


def test_written_numbers_read_fraction_braces_but_not_powers() -> None:
    assert written_numbers(r"\frac{150}{2.5} + x^{2} + a_{12} + y^{ 3}") == ("150", "2.5")


@pytest.mark.parametrize(("problem", "step", "verdict"), [
    # `n(n + 1)` is read as a product here (the usual reading), the problem's 30 put in
    ("What do the integers from 1 to 30 add up to?",
     r"Their sum is $\frac{n(n+1)}{2} = \frac{30 \cdot 31}{2} = 465$.", V),
    ("A convex polygon has 15 sides. How many diagonals does it have?",
     r"It has $\frac{n(n-3)}{2} = \frac{15 \cdot 12}{2} = 90$ diagonals.", V),
    ("A convex polygon has 15 sides. How many diagonals does it have?",
     r"It has $\frac{n(n-3)}{2} = \frac{15 \cdot 13}{2} = 97.5$ diagonals.", U),
    ("What do the integers from 1 to 30 add up to?",
     r"Their sum is $\frac{n(n+1)}{2} = \frac{30 \cdot 31}{2} = 475$.", R),
])
def test_a_formula_with_a_letter_times_brackets(problem: str, step: str, verdict: Verdict) -> None:
    assert check_steps(problem, [step])[0].verdict is verdict
