"""Choices, pairings and round tables in more wordings (`combinatorics.selections`, `roles`,
`pairings`, `arrangements`): cards from a standard deck, a name before the verb ('can Priya
pick'), a group whose make-up is stated after it ('a team of 5 ... must have 3 boys and 2
girls'), round-robin games and handshakes said other ways, and the rotation note said as a
clause ('if rotations are considered the same'). Our own problems; each count by hand (the
comment) and listed again here."""

from __future__ import annotations

from itertools import combinations, permutations, product

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _choices(n: int, k: int) -> int:
    return sum(1 for _ in combinations(range(n), k))


def _two_groups(a: int, b: int, k: int, j: int) -> int:
    return sum(1 for c in combinations(range(a + b), k + j) if sum(x < a for x in c) == k)


def _round(n: int) -> int:
    """Seatings of n around a table, one per class of rotations."""
    seen = set()
    for p in permutations(range(n)):
        i = p.index(0)
        seen.add(p[i:] + p[:i])
    return len(seen)


@pytest.mark.parametrize(("problem", "answer", "listed"), [
    # C(52, 2) / C(52, 3) from a deck, said three ways
    ("How many ways are there to choose 2 cards from a standard deck of 52 cards?", 1326,
     _choices(52, 2)),
    ("In how many ways can 3 cards be selected from a deck of 52 cards?", 22100, _choices(52, 3)),
    # a name before the verb: C(9, 2), C(12, 4)
    ("In how many ways can Priya pick 2 out of 9 colours?", 36, _choices(9, 2)),
    ("In how many ways can Omar select 4 books from a shelf of 12 books?", 495, _choices(12, 4)),
    # why they are chosen, said at the end: C(9, 3)
    ("In how many ways can Maya choose three out of nine books to take on vacation?", 84,
     _choices(9, 3)),
    # the pool as what a shop offers, the size in the noun: C(8, 3)
    ("A restaurant offers 8 toppings. How many different 3-topping pizzas can be made?", 56,
     _choices(8, 3)),
    ("The bakery sells 6 kinds of cookies. In how many ways can Ana choose 2 different "
     "cookies?", 15, _choices(6, 2)),
])
def test_choices_in_other_words(problem, answer, listed):
    assert listed == answer
    assert_solved(problem, str(answer))


@pytest.mark.parametrize(("problem", "answer", "listed"), [
    # C(6, 3) C(4, 2); C(8, 2) C(5, 2); C(7, 1) C(3, 2)
    ("A team of 5 is to be chosen from 6 boys and 4 girls. In how many ways can this be done if "
     "the team must have 3 boys and 2 girls?", 120, _two_groups(6, 4, 3, 2)),
    ("A committee of 4 is selected from 8 men and 5 women. How many committees consist of 2 men "
     "and 2 women?", 280, _two_groups(8, 5, 2, 2)),
    ("How many panels can be formed from 7 men and 3 women if the panel contains exactly 1 men "
     "and exactly 2 women?", 21, _two_groups(7, 3, 1, 2)),
])
def test_a_group_of_two_kinds(problem, answer, listed):
    assert listed == answer
    assert_solved(problem, str(answer))


@pytest.mark.parametrize(("problem", "answer", "listed"), [
    # C(14, 2); C(9, 2); 2 C(6, 2)
    ("Fourteen teams play in a league where each team plays every other team exactly once. How "
     "many games are played?", 91, _choices(14, 2)),
    ("How many handshakes take place if 9 people each shake hands with everyone else once?", 36,
     _choices(9, 2)),
    ("Six schools compete in a tournament in which each school plays each of the other schools "
     "twice. How many games are played?", 30, 2 * _choices(6, 2)),
])
def test_pairings_in_other_words(problem, answer, listed):
    assert listed == answer
    assert_solved(problem, str(answer))


@pytest.mark.parametrize(("problem", "answer", "listed"), [
    # (n - 1)!: the note as a clause at the end of the question
    ("Seven people sit around a round table. How many seating arrangements are there if "
     "rotations are considered the same?", 720, _round(7)),
    ("In how many ways can 5 people be seated around a circular table if two seatings that are "
     "rotations of each other are the same?", 24, _round(5)),
    ("How many ways can 6 people sit at a round table, where seatings that are rotations of one "
     "another are considered identical?", 120, _round(6)),
])
def test_round_tables_with_a_note_clause(problem, answer, listed):
    assert listed == answer
    assert_solved(problem, str(answer))


@pytest.mark.parametrize("problem", [
    # the stated size is not the make-up
    "A team of 6 is to be chosen from 6 boys and 4 girls. In how many ways can this be done if "
    "the team must have 3 boys and 2 girls?",
    # 'not' after 'can' is never a name
    "In how many ways can not pick 2 out of 9 paint colours?",
    # a note the reader cannot read: rotations 'not' the same
    "Seven people sit around a round table. How many seating arrangements are there if "
    "rotations are not considered the same?",
    # a purpose that makes an order
    "In how many ways can Maya choose three out of nine books to put in a row?",
    "In how many ways can Maya choose three out of nine books to read in order?",
    # handshakes with 'at most' one other person
    "How many handshakes take place if 9 people each shake hands with at most 3 others?",
])
def test_declines(problem):
    assert solve_now(problem).answer is None


def _orders(word: str) -> int:
    return len(set(permutations(word)))


@pytest.mark.parametrize(("problem", "answer", "listed"), [
    # 7! / (4! 2!) with the word bare, 6! / 2! with 'made using all the letters'
    ("Find the number of distinct permutations of the letters in REFEREE.", 105,
     _orders("referee")),
    ("How many different arrangements can be made using all the letters of the word BUTTON?",
     360, _orders("button")),
    ("In how many distinct orders can the letters of the word KAYAK be written?", 30,
     _orders("kayak")),
])
def test_letters_in_other_words(problem, answer, listed):
    assert listed == answer
    assert_solved(problem, str(answer))


@pytest.mark.parametrize(("problem", "answer", "listed"), [
    # "k of n" said without "out": C(9, 2), C(10, 4)
    ("In how many ways can you choose 2 of 9 toppings?", 36, _choices(9, 2)),
    ("How many ways are there to select 4 of 10 players?", 210, _choices(10, 4)),
])
def test_k_of_n(problem, answer, listed):
    assert listed == answer
    assert_solved(problem, str(answer))


@pytest.mark.parametrize(("problem", "answer", "listed"), [
    # some of the letters of a word whose letters all differ: 6 * 5 * 4, 5 * 4
    ("How many 3-letter arrangements can be made from the letters of the word FOREST?", 120,
     len(set(permutations("forest", 3)))),
    ("How many different two-letter arrangements of the letters of the word PRISM are there?",
     20, len(set(permutations("prism", 2)))),
    # as many places as letters: all of them
    ("How many 5-letter arrangements can be made from the letters of the word CHAIR?", 120,
     len(set(permutations("chair")))),
])
def test_arrangements_of_some_letters(problem, answer, listed):
    assert listed == answer
    assert_solved(problem, str(answer))


@pytest.mark.parametrize("problem", [
    # repeated letters: which repeats are used depends on the letters chosen
    "How many 3-letter arrangements can be made from the letters of the word LETTER?",
    # more places than letters
    "How many 7-letter arrangements can be made from the letters of the word FOREST?",
    # a condition on some of the letters
    "How many 3-letter arrangements of the letters of the word FOREST begin with F?",
])
def test_arrangements_of_some_letters_decline(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 13 hearts of 52; 4 queens of 52
    ("What is the probability that a card drawn at random from a standard 52-card deck is a "
     "heart?", r"\frac{1}{4}"),
    ("Find the chance that a randomly chosen card from a standard deck of 52 cards is a queen.",
     r"\frac{1}{13}"),
    # the mean of one die is 7/2, of two dice 7
    ("Two fair six-sided dice are rolled. What is the expected value of their sum?", "7"),
])
def test_one_card_and_an_expected_sum(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 'the letters of each word' names no word
    "Count the distinct orderings of the letters in every word of this sentence.",
    # a word that is a number word is not read as letters
    "In how many different orders can the letters of SEVEN be written?",
])
def test_letters_declines(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer", "listed"), [
    # one of each kind: 4 * 6 * 3; 5 * 3 * 2
    ("A restaurant offers 4 appetizers, 6 main courses and 3 desserts. How many different "
     "three-course meals with one of each are possible?", 72,
     sum(1 for _ in product(range(4), range(6), range(3)))),
    ("I have 5 hats, 3 scarves and 2 pairs of gloves. How many outfits of one item from each "
     "kind can I make?", 30, sum(1 for _ in product(range(5), range(3), range(2)))),
])
def test_one_of_each_kind(problem, answer, listed):
    assert listed == answer
    assert_solved(problem, str(answer))


def test_courses_must_match_the_kinds():
    assert solve_now("A cafe sells 3 soups, 5 salads and 4 drinks. How many two-course meals "
                     "with one of each are possible?").answer is None


@pytest.mark.parametrize(("problem", "answer", "listed"), [
    # with repetition: 5^3, 3^5; without: 6 * 5 * 4 * 3, 4 * 3
    ("How many 3-letter words can be made from the letters A, B, C, D and E if letters may be "
     "repeated?", 125, sum(1 for _ in product("abcde", repeat=3))),
    ("How many sequences of 5 digits can be formed from the digits 1, 2, 3 if repetition is "
     "allowed?", 243, sum(1 for _ in product("123", repeat=5))),
    ("How many different 4-letter strings can be formed from the letters P, Q, R, S, T, U if no "
     "letter is used more than once?", 360, sum(1 for _ in permutations("pqrstu", 4))),
    ("How many 2-letter codes can be made using the letters $X$, $Y$, $Z$, $W$ without "
     "repetition?", 12, sum(1 for _ in permutations("xyzw", 2))),
])
def test_strings_of_listed_symbols(problem, answer, listed):
    assert listed == answer
    assert_solved(problem, str(answer))


@pytest.mark.parametrize("problem", [
    # whether a letter may be used again is not said
    "How many 3-letter words can be made from the letters K, L, M and N?",
    # no more places than letters when none repeats
    "How many 5-letter strings can be formed from the letters P, Q, R if no letter is repeated?",
    # a listed letter twice
    "How many 2-letter codes can be made from the letters A, B, A if letters may be repeated?",
])
def test_strings_decline(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # C(12,3): why they are chosen and "do this" change nothing
    ("A teacher must choose 3 students out of 12 to represent the class. How many ways can she "
     "do this?", "220"),
    ("A coach must pick 4 players from a squad of 15 to attend a camp. In how many ways can he "
     "do this?", "1365"),
])
def test_choices_asked_as_doing_it(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "A teacher must choose 3 students out of 12 to sit in a row. How many ways can she do this?",
    "A teacher must choose 3 students out of 12 and must not choose Bob. How many ways can she "
    "do this?",
])
def test_choices_done_with_a_condition_decline(problem):
    assert solve_now(problem).answer is None
