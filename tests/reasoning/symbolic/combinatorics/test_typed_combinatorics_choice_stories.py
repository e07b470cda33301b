"""Unordered choices told as stories (`combinatorics.selections` with `choice_phrases`): the
occasion ('on a sailing trip', 'for the spelling contest'), the pool said again ('if any of
the 10 campers may be cooks'), a pool of two parts with people in general chosen, a pool
listed by colour, 'we want 5 people on the team', 'bring 2 of my cousins', and the greatest
number of k-topping dishes with no two alike. Our own problems; each count is C(n, k),
listed here again."""

from __future__ import annotations

from itertools import combinations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _listed(n: int, k: int) -> str:
    return str(sum(1 for _ in combinations(range(n), k)))


@pytest.mark.parametrize(("problem", "answer"), [
    ("In how many ways can we pick 3 judges for a baking contest with 9 people if any of the 9 "
     "people may be judges?", _listed(9, 3)),
    ("On a sailing trip with 11 people, how many ways are there to choose 2 cooks if any of "
     "them can be cooks?", _listed(11, 2)),
    ("Find the number of ways to select 4 ushers for the spring concert from 13 volunteers.",
     _listed(13, 4)),
    ("I may invite 2 of my cousins to the county fair. I have 7 cousins. In how many ways can "
     "I choose?", _listed(7, 2)),
    ("Lena can bring four of her friends on the weekend retreat. She has 10 friends. In how "
     "many ways can she choose?", _listed(10, 4)),
])
def test_choices_with_an_occasion(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    ("How many ways can a teacher select 6 pupils out of 15 to go to the museum?",
     _listed(15, 6)),
    ("The manager must pick 4 starters from a squad of 11 players. In how many ways can the "
     "manager pick the starters?", _listed(11, 4)),
    ("Omar has 9 cousins and wants to invite 3 of them to lunch. In how many ways can he "
     "choose whom to invite?", _listed(9, 3)),
    ("A panel of 4 is to be selected from 13 club members. How many different panels are "
     "possible?", _listed(13, 4)),
    ("There are 12 students in the library. How many ways can we choose 5 of them?",
     _listed(12, 5)),
])
def test_choices_asked_again(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    ("Our robotics club has 7 boys and 5 girls. We need 4 people on the team. In how many ways "
     "can we form the team without restrictions?", _listed(12, 4)),
    ("The debate society of my town's high school has 3 juniors and 8 seniors. I must pick a "
     "squad to send to the national tournament. We want 5 members on the squad. How many ways "
     "can I select the squad?", _listed(11, 5)),
    ("A hiking group consists of 6 men and 6 women. In how many ways can 3 people be chosen?",
     _listed(12, 3)),
    ("The choir has 4 adults and 9 children. How many ways can we choose 2 members?",
     _listed(13, 2)),
])
def test_choices_from_a_pool_of_two_parts(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    ("Seven pens, coloured red, blue, green, black, pink, orange and grey, are in a box. In how "
     "many ways can I choose 3 pens from the box if the order does not matter?", _listed(7, 3)),
    ("Four hats, colored red, teal, white and gold lie on a shelf. How many ways can "
     "we pick 2 hats from the shelf?", _listed(4, 2)),
    ("A sandwich bar offers nine toppings. What is the largest number of three-topping "
     "sandwiches that can be made so that no two sandwiches have the same topping "
     "combination?", _listed(9, 3)),
    ("Our pizzeria offers 10 toppings. Find the greatest possible number of 2-topping pizzas "
     "such that no two of the pizzas share the same combination of toppings.", _listed(10, 2)),
])
def test_choices_of_things(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the pool said with two sizes
    "In how many ways can we pick 3 judges for a baking contest with 9 people if any of the "
    "10 people may be judges?",
    # a part of the group is asked for
    "Our robotics club has 7 boys and 5 girls. In how many ways can we choose 4 boys?",
    # a condition on the parts
    "Our robotics club has 7 boys and 5 girls. We need 4 people on the team. In how many ways "
    "can we form the team if it has 2 girls?",
    # the listed colours are not the pool
    "Seven pens, coloured red, blue, green, black, pink and grey, are in a box. In how many "
    "ways can I choose 3 pens from the box?",
    # without 'no two alike' the greatest number is not asked well
    "A sandwich bar offers nine toppings. What is the largest number of three-topping "
    "sandwiches that can be made?",
    # the order matters
    "On a sailing trip with 11 people, in how many ways can we choose a captain and a cook?",
    # the question asks for another choice than the one told
    "The manager must pick 4 starters from a squad of 11 players. In how many ways can the "
    "manager pick the captain?",
    # other people beyond the pool
    "On a sailing trip with 11 other people, how many ways are there to choose 2 cooks?",
])
def test_story_choices_not_read_are_declined(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # why they are chosen ("to come to dinner") changes nothing: C(8,3)
    ("In how many ways can I choose 3 of my 8 friends to come to dinner?", "56"),
    # C(10,4)
    ("In how many ways can Ravi choose 4 of his 10 friends to accompany him?", "210"),
])
def test_chosen_to_come(problem, answer):
    assert_solved(problem, answer)


def test_chosen_to_come_in_roles_is_declined():
    assert solve_now("In how many ways can I choose 3 of my 8 friends to come to dinner as "
                     "host, cook and guest?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # the choice said again in the question: "choose the friends to bring", "who comes"
    ("I have 8 friends. I can bring 2 of them on a trip. In how many ways can I choose the "
     "friends to bring?", "28"),
    ("I have 8 friends and can bring 3 of them to a concert. In how many ways can I choose who "
     "comes?", "56"),
    ("Lena has 9 cousins and can invite 4 of them to her party. In how many ways can she choose "
     "who comes with her?", "126"),
])
def test_the_choice_said_again(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # another thing chosen than told
    "I have 8 friends. I can bring 2 of them on a trip. In how many ways can I choose the books "
    "to bring?",
    # an order among those chosen
    "I have 8 friends and can bring 3 of them to a concert. In how many ways can I choose who "
    "comes first?",
])
def test_the_choice_said_again_near_misses_decline(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # where they go changes nothing: C(7, 3), C(10, 4)
    ("Sam has 7 friends and can invite 3 of them to a movie. In how many ways can he choose "
     "whom to invite?", "35"),
    ("Priya has 10 cousins and can take 4 of them to the zoo. In how many ways can she choose "
     "who goes?", "210"),
])
def test_more_outings(problem, answer):
    assert_solved(problem, answer)


def test_an_outing_with_a_condition_is_declined():
    assert solve_now("Sam has 7 friends and can invite 3 of them to a movie. In how many ways "
                     "can he invite them if Ann must come?").answer is None
