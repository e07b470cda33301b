"""Counting, number-theory and geometry shapes: right answers with verified steps, and
declines for near misses."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.verify.answers import equivalent
from tutor.verify.api import check_steps
from tutor.verify.verdict import Verdict

SOLVED = [
    ("What is 95 mod 6?", "5"),
    ("Find the remainder when the sum $2 + 4 + 6 + 8 + 10 + 12 + 14 + 16$ is divided by 7.",
     "2"),
    (r"Compute $(3+33+333) \bmod 11$.", "6"),
    ("Find the unique integer $n$ that satisfies $0\\le n<9$ and $n\\equiv -2024 \\pmod{9}$.",
     "1"),
    (r"Find $11^{-1}\pmod{26}$. Express your answer as a residue from $0$ to $25$, inclusive.",
     "19"),
    ("What is the modular inverse of $5$ modulo $23$? Give an answer from $0$ to $22$.", "14"),
    ("How many zeroes are at the end of $100!$?", "24"),
    ("What is the probability that a randomly selected integer between 1 and 60, inclusive, is "
     "a multiple of 7?", r"\frac{2}{15}"),
    ("What is the probability that a randomly selected integer between 1 and 120, inclusive, "
     "is a multiple of 3?", r"\frac{1}{3}"),
    ("How many integers from 1 to 300 are divisible by both 6 and 9?", "16"),
    ("How many positive divisors do $150$ and $210$ have in common?", "8"),  # gcd 30
    ("Convert $555_{6}$ to base 10.", "215"),
    ("In how many ways can 4 pupils be chosen from a class of 10 pupils?", "210"),
    ("How many different arrangements of the letters of the word LETTER are there?", "180"),
    ("Count the arrangements of the letters of the word CLOUD.", "120"),
    ("In how many ways can 7 different balls be put into 2 identical boxes?", "64"),  # 2^7 / 2
    ("In how many ways can 9 identical balls be put into 3 identical boxes?", "12"),
    # partitions of 9 into at most 3 parts
    ("In how many ways can 6 indistinguishable balls be distributed among 4 distinguishable "
     "boxes?", "84"),  # C(9, 3)
    ("In how many ways can 4 distinguishable balls be placed in 3 distinguishable boxes?",
     "81"),
    ("Six people sit around a round table. In how many ways can they be seated?", "120"),
    ("How many ways are there to seat 8 people around a round table if Cara and Dev must sit "
     "next to each other? (Two seatings are the same if one is a rotation of the other.)",
     "1440"),
    # the note a sentence of its own, with an "if" inside it: 2 * 5! = 240
    ("In how many ways can 7 people sit around a round table if two particular people must "
     "sit next to each other? Two seatings are considered the same if one is a rotation of the "
     "other.", "240"),
    # who they are said first: 7 people around a table, 6! = 720; 4 in a row with the 2
    # sisters together: 3! * 2! = 12; 6 in a row: 720
    ("A council has 4 Democrats and 3 Republicans. In how many ways can they sit around a "
     "circular table without restrictions?", "720"),
    ("A family has 2 brothers and 2 sisters. In how many ways can they stand in a row if the "
     "sisters must stand together?", "12"),
    ("There are 6 students in a club. In how many ways can they line up?", "720"),
    # the note a clause of the question: 6! / 2 = 360
    ("In how many ways can 7 people sit around a round table if rotations and reflections are "
     "considered the same?", "360"),
    ("In how many ways can 4 boys and 3 girls stand in a row if the 3 girls must stand "
     "together?", "720"),
    ("In how many ways can a committee of 3 be chosen from 9 people?", "84"),
    ("I have 5 ties, 4 shirts, and 3 pairs of pants. How many outfits can I make consisting of "
     "one tie, one shirt, and one pair of pants?", "60"),
    ("What is the area of the triangle whose sides measure 9, 10 and 17?", "36"),
    ("How many sides does a regular polygon have if each of its interior angles is "
     "$156^\\circ$?", "15"),
    (r"Suppose $m \equiv 4 \pmod{7}$. Find the remainder when $(m + 2)(m + 5)(2m + 1)(m^2 + 3)$ "
     r"is divided by $7$.", "1"),
    ("What is the smallest positive integer that leaves a remainder of 2 when divided by 4, a "
     "remainder of 3 when divided by 5, a remainder of 4 when divided by 9, and a remainder of "
     "1 when divided by 7?", "778"),
    ("What is the largest integer less than 500 that has a remainder of 2 when divided by 9 "
     "and a remainder of 4 when divided by 11?", "488"),
    ("Compute the sum of all of the positive divisors of $252$.", "728"),  # 7 * 13 * 8
    ("Compute the sum of the distinct prime divisors of $1870$.", "35"),  # 2 + 5 + 11 + 17
    ("Find the greatest prime that divides 3927.", "17"),  # 3 * 7 * 11 * 17
    ("How many different prime divisors does $4290$ have?", "5"),  # 2, 3, 5, 11, 13
    (r"What is the constant term in the expansion of "
     r"$\left(\frac{x^2}{3} - \frac{6}{x}\right)^{9}$?", "145152"),
    (r"What is the coefficient of $x^4$ in the expansion of "
     r"$\left(\frac{x}{2} - 5\right)^{7}$?", r"-\frac{4375}{16}"),  # 35 / 16 * (-125)
    (r"What integer $n$ satisfies $0.3 < \frac{n}{8} < 0.5$?", "3"),
    ("Find the positive solution of $x(x+2) = 168$.", "12"),
    ("In how many ways can 7 people be seated at a round table if no two of the 3 people Ann, "
     "Ben and Cy may sit side by side?", "144"),
    ("Find the smallest positive integer solution to the congruence $7n + 3 \\equiv 5 "
     "\\pmod{11}$.", "5"),
    ("How many positive divisors do $2520$ and $6600$ have in common?", "16"),  # gcd 120
    ("How many positive multiples of 7 are less than 150?", "21"),
    ("How many positive integers less than 100 are divisible by 6?", "16"),
    ("The point $(1,2)$ is reflected over the line $x=3$. Its image is then reflected over the "
     "line $y=-1$. What is the resulting point?", "(5,-4)"),
    ("Compute the sum of all of the positive divisors of $85$.", "108"),  # 1 + 5 + 17 + 85
    ("Two fair 6-sided dice are rolled. What is the probability that the sum rolled is 9?",
     "\\frac{1}{9}"),
    ("Two fair dice are rolled. What is the probability that the sum of the numbers rolled is "
     "at least 5?", "\\frac{5}{6}"),
    ("A fair coin is flipped 7 times. What is the probability of getting exactly 2 heads?",
     "\\frac{21}{128}"),
    ("How many ways are there to choose 3 books from a shelf of 9 books?", "84"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_counting_shapes_answer_with_every_step_checked(problem, answer):
    sol = solve_now(problem)
    assert sol.answer is not None, sol.detail
    assert equivalent(answer, sol.answer), sol.answer
    assert sol.steps and all(s.rule and s.hint and "$" in s.text for s in sol.steps)
    verdicts = check_steps(problem, [s.text for s in sol.steps])
    # every step states a claim the checker confirms (some also state one it cannot read,
    # such as an interval, which leaves that step "partly checked"), and none is refuted
    assert all(v.verdict is Verdict.VERIFIED or v.partly for v in verdicts), [
        (s.text, v.verdict) for s, v in zip(sol.steps, verdicts, strict=True)]


@pytest.mark.parametrize("problem", [
    # the range is not one full set of residues
    "Find the unique integer $n$ that satisfies $0\\le n<6$ and $n\\equiv -2024 \\pmod{9}$.",
    # 15 has no inverse modulo 21
    "Find the inverse of $15$ modulo $21$, as a residue between $0$ and $20$.",
    # the answer range is not 0..m-1
    "Find the inverse of $11$ modulo $26$, as a residue between $1$ and $26$.",
    # reflections change the count
    "Seven guests are seated around a circular table. How many seatings are there if two are "
    "considered identical when one is a reflection of the other?",
    # the names do not match the count
    "Seven people are seated at a round table, and 3 of them -- Ann and Bob -- must sit "
    "together. In how many ways can they be seated?",
    # three special books: 'not next to each other' is ambiguous
    "I own 7 different books, 3 of them cookbooks. How many ways can I arrange all 7 on a shelf "
    "so that the cookbooks are not next to each other?",
    # a purpose that may make order matter
    "Ms. Okafor teaches 6 boys and 9 girls. In how many ways can she pick 2 boys and 4 girls "
    "to stand in a line?",
    # officers from members: different kinds of thing
    "In how many ways can 3 officers be chosen from 10 members?",
    # the third side is not determined
    "The sides of a triangle are 3 and 5 units long, and the third side is a whole number of "
    "units. How long is the third side?",
    # no regular polygon has this angle
    "A regular polygon has each interior angle equal to $145^\\circ$. How many sides does it "
    "have?",
    # contradictory wording
    "In how many ways can we put 6 candies in 3 jars if the candies are distinguishable and "
    "neither are the jars?",
    # not an axis-parallel rectangle
    "Consider the rectangle with the following points as vertices: $(0,0),$ $(3,1),$ $(2,4),$ "
    "and $(-1,3)$. How many lattice points will be strictly in the interior of this "
    "rectangular region?",
    # not a triangle
    "A triangle has sides measuring 2, 3 and 5 units. What is its area in square units?",
    # the answer is wanted in another base
    "Written in base 7, what is the greatest four-digit base 5 integer?",
    # no multiple of 10 ends in 3 or 7
    "Which smallest positive multiple of 10 has all its digits threes and sevens?",
    # a range of outcomes that is not a run of consecutive integers
    "An odd number is picked at random from $$\\{1,3,5,\\ldots,99\\}$$. What is the "
    "probability that it is divisible by 3?",
    # the remainders contradict each other
    "Find the least positive integer that is 3 more than a multiple of 8 and 2 more than a "
    "multiple of 10.",
    # no bound: there is no largest such integer
    "What is the largest integer that has a remainder of 1 when divided by 4 and a remainder "
    "of 2 when divided by 5?",
    # two integers fit
    "What integer $x$ satisfies $1 < x < 4$?",
    # 13 and 15 are odd
    "Two consecutive positive even integers multiply to 195. Which of them is larger?",
    # the units do not chain
    "If 3 wibs = 5 wobs, and 2 webs = 7 wubs, how many wibs equal 70 wubs?",
    # more in the two groups than in the class
    "Of the 35 students in a class, 18 are in the robotics club, 14 are in the school "
    "orchestra, and 1 student is in neither. How many students are in both the robotics club "
    "and the school orchestra?",
    # two digits work (2 and 6)
    "The five-digit number $4821N$ has units digit $N$. Which nonzero digit $N$ makes it a "
    "multiple of $4$?",
    # three letters, one congruence: modulus differs from the divisor
    r"Given $m \equiv 2 \pmod{6}$, what remainder does $(m + 2)(m + 5)$ leave on division by $4$?",
    # not the Fibonacci numbers from 1, 1
    r"In the Fibonacci sequence 2, 1, 3, 4, $\ldots$, every term after the second is the sum of "
    r"the two terms before it. What remainder does the $30^{\mathrm{th}}$ term leave when "
    r"divided by 7?",
    # the question asks about other letters
    r"Expressed as a fraction $\frac{a}{b}$ in lowest terms, with positive integers $a$ and $b$, "
    r"the decimal $0.\overline{45}$ gives what value of $b-a$?",
    # no solutions: 4x is a multiple of 4 modulo 12, 7 is not
    "Find the sum of the two smallest positive integer solutions of $4x \\equiv 7 \\pmod{12}$.",
    # the second is twice the first: no bound
    r"Over all positive integers $m$, what is the largest value $\gcd(m + 3, 2m + 6)$ can take?",
    # officers from members: different kinds of thing
    "How many ways are there to choose 3 officers from a group of 9 members?",
    # more heads than flips
    "A fair coin is flipped 3 times. What is the probability of getting exactly 5 heads?",
    # some of the group said first, not all of it
    "A club has 10 members. In how many ways can 4 of them sit in a row?",
    "A family has 3 boys and 2 girls. In how many ways can the boys stand in a row?",
])
def test_counting_near_misses_decline(problem):
    sol = solve_now(problem)
    assert sol.answer is None, sol.answer


def test_two_overlapping_groups_with_some_in_neither() -> None:
    # 35 - 9 = 26 in at least one club, so 18 + 14 - 26 = 6 in both
    assert_solved("Of the 35 students in a class, 18 are in the robotics club and 14 are in the "
                  "chess club, while 9 are in neither club. How many students are in both clubs?",
                  "6")
