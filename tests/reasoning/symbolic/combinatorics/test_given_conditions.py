"""Conditional probability over dice, coins and cards (combinatorics/given_conditions.py,
given_events.py). Our own wordings; every answer worked out by listing the outcomes where
the condition holds."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("text", "expected"), [
    # sum 9: (3,6) (4,5) (5,4) (6,3); one starts with 5
    ("A pair of dice is thrown. If the sum is 9, what is the chance that the first die shows "
     "5?", "1/4"),
    # sum 6: 5 rolls, (1,5) (3,3) (5,1) both odd
    ("Roll two six-sided dice. What is the probability that both show odd numbers, given that "
     "the sum is 6?", "3/5"),
    # first > second: 15 rolls; (4,3) (5,2) (6,1) sum to 7
    ("Two fair dice are rolled. Knowing that the first roll is larger than the second, what is "
     "the probability that the sum is 7?", "1/5"),
    # product even: 16 - 4 = 12 rolls; all four with sum 5 among them
    ("Two fair 4-sided dice are rolled. Given that the product is even, what is the "
     "probability that the sum is 5?", "1/3"),
    # at least one 6: 216 - 125 = 91 rolls; only (6,6,6) all the same
    ("Three dice are rolled. Given that at least one die shows a 6, what is the probability "
     "that all three show the same number?", "1/91"),
])
def test_dice_with_a_known_condition(text: str, expected: str) -> None:
    assert_solved(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # first heads: the other two flips need at least one head
    ("A fair coin is flipped 3 times. If the first flip is heads, what is the probability of "
     "getting more heads than tails?", "3/4"),
    # exactly two heads: the first is heads in 3 of the 6
    ("Four coins are tossed. Given that exactly 2 are heads, what is the probability that the "
     "first coin is heads?", "1/2"),
])
def test_coins_with_a_known_condition(text: str, expected: str) -> None:
    assert_solved(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Two cards are drawn from a well-shuffled deck without replacement. Given that the first "
     "card is a king, what is the probability that the second card is also a king?", "1/17"),
    ("A card is dealt from a standard deck. If it is black, what is the probability that it is "
     "an ace?", "1/13"),
    # ordered deals: 52*51 - 48*47 = 396 with an ace, 12 with two
    ("Two cards are drawn from a standard deck without replacement. Given that at least one is "
     "an ace, what is the probability that both are aces?", "1/33"),
])
def test_cards_with_a_known_condition(text: str, expected: str) -> None:
    assert_solved(text, expected)


def test_one_die_shows_reads_two_ways_and_asks() -> None:
    # exactly one 3: 2/10; at least one 3: 2/11
    sol = solve_now("Two dice are rolled. Given that one die shows a 3, what is the probability "
                    "that the sum is 7?")
    assert sol.answer is None and "more than one way" in (sol.declined or "")


@pytest.mark.parametrize("text", [
    # the condition never happens
    "Two dice are rolled. Given that the sum is 13, what is the probability that the first die "
    "shows 6?",
    # two conditions joined: not read
    "Two dice are rolled. Given that the first die shows a 4 and the second is even, what is "
    "the probability that the sum is 10?",
    # 'both' of three coins
    "Three coins are flipped. Given that both are heads, what is the probability that the first "
    "is heads?",
    # replacement not said
    "A card is drawn from a standard deck, then a second card is drawn. Given that the first "
    "card is a heart, what is the probability that the second card is a heart?",
])
def test_unread_or_impossible_conditions_decline(text: str) -> None:
    assert solve_now(text).answer is None


@pytest.mark.parametrize(("text", "expected"), [
    # 2 red and 5 blue left
    ("A bag has 3 red and 5 blue marbles. Two marbles are drawn without replacement. Given that "
     "the first marble is red, what is the probability that the second marble is blue?", "5/7"),
    # C(6,2) = 15 pairs, 14 with a green, 6 both green
    ("A jar contains 4 green and 2 yellow beads. Two beads are drawn at random. Given that at "
     "least one is green, what is the probability that both are green?", "3/7"),
    # backwards: (3/5)(2/4) over 2/5
    ("A box contains 3 white balls and 2 black balls. A ball is drawn and not replaced, then a "
     "second ball is drawn. If the second ball is black, what is the probability that the "
     "first ball was white?", "3/4"),
])
def test_bags_with_a_known_condition(text: str, expected: str) -> None:
    assert_solved(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # 15 even numbers, 5 of them multiples of 6
    ("A number is chosen at random from 1 to 30. Given that it is even, what is the probability "
     "that it is a multiple of 3?", "1/3"),
    # 8 primes up to 20, all odd but 2
    ("An integer is selected at random from 1 through 20, inclusive. If the number is prime, "
     "what is the probability that it is odd?", "7/8"),
])
def test_one_number_with_a_known_condition(text: str, expected: str) -> None:
    assert_solved(text, expected)


def test_a_kind_the_bag_lacks_is_not_read() -> None:
    assert solve_now("A bag has 3 red and 5 blue marbles. Two marbles are drawn. Given that the "
                     "first marble is green, what is the probability that the second marble is "
                     "blue?").answer is None


@pytest.mark.parametrize(("text", "expected"), [
    # the condition after the question, no comma: 11 rolls with a 5, (3,5) (5,3) sum to 8
    ("Two dice are rolled. What is the probability that the sum is 8 if we know that at least "
     "one die shows a 5?", "2/11"),
    # the first blue: 2 blue of the 4 left
    ("A bag has 2 red and 3 blue marbles. Two marbles are drawn. What is the probability that "
     "both are blue given that the first is blue?", "1/2"),
])
def test_the_condition_said_last(text: str, expected: str) -> None:
    assert_solved(text, expected)
