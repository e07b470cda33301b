"""Functions defined by formulas, then a question another reader answers once the formulas
are written in (`inlined_definitions`). Our own problems; answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.question_text import as_inline_maths


@pytest.mark.parametrize(("problem", "answer"), [
    # x^3 - 7x + 6 = (x - 1)(x - 2)(x + 3): roots add to 0
    ("Let $f(x) = x^3 - 7x + 6$. Find the sum of all $x$ such that $f(x) = 0$.", "0"),
    ("Find the sum of all $t$ such that $g(t) = 0$, where $g(t) = t^3 - 7t + 6$.", "0"),
    # f(y) = 8 at y = 4 and y = -2; f(c) = 4: c = 1 +- sqrt 5; f(c) = -2: (c - 1)^2 = -1, none
    ("Let $f(x) = x^2 - 2x$. How many distinct real numbers $c$ satisfy $f(f(c)) = 8$?", "2"),
    # (t^2 - 16) has roots 4 and -4
    ("Let $k(t) = t^2 - 16$. Find the product of the roots of $k(t) = 0$.", "-16"),
    # (x + 1)/(x - 2) > 3 on (2, 7/2)
    (r"Let $h(x) = \frac{x + 1}{x - 2}$. Solve the inequality $h(x) > 3$. Give your answer in "
     r"interval notation.", r"\left(2, \frac{7}{2}\right)"),
    # 2(x - 3) + 1 = 2x - 5 is a multiple of 3 when x is 1 mod 3: 1, 4, ..., 19 (7 of them)
    (r"Let $f(x) = 2x + 1$ and $g(x) = x - 3$. For how many integers $x$ with $1 \le x \le 20$ "
     r"is $f(g(x))$ divisible by 3?", "7"),
    # (x - 2)^2 - 1 < 0 on (1, 3): the integers strictly inside, 2 only
    ("How many integers $x$ satisfy $f(g(x)) < 0$, where $f(x) = x^2 - 1$ and $g(x) = x - 2$?",
     "1"),
    # values of a function put in: q(8) = 67 and q(9) = 84; 4^3 - 4 = 60 = 8 * 7 + 4
    ("Let $q(t) = t^2 + 3$. Find the greatest common divisor of $q(8)$ and $q(9)$.", "1"),
    ("Define $h(m) = m^3 - m$. What is the remainder when $h(4)$ is divided by 7?", "4"),
    # an inverse written in: f^{-1}(x) = (x + 7)/2, and 2x - 7 = (x + 7)/2 at x = 7
    (r"Let $f(x) = 2x - 7$. What is the value of $x$ for which $f(x) = f^{-1}(x)$?", "7"),
    # g^{-1}(x) = (3x + 2)/(x - 1); (3x + 2)/(x - 1) = x: x^2 - 4x - 2 = 0, roots add to 4
    (r"Let $g(x) = \frac{x + 2}{x - 3}$. Find the sum of all $x$ such that $g^{-1}(x) = x$.",
     "4"),
    # the definitions open the question: (3x - 1)^2 - 9 = 0 at x = 4/3 and x = -2/3
    ("If $p(x) = x^2 - 9$ and $q(x) = 3x - 1$, what is the product of all $x$ for which "
     "$p(q(x)) = 0$?", "-8/9"),
])
def test_definitions_written_into_the_question(problem: str, answer: str) -> None:
    solution = assert_solved(problem, answer)
    first = solution.steps[0]
    assert first.rule in ("put in the definition", "swap and solve") or \
        first.hint.startswith("Put in $"), "the formulas put in (or the inverse found) are shown"


@pytest.mark.parametrize("problem", [
    # an inverse of a function that is not one-to-one
    r"Let $f(x) = x^2 - 7$. What is the value of $x$ for which $f(x) = f^{-1}(x)$?",
    # the inverse of a function not defined
    r"Let $f(x) = 2x - 7$. What is the value of $x$ for which $f(x) = g^{-1}(x)$?",
    # a coefficient left unknown
    r"Let $f(x) = ax + 3$. Find all $x$ such that $f(x) = 0$.",
    # a value said, not a definition
    r"Let $f(2) = 5$. Find all $x$ such that $f(x) = 0$.",
    # the same function defined twice
    r"Let $f(x) = x + 1$ and $f(x) = x - 1$. Find all $x$ such that $f(x) = 3$.",
])
def test_definitions_that_cannot_be_written_in_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # f(x) = x^3 + 2x + 5: the product of (a^2 - 3) over the roots is f(sqrt 3) f(-sqrt 3)
    # = (5 sqrt 3 + 5)(5 - 5 sqrt 3) = 25 - 75
    ("Let $a, b, c$ be the roots of $x^3 + 2x + 5 = 0$, and let $g(x) = x^2 - 3$. Find "
     "$g(a) g(b) g(c)$.", "-50"),
    ("Let $x_1,$ $x_2,$ $x_3$ be the roots of the polynomial $x^3 + 2x + 5$ and let "
     "$g(x) = x^2 - 3.$ Compute $g(x_1) g(x_2) g(x_3).$", "-50"),
    # an even degree: the product of (r^2 - 1) is f(1) f(-1) = 2 * 4
    ("Let $r_1, r_2, r_3, r_4$ be the roots of $x^4 - x + 2 = 0$ and let $q(x) = x^2 - 1$. "
     "Find $q(r_1) q(r_2) q(r_3) q(r_4)$.", "8"),
    # displayed maths, stops inside the maths: q(x) = x^2 + 2 at the roots of x^3 - x + 1;
    # the product of (x_i^2 + 2) is f(i sqrt 2) f(-i sqrt 2) = (1 - 3i sqrt 2)(1 + 3i sqrt 2)
    ("Let $x_1,$ $x_2,$ $x_3$ be the zeros of $x^3 - x + 1,$ and let $q(x) = x^2 + 2.$  "
     "Evaluate\n\\[q(x_1) q(x_2) q(x_3).\\]", "19"),
    # r + s = 5: (2r + 1) + (2s + 1) = 12
    ("Suppose $r$ and $s$ are the roots of $x^2 - 5x + 3 = 0$, and let $h(t) = 2t + 1$. "
     "Compute $h(r) + h(s)$.", "12"),
    # (p^2 + 1)(q^2 + 1) = (pq)^2 + (p + q)^2 - 2pq + 1 = 16 + 1 + 8 + 1
    ("Let $p$ and $q$ be the roots of $x^2 + x - 4 = 0$, and let $k(x) = x^2 + 1$. What is "
     "$k(p) k(q)$?", "26"),
])
def test_a_function_defined_after_the_roots_is_put_in(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a letter in the definition that nothing fixes
    "Let $a, b, c$ be the roots of $x^3 + 2x + 5 = 0$, and let $g(x) = x^2 - k$. Find "
    "$g(a) g(b) g(c)$.",
    # not symmetric in the roots: which root is a?
    "Let $a, b, c$ be the roots of $x^3 + 2x + 5 = 0$, and let $g(x) = x^2 - 3$. Find "
    "$g(a) g(b)$.",
    # numbers that nothing fixes
    "Let $a$ and $b$ be two real numbers, and let $g(x) = x + 1$. Find $g(a) g(b)$.",
    # the function named, not called
    "Let $a, b, c$ be the roots of $x^3 + 2x + 5 = 0$, and let $g(x) = x^2 - 3$. Find the "
    "degree of $g$.",
])
def test_a_function_defined_after_the_roots_declines_when_unsure(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_displayed_maths_and_closing_stops_are_written_inline() -> None:
    assert as_inline_maths("Let $g(x) = x + 1.$ Find\n\\[g(2),\\] then $a,$ $b$") == \
        "Let $g(x) = x + 1$. Find\n $g(2)$,  then $a$, $b$"
    # a line break with a spacing in an aligned block is not displayed maths; money stays
    assert as_inline_maths("\\\\[2pt] costs \\$5.") == "\\\\[2pt] costs \\$5."


@pytest.mark.parametrize(("problem", "answer"), [
    # x - 2 may not be 0
    (r"Let $g(x) = \frac{x+3}{x-2}$. What is the domain of $g$? Express your answer in interval "
     r"notation.", r"(-\infty, 2) \cup (2, \infty)"),
    # x - 4 >= 0
    (r"Let $h(x) = \sqrt{x - 4}$. Find the domain of $h$.", r"[4, \infty)"),
    (r"Suppose $p(t) = \frac{5}{t + 1}$. Find the domain of the function $p$.",
     r"(-\infty, -1) \cup (-1, \infty)"),
    # 9 - x^2 >= 0
    (r"If $k(x) = \sqrt{9 - x^2}$, what is the domain of $k$?", "[-3, 3]"),
    # x^2 + 2 takes every value from 2 up
    (r"Let $f(x) = x^2 + 2$. What is the range of $f$? Express your answer in interval notation.",
     r"[2, \infty)"),
    # (x - 1)(x - 2)(x - 3): the roots multiply to 6
    (r"Let $p(x) = x^3 - 6x^2 + 11x - 6$. Find the product of the roots of $p$.", "6"),
    # (2x + 1)(x - 3): the zeros add to 5/2
    (r"Let $q(x) = 2x^2 - 5x - 3$. What is the sum of the zeros of $q$?", r"\frac{5}{2}"),
    (r"If $f(t) = t^2 - 9$, find the positive root of $f$.", "3"),
])
def test_the_domain_range_or_roots_of_a_named_function_are_those_of_its_formula(
        problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a composition named, not one function
    r"Let $f(x) = \sqrt{x}$ and $g(x) = x - 5$. What is the domain of $f \circ g$?",
    # a property of the function that is not its domain or range
    r"Let $f(x) = 2x + 1$. Is $f$ one-to-one?",
    # a function not defined
    r"Let $f(x) = \frac{1}{x}$. What is the domain of $g$?",
])
def test_a_named_function_in_another_question_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
