"""Angles shared out by a ratio (`prealgebra.ratio_parts`): a triangle's three angles share
180 degrees, a pair of supplementary angles 180 and of complementary angles 90; a ratio with
another number of parts is no such split and declines. Our own problems."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 180 * 5 / 9
    ("The angles of a triangle are in the ratio 1:3:5. What is the largest angle?", "100"),
    # 90 * 4 / 9
    ("Two complementary angles are in the ratio 4:5. What is the smaller angle?", "40"),
])
def test_angle_ratio_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # four parts for a triangle's three angles (it gave 72)
    "The angles of a triangle are in the ratio 1:2:3:4. What is the largest angle?",
    "The angles of a triangle are in the ratio 2:7. What is the largest angle?",
])
def test_angle_ratio_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # an amount shared: 180 in 2 + 3 + 4 = 9 parts of 20
    (r"Three cousins share \$180 in the ratio 2:3:4. How much does the cousin with the largest "
     r"share get?", "80"),
    (r"\$150 is shared in the ratio 1:4. What is the smallest share?", "30"),
])
def test_an_amount_shared_in_a_ratio(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # two people named, three parts
    r"Two cousins share \$180 in the ratio 2:3:4. What is the largest share?",
    # 100 in thirds: not whole
    r"\$100 is shared in the ratio 1:2. What is the smallest share?",
])
def test_an_amount_shared_in_a_ratio_near_misses(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize("problem", [
    # the whole counted is a kind of its own, not the two kinds of the ratio together
    "The ratio of boys to girls is 3:5 and there are 48 dogs in all. How many boys are there?",
    "The ratio of hens to ducks on a farm is 2:7. There are 36 goats in all. How many hens are "
    "there?",
    # a word for people is no total of animals
    "The ratio of cats to dogs is 3:4. There are 35 students in all. How many cats are there?",
])
def test_a_whole_of_other_things_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 35 * 2 / 7: "members" is the club's juniors and seniors together
    ("A club has 4 juniors for every 3 seniors. If there are 35 members in the club, how many "
     "juniors are in the club?", "20"),
    # 56 * 3 / 7
    ("The ratio of cats to dogs at a shelter is 3:4. There are 56 animals in all. How many "
     "cats are there?", "24"),
])
def test_a_whole_of_both_kinds_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # 99 / 11 = 9 a part: 3(9) and 8(9)
    ("Two numbers are in the ratio 3:8 and their sum is 99. What is the larger number?", "72"),
    ("Two numbers are in the ratio 3:8. Their sum is 99. What is the smaller number?", "27"),
    # 64 / 8 = 8 a part: 40 - 24
    ("Two positive integers are in the ratio 5:3 and their sum is 64. What is their "
     "difference?", "16"),
    # 48 / 6 = 8 a part: 3(8)
    ("Three numbers are in the ratio 1:2:3 and their sum is 48. What is the largest number?",
     "24"),
])
def test_numbers_in_a_ratio_with_their_sum(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # three parts for two numbers
    "Two numbers are in the ratio 3:8:2 and their sum is 99. What is the larger number?",
    # a product is not read here
    "Two numbers are in the ratio 3:8 and their product is 96. What is the larger number?",
])
def test_numbers_in_a_ratio_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 42 / (2 + 5) = 6 a part: 5(6)
    ("A school choir has 42 singers, and the ratio of boys to girls is 2:5. How many girls "
     "are in the choir?", "30"),
    # 72 / 9 = 8 a part: 4(8)
    ("A shelter has 72 animals and the ratio of cats to dogs is 5:4. How many dogs are in "
     "the shelter?", "32"),
    # a count of one kind, not the whole: 15 / 3 = 5 a part, 7(5)
    ("A box has 15 red pens, and the ratio of red to black pens is 3:7. How many black pens "
     "are in the box?", "35"),
])
def test_a_whole_told_with_has(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_whole_of_another_kind_declines() -> None:
    assert solve_now("A team has 40 players and the ratio of boys to girls is 3:5. How many "
                     "cats are on the team?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 72 / (4 + 5) = 8 a part: 4(8)
    ("The ratio of two numbers is 4:5 and their sum is 72. What is the smaller number?", "32"),
    # 90 / (1 + 3 + 5) = 10 a part: 5(10)
    ("The ratio of three numbers is 1:3:5 and their sum is 90. What is the largest number?",
     "50"),
])
def test_the_ratio_of_the_numbers_is(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # the noun of every kind names the whole: 40 in 1 + 3 + 4 = 8 parts of 5
    ("Nora has 40 beads. The ratio of white to black to gold beads is $1:3:4$. How many gold "
     "beads are there?", "20"),
    ("A shelf has 36 books that are novels or comics. The ratio of novels to comics is 5:4. "
     "How many comics are on the shelf?", "16"),
])
def test_a_whole_named_by_the_noun_of_every_kind(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_count_of_one_kind_is_not_the_whole() -> None:
    # 12 gold beads are 4 parts of 3, so there are 3 white beads (not 12 * 1/8)
    assert_solved("The ratio of white to black to gold beads is 1:3:4. Nora has 12 gold beads. "
                  "How many white beads does she have?", "3")


@pytest.mark.parametrize(("problem", "answer"), [
    # 3 + 5 = 8 parts of 48: 6 each, green 18
    ("The ratio of green to yellow apples in a crate is $3:5$. If there are 48 apples, how "
     "many are green?", "18"),
    # 2 + 7 = 9 parts of 45: 5 each, puppies 35
    ("The ratio of white to brown eggs in a carton is 2:7. There are 45 eggs. How many "
     "eggs are brown?", "35"),
    # the kind said after the noun: "how many pens are blue" asks the blue ones, 5 of 8 parts
    # of 56 (it was answered 56, the whole)
    ("The ratio of black to blue pens in a drawer is 3:5. There are 56 pens in all. How many "
     "pens are blue?", "35"),
])
def test_a_whole_told_as_there_are(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a count of another kind of thing: not the whole
    "The ratio of green to yellow apples is 3:5. If there are 48 pears, how many apples are "
    "green?",
    # a group word: there may be other animals than kittens and puppies
    "The ratio of kittens to puppies at a shelter is 2:7. There are 45 animals. How many "
    "puppies are there?",
])
def test_a_whole_told_as_there_are_near_misses(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 2 + 3 + 5 = 10 parts of 30: dogs 9
    ("Jen has 30 pets, and each pet is a cat, a dog or a fish. The ratio of cats to dogs to "
     "fish is 2:3:5. How many dogs does Jen have?", "9"),
    # 1 + 3 = 4 parts of 28: pears 21
    ("Sue has 28 fruits, each an apple or a pear. The ratio of apples to pears is 1:3. How "
     "many pears does she have?", "21"),
    # 2 + 5 + 1 = 8 parts of 40: lemon 5
    ("A baker made a total of 40 cakes, and every cake was either lemon, chocolate or vanilla. "
     "The ratio of chocolate to vanilla to lemon cakes is 2:5:1. How many lemon cakes did she "
     "make?", "5"),
])
def test_a_clause_naming_every_kind(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a kind listed that the ratio does not name
    "Jen has 30 pets, and each pet is a cat, a dog or a bird. The ratio of cats to dogs is "
    "2:3. How many dogs does Jen have?",
    # a kind of the ratio missing from the list
    "Jen has 30 pets, and each pet is a cat or a dog. The ratio of cats to dogs to fish is "
    "2:3:5. How many dogs does Jen have?",
    # 'each' saying something else: a price
    "Jen has 30 pets, and each pet costs 5 dollars. The ratio of cats to dogs is 2:3. How "
    "many dogs does Jen have?",
])
def test_a_clause_naming_every_kind_near_misses(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    ("Share $80 between Kim and Lee in the ratio 3:5. How much does Lee get?", "50"),
    ("Divide $120 between Ana and Raj in the ratio 1:2. How much does Ana receive?", "40"),
    ("Pia, Quinn and Rob share $70 in the ratio 1:2:4. How much does Rob get?", "40"),
    ("Split 63 marbles in the ratio 2 : 7. How many are in the bigger share?", "49"),
    ("Share 36 stickers in the ratio 5:4. What is the smaller share?", "16"),
])
def test_shared_between_named_people(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "Share $60 between Amy and Ben in the ratio 2:3:4. How much does Ben get?",  # 3 parts
    "Share $60 between Amy and Ben in the ratio 2:3. How much does Carl get?",  # no such one
    "Share 50 apples in the ratio 2:5. What is the smaller share?",  # not whole
])
def test_shared_between_named_people_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize("problem", [
    # the shares change hands after the sharing (was answered 36; Ben has 31)
    "Share $60 between Amy and Ben in the ratio 2:3, then Ben gives Amy $5. How much does Ben "
    "have?",
    "Share $60 between Amy and Ben in the ratio 2:3. Ben spends $10. How much does Ben have?",
    "Amy and Ben share $60 in the ratio 2:3. Amy gives Ben $4. How much does Ben get?",
])
def test_a_share_that_changes_hands_afterwards_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize("problem", [
    # the question names a quantity built from a part, not the part (was answered 90: 150)
    "The angles of a triangle are in the ratio 1:2:3. What is the largest exterior angle?",
    # asked in another unit (was answered 90 degrees)
    "The angles of a triangle are in the ratio 1:2:3. What is the largest angle in radians?",
    "Two supplementary angles are in the ratio 7:2. What is the supplement of the smaller one?",
    "Two complementary angles are in the ratio 1:2. What is the complement of the larger "
    "angle's supplement?",
    "$120 is shared in the ratio 1:2:3. What is half of the largest share?",
])
def test_a_question_about_something_else_than_a_part_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    ("The measures of the angles of a triangle are in the ratio 1:2:3. How many degrees are in "
     "the largest angle?", "90"),
    ("Two supplementary angles are in the ratio 7:2. What is the measure of the smaller angle, "
     "in degrees?", "40"),
    (r"\$120 is shared in the ratio 1:2:3. What is the largest share?", "60"),
])
def test_a_part_asked_with_asking_words_only_is_answered(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a kind the ratio does not name (the whole, 40, was shown)
    "Red and blue marbles are in the ratio 3:5. There are 40 marbles. How many green marbles "
    "are there?",
    # a number left unread: the red and blue are 32 of the 40 (15 was shown, 12 is right)
    "Red and blue marbles are in the ratio 3:5. There are 40 marbles in total, including 8 "
    "green. How many red marbles are there?",
])
def test_a_kind_or_number_the_ratio_leaves_out_declines(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize("problem", [
    # 50 (dollars) was shown for the cents asked
    "Mia and Leo share $72 in the ratio 5:7. How many cents does Leo get?",
    "Mia and Leo share $72 in the ratio 5:7. How much does Mia get in euros?",
])
def test_share_asked_in_other_money_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_share_in_dollars_still_answered() -> None:
    assert_solved("Mia and Leo share $72 in the ratio 5:7. How much does Leo get?", "42")
