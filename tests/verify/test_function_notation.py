"""Functions and numbers written the way solutions write them (tutor/verify/function_notation):
gcd/lcm as words, powers of trigonometric functions before a parenthesis, a number after
a logarithm, binomials side by side, max/min of a braced list, repeating decimals, and
rotation matrices in degrees. Verified when true, never refuted (the broad reader only
verifies), and gcd/lcm of letters is never taken for SymPy's polynomial gcd. Our own
claims."""

from __future__ import annotations

import pytest

from tutor.verify.api import ChainChecker
from tutor.verify.function_notation import as_read, function_names, letters_in_gcd
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


def verdict(step: str) -> Verdict:
    checker = ChainChecker("Work out the values.", time_limit=10)  # first parse imports
    return checker.check(step).verdict


def test_rewrites_are_plain_text() -> None:
    assert function_names("\\mathop{\\text{lcm}}[14, 21] = 42") == "\\lcm(14, 21) = 42"
    assert function_names("\\operatorname{GCD}(9, 15)") == "\\gcd(9, 15)"
    assert as_read("\\cos^2(x)") == "\\cos^{2}(x)"
    assert as_read("\\log_3 27 \\cdot 2") == "\\log_3(27) \\cdot 2"
    assert as_read("\\log 2x") == "\\log 2x"  # the argument may go on: left alone
    assert as_read("\\max\\{4, 9\\}") == "\\max(4, 9)"
    assert as_read("0.2\\overline{7}") == "(\\frac{5}{18})"
    assert letters_in_gcd("\\gcd(m, 10)") and not letters_in_gcd("\\gcd(16, 10)")


@pytest.mark.parametrize("step", [
    "The least common multiple is $\\text{lcm}(6, 15) = 30$.",
    "So $\\mathop{\\text{lcm}}[9,12]=36$.",
    "Hence $\\operatorname{gcd}(48, 36) = 12$ and $\\text{GCD}(35, 21) = 7$.",
    "We get $\\sin^2(45^\\circ) + \\cos^2(60^\\circ) = \\frac{3}{4}$.",
    "Since $\\cot^2 45^\\circ = 1$, the sum is $1 + \\tan^2 30^\\circ = \\frac{4}{3}$.",
    "Multiplying, $\\log_3 27 \\cdot \\log_{27} 3 = 1$.",
    "So $\\log 10000 - \\log 10 = 3$.",
    "There are $\\binom{5}{2}\\binom{3}{1} = 30$ committees.",
    "The largest is $\\max\\{|1 - 6|, |2 + 6|, |4 - 6|\\} = 8$.",
    "Then $\\min \\{ 12, 7.5, 9 \\} = 7.5$.",
    "As a fraction, $0.\\overline{45} = \\frac{5}{11}$.",
    "Also $1.2\\overline{3} = \\frac{37}{30}$.",
    "The rotation is $\\begin{pmatrix} \\cos 30^\\circ & -\\sin 30^\\circ \\\\ \\sin 30^\\circ "
    "& \\cos 30^\\circ \\end{pmatrix} = \\begin{pmatrix} \\frac{\\sqrt{3}}{2} & -\\frac12 \\\\ "
    "\\frac12 & \\frac{\\sqrt{3}}{2} \\end{pmatrix}$.",
])
def test_true_claims_verify(step: str) -> None:
    assert verdict(step) is V


@pytest.mark.parametrize("step", [
    "The least common multiple is $\\text{lcm}(6, 15) = 90$.",
    "So $\\mathop{\\text{lcm}}[9,12]=108$.",
    "We get $\\sin^2(45^\\circ) = \\frac{1}{4}$.",
    "Multiplying, $\\log_3 27 \\cdot \\log_{27} 3 = 3$.",
    "The largest is $\\max\\{|1 - 6|, |2 + 6|, |4 - 6|\\} = 5$.",
    "As a fraction, $0.\\overline{45} = \\frac{9}{20}$.",
    "The rotation is $\\begin{pmatrix} \\cos 30^\\circ & -\\sin 30^\\circ \\\\ \\sin 30^\\circ "
    "& \\cos 30^\\circ \\end{pmatrix} = \\begin{pmatrix} \\frac12 & -\\frac12 \\\\ "
    "\\frac12 & \\frac12 \\end{pmatrix}$.",
])
def test_false_claims_are_never_verified_nor_refuted_by_the_broad_reader(step: str) -> None:
    assert verdict(step) is U


@pytest.mark.parametrize(("step", "reason"), [
    # the broad reader once added binomials written side by side (10 + 3 = 13); the
    # strict reader takes them as a product, as TeX's juxtaposition means
    ("There are $\\binom{5}{2}\\binom{3}{1} = 13$ committees.", "C(5,2)C(3,1) = 30, not 13"),
    ("So $\\dbinom{7}{3} = 42$.", "C(7,3) = 35, not 42"),
    ("Together $\\binom{6}{1} + \\tbinom{6}{2} = 20$.", "= 21, not 20"),
])
def test_binomials_of_whole_numbers_are_read_strictly(step: str, reason: str) -> None:
    found = ChainChecker("", time_limit=10).check(step)
    assert found.verdict is R and reason in found.reason, found.reason


@pytest.mark.parametrize("step", [
    "Since they share no factor, $\\gcd(p, q) = 1$.",
    "Because $k$ is odd, $\\gcd(k, 8) = 1$.",
    "So $\\text{lcm}(15, n) = 15n$ when $n$ is prime to 15.",
    "Then $\\operatorname{lcm}(u, v) = uv$.",
])
def test_gcd_of_letters_is_not_sympys_polynomial_gcd(step: str) -> None:
    # SymPy's gcd of two symbols is 1 and their lcm the product: no claim is confirmed
    assert verdict(step) is not V
    assert verdict(step) is not R


def test_a_double_factorial_is_never_read_as_a_factorial_of_a_factorial() -> None:
    # 5!! is 5·3·1 = 15 to most readers; (5!)! would refute a correct step
    assert verdict("The odd product is $5!! = 15$.") is U
    assert verdict("The odd product is $5!! = 120!$.") is U
    assert verdict("Then $(3!)! = 720$.") is V


def test_sized_delimiters_are_only_sizes() -> None:
    assert verdict("So $\\Big| |4| - 9 \\Big| = 5$.") is V
    assert verdict("So $\\bigl(1 + 6\\bigr)^2 = 49$.") is V
    assert verdict("So $\\bigl(1 + 6\\bigr)^2 = 48$.") is U


@pytest.mark.parametrize(("step", "expected"), [
    # the name of a quantity, with no arguments: the chain after it is checked as written
    ("\\[ \\text{LCM} = 2^3 \\times 5 = 8 \\times 5 = 40. \\]", V),
    ("\\[ \\text{GCD} = 3 \\times 7 = 21 \\]", V),
    ("\\[ \\text{LCM} = 2^3 \\times 5 = 8 \\times 5 = 45. \\]", R),
    ("$\\text{lcm}\\left(10, 4\\right) = 20$", V),  # with arguments: the function
])
def test_gcd_and_lcm_named_without_arguments_are_quantities(step: str, expected: Verdict) -> None:
    assert verdict(step) is expected
    assert function_names("\\text{LCM} = 40") == "\\text{LCM} = 40"
