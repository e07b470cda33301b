"""TeX's reading rules in the engine's parser (symbolic/tex.py) and text it cannot read."""

from __future__ import annotations

import pytest
import sympy as sp

from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import parse_latex
from tutor.reasoning.symbolic.tex import braced


@pytest.mark.parametrize(("tex", "value"), [
    (r"4^310^2", 4**3 * 10**2),  # ^ takes one token: 4^3 10^2, not a tower
    (r"2^23^2", 4 * 9),
    (r"\frac34", sp.Rational(3, 4)),
    (r"\frac 5{8}", sp.Rational(5, 8)),
    (r"\sqrt4x", 2 * sp.Symbol("x")),  # \sqrt takes one token: sqrt(4) x
    (r"\binom62", 15),
    (r"\log_39\sqrt{3}", sp.Rational(5, 2)),  # log_3(9 sqrt 3), the juxtaposed factors
    (r"\log_2 32", 5),
    (r"\cos \left (\frac{\pi}{3} \right ) + 1", sp.Rational(3, 2)),  # \left with a space
    (r"\sin \frac{\pi}{6} + \cos 2\pi", sp.Rational(3, 2)),
])
def test_one_token_arguments(tex: str, value: object) -> None:
    assert sp.simplify(parse_latex(tex) - value) == 0


def test_braced_writes_the_braces_out() -> None:
    assert braced(r"a^2b_1") == r"a^{2}b_{1}"
    assert braced(r"7^25") == r"7^{2} \cdot 5"
    assert braced(r"\frac1x") == r"\frac{1}{x}"
    assert braced(r"30^\circ") == r"30^\circ"


@pytest.mark.parametrize(("tex", "why"), [
    (r"2^-3", "sign"),
    (r"\frac{1}{2}3", "mixed number"),
    (r"\sqrt23", "product"),
    (r"\lambda x: x", "ratio"),
    (r"\mu y : y + 1", "ratio"),
    (r"\foo(2)", r"\\foo"),
    (r"\heartsuit + 1", "heartsuit"),
    # a division then a product: (1/2)x to a calculator, 1/(2x) to a physicist
    (r"1/2 x", r"\(1/2\)x or 1/\(2x\)"),
    (r"3/4y + 1", "reads two ways"),
    (r"7/3 (t - 1)", "reads two ways"),
    (r"n/2 \pi", "reads two ways"),
])
def test_text_that_reads_two_ways_or_not_at_all_is_declined(tex: str, why: str) -> None:
    with pytest.raises(Decline, match=why):
        parse_latex(tex)


@pytest.mark.parametrize(("problem", "answer"), [
    ("solve (1/2)x = 4", "8"),
    ("solve x/2 = 4", "8"),
    (r"Solve $\frac{1}{2} x = 4$.", "8"),
    ("what is 3/4 + 1/4 * 2", r"\frac{5}{4}"),
])
def test_a_division_with_its_brackets_or_a_fraction_still_reads(problem: str,
                                                                answer: str) -> None:
    assert solve_now(problem).answer == answer


@pytest.mark.parametrize("problem", [
    "solve 1/2 x = 4",
    "solve 9/5 x + 32 = 50",
    "Solve $3/4x = 6$.",
    "What is 2/3 y if y = 9?",
])
def test_a_division_then_a_product_is_declined_with_both_readings(problem: str) -> None:
    sol = solve_now(problem)
    assert sol.answer is None
    assert "reads two ways" in (sol.declined or ""), sol.declined


def test_a_raised_sign_alone_is_a_side() -> None:
    # TeX raises only the sign in "0^+": in a limit's subscript that is what is meant
    assert braced(r"\lim_{x \to 0^+}") == r"\lim_{x \to 0^{+}}"
    assert braced(r"\lim_{x \to 2^ -}") == r"\lim_{x \to 2^{-}}"
    with pytest.raises(Decline, match="sign"):
        braced(r"\lim_{x \to 2^-1}")


def test_ratio_of_numbers_still_reads() -> None:
    assert parse_latex("3:4") == sp.Rational(3, 4)


@pytest.mark.parametrize(("problem", "answer"), [
    (r"Find $\gcd(2^310^2, 6^3)$.", "8"),
    (r"What is $\log_28\sqrt{2}$ plus one? Compute $\log_28\sqrt{2} + 1$.", None),
    (r"Evaluate $\log_39\sqrt{3}$.", r"\frac{5}{2}"),
])
def test_engine_reads_as_tex_does(problem: str, answer: str | None) -> None:
    sol = solve_now(problem)
    if answer is None:
        return
    assert sol.answer == answer, sol.detail


@pytest.mark.parametrize("problem", [
    r"Simplify $\lambda x: x$.",
    r"Simplify $\lambda y: y^2$.",
    r"Evaluate $f: x \mapsto x + 1$.",
    r"Compute $2^-1 + 1$.",
])
def test_unreadable_problems_are_declined(problem: str) -> None:
    sol = solve_now(problem)
    assert sol.answer is None
    assert sol.kind == "unsupported"


def test_absurdly_deep_brackets_are_declined_before_the_parser_sees_them() -> None:
    with pytest.raises(Decline, match="nested"):  # the LaTeX parser took 20 s on this
        parse_latex("{" * 3000 + "x" + "}" * 3000)
