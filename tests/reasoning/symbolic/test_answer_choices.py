"""Lettered answer choices split off a problem, in the notations contests use, and each
choice read as a value or found to be a statement. Our own problems."""

from __future__ import annotations

import pytest
import sympy as sp

from tutor.reasoning.symbolic.answer_choices import choice_value, listed_choices


@pytest.mark.parametrize(("problem", "question", "letters", "texts"), [
    ("What is $2+9$? $\\textbf{(A)}\\ 10 \\qquad \\textbf{(B)}\\ 11 \\qquad \\textbf{(C)}\\ 12 "
     "\\qquad \\textbf{(D)}\\ 13$", "What is $2+9$?", "ABCD", ["10", "11", "12", "13"]),
    ("How many edges has a cube?\n$\\textbf{(A) }6\\qquad\\textbf{(B) }8\\qquad\\textbf{(C) }"
     "12\\qquad\\textbf{(D) }24\\qquad\\textbf{(E) }36\\qquad$\n", "How many edges has a cube?",
     "ABCDE", ["6", "8", "12", "24", "36"]),
    ("Find $x$ if $3x = 21$.\n$\\mathrm{(A) \\ } 3 \\qquad \\mathrm{(B) \\ } 7 \\qquad "
     "\\mathrm{(C) \\ } 18 \\qquad \\mathrm{(D) \\ }  24$", "Find $x$ if $3x = 21$.", "ABCD",
     ["3", "7", "18", "24"]),
    ("Compute $4!$.\n$\\text{(A) } 4\\quad \\text{(B) } 16\\quad \\text{(C) } 24\\quad "
     "\\text{(D) } 256$", "Compute $4!$.", "ABCD", ["4", "16", "24", "256"]),
    ("What is $10-3$? (A) 5 (B) 6 (C) 7 (D) 8 (E) 9", "What is $10-3$?", "ABCDE",
     ["5", "6", "7", "8", "9"]),
    ("What is $10-3$?\nA) $5$ B) $6$ C) $7$ D) $8$", "What is $10-3$?", "ABCD",
     ["5", "6", "7", "8"]),
    ("Half of $9$ is\n\\[\\textbf{(A)} \\ 4 \\qquad\\textbf{(B)} \\ 4.5 \\qquad \\textbf{(C)} \\ 5 "
     "\\qquad\\textbf{(D)} \\ \\frac{9}{4}\\]", "Half of $9$ is", "ABCD",
     ["4", "4.5", "5", "\\frac{9}{4}"]),
    ("What shape is it?\n\n(A) Line\n(B) Circle\n(C) Parabola\n(D) Ellipse\n\nEnter the letter of "
     "the correct option.", "What shape is it?", "ABCD",
     ["Line", "Circle", "Parabola", "Ellipse"]),
    ("Choose: $\\textbf {(A)}\\ 210 \\qquad \\textbf {(B)}\\ 560 \\qquad \\textbf {(C)}\\ 840 "
     "\\qquad \\textbf {(D)}\\ 1260$", "Choose:", "ABCD", ["210", "560", "840", "1260"]),
])
def test_choices_split_off(problem, question, letters, texts):
    listed = listed_choices(problem)
    assert listed is not None
    assert listed.question == question
    assert "".join(c.letter for c in listed.choices) == letters
    assert [c.text for c in listed.choices] == texts
    assert not listed.several


@pytest.mark.parametrize("problem", [
    # three labelled conditions, not a list of choices
    "How many numbers satisfy (A) it is even, (B) it is below 20, (C) it is a square?",
    # points named in a figure and a function of an angle
    "[asy] dot(A); dot(B); dot(C); dot(D); dot(E); [/asy] Find the area of $ABCDE$.",
    "Find $f(A)+f(B)+f(C)+f(D)$ when $f(t) = t^2$ and $A=1, B=2, C=3, D=4$.",
    # letters out of order
    "What is $1+1$? (A) 1 (C) 2 (B) 3 (D) 4",
    "What is $1+1$?",
])
def test_no_list_of_choices(problem):
    assert listed_choices(problem) is None


def test_several_letters_asked():
    listed = listed_choices("Which lines pass through the origin?\n\n(A) $y = x$\n(B) $y = x+1$\n"
                            "(C) $y = 2x$\n(D) $y = 3$\n\nEnter the letters of the correct "
                            "options, separated by commas.")
    assert listed is not None and listed.several


@pytest.mark.parametrize(("text", "value"), [
    ("12", sp.Integer(12)),
    ("\\frac{7}{15}", sp.Rational(7, 15)),
    ("2\\sqrt{6}", 2 * sp.sqrt(6)),
    ("\\text{ 13}", sp.Integer(13)),
    ("59,048", sp.Integer(59048)),
    ("0.2", sp.Rational(1, 5)),
    ("2.56\\pi", sp.Rational(64, 25) * sp.pi),
    ("47^\\circ", sp.Integer(47)),
    ("\\$15", sp.Integer(15)),
])
def test_choice_values(text, value):
    got = choice_value(text)
    assert got is not None and sp.simplify(got - value) == 0


@pytest.mark.parametrize("text", [
    "Line", "\\text{not uniquely determined}", "\\text{there is no minimum}",
    "s^2\\le8r^2", "x = 2", "\\text{More than three, but finite}", "Integer", "ab",
    "15 apples", "\\infty",
])
def test_statements_are_not_values(text):
    assert choice_value(text) is None


@pytest.mark.parametrize(("problem", "texts"), [
    # the label's braces hold the value too
    ("Find it.\n$\\mathrm{(A) \\ 3 } \\qquad \\mathrm{(B) \\frac{1}{2} } \\qquad "
     "\\mathrm{(C) \\ 5 } \\qquad \\mathrm{(D) \\ 6 }$", ["3", "\\frac{1}{2}", "5", "6"]),
    # one label's \t read as a tab
    ("Find it. $\\textbf{(A)} 1 \\qquad\\textbf{(B)} 2 \\qquad\textbf{(C)} 3 "
     "\\qquad\\textbf{(D)} 4$", ["1", "2", "3", "4"]),
    # A. at the start of each line, and the instruction after the list
    ("Find it.\n\nA. 0.1\n\nB. 0.2\n\nC. 0.3\n\nD. 0.4\n\n(Type the letter that corresponds to "
     "your answer.)", ["0.1", "0.2", "0.3", "0.4"]),
    ("Find it.\n\nA). $x$\nB). $x^2$\nC). $2x$\nD). $3x$\n\nExpress your answer as A, B, C, or D.",
     ["x", "x^2", "2x", "3x"]),
])
def test_other_notations(problem, texts):
    listed = listed_choices(problem)
    assert listed is not None and listed.question == "Find it."
    assert [c.text for c in listed.choices] == texts


def test_a_line_starting_with_a_capital_is_no_label():
    assert listed_choices("Ann has 3 pens.\nA friend gives her 2 more. How many now?") is None
