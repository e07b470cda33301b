"""Problems with lettered choices: the question is solved alone, and the answer names the one
choice equal to it, or the engine declines saying why. Our own problems; answers by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.answer_choices import listed_choices
from tutor.reasoning.symbolic.choice_answers import asks_about_choices
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "letter", "value"), [
    # 5^3 - 4^3 = 61
    ("Compute $5^3 - 4^3$.\n$\\textbf{(A)}\\ 1 \\qquad \\textbf{(B)}\\ 9 \\qquad "
     "\\textbf{(C)}\\ 61 \\qquad \\textbf{(D)}\\ 64 \\qquad \\textbf{(E)}\\ 125$", "C", "61"),
    # 2x + 9 = 31: x = 11
    ("If $2x + 9 = 31$, what is $x$?\n$\\mathrm{(A) \\ } 9 \\qquad \\mathrm{(B) \\ } 11 \\qquad "
     "\\mathrm{(C) \\ } 20 \\qquad \\mathrm{(D) \\ } 22$", "B", "11"),
    # gcd(48, 180) = 12
    ("What is the greatest common factor of $48$ and $180$? (A) 6 (B) 12 (C) 18 (D) 36 (E) 60",
     "B", "12"),
    # 1/4 + 1/6 = 5/12
    ("Find $\\frac{1}{4} + \\frac{1}{6}$.\nA) $\\frac{1}{5}$ B) $\\frac{2}{10}$ C) $\\frac{5}{12}$ "
     "D) $\\frac{7}{12}$", "C", "\\frac{5}{12}"),
    # 6! = 720, a choice written with a thousands comma elsewhere
    ("How many ways can six people stand in a line?\n$\\text{(A)}\\ 36\\qquad\\text{(B)}\\ 120"
     "\\qquad\\text{(C)}\\ 720\\qquad\\text{(D)}\\ 5,040$", "C", "720"),
    # 8 * 9 = 72; "none of these" is left aside when a value matches
    ("What is $8 \\times 9$?\n$\\textbf{(A)}\\ 63 \\qquad \\textbf{(B)}\\ 72 \\qquad "
     "\\textbf{(C)}\\ 81 \\qquad \\textbf{(D)}\\ \\text{none of these}$", "B", "72"),
])
def test_answered_with_the_letter(problem, letter, value):
    sol = assert_solved(problem)
    for gold in (letter, f"({letter})", f"\\text{{({letter})}}", f"\\textbf{{({letter})}}", value):
        assert_solved(problem, gold)
    assert f"({letter})" in sol.steps[-1].text
    assert any(f"choice ({letter})" in c for c in sol.confirmed)


@pytest.mark.parametrize(("problem", "why"), [
    # 9 * 4 = 36 is not listed
    ("What is $9 \\cdot 4$?\n$\\textbf{(A)}\\ 32 \\qquad \\textbf{(B)}\\ 34 \\qquad "
     "\\textbf{(C)}\\ 38 \\qquad \\textbf{(D)}\\ 40$", "none of the choices"),
    # 2^3 = 8 is listed twice, as 8 and as 16/2
    ("Compute $2^3$. (A) 6 (B) 8 (C) 9 (D) $\\frac{16}{2}$", "two choices"),
    # the question is about the choices
    ("Which of these numbers is prime?\n$\\textbf{(A)}\\ 21 \\qquad \\textbf{(B)}\\ 27 \\qquad "
     "\\textbf{(C)}\\ 29 \\qquad \\textbf{(D)}\\ 33$", "the choices themselves"),
    ("Which one of the following is a factor of $35$? (A) 3 (B) 4 (C) 5 (D) 6", "themselves"),
    # several letters asked for
    ("Which numbers are even?\n\n(A) $2$\n(B) $3$\n(C) $4$\n(D) $5$\n\nEnter the letters of the "
     "correct options, separated by commas.", "several letters"),
])
def test_declined_with_the_reason(problem, why):
    sol = solve_now(problem)
    assert sol.answer is None
    assert why in sol.detail, sol.detail


@pytest.mark.parametrize("problem", [
    # choices that are words
    "What kind of number is $\\frac{10}{5}$?\n(A) Irrational\n(B) Even\n(C) Negative\n(D) Odd",
    # a statement among the values
    "What is $3^3$?\n$\\textbf{(A)}\\ 9 \\qquad \\textbf{(B)}\\ 27 \\qquad \\textbf{(C)}\\ 81 "
    "\\qquad \\textbf{(D)}\\ \\text{cannot be determined}$",
])
def test_statement_choices_left_to_the_readers(problem):
    """A statement is no value to compare: the problem is read whole, as the curve-kind
    reader reads "(A) Line (B) Circle ...", and these are declined there."""
    listed = listed_choices(problem)
    assert listed is not None and not listed.all_values()
    assert solve_now(problem).answer is None


def test_curve_kind_still_named():
    # x = t + 1, y = 3t: the line y = 3x - 3
    sol = solve_now("For real numbers $t,$ the point $(x,y) = (t + 1, 3t)$ is plotted. All the "
                    "plotted points lie on what kind of curve?\n\n(A) Line\n(B) Circle\n"
                    "(C) Parabola\n(D) Ellipse\n(E) Hyperbola\n\nEnter the letter of the "
                    "correct option.")
    assert sol.answer is not None and "A" in sol.answer


def test_question_alone_declined_declines():
    sol = solve_now("What is the colour of the sky at noon?\n(A) 1 (B) 2 (C) 3 (D) 4")
    assert sol.answer is None


@pytest.mark.parametrize("problem", [
    # the question lists its own conditions, and "these" names people, not choices
    "How many two-digit numbers have the following two properties? $(1)$ both digits are odd. "
    "$(2)$ the digits differ.\n$\\textbf{(A)}\\ 15 \\qquad \\textbf{(B)}\\ 20 \\qquad "
    "\\textbf{(C)}\\ 25 \\qquad \\textbf{(D)}\\ 30$",
    "If all orders of these 4 friends in a row are counted, how many are there?\n(A) 4 (B) 16 "
    "(C) 24 (D) 256",
])
def test_not_about_the_choices(problem):
    listed = listed_choices(problem)
    assert listed is not None and not asks_about_choices(listed.question)


def test_a_number_set_in_text_is_shown_plainly():
    # 3 * 4 = 12
    sol = assert_solved("What is $3 \\cdot 4$?\n$\\textbf{(A)} \\text{ 7} \\qquad \\textbf{(B)} "
                        "\\text{ 12} \\qquad \\textbf{(C)} \\text{ 34} \\qquad \\textbf{(D)} "
                        "\\text{ 43}$", "B")
    assert sol.answer == "\\text{(B)}\\ 12"
