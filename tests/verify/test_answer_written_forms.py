"""Answer conventions read by `answer_forms` (own pairs: equal and near misses)."""

from __future__ import annotations

import pytest

from tutor.verify.answer_forms import alternative_forms, base_value, plain_symbols
from tutor.verify.answers import equivalent

EQUAL = [
    # scientific e-notation
    ("4.7e5", "470000"), ("-1.25e-2", "-0.0125"), ("9e2", "9 \\times 10^{2}"),
    # scale words
    ("7 million", "7000000"), ("1.5 billion", "1500000000"), ("\\text{4 million}", "4\\times10^6"),
    # degrees and radians (a written degree sign only)
    ("60^\\circ", "\\frac{\\pi}{3}"), ("\\frac{3\\pi}{4}", "135^{\\circ}"), ("90°", "\\pi/2"),
    ("120 degrees", "\\frac{2\\pi}{3}"),
    ("\\alpha = 45^\\circ", "\\frac{\\pi}{4}"),
    ("20^\\circ, 160^\\circ", "\\frac{\\pi}{9}, \\frac{8\\pi}{9}"), ("k = 3.2e3", "3200"),
    # function names typed plainly, with a bracket: the functions
    ("x^{2} \\left(x \\cos x + 3 \\sin x\\right)", "3x^2 sin(x) + x^3 cos(x)"),
    ("2 \\sin x \\cos x", "sin(2x)"), ("\\ln 2 + 1", "ln(2) + 1"),
    # a subscripted numeral equal to a plain reference
    ("9", "1001_2"), ("26", "222_{3}"), ("31", "1F_{16}"),
    # set-builder notation
    ("\\{t \\mid t < -1\\}", "(-\\infty, -1)"), ("[0, 5)", "\\{y : 0 \\le y < 5\\}"),
    ("(-3, 1]", "-3 < s \\le 1"), ("[2, 8)", "8 > k \\geq 2"),
    # vectors and matrices
    ("\\langle 3, -1, 4\\rangle", "(3,-1,4)"),
    ("\\begin{pmatrix} 5 \\\\ 0 \\\\ -2 \\end{pmatrix}", "(5, 0, -2)"),
    ("\\begin{pmatrix} 5 \\\\ 0 \\end{pmatrix}", "[5, 0]"),
    ("\\begin{pmatrix} 4 & -3 & 11 \\\\ 6 & 8 & -5 \\end{pmatrix}", "[[4, -3, 11], [6, 8, -5]]"),
    # thousands groups
    ("2\\,500", "2500"), ("3{,}141{,}000", "3141000"),
    # functions
    ("g(t) = t^2 - 3", "h(t) = t^2 - 3"), ("y = 5x - 2", "f(x) = 5x - 2"),
    # unicode signs and Python powers
    ("5√2", "5\\sqrt{2}"), ("√(a+b)", "\\sqrt{a+b}"), ("[3, ∞)", "[3,\\infty)"), ("t**3", "t^3"),
    # a choice with its value
    ("(D) 45", "D"), ("C", "\\textbf{(C) }\\frac{1}{2}"),
    # an enclosing \text with a unit; units with a power or a rate
    ("\\text{9 cm}", "9"), ("14 in^2", "14"), ("\\frac{7}{3}\\text{ ft}^{3}", "\\frac73"),
    ("30 km/h", "30"), ("2.5 \\text{ m/s}", "2.5"), ("3\\sqrt{5} \\text{ meters}", "3\\sqrt5"),
    # a number with the noun it counts
    ("17", "17 marbles"), ("\\frac{9}{4}", "\\frac94 \\text{cups}"), ("40", "40 blue tiles"),
    # the empty set, all reals, the imaginary unit as a root
    ("\\varnothing", "\\emptyset"), ("\\mathbb{R}", "(-\\infty,\\infty)"),
    ("\\text{all real numbers}", "(-\\infty, \\infty)"), ("2\\sqrt{-1}", "2i"),
]

NOT_EQUAL = [
    ("4.7e5", "47000"), ("7 million", "700000"), ("60^\\circ", "\\frac{\\pi}{6}"),
    ("\\frac{\\pi}{3}", "60"),  # no degree sign: 60 is not pi/3
    ("\\alpha = 45^\\circ", "\\frac{\\pi}{2}"),
    ("20^\\circ, 160^\\circ", "\\frac{\\pi}{9}, \\frac{7\\pi}{9}"),
    ("9", "1000_2"), ("1001_2", "9"),  # the reference asks for base 2
    ("11", "b_{12}"),  # a subscripted letter is a name, not a numeral
    ("\\{t \\mid t < -1\\}", "(-\\infty, -1]"),
    ("(-3, 1]", "-3 \\le s \\le 1"), ("[2, 8)", "8 > k > 2"),
    ("\\langle 3, -1, 4\\rangle", "(3,4,-1)"),
    ("\\begin{pmatrix} 5 \\\\ 0 \\end{pmatrix}", "[0, 5]"),
    ("\\begin{pmatrix} 4 & -3 & 11 \\\\ 6 & 8 & -5 \\end{pmatrix}", "[[4, -3, 11], [6, -5, 8]]"),
    ("[2, 7]", "(2, 7)"), ("2\\,500", "250"), ("y = 5x - 2", "f(x) = 5x + 2"),
    ("14 in^2", "15"), ("30 km/h", "3"), ("4 x^2", "4"),  # a letter that is no unit stays
    ("17", "18 marbles"), ("3", "3 squared"), ("6", "6 thousand"), ("2", "2 halves"),
    ("7", "7 fifths"), ("3", "3 factorial"),
    ("\\mathbb{R}", "(0,\\infty)"), ("\\varnothing", "\\{0\\}"), ("2\\sqrt{-1}", "2"),
    ("5√2", "2\\sqrt{5}"), ("t**3", "t^2"), ("\\sin x", "cos(x)"), ("2\\sin x", "sin(2x)"),
    ("(D) 45", "(A) 45"), ("(D) 45", "A"),
]


@pytest.mark.parametrize(("gold", "pred"), EQUAL)
def test_equal_forms(gold: str, pred: str) -> None:
    assert equivalent(gold, pred, timeout=30)


@pytest.mark.parametrize(("gold", "pred"), NOT_EQUAL)
def test_near_misses(gold: str, pred: str) -> None:
    assert not equivalent(gold, pred, timeout=30)


def test_base_subscript_only_for_the_graded_answer() -> None:
    assert "13" in alternative_forms("1101_2", graded=True)
    assert "13" not in alternative_forms("1101_2", graded=False)
    assert base_value("19", 8) is None and base_value("z", 36) == 35


def test_plain_symbols() -> None:
    assert plain_symbols("√7 · π") == "\\sqrt{7} \\cdot  \\pi"
    assert alternative_forms("42", graded=True) == []


@pytest.mark.parametrize(("gold", "pred"), [
    ("3", r"3 \text{ hundred}"),
    ("40", r"40 \text{ thousand}"),
    ("6", "6 dozen"),
    ("16", "16 squared"),
])
def test_a_word_that_multiplies_the_number_is_never_dropped(gold: str, pred: str) -> None:
    assert not equivalent(gold, pred, timeout=30)
    assert equivalent(pred, pred, timeout=30)


@pytest.mark.parametrize(("gold", "pred", "same"), [
    # a vector written with slashes against the same with \frac (math-verify misses it)
    (r"\begin{pmatrix} -3/4 \\ 7/2 \\ 2 \end{pmatrix}",
     r"\begin{pmatrix} - \frac{3}{4} \\ \frac{7}{2} \\ 2 \end{pmatrix}", True),
    (r"\begin{pmatrix} 1/3 & 0 \\ 2 & 5/6 \end{pmatrix}",
     r"\begin{pmatrix} \frac{1}{3} & 0 \\ 2 & \frac{5}{6} \end{pmatrix}", True),
    # one entry differs, or one entry more: not the same
    (r"\begin{pmatrix} -3/4 \\ 7/2 \end{pmatrix}",
     r"\begin{pmatrix} \frac{3}{4} \\ \frac{7}{2} \end{pmatrix}", False),
    (r"\begin{pmatrix} 1/3 \\ 0 \end{pmatrix}",
     r"\begin{pmatrix} \frac{1}{3} \\ 0 \\ 0 \end{pmatrix}", False),
])
def test_matrix_entries_with_slashes_or_fracs(gold: str, pred: str, same: bool) -> None:
    assert equivalent(gold, pred) is same


@pytest.mark.parametrize(("gold", "pred", "same"), [
    # a repeating decimal with its block in brackets, dotted, or written out before "..."
    ("\\frac{4}{11}", "0.(36)", True), ("-\\frac{7}{6}", "-1.1(6)", True),
    ("\\frac{5}{9}", "0.\\dot{5}", True), ("\\frac{2}{7}", "0.\\dot{2}8571\\dot{4}", True),
    ("\\frac{2}{3}", "0.6666...", True), ("\\frac{7}{12}", "0.58333\\ldots", True),
    ("\\frac{13}{99}", "0.131313\\dots", True),
    ("\\frac{4}{11}", "0.(63)", False), ("\\frac{2}{3}", "0.6767...", False),
    ("\\sqrt{2}", "1.41421...", False),  # a cut-off decimal, not a repeating one
    ("\\frac{2}{3}", "0.6...", False),  # one digit: no block seen twice
    ("1", "0.5(2)", False),  # the whole answer: the block notation, not a product
    # numbers written with i against numbers written without it
    ("\\sqrt{-25}", "5i", True), ("-1", "i^{2}", True), ("i^3", "-i", True),
    ("\\sqrt{-25}", "-5i", False), ("1", "i^2", False),
])
def test_repeating_blocks_and_the_imaginary_unit(gold: str, pred: str, same: bool) -> None:
    assert equivalent(gold, pred, timeout=30) is same


@pytest.mark.parametrize(("gold", "pred", "same"), [
    # a Chinese unit after the number is dropped like any unit ...
    ("8", "8千克", True), ("25", "25厘米", True), ("40", "40元", True),
    # ... but a multiplier is not: 万 is ten thousand, 千 a thousand, 3分之2 is 2/3
    ("8", "8万", False), ("9", "9千", False), ("6", "6百元", False), ("3", "3分之2", False),
    ("8万", "8万", True),
])
def test_chinese_units_and_multipliers(gold: str, pred: str, same: bool) -> None:
    assert equivalent(gold, pred, timeout=30) is same


@pytest.mark.parametrize(("gold", "pred", "same"), [
    # a percent of more than a plain number: its number, or the fraction it is
    ("66\\frac{2}{3}\\%", "\\frac{2}{3}", True), ("66\\frac{2}{3}\\%", "66\\frac23", True),
    ("\\frac{3}{4}\\%", "0.0075", True), ("2\\sqrt{3}\\%", "0.02\\sqrt{3}", True),
    ("\\frac{2}{3}", "66\\frac{2}{3}\\%", True),
    ("66\\frac{2}{3}\\%", "66", False),  # math-verify read the percent as 66
    ("2\\sqrt{3}\\%", "2", False), ("66\\frac{2}{3}\\%", "\\frac{3}{5}", False),
])
def test_percent_of_an_expression(gold: str, pred: str, same: bool) -> None:
    assert equivalent(gold, pred, timeout=30) is same
