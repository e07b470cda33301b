"""Digit puzzles: additions whose letters stand for digits, or whose base is unknown, set
as a column addition or written inline (`number_theory.digit_puzzles`,
`digit_puzzle_words`, `numeral_puzzles`). Our own puzzles; each answer worked by hand and
by a separate brute force."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.number_theory.numeral_puzzles import (
    column_addition,
    inline_addition,
)

_AB = r"$$\begin{array}{ccc} & A & B \\ + & B & A \\ \hline 1 & 3 & 2 \end{array}$$"
_XYZ = (r"$$\begin{array}{c@{}c@{}c@{}c} &X&Y&Z_5\\ &+&Y&Z_5\\ \cline{2-4} &X&Z&X_5\\ "
        r"\end{array}$$")


@pytest.mark.parametrize(("problem", "answer"), [
    # 342_b + 153_b = 525_b: 4b^2 + 9b + 5 = 5b^2 + 2b + 5, b = 7 (digits allow b >= 6)
    (r"Find the value of $b$ such that the following addition in base $b$ is correct: "
     r"$$\begin{array}{c@{}c@{}c@{}c@{}c} &&3&4&2_b\\ &+&1&5&3_b\\ \cline{2-5} &&5&2&5_b "
     r"\end{array}$$", "7"),
    # 435_h + 261_h = 1026_h: h^3 - 6h^2 - 7h = 0, h = 7
    (r"Find $h$ such that the following equation in base $h$ is true: $$\begin{array}{cccc} "
     r"& 4 & 3 & 5_h \\ + & 2 & 6 & 1_h \\ \hline 1 & 0 & 2 & 6_h \end{array}$$", "7"),
    # AB + BA = 11(A + B) = 132: four pairs, every one with A + B = 12
    ("If $A$ and $B$ are different digits such that " + _AB + " what is the sum of $A$ and "
     "$B$?", "12"),
    ("If $A$ and $B$ are different digits such that " + _AB + " find $A+B$.", "12"),
    # AB_7 + BA_7 = 8(A + B) = 56
    ("If $A$ and $B$ are digits in base 7 with $AB_7 + BA_7 = 110_7$, what is $A+B$?", "7"),
    ("If $A$ and $B$ are digits in base 7 with $AB_7 + BA_7 = 110_7$, what is $A+B$ in base 7?",
     "10_7"),
    # 7A3 - 25B = 486: B = 7 (units), then 743 - 257 = 486, A = 4
    (r"Find $A + B$ if $$\begin{array}{cccc} & 7 & A & 3 \\ - & 2 & 5 & B \\ \hline & 4 & 8 "
     r"& 6 \end{array}$$ where $A$ and $B$ are digits.", "11"),
    # PQ_8 + QP_8 = 9(P + Q) = 81
    (r"The digits $P$ and $Q$ satisfy $\overline{PQ}_8 + \overline{QP}_8 = \overline{121}_8$ "
     r"and $P$ and $Q$ are distinct non-zero digits. What is the sum of $P$ and $Q$?", "9"),
    # 107 + 7 = 114: X = 4, Y = 1, Z = 2; 7 = 12_5
    ("Let $X$, $Y$, and $Z$ be distinct non-zero digits less than 5 such that " + _XYZ
     + " Find the sum of $X$, $Y$ and $Z$, expressing your answer in base 5.", "12_5"),
    ("Let $X$, $Y$, and $Z$ be distinct non-zero digits less than 5 such that " + _XYZ
     + r" What is $|X-Z|$?", "2"),
    # 2 * ABC = 864
    (r"If $A$, $B$ and $C$ are distinct digits such that $$\begin{array}{cccc} & A & B & C \\ "
     r"+ & A & B & C \\ \hline & 8 & 6 & 4 \end{array}$$ what is the three-digit number $ABC$?",
     "432"),
    # XY_7 + YY_7 = 101_7: 18 + 32 = 50, X = 2, Y = 4
    (r"Suppose $X$ and $Y$ are nonzero digits in base $7$ such that $\overline{XY}_7 + "
     r"\overline{YY}_7 = \overline{101}_7$. Find the product of $X$ and $Y$.", "8"),
    (r"Suppose $X$ and $Y$ are nonzero digits in base $7$ such that $XY_7 + YY_7 = 101_7$. "
     r"Determine $X \cdot Y$.", "8"),
    # numerals in several bases, each written: 6D + 3 = 7D; 5A + 2 = 6A; 5A + B = 7B + A
    (r"If $\Diamond3_6=\Diamond0_{7}$ and $\Diamond$ represents a digit, solve for $\Diamond$.",
     "3"),
    ("Suppose $A$ is a digit such that $A2_5 = A0_6$. What is $A$?", "2"),
    ("If $AB_5 = BA_7$ where $A$ and $B$ are digits, what is $A + B$?", "5"),
    # 6d + 1 = 11 + d
    ("Find the digit $d$ such that $d1_6 = 1d_{11}$.", "2"),
    # 7T + 4 = 8T - 2
    (r"Suppose $\triangle$ is a digit with $\triangle4_7 = \triangle0_8 - 2$. What is "
     r"$\triangle$?", "6"),
    # typed without dollar signs: AB_6 + BA_6 = 7(A + B) = 35
    ("If A and B are digits and AB_6 + BA_6 = 55_6, find A + B.", "5"),
    ("Find the digit d such that d1_6 = 1d_11.", "2"),
    ("X and Y are nonzero digits in base 7 and XY_7 + YY_7 = 101_7. Find X*Y.", "8"),
    ("If P and Q are distinct nonzero digits with PQ_8 + QP_8 = 121_8, what is P+Q?", "9"),
])
def test_puzzles_answered(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # |A - B| differs between the four solutions of AB + BA = 132
    "If $A$ and $B$ are different digits such that " + _AB + " what is $|A-B|$?",
    # P + Q = 9 has three pairs with different products
    r"The digits $P$ and $Q$ satisfy $\overline{PQ}_8 + \overline{QP}_8 = \overline{121}_8$ "
    r"and $P$ and $Q$ are distinct non-zero digits. What is the product of $P$ and $Q$?",
    # a count, a condition in words, a product row, a letter never said to be a digit
    "How many pairs of digits $A$ and $B$ satisfy $AB_7 + BA_7 = 110_7$?",
    "If $A$ and $B$ are digits and $A$ is not $B$, with $AB_7 + BA_7 = 110_7$, what is $A+B$?",
    r"If $A$ and $B$ are digits such that $$\begin{array}{ccc} & A & B \\ \times & & 3 \\ "
    r"\hline 1 & 3 & 2 \end{array}$$ what is $A+B$?",
    r"Find $A + B$ if $$\begin{array}{cccc} & 7 & A & 3 \\ - & 2 & 5 & B \\ \hline & 4 & 8 "
    r"& 6 \end{array}$$ where $A$ is a digit.",
    # a condition the reader does not read
    r"If $A$ and $B$ are digits with $A > B$ and $\overline{AB} + \overline{BA} = 132$, "
    r"what is $A$?",
    # no digits at all satisfy it: 8(A + B) = 57
    "If $A$ and $B$ are digits in base 7 with $AB_7 + BA_7 = 111_7$, what is $A+B$?",
    # a number without its base beside numerals in base 7
    "If $A$ and $B$ are digits in base 7 with $AB_7 + BA_7 = 56$, what is $A+B$?",
    # 8d + 5 = 35 + d has no whole solution
    "Find the digit $d$ such that $d5_8 = 5d_7$.",
    "If P and Q are distinct nonzero digits with PQ_8 + QP_8 = 121_8, what is P*Q?",
    # "A" the article, not a digit: the rest is not read
    "A number is written AB_5 and also BA_7. What is A + B?",
    # the base asked, but every numeral's base is written
    r"Find the base such that $$\begin{array}{ccc} & 1 & 2_7 \\ + & 3 & 4_7 \\ \hline & 4 & "
    r"6_7 \end{array}$$",
    # a base bounded by words the reader does not read
    "$BBB_4$ can be written as $22_b$, where $B$ is a digit in base 4 and $b$ is a base "
    "greater than 4. What is the smallest possible sum $B+b$?",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None


def test_column_rows_must_share_the_units_column():
    with pytest.raises(Exception, match="same columns"):
        column_addition(r"\begin{array}{cccc} 1 & 2 & & \\ + & 3 & 4 & \\ \hline & 4 & 6 & "
                        r"\end{array}")


def test_inline_reading():
    got = inline_addition(r"\overline{ABC}_6 + \overline{BCA}_6 = \overline{AAA0}_6")
    assert got is not None
    assert [n.symbols for n in got.numerals()] == [("A", "B", "C"), ("B", "C", "A"),
                                                  ("A", "A", "A", "0")]
    assert inline_addition("12 + 30 = 42") is None  # plain arithmetic: not a puzzle
    assert inline_addition("AB + BA = 132") is None  # AB could be a product


@pytest.mark.parametrize(("problem", "answer"), [
    # 3 * 7 + 4 = 25
    (r"If $3d_7 = 25_{10}$, what digit is $d$?", "4"),
    # 3 * 7 + 5 = 26
    (r"If $3d_7 = 26_{10}$, what digit is $d$?", "5"),
    # 5 * 3 + 2 = 17
    (r"If $A2_5 = 17_{10}$, what digit does $A$ represent?", "3"),
])
def test_what_digit_is_asked(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 30 - 21 = 9 is no digit of base 7
    r"If $3d_7 = 30_{10}$, what digit is $d$?",
    # the letter asked is not in the puzzle
    r"If $3d_7 = 25_{10}$, what digit is $e$?",
])
def test_what_digit_is_asked_with_no_digit_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
