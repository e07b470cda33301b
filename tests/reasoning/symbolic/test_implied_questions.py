"""Questions typed without their question words (`implied_questions`): a bare number
expression asks its value, a closing noun phrase of quantity asks "What is the ...?", "how
many ways to" and a question left without its question mark; our own wordings, answers by
hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.implied_questions import respelled


@pytest.mark.parametrize(("typed", "said"), [
    ("12 choose 4", "What is 12 choose 4?"),
    ("$\\binom{7}{2}$", "What is $\\binom{7}{2}$?"),
    ("pls C(9, 2)", "What is C(9, 2)?"),
    ("chance of two heads when 2 coins are tossed",
     "What is the chance of two heads when 2 coins are tossed?"),
    ("A box has 2 red and 3 blue pens. One is taken. the probability it is red?",
     "A box has 2 red and 3 blue pens. One is taken. What is the probability it is red?"),
    ("how many ways to seat 4 people in a row", "how many ways are there to seat 4 people in a "
     "row?"),
    ("in how many ways can 5 books be lined up", "in how many ways can 5 books be lined up?"),
    # a count asked with no verb after a story: "are there" meant
    ("a team has 18 players. 4 are goalkeepers. how many outfield players",
     "a team has 18 players. 4 are goalkeepers. how many outfield players are there?"),
    ("There are 30 pupils. How many girls?", "There are 30 pupils. How many girls are there?"),
    # a verb in it: unchanged
    ("She has 12 pens. how many does she have", "She has 12 pens. how many does she have?"),
    # a difference or what remains asked: no "are there" put in
    ("he has 9 cards and wants 15. how many more cards", "he has 9 cards and wants 15. how many "
     "more cards?"),
    ("a box had 12 eggs. 5 broke. how many eggs left", "a box had 12 eggs. 5 broke. how many eggs "
     "left?"),
    # a question already asked, an expression with a letter, a statement: unchanged
    ("What is 3 + 4?", "What is 3 + 4?"),
    ("x^2 - 1", "x^2 - 1"),
    ("2 + 2 = 4", "2 + 2 = 4"),
    ("the probability of rain is 30%.", "the probability of rain is 30%."),
])
def test_respelled(typed: str, said: str) -> None:
    assert respelled(typed) == said


@pytest.mark.parametrize(("problem", "answer"), [
    ("12 choose 4", "495"),
    ("C(9,2)", "36"),
    ("$\\dbinom{7}{2}$", "21"),
    ("6!", "720"),
    ("pls compute 5 choose 2 times 3 choose 1", "30"),
    ("probability of rolling a sum of 11 with two dice", "\\frac{1}{18}"),
    ("chance of drawing a king from a standard deck of 52 cards", "\\frac{1}{13}"),
    ("A box has 2 red and 3 blue pens. One pen is picked at random. probability it is red?",
     "\\frac{2}{5}"),
    ("number of arrangements of the letters of the word ROOT", "12"),
    ("how many ways to arrange the letters of PEPPER", "60"),
    ("how many ways can the letters of APPLE be arranged", "60"),
    ("the ratio of boys to girls is 4:5 and there are 27 children. how many boys", "12"),
    ("half of 5/6", "\\frac{5}{12}"),
])
def test_implied_questions_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "x + 1",  # an expression with an unknown asks nothing one can answer
    "$x^2 - 1$",
    "3 apples",
    "probability",
    "the probability of rain is 30%.",
    "So it is 5! Thanks",  # a '!' that closes a sentence
    "probability of rolling a sum of 7 with two dice is 1/6",
])
def test_implied_question_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
