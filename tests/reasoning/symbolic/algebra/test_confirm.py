"""Independent confirmation (symbolic/confirm.py): agreement is recorded, disagreement
declines, and SymPy's known wrong results never reach a student."""

from __future__ import annotations

import pytest
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.model import Decline

k, x = sp.symbols("k x")

# SymPy results known to be wrong (regression list, SymPy 1.14): (problem, the true value,
# found by partial fractions). summation() gives -1/6, -1/6, -37/240, -41/90, -1/24 and
# 53/288 for these telescoping sums.
SYMPY_KNOWN_WRONG = [
    (r"What does $\sum_{j=2}^{\infty} \frac{j-3}{j(j^2-1)}$ add up to?", sp.Integer(0)),
    (r"Evaluate $\sum_{n=2}^{\infty} \frac{n-3}{n^3-n}$.", sp.Integer(0)),
    (r"Compute $\sum_{k=1}^\infty \frac{k-2}{k(k+1)(k+2)}$.", sp.Integer(0)),
    (r"Compute $\sum_{k=3}^\infty \frac{k-5}{k(k^2-4)}$.", sp.Rational(-5, 96)),
    (r"Compute $\sum_{k=1}^\infty \frac{k-4}{k(k+1)(k+3)}$.", sp.Rational(-13, 36)),
    (r"Compute $\sum_{k=2}^\infty \frac{k-3}{(k-1)k(k+1)(k+2)}$.", sp.Rational(-1, 36)),
    (r"Compute $\sum_{k=3}^\infty \frac{k-1}{k(k^2-4)}$.", sp.Rational(13, 32)),
]


@pytest.mark.parametrize(("problem", "truth"), SYMPY_KNOWN_WRONG)
def test_engine_never_answers_a_known_sympy_error_wrongly(problem: str, truth: sp.Basic) -> None:
    sol = solve_now(problem)
    if sol.answer is not None:  # answering is fine only with the true value
        from tutor.verify.answers import equivalent
        assert equivalent(sp.latex(truth), sol.answer), sol.answer


def test_sympy_wrong_sum_is_caught_by_the_numerical_sum() -> None:
    s = sp.Sum((k - 3) / (k * (k**2 - 1)), (k, 2, sp.oo))
    with pytest.raises(Decline, match="disagrees"):
        confirm.value(s, sp.Rational(-1, 6), "the sum")
    confirm.reset()
    assert confirm.value(s, sp.Integer(0), "the sum")
    assert confirm.confirmations() == ["the sum agrees with a numerical evaluation"]


@pytest.mark.parametrize(("expr", "value"), [
    (sp.Sum(1 / k**2, (k, 1, sp.oo)), sp.pi**2 / 6),
    (sp.Sum((-1) ** (k + 1) / k, (k, 1, sp.oo)), sp.log(2)),
    (sp.Sum(k / 3**k, (k, 1, sp.oo)), sp.Rational(3, 4)),
    (sp.Sum(k**2, (k, 1, 30)), sp.Integer(9455)),
    (sp.Integral(sp.exp(x), (x, 0, 1)), sp.E - 1),
    (sp.Limit(sp.sin(3 * x) / x, x, 0), sp.Integer(3)),
    (sp.Limit((1 + 2 / x) ** x, x, sp.oo), sp.exp(2)),
])
def test_true_values_are_confirmed(expr: sp.Basic, value: sp.Basic) -> None:
    assert confirm.value(expr, value)


@pytest.mark.parametrize(("expr", "wrong"), [
    (sp.Sum(1 / k**2, (k, 1, sp.oo)), sp.Rational(8, 5)),
    (sp.Integral(x**2, (x, 0, 3)), sp.Integer(8)),
    (sp.Limit(sp.sin(3 * x) / x, x, 0), sp.Integer(1)),
])
def test_wrong_values_decline(expr: sp.Basic, wrong: sp.Basic) -> None:
    with pytest.raises(Decline):
        confirm.value(expr, wrong)


def test_oscillating_limit_is_left_unconfirmed_not_refuted() -> None:
    assert confirm.value(sp.Limit(sp.sin(1 / x), x, 0), sp.Integer(0)) is False


def test_solutions_by_substitution_and_count() -> None:
    eq = sp.Eq(x**2 - 7 * x + 10, 0)
    assert confirm.solutions(eq, x, [sp.Integer(2), sp.Integer(5)])
    with pytest.raises(Decline, match="2 distinct real solutions"):
        confirm.solutions(eq, x, [sp.Integer(2)])
    with pytest.raises(Decline, match="does not satisfy"):
        confirm.solutions(eq, x, [sp.Integer(2), sp.Integer(4)])
    assert confirm.solutions(sp.Eq(sp.sqrt(x + 7), 3), x, [sp.Integer(2)])
    with pytest.raises(Decline):  # an extraneous root of the squared equation
        confirm.solutions(sp.Eq(sp.sqrt(x) , x - 2), x, [sp.Integer(1), sp.Integer(4)])


def test_calculus_answers_checked_the_other_way_round() -> None:
    assert confirm.antiderivative(x * sp.exp(x), x, (x - 1) * sp.exp(x))
    with pytest.raises(Decline):
        confirm.antiderivative(x * sp.exp(x), x, x * sp.exp(x))
    assert confirm.derivative(sp.sin(x**2), x, 2 * x * sp.cos(x**2))
    with pytest.raises(Decline):
        confirm.derivative(sp.sin(x**2), x, sp.cos(x**2))


def test_counts_and_probabilities_by_enumeration() -> None:
    from itertools import product
    dice = list(product(range(1, 7), repeat=2))
    assert confirm.count(6, lambda: sum(a + b == 7 for a, b in dice), "ways to roll 7")
    assert confirm.probability(sp.Rational(1, 6), sum(a + b == 7 for a, b in dice),
                               len(dice), "a sum of 7")
    with pytest.raises(Decline):
        confirm.count(5, lambda: sum(a + b == 7 for a, b in dice), "ways to roll 7")


@pytest.mark.parametrize("problem", [
    r"Solve $x^2 - 9x + 20 = 0$.",
    r"Evaluate $\int_1^2 3x^2 \, dx$.",
    r"Compute $\sum_{n=1}^{\infty} \frac{1}{n(n+1)}$.",
    r"Find $\lim_{x \to 0} \frac{\sin 5x}{x}$.",
    r"Compute $12 \cdot 7 - 5^2$.",
])
def test_solved_answers_carry_their_confirmation(problem: str) -> None:
    sol = solve_now(problem)
    assert sol.answer is not None, sol.detail
    assert sol.confirmed, problem


@pytest.mark.parametrize(("problem", "answer", "said"), [
    ("Two fair dice are rolled. What is the probability that the sum rolled is 9?",
     r"\frac{1}{9}", "enumeration of all outcomes"),
    ("A fair coin is flipped 5 times. What is the probability of getting exactly 3 heads?",
     r"\frac{5}{16}", "enumeration of all outcomes"),
    ("Find the number of distinct arrangements of the letters of the word ROTOR.", "30",
     "enumeration"),
    ("What is 83 mod 6?", "5", "multiple"),
    (r"How many positive integers divide $196$ evenly?", "9", "one by one"),  # 2^2 7^2
    (r"Convert $77$ to base $3$.", "2212_{3}", "reading the digits back"),
])
def test_counts_and_integers_are_confirmed_another_way(problem: str, answer: str,
                                                        said: str) -> None:
    sol = solve_now(problem)
    assert sol.answer == answer, sol.detail
    assert any(said in c for c in sol.confirmed), sol.confirmed


@pytest.mark.parametrize(("problem", "said"), [
    (r"Expand $(x - 4)(x + 5)$.", "expansion equals the original"),
    (r"Factor $a^2 - 9$.", "factorisation equals the original"),
    (r"Simplify $4y - 2 + y + 7$.", "simplified form equals the original"),
])
def test_rewritings_are_confirmed_at_random_points(problem: str, said: str) -> None:
    sol = solve_now(problem)
    assert sol.answer is not None, sol.detail
    assert any(said in c for c in sol.confirmed), sol.confirmed


def test_a_wrong_rewriting_is_caught() -> None:
    with pytest.raises(Decline, match="differs"):
        confirm.identity((x + 1) ** 2, x**2 + 1, "expansion")


@pytest.mark.parametrize("problem", [
    r"Solve $x^2 - 7x + 10 < 0$.",
    r"Solve $\frac{x+3}{x-1} \ge 0$.",
    r"Solve $|2x - 1| \le 5$.",
    r"Solve the system $2x + y = 7$, $x - y = 2$.",
])
def test_inequalities_and_systems_are_confirmed(problem: str) -> None:
    sol = solve_now(problem)
    assert sol.answer is not None, sol.detail
    assert sol.confirmed, problem


def test_a_wrong_interval_or_system_solution_is_caught() -> None:
    rel = x**2 - 7 * x + 10 < 0
    with pytest.raises(Decline, match="differ"):
        confirm.inequality([rel], x, sp.Interval(2, 5))  # the ends are not solutions
    y = sp.Symbol("y")
    with pytest.raises(Decline, match="do not satisfy"):
        confirm.system([sp.Eq(x + y, 3), sp.Eq(x - y, 1)], {x: 2, y: 2})


@pytest.mark.parametrize(("problem", "said"), [
    (r"What is the remainder of $x^3 + 4x - 1$ divided by $x - 1$?", "remainder theorem"),
    (r"What remainder is left when $x^4 + 5x$ is divided by $x^2 + 2$?", "lower degree"),
    (r"Find the domain of $g(t)=\frac{3}{t^2-25}$.", "continuous domain"),
])
def test_remainders_of_polynomials_and_domains_are_confirmed(problem: str, said: str) -> None:
    sol = solve_now(problem)
    assert sol.answer is not None, sol.detail
    assert any(said in c for c in sol.confirmed), sol.confirmed


@pytest.mark.parametrize(("problem", "answer", "said"), [
    (r"Work out $i^{7} + i^{22}$.", "-1 - i", "numerical evaluation"),
    (r"What is $|5+12i|$?", "13", "numerical evaluation"),
    (r"Compute the value of $(3t + 1)^2$ when $t = 4$.", "169", "evaluated numerically"),
    (r"Evaluate the determinant $\begin{vmatrix} 4 & 1 \\ 2 & 3 \end{vmatrix}$.", "10",
     "permutations"),
    (r"If $r$ and $s$ are the roots of $x^2 - 7x + 3 = 0$, find $r^2 + s^2$.", "43", "agrees"),
    (r"Define $a \# b = ab - 2a$. Find $5 \# 3$.", "5", "evaluated numerically"),
    (r"Simplify $(3k^2)(2k^5)$.", "6 k^{7}", "random points"),
])
def test_older_solvers_confirm_their_answers_too(problem: str, answer: str, said: str) -> None:
    sol = solve_now(problem)
    assert sol.answer == answer
    assert any(said in c for c in sol.confirmed), sol.confirmed


def test_dot_products_and_line_intercepts_are_recomputed_another_way() -> None:
    from tutor.reasoning.symbolic.algebra import lines, series

    confirm.reset()
    value, _ = series.dot_product(r"\begin{pmatrix} 2 \\ 0 \\ -1 \end{pmatrix}",
                                  r"\begin{pmatrix} 5 \\ 7 \\ 3 \end{pmatrix}")
    assert value == 7 and any("Python fractions" in c for c in confirm.confirmations())
    confirm.reset()
    value, _ = lines.line_feature("x", "6x + 4y = 9")
    assert value == sp.Rational(3, 2)
    assert any("satisfy the line" in c for c in confirm.confirmations())


def test_a_number_computed_another_way_that_disagrees_declines() -> None:
    confirm.reset()
    with pytest.raises(Decline, match="disagrees"):
        confirm.substituted(x**2 + 1, {x: sp.Integer(3)}, sp.Integer(11))
    assert confirm.number(None, sp.Integer(4), "nothing") is False
    assert confirm.confirmations() == []


@pytest.mark.parametrize(("problem", "answer"), [
    (r"Solve $\frac{(x+4)(x-2)}{x-2} \ge 0$.", r"\left[-4, 2\right) \cup \left(2, \infty\right)"),
    (r"Solve the inequality $\frac{(t-3)(t+1)}{t+1} < 0$.",
     r"\left(-\infty, -1\right) \cup \left(-1, 3\right)"),
])
def test_an_inequality_is_not_solved_where_its_written_denominator_is_zero(
        problem: str, answer: str) -> None:
    sol = solve_now(problem)
    assert sol.answer == answer, sol.detail
    assert any(st.rule == "exclude where it is undefined" for st in sol.steps)
