"""Floors and ceilings of letters: equations in x and its whole part solved by the whole
part n (`algebra/floor_equations.py`), `\\lfloor E \\rfloor = c` read as c <= E < c + 1 when
integers are counted (`algebra/integer_bounds.py`), and sums of bracketed terms with dots.
Our own problems, several wordings each, and near misses that must decline."""

from __future__ import annotations

import pytest
import sympy as sp

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.algebra import floor_equations
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import parse_latex


@pytest.mark.parametrize(("problem", "answer"), [
    # x times its floor: the only solution is negative
    (r"Find the real number $y$ with $y \lfloor y \rfloor = 22$.", "-22/5"),
    (r"What positive number $x$ satisfies $x \cdot \lfloor x \rfloor = 39$?", "6.5"),
    (r"If $\lfloor r \rfloor \cdot r = 52.5$, what is $r$? Express $r$ as a decimal.", "7.5"),
    # a ceiling
    (r"Solve $\lceil t \rceil \cdot t = 77$ for $t$.", "77/9"),
    (r"Which real $x$ makes $x + \lceil x \rceil = 9.25$ true?", "4.25"),
    # a number plus its floor
    (r"Find all real $a$ such that $a + \lfloor a \rfloor = 14.6$.", "7.6"),
    # two solutions, and one picked from them
    (r"Solve $\lfloor z \rfloor^2 = 2z + 3$.", "-1, 3"),
    (r"What is the largest solution of $\lfloor z \rfloor^2 = 2z + 3$?", "3"),
    (r"Find all solutions of $\lfloor w \rfloor + w^2 = 10$.", r"-\sqrt{14}, 2\sqrt{2}"),
    # the bracket of a line in the unknown
    (r"Solve $\lfloor 3x + 1 \rfloor = 2x - \frac{1}{2}$.", "-5/4, -3/4"),
    (r"Find all real $x$ such that $\lceil 2x \rceil = x + 3$.", "3"),
    (r"For which $v$ is $\lfloor v/2 \rfloor + v = 10$?", "7"),
])
def test_equations_in_a_number_and_its_whole_part(problem: str, answer: str) -> None:
    sol = assert_solved(problem, answer)
    assert any(s.rule == "bound the whole part" for s in sol.steps)
    assert any(s.rule == "solve for this whole part" for s in sol.steps)


@pytest.mark.parametrize("problem", [
    r"Find $x$ such that $x + \lfloor x \rfloor = 9.4$.",  # no solution at all
    r"Solve $x - \lfloor x \rfloor = 0.5$.",  # a solution for every whole part
    r"Solve $\lfloor x^2 \rfloor = x + 1$.",  # a bracket of x^2: not this reader's
    r"Find $x$ if $\lfloor x \rfloor + \lceil x \rceil = 7$.",  # both kinds of bracket
])
def test_equations_it_cannot_answer_safely_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_every_solution_lies_in_the_searched_range() -> None:
    x = sp.Symbol("x")
    roots, steps = floor_equations.solve(sp.Eq(x * sp.floor(x), 2000), x)
    assert roots == [-sp.Rational(2000, 45)]  # floor(-44.4...) = -45
    assert "|n| \\le" in steps[1].text


def test_a_bracket_equal_to_a_whole_number_is_a_pair_of_bounds() -> None:
    n = sp.Symbol("n")
    assert floor_equations.as_bounds(sp.Eq(sp.floor(n / 3), 5)) == [n / 3 >= 5, n / 3 < 6]
    assert floor_equations.as_bounds(sp.Eq(sp.ceiling(n), 2)) == [n > 1, n <= 2]
    assert floor_equations.as_bounds(sp.Eq(sp.floor(n), sp.Rational(5, 2))) is None


@pytest.mark.parametrize(("problem", "answer"), [
    (r"How many integers $n$ satisfy $\lfloor \sqrt{n} \rfloor = 4$?", "9"),
    (r"If $\lceil \sqrt{m} \rceil = 7$, how many integer values of $m$ are possible?", "13"),
    (r"What is the largest integer $k$ with $\lfloor k/4 \rfloor = 9$?", "39"),
    (r"For how many integers $q$ is $\lceil q/5 \rceil = 3$ true?", "5"),
])
def test_integers_whose_bracket_is_given(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    (r"Compute $\lfloor \sqrt{1} \rfloor + \lfloor \sqrt{2} \rfloor + \lfloor \sqrt{3} \rfloor"
     r" + \dots + \lfloor \sqrt{20} \rfloor$.", "54"),
    (r"Find $\lfloor \frac{1}{3} \rfloor + \lfloor \frac{2}{3} \rfloor + \cdots + "
     r"\lfloor \frac{60}{3} \rfloor$.", "590"),
    (r"Evaluate $\lceil \sqrt{2} \rceil + \lceil \sqrt{3} \rceil + \dots + "
     r"\lceil \sqrt{30} \rceil$.", "124"),
    (r"Find $\sum_{k=1}^{100} \lfloor \sqrt{k} \rfloor$.", "625"),
    (r"Compute $\sum_{j=1}^{64} \lfloor \log_2 j \rfloor$.", "264"),
    # arguments that grow by a decimal step
    (r"Compute $\lfloor 0.5 \rfloor + \lfloor 1.2 \rfloor + \lfloor 1.9 \rfloor + \dots + "
     r"\lfloor 21.5 \rfloor$.", "327"),
    (r"Find $1.5 + 2 + 2.5 + \dots + 40$.", "1618.5"),
])
def test_sums_of_brackets(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_the_parser_reads_brackets_of_letters_and_settles_constant_ones() -> None:
    x = sp.Symbol("x")
    assert parse_latex(r"x\lfloor x \rfloor") == x * sp.floor(x)
    assert sp.simplify(parse_latex(r"\left\lceil x \right\rceil - 1") - sp.ceiling(x) + 1) == 0
    assert parse_latex(r"\lfloor \sqrt{30} \rfloor + \lceil -1.2 \rceil") .doit() == 4
    assert str(parse_latex(r"\lfloor \lfloor 3x \rfloor / 2 \rfloor")) == "floor(floor(3*x)/2)"
    for bad in (r"\lceil x \rfloor", r"\lfloor x + 1", r"\lfloor \rfloor + 2"):
        with pytest.raises(Decline):
            parse_latex(bad)


def test_the_unknown_named_in_the_form_asked_is_not_a_question_word() -> None:
    assert_solved(r"If $5y - 2 = 11$, what is $y$? Express $y$ as a decimal.", "2.6")
    assert_solved(r"Suppose $\frac{k}{4} = 1.35$. What is $k$? Give $k$ as a decimal.", "5.4")
