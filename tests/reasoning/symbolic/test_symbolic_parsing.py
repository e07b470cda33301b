"""Parsing long products factor by factor gives the same value as parsing them whole."""

from __future__ import annotations

import pytest
import sympy as sp

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import long_product_factors, parse_latex, split_problem


@pytest.mark.parametrize("src", [
    r"\log_3{5} \cdot \log_5{7} \cdot \log_7{9} \cdot \log_9{11} \cdot \log_{11}{27}",
    r"2 \cdot 3 \cdot 4 \cdot 5",
    r"x^2 \cdot y \cdot \frac{1}{2} \cdot (x+1)",
])
def test_long_products_are_split_and_keep_their_value(src: str) -> None:
    assert long_product_factors(src) is not None
    split = parse_latex(src)
    whole = parse_latex(src.replace(r"\cdot", r"\times", 1))  # not a plain product: parsed whole
    assert sp.simplify(split - whole) == 0


@pytest.mark.parametrize("src", [
    r"2 \cdot 3 + 4 \cdot 5 \cdot 6",  # a sum: precedence matters
    r"-2 \cdot 3 \cdot 4 \cdot 5",
    r"2 \cdot 3 \cdot 4",  # short: parsed whole
    r"a \cdot b = c \cdot d \cdot e \cdot f",
    r"2 \cdot 3 / 4 \cdot 5",
])
def test_anything_but_a_plain_long_product_is_parsed_whole(src: str) -> None:
    assert long_product_factors(src) is None


def test_the_engine_answers_the_chain_of_logarithms_quickly() -> None:
    from tutor.reasoning.symbolic.engine import solve_now

    solve_now("Compute $2+3$.")
    # three factors telescope to log_5 25 = 2
    sol = solve_now(r"What does $\log_5 7 \cdot \log_7 11 \cdot \log_{11} 25$ come to?")
    assert sol.answer is not None
    assert sol.answer.strip() == "2"


@pytest.mark.parametrize("problem", [
    r"Find the domain of $f(x) = \frac{1}{x^2-4}$.",
    r"Compute $\frac{1}{2} + \frac{1}{3}$.",
])
def test_no_step_shows_one_times_a_fraction_like_a_mixed_number(problem: str) -> None:
    import re

    from tutor.reasoning.symbolic.engine import solve_now

    sol = solve_now(problem)
    assert sol.answer is not None
    for s in sol.steps:
        assert not re.search(r"(?<![\d.])1 \\frac", s.text), s.text


def test_a_differential_after_a_function_argument_ends_the_argument():
    # TeX: \int_0^{\pi} \sin x \, dx integrates sin x; outside an integral "\sin x dx"
    # still reads two ways and is declined.
    from tutor.reasoning.symbolic.engine import solve_now

    assert solve_now(r"Evaluate $\int_0^{\pi} \sin x \, dx$.").answer == "2"
    assert solve_now(r"Compute $\int_0^{\pi} \sin t \cos t \, dt$.").answer == "0"
    assert solve_now(r"Simplify $\sin x dx$.").answer is None


@pytest.mark.parametrize(("text", "maths"), [
    ("A lamp costs \\$25 and a shade 18\\% more.", ["\\$25", "18\\%"]),
    ("A lamp costs $\\$25$ and a shade $18\\%$ more.", ["\\$25", "18\\%"]),
    ("Take 12.5% of \\$1,200 then add 7.", ["12.5\\%", "\\$1200", "7"]),
])
def test_money_and_percents_in_the_text_read_as_in_maths(text: str, maths: list[str]) -> None:
    split = split_problem(text)
    assert split.maths == maths
    assert "%" not in split.template and "$" not in split.template


def test_a_percent_written_in_the_text_is_answered_like_one_in_maths() -> None:
    from tutor.reasoning.symbolic import solve_problem

    plain = solve_problem("What is 45\\% of 360?")
    typeset = solve_problem("What is $45\\%$ of $360$?")
    assert plain.answer == typeset.answer == "162"


@pytest.mark.parametrize(("problem", "answer"), [
    (r"How many integers $n$ satisfy $\lvert n + 4\rvert \le 6$?", "13"),
    (r"Solve $\left\lvert x-2 \right\rvert = 5$.", "-3, 7"),
    (r"Compute $\vert -7 \vert + 2$.", "9"),
])
def test_bars_written_as_commands_are_absolute_values(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    (r"The sum of $7+14+28+\ldots+448$ is what number?", "889"),
    (r"Find the sum of $2 + 5 + 8 + \dots + 32$.", "187"),
    (r"What is the sum of $3 - 6 + 12 - 24 + \cdots - 384$?", "-255"),
])
def test_the_sum_of_a_sum_with_dots(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("src", "value"), [
    ("rs + st + tr", "r*s + s*t + r*t"),
    ("tr", "r*t"),
    ("2tr^2 - t", "2*t*r**2 - t"),
])
def test_a_bare_tr_is_t_times_r_not_a_trace(src: str, value: str) -> None:
    r, s, t = sp.symbols("r s t")
    expected = {"r*s + s*t + r*t": r*s + s*t + r*t, "r*t": r*t,
                "2*t*r**2 - t": 2*t*r**2 - t}[value]
    assert sp.expand(parse_latex(src) - expected) == 0


@pytest.mark.parametrize("src", ["tr(A)", r"\sqrt{tr}"])
def test_a_tr_before_a_bracket_or_inside_braces_is_not_read(src: str) -> None:
    with pytest.raises(Decline):
        parse_latex(src)


@pytest.mark.parametrize(("problem", "answer"), [
    # Vieta: the sum of products two at a time is the x coefficient over the leading one
    (r"Let $r$, $s$, and $t$ be the roots of $x^3 - 4x^2 + 2x + 7 = 0$. Find $rs + st + tr$.",
     "2"),
    (r"If $r$, $s$, $t$ are the roots of $2x^3 + 6x^2 - 10x + 1 = 0$, compute $rs + st + tr$.",
     "-5"),
])
def test_the_roots_r_s_t_paired_two_at_a_time(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    (r"Compute $\arctan 1 + \arctan \sqrt{3}$. Express your answer in radians.",
     r"\frac{7\pi}{12}"),
    (r"Evaluate $\log_2 \sqrt{32}$.", r"\frac{5}{2}"),  # 32^(1/2) = 2^(5/2)
    (r"Compute $\log_3 \sqrt[4]{27}$.", r"\frac{3}{4}"),
    (r"Find $\arcsin \frac{1}{2} + \arctan \sqrt{3} \cdot 2$. Express your answer in radians.",
     r"\frac{5\pi}{6}"),  # pi/6 + 2 * pi/3
])
def test_a_root_right_after_a_function_is_its_argument(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("src", [
    r"\sin \sqrt{x} y",  # sin(sqrt(x) y) or sin(sqrt(x)) y
    r"\cos \sqrt{2}\pi",
    r"\tan \sqrt{3}^2",  # the power of the root or of the tangent
])
def test_a_root_argument_with_more_juxtaposed_declines(src: str) -> None:
    with pytest.raises(Decline):
        parse_latex(src)


@pytest.mark.parametrize("problem", [
    r"What is $\arcsin 2$?",
    r"Compute $\arccos \frac{3}{2}$.",
    r"Find $\arcsin \sqrt{2}$.",
    r"Compute $\operatorname{arcsec} \frac{1}{2}$.",
])
def test_an_inverse_sine_outside_its_domain_is_not_answered(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize("src", [
    r"\tan 3\pi/4",  # tan(3 pi / 4) or tan(3 pi) / 4
    r"\sin \pi/6",
    r"\log_2 8/3",
])
def test_a_bare_argument_before_a_slash_declines(src: str) -> None:
    with pytest.raises(Decline):
        parse_latex(src)


@pytest.mark.parametrize(("src", "value"), [
    (r"\ln 8/\ln 2", 3),  # a function after the slash: the quotient of two logarithms
    (r"\sin 30^\circ/2", sp.Rational(1, 4)),  # the degree sign closes the argument
    (r"\log_2 8 / \log_2 4", sp.Rational(3, 2)),
    (r"\sin \pi / x", 0),  # a letter after the slash: (sin pi) / x, as in sin x / x
])
def test_a_slash_after_a_closed_argument_divides(src: str, value: sp.Basic) -> None:
    assert sp.simplify(parse_latex(src) - value) == 0


@pytest.mark.parametrize("problem", [
    r"Find $\log_2 (-8)$.",
    r"Compute $\log_{-2} 4$.",
    r"Evaluate $\arctan (\tan 3\pi/4)$.",
])
def test_no_complex_logarithm_or_ambiguous_argument_is_answered(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_a_text_parsed_again_reads_the_same_and_a_failure_fails_again() -> None:
    """Each text is converted once and kept (readers parse the same text many times)."""
    nested = r"\frac{\frac{x+1}{x-1}+1}{\frac{x+1}{x-1}-1}"
    first, again = parse_latex(nested), parse_latex(nested)
    assert first == again
    assert sp.simplify(first - sp.Symbol("x")) == 0
    for _ in range(2):
        with pytest.raises(Decline):
            parse_latex(r"\frac{1}{")


def test_words_set_in_italics_or_bold_are_words():
    got = split_problem("A $\\textit{palindrome}$ reads the same both ways; an \\emph{abundant "
                        "number} is not one. Is $x = 2$?")
    assert got.template == "a palindrome reads the same both ways; an abundant number is not " \
        "one. is @0@?"
    assert got.maths == ["x = 2"]
    # not a word alone: answer choices stay maths; a unit at the end of the maths is written
    # after it (`units_outside`)
    got = split_problem("Pick $\\textbf{(A)}$ or $5 \\text{ cm}$.")
    assert got.maths == ["\\textbf{(A)}", "5"]
    assert got.template == "pick @0@ or @1@ cm."



def test_plain_tex_font_groups_around_a_word_are_words():
    got = split_problem("There are two ${\\bf positive}$ values of $k$; a {\\it palindrome} and "
                        "$\\mathbf{only}$ one.")
    assert got.template == "there are two positive values of @0@; a palindrome and only one."
    # a single bold letter is a vector or a matrix, not a word
    assert split_problem("Find ${\\bf v}$ and $\\mathbf{A}$.").maths == ["{\\bf v}",
                                                                        "\\mathbf{A}"]


def test_an_empty_script_sets_nothing():
    # `x^{}_{}` is how some sources keep a letter's spacing: nothing is raised or lowered
    assert split_problem("Solve $x^2 + 5x^{}_{} + 6 = 0$.").maths == ["x^2 + 5x + 6 = 0"]
    assert_solved("Solve $t^{}^2 - t_{} - 6 = 0$.", "-2, 3")


@pytest.mark.parametrize("problem", [r"What is $0^0$?", r"Compute $5 + 0^{0}$."])
def test_zero_to_the_zero_declines(problem: str) -> None:
    # SymPy says 1; school books say undefined
    assert solve_now(problem).answer is None


def test_a_power_of_ten_to_the_zero_is_still_one() -> None:
    assert solve_now(r"What is $10^0 + 0^2$?").answer == "1"


@pytest.mark.parametrize("text", ["2^3^2", "2^{3}^{2}", "x^2^3", "e^{x}^2"])
def test_a_power_of_a_power_without_brackets_declines(text: str) -> None:
    # (2^3)^2 = 64 or 2^(3^2) = 512: 'what is 2^3^2' was answered 64
    with pytest.raises(Decline):
        parse_latex(text)


@pytest.mark.parametrize(("text", "value"), [("(2^3)^2", 64), ("{2^3}^2", 64), ("2^{3^2}", 512)])
def test_a_bracketed_power_of_a_power_reads(text: str, value: int) -> None:
    assert parse_latex(text).doit() == value
