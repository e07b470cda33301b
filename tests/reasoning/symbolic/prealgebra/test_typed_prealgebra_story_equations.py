"""Stories about things and people whose amounts are related, translated into equations
(prealgebra/story_equations.py): costs of things bought together, amounts held ("twice as many
as", "5 fewer than", "in total"), ages ("'s age", "the sum of their ages"), weights, and
percents of an unknown number. Our own stories, answers worked out by hand; near misses (an
unread "each", "how many more", "less than 5", a plural without a count, a person never
described, a fractional count, too few relations, a contradiction, "left", "other", "only",
an unknown unit) must decline."""

from __future__ import annotations

import re

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    (
        'A notebook and a pencil together cost $\\$2.40$. The notebook costs $\\$2$ more than '
        'the pencil. How much does the pencil cost?',
        "0.2",
    ),
    (
        'A mug and a plate cost $\\$13$ in all. The mug costs $\\$3$ less than the plate. What '
        'is the price of the plate?',
        "8",
    ),
    (
        'Together a lamp and its shade cost 75 dollars. The lamp costs twice as much as the '
        'shade. How many dollars does the shade cost?',
        "25",
    ),
    (
        'A kite costs 4 dollars more than a ball, and a kite and a ball together cost 18 '
        'dollars. How much does the kite cost?',
        "11",
    ),
    (
        'A hat costs three times as much as a scarf. The hat and the scarf together cost '
        '$\\$36$. What is the cost of the scarf?',
        "9",
    ),
    (
        'Nora buys three apples and two pears for $\\$2.90$, and Omar buys one apple and four '
        'pears for $\\$3.30$. How many cents does a pear cost?',
        "70",
    ),
    (
        'Ivy bought 2 pens and 3 erasers for $\\$4.50$. Max bought 1 pen and 5 erasers for '
        '$\\$4$. What is the cost of an eraser in dollars?',
        "0.5",
    ),
    (
        'Five muffins and two coffees cost $\\$13$. Two muffins and one coffee cost $\\$5.75$. '
        'How much does one coffee cost?',
        "2.75",
    ),
    (
        'A sandwich and two juices cost $\\$7$, and two sandwiches and a juice cost $\\$9.50$. '
        'How much does a sandwich cost?',
        "4",
    ),
    (
        'Leo has 4 more stickers than Mia. Together they have 30 stickers. How many stickers '
        'does Mia have?',
        "13",
    ),
    (
        'Rita has three times as many shells as Sam, and Sam has 5 fewer shells than Tia. In '
        'total, Rita, Sam and Tia have 55 shells. How many shells does Tia have?',
        "15",
    ),
    (
        'Pia has $k$ stamps, Quin has twice as many stamps as Pia, and Ravi has 6 more stamps '
        'than Quin. If in total Pia, Quin and Ravi have 51 stamps, what is the value of $k$?',
        "9",
    ),
    (
        'Dan has half as many coins as Eve. Together they have 27 coins. How many coins does '
        'Eve have?',
        "18",
    ),
    (
        'Omar has 7 fewer books than Lina. Lina and Omar have 41 books altogether. How many '
        'books does Lina have?',
        "24",
    ),
    ("Together Ana and Ben are 48 years old, and Ana's age is three times Ben's age. Find Ben's "
     "age.", "12"),
    ("Carl is 8 years older than Dora, and the sum of their ages is 50. How old is Dora?", "21"),
    ("Eli is twice as old as Finn. Their combined ages are 39. How old is Eli?", "26"),
    (
        "Gus's age is 5 years less than twice Hal's age. The sum of their ages is 61. What is "
        "Gus's age?",
        "39",
    ),
    ("Jo is 4 years younger than Kay. Together they are 36 years old. How old is Kay?", "20"),
    ("If 40$\\%$ of a number is 18, what is the number?", "45"),
    ("Twelve is 15$\\%$ of what number?", "80"),
    ("Forty-five percent of 20 is equal to 30$\\%$ of a number. Find the number.", "30"),
    ("What number is 60$\\%$ of 45?", "27"),
    ("If 3 more than twice a number is 29, what is the number?", "13"),
    (
        'A puppy weighs 6 pounds more than a kitten. Together they weigh 20 pounds. How many '
        'pounds does the kitten weigh?',
        "7",
    ),
    (
        'A box and a bag together weigh 30 pounds, and the box weighs four times as much as '
        'the bag. How much does the bag weigh?',
        "6",
    ),
    (
        'A melon weighs as much as two apples and a pear. A pear weighs 3 ounces more than an '
        'apple, and an apple and a pear together weigh 13 ounces. How much does the melon '
        'weigh?',
        "18",
    ),
    ("If 30$\\%$ of a number is 12 more than the number, what is the number?", "-\\frac{120}{7}"),
    ("Nina's test score was 12 points higher than Omar's, and the average of their two scores "
     "was 80. What was Nina's score?",
     '86'),
    ("Raj's height is 30 centimeters more than Sue's height, and the sum of their heights is "
     "310 centimeters. What is Sue's height?",
     '140'),
    ("Two of the jars together weigh 30 pounds, and a jar weighs as much as five identical "
     "cans. How many pounds does one of the cans weigh?", "3"),
    ("Lin and her grandfather are 90 years old in all. Lin is 54 years younger than her "
     "grandfather. How many years old is Lin?", "18"),
    ("Leah's score was 15 points less than Mark's. The mean of their scores was 70. What was "
     "Mark's score?",
     '77.5'),
    ('Four identical chairs cost the same as a table. If two of the chairs cost a total of '
     '$\\$90$, how much does the table cost?',
     '180'),
    ("Ann's dog and Bo's dog weigh 50 pounds together, Bo's dog and Cal's dog weigh 44 pounds "
     "together, and Cal's dog and Dee's dog weigh 38 pounds together. How many pounds do Ann's "
     "dog and Dee's dog weigh together?",
     '44'),
    ('A mug and a bowl together cost $\\$9$, a bowl and a plate together cost $\\$11$, and a '
     'plate and a cup together cost $\\$8$. How much do a mug and a cup cost together?',
     '6'),
    ('Two pens and a notebook cost $\\$7$. A notebook costs $\\$1$ more than a pen. Find the '
     'cost of a pen.',
     '2'),
    ('The combined weight of a cat and a dog is 30 pounds. The dog weighs 4 times as much as '
     'the cat. What is the weight of the cat?',
     '6'),
    ("The sum of Ann's age and Bo's age is 40, and Ann is 6 years older than Bo. How old is Ann?",
     '23'),
    ("Kim is three times as old as her son. Together their ages are 52. How old is Kim's son?",
     '13'),
    ('A sweater costs $\\$12$ more than a shirt. If the sweater costs $\\$30$, how much does '
     'the shirt cost?',
     '18'),
    ('Maria has 3 times as much money as Jose. Together they have $\\$48$. How much money does '
     'Jose have?',
     '12'),
    ('The price of a cake is 4 times the price of a pie. A cake and a pie cost $\\$25$ '
     'together. What is the price of the pie?',
     '5'),
    ('A bat and a ball cost $\\$1.10$ in total. The bat costs $\\$1.00$ more than the ball. '
     'How much does the ball cost?',
     '0.05'),
    ('Three less than four times a number is 25. What is the number?',
     '7'),
    ('Eva weighs 12 pounds less than Finn, and Finn weighs 80 pounds. How much does Eva weigh?',
     '68'),
    ('A lamp costs $\\$15$ less than a desk. The desk and the lamp cost $\\$85$ altogether. '
     'What is the cost of the desk, in dollars?',
     '50'),
    ('Jack has twice as many cards as Jill, and Jill has 8 more cards than Sam. Sam has 10 '
     'cards. How many cards do Jack, Jill and Sam have in all?',
     '64'),
    ('The total cost of 3 shirts and 2 ties is $\\$80$. Each shirt costs $\\$10$ more than '
     'each tie. How much does a tie cost?',
     '10'),
    ('Olga is 4 years older than Pete. Five years ago, Olga was twice as old as Pete. How old '
     'is Pete now?',
     '9'),
    # how many more: a difference of two amounts
    ('Leo has 4 more stickers than Mia. Together they have 30 stickers. How many more stickers '
     'does Leo have than Mia?',
     '4'),
    ('Gia has twice as many beads as Hal, and together they have 45 beads. How many fewer '
     'beads does Hal have than Gia?',
     '15'),
    ('A pen and a pad cost $\\$5$ together, and the pad costs 4 times as much as the pen. How '
     'much more does the pad cost than the pen?',
     '3'),
    ('Ula is three times as old as Vic, and the sum of their ages is 48. How many years older '
     'is Ula than Vic?',
     '24'),
    ('A crate weighs 5 times as much as a box. Together they weigh 60 pounds. How many more '
     'pounds does the crate weigh than the box?',
     '40'),
    # an unknown number
    ("If half of a number is 14 more than a third of the number, what is the number?", "84"),
    ("A number is 12 more than one-third of itself. What is the number?", "18"),
    ("Seventy is 35$\\%$ of what number?", "200"),
    # costs and weights of things counted in several
    ('An adult ticket costs $\\$5$ more than a child ticket. Two adult tickets and three child '
     'tickets cost $\\$40$ in all. How much does a child ticket cost?',
     '6'),
    ('A sofa costs 9 times as much as a lamp, and the sofa costs $\\$360$ more than the lamp. '
     'What is the price of the lamp?',
     '45'),
    ('Two notebooks cost as much as three pens. A notebook costs $\\$1.50$. How many cents '
     'does a pen cost?',
     '100'),
    ('A bag of rice weighs 3 pounds more than a bag of beans. Four bags of rice and two bags '
     'of beans weigh 42 pounds. How much does a bag of beans weigh?',
     '5'),
]

NEAR_MISSES = [
    # twice (a number decreased by 7), or (twice a number) decreased by 7?
    'If twice a number decreased by 7 is 13, what is the number?',
    # a thing of a person's is not the person
    "Ola's brother is 5 years older than Ola, and the sum of their ages is 31. How old is Ola's "
    "sister?",
    # the asked pair is not fixed by the pairs told
    "A mug and a bowl together cost $\\$9$, and a bowl and a plate together cost $\\$11$. How "
    "much do a mug and a plate cost together?",
    # "together" asked of one thing
    "A kite costs 4 dollars more than a ball, and together they cost 18 dollars. How much does "
    "the kite cost together?",
    # a list without "together": each of them, or both?
    "Ana and Ben are 20 years old, and Ana is 4 years older than Ben. How old is Ben?",
    # the story is told in the past, the question asks about now
    "Ivo had 6 more cards than Uma, and together they had 40 cards. How many cards does Uma "
    "have?",
    'The pens cost $\\$2$ each and a ruler costs $\\$3$ more than a pen. How much does the '
    'ruler cost?',
    # the question says Leo has more; the story says Mia has
    "Leo has 4 fewer stickers than Mia. Together they have 30 stickers. How many more stickers "
    "does Leo have than Mia?",
    'A mug costs less than 5 dollars and a plate costs 3 dollars more than the mug. How much '
    'does the plate cost?',
    'The drinks cost $\\$6$ and a sandwich costs twice as much as one drink. How much does the '
    'sandwich cost?',
    "Ann has 3 more marbles than Bo. Together they have 21 marbles. How many marbles does Cy have?",
    'Leo has 4 more stickers than Mia. Together they have 31 stickers. How many stickers does '
    'Mia have?',
    "A notebook and a pencil together cost $\\$3$. How much does the pencil cost?",
    'A hat costs $\\$5$ more than a scarf, and the scarf costs $\\$2$ more than the hat. How '
    'much does the hat cost?',
    'Leo has 4 more stickers than Mia. Together they have 30 stickers. How many stickers does '
    'Mia have left?',
    'A pen costs $\\$1$ more than a pencil. The other pen and the pencil cost $\\$3$. How much '
    'does the pencil cost?',
    'Leo has 4 stickers more than Mia has. Together they have 30 stickers. How many stickers '
    'does Mia have?',
    "Ann is 5 years older than Bo. Their ages add up to 21 years. How old will Bo be?",
    'A kite costs 4 dollars more than a ball, and a kite and a ball together cost 18 dollars. '
    'How much does the kite cost in euros?',
    "Jo has 10 more coins than Al, and Al has 12 fewer coins than Jo. How many coins does Al have?",
    'A sack of rice weighs 20 pounds more than a sack of flour. Together they weigh 12 pounds. '
    'How much does the sack of flour weigh?',
    'Only a pen and a pencil together cost $\\$3$, and the pen costs $\\$1$ more. How much '
    'does the pencil cost?',
    'Kim has twice as many cards as Lu. Lu has 6 cards. Each of them gives away 2 cards. How '
    'many cards does Kim have?',
]


SOLVED += [
    # a group counted, then named one by one: g + h + l = 300, g + h = 2l, g + l = h
    ("A goat and two pigs together weigh 300 pounds. The goat and the heavier pig together "
     "weigh twice as much as the lighter pig, and the goat and the lighter pig together weigh "
     "exactly the same as the heavier pig. How many pounds does the goat weigh?", "50"),
    # l + a + b = 110, a = l + 10, b = 2l
    ("A lamp and two chairs together cost 110 dollars. The larger chair costs 10 dollars more "
     "than the lamp, and the smaller chair costs twice as much as the lamp. How many dollars "
     "does the smaller chair cost?", "50"),
    ("A box weighs exactly 4 pounds more than a bag. Together they weigh 20 pounds. How many "
     "pounds does the bag weigh?", "8"),
]

NEAR_MISSES += [
    # the group's members are not both named by size
    "A goat and two pigs together weigh 300 pounds. The goat and the heavier pig together "
    "weigh twice as much as the black pig, and the goat and the black pig together weigh the "
    "same as the heavier pig. How many pounds does the goat weigh?",
    # three pigs, two named
    "A goat and three pigs together weigh 300 pounds. The goat and the heavier pig together "
    "weigh twice as much as the lighter pig, and the goat and the lighter pig together weigh "
    "the same as the heavier pig. How many pounds does the goat weigh?",
    # "a pig" as well: which one
    "A goat and two pigs together weigh 300 pounds. The goat and the heavier pig together "
    "weigh twice as much as the lighter pig, and a pig weighs 20 pounds more than the goat. "
    "How many pounds does the goat weigh?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_story_equations_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_story_equations_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # a percent increase scales: 1.25 n = 60 (once read n + 0.25 = 60, an answer shown wrong)
    ("A number increased by 25% is 60. What is the number?", "48"),
    ("A number decreased by $40\\%$ is 45. What is the number?", "75"),
    ("Thirty percent more than a number is 91. What is the number?", "70"),
    ("A number increased by 12 is 60. What is the number?", "48"),  # a plain number adds
])
def test_percent_changes_in_word_equations(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 80 plus 25%: 80.25 or 100 (a calculator's reading): two readings, declined
    "What is 80 plus 25%?",
    "A number plus 25% is 60. What is the number?",
])
def test_a_percent_added_to_a_number_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # the unit asked after a comma: 5 notebooks at 60/3 cents each; $2.50 / 5 * 8 in cents
    ("If 3 erasers cost 60 cents, how much do 5 erasers cost, in cents?", "100"),
    ("If 5 mugs cost $\\$2.50$, how much do 8 mugs cost, in cents?", "400"),
])
def test_the_unit_asked_after_a_comma(problem, answer):
    assert_solved(problem, answer)


def test_a_relation_rewritten_as_tex_is_shown_as_maths_only() -> None:
    # a = b/3, b = c/4, c = 120: a = 10; the words "one-third the value of" were rewritten
    # to TeX for the reader, and that rewriting is not shown as the story's words
    sol = solve_now("The value of $a$ is one-third the value of $b$, and the value of $b$ is "
                    "one-fourth the value of $c$. If $c$ is 120, what is the value of $a$?")
    assert sol.answer == "10"
    for s in sol.steps:
        assert "\\" not in re.sub(r"\$[^$]*\$", "", s.text), s.text
