"""One pick from each of two sources and an event about both results
(`combinatorics.two_source_picks`). Our own problems; each answer worked out by hand in the
comment beside it."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

_KIM_JO = ("Kim selects a number at random from 1 to 12, inclusive, and Jo selects a number at "
           "random from 1 to 5, inclusive. What is the probability that ")
_ANA_RAJ = ("Ana picks a number at random from 1 to 8, inclusive, and Raj picks a number at "
            "random from 3 to 10, inclusive. What is the probability that ")
_BOXES = ("Box $A$ contains 8 cards numbered 1 through 8 and box $B$ contains 6 cards numbered "
          "{} through {}. A card is drawn at random from each box. What is the probability that ")


@pytest.mark.parametrize(("problem", "answer"), [
    # Bob 2 beats Amy 1 only; 4 and 6 beat all three: 7 of 9
    ("Amy picks a number at random from $\\{1,2,3\\}$ and Bob picks a number at random from "
     "$\\{2,4,6\\}$. What is the probability that Bob's number is greater than Amy's?",
     "\\frac{7}{9}"),
    # Amy 3, 4, 5 beat 1, 2, 3 of Bob's numbers: 6 of 15
    ("Amy picks a number at random from the set $\\{1,2,3,4,5\\}$. Bob picks a number at random "
     "from the set $\\{2,3,4\\}$. What is the probability that Amy's number is greater than Bob's "
     "number?", "\\frac{2}{5}"),
    # for a card b of B, 8 - b cards of A are larger: 27 of 48
    (_BOXES.format(1, 6) + "the card from box $A$ is greater than the card from box $B$?",
     "\\frac{9}{16}"),
    # 4 of 8 even, 2 of 5..10 under 7: 8 of 48
    (_BOXES.format(5, 10) + "the card from box $A$ is even and the card from box $B$ is less "
     "than 7?", "\\frac{1}{6}"),
    # one even and one odd number in each pair of boxes' parities: half the pairs
    ("Ten tiles numbered 1 through 10 are placed into box $A$. Ten other tiles numbered 11 "
     "through 20 are placed into box $B$. One tile is randomly drawn from each box. What is the "
     "probability that the sum of the two numbers is even?", "\\frac{1}{2}"),
    # differences of 1 between 1..6 and 2..5: two for each card of Y, 8 of 24
    ("Six cards numbered 1 to 6 are put in bag $X$ and four cards numbered 2 to 5 are put in bag "
     "$Y$. A card is drawn at random from each bag. What is the probability that the positive "
     "difference of the two numbers is 1?", "\\frac{1}{3}"),
    # for Lea's d, 10 - d of Max's numbers are larger: 39 of 60
    ("Lea rolls a fair die and Max picks an integer at random from 1 to 10, inclusive. What is "
     "the probability that Max's number is greater than Lea's roll?", "\\frac{13}{20}"),
    # both odd: 3/6 and 4/8
    ("Lea rolls a standard die. Max rolls a fair 8-sided die. What is the probability that the "
     "product of their numbers is odd?", "\\frac{1}{4}"),
    (_KIM_JO + "their sum is a multiple of 4?", "\\frac{1}{4}"),  # 3 of Kim's 12 for each
    (_KIM_JO + "Kim's number is equal to Jo's?", "\\frac{1}{12}"),  # 5 of 60
    # |k - j| <= 2: Jo 1..5 meet 3, 4, 5, 5, 5 of Kim's: 22 of 60
    (_KIM_JO + "the positive difference of their numbers is at most 2?", "\\frac{11}{30}"),
    # sums 3, 4, 5, 5, 6, 7 against products 2, 3, 6: 6 + 5 + 1 of 18
    ("Tia picks two different numbers at random from the set $\\{1,2,3,4\\}$ and adds them. Gus "
     "picks two different numbers at random from the set $\\{1,2,3\\}$ and multiplies them. What "
     "is the probability that Tia's result is greater than Gus' result?", "\\frac{2}{3}"),
    # odd only when both odd: 1 - (2/4)(2/3)
    ("Tia spins a spinner with 4 equal sections numbered 1 through 4. Gus spins a spinner with 3 "
     "equal sections numbered 1 through 3. What is the probability that the product of their "
     "numbers is even?", "\\frac{2}{3}"),
    # for Gus's g, 7 - g faces are at least g: 20 of 30
    ("Gus spins a spinner with 5 congruent sectors numbered 1 to 5 and Tia rolls a standard die. "
     "What is the probability that Tia's roll is at least Gus's?", "\\frac{2}{3}"),
    ("Ana picks a number at random from 1 to 8, inclusive, and Raj picks a number at random from "
     "1 to 8, inclusive. What is the probability that they pick the same number?", "\\frac{1}{8}"),
    # Ana 1..4 meet one of Raj's at distance 2, Ana 5..8 two: 12 of 64
    (_ANA_RAJ + "their numbers differ by 2?", "\\frac{3}{16}"),
    (_ANA_RAJ + "the difference between their numbers is 3?", "\\frac{5}{32}"),  # 10 of 64
    # said once for both: "each pick"; 45 of the 100 pairs have Ann's larger
    ("Ann and Ben each pick a number at random from 1 to 10, inclusive. What is the probability "
     "that Ann's number is greater than Ben's?", "\\frac{9}{20}"),
    ("Cleo and Dev each choose a number at random from the set $\\{1, 3, 5, 7\\}$. What is the "
     "probability that they pick the same number?", "\\frac{1}{4}"),
    # 4 neighbouring pairs, each in two orders, of 25
    ("Cleo and Dev each spin a spinner with 5 equal sections numbered 1 through 5. What is the "
     "probability that their numbers differ by 1?", "\\frac{8}{25}"),
])
def test_one_pick_from_each_of_two_sources(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # one person twice: the picks may or may not be the same number
    _KIM_JO.replace("Jo selects", "Kim selects") + "their sum is a multiple of 4?",
    # a result of a person who picks nothing
    _KIM_JO + "Kim's number is greater than Ann's?",
    # a condition left unread
    _KIM_JO + "their sum is a multiple of 4 or more?",
    _ANA_RAJ + "they pick the same number twice?",
    # 8 cards cannot be numbered 1 through 9
    _BOXES.replace("8 cards numbered 1 through 8", "8 cards numbered 1 through 9").format(1, 6)
    + "the card from box $A$ is greater than the card from box $B$?",
    # two cards from each box
    _BOXES.format(1, 6).replace("A card is drawn", "Two cards are drawn")
    + "the card from box $A$ is greater than the card from box $B$?",
    # a box the problem does not have
    _BOXES.format(1, 6) + "the card from box $C$ is greater than the card from box $B$?",
    # two numbers picked by one person, not combined
    "Kim selects two numbers at random from 1 to 12, inclusive, and Jo selects a number at "
    "random from 1 to 5, inclusive. What is the probability that their sum is a multiple of 4?",
    # 'either ... or' may be read as excluding both
    _BOXES.format(5, 10) + "the card from box $A$ is either even or greater than 5?",
    "Cleo and Cleo each choose a number at random from the set $\\{1, 3, 5, 7\\}$. What is the "
    "probability that they pick the same number?",
    "Cleo and Dev each choose two numbers at random from the set $\\{1, 3, 5, 7\\}$. What is the "
    "probability that they pick the same number?",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 8 of 8 pairs with both 1..8 equal: 8 of 64
    ("Lena and Omar each pick a whole number from 1 to 8, independently and at random. What is "
     "the probability that they pick the same number?", "\\frac{1}{8}"),
    # Lena below Omar: (1+2+3+4+5+6)/36 = 15/36
    ("Lena and Omar each independently choose a number from 1 to 6 at random. What is the "
     "probability that Lena's number is less than Omar's number?", "\\frac{5}{12}"),
    # unnamed people: the first above the second in 1..8: 28 of 64
    ("Two people each choose a number from 1 to 8 at random. What is the probability that the "
     "first person's number is greater than the second person's number?", "\\frac{7}{16}"),
    # sums of 1..4 and 1..4 equal to 5: 4 of 16
    ("Two friends each pick an integer from 1 to 4 at random. What is the probability that the "
     "sum of their numbers is 5?", "\\frac{1}{4}"),
    # first at least second in 1..5: 15 of 25
    ("Two students each independently select a number from 1 to 5. What is the probability "
     "that the first student's number is at least the second student's number?", "\\frac{3}{5}"),
])
def test_people_said_together(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a third friend the problem does not have
    "Two friends each pick an integer from 1 to 6 at random. What is the probability that the "
    "third friend's number is 2?",
    # three people: not two sources
    "Three friends each pick an integer from 1 to 6 at random. What is the probability that the "
    "sum of their numbers is 7?",
    # without replacement from one set: not independent
    "Two people each choose a number from 1 to 10, without replacement. What is the probability "
    "that the first person's number is greater than the second person's number?",
])
def test_people_said_together_near_misses_decline(problem):
    assert solve_now(problem).answer is None


_SPINNERS = ("Two spinners are spun. The first is divided into {} equal sections numbered 1 "
             "through {} and the second into {} equal sections numbered 1 through {}. What is the "
             "probability that ")


@pytest.mark.parametrize(("problem", "answer"), [
    # odd products need both odd: 3/6 * 2/4 = 1/4 odd, so 3/4 even
    (_SPINNERS.format(6, 6, 4, 4) + "the product of the two numbers is even?", "\\frac{3}{4}"),
    # sums of 1..3 and 1..5 equal to 4: (1,3) (2,2) (3,1): 3 of 15
    (_SPINNERS.format(3, 3, 5, 5) + "the sum of the two numbers is 4?", "\\frac{1}{5}"),
    # first (1..4) above second (1..3): 0 + 1 + 2 + 3 = 6 of 12
    ("Two spinners are spun. The first spinner is divided into 4 equal sections numbered 1 "
     "through 4, and the second spinner is divided into 3 equal sections numbered 1 through 3. "
     "What is the probability that the first spinner's number is greater than the second "
     "spinner's number?", "\\frac{1}{2}"),
])
def test_two_different_spinners(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a spinner the problem does not have
    _SPINNERS.format(4, 4, 3, 3) + "the third spinner's number is 2?",
    # 4 sections cannot be numbered 1 through 5
    _SPINNERS.format(4, 5, 3, 3) + "the sum of the two numbers is 4?",
])
def test_two_different_spinners_near_misses_decline(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # box X: 3..12 (10), at most 6: 4 -> 2/5; box Y: 1..20, a multiple of 7 or greater than
    # 17 (no number is both): 7, 14, 18, 19, 20 -> 1/4; 2/5 * 1/4 = 1/10
    ("Box $X$ holds tiles numbered $3$ through $12$ and box $Y$ holds tiles numbered $1$ "
     "through $20$. A tile is drawn at random from each box. What is the probability that the "
     "tile from box $X$ is at most $6$ and the tile from box $Y$ is either a multiple of $7$ "
     "or greater than $17$?", "1/10"),
    # numbers shared by 1..12 and 1..9: 9 pairs of 108
    ("Box A has 12 cards numbered 1 through 12 and box B has 9 cards numbered 1 through 9. "
     "One card is drawn at random from each box. What is the probability that the two cards "
     "show the same number?", "1/12"),
    # boxes told apart as one and another: a > b for b = 1..5 over 1..8: 7+6+5+4+3 = 25 of 40
    ("Cards numbered 1 through 8 are in one box and cards numbered 1 through 5 are in another "
     "box. One card is drawn at random from each box. What is the probability that the card "
     "from the first box is greater than the card from the second box?", "5/8"),
    # first bag 11..30 odd: 10/20; second bag 1..10 at least 7: 4/10; 1/2 * 2/5 = 1/5
    ("Tiles numbered 11 to 30 are in one bag and tiles numbered 1 to 10 are in another bag. "
     "One tile is drawn at random from each bag. What is the probability that the tile from "
     "the first bag is odd and the tile from the second bag is at least 7?", "1/5"),
])
def test_either_or_and_same_number(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 'either ... or' where 20 is both: one or both, or only one?
    "Box A has 12 cards numbered 1 through 12 and box B has 20 cards numbered 1 through 20. One "
    "card is drawn at random from each box. What is the probability that the card from box B "
    "is either a multiple of 5 or greater than 17?",
    # a third box the problem does not have
    "Cards numbered 1 through 8 are in one box and cards numbered 1 through 5 are in another "
    "box. One card is drawn at random from each box. What is the probability that the card "
    "from the third box is even?",
    # 'either' with 'and': not one or the other
    "Box A has 12 cards numbered 1 through 12 and box B has 9 cards numbered 1 through 9. One "
    "card is drawn at random from each box. What is the probability that the card from box A "
    "is either even and greater than 4?",
    # the count of tiles does not match their numbers
    "Box A has 10 cards numbered 1 through 12 and box B has 9 cards numbered 1 through 9. One "
    "card is drawn at random from each box. What is the probability that the two cards show "
    "the same number?",
])
def test_either_and_counts_near_misses_decline(problem):
    assert solve_now(problem).answer is None
