"""Many phrasings of one question reach one solver (symbolic/phrases.py)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.phrases import PHRASES


@pytest.mark.parametrize("problem", [
    r"Solve $x^2 - 8x + 15 = 0$.",
    r"Find all real x such that $x^2 - 8x + 15 = 0$.",
    r"Find all real values of $x$ that satisfy $x^2 - 8x + 15 = 0$.",
    r"What are the solutions of $x^2 - 8x + 15 = 0$?",
    r"Determine every $x$ with $x^2 - 8x + 15 = 0$.",
    r"Which values of $x$ satisfy $x^2 - 8x + 15 = 0$?",
    r"Find the roots of $x^2 - 8x + 15 = 0$.",
    r"Given that $x^2 - 8x + 15 = 0$, find all possible values of $x$.",
])
def test_ways_to_ask_for_the_solutions_of_an_equation(problem: str) -> None:
    sol = solve_now(problem)
    assert sol.answer == "3, 5", (problem, sol.detail)


@pytest.mark.parametrize(("problem", "answer"), [
    (r"What is the largest root of $y^2 - 2y - 24 = 0$?", "6"),
    (r"Find the smallest solution of $t^2 + t - 12 = 0$.", "-4"),
    (r"Find the sum of the solutions of $x^2 - 11x + 18 = 0$.", "11"),
    (r"What is the product of the solutions of $x^2 - 11x + 18 = 0$?", "18"),
])
def test_qualifiers_pick_or_combine_solutions(problem: str, answer: str) -> None:
    assert solve_now(problem).answer == answer


@pytest.mark.parametrize(("problem", "answer"), [
    ("What is 58 mod 9?", "4"),
    ("Find 100 modulo 7.", "2"),
    ("What is the largest integer that divides both 36 and 90?", "18"),
    ("What is the smallest positive integer divisible by both 14 and 21?", "42"),
    ("What is 50 in base 4?", "302_{4}"),
    (r"Work out $6 \cdot 9 - 11$.", "43"),
    (r"Write $\frac{45}{60}$ in lowest terms.", r"\frac{3}{4}"),
    (r"Evaluate the sum $\sum_{k=1}^{10} k^3$.", "3025"),
    (r"Evaluate the integral $\int_1^3 2x \, dx$.", "8"),
    (r"Find $h(-2)$ if $h(t) = t^2 + 4t - 1$.", "-5"),
    (r"What is $p(3)$ when $p(x) = 2x^3 - x$?", "51"),
    (r"Factor $x^2 - 16$ completely.", r"\left(x - 4\right) \left(x + 4\right)"),
    (r"Factor $x^4 - 81$ completely over the integers.",
     r"\left(x - 3\right) \left(x + 3\right) \left(x^{2} + 9\right)"),
    (r"Factor $2y^2 - 18$ over the rationals.", r"2 \left(y - 3\right) \left(y + 3\right)"),
    # the manner first, or after "the expression"
    (r"Completely factor the following expression: $5t^2 - 45$.",
     r"5 \left(t - 3\right) \left(t + 3\right)"),
    (r"Factor the expression $(2a^3 + 7a^2) - (a^3 - a^2)$ completely.",
     r"a^{2} \left(a + 8\right)"),
    (r"Solve the inequality $2x + 1 \le 9$.", r"\left(-\infty, 4\right]"),
    # the real solutions only: y^4 = 625 also has 5i and -5i
    (r"Solve $y^4 = 625$ over the real numbers.", "-5, 5"),
    (r"Solve $t^3 - 64 = 0$ for real $t$.", "4"),
    (r"Solve over the reals: $x^3 = 9x$.", "-3, 0, 3"),
    (r"How many positive integers are divisors of $90$?", "12"),
    (r"How many factors does $64$ have?", "7"),
    # the condition first, then the least integer: 3x = 0 (mod 5); 4 * 3 = 12 = 3 (mod 9);
    # x^2 > 50 from x = 8
    (r"If $3x + 7 \equiv 2 \pmod{5}$, what is the smallest positive integer $x$?", "5"),
    (r"Solve $4x \equiv 3 \pmod{9}$ for the least positive integer $x$.", "3"),
    (r"Given that $x^2 > 50$, find the least positive integer $x$.", "8"),
])
def test_other_questions_in_other_words(problem: str, answer: str) -> None:
    sol = solve_now(problem)
    assert sol.answer == answer, (problem, sol.detail)


def test_every_phrase_rule_has_a_name_saying_what_it_asks() -> None:
    names = [p.name for p in PHRASES]
    assert len(names) == len(set(names))
    assert all(":" in n for n in names)


@pytest.mark.parametrize("problem", [
    r"Factor $x^2 - 7$ over the real numbers.",  # (x - sqrt 7)(x + sqrt 7): not read
    "Find all real x such that the weather is nice.",
    r"Which values of $x$ satisfy my teacher?",
])
def test_phrases_do_not_make_the_engine_guess(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    (r"The roots of $x^2 - 3x - 10 = 0$ are what?", "-2, 5"),
    (r"Determine $x$: $5x - 2 = 3x + 8$.", "5"),
    (r"Which numbers make $t^2 = 4t$ true?", "0, 4"),
])
def test_one_equation_and_words_that_ask_for_its_solutions(problem: str, answer: str) -> None:
    assert solve_now(problem).answer == answer


@pytest.mark.parametrize("problem", [
    r"Find all integer solutions of $2x = 3$.",  # a condition the solver would ignore
])
def test_typed_reading_declines_when_words_add_a_condition(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_a_sign_condition_on_the_count_is_applied() -> None:
    # the count reader applies "positive" (Sturm's count on x > 0): 3, not -3
    assert solve_now(r"How many positive solutions does $x^2 = 9$ have?").answer == "1"


@pytest.mark.parametrize(("problem", "answer"), [
    (r"How many real solutions does $x^2 - 6x + 9 = 0$ have?", "1"),
    (r"How many solutions does $x^3 - 4x = 0$ have?", "3"),
    (r"Find the number of real roots of $x^4 - 10x^2 + 9 = 0$.", "4"),
    (r"How many distinct roots does $(x - 2)^2 (x + 5) = 0$ have?", "2"),
    (r"How many values of $t$ satisfy $t^2 = 5t$?", "2"),
])
def test_how_many_solutions(problem: str, answer: str) -> None:
    sol = solve_now(problem)
    assert sol.answer == answer, sol.detail
    assert sol.confirmed


@pytest.mark.parametrize("problem", [
    r"How many roots does $x^2 - 6x + 9 = 0$ have?",  # once or twice?
    r"How many solutions does $x^2 + 4 = 0$ have?",  # real or complex?
    r"How many solutions does $\cos x = 0$ have?",  # not a polynomial: a count could miss one
])
def test_how_many_declines_when_the_count_is_ambiguous(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    (r"Find all positive solutions of $x^3 - 2x^2 - 5x + 6 = 0$.", "1, 3"),
    (r"Find all integer solutions of $3x^2 - 10x + 3 = 0$.", "3"),
    (r"List all negative roots of $x^2 + 2x - 8 = 0$.", "-4"),
    # the property said of the letter: "all integers x such that", "all positive numbers y"
    (r"Find all integers $m$ such that $m^2 + m - 12 = 0$.", "-4, 3"),
    (r"Find all integers $w$ for which $3w^2 + 5w - 2 = 0$.", "-2"),
    ("Find all positive numbers y such that y^2 = 3y + 10.", "5"),
    (r"Find all negative real numbers $z$ with $z^3 = 9z$.", "-3"),
    # "the largest real number x" asks the largest value of x, of an inequality too
    (r"Find the largest real number $x$ for which $x^2 - 2x - 24 \le 0$.", "6"),
    ("Find the smallest real number y such that y^2 + 4y - 12 <= 0.", "-6"),
    (r"What is the largest number $t$ satisfying $|3t - 1| \le 8$?", "3"),
    # a positive (negative) integer, one or all: both properties kept
    ("Find the positive integer k such that k^2 + 3k = 108.", "9"),
    (r"Find the negative integer $p$ for which $p^2 - 4p = 45$.", "-5"),
    ("Find all positive integers q such that q^3 = 9q.", "3"),
])
def test_every_solution_with_a_property(problem: str, answer: str) -> None:
    assert solve_now(problem).answer == answer


def test_no_solution_with_the_property_declines() -> None:
    assert solve_now(r"Find all integer solutions of $x^2 = 3$.").answer is None
    # positive, but not an integer (k = (-3 + sqrt(409))/2)
    assert solve_now("Find the positive integer k such that k^2 + 3k = 100.").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    (r"Solve for $x: 3x - 4 = 11$.", "5"),
    (r"Solve for $t: t^2 = 7t$", "0, 7"),
])
def test_the_unknown_named_inside_the_maths(problem: str, answer: str) -> None:
    assert solve_now(problem).answer == answer


@pytest.mark.parametrize(("problem", "answer"), [
    (r"Given $3a + b = 11$ and $a - b = 1$, find $a + b$.", "5"),
    (r"What is $x$ if $5x + 2 = 17$?", "3"),
    (r"Find $y$ when $4y - 1 = 11$.", "3"),
    (r"Find the positive difference between the two roots of $x^2 - 11x + 24 = 0$.", "5"),
    (r"Find the difference between the roots of $x^2 - 2x - 15 = 0$.", "8"),
])
def test_values_from_equations_in_other_words(problem: str, answer: str) -> None:
    assert solve_now(problem).answer == answer


@pytest.mark.parametrize(("problem", "answer"), [
    # a condition said first, then the question
    (r"When $x^3 + 3x - 7$ is divided by $x - 2$, what is the remainder?", "7"),
    (r"If you divide $500$ by $9$, what is the remainder?", "5"),
    (r"When $u = 5$, what is $(2u - 3)^2$?", "49"),
    # divide first, then name the quotient or the remainder
    (r"Divide $x^3 - x^2 + 4$ by $x + 1$. What is the quotient?", "x^{2} - 2 x + 2"),
    (r"Divide $x^3 - x^2 + 4$ by $x + 1$. What is the remainder?", "2"),
    (r"Find the remainder on dividing $2^{30}$ by $13$.", "12"),
    (r"What is the quotient of $x^3 - x^2 + 4$ divided by $x + 1$?", "x^{2} - 2 x + 2"),
    # counting divisors in other words
    (r"Count the positive divisors of $180$.", "18"),
    (r"How many positive integers divide $180$ evenly?", "18"),
])
def test_division_questions_in_other_words(problem: str, answer: str) -> None:
    sol = solve_now(problem)
    assert sol.answer == answer, sol.detail
    assert sol.confirmed


def test_a_condition_moved_after_its_question_keeps_its_words() -> None:
    from tutor.reasoning.symbolic.recognise import condition_last

    assert condition_last("when @0@ is divided by @1@, what is the remainder?") == \
        "what is the remainder when @0@ is divided by @1@?"
    assert condition_last("what is the remainder when @0@ is divided by @1@?") is None
    # two clauses before the question: not moved
    assert condition_last("if @0@ is odd, and @1@ is even, what is @2@?") is None


@pytest.mark.parametrize(("problem", "answer"), [
    (r"The function $k$ is defined by $k(s) = s^2 - 4s + 1$. Find $k(-3)$.", "22"),
    (r"The function $m$ is given by $m(x) = \frac{2x}{x+2}$. What is $m(6)$?", r"\frac{3}{2}"),
    (r"A function $p$ is defined by $p(x) = 3x - 1$. Evaluate $p(p(2))$.", "14"),
])
def test_a_function_named_then_defined(problem: str, answer: str) -> None:
    sol = solve_now(problem)
    assert sol.answer == answer, sol.detail


def test_a_function_named_one_way_and_defined_another_declines() -> None:
    assert solve_now(r"The function $k$ is defined by $g(t) = 2t + 1$. Find $k(2)$.").answer \
        is None


@pytest.mark.parametrize(("problem", "answer"), [
    # what an expression equals, evaluates to, or is as an integer
    (r"What number does $\binom{9}{4}$ equal?", "126"),
    (r"To what value does $\log_8 2$ evaluate?", r"\frac{1}{3}"),
    (r"Written as a single integer, what is $\frac{6^7}{6^4 \cdot 6^2}$?", "6"),
    (r"What is $12 - 3 \cdot 2^2$ equal to?", "0"),
    # gcd and lcm named by what they are
    (r"What is the largest integer that is a divisor of both $84$ and $60$?", "12"),
    (r"Of all the positive integers that divide both $45$ and $75$, which is the largest?", "15"),
    (r"Among the positive integers that are multiples of both $8$ and $14$, which is the "
     r"smallest?", "56"),
    ("Which positive integer is the least common multiple of 15 and 35?", "105"),
    # divisors and primes
    (r"Find how many positive divisors the number $84$ has.", "12"),
    (r"Which prime is the largest factor of $667$?", "29"),  # 23 * 29
    (r"Factor $935$ into primes and give the largest one.", "17"),  # 5 * 11 * 17
    # digits, coefficients, bases
    (r"When $3^{41}$ is written out in full, what is its last digit?", "3"),  # 3, 9, 7, 1
    (r"Once $(y + 2)^6$ is expanded, which number multiplies $y^2$?", "240"),  # 15 * 16
    (r"Write the number $50$ using base $3$.", "1212_{3}"),  # 27 + 18 + 3 + 2
    # division told first; a system to solve, then one unknown given
    (r"If $\frac{5}{6}$ is divided by $\frac{10}{9}$, what is the quotient? Express it as a "
     r"common fraction.", r"\frac{3}{4}"),
    (r"Solve the system $3p - q = 5$, $p + q = 7$ and give $q$.", "4"),
    ("Solve the system m + n = 12 and m - n = 2. What is mn?", "35"),
    # the value that makes two lines parallel or perpendicular
    (r"What value of $t$ makes the lines $3x + ty = 1$ and $y = 6x - 2$ perpendicular?",
     "18"),
    ("Which value of k makes the lines y = kx - 4 and y = 7x + 1 parallel?", "7"),
    (r"Solve the system $2u + v = 9$, $u - v = 3$. Then find $u^2 + v^2$.", "17"),
    (r"Rewrite $\sqrt{75}$ as an integer times the square root of a square-free integer.",
     r"5 \sqrt{3}"),
    (r"What scalar do the vectors $\begin{pmatrix} 1 \\ 0 \\ 2 \end{pmatrix}$ and "
     r"$\begin{pmatrix} 4 \\ 7 \\ -1 \end{pmatrix}$ give under the dot product?", "2"),
    # sequences and series named after their terms
    (r"The arithmetic sequence $7, 11, 15, \ldots$ goes on forever. Find its $12$th term.",
     "51"),
    (r"Find the $5$th term of $2, 10, 50, \ldots$, a geometric sequence.", "1250"),
    (r"Find the sum $9 + 3 + 1 + \cdots$ of this infinite geometric series.",
     r"\frac{27}{2}"),
    # a question about the equation written above it
    (r"\[ 3x^2 - 7x + 2 = 0 \] What is the sum of the roots of the equation above?",
     r"\frac{7}{3}"),
])
def test_plain_questions_in_other_words(problem: str, answer: str) -> None:
    sol = solve_now(problem)
    assert sol.answer == answer, (problem, sol.detail)


@pytest.mark.parametrize("problem", [
    # the smallest common divisor is not the gcd
    r"Of all the positive integers that divide both $45$ and $75$, which is the smallest?",
    # a product of two multiples is not their lcm
    r"Among the positive integers that are multiples of both $8$ and $14$, which is the product?",
    # the smallest prime factor is not the largest
    r"Factor $935$ into primes and give the smallest one.",
])
def test_plain_questions_with_other_qualifiers_are_not_read_as_these(problem: str) -> None:
    sol = solve_now(problem)
    assert sol.answer not in ("15", "56", "17"), (problem, sol.answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # the values where the expression is undefined, told after it, change nothing
    (r"Simplify $\frac{y^2 - 25}{y + 5}$ for $y \neq -5$.", "y - 5"),
    (r"Simplify $\frac{3m^2 + 6m}{m + 2}$, where $m \ne -2$.", "3 m"),
    (r"Simplify $\frac{t^2 - t - 6}{t - 3}$ assuming $t \neq 3$.", "t + 2"),
    (r"Factor $4z^2 - 1$ for all $z \neq 0$.", r"\left(2 z - 1\right) \left(2 z + 1\right)"),
])
def test_simplify_with_excluded_values(problem: str, answer: str) -> None:
    sol = solve_now(problem)
    assert sol.answer == answer, sol.detail


@pytest.mark.parametrize("problem", [
    # a value put in, or a range: not only values left out, so not dropped
    r"Simplify $\frac{y^2 - 25}{y + 5}$ for $y = 3$.",
    r"Simplify $\frac{y^2 - 25}{y + 5}$ where $y > 5$.",
    r"Simplify $\sqrt{w^2}$ for $w < 0$.",
])
def test_simplify_with_other_conditions_is_not_read_as_excluded_values(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # (95 - 5) / 6 + 1 = 16; (12 - (-30)) / 3 + 1 = 15
    (r"How many terms are in the arithmetic sequence $5, 11, 17, \ldots, 95$?", "16"),
    (r"How many terms does the arithmetic progression $-30, -27, -24, \dots, 12$ have?", "15"),
    (r"The sequence $5, 11, 17, \cdots, 95$ has how many terms?", "16"),
])
def test_how_many_terms_a_written_out_sequence_has(problem: str, answer: str) -> None:
    assert solve_now(problem).answer == answer


@pytest.mark.parametrize("problem", [
    r"How many terms are in the arithmetic sequence $5, 11, 17, \ldots, 94$?",  # 94 not reached
    r"How many terms are in the sequence $1, 4, 9, 16, \ldots, 400$?",  # not arithmetic
])
def test_how_many_terms_declines_a_list_it_cannot_count(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize("problem", [
    # (y^2 - 1)(y^2 - 9) = 0; the request for a list, with or without a comma, changes nothing
    r"Find all solutions to $y^4 - 10y^2 + 9 = 0$. Enter all solutions separated by commas.",
    r"Find every real $y$ with $y^4 - 10y^2 + 9 = 0$. Enter all the real solutions, separated "
    r"by commas.",
    r"Solve $y^4 - 10y^2 + 9 = 0$. Enter your answers separated by commas.",
])
def test_a_request_for_a_list_of_solutions(problem: str) -> None:
    assert solve_now(problem).answer == "-3, -1, 1, 3"


def test_a_request_for_a_list_does_not_hide_complex_solutions() -> None:
    # y^4 + 9 = 0 has no real solution: "all solutions" may mean the complex ones
    sol = solve_now(r"Find all solutions to $y^4 + 9 = 0$. Enter all solutions separated by "
                    r"commas.")
    assert sol.answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # midpoint (2, 3)
    (r"Find the midpoint of the segment with endpoints $(-4, 7)$ and $(8, -1)$. Give the sum "
     r"of its coordinates.", "5"),
    (r"Find the midpoint of the segment with endpoints $(-4, 7)$ and $(8, -1)$. What is the "
     r"product of its coordinates?", "6"),
    # centre (3, -2)
    (r"What is the center of the circle $x^2 - 6x + y^2 + 4y = 12$? Give the sum of its "
     r"coordinates.", "1"),
    # 2x + 1 = -x + 7 at x = 2, y = 5
    (r"Find the point of intersection of the lines $y = 2x + 1$ and $y = -x + 7$. What is the "
     r"sum of its coordinates?", "7"),
])
def test_a_point_asked_then_the_sum_or_product_of_its_coordinates(problem: str,
                                                                  answer: str) -> None:
    assert_solved(problem, answer)


def test_the_coordinates_of_another_point_are_not_read_as_the_point_asked() -> None:
    assert solve_now(r"Find the midpoint of the segment with endpoints $(-4, 7)$ and $(8, -1)$. "
                     r"Give the sum of the coordinates of the other point.").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # intercepts (4, 0) and (0, 6): half of 4 * 6
    (r"A triangular region is bounded by the two coordinate axes and the line $3x + 2y = 12$. "
     r"What is the area of the region?", "12"),
    # intercepts (-3, 0) and (0, 6)
    (r"A region is bounded by the coordinate axes and the line $y = 2x + 6$. What is the area "
     r"of the region, in square units?", "9"),
])
def test_a_region_bounded_by_the_axes_and_a_line(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_region_bounded_by_the_axes_and_two_lines_declines() -> None:
    assert solve_now(r"A region is bounded by the coordinate axes and the lines $y = 6 - x$ and "
                     r"$y = 2x$. What is the area of the region?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # r + s = 9, rs = 2: 81 - 4
    (r"Let the roots of $x^2 - 9x + 2 = 0$ be $r$ and $s$. What is $r^2 + s^2$?", "77"),
    # pq = -3, p + q = 5/2: pq + p + q + 1
    (r"Let the solutions of $2x^2 - 5x - 6 = 0$ be $p$ and $q$. Find $(p + 1)(q + 1)$.",
     r"\frac{1}{2}"),
])
def test_the_roots_named_after_the_equation(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # roots 1, 2, 3
    (r"The polynomial $x^3 - 6x^2 + 11x - 6$ has three roots. What is the sum of their squares?",
     "14"),
    # roots 1 and -5/2
    (r"The quadratic $2x^2 + 3x - 5$ has two roots. Find the sum of their reciprocals.",
     r"\frac{3}{5}"),
    # roots 2 and 5: 8 + 125
    (r"The equation $x^2 - 7x + 10 = 0$ has two solutions. What is the sum of their cubes?",
     "133"),
])
def test_roots_told_to_exist_then_asked_about_with_their(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # a fraction named as such, typed or plain, with or without "to lowest terms"
    ("Simplify the fraction 84/126.", "\\frac{2}{3}"),
    ("reduce the fraction 36/60 to lowest terms", "\\frac{3}{5}"),
    (r"Reduce the fraction $\frac{45}{75}$ completely.", "\\frac{3}{5}"),
    ("Write the fraction 27/36 in simplest form.", "\\frac{3}{4}"),
])
def test_a_fraction_named_as_such_is_simplified_with_its_working(problem: str,
                                                                  answer: str) -> None:
    got = solve_now(problem)
    assert got.answer == answer and got.steps
