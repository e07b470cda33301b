"""A square or cubic unit written in LaTeX words with its power (`81 \\text{ cm}^2`,
`27\\text{ m}^{3}`) is a unit, as `cm^2` is in prose: the arithmetic before it is checked.
A unit that differs across the `=` stays no equality of numbers. Our own variants."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_steps
from tutor.verify.extract.latex_prose import latex_as_prose
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


@pytest.mark.parametrize("step", [
    r"The area is $7^2 = 49 \text{ cm}^2$.",
    r"So the floor covers $12 \times 5 = 60\text{ m}^{2}$",
    r"The volume is $4^3 = 64 \text{ in}^3$.",
    r"\[ A = \frac{1}{2} \cdot 10 \cdot 6 = 30 \text{ units}^2 \]",
])
def test_arithmetic_before_a_square_or_cubic_unit_is_verified(step: str) -> None:
    [verdict] = check_steps("", [step])
    assert verdict.verdict is V


@pytest.mark.parametrize("step", [
    r"The area is $7^2 = 48 \text{ cm}^2$.",
    r"So the floor covers $12 \times 5 = 65\text{ m}^{2}$",
])
def test_a_slip_before_a_square_unit_is_never_verified(step: str) -> None:
    [verdict] = check_steps("", [step])
    assert verdict.verdict is not V


def test_units_that_differ_across_the_equals_sign_are_not_refuted() -> None:
    # cm times cm is cm²: no equality of bare numbers is claimed between 7 cm and 49 cm²
    [verdict] = check_steps("", [r"$7 \text{ cm} \times 7 \text{ cm} = 49 \text{ cm}^2$"])
    assert verdict.verdict is not R


def test_the_power_stays_with_its_unit_in_prose() -> None:
    assert latex_as_prose(r"49 \text{ cm}^2").split() == ["49", "cm^2"]
    assert latex_as_prose(r"64\text{ ft}^{3}").split() == ["64", "ft^3"]
    assert latex_as_prose(r"5 \text{ apples}").split() == ["5", "apples"]
