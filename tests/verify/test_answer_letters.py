"""An answer naming a lettered choice with its value agrees with the letter or the value."""

from __future__ import annotations

import pytest

from tutor.verify.answer_letters import letter, lettered
from tutor.verify.answers import equivalent


@pytest.mark.parametrize(("gold", "pred"), [
    ("\\text{(C)}", "\\text{(C)}\\ 15"),
    ("C", "\\text{(C)}\\ 15"),
    ("(C)", "\\text{(C)}\\ 15"),
    ("\\textbf{(C)}", "\\text{(C)}\\ 15"),
    ("\\mathrm{(C)}", "(C) 15"),
    ("15", "\\text{(C)}\\ 15"),
    ("15", "$\\textbf{(C)}\\ 15$"),
    ("0.5", "\\text{(B)}\\ \\frac{1}{2}"),
    ("\\frac{10}{\\sqrt{3}}", "\\text{(E)}\\ \\frac{10}{\\sqrt{3}}"),
    ("\\text{(C)}\\ 15", "15"),
    ("\\text{(C)}\\ 15", "C"),
    ("\\textbf{(C) }15", "\\text{(C)}\\ 15"),
    # a letter against a letter is as before
    ("\\text{(C)}", "C"),
    ("C", "\\textbf{(C)}"),
])
def test_agree(gold, pred):
    assert equivalent(gold, pred)


@pytest.mark.parametrize(("gold", "pred"), [
    ("D", "\\text{(C)}\\ 15"),
    ("\\text{(D)}", "\\text{(C)}\\ 15"),
    ("16", "\\text{(C)}\\ 15"),
    ("\\text{(C)}\\ 15", "\\text{(D)}\\ 15"),
    ("\\text{(C)}\\ 15", "\\text{(C)}\\ 16"),
    ("C", "D"),
    ("\\text{(C)}", "\\text{(E)}"),
])
def test_differ(gold, pred):
    assert not equivalent(gold, pred)


def test_readings():
    assert lettered("\\text{(C)}\\ 15") == ("C", "15")
    assert lettered("\\mathrm{(A) \\ } 277") == ("A", "277")
    assert lettered("(3, 4)") is None and lettered("15") is None and lettered("(C)") is None
    assert letter("\\text{(C)}") == "C" and letter("C") == "C" and letter("15") is None
    assert letter("(3)") is None
