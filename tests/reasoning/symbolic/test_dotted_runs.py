"""Sums and products written with dots inside a larger problem, worked out and put in (our
own problems, answers worked out by hand); questions about the terms themselves, runs whose
pattern is not certain and runs in a letter that is not given decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.dotted_runs import run_value, runs
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.model import Decline

SOLVED = [
    # 2^10 * 10! / 10! = 1024
    (r"Compute $\frac{2 \cdot 4 \cdot 6 \cdots 20}{1 \cdot 2 \cdot 3 \cdots 10}$.", "1024"),
    # 55 / 110
    (r"Compute $\frac{1 + 2 + 3 + \cdots + 10}{2 + 4 + 6 + \cdots + 20}$.", r"\frac{1}{2}"),
    # 420 = 20x
    (r"If $2 + 4 + 6 + \cdots + 40 = 20x$, what is $x$?", "21"),
    # sum of k(41 - k), k = 1..40: 40 * 41 * 42 / 6 = 40 * 41 * 7
    (r"If $1 \cdot 40 + 2 \cdot 39 + 3 \cdot 38 + \dots + 40 \cdot 1 = 40 \cdot 41 \cdot x$, "
     r"compute $x$.", "7"),
    # the 25 odd numbers add to 625
    (r"Find $\sqrt{1 + 3 + 5 + \cdots + 49}$.", "25"),
    # 2^21
    (r"Compute $2^{1 + 2 + 3 + \cdots + 6}$.", "2097152"),
    # 45^2 - 285
    (r"What is the value of $(1 + 2 + \cdots + 9)^2 - (1^2 + 2^2 + \cdots + 9^2)$?", "1740"),
    # log_3 of 50 lies between 3 and 4
    (r"What is the greatest integer less than $\log_3 \frac{3}{2} + \log_3 \frac{4}{3} + "
     r"\cdots + \log_3 \frac{100}{99}$?", "3"),
    # 999 logarithms: log_5 of 1000 lies between 4 and 5
    (r"Find the greatest integer less than $\log_5 \frac{2}{1} + \log_5 \frac{3}{2} + \cdots + "
     r"\log_5 \frac{1000}{999}$.", "4"),
    # y^55 / y^45 at y = 3
    (r"What is the value of $\frac{y^1 \cdot y^2 \cdot y^3 \cdots y^{10}}{y^3 \cdot y^6 "
     r"\cdots y^{15}}$ if $y = 3$?", "59049"),
    # x^42 / x^36
    (r"Simplify $\frac{x^2 \cdot x^4 \cdot x^6 \cdots x^{12}}{x \cdot x^3 \cdot x^5 \cdots "
     r"x^{11}}$.", "x^6"),
    # a factor (b - 3) is zero at b = 3
    (r"Evaluate the product $(b-5) \cdot (b-4) \cdot \dotsm \cdot (b-1) \cdot b$, where $b=3$.",
     "0"),
    # both are 13!/(5! 8!)
    (r"Compute \[\frac{(1 + 5) \left(1 + \dfrac{5}{2}\right) \left(1 + \dfrac{5}{3}\right) \dotsm "
     r"\left(1 + \dfrac{5}{8}\right)}{(1 + 8) \left(1 + \dfrac{8}{2}\right) \dotsm \left(1 + "
     r"\dfrac{8}{5}\right)}.\]", "1"),
    # 22 * 23 * 24 / 6 = 22 * 23 * 4
    (r"If $1 \cdot 22 + 2 \cdot 21 + \dots + 22 \cdot 1 = 22 \cdot 23 \cdot x,$ compute the "
     r"integer $x.$", "4"),
    # a product on its own: 2^10 * 10!
    (r"Compute $2 \cdot 4 \cdot 6 \cdots 20$.", "3715891200"),
    # powers of the imaginary unit: i^1..i^12 is three whole turns (0), then i^13 + i^14
    (r"Find the value of $i + i^2 + i^3 + \cdots + i^{14}$.", "-1 + i"),
    # i^2..i^9 is two whole turns (0), then i^10 + i^11 = -1 - i
    (r"Evaluate $i^2 + i^3 + i^4 + \cdots + i^{11}$.", "-1 - i"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_runs_worked_out_and_put_in(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # about the terms, not the value
    r"How many terms are in the sum $1 + 4 + 7 + \cdots + 100$?",
    r"What is the largest factor of $2 \cdot 4 \cdot 6 \cdots 20$?",
    # a list, not a run
    r"Let $S = \{1, 2, 3, \ldots, 50\}$. How many elements of $S$ are odd?",
    # the last term does not continue the pattern (a step of 2 or doubling?)
    r"Compute $\frac{1 + 2 + 3 + \cdots + 10}{2 + 4 + 8 + \cdots + 30}$.",
    # 20 * 21 * 22 / 6 = 20 * 21 * 11/3: no integer x
    r"If $1 \cdot 20 + 2 \cdot 19 + \dots + 20 \cdot 1 = 20 \cdot 21 \cdot x,$ compute the "
    r"integer $x.$",
    # 1, 2, ..., 4 in the denominators: a step of 1 or doubling?
    r"Compute $(1 + 7)(1 + \frac{7}{2}) \dotsm (1 + \frac{7}{4})$.",
    # a run with a letter for its end
    r"If $1 + 2 + \cdots + n = 55$, what is $n$?",
    # a sum in a letter other than i: no number (this once stopped with an internal error)
    r"Compute $y + y^2 + y^3 + \cdots + y^{9}$.",
])
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_a_run_stops_at_its_bracket_and_at_a_relation() -> None:
    maths = r"\frac{1 + 2 + \cdots + 9}{7} = 2 \cdot 4 \cdots 10"
    assert [maths[a:b].strip() for a, b in runs(maths)] == [
        r"1 + 2 + \cdots + 9", r"2 \cdot 4 \cdots 10"]


@pytest.mark.parametrize(("run", "value"), [
    # the first factor written as 1 + 6 is 1 + 6/1, the pattern one step back: the product
    # of (k + 6)/k for k = 1..6 is 12!/(6! 6!)
    (r"(1 + 6)(1 + \frac{6}{2})(1 + \frac{6}{3}) \dotsm (1 + \frac{6}{6})", 924),
    # with one factor after it: of the steps from 2 to 6, only 1 makes 1 + 6/1 = 7
    (r"(1 + 6)(1 + \frac{6}{2}) \dotsm (1 + \frac{6}{6})", 924),
    # the last factor x is x - 0
    (r"(x-3)(x-2) \cdots (x-1) \cdot x", None),
])
def test_ends_in_a_simpler_form(run: str, value: int | None) -> None:
    got, _ = run_value(run)
    if value is not None:
        assert got == value
    else:
        assert str(got) == "x**4 - 6*x**3 + 11*x**2 - 6*x"


def test_a_first_term_that_is_not_the_pattern_declines() -> None:
    with pytest.raises(Decline):
        run_value(r"(1 + 5)(1 + \frac{6}{2})(1 + \frac{6}{3}) \dotsm (1 + \frac{6}{6})")
    with pytest.raises(Decline):
        run_value(r"(1 + 5)(1 + \frac{6}{2}) \dotsm (1 + \frac{6}{6})")


def test_a_run_with_no_last_term_declines_without_an_internal_error() -> None:
    sol = solve_now(r"For which $t$ does the series $1 + 3t + 9t^2 + \cdots$ converge? Answer "
                    r"in interval notation.")
    assert sol.answer is None and "unpack" not in (sol.detail or "")
