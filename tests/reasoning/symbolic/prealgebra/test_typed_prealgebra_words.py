"""Prealgebra readers of calculations said in words, rounding and answer forms: several
phrasings per capability, our own numbers (answers worked out by hand), and near misses
that must decline."""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.prealgebra import number_words

SOLVED = [
    # a calculation in words
    ("What is $\\frac{3}{7}$ divided by 6?", "\\frac{1}{14}"),
    ("Compute three-fifths divided by $\\frac{9}{10}$.", "\\frac{2}{3}"),
    ("What is two-thirds times three-fifths times five-sixths?", "\\frac{1}{3}"),
    ("Find five-fourths of $\\frac{8}{15}$.", "\\frac{2}{3}"),
    ("What is a quarter of 2.6? Express your answer as a common fraction.", "\\frac{13}{20}"),
    ("Find one-third of 12 times 5.", "20"),  # the same both ways it is read
    ("Calculate the sum of 2.5, 3.75 and 1.25.", "7.5"),
    ("Find the product of 36 and $\\frac{5}{12}$.", "15"),
    ("What is 7 more than the quotient of 30 and 4?", "\\frac{29}{2}"),
    ("What is 0.4 times 0.35?", "0.14"),
    ("Multiply 2 and one-half by 6.", "15"),
    ("Divide $3\\frac{3}{4}$ by $2\\frac{1}{2}$.", "\\frac{3}{2}"),
    ("What is the square of two-fifths?", "\\frac{4}{25}"),
    # subtraction said backwards, what is left
    ("How much is left when seven-twelfths is subtracted from five-fourths?", "\\frac{2}{3}"),
    ("Subtract 3.6 from 10.", "6.4"),
    ("What is 1.2 less than 5?", "3.8"),
    # what fraction of, how many ... in, of what number
    ("What fraction of 0.75 is two-fifths?", "\\frac{8}{15}"),
    ("$\\frac{2}{9}$ is what fraction of $\\frac{2}{3}$?", "\\frac{1}{3}"),
    ("How many one-fifths are in 3?", "15"),
    ("How many quarters are there in two and one-half?", "10"),
    ("Two-thirds of what number is 18?", "27"),
    # rounding
    ("Round 14.2649 to the nearest hundredth.", "14.26"),
    ("Round to the nearest tenth: 8.451", "8.5"),
    ("What is $\\frac{5}{7}$ rounded to the nearest thousandth?", "0.714"),
    ("Correct to three decimal places, what is the quotient of 4 and 11?", "0.364"),
    ("Find the sum of 9.27 and 3.846, rounded to the nearest tenth.", "13.1"),
    ("What is 2.3 times 4.7? Express your answer to the nearest whole number.", "11"),
    ("To the nearest hundred, what is 3476 plus 1289?", "4800"),
    ("Round 5349 to the nearest hundred.", "5300"),
    ("What is $0.\\overline{6}$ times 9?", "6"),
    # answer forms
    ("What is 2.35 expressed as a fraction?", "\\frac{47}{20}"),
    ("Write 0.625 as a common fraction.", "\\frac{5}{8}"),
    ("Express 5 and three-eighths as an improper fraction.", "\\frac{43}{8}"),
    ("What is $\\frac{7}{3}$ times $\\frac{5}{4}$? Express your answer as a mixed number.",
     "2\\frac{11}{12}"),
    ("Simplify the fraction $\\frac{36}{84}$.", "\\frac{3}{7}"),
    # the hands of a clock
    ("The time on an analog clock is 7:20. How many degrees are in the smaller angle between "
     "the hour hand and the minute hand?", "100"),  # 220 - 120
    ("What is the acute angle, in degrees, between the hands of a clock at 2 o'clock?", "60"),
    ("At 8:15 p.m., what is the measure of the larger angle between the minute hand and the "
     "hour hand of a clock?", "202.5"),  # 247.5 - 90 = 157.5 apart
    ("When a clock reads 10:48, how many degrees are in the smaller angle made by its hands?",
     "36"),  # 324 - 288
    ("To the nearest tenth of a degree, what is the lesser angle made by the two hands of a "
     "clock that shows 3:17?", "3.5"),  # 98.5 and 102
    # direct proportion, unit rates and conversions told as a story
    ("A train travels 60 miles per hour. How far does it travel in 90 minutes?", "90"),
    ("Sam reads 30 pages in 40 minutes. How many pages does he read in 2 hours?", "90"),
    ("A recipe uses 3 cups of flour for 2 cakes. How many cups of flour are needed for 5 "
     "cakes?", "\\frac{15}{2}"),
    ("Nadia can knit 4 scarves out of 10 balls of wool. How many scarves can she knit out of "
     "25 balls of wool?", "10"),
    ("A van goes 210 miles on 7 gallons of fuel. How far can it go on 5 gallons of fuel?", "150"),
    ("Two dozen bagels cost $\\$9.60$. How much would seven dozen of these bagels cost at the "
     "same rate?", "33.6"),
    ("It costs 4 cents to print 5 flyers. How many flyers can you print for $\\$6$?", "750"),
    ("Lena types 45 words per minute. How many minutes does it take her to type 1000 words? "
     "Express your answer to the nearest whole number.", "22"),
    ("How many inches are in 3.5 yards?", "126"),
    ("A car travels 150 miles in 3 hours. At this rate, how far will it travel in 5 minutes?",
     "\\frac{25}{6}"),  # 5 minutes is 1/12 hour
    ("How many minutes are there in 2.25 hours?", "135"),
    ("How many ounces are in a pound?", "16"),
    ("To make 10 muffins, I use 3 cups of milk. There are 2 cups in a pint. How many pints of "
     "milk do I need to make 25 muffins?", "\\frac{15}{4}"),
    ("There are about 2.2 pounds in a kilogram. To the nearest whole kilogram, how many "
     "kilograms are in 500 pounds?", "227"),
    # statements about means
    ("Given that 12 is the mean of the set $\\{4, 9, 15, x\\}$, what is $x$?", "20"),
    ("Suppose the average of the numbers 2, 9, 11 and 18 is equal to the average of $z$ and 16. "
     "Determine $z$.", "4"),
    ("Given that the arithmetic mean of the expressions $a-2$, $3a$ and $2a+8$ is $a+9$, "
     "determine $a$.", "7"),  # 2a + 2 = a + 9
    ("The arithmetic mean of the numbers 15 and $x$ is 21. What is the positive difference "
     "between 15 and $x$?", "12"),
    ("Suppose the arithmetic mean of eight numbers is 6.25. Determine the sum of these "
     "numbers.", "50"),
    ("To the nearest tenth, compute the mean of the integers from -6 through 13 inclusive.",
     "3.5"),  # 70 / 20
    ("Theo's test scores were 81, 77, 90 and 88. What was his mean score?", "84"),
    ("My quiz scores are 6, 9, 8, 10 and 7. What is my average score?", "8"),
    # two overlapping groups
    ("Of the 40 members of a club, 22 play chess, 15 play go and 6 play both. How many members "
     "play neither chess nor go?", "9"),  # 40 - (22 + 15 - 6)
    ("In a survey of 90 people, 50 like tea, 45 like coffee and 10 like neither. How many like "
     "both?", "15"),  # 90 - 10 = 80 = 50 + 45 - both
    ("There are 35 campers at a lake. 20 campers went canoeing, and 18 campers went hiking. 9 "
     "campers went both canoeing and hiking. How many campers did not go either canoeing or "
     "hiking?", "6"),
    ("There are 28 pupils in a class. All 28 pupils study at least one of French or Spanish. If "
     "17 pupils study French and 5 pupils study both languages, how many pupils study Spanish?",
     "16"),  # 28 = 17 + S - 5
    ("A shop has 60 customers. 25 customers bought bread and 30 bought milk. If only 45 "
     "customers bought bread and/or milk, how many customers bought both bread and milk?", "10"),
    ("Of the 80 guests at a party, 30 drank juice, 40 drank soda and 20 drank both. What percent "
     "of the guests drank neither juice nor soda?", "37.5"),
    # equations in words about letters
    ("Four more than twice $k$ is equal to 30. What is $k$?", "13"),
    ("Five less than three times $m$ equals 16. What is the value of $m$?", "7"),
    ("One-third of one-fourth of $M$ equals one-half of 18. Find $M$.", "108"),
    ("If $150\\%$ of $a$ equals $75\\%$ of $b$, and $a = 12$, what is the value of $b$?", "24"),
    ("Suppose that $u$ equals three-fourths of $v$ and $v$ equals one-sixth of $w$, and $w$ is "
     "48. Find $u$.", "6"),
    ("Nineteen increased by twice $w$ is 45. What is $w$?", "13"),
    # a whole shared in a ratio
    ("The ratio of cats to dogs at the shelter is 4:5. If there is a total of 54 animals, how "
     "many cats are there?", "24"),
    # a group word counts two kinds that split everyone ("students" are the boys and girls)
    ("In our class the ratio of girls to boys is 4:3, and there are 28 students. How many boys "
     "are there?", "12"),
    ("The ratio of women to men in the choir is 5 to 2. There are 63 people in the choir. How "
     "many women are there?", "45"),
    ("At the zoo the ratio of children to adults is 6:1. If there are 49 people, how many "
     "adults are there?", "7"),
    ("In a box, the number of pens and pencils is in the ratio of 2:7. If there are 14 pens, "
     "how many pencils are there?", "49"),
    ("A club has 5 juniors for every 2 seniors. If there are 35 members in the club, how many "
     "seniors are in the club?", "10"),
    ("The angles of a triangle are in the ratio 2:3:4. What is the measure, in degrees, of the "
     "largest angle?", "80"),
    ("Two supplementary angles are in the ratio 7:5. What is their positive difference in "
     "degrees?", "30"),
    ("A pair of complementary angles are in the ratio 8 to 7. What is the larger angle, in "
     "degrees?", "48"),
    ("Three partners split the profit in the ratio 1:2:4. The profit is 700 dollars. What is the "
     "largest share in dollars?", "400"),
    # successive percent changes
    ("A jacket originally priced at $\\$40$ is discounted $25\\%$. Later the sale price is "
     "reduced by $20\\%$ of the reduced price. What is the price now, in dollars?", "24"),
    ("A share price rises $50\\%$ in one year and then falls $20\\%$ of its value the next "
     "year. What was the overall percent increase?", "20"),
    ("A stock's price went up $25\\%$ in 2019. What percent would it have to go down to "
     "be back to its original price?", "20"),
    # a second change told as 'then by another' keeps the direction; 'marked down/up'
    ("A lamp priced at $\\$90$ is reduced by $20\\%$ and then by another $25\\%$. What is its "
     "price now, in dollars?", "54"),  # 90 * 0.8 * 0.75
    ("A $\\$70$ tent is marked down $10\\%$, then by a further $50\\%$. What is the overall "
     "percent decrease?", "55"),  # 0.9 * 0.5 = 0.45
    ("A $\\$40$ scarf is marked up $35\\%$. What is the new price in dollars?", "54"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_calculations_in_words_confirmed_and_never_refuted(problem, answer):
    assert_solved(problem, answer)


def test_mixed_number_is_given_as_asked():
    sol = solve_now("What is $\\frac{7}{3}$ times $\\frac{5}{4}$? Express your answer as a "
                    "mixed number.")
    assert sol.answer == "2\\frac{11}{12}"


def test_rounding_keeps_the_places_asked():
    assert solve_now("What is 1.375 plus 6.2248, to the nearest thousandth?").answer == "7.600"


@pytest.mark.parametrize("problem", [
    # 'another' change with no change told before it
    "A $\\$90$ lamp costs $20\\%$ more than a chair, and then by another $25\\%$. What is its "
    "price now?",
    "What is 2 plus 3 times 4?",  # (2+3)*4 or 2+3*4
    "What is 24 divided by 4 divided by 2?",
    "What is 10 minus 4 plus 3?",
    "What is about two-thirds of 9?",  # an unread word
    "What is 3 of 5?",  # "of" after a whole number
    "What is the difference between 2.5 and 7?",  # which way round is not said
    "To the nearest integer, what is $-7.5$?",  # halves of negatives round two ways
    "What is 5 divided by 0?",
    "What is $\\frac{1}{3}$ divided by 19, written as a decimal?",  # an 18-digit block
    "What is roughly 3.2 times 4.1 to the nearest tenth?",
    "What is the angle between the hands of a clock at 3:10?",  # which of the two angles
    "What is the acute angle between the hands of a clock at 5:00?",  # 150 is not acute
    "What is the smaller angle between the second hand and the hour hand at 3:10?",
    "What is the smaller angle between the hands of a clock 20 minutes after 3:10?",
    "What is the smaller angle between the hands of a 24-hour clock at 3:10?",
    "A car travels 150 miles in 3 hours. How far will it travel in 2 more hours?",
    "Two pens cost $\\$3$. How many pens can you buy with $\\$10$?",  # not a whole number
    "A plumber charges a $\\$30$ call-out fee and $\\$45$ for each hour. What does a 3-hour "
    "job cost?",  # a fixed part and a rate: not a proportion
    "A bus travels 40 miles in 1 hour and a car travels 50 miles in 1 hour. How far apart "
    "are they after 2 hours?",
    "The mean of 4, 9 and $x$ is 7. What is the value of $x$ if $x$ is not 8?",
    "The mean of $x$ and $x^2$ is 3. What is $x$?",  # two values
    "Suppose the arithmetic mean of eight numbers is 6.25. Determine the sum of all nine "
    "numbers.",
    "Theo's test scores were 81, 77, 90 and 88. What was his median score?",
    "Of the 40 members of a club, 22 play chess, 15 play go and 6 play both. How many play "
    "chess but not go?",
    "Of 50 students, 20 play chess, 15 play go, 10 play checkers and 5 play both chess and go. "
    "How many play neither?",  # a third group
    "Of the 10 students, 8 play chess, 7 play go and 1 plays both. How many play neither?",
    # the least overlap of tea and coffee is answered (combinatorics.overlap_bounds); milk is
    # not one of the two groups
    "In a survey of 90 people, 50 like tea and 45 like coffee. What is the least number who "
    "could like both tea and milk?",
    "What is twice 3 plus 4?",  # 14 or 10
    "Six plus three times $k$ is 24. What is $k$?",  # (6 + 3)k or 6 + 3k
    "Four more than twice $k$ is equal to 30. What is $j$?",
    "Four more than twice $k$ is nearly 30. What is $k$?",
    "The ratio of cats to dogs is 4:5. If 6 cats are added, how many dogs are there?",
    "The ratio of boys to girls in the club is 3:4. If there is a total of 30 students, how "
    "many girls are there?",  # not a whole number
    "The ratio of red beads to blue beads is 2:3. How many red beads are there?",
    # a group word that need not be only the two kinds, or that is not a group of people
    "The ratio of girls to boys in the class is 4:3. There are 28 teachers. How many boys are "
    "there?",
    "The ratio of cats to dogs is 2:5. If there are 28 animals, how many dogs are there?",
    "The ratio of men to children on the bus is 2:5. If there are 28 people, how many men are "
    "there?",
    "The ratio of girls to boys in the club is 4:3. There are 28 students. How many teachers "
    "are there?",
    "A coat is discounted $10\\%$ and then by $10\\%$ of the original price. What is the "
    "overall percent decrease?",
    "A price rises $10\\%$ and then falls $20\\%$. What was the overall percent increase?",
    "A car travels 60 miles per hour. How far does it go in an hour and a half?",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None


def test_rounding_is_half_up_and_checked_two_ways():
    assert number_words.rounded(Fraction(5, 2), 0)[0] == "3"
    assert number_words.rounded(Fraction(1234, 1), -2)[0] == "1200"
    assert number_words.rounded(Fraction(2, 3), 2) == ("0.67", Fraction(67, 100))
    with pytest.raises(Decline):
        number_words.rounded(Fraction(-5, 2), 0)


def test_shown_forms():
    assert number_words.shown(Fraction(43, 8), "mixed number") == "5\\frac{3}{8}"
    assert number_words.shown(Fraction(3, 8), "decimal") == "0.375"
    assert number_words.shown(Fraction(1, 7), "decimal") == "0.\\overline{142857}"
    with pytest.raises(Decline):  # an 18-digit block
        number_words.shown(Fraction(1, 19), "decimal")


@pytest.mark.parametrize("problem", [
    "There are 2 leap years in 8 consecutive years. How many leap years are in 100 "
    "consecutive years?",
    "There are 3 perfect squares among the first 10 positive integers. How many perfect "
    "squares are there among the first 100 positive integers?",
    "There are 6 vowels in the first 20 letters of a page. How many vowels are in its first "
    "300 letters?",
])
def test_things_counted_among_others_are_not_taken_as_proportional(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 1.4 * 0.5 = 0.7: a change of -30%, a decrease of 30%
    ("A price rises by 40% and then falls by 50%. What is the overall percent change?", "-30"),
    ("A price rises by 40% and then falls by 50%. What is the overall percent decrease?", "30"),
    # 1.1 * 1.1 = 1.21
    ("A price rises by 10% and then rises by 10%. What is the overall percent change?", "21"),
])
def test_an_overall_change_is_signed(problem, answer):
    assert_solved(problem, answer)
