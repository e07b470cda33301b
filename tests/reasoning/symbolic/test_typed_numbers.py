"""Number-theory and arithmetic typed readers: several phrasings per capability, our own
problems and numbers (answers worked out by hand), and declines where a word or a
second reading makes the answer unsafe."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _answer(problem: str) -> str | None:
    sol = solve_now(problem)
    assert sol.answer is None or sol.steps, "an answer always comes with steps"
    return sol.answer


@pytest.mark.parametrize(("problem", "answer"), [
    # floors and ceilings (7 < sqrt 50 < 8; ceil(-2.5) = -2, floor(17/3) = 5)
    (r"Evaluate $\left\lfloor \sqrt{50} \right\rfloor$.", "7"),
    (r"Compute $\lceil -2.5 \rceil + \lfloor \frac{17}{3} \rfloor \cdot 2$.", "8"),
    (r"What is $\lfloor 4.5 \rfloor - \lceil -4.5 \rceil$?", "8"),
    # braces inside the brackets are TeX grouping: floor(sqrt 20) = 4, ceil(-9/4) = -2
    (r"Evaluate $\lfloor{\sqrt{20}}\rfloor^2 + \lceil{-\frac{9}{4}}\rceil$.", "14"),
    (r"Find the value of $\lfloor \sqrt{2} \rfloor^2 + 3\lceil \pi \rceil$.", "13"),
    # the greatest integer below, the least above (17^2 = 289 < 300 < 324; 7.2^2 = 51.84)
    (r"What is the greatest integer that is less than $\sqrt{300}$?", "17"),
    (r"What is the least integer greater than $7.2^2$?", "52"),
    (r"What is the greatest integer less than $6^2$?", "35"),
    (r"Find the greatest integer less than or equal to $\frac{100}{7}$.", "14"),
])
def test_floors_and_whole_parts(problem, answer):
    assert _answer(problem) == answer


@pytest.mark.parametrize(("problem", "answer"), [
    # units digit: 3^2025 ends in 3, so 3^2025 + 7 ends in 0; 13^13 * 32 ends in 3 * 2
    (r"What is the ones digit of $3^{2025} + 7$?", "0"),
    (r"What is the ones digit of $13^{13} \cdot 2^{5}$?", "6"),
    (r"Determine the units digit of the product $17 \cdot 23 \cdot 39$.", "9"),
    # last two digits: 7^4 = 2401, 7^99 = 7^3 (mod 100) = 43; tens digit of 59049
    (r"What are the last two digits of $7^{99}$?", "43"),
    (r"What is the tens digit of $3^{10}$?", "4"),
    # number of digits and digit sums (2^100 has 31 digits; 2^20 = 1048576)
    (r"How many digits does $2^{100}$ have?", "31"),
    (r"How many digits are in $10^{50}-9^{50}$?", "50"),
    (r"Find the number of digits in $5^{20} \cdot 2^{23}$.", "21"),
    (r"What is the sum of the digits of $2^{20}$?", "31"),
    (r"Find the sum of all the digits of $11^{4}$.", "16"),
])
def test_digits_of_large_integers(problem, answer):
    assert _answer(problem) == answer


@pytest.mark.parametrize(("problem", "answer"), [
    # 4^3 = 1 (mod 7), 4^2023 = 4; 2^12 = 1 (mod 13), 2^40 = 2^4 = 3 (mod 13)
    (r"What remainder does $4^{2023}$ leave when divided by $7$?", "4"),
    (r"When $2^{40}$ is divided by $13$, what is the remainder?", "3"),
    (r"What is $2^{40}$ modulo $13$?", "3"),
    (r"Find the remainder when $1 + 2^{10} + 3^{10}$ is divided by 5.", "4"),
    # 5204_6 = 1156 = 9 * 128 + 4
    (r"Find the remainder when $5204_6$ is divided by 9. Express your answer in base 10.", "4"),
    # inverses: 5 * 7 = 35 = 2 * 17 + 1; 9 * 5 = 45 = 2 * 22 + 1
    (r"Find the inverse of $5$ modulo $17$.", "7"),
    (r"Find $5^{-1} \pmod{17}$, as a residue modulo 17.", "7"),
    (r"What is the modular inverse of $9$ mod $22$?", "5"),
    # least common multiples
    (r"What is the least positive integer divisible by each of $4$, $6$ and $10$?", "60"),
    ("Find the smallest positive integer that is divisible by each of 8, 12, and 18.", "72"),
])
def test_remainders_inverses_and_multiples(problem, answer):
    assert _answer(problem) == answer


@pytest.mark.parametrize(("problem", "answer"), [
    (r"Find the average of the integers $12,$ $15,$ $21,$ $30.$", r"\frac{39}{2}"),
    (r"What is the mean of $\frac{2}{3}$ and $\frac{5}{6}$?", r"\frac{3}{4}"),
    ("What is the arithmetic mean of 4, 8, 15 and 17?", "11"),
    ("What is the median of the numbers 3, 9, 4, 1, 7, 2?", r"\frac{7}{2}"),
    (r"Find the range of the data set $\{4, 19, -3, 8\}$.", "22"),
    ("What is the mode of 2, 5, 5, 7, 9?", "5"),
    ("What is the sum of 13, 27 and 41?", "81"),
    # 2^50 5^48 = 4 * 10^48
    (r"How many digits are in the decimal representation of $2^{50} \cdot 5^{48}$?", "49"),
    # term counts: (142 - 7)/5 + 1; (50 + 10)/3 + 1; (83.5 - 2.5)/3 + 1
    (r"How many terms are in the list $7, 12, 17, \ldots, 142$?", "28"),
    (r"How many terms are in the sequence $-10, -7, -4, \ldots, 50$?", "21"),
    ("How many numbers are in the list 3, 6, 9, ..., 300?", "100"),
    (r"How many numbers are there in the list $2.5, 5.5, 8.5, \ldots, 80.5, 83.5$?", "28"),
])
def test_lists_of_numbers(problem, answer):
    assert _answer(problem) == answer


@pytest.mark.parametrize(("problem", "answer"), [
    # r^3 = -8, r = -2: a8 = 32 (-2)^3; d = 24/8 = 3: a25 = 8 + 22 * 3
    ("In a geometric sequence of real numbers, the second term is $-4$ and the fifth term "
     "is $32$. Find the eighth term.", "-256"),
    ("In an arithmetic sequence the 3rd term is $8$ and the 11th term is $32$. "
     "Find the 25th term.", "74"),
    ("The first term of a geometric sequence is $5$ and its common ratio is $-2$. "
     "Find the seventh term.", "320"),
    ("The first term of an arithmetic progression is $7$ and the common difference is $-3$. "
     "What is the twelfth term?", "-26"),
    # r^2 = 9 with positive terms: r = 3
    ("The second term of a geometric sequence of positive numbers is $2$ and the fourth "
     "term is $18$. What is the fifth term?", "54"),
])
def test_terms_of_sequences(problem, answer):
    assert _answer(problem) == answer


@pytest.mark.parametrize("problem", [
    # r = 3 or r = -3: the fifth term is 54 or -54
    "The second term of a geometric sequence is $2$ and the fourth term is $18$. "
    "What is the fifth term?",
    # a word the readers do not know changes the question
    r"What is the average of the positive numbers among $-3, 4, 8$?",
    r"Find the units digit of $3^{2025} + 7$ in its square.",
    # the units digit in base 7 (3) or of its decimal value (2334)?
    r"What is the units digit of the base 7 number $6543_7$?",
    # no inverse: 6 and 9 share the factor 3
    r"Find the inverse of $6$ modulo $9$.",
    # two modes
    "What is the mode of 2, 2, 5, 5, 9?",
    # 3 9 27 ... is not arithmetic
    r"How many terms are in the list $3, 9, 27, \ldots, 729$?",
])
def test_unsafe_or_unknown_questions_decline(problem):
    assert _answer(problem) is None


def _telescoping(last: int) -> str:
    return " + ".join(rf"\frac{{1}}{{\sqrt{{{n}}} + \sqrt{{{n + 1}}}}}" for n in range(1, last))


@pytest.mark.parametrize(("problem", "answer"), [
    # each term is sqrt(n+1) - sqrt(n): the sum is sqrt(49) - 1 and sqrt(64) - 1
    (f"Compute ${_telescoping(49)}$.", "6"),
    (r"Compute $\sum_{n=1}^{63} \frac{1}{\sqrt{n}+\sqrt{n+1}}$.", "7"),
    (r"Evaluate $\frac{1}{\sqrt{1}+\sqrt{2}} + \frac{1}{\sqrt{2}+\sqrt{3}} + \cdots + "
     r"\frac{1}{\sqrt{99}+\sqrt{100}}$.", "9"),
    # 1/(n(n+1)) telescopes to 1 - 1/50; squares 1..10; 3 + 7 + ... + 43 has 11 terms
    (r"Compute $\frac{1}{1 \cdot 2} + \frac{1}{2 \cdot 3} + \frac{1}{3 \cdot 4} + \dots + "
     r"\frac{1}{49 \cdot 50}$.", r"\frac{49}{50}"),
    (r"Find $1^2 + 2^2 + \cdots + 10^2$.", "385"),
    (r"What is the value of $3 + 7 + 11 + \cdots + 43$?", "253"),
])
def test_sums_of_many_terms(problem, answer):
    assert _answer(problem) == answer


@pytest.mark.parametrize("problem", [
    # a step of 2 or doubling? 2 + 4 + ... + 1024 reads both ways
    r"Compute $2 + 4 + \cdots + 1024$.",
])
def test_sums_read_two_ways_decline(problem):
    assert _answer(problem) is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 5/8 = 1/2 + 1/8; 3/4 = 1/2 + 1/4; 7/9 = 2/3 + 1/9; 5/16 = 1/4 + 1/16
    (r"Convert $\frac{5}{8}$ to base 2.", "0.101_{2}"),
    (r"Write $0.75$ in binary.", "0.11_{2}"),
    (r"Express $\frac{7}{9}$ in base 3.", "0.21_{3}"),
    (r"Write $\frac{5}{16}$ in binary.", "0.0101_{2}"),
    # 25_8 + 36_8 = 21 + 30 = 51 = 63_8
    (r"In what base is $25 + 36 = 63$?", "8"),
    # 341_9 - 215_6 = 280 - 83; 11 + 7 = 18; 70 + 21 = 91; 14 * 8 = 112; 21 - 5 = 16;
    # 213_5 + 47_8 = 58 + 39 = 97 = 342_5
    (r"Write $341_9 - 215_6$ as a base ten integer.", "197"),
    (r"Add $1011_2 + 111_2$. Express your answer in base 2.", "10010_{2}"),
    (r"Add $213_5$ and $47_8$. Express your answer in base 5.", "342_{5}"),
    (r"Find the product of $24_5$ and $13_5$ in base 5.", "422_{5}"),
    (r"Subtract $12_3$ from $210_3$. Express your answer in base 3.", "121_{3}"),
])
def test_bases(problem, answer):
    assert _answer(problem) == answer


@pytest.mark.parametrize("problem", [
    r"Convert $\frac{1}{3}$ to base 2.",  # 0.010101... does not terminate
    r"In which base does $12 \times 12 = 144$ hold?",  # every base from 5 up
    r"Add $1012_2 + 111_2$. Express your answer in base 2.",  # 2 is not a binary digit
])
def test_bases_decline(problem):
    assert _answer(problem) is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 104 = 4 (mod 5), 117 = 2 (mod 5); 83 = 3 (mod 4) and 87, 91, 95, 99 are not prime
    ("What is the least three-digit multiple of 13 that leaves a remainder of 2 when "
     "divided by 5?", "117"),
    ("Find the greatest two-digit prime that has a remainder of 3 when divided by 4.", "83"),
    # 61 and 67 are 1 more than a multiple of 6
    ("Find the smallest prime greater than 60 that has a remainder of 5 when divided by 6.",
     "71"),
    # 198 = 7 * 28 + 2 = 5 * 39 + 3; x = 14 (mod 15); 9990 = 9 * 1110
    ("What is the largest integer less than 200 that has a remainder of 2 when divided by 7 "
     "and a remainder of 3 when divided by 5?", "198"),
    ("What is the smallest two-digit integer that is 2 more than a multiple of 3 and 4 more "
     "than a multiple of 5?", "14"),
    ("What is the greatest four-digit even integer divisible by 9?", "9990"),
    # 17 * 29 = 493, 17 * 30 = 510
    ("Find the smallest multiple of 17 that is larger than 500.", "510"),
    ("Find the largest prime less than 100 that is 1 more than a multiple of 6.", "97"),
    # x = 3 (mod 4) and 6 (mod 9): x = 15 (mod 36): 15, 51, 87, 123; 123 = 11 * 11 + 2
    ("Find the smallest positive integer that leaves a remainder of 3 when divided by 4, a "
     "remainder of 6 when divided by 9 and a remainder of 2 when divided by 11.", "123"),
    # divisors: 6! = 2^4 * 45; 1000 = 50 * 20; 1001 = 7 * 11 * 13; 2431 = 11 * 13 * 17
    (r"What is the greatest odd integer that is a factor of $6!$?", "45"),
    ("What is the largest two-digit factor of 1000?", "50"),
    ("Find the smallest prime factor of 1001.", "7"),
    ("What is the largest prime divisor of 2431?", "17"),
    ("What is the greatest two-digit integer that divides 1260 and is odd?", "63"),
    # 2^20 - 1 = 3 * 5^2 * 11 * 31 * 41; 3^15 + 11^9 is odd + odd, so even
    (r"Find the largest prime factor of $2^{20} - 1$.", "41"),
    (r"Find the least prime factor of $3^{15} + 11^{9}$.", "2"),
])
def test_least_and_greatest_integers_with_conditions(problem, answer):
    assert _answer(problem) == answer


@pytest.mark.parametrize("problem", [
    # no lower bound: there is no least integer
    "What is the least integer that leaves a remainder of 1 when divided by 4?",
    # every candidate is even: no such prime
    "Find the smallest prime greater than 100 that has a remainder of 6 when divided by 8.",
    # "not divisible by 2 and 3": by both (by 6), or by neither?
    "What is the least positive integer that is not divisible by 2 and 3?",
])
def test_integer_searches_that_decline(problem):
    assert _answer(problem) is None


@pytest.mark.parametrize(("problem", "answer"), [
    ("What is the 23rd odd positive integer?", "45"),
    ("What is the 12th positive multiple of 7?", "84"),
    # 2 + 3 + 5 + 7 + 11 + 13 + 17 + 19
    ("Compute the sum of the first 8 primes.", "77"),
    # lcm(4, 6, 8, 9, 10)
    ("What is the least common multiple of the first five composite numbers?", "360"),
    # 1 * 3 * 5 * 7 * 9 * 11 = 10395
    ("Find the units digit of the product of the first 6 positive odd integers.", "5"),
    ("What is the mean of the first five perfect squares?", "11"),
    ("Find the product of the first four even positive integers.", "384"),
    ("Find the sum of the first 12 positive even integers.", "156"),
    # an expression written with \pmod
    (r"What is $2^{40} \pmod{13}$?", "3"),
    (r"Compute $17 \cdot 23 \pmod 5$.", "1"),
])
def test_named_sequences_and_pmod(problem, answer):
    assert _answer(problem) == answer


def test_whole_numbers_may_start_at_zero():
    assert _answer("What is the 10th whole number?") is None


@pytest.mark.parametrize(("problem", "answer"), [
    ("Compute the greatest common factor of the numbers 90, 150, and 225.", "15"),
    ("What is the gcf of 36 and 60?", "12"),
    # 14^2 3^3 = 2^2 3^3 7^2 and 21^3 = 3^3 7^3: 4 * 27 * 343
    (r"Compute the lcm of $14^2 3^3$ and $21^3$.", "37044"),
    (r"Find $\text{lcm}[12, 18]$.", "36"),
    (r"What is $\operatorname{lcm}(14, 21, 35)$?", "210"),
    # gcd(2^100 + 1, 2^60 + 1) = 2^20 + 1 (100/20 and 60/20 are odd)
    (r"Compute the GCD of $2^{100}+1$ and $2^{60}+1$.", "1048577"),
    ("What is the largest integer that divides each of 48, 72 and 120?", "24"),
    ("Find the greatest number which divides both 35 and 56.", "7"),
    ("What is the smallest positive integer divisible by both 10 and 4?", "20"),
])
def test_gcd_and_lcm(problem, answer):
    assert _answer(problem) == answer


@pytest.mark.parametrize(("problem", "answer"), [
    # 5 * 8 * 3 = 120, each factor a hair off (the product is 119.99974)
    (r"Round $4.9999913 \cdot 8.0000067 \cdot 2.9999961$ to the nearest integer.", "120"),
    (r"Round $\frac{7}{3}$ to the nearest hundredth.", "2.33"),
    (r"What is $\sqrt{2}$ rounded to the nearest thousandth?", "1.414"),
    (r"Round $2.45$ to the nearest tenth.", "2.5"),
    # 9.7^3 = 912.673
    (r"What is the greatest integer that is less than $9.7^3$?", "912"),
    # 23^2 - 17^2 = 240; 2^10 - 10^3 = 24; 5^3 - 11^2 = 4
    (r"How much greater than $17^2$ is $23^2$?", "240"),
    (r"By how much does $2^{10}$ exceed $10^3$?", "24"),
    (r"How much less than $5^3$ is $11^2$?", "4"),
    # 45/99; 2/10 + 3/90 = 21/90
    (r"Write $0.\overline{45}$ as a common fraction.", r"\frac{5}{11}"),
    (r"Write $0.2\overline{3}$ as a common fraction.", r"\frac{7}{30}"),
    (r"What fraction is the same as $\frac{3-6+9}{2-4+6}$?", r"\frac{3}{2}"),
])
def test_rounding_and_values_in_words(problem, answer):
    assert _answer(problem) == answer


def test_a_negative_half_is_not_rounded():
    assert _answer(r"Round $-2.45$ to the nearest tenth.") is None


@pytest.mark.parametrize(("problem", "answer"), [
    # x = 7 (mod 35): 112, 147, ..., 987
    ("How many three-digit multiples of 7 leave a remainder of 2 when divided by 5?", "26"),
    # 31, 37, 41, 43, 47, 53, 59 (neither end is prime: both readings of 'between' agree)
    ("How many primes are between 30 and 60?", "7"),
    # the odd divisors of 360 are those of 45
    ("What is the sum of all positive divisors of 360 that are odd?", "78"),
    # multiples of 20 below 150: 20, ..., 140; of lcm(3, 4, 7) = 84 below 500: 84, ..., 420
    ("How many positive integers below 150 are multiples of both 4 and 5?", "7"),
    ("How many positive integers under 500 are multiples of 3, 4 and 7?", "5"),
    ("What is the sum of all two-digit primes that are greater than 80?", "269"),
    ("How many odd integers are between 10 and 20?", "5"),
    # 103, 114, ..., 993
    ("How many three-digit numbers are 4 more than a multiple of 11?", "82"),
    # 96 = 2^5 * 3: 12 divisors, 2 of them odd
    ("How many positive factors of 96 are even?", "10"),
    ("What is the sum of the odd integers between 46 and 64?", "495"),
    # lcm(6, 8) = 24
    ("What is the least positive integer that is divisible by both 6 and 8 and is greater "
     "than 50?", "72"),
])
def test_counts_and_sums_of_integers_with_conditions(problem, answer):
    assert _answer(problem) == answer


def test_between_read_two_ways_declines():
    # 18 and 60 are multiples of 6: 8 with the ends, 6 without
    assert _answer("Between 18 and 60, how many multiples of 6 are there?") is None


@pytest.mark.parametrize("problem", [
    r"Compute $\lceil -2.5 \rceil + \lfloor \frac{17}{3} \rfloor \cdot 2$.",
    r"What are the last two digits of $7^{99}$?",
    r"How many digits does $2^{100}$ have?",
    r"Find the inverse of $5$ modulo $17$.",
    r"Find the average of the integers $12,$ $15,$ $21,$ $30.$",
    r"How many terms are in the list $7, 12, 17, \ldots, 142$?",
    "In an arithmetic sequence the 3rd term is $8$ and the 11th term is $32$. "
    "Find the 25th term.",
    f"Compute ${_telescoping(49)}$.",
    r"Add $213_5$ and $47_8$. Express your answer in base 5.",
    "What is the least three-digit multiple of 13 that leaves a remainder of 2 when "
    "divided by 5?",
    "Find the smallest prime factor of 1001.",
    "How many three-digit multiples of 7 leave a remainder of 2 when divided by 5?",
    "What is the sum of all positive divisors of 360 that are odd?",
    "Compute the sum of the first 8 primes.",
    r"Round $\frac{7}{3}$ to the nearest hundredth.",
])
def test_steps_are_never_refuted_by_the_checker(problem):
    assert_solved(problem)


@pytest.mark.parametrize(("problem", "answer"), [
    # 2/7 = 0.(285714), place 50 = 2 (mod 6); 6/17 = 0.(3529411764705882), place 30 = 14
    # (mod 16); 5/6 = 0.8(3); 7/16 = 0.4375
    (r"What is the 50th digit after the decimal point when $\frac{2}{7}$ is written as a "
     r"decimal?", "8"),
    (r"Find the 30th digit to the right of the decimal point when $\frac{6}{17}$ is written "
     r"as a decimal.", "8"),
    (r"In the decimal expansion of $\frac{5}{6}$, which digit is in the 500th place after "
     r"the decimal point?", "3"),
    (r"What is the third digit after the decimal point when $\frac{7}{16}$ is written as "
     r"a decimal?", "7"),
    (r"How many digits are in the repeating block of the decimal expansion of "
     r"$\frac{8}{11}$?", "2"),
    (r"What is the sum of the first 20 digits after the decimal point in the decimal "
     r"representation of $\frac{1}{3}$?", "60"),
    # sums with dots inside digit and remainder questions: 1! + ... + 4! = 33;
    # (1 + ... + 40)^2 = 820^2, 820 = 6 (mod 11); 99 * 100 * 199 / 6 = 328350
    (r"What is the units digit of $1! + 2! + 3! + \cdots + 50!$?", "3"),
    (r"What is $1^3 + 2^3 + \cdots + 40^3$ modulo 11?", "3"),
    (r"What is the units digit of the sum $1^{2} + 2^{2} + \cdots + 99^{2}$?", "0"),
])
def test_decimal_digits_and_dotted_integer_sums(problem, answer):
    assert _answer(problem) == answer


@pytest.mark.parametrize(("problem", "answer"), [
    # 8 * 33 = 264 = 7 * 37 + 5; 4 * 10 = 40 = 27 + 13; 3 * 6 + 5 = 23 = 3 * 7 + 2
    (r"Solve $8n \equiv 5 \pmod{37}$ as a residue modulo 37.", "33"),
    # 8 * 12 = 96 = 7 * 13 + 5; 4 * 4 = 16 = 9 + 7
    (r"Solve $8x \equiv 5 \pmod{13}$. Give your answer as a residue modulo 13.", "12"),
    (r"Solve $4y \equiv 7 \pmod{9}$, expressing your answer as a residue modulo 9.", "4"),
    (r"Find the smallest positive integer $x$ such that $4x \equiv 13 \pmod{27}$.", "10"),
    # the answer's interval said in words or as maths: 5 * 7 = 35 = 3 * 11 + 2;
    # 7 * 9 + 2 = 65 = 5 * 12 + 5; 4 * 17 = 68 = 7 * 9 + 5 (8 is the other one below 20);
    # 2 * 3 = 6 and 2 * 8 = 16 = 10 + 6, only 3 lies in 0..4
    (r"Solve the congruence $5x \equiv 2 \pmod{11}$ for $x$, giving an answer between $0$ "
     r"and $10$.", "7"),
    (r"Solve $7x + 2 \equiv 5 \pmod{12}$. Express your answer as an integer from $0$ to $11$.",
     "9"),
    (r"Find $n$ where $10 \le n \le 20$ such that $4n \equiv 5 \pmod{9}$.", "17"),
    (r"Find $y$ with $0 \le y < 13$ so that $6y \equiv 1 \pmod{13}$.", "11"),
    (r"Solve $2x \equiv 6 \pmod{10}$, giving an answer between 0 and 4.", "3"),
    (r"What is the smallest positive integer solution to $3x + 5 \equiv 2 \pmod{7}$?", "6"),
    # divisors with a parity: 150 = 2 * 3 * 5^2 has 6 even divisors; 360's odd ones are 45's
    ("How many positive divisors of 150 are even?", "6"),
    ("How many odd divisors does 360 have?", "6"),
    # residues put in: 7 * 9 = 63 = 8 * 7 + 7; 16^2 - 3 * 21 = 193 = 5 * 37 + 8; 4^3 + 8 = 72
    (r"Suppose $m \equiv 5 \pmod{8}$. What is the remainder when $(m + 2)(m + 4)$ is "
     "divided by 8?", "7"),
    (r"If $a \equiv 16 \pmod{37}$ and $b \equiv 21 \pmod{37}$, what is the remainder when "
     r"$a^2 - 3b$ is divided by 37?", "8"),
    (r"Given that $x \equiv 4 \pmod{9}$, what is the remainder when $x^3 + 2x$ is divided "
     r"by $9$?", "0"),
])
def test_congruences_and_divisors_asked_in_words(problem, answer):
    assert _answer(problem) == answer


@pytest.mark.parametrize("problem", [
    r"Solve $6x \equiv 4 \pmod{10}$ as a residue modulo 10.",  # x = 4 and x = 9
    r"Solve $2x \equiv 6 \pmod{10}$, giving an answer between 0 and 9.",  # 3 and 8
    r"Find $n$ where $10 \le n \le 30$ such that $4n \equiv 5 \pmod{9}$.",  # 17 and 26
    r"Find $x$ with $0 \le n < 13$ such that $6x \equiv 1 \pmod{13}$.",  # another letter
    r"Solve $3x \equiv 1 \pmod{9}$ as a residue modulo 9.",  # 3x - 1 is never a multiple of 9
    r"Solve $3x \equiv 2 \pmod{7}$ as a residue modulo 8.",
    "How many prime factors does 2310 have?",  # with or without repeats?
])
def test_congruence_and_divisor_questions_that_decline(problem):
    assert _answer(problem) is None


@pytest.mark.parametrize(("problem", "answer"), [
    ("How many one-digit integers are multiples of 4?", None),  # 0 is one too: two readings
    ("How many positive one-digit integers are multiples of 4?", "2"),
    ("What is the smallest one-digit prime?", "2"),
])
def test_one_digit_integers_read_with_or_without_zero(problem, answer):
    got = solve_now(problem).answer
    assert got == answer
