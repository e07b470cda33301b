"""Questions typed with their asking words left out or put last (`implied_questions`), and a
bare log whose base is never said; our own wordings, answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.implied_questions import template_rewordings as rewordings
from tutor.reasoning.symbolic.parsing import Split


@pytest.mark.parametrize(("template", "maths", "said"), [
    ("@0@ solve", ["x^2 = 4"], ["solve @0@"]),
    ("@0@, solve it.", ["x^2 = 4"], ["solve @0@"]),
    ("@0@ solve for @1@", ["x + y = 4", "y"], ["solve for @1@ @0@"]),
    ("@0@ expand pls", ["(x+1)^2"], ["expand @0@"]),
    ("@0@", [r"\ln(e^{3})"], ["what is @0@?"]),
    ("@0@", [r"(2+3i)(1-i)"], ["what is @0@?"]),
    ("@0@", [r"\log_{2} 8 + \sqrt{4}"], ["what is @0@?"]),
    ("log base @0@ of @1@", ["2", "8"], ["what is log base @0@ of @1@?"]),
    ("sum of the first @0@ terms", ["20"],
     ["what is sum of the first @0@ terms?", "what is the sum of the first @0@ terms?"]),
])
def test_the_question_implied(template: str, maths: list[str], said: list[str]) -> None:
    assert [s.template for s in rewordings(Split(template, maths))] == said


@pytest.mark.parametrize(("template", "maths"), [
    ("@0@", ["(x+2)^3"]),  # a letter: expand, factor or solve? not said
    ("@0@", ["x^2 + 4 = 0"]),  # an equation is read by the equation readers, not valued
    ("@0@", [r"2 \leq 3"]),
    ("what is @0@", ["2+2"]),  # asked already
    ("find @0@ and simplify", ["2+2"]),
    ("if @0@, solve", ["x = 2"]),  # a condition before the verb: not a bare request
    ("a blue box of @0@", ["3"]),  # a noun phrase, but no value named
])
def test_no_question_implied(template: str, maths: list[str]) -> None:
    assert rewordings(Split(template, maths)) == []


@pytest.mark.parametrize(("problem", "answer"), [
    ("ln(e^5)", "5"),
    ("(3 - 2i)(4 + i)", "14 - 5i"),
    ("(1+i)^4", "-4"),
    ("i^30", "-1"),
    ("log_5 125 - log_2 4", "1"),
    ("log base 3 of 27", "3"),
    ("|2x - 5| <= 3 solve", "[1,4]"),
    ("x^2 - 7x + 12 = 0, solve it", "3, 4"),
    ("(x - 3)^2 expand", "x^2 - 6x + 9"),
    ("x^2 + 5x + 6 factor", "(x+2)(x+3)"),
    ("remainder when 3^5 is divided by 4", "3"),
])
def test_implied_questions_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "(x+3)^2",  # no question, and a letter: declined, never guessed
    "x^2 + 9",
    # a bare log: base 10 to a school student, base e to a calculator; never ln taken
    "log 1000",
    "what is log(100)",
    "simplify log 2 + log 50",
    "solve log(x) + log(x + 21) = 2",
])
def test_unsaid_questions_and_bases_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    ("pls find f(g(x)) if f(x) = 3x - 1 and g(x) = x^2", "3x^2 - 1"),
    ("solve x^2 - 2x - 15 = 0 pls", "-3, 5"),
    ("plz factor x^2 - 49", "(x-7)(x+7)"),
    ("find the inverse of f(x) = 4x + 8 pls", r"\frac{x}{4} - 2"),
])
def test_pls_and_plz_change_nothing_asked(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_pls_before_words_not_understood_still_declines() -> None:
    assert solve_now("pls find the colour of x^2 - 49").answer is None
