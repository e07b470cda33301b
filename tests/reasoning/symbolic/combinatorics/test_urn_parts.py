"""Draws from items of which a part is one kind: "a box contains 10 light bulbs, 3 of which
are defective" (combinatorics/urn_wording.py). Our own problems, the answers worked out by
hand; the rest of the items, which the problem does not name, cannot be asked about. Also
what the chosen items are to be ("chosen at random to be the winners"), which changes
nothing."""

from __future__ import annotations

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def test_a_part_of_the_items_is_one_kind():
    # C(4, 1) C(8, 2) / C(12, 3) = 4 * 28 / 220
    assert_solved("A box contains 12 light bulbs, 4 of which are defective. If 3 bulbs are "
                  "chosen at random, what is the probability that exactly one is defective?",
                  "\\frac{28}{55}")
    # C(8, 2) / C(10, 2) = 28 / 45
    assert_solved("A carton contains 10 eggs, 2 of which are cracked. Two eggs are chosen at "
                  "random. What is the probability that none of them is cracked?",
                  "\\frac{28}{45}")
    # C(6, 2) / C(15, 2) = 15 / 105
    assert_solved("A crate has 15 apples, 6 of which are rotten. Two apples are picked at "
                  "random. What is the probability that both are rotten?", "\\frac{1}{7}")


def test_the_unnamed_rest_is_declined():
    assert solve_now("A box contains 12 light bulbs, 4 of which are defective. If 3 bulbs are "
                     "chosen at random, what is the probability that exactly one is "
                     "good?").answer is None


def test_what_the_chosen_are_to_be_changes_nothing():
    # C(4, 2) / C(9, 2) = 6 / 36
    assert_solved("Of the 9 finalists in a contest, 4 are boys and 5 are girls. If two are "
                  "chosen at random to be the winners, what is the probability that both are "
                  "boys?", "\\frac{1}{6}")
    # C(6, 3) / C(10, 3) = 20 / 120
    assert_solved("A club has 10 members: 6 boys and 4 girls. Three members are chosen at "
                  "random to become the officers. What is the probability that all are boys?",
                  "\\frac{1}{6}")
