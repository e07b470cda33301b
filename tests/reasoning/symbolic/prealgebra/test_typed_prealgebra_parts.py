"""Prealgebra reader of a part of a whole asked as a percent or a fraction: several phrasings
(a count of things, an amount of a named thing, a survey, a negation, a rounding), our own
numbers (answers worked out by hand), and near misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    ("There are 300 students in a school. 45 of the students walk to school. What percent of "
     "the students walk to school?", "15"),
    ("Of 40 apples, 10 are green. What percent of the apples are green?", "25"),
    ("A bag holds 80 marbles, and 20 of them are red. What percent of the marbles are red?",
     "25"),
    ("A cake weighs 500 grams, of which 150 grams are sugar. What percent of the cake is not "
     "sugar?", "70"),
    ("In a class of 25 students, 15 are girls. What fraction of the class are girls?",
     "\\frac{3}{5}"),
    ("Ben did a survey of 250 people. He found that 100 people like tea, while only 40 people "
     "like coffee. What percent of the people like coffee?", "16"),  # the tea is another fact
    ("In a class of 30 students, 12 do not own a pet. What percent of the students own a pet?",
     "60"),
    ("Out of fifty cars in a lot, 35 are white. What percent of the cars are not white?", "30"),
    ("A survey of 90 people found that 20 liked the film. To the nearest tenth of a percent, "
     "what percent of the people liked the film?", "22.2"),
    ("A pie at the county fair weighs 800 grams, of which 200 grams are crust. What percent of "
     "the pie is not crust?", "75"),
    ("A box in the garage holds 60 tools, of which 15 are wrenches. What fraction of the tools "
     "are wrenches?", "\\frac{1}{4}"),
    ("Of 70 seeds, 20 sprouted. What percent of the seeds sprouted, to the nearest whole "
     "percent?", "29"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    "Of 40 apples, 10 are green. What percent of the apples are red?",  # not told
    "Of 40 apples, 10 are green and 5 are red. What percent of the apples are green or red?",
    "Of 40 apples, 10 more are green. What percent of the apples are green?",
    "A bag holds 80 marbles; 20 of them are red and 30 of them are red. What percent of the "
    "marbles are red?",  # told twice
    "Of 40 apples, 50 are green. What percent of the apples are green?",  # more than all
]


@pytest.mark.parametrize("problem", DECLINED)
def test_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


SCALED = [
    ("Tom has 24 marbles. Ann has 3/4 as many marbles as Tom. How many marbles does Ann have?",
     "18"),
    ("Leo collected 15 shells, and Ivy collected twice as many shells as Leo. How many shells "
     "did Ivy collect?", "30"),
    ("It takes Ella 40 minutes to walk to school. It takes Max 3/5 of that time to walk to "
     "school. How many minutes does it take Max to walk to school?", "24"),
    ("A jug holds 3/4 of a liter of juice. Lee drinks 1/3 of the juice. How many liters of "
     "juice does Lee drink?", "\\frac{1}{4}"),
    ("Sam runs 6 miles per hour. Kim runs 2/3 as fast as Sam, and Lu runs 3 times as fast as "
     "Kim. How fast does Lu run?", "12"),
    ("It takes Ella 30 minutes to paint a fence. It takes Max two-thirds of that time to paint "
     "his fence. How many minutes does it take Max to paint his fence?", "20"),
    ("Rita types 0.8 pages per minute. Jon types 1.5 times as fast as Rita. How fast does Jon "
     "type, in pages per minute?", "1.2"),
    # a speed told with "at"; 6 * 3/4
    ("Jo runs at 6 miles per hour. Ann runs 3/4 as fast as Jo. How fast does Ann run?",
     "\\frac{9}{2}"),
    # who goes on the outing, first; 12 * 3/4 * 4/3
    ("Ava, Ben, and Cal are going on a bike ride. Ava rides at a rate of 12 miles per hour. If "
     "Ben rides 3/4 as fast as Ava, and Cal rides 4/3 as fast as Ben, how fast does Cal ride?",
     "12"),
    ("Dee and Eli went for a swim. Dee swims at a steady speed of 2 miles per hour. Eli swims "
     "1.5 times as fast as Dee. How fast does Eli swim?", "3"),
    # mph: 45 * 4/3
    ("Max drives at 45 mph. Lily drives 4/3 as fast as Max. How fast does Lily drive?", "60"),
]


@pytest.mark.parametrize(("problem", "answer"), SCALED)
def test_scaled_amounts(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "Tom has 24 marbles. Ann has 3/4 as many marbles as Tom. How many marbles do they have?",
    "Tom has 24 marbles. Ann has 3/4 as many stickers as Tom. How many stickers does Ann have?",
    "A jug holds 3/4 of a liter of juice. Lee drinks 1/3 of the juice. How many liters of "
    "juice are left?",
    # Max's time is told for the walk to school, not to the store
    "It takes Ella 40 minutes to walk to school. It takes Max 3/5 of that time to walk to "
    "school. How many minutes does it take Max to walk to the store?",
    # Lee is not one of those who went for the run
    "Sam and Kim go for a run. Sam runs 6 miles per hour. Lee runs 2/3 as fast as Sam. How "
    "fast does Lee run?",
    # a time joined to the speed is not read
    "Sam and Kim go for a run. Sam runs 6 miles per hour. Kim runs 2/3 as fast as Sam for 2 "
    "hours. How fast does Kim run?",
])
def test_scaled_amounts_near_misses(problem: str) -> None:
    assert solve_now(problem).answer is None
