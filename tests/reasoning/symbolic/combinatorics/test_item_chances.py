"""Independent items, each with a stated chance (`combinatorics.item_chances`): seeds,
eggs, bulbs, patients, packages, people. Our own problems; the answers by hand from
C(n, k) p^k (1 - p)^(n - k) and n p."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # C(5,2) (1/3)^2 (2/3)^3 = 80/243
    ("The probability that a tulip bulb blooms is 1/3. If 5 tulip bulbs are planted, what is "
     "the probability that exactly 2 of them bloom?", "\\frac{80}{243}"),
    ("Each tulip bulb blooms with probability 1/3. Five bulbs are planted. Find the chance "
     "that exactly two of the bulbs bloom.", "\\frac{80}{243}"),
    # (4/5)^3 = 64/125
    ("Each chick in a brood survives with probability $\\frac{4}{5}$, independently of the "
     "others. If 3 chicks are raised, what is the probability that all 3 of them survive?",
     "\\frac{64}{125}"),
    # 1 - (0.9)^4 = 3439/10000
    ("There is a 10% chance that a letter sent by post arrives late. If I post 4 parcels, "
     "what is the probability that at least one of them arrives late?", None),
    ("There is a 10% chance that a parcel arrives late. If I send 4 parcels, what is the "
     "probability that at least one of them arrives late?", "\\frac{3439}{10000}"),
    # (1 - 0.2)^2 = 16/25
    ("a phone is faulty with probability 0.2. if we order 2 phones whats the probability "
     "that none of them is faulty", "\\frac{16}{25}"),
    # 3 (1/4)(3/4)^2 = 27/64
    ("The probability that a person is left-handed is 1/4. If 3 people are chosen at "
     "random, what is the probability that exactly one of them is left-handed?",
     "\\frac{27}{64}"),
    # 6 * 3/4 = 9/2
    ("Each patient recovers with probability 3/4. If 6 patients are treated, what is the "
     "expected number of patients who recover?", "\\frac{9}{2}"),
])
def test_item_chances(problem, answer):
    if answer is None:
        assert solve_now(problem).answer is None  # letters are not parcels
    else:
        assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # another verb in the event than in the chance
    "The probability that a seed sprouts is 2/3. If 4 seeds are planted, what is the "
    "probability that exactly 2 of them bloom?",
    # drawn from a finite collection: not independent
    "The probability that a card is red is 1/2. If 3 cards are drawn, what is the "
    "probability that exactly 2 of them are red?",
    "The probability that a marble is red is 1/3. If 3 marbles are drawn, what is the "
    "probability that all of them are red?",
    # more successes than items; 'both' of four
    "The probability that a seed sprouts is 2/3. If 4 seeds are planted, what is the "
    "probability that exactly 5 of them sprout?",
    "The probability that a seed sprouts is 2/3. If 4 seeds are planted, what is the "
    "probability that both of them sprout?",
    # a condition, another object, a negation, an order: unread
    "The probability that a seed sprouts is 2/3. Four seeds are planted. Given that at least "
    "one sprouts, what is the probability that exactly 2 of them sprout?",
    "The probability that a student passes the exam is 3/4. If 3 students take the exam, "
    "what is the probability that exactly 2 of them pass the test?",
    "The probability that a seed sprouts is 2/3. If 4 seeds are planted, what is the "
    "probability that at most 1 of them does not sprout?",
    "Each seed sprouts with probability 2/3. If 4 seeds are planted, what is the "
    "probability that the first 2 of them sprout?",
    # another outcome than the one whose chance is given
    "There is a 20% chance that a package arrives late. If 3 packages are sent, what is the "
    "probability that at least one of them arrives early?",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None
