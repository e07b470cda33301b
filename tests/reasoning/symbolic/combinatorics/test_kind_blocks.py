"""Rows of different things of several kinds with each kind kept together
(combinatorics/kind_blocks.py). Our own problems, the answers worked out by hand."""

from __future__ import annotations

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def test_each_kind_in_one_block():
    # 2 blocks in 2! orders; 4! and 2! inside: 2 * 24 * 2
    assert_solved("In how many ways can 4 different science books and 2 different art books be "
                  "arranged on a shelf if the science books must be together and the art books "
                  "must be together?", "96")
    # the difference said in a note: 2! * 3! * 3!
    assert_solved("How many ways can we put 3 poetry books and 3 history books on a shelf if all "
                  "the poetry books must stay together and all the history books must also stay "
                  "together? (The poetry books are all different and so are the history "
                  "books.)", "72")
    # three kinds, said at once: 3! * 2! * 2! * 3!
    assert_solved("How many ways can 2 different red books, 2 different blue books and 3 "
                  "different green books be arranged on a shelf if books of the same colour "
                  "must be kept together?", "144")


def test_things_that_may_be_identical_are_declined():
    assert solve_now("How many ways can we put 3 poetry books and 3 history books on a shelf if "
                     "all the poetry books must stay together and all the history books must "
                     "also stay together?").answer is None


def test_stacks_and_owners():
    # a pile instead of a row, the owner said first: 3! * 2! * 3! * 2! = 144
    assert_solved("Lena has 2 different atlas books, 3 different cookery books and 2 different "
                  "travel books. When she stacks them in a pile, all the atlas books are grouped "
                  "together, all the cookery books are grouped together and all the travel "
                  "books are grouped together. In how many ways can the pile be stacked?", "144")
    # CDs, 'how many different stacks': 2! * 3! * 4! = 288
    assert_solved("Raj has 3 different folk CDs and 4 different soul CDs. When they are stacked, "
                  "all the folk CDs are together and all the soul CDs are together. How many "
                  "different stacks are possible?", "288")
    # 'in the same language', casual: 2! * 2! * 4! = 96
    assert_solved("how many ways can 2 different spanish books and 4 different italian books be "
                  "stacked so that books in the same language are together", "96")


def test_stacks_of_things_that_may_be_identical_are_declined():
    assert solve_now("Lena has 2 atlas books and 3 cookery books. When she stacks them, the "
                     "atlas books are together and the cookery books are together. In how many "
                     "ways can she stack them?").answer is None


def test_kinds_each_their_own_noun():
    # 2! * 3! * 2! = 24
    assert_solved("How many ways can 3 different novels and 2 different dictionaries be put on a "
                  "shelf so that the novels are together and the dictionaries are together?", "24")


def test_a_kind_inside_another_is_declined():
    # 'the books' could be all seven books: declined
    assert solve_now("How many ways can 4 different books and 3 different red books be put on a "
                     "shelf so that the books are together and the red books are together?"
                     ).answer is None
