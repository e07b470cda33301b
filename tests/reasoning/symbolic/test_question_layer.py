"""The question layer: one question in any clause order, notation or politeness reaches
the solver that reads its plain wording (clause_order.py, spelled_maths.py).

Every problem here is our own; the answers are worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.clause_order import rewordings
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.spelled_maths import us_spelled, words_respelled
from tutor.reasoning.symbolic.unicode_maths import symbols_respelled, unread_symbol


@pytest.mark.parametrize(("problem", "answer"), [
    # the data said first, the question after it
    ("Of 250, what is 12%?", "30"),
    ("Of 80, what percent is 20?", "25"),
    ("Of 96 and 60, what is the greatest common divisor?", "12"),
    ("For the numbers 14 and 35, what is the least common multiple?", "70"),
    ("For the number 28, what is the sum of its positive divisors?", "56"),
    ("For 60, how many positive divisors are there?", "12"),
    ("Of the numbers 4, 8, 9, what is the average?", "7"),
    # the data in a sentence of its own, a pronoun in the question
    ("Take 18 and 30. What is their least common multiple?", "90"),
    ("Consider the number 45. How many positive divisors does it have?", "6"),
    (r"Start with the vectors $\begin{pmatrix} 2 \\ -1 \\ 4 \end{pmatrix}$ and "
     r"$\begin{pmatrix} 3 \\ 5 \\ 1 \end{pmatrix}$; what is their dot product?", "5"),
    # where or how the question is asked, said first
    ("Modulo 13, what is the inverse of 5?", "8"),
    (r"In base ten, what is $212_3$?", "23"),
    ("Written in base 4, what is 27?", "123_4"),
    ("For a right triangle with legs 9 and 12, how long is the hypotenuse?", "15"),
    (r"For $a = 3$, what is $a^3 - 2a$?", "21"),
    ("When you take 21 and 35, what is their greatest common factor?", "7"),
    # the maths first, the task after it
    (r"Once you work out $\frac{3}{4} - \frac{1}{6}$, what number do you get?",
     r"\frac{7}{12}"),
    (r"If you simplify $\sqrt{98}$, what do you get?", r"7\sqrt{2}"),
    (r"What number do you get from $4^3 - 3^3$?", "37"),
    (r"After you expand $(x + 1)(x + 4)$, what expression do you get?", "x^2 + 5x + 4"),
    # the data named after the question
    ("What is the hcf of these numbers: 45 and 75?", "15"),
    ("Find the least common multiple of the following numbers: 4, 6 and 9.", "36"),
    (r"Evaluate the following expression: $5^2 - 2^3$.", "17"),
    (r"What is $3^4 + 1$ equal to?", "82"),
    ("Among 2, 7 and 9, what is the mean?", "6"),
    # the question word said last
    ("The lowest common multiple of 10 and 4 is what number?", "20"),
    (r"$\binom{8}{3}$ equals what?", "56"),
    (r"The value of $\log_5 125$ is what?", "3"),
    (r"When $(y + 1)^4$ is expanded, the coefficient of $y^2$ is what?", "6"),
    (r"The midpoint of $(2, 8)$ and $(6, -4)$ is at what point?", "(4, 2)"),
    # what is done to the maths said first
    (r"$(a + 3)^4$ is expanded. What is the coefficient of $a^3$?", "12"),
    ("When 29 is written in base 4, what is it?", "131_4"),
    # the set counted from said first
    ("Of the integers from 1 to 60, how many are multiples of 8?", "7"),
    ("Of the positive divisors of 48, how many are even?", "8"),
    ("Among the integers from 1 to 80, how many are perfect squares?", "8"),
    # other words for a condition, and a letter's value said in words
    (r"Assuming $t = 4$, what is $t^2 - t$?", "12"),
    (r"Knowing that $5y = 35$, find $y$.", "7"),
    (r"Evaluate $2m^2 + 1$ at $m = 3$.", "19"),
    (r"What does $n^3 - n$ equal if $n = 3$?", "24"),
    (r"When $p$ is 6, what is $p^2 - 5p$?", "6"),
    ("If q equals 7, what is 3q - 1?", "20"),
    # "when" asks as "if"
    (r"When $h(t) = 3t - 5$, what is $h(4)$?", "7"),
    # the question first, its condition after it
    (r"Find $\sin t$ if $\cos t = \frac{8}{17}$ and $t$ is in the fourth quadrant.",
     r"-\frac{15}{17}"),
    (r"Compute $\cos B$ given that $\tan B = \frac{5}{12}$ and $B$ lies in the third "
     "quadrant.", r"-\frac{12}{13}"),
    (r"What is $m - n$ if $2m + n = 11$ and $m - 2n = -2$?", "1"),
    # a system to solve, then the question about it
    (r"Solve the system $p + q = 10$ and $p - 3q = 2$. What is $pq$?", "16"),
    (r"Consider the equations $3u + v = 5$, $u - v = 3$. Find $u^2 + v^2$.", "5"),
    # "what" after "has": 5 * 2^7, 2 + 5 * 24, 3x - 6y = 4 has slope 1/2
    (r"The geometric sequence $5, 10, 20, \ldots$ has what 8th term?", "640"),
    (r"The arithmetic sequence $2, 7, 12, \ldots$ has what 25th term?", "122"),
    (r"The line $3x - 6y = 4$ has what slope?", r"\frac{1}{2}"),
    # a fact someone knows is a fact given: 3^{2r - 4} = 9 gives r = 3
    (r"Maria knows that $9 = 3^{2r-4}$. What is the value of $r$?", "3"),
    (r"We know that $5x - 7 = 18$. What is $x$?", "5"),
])
def test_clauses_in_another_order(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    (r"Could you please compute $9 \cdot 7 - 5$?", "58"),
    ("Kindly find the lcm of 22 and 33.", "66"),
    ("Find the lcm of 10 and 15, please.", "30"),
    ("I would like to know the remainder when 300 is divided by 7.", "6"),
    ("Could you tell me the sum of the positive divisors of 18?", "39"),
    (r"I need to know the value of $3^4 - 4^2$.", "65"),
    (r"Work out $\frac{1}{2} + \frac{1}{5}$.", r"\frac{7}{10}"),
    (r"Figure out $\frac{1}{2} + \frac{1}{5}$.", r"\frac{7}{10}"),
    ("Hi! Could you find the lcm of 6 and 10 for me?", "30"),
    ("Quick question: what is the gcd of 16 and 24?", "8"),
    (r"Here is a problem. Compute $5^2 - 3^2$.", "16"),
    ("I'm trying to find the lcm of 6 and 10.", "30"),
])
def test_politeness_changes_nothing(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # numbers in words
    ("What is the greatest common divisor of forty-eight and one hundred twenty?", "24"),
    ("What remainder is left when two hundred is divided by nine?", "2"),
    ("The number forty-nine has how many positive divisors?", "3"),
    ("Twelve: what is the sum of its divisors?", "28"),
    ("What is one thousand two hundred divided by forty?", "30"),
    # unicode symbols, in plain text and in maths
    ("Compute √64 + 5.", "13"),
    ("Compute 6 × 7 − 2.", "40"),
    ("Compute 18 ÷ 3 + 4.", "10"),
    ("Evaluate y² − 1 when y = 5.", "24"),
    (r"Evaluate $t³ + 1$ when $t = 2$.", "9"),
    ("Compute ½ + ⅓.", r"\frac{5}{6}"),
    ("Simplify √72.", r"6\sqrt{2}"),
    # maths in words
    ("Simplify the square root of 72.", r"6\sqrt{2}"),
    ("What is the cube root of 64?", "4"),
    ("What is log base 3 of 81?", "4"),
    ("What is the logarithm of 125 in base 5?", "3"),
    ("What is three to the power of five?", "243"),
    ("What is 4 raised to the third power?", "64"),
    ("What is 2 to the 6th power?", "64"),
    # LaTeX, subscripts, logarithms and sums that go on, typed without dollar signs
    (r"Evaluate \frac{2}{5} + \frac{1}{10}.", r"\frac{1}{2}"),
    (r"What fraction in lowest terms equals 0.\overline{63}?", r"\frac{7}{11}"),
    ("Convert 1101_2 to base 10.", "13"),
    ("If g(x) = 2x + 7, find g^{-1}(15).", "4"),
    ("Evaluate log_3 243.", "5"),
    ("Find the sum of the infinite geometric series 8 + 4 + 2 + ...", "16"),
    # a decimal that goes on, its repeating block shown at least twice
    ("Write 0.272727... as a common fraction.", r"\frac{3}{11}"),
    ("Write 0.8333... as a common fraction.", r"\frac{5}{6}"),
    # factorials joined by operators are never exclamations
    ("Compute 8!/6!.", "56"),
    ("What is 3! + 5!?", "126"),
    # a full stop or comma after the "!": a factorial (an exclamation is never followed by one)
    ("Find the number of trailing zeros in 60!.", "14"),
    ("Compute the units digit of 9!.", "0"),
    # absolute values typed without dollar signs
    ("Solve |x + 2| = 6.", "-8, 4"),
    ("What is |-9| + |4|?", "13"),
    ("What is the square root of 45 in simplest radical form?", r"3\sqrt{5}"),
    # display maths
    (r"Evaluate \[4^3 - 2^5.\]", "32"),
    (r"Evaluate $$4^3 - 2^5.$$", "32"),
    (r"Evaluate \begin{equation*}4^3 - 2^5\end{equation*}", "32"),
    (r"Solve \begin{equation}3x - 4 = 11\end{equation}", "5"),
    # systems written in rows, and a definition written the other way round
    (r"Solve the system \begin{align*} a + b &= 9 \\ a - b &= 5 \end{align*}",
     "a = 7, b = 2"),
    (r"Solve the system $$\begin{cases} 2p + q = 11 \\ p - q = 1 \end{cases}$$",
     "p = 4, q = 3"),
    (r"Solve the system \[m + n = 8, \quad m - n = 4.\]", "m = 6, n = 2"),
    (r"Find $k(2)$ if $5t^2 + 1 = k(t)$.", "21"),
    # thousands separators
    ("Divide 10,000 by 7. What is the remainder?", "4"),
])
def test_other_notation(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a qualifier no reader applies must still be read, so the problem declines
    "Take 18 and 30. What is their largest common prime factor of all?",
    "Consider the number 45. How many positive divisors does it not have?",
    "Please find the least common multiple of 9 and 12 that is not 36.",
    "Of 84 and 120, what is the smallest common divisor greater than 1?",
    # a letter's value is read only when the sentence says no more about it
    r"If $x$ is 3 more than $y$ and $y = 2$, what is $x^2$ not squared?",
    # a greeting is dropped, never a word that could be maths ("right triangle")
    "Right, what is the gcd of 16 and 24 that is not 8?",
    # "its" of two numbers: which one is meant is not said
    "Take 18 and 30. What is its number of positive divisors?",
    # a root sign whose extent is unclear, a symbol the engine cannot read
    "Compute √2x when x = 8.",
    "Compute 3 ≈ 2.",
    # a mixed number is not a product
    "Compute 2½ + 1.",
    # the square root of a sum said in words is ambiguous, and so is a power of one
    "What is the square root of 9 plus 16?",
    "What is 2 to the power of 3 plus 1?",
    # a decimal cut short ("2.71828...") repeats no block: not a fraction to find
    "Write 2.71828... as a fraction.",
    # a "!" closing a statement may be an exclamation
    "It came to 6! Amazing",
    # a bar that says "divides" is not an absolute value
    "Is it true that 3 | 12?",
    # "among", "with" or "using" never make the numbers the owner of what is counted
    "Among 10 and 30, how many divisors are there?",
    "Using 12 and 18, how many divisors are there?",
    # two things asked: never the first alone
    r"The line $3x - 6y = 4$ has what slope and what intercept?",
])
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_a_square_root_in_words_is_never_read_as_letters() -> None:
    # "the square root of 50" once became the product of the letters t, h, e, s, q ...
    assert solve_now("Simplify the square root of 50.").answer == "5 \\sqrt{2}"


def test_rewordings_move_clauses_and_keep_every_word() -> None:
    assert "what is the hcf of @0@ and @1@?" in rewordings("of @0@ and @1@, what is the hcf?")
    assert "what is @1@ of @0@?" in rewordings("of @0@, what is @1@?")
    assert "what is the lcm of @0@ and @1@?" in rewordings("take @0@ and @1@. what is their lcm?")
    assert "which remainder is left when @0@ is shared among @1@?" in rewordings(
        "when @0@ is shared among @1@, which remainder is left?")
    assert "find the sum of @0@ and @1@?" in rewordings(
        "could you please find the sum of @0@ and @1@?")
    assert rewordings("which remainder is left when @0@ is shared among @1@?") == []
    assert "if @1@ and @2@ lies in the second quadrant, find @0@." in rewordings(
        "find @0@ if @1@ and @2@ lies in the second quadrant.")
    assert "if @1@, what is @0@?" in rewordings("what is @0@ given that @1@?")
    # an unknown word stays, so the reader still sees it
    assert all("not" in r for r in rewordings(
        "take @0@. how many divisors does it not have?"))


def test_using_says_how_never_for_which_values() -> None:
    assert rewordings("how many numbers can be made using @0@?") == []
    assert all(" if " not in r for r in rewordings(
        "using the digits @0@, @1@, @2@, how many numbers can be formed?"))


def test_a_definition_is_turned_round_only_when_it_is_one() -> None:
    from tutor.reasoning.symbolic.problem_text import split_problem

    assert split_problem("$3x^2 - 2 = f(x)$").maths == ["f(x) = 3x^2 - 2"]
    for kept in ("y = f(x)", "x = f(x)", "2f(x) = f(x)", "x + 1 = f(y)"):
        assert split_problem(f"${kept}$").maths == [kept]


def test_rows_become_one_system_only_when_each_is_an_equation() -> None:
    from tutor.reasoning.symbolic.problem_text import split_problem

    rows = r"\begin{align*} u - v &= 1 \\ u + v &= 7 \end{align*}"
    assert split_problem(rows).maths == ["u - v = 1, u + v = 7"]
    piecewise = r"$f(x) = \begin{cases} 3 & x < 1 \\ x & x \ge 1 \end{cases}$"
    assert "cases" in split_problem(piecewise).maths[0]
    steps = r"\begin{align*} y &= 4 + 1 \\ &= 5 \end{align*}"
    assert "," not in split_problem(steps).maths[0]


def test_respelling_symbols_and_words() -> None:
    assert symbols_respelled("√49 + 3") == "sqrt(49) + 3"
    assert symbols_respelled("$x² ≤ 4$") == "$x^{2} \\le  4$"
    assert symbols_respelled("√2x") == "√2x" and unread_symbol("√2x") == "√"
    assert words_respelled("eighty-four and one hundred five") == "84 and 105"
    assert words_respelled("three-fourths of 48") == "3/4 of 48"
    assert words_respelled("the larger one of the roots") == "the larger one of the roots"
    assert words_respelled("one plus one") == "1 plus 1"
    assert words_respelled("two thousand and twenty-six") == "2026"


def test_british_spellings_of_units_reach_the_readers() -> None:
    assert us_spelled("12 Centimetres, a litre, centred at O") == \
        "12 Centimeters, a liter, centered at O"
    assert us_spelled("a theatre and a centrepiece") == "a theatre and a centrepiece"
    assert_solved("A rectangle is 11 metres long and its perimeter is 34 metres. What is its area "
                  "in square metres?", "66")
