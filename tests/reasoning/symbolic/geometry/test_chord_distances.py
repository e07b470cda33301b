"""A chord, its distance from the centre and the radius (geometry/chord_distances.py): our
own problems, r^2 = d^2 + (c/2)^2 worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("A chord of length 16 is 6 units from the center of a circle. What is the radius of the "
     "circle?", "10"),
    ("In a circle of radius 17, a chord is 8 units from the center. How long is the chord?",
     "30"),
    ("A chord of a circle of radius 25 has length 14. How far is the chord from the center?",
     "24"),
    ("A chord of length 4 lies 1 unit from the center of a circle. Find the radius.",
     "\\sqrt{5}"),
    # units after the numbers, "drawn at a distance of": 2 sqrt(13^2 - 5^2) = 24
    ("In a circle with radius 13 cm, a chord is drawn at a distance of 5 cm from the centre. "
     "Find the length of the chord.", "24"),
    ("A chord of length 24 is drawn in a circle of radius 13. How far is the chord from the "
     "center of the circle?", "5"),
    # the radius told after the chord: 2 sqrt(10^2 - 8^2) = 12
    ("A chord of a circle is 8 units from the center and the radius is 10. How long is the "
     "chord?", "12"),
])
def test_chords_distances_and_radii(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the chord would be farther from the centre than the radius
    "In a circle of radius 3, a chord is 4 units from the center. How long is the chord?",
    # all three told: nothing to find, and they may disagree
    "In a circle of radius 5, a chord of length 8 is 3 units from the center. What is the "
    "radius of the circle?",
    # two units would need a conversion
    "In a circle with radius 13 cm, a chord is drawn at a distance of 5 mm from the centre. "
    "Find the length of the chord.",
    # two chords
    "In a circle of radius 5, a chord is 3 units from the center and another chord is 4 units "
    "from the center. How long is the chord?",
])
def test_chord_questions_that_do_not_fit_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # half the chord 12, distance 5: radius 13
    ("A chord of a circle is 24 units long and is 5 units from the center. What is the radius "
     "of the circle?", "13"),
    # radius 25, half the chord 7: distance 24
    ("In a circle of radius 25, a chord is 14 units long. How far is the chord from the "
     "center?", "24"),
])
def test_a_chord_said_to_be_so_long(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # radius 5, distance 3: half the chord 4
    ("A circle has a radius of five inches. The distance from the center of the circle to chord "
     "$PQ$ is three inches. How many inches long is chord $PQ$?", "8"),
    ("A circle has a radius of 13. The distance from the center of the circle to chord $AB$ is "
     "12. What is the length of chord $AB$?", "10"),
])
def test_a_named_chord_and_its_distance_from_the_center(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_two_named_chords_decline() -> None:
    # the distance is told for one chord and the length asked for another
    assert solve_now("A circle has a radius of 13. The distance from the center of the circle to "
                     "chord $AB$ is 12. What is the length of chord $CD$?").answer is None
