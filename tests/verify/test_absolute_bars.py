"""Absolute-value bars paired the way a reader pairs them, for the engine and the checker
(latex2sympy read `2|x| + 5|y|` as 2|x · |+5| · y|, and the engine answered
|-4| + 3|2 - 7| with 31 and showed it as verified)."""

from __future__ import annotations

import pytest
import sympy as sp

from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.parsing import parse_latex
from tutor.verify.absolute_bars import paired
from tutor.verify.api import check_steps
from tutor.verify.verdict import Verdict

x, y = sp.symbols("x y")


@pytest.mark.parametrize(("latex", "expected"), [
    ("3|x| + 4|y|", 3 * sp.Abs(x) + 4 * sp.Abs(y)),
    ("|x+2| - 5|x-4|", sp.Abs(x + 2) - 5 * sp.Abs(x - 4)),
    ("||x|-2|", sp.Abs(sp.Abs(x) - 2)),
    (r"\left|x\right| + 7\left|y - 1\right|", sp.Abs(x) + 7 * sp.Abs(y - 1)),
])
def test_the_engine_reads_each_bar_pair(latex: str, expected: sp.Expr) -> None:
    assert sp.simplify(parse_latex(latex) - expected) == 0


@pytest.mark.parametrize("text", [r"\{x | x > 0\}", "P(A|B)", r"\|v\|", "a | b"])
def test_bars_that_are_no_absolute_values_are_left_alone(text: str) -> None:
    assert paired(text) == text


@pytest.mark.parametrize(("problem", "answer"), [
    (r"What is the value of $|{-6}| + 2|3-8|$?", "16"),  # 6 + 10
    # x >= 2: 3x = 11; -1 <= x < 2: x + 4 = 11 (x = 7, outside); x < -1: -3x = 11
    (r"What is the sum of all solutions of $|x-2| + 2|x+1| = 11$?", "0"),
    # x >= 3: 3x - 3 = 9, x = 4; 0 <= x < 3: x + 3 = 9 (outside); x < 0: 3 - 3x = 9, x = -2
    (r"What is the sum of all solutions of $|x-3| + 2|x| = 9$?", "2"),
])
def test_engine_answers(problem: str, answer: str) -> None:
    assert solve_now(problem).answer == answer


def test_the_checker_verifies_the_right_value() -> None:
    (verdict,) = check_steps("Evaluate.", [r"$|{-6}| + 2|3-8| = 16$"])
    assert verdict.verdict is Verdict.VERIFIED
