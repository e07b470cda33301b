"""Scale drawings (prealgebra/map_scales.py): a map, plan, blueprint or model whose drawn
lengths stand for real ones; the scale said with "represents", "stands for", "=", ":" or "to";
the told length drawn or real (said, or known by its unit); units converted exactly. Our own
problems, answers worked out by hand; near misses (areas, two lengths, speeds, a scale whose two
units cannot tell drawn from real, "enlarged") must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 7 * 15 / 2
    ("On a hiking map, 2 inches represent 15 miles. How many miles do 7 inches represent?",
     "\\frac{105}{2}"),
    # 6 / 0.5 * 4
    ("A county map has its scale printed as 0.5 inches = 4 miles. On this map, the two lakes "
     "are 6 inches apart. How far apart are the lakes, in miles?", "48"),
    ("On a road map, 1 centimeter represents 25 kilometers. Two villages are 8 centimeters "
     "apart on the map. How many kilometers apart are the villages?", "200"),
    # real to drawn: 80 / 20
    ("Two harbours are 80 km apart. On a chart map with a scale of 1 cm to 20 km, how many "
     "centimeters apart are they on the map?", "4"),
    # 3.5 * 4, the colon written against the unit
    ("The scale of a floor plan is 1 cm : 4 m. A hallway is 3.5 cm long on the plan. How many "
     "meters long is the real hallway?", "14"),
    ("A blueprint uses a scale where 1 inch stands for 8 feet. A garage is 2.5 inches wide on "
     "the blueprint. What is the actual width of the garage in feet?", "20"),
    # 12 * 50 / 3
    ("On a trail map, 3 cm represents 50 km. How many kilometers do 12 cm represent, rounded "
     "to the nearest whole number?", "200"),
    # converted: 2 feet on the drawing = 24 inches, 24 * 10 yards
    ("On a drawing of a park, 1 inch represents 10 yards. A path is 2 feet long on the "
     "drawing. How many yards long is the real path?", "240"),
    # a length said as "a 3-inch segment": 5 * 40 / 3
    ("On a garden plan, a 3-inch segment stands for 40 feet. How many feet does a 5-inch "
     "segment stand for?", "\\frac{200}{3}"),
    ("On the wall map in the hallway, a 4-centimeter distance stands for 30 kilometers. How "
     "many kilometers does a 10-centimeter distance stand for?", "75"),
]

NEAR_MISSES = [
    "On a hiking map, 2 inches represent 15 miles. How many square miles do 7 square inches "
    "represent?",
    "On a hiking map, 2 inches represent 15 miles. A road is 7 inches long on the map and "
    "another road is 3 inches long. How many miles long are the two roads together?",
    "On a hiking map, 2 inches represent 15 miles. How many hours does it take to drive 7 "
    "inches on the map at 30 miles per hour?",
    # drawn and real in one unit, the told length not said to be either
    "A scale drawing uses 1 cm for 3 cm. A line is 6 cm long. How many centimeters long is "
    "the other line?",
    "On a hiking map, 2 inches represent 15 miles. How many miles do 7 inches represent if the "
    "map is enlarged?",
    # asked in the drawn unit about a drawn length: the drawn length, or the real one in inches?
    "On a hiking map, 1 inch represents 20 miles. Two huts are 3 inches apart on the map. How "
    "many inches apart are the huts?",
    # a length on the map told in the real unit
    "On a hiking map, 2 inches represent 15 miles. Two huts are 4 miles apart on the map. How "
    "many miles apart are the huts?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_map_scales_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_map_scales_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # asked in no unit: the real side's; 6 * 4 km, 2.5 * 30 miles
    ("The scale of a map is 1 cm : 4 km. Two villages are 6 cm apart on the map. What is the "
     "actual distance?", "24"),
    ("A map scale is 1 inch to 30 miles. Two lakes are 2.5 inches apart on the map. How far "
     "apart are they?", "75"),
])
def test_real_distance_asked_in_no_unit(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_drawn_distance_asked_in_no_unit_declines() -> None:
    assert solve_now("The scale of a map is 1 cm : 4 km. Two villages are 24 km apart. How far "
                     "apart are they on the map?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 60 feet for 4 inches: 15 feet an inch
    ("A statue is 60 feet tall. A scale model of it is 4 inches tall. How many feet of the "
     "statue does one inch of the model represent?", "15"),
    # the model told first: 15 feet for 6 inches
    ("A model car is 6 inches long and the real car is 15 feet long. How many feet does one "
     "inch on the model represent?", "\\frac{5}{2}"),
    ("The Eiffel Tower has a height of 300 meters. A model of the tower has a height of 60 "
     "centimeters. How many meters does one centimeter of the model represent?", "5"),
    ("A real airplane is 72 meters long. A model airplane is 36 centimeters long. How many "
     "meters of the airplane does 1 centimeter on the model represent?", "2"),
])
def test_a_model_told_by_two_lengths(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the shadow's length is not the statue's
    "The shadow of the statue is 60 feet long. A scale model of the statue is 4 inches tall. "
    "How many feet does one inch of the model represent?",
    # a model of another thing
    "A statue is 60 feet tall. A scale model of the tower is 4 inches tall. How many feet does "
    "one inch of the model represent?",
    # a question not read
    "A statue is 60 feet tall. A scale model of it is 4 inches tall. How many feet does one "
    "inch of the model represent in area?",
    # 'of it' before any thing is told
    "A scale model of it is 4 inches tall. The statue is 60 feet tall. How many feet does one "
    "inch of the model represent?",
])
def test_a_model_told_by_two_lengths_near_misses(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize("problem", [
    # the map gives the straight line; a road's length is not told
    "On a map 1 cm stands for 4 km. Two villages are 9 cm apart on the map. How far apart are "
    "they in km by road, which winds through the hills?",
    "On a map 1 cm stands for 4 km. Two villages are 9 cm apart on the map. How long is the "
    "drive between them in km if the road is not straight?",
    "On a map 1 cm stands for 4 km. Two villages are 9 cm apart on the map. How many km is the "
    "route along the river?",
])
def test_a_road_or_route_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_the_straight_distance_still_answered() -> None:
    # 9 * 4 = 36
    assert_solved("On a map 1 cm stands for 4 km. Two villages are 9 cm apart on the map. How "
                  "far apart are they in km?", "36")
