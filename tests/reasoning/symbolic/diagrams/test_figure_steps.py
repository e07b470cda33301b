"""The steps of a figure's measure read as a teacher writes them: the numbers put into the
formula with a dot in each product ("\\pi \\cdot 3^{2} \\cdot 8"), and no step that only
restates a measure the problem gave ("(3) = 3"). A measure given through another one (a
sphere's surface area) is still solved for first, as a checked step."""

from __future__ import annotations

from tutor.reasoning.symbolic.engine import solve_now


def test_a_measure_given_directly_is_not_restated() -> None:
    solved = solve_now("A cone has a radius of 2 cm and a height of 9 cm. What is its volume?")
    assert solved.answer == "12 \\pi"
    texts = [s.text for s in solved.steps]
    assert len(texts) == 1 and "\\left(" not in texts[0] and "\\cdot" in texts[0]


def test_a_measure_given_through_another_is_solved_first() -> None:
    solved = solve_now("The surface area of a sphere is $100\\pi$ square inches. "
                       "What is its volume, in terms of $\\pi$?")
    assert solved.answer == "\\frac{500 \\pi}{3}"
    rules = [s.rule for s in solved.steps]
    assert rules == ["find the dimensions", "compute the volume"]
    assert "5^{2}" in solved.steps[0].text


def test_a_solid_with_lettered_dimensions_shows_the_numbers_put_in() -> None:
    solved = solve_now("A cone has a height of 6 m and a base radius of 5 m. "
                       "What is its volume in terms of $\\pi$?")
    assert solved.answer == "50 \\pi"
    last = solved.steps[-1].text
    assert "\\cdot 6 \\cdot 5^{2}" in last or "\\cdot 5^{2} \\cdot 6" in last, last
