"""Claims shown to a student in maths notation, never TeX commands (`tutor.verify.notation`)."""

from __future__ import annotations

import pytest

from tutor.verify.notation import maths_text


@pytest.mark.parametrize(("tex", "shown"), [
    (r"\left\lceil\frac{7 \cdot 3}{2}\right\rceil = 11", "⌈(7 · 3)/2⌉ = 11"),
    (r"\lfloor \frac{29}{4} \rfloor = 7", "⌊ 29/4 ⌋ = 7"),
    (r"\left\lfloor\sqrt{50}\right\rfloor = 7", "⌊√50⌋ = 7"),
    (r"2 \cdot 4 = 8", "2 · 4 = 8"),
])
def test_brackets_and_operators_are_written_as_symbols(tex: str, shown: str) -> None:
    assert maths_text(tex) == shown
    assert "\\" not in maths_text(tex)


@pytest.mark.parametrize(("tex", "shown"), [
    (r"\lim_{t \to 4} \frac{t^{2} - 16}{t - 4} = 8", "lim(t → 4) (t² - 16)/(t - 4) = 8"),
    (r"\lim_{t \to 1^{-}} \frac{1}{t - 1} = -\infty", "lim(t → 1⁻) 1/(t - 1) = -∞"),
    (r"\sum_{j=1}^{6} j^{3} = 441", "Σ(j=1..6) j³ = 441"),
    (r"\prod_{j=2}^\infty x = 0", "∏(j=2..∞) x = 0"),
])
def test_limits_sums_and_products_are_written_as_symbols(tex: str, shown: str) -> None:
    assert maths_text(tex) == shown
    assert "\\" not in maths_text(tex)


@pytest.mark.parametrize(("tex", "shown"), [
    (r"\det \begin{pmatrix} 5 & 1 \\ 2 & 3 \end{pmatrix} = 13", "det (5, 1; 2, 3) = 13"),
    (r"N^{-1} = \begin{bmatrix} \frac{1}{4} & 0 \\ 0 & -2 \end{bmatrix}",
     "N⁻¹ = [1/4, 0; 0, -2]"),
    (r"\begin{vmatrix} p & q \\ r & s \end{vmatrix} = ps - qr", "|p, q; r, s| = ps - qr"),
    (r"\begin{pmatrix} 7 \\ -1 \\ \end{pmatrix} \cdot \begin{pmatrix} 2 \\ 3 \end{pmatrix} = 11",
     "(7; -1) · (2; 3) = 11"),
    (r"\left( \begin{matrix} 0 & 1 \end{matrix} \right)", "( 0, 1 )"),
])
def test_a_matrix_is_written_row_by_row_in_its_brackets(tex: str, shown: str) -> None:
    assert maths_text(tex) == shown
    assert "\\" not in maths_text(tex)


@pytest.mark.parametrize(("tex", "shown"), [
    (r"a_{mom} + 6 = 2 a_{kid}", "a_mom + 6 = 2 a_kid"),
    (r"x_1 + x_{2} = 9", "x₁ + x₂ = 9"),
    (r"b_{10} = 1025", "b₁₀ = 1025"),
])
def test_a_subscript_is_written_without_its_braces(tex: str, shown: str) -> None:
    assert maths_text(tex) == shown


def test_a_power_too_long_for_superscripts_loses_only_its_braces() -> None:
    assert maths_text("7^{2023} = 7^{3} \\cdot 7^{2020}") == "7^2023 = 7³ · 7^2020"
