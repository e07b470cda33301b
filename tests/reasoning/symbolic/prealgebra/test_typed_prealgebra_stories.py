"""Prealgebra story reader: short word problems around one operation (a total, what is left,
a mean, a percent off) about any thing, in any order of sentences. Our own stories, answers
worked out by hand; near misses (a qualifier it does not apply, two people, two things, a
part of what is left) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # a total of one act on one thing
    ("Lena ate $\\frac{1}{4}$ of a pizza and then $\\frac{2}{5}$ more of it. How much of the "
     "pizza did she eat in all?", "\\frac{13}{20}"),
    ("Sam walked $\\frac{3}{4}$ of a mile in the morning and $\\frac{1}{6}$ of a mile in the "
     "afternoon. How many miles did he walk in total?", "\\frac{11}{12}"),
    ("A baker used 2/3 cup of flour for bread and 3/4 cup of flour for muffins. How many cups "
     "of flour did she use in all?", "\\frac{17}{12}"),
    ("On a hike, Dev walked 2.5 km and then 1.75 km more. How many kilometers did he walk "
     "altogether?", "4.25"),
    ("Ana read twelve pages on Monday and fifteen pages on Tuesday. How many pages did she read "
     "altogether?", "27"),
    ("A jug holds $\\frac{2}{3}$ of a liter of juice and a bottle holds $\\frac{1}{5}$ of a "
     "liter of juice. How much juice is there altogether?", "\\frac{13}{15}"),
    ("Maya ran 2 miles. Leo ran 3 miles. How many miles did they run altogether?", "5"),
    # what is left
    ("Jo has 2 gallons of water and uses $\\frac{7}{6}$ gallons. How much water is left?",
     "\\frac{5}{6}"),
    ("Mia had 5/6 of a yard of ribbon. She used 1/3 of a yard. How much ribbon does she have "
     "left?", "\\frac{1}{2}"),
    ("Ann has 5 apples. She eats 2 apples and then buys 4 apples. How many apples does she have "
     "now?", "7"),
    ("Tom had 12 stamps and gave away 5 stamps. How many stamps are left?", "7"),
    # a mean of listed values
    ("Her four test scores were 82, 90, 76 and 88. What was her mean score?", "84"),
    ("Ben scored 14, 20 and 17 points in three games. What was his average number of points "
     "per game?", "17"),
    ("The heights of three plants are 12 cm, 15 cm and 21 cm. What is their mean height?",
     "16"),
    # a percent off
    ("A $\\$80$ coat is $25\\%$ off. How many dollars off is it?", "20"),
    ("A coat costs $\\$80$. It is on sale for $25\\%$ off. What is the sale price?", "60"),
    ("A jacket priced at $\\$60$ is on sale at $15\\%$ off. How much do you pay?", "51"),
    ("A jacket priced at $\\$60$ is on sale at $15\\%$ off. How much money do you save?", "9"),
    ("Rita bought a $\\$45$ game at a $20\\%$ discount. How much was the discount?", "9"),
    # how many portions fit: a quotient
    ("How many $\\frac{1}{8}$-cup servings are in $\\frac{3}{4}$ of a cup of rice?", "6"),
    ("A ribbon $\\frac{5}{6}$ of a meter long is cut into pieces each $\\frac{1}{12}$ of a "
     "meter long. How many pieces are there?", "10"),
    ("A jar holds 12 cups of soup. Each bowl holds 3/4 cup. How many bowls can be filled?",
     "16"),
    ("Each bowl holds 3/4 cup and a pot holds 6 cups. How many bowls can a pot fill?", "8"),
    ("One serving is 2 tablespoons. How many servings are in a jar of 21 tablespoons? Express "
     "your answer as a mixed number.", "10\\frac{1}{2}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_story_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # a qualifier the reader does not apply: only Monday's pages
    "Ana read 12 pages on Monday and 15 pages on Tuesday. How many pages did she read on "
    "Monday in all?",
    # two people, one asked about
    "Maya ran 2 miles. Leo ran 3 miles. How many miles did Maya run in all?",
    "Jo has 3 apples and Kim has 4 apples. How many apples does Jo have in all?",
    # a part of what is left, a part of the rest
    "Lena ate 1/3 of the cake. Then Leo ate 1/2 of what was left. How much of the cake did "
    "they eat in all?",
    "Lena had 3/4 of a pizza and ate 1/3 of the remaining pizza. How much is left?",
    # a negation
    "Tom had 12 stamps and did not give away 5 stamps. How many stamps are left?",
    # two things, or two units
    "Jo has 2 gallons of water. She buys 3 gallons of juice. How much water does she have left?",
    "A tank holds 12 liters and a pail holds 3 gallons. How many liters do they hold in all?",
    "Kim ate 3 apples and 2 pears. How many apples did she eat in all?",
    # a multiple, an amount each
    "Kim ate 3 apples. Then she ate twice as many. How many apples did she eat in all?",
    "Kim has 10 apples and gives 3 apples to each friend. How many apples are left?",
    # more taken than there was; what was eaten is not what is left
    "Ann has 5 apples. She eats 7 apples. How many apples does she have now?",
    "Ann has 5 apples. She eats 2 apples and then buys 4 apples. How many apples did she eat "
    "now?",
    "Lena ate $\\frac{1}{4}$ of a pizza and then $\\frac{2}{5}$ more of it. How much of the "
    "pizza is left?",
    # a count that does not match the list; a score still to come
    "Ben scored 14, 20 and 17 points in four games. What was his average number of points per "
    "game?",
    "Her test scores were 82, 90 and 76. What mean score does she need on the fourth test?",
    # whole portions only, unless a fraction is asked; a count of the wrong thing
    "A board 7 feet long is cut into pieces each 2 feet long. How many pieces are there?",
    "A pot holds 6 cups. Each bowl holds 3/4 cup. How many cups can be filled?",
    "A jar holds 12 cups of soup. Each bowl holds 3/4 cup. How many bowls of soup are not "
    "filled?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_story_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize("problem", [
    # "Paul has 6 more": 6 more than Nina (20), so 34 in all, not 14 + 6
    "Nina has 14 shells and Paul has 6 more. How many shells do they have in total?",
    "Ravi picked 9 plums and his sister picked 4 more. How many plums did they pick altogether?",
    "Jo baked 20 rolls. Sam baked 5 more. How many rolls did they bake in all?",
])
def test_more_said_of_another_person_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # the same person doing it again: another 4
    ("Ravi picked 9 plums and then 4 more. How many plums did he pick altogether?", "13"),
    ("Jo baked 20 rolls on Monday and 5 more on Tuesday. How many rolls did she bake in all?",
     "25"),
    # two people, each amount told: 20 + 5
    ("Jo baked 20 rolls and Sam baked 5 rolls. How many rolls did they bake in all?", "25"),
])
def test_more_by_the_same_person_still_summed(problem: str, answer: str) -> None:
    assert_solved(problem, answer)
