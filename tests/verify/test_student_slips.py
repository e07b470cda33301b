"""Slips a student makes in their own typed steps (stop 43), each refuted only when
certain, and the right versions of the same steps never refuted: a wrong value in a
list of solutions, a wrong value for one unknown of a system, an inequality not turned
round when divided by a negative number, a wrong value of a defined function, a line
typed as only `= ...` that is wrong, a wrong factoring, an expansion chain gone wrong.
Our own problems and wordings, with near misses that must stay unrefuted."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_step
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


def last(problem: str, *steps: str):  # noqa: ANN201
    """The verdict on the last step, checked after the others as the app checks it."""
    return check_step(problem, list(steps[:-1]), steps[-1], time_limit=20)


@pytest.mark.parametrize(("problem", "steps", "verdict"), [
    ("solve x^2 - 9x + 20 = 0", ["x = 4 or x = 5"], V),
    ("solve x^2 - 9x + 20 = 0", ["x = 4 or x = 6"], R),
    ("solve x^2 - 9x + 20 = 0", ["x = -4 or x = 5"], R),
    ("solve x^2 - 9x + 20 = 0", ["(x - 4)(x - 5) = 0", "x = 4, x = 5"], V),
    ("solve x^2 - 9x + 20 = 0", ["(x - 4)(x - 5) = 0", "so x = 4 or x = 3"], R),
    ("solve n^2 = 49", ["n = 7 or n = -7"], V),
    # a trial or a question in a list is not a claim
    ("solve x^2 - 9x + 20 = 0", ["try x = 4 or x = 6"], V),
    ("solve x^2 - 9x + 20 = 0", ["x = 4 or x = 6?"], V),
])
def test_lists_of_solutions(problem: str, steps: list[str], verdict: Verdict) -> None:
    got = last(problem, *steps).verdict
    assert got is verdict if verdict is not V else got is not R


@pytest.mark.parametrize(("problem", "steps", "verdict"), [
    ("solve 3m + n = 14 and m - n = 2", ["4m = 16", "m = 4", "n = 2"], V),
    ("solve 3m + n = 14 and m - n = 2", ["4m = 16", "m = 4", "n = 6"], R),
    ("u + v = 12, u - v = 4", ["u = 8, v = 4"], V),
    ("u + v = 12, u - v = 4", ["u = 8, v = 2"], R),
    ("Solve the system: 2s - t = 1, s + t = 5", ["3s = 6", "s = 2", "t = 3"], V),
    ("Solve the system: 2s - t = 1, s + t = 5", ["3s = 6", "s = 2", "t = -3"], R),
    ("solve x + y = 10 and x^2 + y^2 = 58", ["x = 3, y = 7"], V),
    ("solve x + y = 10 and x^2 + y^2 = 58", ["x = 7, y = 3"], V),
    ("solve x + y = 10 and x^2 + y^2 = 58", ["x = 5"], R),
])
def test_values_for_a_system(problem: str, steps: list[str], verdict: Verdict) -> None:
    got = last(problem, *steps).verdict
    assert got is verdict if verdict is R else got is not R


@pytest.mark.parametrize(("problem", "steps"), [
    # not a system to solve: the equations describe a figure, a value may be anything
    ("The curves y = x^2 and y = 4 bound a region. Find its area", ["x = 0"]),
    # equations with no common solution are not one system
    ("solve x + y = 2 and x + y = 3", ["x = 5"]),
    # one equation in two unknowns leaves the value free
    ("solve x + y = 10", ["x = 4"]),
])
def test_values_never_refuted_outside_a_solvable_system(problem: str, steps: list[str]) -> None:
    assert last(problem, *steps).verdict is not R


@pytest.mark.parametrize(("problem", "steps", "verdict"), [
    ("solve -3x > 9", ["x > -3"], R),
    ("solve -3x > 9", ["x < -3"], V),
    ("solve 1 - 4y <= 9", ["-4y <= 8", "y <= -2"], R),
    ("solve 1 - 4y <= 9", ["-4y <= 8", "y >= -2"], V),
    ("solve 2x + 1 < 7", ["2x < 6", "x > 3"], R),
    ("solve 2x + 1 < 7", ["2x < 6", "x < 3"], V),
    ("solve -x/2 >= 3", ["-x >= 6", "x <= -6"], V),
])
def test_inequalities_turned_round(problem: str, steps: list[str], verdict: Verdict) -> None:
    result = last(problem, *steps)
    assert result.verdict is verdict if verdict is R else result.verdict is not R
    if verdict is R:
        assert "solutions are" in result.reason and "\\" not in result.reason


@pytest.mark.parametrize(("problem", "steps"), [
    # two inequalities in one step are cases or a range, never compared with the one before
    ("solve |x - 2| > 0", ["x - 2 > 0 or x - 2 < 0", "x > 2 or x < 2"]),
    ("solve -3x > 9", ["x > -3 or x < -3"]),
    # a case supposed, not a rewrite
    ("solve (x - 1)(x + 2) < 0", ["-x + 1 > 0", "if x > 1 then x - 1 > 0"]),
])
def test_inequalities_never_refuted_out_of_place(problem: str, steps: list[str]) -> None:
    assert last(problem, *steps).verdict is not R


def test_another_boundary_is_not_an_unturned_sign() -> None:
    # x > -4 for -3x > 9 (x < -3) is not the sign left unturned; it lets in x = 0, which
    # is no solution, so wider_inequalities refutes it with that witness
    result = last("solve -3x > 9", "x > -4")
    assert "solutions are" not in result.reason
    assert result.verdict is not R or "does not have the same solutions" in result.reason


@pytest.mark.parametrize(("problem", "steps", "verdict"), [
    ("f(x) = 3x^2 - 2", ["f(2) = 10"], V),
    ("f(x) = 3x^2 - 2", ["f(2) = 34"], R),
    ("k(t) = t^2 + 2t, find k(-3)", ["k(-3) = 3"], V),
    ("k(t) = t^2 + 2t, find k(-3)", ["k(-3) = 15"], R),
    ("r(x) = (x - 1)/3", ["r(5) = 4/3"], V),
    ("r(x) = (x - 1)/3", ["r(5) = 2"], R),
    ("find g(2)", ["g(x) = x^3 - x", "g(2) = 6"], V),
    ("find g(2)", ["g(x) = x^3 - x", "g(2) = 8"], R),
])
def test_function_values(problem: str, steps: list[str], verdict: Verdict) -> None:
    result = last(problem, *steps)
    assert result.verdict is verdict
    if verdict is R:
        assert "**" not in result.reason and "Symbol" not in result.reason


@pytest.mark.parametrize(("problem", "steps"), [
    # a rule with an unknown constant: f(2) = 9 is an equation for it
    ("f(x) = ax^2 + 1, f(2) = 9, find a", ["f(2) = 9"]),
    # a rule given in pieces
    ("f(x) = x^2 for x < 0 and f(x) = 2x otherwise", ["f(3) = 6"]),
    # a decimal that may be rounded
    ("f(x) = x/3", ["f(1) = 0.33"]),
    # a value supposed, not claimed
    ("f(x) = x^2 + 1", ["suppose f(3) = 9"]),
    # a rule told only at some values: the quadratic through them is another function
    ("The quadratic p(x) has p(n) = 2^n for n = 0, 1, 2. Find p(3).", ["p(3) = 7"]),
    (r"A quadratic $g$ satisfies $g(t) = t^3$ for $t \in \{0, 1, 2\}$. Find $g(4)$.",
     ["g(4) = 24"]),
])
def test_function_values_never_refuted_when_unsure(problem: str, steps: list[str]) -> None:
    assert last(problem, *steps).verdict is not R


@pytest.mark.parametrize(("problem", "steps", "verdict"), [
    ("work out 5/6 - 1/4", ["5/6 - 1/4 = 10/12 - 3/12", "= 7/12"], V),
    ("work out 5/6 - 1/4", ["5/6 - 1/4 = 10/12 - 3/12", "= 7/24"], R),
    ("work out 4/5 * 10/3", ["4/5 * 10/3 = 40/15", "= 8/3"], V),
    ("work out 4/5 * 10/3", ["4/5 * 10/3 = 40/15", "= 8/5"], R),
    ("work out 12 + 3 * 5", ["12 + 3 * 5 = 12 + 15", "= 27"], V),
    ("work out 12 + 3 * 5", ["12 + 3 * 5 = 12 + 15", "= 25"], R),
])
def test_a_line_going_on_with_equals(problem: str, steps: list[str], verdict: Verdict) -> None:
    result = last(problem, *steps)
    assert result.verdict is verdict
    if verdict is R:
        assert "\\" not in result.reason


@pytest.mark.parametrize(("problem", "steps", "verdict"), [
    ("solve x^2 - x - 12 = 0", ["(x - 4)(x + 3) = 0"], V),
    ("solve x^2 - x - 12 = 0", ["(x + 4)(x - 3) = 0"], R),
    ("solve x^2 - x - 12 = 0", ["(x - 4)(x + 3) = 0", "x = 4 or x = -3"], V),
    # a factor of another degree is a case, or work on the way: never refuted here
    ("solve x^3 - x^2 - 12x = 0", ["x(x^2 - x - 12) = 0", "x^2 - x - 12 = 0"], V),
    ("solve x^2 - x - 12 = 0", ["2x - 1 = 0"], V),
    ("expand (3x - 2)(x + 4)", ["(3x - 2)(x + 4) = 3x^2 + 12x - 2x - 8", "= 3x^2 + 10x - 8"], V),
    ("expand (3x - 2)(x + 4)", ["(3x - 2)(x + 4) = 3x^2 + 12x - 2x - 8", "= 3x^2 + 14x - 8"], R),
])
def test_factorings_and_expansions(problem: str, steps: list[str], verdict: Verdict) -> None:
    result = last(problem, *steps)
    assert result.verdict is verdict if verdict is R else result.verdict is not R
