"""A letter before a bracketed number, `b(2)`, read as a product where the letter is a
plain unknown of an earlier equation (stop 55, ck29): a value put into that equation.
Our own variants; a letter that names a function, or that no earlier equation writes
alone, is no product; nothing is refuted on this reading."""

from __future__ import annotations

from tutor.verify.api import check_steps
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


def verdicts(problem: str, steps: list[str]) -> list[Verdict]:
    return [v.verdict for v in check_steps(problem, steps, time_limit=20)]


def test_a_value_put_into_an_earlier_equation_with_another_unknown() -> None:
    steps = ["Comparing parts, $2t^2 + bt - 36 = 0$ and $t^2 - 5t + 6 = 0$.",
             "So $(t - 2)(t - 3) = 0$, and $t = 2$ or $t = 3$.",
             "For $t = 2$: $2(2)^2 + b(2) - 36 = 0$, so $b = 14$.",
             "For $t = 3$: $2(3)^2 + b(3) - 36 = 0$.",
             "For $t = 3$: $2(3)^2 + b(3) - 30 = 0$."]  # 30 for 36: not verified
    assert verdicts("Find every b for which the equations share a root.", steps)[2:] == \
        [V, V, U]


def test_other_letters_and_brackets() -> None:
    problem = "The line $y = mx + k$ passes through $(3, 11)$ and $(-1, -1)$. Find $m$."
    out = [v.claims for v in check_steps(problem, [
        "With $x = 3$ and $y = 11$: $11 = m(3) + k$.",
        "With $x = -1$ and $y = -1$: $-1 = m\\left(-1\\right) + k$.",
    ], time_limit=20)]
    assert [c.verdict for step in out for c in step if "k" in c.claim] == [V, V]
    assert verdicts("If $5a + 2c = 4$, what is $c$ when $a = -2$?",
                    ["When $a = -2$, $5(-2) + 2c = 4$, so $c = 7$."]) == [V]


def test_a_function_name_is_no_product() -> None:
    # f is a function here: `f(2)` is its value, never 2f
    problem = "Let $f(x) = x^2 + k$ where $k = 3$. Find $f(2)$."
    assert verdicts(problem, ["Then $f(2) = 2^2 + 3 = 7$."]) == [V]
    # g never stands alone before: `g(4)` is no product, so nothing is verified on it
    assert verdicts("Suppose $g(4) = 10$ and $h = 2$. Find $h + g(4)$.",
                    ["For $h = 2$: $g(4) = 10 = 4g - 6$."])[0] is not V


def test_a_wrong_value_put_in_is_not_refuted_on_this_reading() -> None:
    out = verdicts("Find $p$.", ["We have $3u^2 + pu = 20$.",
                                 "For $u = 2$: $3(2)^2 + p(2) = 21$."])
    assert out[1] is not R


def test_a_letter_before_a_bracket_of_letters() -> None:
    problem = ("Find $P$ and $Q$ with "
               "$\\frac{5x + 1}{x^2 - 1} = \\frac{P}{x - 1} + \\frac{Q}{x + 1}$.")
    assert verdicts(problem, ["Clearing denominators, $P(x + 1) + Q(x - 1) = 5x + 1$."]) \
        == [V]
    # a letter written before its argument's name earlier is a function: no product
    assert verdicts("Let $h(x) = 2x$ and $h(x) + k = 7$.", ["So $h(3) + k = 7$."]) != [R]


def test_an_inverse_or_a_derivative_makes_the_letter_a_function() -> None:
    # `q^{-1}` names q a function: `q(2)` is its value, never 2q
    problem = "The function $q$ has $q^{-1}(2) = 5$ and $q + 1 = 3$."
    assert verdicts(problem, ["So $q(2) = 4$."]) != [V]
    assert verdicts("Here $k' (x) = 2x$ and $k = 6$.", ["So $k(1) = 6$."]) != [V]
