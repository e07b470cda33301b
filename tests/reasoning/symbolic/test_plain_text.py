"""Maths typed without dollar signs inside a sentence (symbolic/plain_text.py)."""

from __future__ import annotations

import pytest

from tutor.reasoning.symbolic.calculator_latex import plain_to_latex
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.plain_text import wrap_plain_maths


@pytest.mark.parametrize(("problem", "answer"), [
    ("Find all real x such that x^2 - 5x + 6 = 0", "2, 3"),  # issue 13's own example
    ("Solve 4y - 9 = 3 for y.", "3"),
    ("Find the value of t if 7t + 2 = 3t + 18.", "4"),
    ("If g(x) = x^2 + 3x, what is g(-5)?", "10"),
    ("What is the product of the roots of x^2 + 4x - 21 = 0?", "-21"),
    ("What remainder does 3^40 leave when divided by 10?", "1"),
    ("How far apart are the points (-1, 2) and (5, 10)?", "10"),
    ("Compute 2^10 - 3^5.", "781"),
    ("If 3a - 2b = 7 and a + b = 4, what is the value of a - b?", "2"),
    # a^2 + b^2 = (a + b)^2 - 2ab = 49 - 4
    ("Let a and b be the roots of x^2 - 7x + 2 = 0. Find a^2 + b^2.", "45"),
    ("For what values of x is x^2 - 7x + 10 < 0? Answer in interval notation.",
     "\\left(2, 5\\right)"),
    ("For what positive value of c does x^2 + cx + 25 = 0 have exactly one real solution?",
     "10"),
    ("If p + q = 11 and p - q = 5, what is pq?", "24"),
    ("A sequence has a_1 = 3 and a_{n+1} = 2a_n + 1 for n >= 1. Find a_4.", "31"),
    ("For what value of a is the line ax + 3y = 2 parallel to the line 2x - y = 5?", "-6"),
    (r"Find all x in [0, 2\pi) with \cos x = -1/2.", r"\frac{2 \pi}{3}, \frac{4 \pi}{3}"),
    # a matrix typed without dollar signs is one piece of maths
    (r"Compute the determinant of the matrix \begin{pmatrix} 5 & 2 \\ 7 & 3 \end{pmatrix}.",
     "1"),
    (r"Find the determinant of \begin{bmatrix} 2 & 0 & 1 \\ 1 & 3 & 0 \\ 0 & 1 & 4 "
     r"\end{bmatrix}.", "25"),
    # functions of a letter without brackets: calculator maths with no digit or operator
    ("Differentiate sin x cos x", r"\cos{\left(2 x \right)}"),
    # a matrix typed as a list of its rows
    ("Find the determinant of [[3, 1], [2, 5]].", "13"),
    ("Compute [[1, 0], [2, 1]] * [[1, 3], [0, 1]].",
     r"\begin{pmatrix} 1 & 3 \\ 2 & 7 \end{pmatrix}"),
    # trigonometric functions without brackets, of degrees, of theta
    ("What is the exact value of cos 15 degrees?", r"\frac{\sqrt{2} + \sqrt{6}}{4}"),
    ("Compute sin(30°) + tan 45°.", r"\frac{3}{2}"),
    ("Solve cos x = 0 for 0 <= x < 2pi.", r"\frac{\pi}{2}, \frac{3 \pi}{2}"),
    ("Find cos theta if sin theta = 5/13 and theta is in the first quadrant.",
     r"\frac{12}{13}"),
    # a request before the verb, British spelling, the integrand's dx
    ("how do I solve 5x + 2 = 17", "3"),
    ("Can you factorise x^2 - 25?", r"\left(x - 5\right) \left(x + 5\right)"),
    ("integrate 4t^3 dt", "t^{4} + C"),
    # a composition typed with the letter o
    ("If f(x) = 2x and g(x) = x - 1, find (f o g)(x).", "2 x - 2"),
    # combinations and permutations in calculator notation, asked on their own
    ("What is C(9, 2)?", "36"),
    ("Compute P(7, 3).", "210"),
    ("12C2", "66"),
    # a whole number, a space and a fraction: a mixed number as typed
    ("What is 2 1/3 + 1/6?", r"\frac{5}{2}"),
    ("Compute 4 3/5 - 2 1/5.", r"\frac{12}{5}"),
    ("What is 1 1/4 times 2 2/5?", "3"),
    ("What is 9 divided by 2 1/4?", "4"),
    ("Integrate t sin t", r"- t \cos{\left(t \right)} + \sin{\left(t \right)} + C"),
])
def test_sentences_with_plain_text_maths_are_solved(problem: str, answer: str) -> None:
    sol = solve_now(problem)
    assert sol.answer == answer, sol.detail


@pytest.mark.parametrize(("text", "wrapped"), [
    ("Solve 4y - 9 = 3 for y.", "Solve $4y - 9 = 3$ for $y$."),
    ("If g(x) = x^2, what is g(3)?", "If $g(x) = x^{2}$, what is $g(3)$?"),
    ("The x-axis meets y = 2x - 6 where?", "The $x$-axis meets $y = 2x - 6$ where?"),
    ("A plane is at (1, 2).", "A plane is at $(1, 2)$."),
    # the letter a as a name: against a number or bracket, or before an operator and maths
    ("If 3a - 2b = 7 and a + b = 4, what is 2a?",
     "If $3a - 2b = 7$ and $a + b = 4$, what is $2a$?"),
    ("Find a value such that a^2 = 49.", "Find a value such that $a^{2} = 49$."),
    ("Find a point (a, 1) on y = x.", "Find a point $(a, 1)$ on $y = x$."),
    # asked at the end after the maths used it; alone it is the article's, never a name
    ("if 5a = 2c and c = 10, find a", "if $5a = 2c$ and $c = 10$, find $a$"),
    ("Given a - 4 = 9, what is a?", "Given $a - 4 = 9$, what is $a$?"),
    ("If y = 4, what is a?", "If $y = 4$, what is a?"),
    ("If a_1 = 3 and a_{n+1} = 2a_n + 1, find a_4.",
     "If $a_1 = 3$ and $a_{n+1} = 2a_n + 1$, find $a_4$."),
    # a list of letters named: "Let a and b be ..."; "Let a friend" stays words
    ("Let a and b be the roots of x^2 - 7x + 2 = 0.",
     "Let $a$ and $b$ be the roots of $x^{2} - 7x + 2 = 0$."),
    ("Let a friend pick y = 4.", "Let a friend pick $y = 4$."),
    # "value of a" then a verb or the end: the letter asked about; before a noun, the article
    ("For what value of a does ax + 3 = 11 have the solution x = 2?",
     "For what value of $a$ does $ax + 3 = 11$ have the solution $x = 2$?"),
    ("Find the value of a number n if 3n = 12.", "Find the value of a number $n$ if $3n = 12$."),
    # names written together between operators are a product
    ("If x^2 + bx + 9 = 0 has one root, find b.",
     "If $x^{2} + bx + 9 = 0$ has one root, find $b$."),
    ("Given 2mn - 3 = 5 and m = 2, find n.", "Given $2mn - 3 = 5$ and $m = 2$, find $n$."),
    # letters no short word is, before an operator: "and pq = 12"; "is = 5" stays words
    ("If p + q = 7 and pq = 12, find p.", "If $p + q = 7$ and $pq = 12$, find $p$."),
    # letters asked after "is" whose every letter is named in the equations: a product
    ("If m + n = 9 and m - n = 3, what is mn?",
     "If $m + n = 9$ and $m - n = 3$, what is $mn$?"),
    ("If u + v = 6, what is it?", "If $u + v = 6$, what is it?"),
    ("If u + v = 6, what is uw?", "If $u + v = 6$, what is uw?"),  # w is named nowhere
    # two letters no word is, right after an operator and ending the maths: a product
    ("If r = pq and p = 2, find r.", "If $r = pq$ and $p = 2$, find $r$."),
    # an interval with a square bracket at one end is one piece of maths
    ("Find all t in [0, 2pi) with cos(t) = 0.",
     "Find all $t$ in $[0, 2\\pi )$ with $\\cos(t) = 0$."),
    ("Is g decreasing on (-2, 5]?", "Is $g$ decreasing on $(-2, 5]$?"),
])
def test_runs_of_maths_are_wrapped_and_words_are_not(text: str, wrapped: str) -> None:
    assert wrap_plain_maths(text) == wrapped


@pytest.mark.parametrize("text", [
    "A 3 x 4 grid of squares is drawn.",  # x may be a times sign
    "I bought 3 pens and a ruler.",  # no maths but numbers
    "How many 3-digit numbers are even?",
    "Solve $x + 1 = 2$ for x.",  # typeset already
])
def test_nothing_ambiguous_or_already_typeset_is_wrapped(text: str) -> None:
    assert wrap_plain_maths(text) is None


@pytest.mark.parametrize(("text", "wrapped"), [
    ("Compute 123 x 45.", "Compute $123 \\cdot 45$."),
    ("what is 7 x 8 x 2", "what is $7 \\cdot 8 \\cdot 2$"),
    ("Is 12 x 12 = 144?", "Is $12 \\cdot 12 = 144$?"),
])
def test_a_spaced_x_between_numbers_ending_the_maths_is_a_times_sign(text: str,
                                                                     wrapped: str) -> None:
    assert wrap_plain_maths(text) == wrapped


@pytest.mark.parametrize("text", [
    "If 2x + 1 = 3 x 4, what is x?",  # another x is a letter: 3x * 4 or 3 * 4?
    "A 3 x 4 grid of squares is drawn.",  # a size
    "What is 3x4?",  # no spaces: 3x times 4?
])
def test_an_x_that_could_be_a_letter_is_not_a_times_sign(text: str) -> None:
    assert wrap_plain_maths(text) is None


@pytest.mark.parametrize(("text", "wrapped"), [
    # a capital A against an operator is a name, as "a" is ("A number plus 3" stays words)
    ("If A/(x-1) + B/(x+1) = 3/(x^2-1), find A + B.",
     "If $A/(x-1) + B/(x+1) = 3/(x^{2}-1)$, find $A + B$."),
    ("Find A and B so that A + B = 7.", "Find $A$ and $B$ so that $A + B = 7$."),
])
def test_a_capital_a_in_maths_is_a_name(text: str, wrapped: str) -> None:
    assert wrap_plain_maths(text) == wrapped


@pytest.mark.parametrize("problem", [
    # x beside another x: a times sign (12x) or the letter (12x^2)? (found by wh22: 12x^2)
    "Simplify 5 x 2 x.",
    "Expand 4 x (x - 3)",
    "Simplify 2 x 5 x^3",
])
def test_a_spaced_x_that_reads_two_ways_declines_naming_both(problem: str) -> None:
    got = solve_now(problem)
    assert got.answer is None and "two ways" in (got.declined or "")


def test_a_capital_a_before_words_stays_the_article() -> None:
    assert wrap_plain_maths("A number plus 3 is 7.") is None


def test_a_plain_power_takes_the_whole_exponent() -> None:
    assert plain_to_latex("2^10 + 5^-2 + x^3") == "2^{10} + 5^{-2} + x^{3}"


def test_a_differential_of_another_letter_declines() -> None:
    assert solve_now("integrate x^2 dt").answer is None  # x is a constant then, or a slip


def test_more_chosen_than_there_are_declines() -> None:
    assert solve_now("Compute P(3, 5).").answer is None


def test_rows_of_different_lengths_are_no_matrix() -> None:
    assert "pmatrix" not in (wrap_plain_maths("Find [[1, 2], [3]].") or "")


def test_the_letter_after_an_apostrophe_stays_in_its_word() -> None:
    assert wrap_plain_maths("What part of the cup's volume is 2/3?") == (
        "What part of the cup's volume is $2/3$?")
    assert wrap_plain_maths("Don't round: find x's value if x + 1 = 3.") == (
        "Don't round: find $x$'s value if $x + 1 = 3$.")


def test_a_segment_named_by_capitals_beside_an_equals_sign_is_maths() -> None:
    assert wrap_plain_maths("In square ABCD, AB = 2x + 1 and BC = 7.") == (
        "In square $ABCD$, $AB = 2x + 1$ and $BC = 7$.")
    assert wrap_plain_maths("The USA has 50 states and x = 2.") == (
        "The USA has 50 states and $x = 2$.")


def test_angles_and_figures_named_by_their_points_are_maths() -> None:
    assert wrap_plain_maths("In triangle PQR, angle P = 36 degrees. Find angle Q.") == (
        "In triangle $PQR$, $\\angle P = 36^\\circ$. Find $\\angle Q$.")
    assert wrap_plain_maths("In kite WXYZ, angle XYZ = 80°.") == (
        "In kite $WXYZ$, $\\angle XYZ = 80^\\circ$.")
    assert wrap_plain_maths("The angle is 30 degrees.") is None


@pytest.mark.parametrize(("problem", "answer"), [
    ("In triangle DEF, DE = DF and angle D = 50 degrees. What is the measure of angle E?", "65"),
    ("In isosceles triangle XYZ, XY = YZ and angle Y = 120 degrees. What is the measure of "
     "angle X?", "30"),
])
def test_an_isosceles_triangle_typed_without_dollar_signs(problem: str, answer: str) -> None:
    assert solve_now(problem).answer == answer


@pytest.mark.parametrize(("text", "wrapped"), [
    # the figure word at the start of a sentence, and segments made of its vertices
    ("Square PQRS has side 5. T is the midpoint of QR. Find PT.",
     "Square $PQRS$ has side 5. $T$ is the midpoint of $QR$. Find $PT$."),
    ("In rectangle WXYZ, M lies on XY and WM meets XZ at K.",
     "In rectangle $WXYZ$, $M$ lies on $XY$ and $WM$ meets $XZ$ at $K$."),
])
def test_segments_of_a_named_figure_are_maths(text: str, wrapped: str) -> None:
    assert wrap_plain_maths(text) == wrapped


def test_capitals_that_are_not_the_figures_letters_stay_words() -> None:
    # no figure is named: "CD" is a compact disc
    assert wrap_plain_maths("A CD costs 12 dollars and a DVD costs 15. What is the total?") \
        is None
    # letters outside the figure's: a word
    assert "$UK$" not in (wrap_plain_maths("Triangle ABC was drawn in the UK. Find AB + 2.")
                          or "")


@pytest.mark.parametrize(("text", "wrapped"), [
    # braces around a list typed in plain text are a set; dots after a comma continue it
    ("How many subsets of {1,2,3,4} are there?", "How many subsets of $\\{1,2,3,4\\}$ are there?"),
    ("Pick from {1, 2, ..., 9}.", "Pick from $\\{1, 2, \\cdots, 9\\}$."),
    # a brace after ^ groups the exponent: not a set
    ("Find 2^{10} + x.", "Find $2^{10} + x$."),
])
def test_a_list_in_braces_is_a_set(text: str, wrapped: str) -> None:
    assert wrap_plain_maths(text) == wrapped


@pytest.mark.parametrize(("problem", "answer"), [
    ("How many subsets of {1,2,3,4,5,6} contain the number 3?", "32"),  # 2^5
    # 13 of the 25 ordered pairs have an even sum
    ("Two numbers are chosen at random with replacement from the set {1, 2, 3, 4, 5}. What is "
     "the probability that their sum is even?", "\\frac{13}{25}"),
    # 8 primes up to 20
    ("A number is chosen at random from {1, 2, 3, ..., 20}. What is the probability that it is "
     "prime?", "\\frac{2}{5}"),
])
def test_problems_with_a_plain_text_set_are_solved(problem: str, answer: str) -> None:
    sol = solve_now(problem)
    assert sol.answer == answer, sol.detail


@pytest.mark.parametrize(("problem", "answer"), [
    # the textbook's "taken k at a time": P(n, k) and C(n, k)
    ("find the number of permutations of 6 objects taken 2 at a time", "30"),
    ("Find the number of combinations of 9 objects taken 3 at a time.", "84"),
    ("How many combinations of 10 things taken 4 at a time are there?", "210"),
    ("what is the number of permutations of 5 distinct objects taken 5 at a time?", "120"),
    # calculator function names for the same counts
    ("compute binomial(11,4)", "330"),
    ("nCr(10, 3)", "120"),
    ("what is nPr(7,2)?", "42"),
    ("comb(8,8)", "1"),
])
def test_counts_in_textbook_words_and_calculator_names(problem: str, answer: str) -> None:
    solved = solve_now(problem)
    assert solved.answer == answer and solved.confirmed


@pytest.mark.parametrize("problem", [
    "find the number of permutations of 3 objects taken 5 at a time",  # more than there are
    "find the number of permutations of 6 red objects taken 2 at a time",  # an unread word
    "find the number of permutations of 6 objects taken 2 at a time with repetition",
    "binomial(3,5)", "nCr(x, 3)", "nCr(10, 3) + y",
])
def test_counts_in_words_and_names_near_misses(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize("problem", [
    "What is 6/50%?", "What is 6 ÷ 50%?", "What is 6 ÷ 2/3%?", "What is 50 + 10%?",
])
def test_a_percent_after_a_calculation_is_not_dropped(problem: str) -> None:
    # the run of maths ended before the %, which was then lost ('6/50%' answered 3/25):
    # whether the percent is of the last number or of the whole, it is never nothing
    assert solve_now(problem).answer is None


def test_letters_a_and_b_that_open_a_sentence_are_names() -> None:
    # "a and b are the roots of ...": the letters named, not the article
    assert solve_now("a and b are the roots of x^2 - 6x + 2 = 0. Find a/b + b/a").answer == "16"
