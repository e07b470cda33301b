"""A closing request for the form of an exact answer ("as a simplified common fraction",
"in terms of $\\pi$", "in the form $\\frac{a}{b}$", "as a whole number") is read past: the
solvers answer exactly anyway. Our own problems; the values are worked out in comments."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.parsing import Split, split_problem
from tutor.reasoning.symbolic.recognise import without_form_request


@pytest.mark.parametrize(("problem", "answer"), [
    # sides 7, 7, 4: height 3 sqrt 5, area 6 sqrt 5, R = abc / (4K) = 49 / (6 sqrt 5),
    # so pi R^2 = 2401 pi / 180
    ("A circle passes through the three vertices of an isosceles triangle with legs 7 and "
     "base 4. What is the area of the circle? Leave the answer in terms of $\\pi$.",
     "\\frac{2401\\pi}{180}"),
    # q(1) = -1, p(-1) = 2; p(1) = 2, q(2) = 1
    ("If $p(x) = x^2 + 1$ and $q(x) = 2x - 3$, find $\\frac{p(q(1))}{q(p(1))}$. Express your "
     "answer in the form $\\frac{a}{b}$.", "2"),
    # sum 7/3, product 1/3: 49/9 - 2/3 = 43/9
    ("What is the sum of the squares of the roots of $3x^2 - 7x + 1 = 0$? Express your answer "
     "as a common fraction in lowest terms.", "\\frac{43}{9}"),
    # sum 2/5, product -6/5: 4/25 + 12/5 = 64/25
    ("Let $r$ and $s$ be the solutions of $5x^2 - 2x - 6 = 0$. Find $r^2 + s^2$. Give your "
     "answer as a simplified common fraction.", "\\frac{64}{25}"),
    # 12 = 7w
    ("Solve for $w$: $3w + 4 = 10w - 8$. Express your answer as a simple fraction.",
     "\\frac{12}{7}"),
    ("How many minutes are in 3 hours? Express your answer as a whole number.", "180"),
    # the request said in a participle or a second clause: 1/log_6 3 + 1/log_6 2 = log_6 6
    ("Evaluate $\\frac{1}{\\log_3 6} + \\frac{1}{\\log_2 6}$, giving your answer as a "
     "fraction in lowest terms.", "1"),
    ("Compute $\\frac{3}{4} + \\frac{5}{6}$, giving your answer as a common fraction.",
     "\\frac{19}{12}"),
    # 1/3 + 4/33 = 15/33
    ("Find $0.\\overline{3} + 0.\\overline{12}$ and give your answer as a fraction in lowest "
     "terms.", "\\frac{5}{11}"),
    ("Solve $3x + 5 = 12$, giving your answer as an improper fraction.", "\\frac{7}{3}"),
    # "Express in terms of pi" without "your answer", typed with π or pi: r = 3, V = 36 pi
    ("The circumference of a sphere is 6π cm. What is its volume? Express in terms of π.",
     "36\\pi"),
    ("A sphere has a great circle of circumference 6pi. Find its volume. Leave it in terms of "
     "pi.", "36\\pi"),
])
def test_form_request_read_past(problem, answer):
    assert_solved(problem, answer)


def test_pi_piece_dropped_and_later_pieces_renumbered():
    split = split_problem("A disc has radius 4. What is its area? Express your answer in "
                          "terms of $\\pi$.")
    assert split.maths[0] == "\\pi"  # maths in dollars is numbered before numbers in words
    kept, tmpl = without_form_request(split, split.template)
    assert tmpl == "a disc has radius @0@. what is its area?"
    assert kept == Split(tmpl, ["4"])


@pytest.mark.parametrize("text", [
    # "in terms of" another letter asks for an expression in it: a different question
    "The side of a square is $s$. What is its diagonal? Express your answer in terms of $s$.",
    # no question before the request
    "Express your answer in terms of $\\pi$.",
])
def test_other_requests_kept(text):
    split = split_problem(text)
    assert without_form_request(split, split.template) == (split, split.template)


def test_in_terms_of_the_only_letter_after_a_rewrite_is_dropped():
    split = split_problem("Simplify $\\sqrt{6y} \\cdot \\sqrt{10y} \\cdot \\sqrt{15y}$. Express "
                          "your answer in simplest radical form in terms of $y$.")
    kept, tmpl = without_form_request(split, split.template)
    assert tmpl == "simplify @0@."
    assert kept.maths == ["\\sqrt{6y} \\cdot \\sqrt{10y} \\cdot \\sqrt{15y}"]
    # another letter in the expression: kept
    other = split_problem("Simplify $(3y - 1)(x + 2)$. Express your answer in terms of $y$.")
    assert without_form_request(other, other.template) == (other, other.template)


def test_a_product_simplified_in_terms_of_its_letter_is_multiplied_out():
    # (3y - 1)(y + 2) = 3y^2 + 6y - y - 2
    assert_solved("Simplify $(3y - 1)(y + 2)$. Express your answer in terms of $y$.",
                  "3y^2 + 5y - 2")
    assert_solved("Simplify $(3y - 1)(y + 2)$.", "3y^2 + 5y - 2")


def test_form_request_alone_declines():
    assert solve_now("Express the answer as a common fraction in lowest terms.").answer is None


@pytest.mark.parametrize("problem", [
    # 7/2 + 1 = 9/2: a whole number asked may mean a rounding the problem does not say
    "What is $\\frac{7}{2}$ plus $1$? Express your answer as a whole number.",
    # 2x = 7 gives 7/2
    "Solve for $x$: $2x + 1 = 8$. Give the answer as an integer.",
])
def test_whole_number_asked_and_not_found_declines(problem):
    sol = solve_now(problem)
    assert sol.answer is None
    assert "whole number" in sol.detail
