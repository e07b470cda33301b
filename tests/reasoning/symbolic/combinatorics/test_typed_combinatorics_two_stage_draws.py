"""Two-stage draws: a container chosen at random, then one item from it. Our own problems;
each answer is the mean of the containers' shares of the colour, worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # (2/6 + 5/6) / 2
    ("Bag A contains 2 purple marbles and 4 orange marbles, and bag B contains 5 purple marbles "
     "and 1 orange marble. A bag is chosen at random and a marble is drawn from it. What is the "
     "probability that the marble is purple?", "\\frac{7}{12}"),
    # (1/4 + 3/4) / 2
    ("The first box has 1 white and 3 black cubes; the second box has 3 white and 1 black cube. "
     "One of the boxes is selected at random, then a cube is drawn at random from the chosen "
     "box. What is the probability that it is white?", "\\frac{1}{2}"),
    # (1/5 + 4/5 + 4/5) / 3
    ("Cup A holds 1 green token and 4 gold tokens. Cups B and C each hold 4 green and 1 gold "
     "token. A cup is picked at random and then a token is randomly selected from that cup. "
     "What is the probability of drawing a green token?", "\\frac{3}{5}"),
    # (2/10 + 6/8) / 2
    ("Urn I contains 2 red and 8 blue chips, urn II contains 6 red and 2 blue chips. Maya picks "
     "one of the urns at random and draws a chip from it. What is the probability that a red "
     "chip is drawn?", "\\frac{19}{40}"),
    # three named jars, said to be three: (3/4 + 1/2 + 0) / 3
    ("There are 3 jars. Jar A has 3 pink and 1 white bead, jar B has 2 pink and 2 white beads, "
     "and jar C has 5 white beads. A jar is chosen at random and a bead is drawn from it. What is "
     "the probability that the bead is pink?", "\\frac{5}{12}"),
])
def test_a_container_then_an_item(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a colour no container holds
    "Bag A contains 2 purple marbles and 4 orange marbles, and bag B contains 5 purple marbles "
    "and 1 orange marble. A bag is chosen at random and a marble is drawn from it. What is the "
    "probability that the marble is green?",
    # one bag described twice
    "Bag A contains 2 purple marbles and 4 orange marbles, and bag A contains 5 purple marbles "
    "and 1 orange marble. A bag is chosen at random and a marble is drawn from it. What is the "
    "probability that the marble is purple?",
    # three bags said, two described
    "There are 3 bags. Bag A contains 2 purple marbles and 4 orange marbles, and bag B contains "
    "5 purple marbles and 1 orange marble. A bag is chosen at random and a marble is drawn from "
    "it. What is the probability that the marble is purple?",
    # two items drawn: another question
    "Bag A contains 2 purple marbles and 4 orange marbles, and bag B contains 5 purple marbles "
    "and 1 orange marble. A bag is chosen at random and two marbles are drawn from it. What is "
    "the probability that both are purple?",
    # the reverse (Bayes) question
    "Bag A contains 2 purple marbles and 4 orange marbles, and bag B contains 5 purple marbles "
    "and 1 orange marble. A bag is chosen at random and a marble is drawn from it. Given that "
    "the marble is purple, what is the probability that it came from bag A?",
    # the bag is not chosen at random but by a rule
    "Bag A contains 2 purple marbles and 4 orange marbles, and bag B contains 5 purple marbles "
    "and 1 orange marble. A die is rolled; if it shows 6, a marble is drawn from bag A, "
    "otherwise from bag B. What is the probability that the marble is purple?",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None
