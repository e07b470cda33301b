"""A measure of a figure said in words ("its radius", "the length of its diagonal") told to
have a form with a square or a cube root, then its letters asked (`radical_forms`). Our own
problems; answers worked out by hand; near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # r^2 = 20: r = 2 sqrt 5
    (r"The area of a circle is $20\pi$. Its radius can be written as $a\sqrt{b}$, where $b$ is "
     r"not divisible by the square of any prime. Find $a+b$.", "7"),
    # the rule said in the verb phrase
    (r"The area of a circle is $20\pi$. Its radius can be written in simplest radical form as "
     r"$a\sqrt{b}$. Find $a+b$.", "7"),
    # side 10 / sqrt 2 = 5 sqrt 2
    (r"The diagonal of a square is $10$. Its side can be expressed in simplest radical form as "
     r"$a\sqrt{b}$. What is $a+b$?", "7"),
    # 36 sqrt 3 / 4 = 9 sqrt 3
    (r"An equilateral triangle has side length 6. Its area can be written in the form "
     r"$a\sqrt{b}$, where $a$ and $b$ are positive integers and $b$ is square-free. Find $a + b$.",
     "12"),
    # sqrt 52 = 2 sqrt 13
    (r"A right triangle has legs 4 and 6. The length of the hypotenuse can be written as "
     r"$m\sqrt{n}$ in simplest radical form. What is $m+n$?", "15"),
    (r"A rectangle has length 6 and width 4. The length of its diagonal can be written as "
     r"$p\sqrt{q}$ in simplest radical form. What is $p+q$?", "15"),
    # 6 sqrt 3: a b = 18
    (r"A regular hexagon has side 2. Its area can be written as $a\sqrt{b}$ where $b$ is "
     r"square-free. Find $ab$.", "18"),
    # 5 sqrt 3
    (r"An equilateral triangle has side 10. The length of its altitude can be expressed in "
     r"simplest radical form as $a\sqrt{b}$. Find $a+b$.", "8"),
    # 6 s^2 = 72: s = 2 sqrt 3
    (r"A cube has surface area 72. Its edge length can be written as $a\sqrt{b}$, where $b$ is "
     r"square-free. Find $a+b$.", "5"),
    # sqrt(100 - 16) = 2 sqrt 21
    (r"A right triangle has hypotenuse 10 and one leg 4. The other leg can be written as "
     r"$a\sqrt{b}$ in simplest radical form. What is $a+b$?", "23"),
])
def test_a_measure_in_words_in_a_form_with_a_square_root(problem: str, answer: str) -> None:
    solution = assert_solved(problem, answer)
    assert solution.steps[-1].rule == "read off the letters"


@pytest.mark.parametrize(("problem", "answer"), [
    # 40 = 8 * 5: 2 cbrt 5
    (r"A cube has volume 40. Its edge length can be written in the form $a\sqrt[3]{b}$ in "
     r"simplest radical form. What is $a + b$?", "7"),
    # 54 = 27 * 2: 3 cbrt 2
    (r"The volume of a cube is 54 cubic inches. The length of an edge can be expressed as "
     r"$m\sqrt[3]{n}$, where $n$ is not divisible by the cube of any prime. Find $m+n$.", "5"),
    # r^3 = 2 * 27: 3 cbrt 2
    (r"A sphere has twice the volume of a sphere of radius 3. The radius of the larger sphere can "
     r"be written as $a\sqrt[3]{b}$, where $a$ and $b$ are positive integers and $b$ has no "
     r"perfect cube factors. Find $a+b$.", "5"),
    (r"The number $\sqrt[3]{54}$ can be written as $a\sqrt[3]{b}$ where $b$ is cube-free. Find "
     r"$a + b$.", "5"),
    # cbrt 16 = 2 cbrt 2 (SymPy writes cbrt 4 as 2^(2/3): read as cbrt 4)
    (r"The number $\sqrt[3]{32}$ can be written as $a\sqrt[3]{b}$ where $b$ is cube-free. Find "
     r"$a + b$.", "6"),
])
def test_a_form_with_a_cube_root(problem: str, answer: str) -> None:
    solution = assert_solved(problem, answer)
    assert solution.steps[-1].rule == "read off the letters"


@pytest.mark.parametrize("problem", [
    # no rule: 2 sqrt 5 = sqrt 20 = ...
    r"The area of a circle is $20\pi$. Its radius can be written as $a\sqrt{b}$. Find $a+b$.",
    # no rule: 2 cbrt 5 = cbrt 40
    r"A cube has volume 40. Its edge length can be written in the form $a\sqrt[3]{b}$. What is "
    r"$a + b$?",
    # the area is 9, no root to match
    r"A square has side 3. Its area can be written as $a\sqrt{b}$, where $b$ is square-free. "
    r"Find $a+b$.",
    # the diagonal is 10
    r"A square has area 50. The length of its diagonal can be written as $a\sqrt{b}$ where $b$ "
    r"is square-free. Find $a \cdot b$.",
    # "the answer" names no quantity
    r"A square has diagonal 6. The answer can be written as $a\sqrt{b}$, where $b$ is "
    r"square-free. Find $a+b$.",
    # r = 6 / pi has no such form
    r"A circle has circumference $12$. Its radius can be written as $a\sqrt{b}$ in simplest "
    r"radical form. Find $a+b$.",
    # a square-root value in a cube-root form
    r"The diagonal of a square is $10$. Its side can be written as $a\sqrt[3]{b}$ in simplest "
    r"radical form. What is $a+b$?",
])
def test_a_measure_the_form_does_not_fit_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
