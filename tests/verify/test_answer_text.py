"""Answer text before the maths (`answer_text`): escapes lost in a program string, word
answers compared as words, Roman-numeral statement labels. Own pairs, equal and not."""

from __future__ import annotations

import pytest

from tutor.verify.answer_text import (
    number_in_words,
    restore_escapes,
    roman_labels,
    word_answer,
    words_agree,
)
from tutor.verify.answers import equivalent

# "\f", "\b", "\a", "\v", "\r" in an unescaped program string: a control character
# took the backslash and the first letter of the command.
LOST_ESCAPES = [
    ("\x0crac{7}{8}", "0.875"),
    ("2\x0crac{1}{4}", "\\frac{9}{4}"),
    ("\x08egin{pmatrix} 4 \\\\ -1 \\end{pmatrix}", "(4, -1)"),
    ("\x08inom{6}{3}", "20"),
    ("3\x07lpha", "3\\alpha"),
    ("\\vec{u} + \x0bec{w}", "\\vec{w} + \\vec{u}"),
    ("\\left[1, 5\right)", "[1, 5)"),
]


@pytest.mark.parametrize(("mangled", "plain"), LOST_ESCAPES)
def test_lost_escapes_are_read_as_the_commands(mangled: str, plain: str) -> None:
    assert equivalent(mangled, plain, timeout=30)
    assert equivalent(plain, mangled, timeout=30)


@pytest.mark.parametrize(("mangled", "other"), [
    ("\x0crac{7}{8}", "0.87"), ("\x08inom{6}{3}", "18"), ("\\left[1, 5\right)", "[1, 5]"),
])
def test_lost_escapes_keep_their_value(mangled: str, other: str) -> None:
    assert not equivalent(mangled, other, timeout=30)


def test_what_restore_escapes_touches() -> None:
    assert restore_escapes("\x0crac{1}{3}") == "\\frac{1}{3}"
    assert restore_escapes("\x08oxed{5}") == "\\boxed{5}"
    # a tab is white space and `\\` a LaTeX line break: both left as they are
    assert restore_escapes("4\timeses") == "4\timeses"
    assert restore_escapes("1 \\\\ 2") == "1 \\\\ 2"
    # a control character before no letter is not an escape
    assert restore_escapes("7\r\n") == "7\r\n"


WORDS_SAME = [
    ("\\text{Wednesday}", "wednesday"), ("\\text{north}", "North."), ("\\textbf{even}", "Even"),
    ("$\\text{no solution}$", "No Solution"), ("\\mbox{isosceles}", "\\text{Isosceles}"),
]
WORDS_DIFFERENT = [
    # anagrams: math-verify read each as a product of the same letters
    ("\\text{reap}", "\\text{pear}"), ("\\text{least}", "\\text{steal}"), ("tops", "spot"),
    ("\\text{ON}", "\\text{NO}"), ("\\text{night}", "\\text{thing}"),
    ("\\text{odd}", "\\text{even}"), ("\\text{Alice}", "\\text{Alicia}"),
]


@pytest.mark.parametrize(("gold", "pred"), WORDS_SAME)
def test_same_words(gold: str, pred: str) -> None:
    assert words_agree(gold, pred) is True
    assert equivalent(gold, pred, timeout=30)


@pytest.mark.parametrize(("gold", "pred"), WORDS_DIFFERENT)
def test_other_words_even_with_the_same_letters(gold: str, pred: str) -> None:
    assert words_agree(gold, pred) is False
    assert not equivalent(gold, pred, timeout=30)


def test_short_letter_runs_stay_products() -> None:
    assert word_answer("mn") is None and words_agree("pq", "qp") is None
    assert equivalent("pq", "qp", timeout=30)  # p·q = q·p
    assert word_answer("$\\text{Rome}.$") == "rome"
    # phrases another reading gives a value keep that reading
    assert words_agree("\\text{all real numbers}", "\\text{all reals}") is None
    assert equivalent("\\text{all real numbers}", "\\mathbb{R}", timeout=30)


@pytest.mark.parametrize(("gold", "pred", "same"), [
    ("III", "III", True), ("(IV)", "IV", True), ("II and IV", "IV, II", True),
    ("\\text{I, II, and III}", "I, III, II", True),
    ("II", "-1", False),  # math-verify read II as i·i
    ("-1", "II", False), ("VI", "IV", False), ("I and III", "I, II", False),
    ("III", "-i", False), ("II, III", "III", False),
])
def test_roman_numeral_labels(gold: str, pred: str, same: bool) -> None:
    assert equivalent(gold, pred, timeout=30) is same


def test_what_counts_as_labels() -> None:
    assert roman_labels("\\text{II and V}") == frozenset({"II", "V"})
    assert roman_labels("I") is None  # a lone I may be the imaginary unit or a name
    assert roman_labels("VIX") is None and roman_labels("x, y") is None


@pytest.mark.parametrize(("gold", "pred", "same"), [
    # a number written in words is its value
    ("19", "nineteen", True), ("64", "\\text{sixty-four}", True), ("1", "One", True),
    ("300", "three hundred", True), ("\\frac{5}{4}", "five fourths", True),
    ("sixty four", "sixty-four", True),  # two spellings of one number
    ("19", "ninety", False), ("64", "forty-six", False), ("2", "two cats and a dog", False),
])
def test_numbers_in_words(gold: str, pred: str, same: bool) -> None:
    assert equivalent(gold, pred, timeout=30) is same


def test_number_in_words_reads_only_whole_answers() -> None:
    assert number_in_words("\\text{eighty-one}.") == "81"
    assert number_in_words("none") is None and number_in_words("81") is None
