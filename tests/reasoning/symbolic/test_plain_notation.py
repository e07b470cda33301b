"""Factorials, congruences and residues typed as plain text (`plain_notation`), in our own
wordings: each is answered as its typeset twin is; a '!' that may be an exclamation, a
congruence without a modulus and a word before "mod" decline or stay words."""

from __future__ import annotations

import pytest

from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.plain_notation import wrapped


@pytest.mark.parametrize(("text", "latex"), [
    ("Solve 4x ≡ 3 (mod 11).", r"Solve $4x \equiv 3 \pmod{11}$."),
    ("Solve 5n = 2 (mod 9).", r"Solve $5n \equiv 2 \pmod{9}$."),
    (r"Solve 3y + 1 \equiv 4 mod 7 for y", r"Solve $3y + 1 \equiv 4 \pmod{7}$ for $y$"),
    ("What is 7^100 mod 13?", r"What is $7^{100} \pmod{13}$?"),
    ("Find 3^-1 (mod 7).", r"Find $3^{-1} \pmod{7}$."),
    ("Find the sum 1! + 2! + ... + 9!.", r"Find the sum $1! + 2! + \cdots + 9!$."),
    ("Does 3^k divide 20! evenly?", "Does $3^k$ divide $20!$ evenly?"),
    # two congruences, each written in turn; the letter a against the sign is a name
    ("If a ≡ 2 (mod 5) and c ≡ 4 (mod 5), find a + c.",
     r"If $a \equiv 2 \pmod{5}$ and $c \equiv 4 \pmod{5}$, find $a + c$."),
])
def test_the_plain_notation_is_written_as_latex(text: str, latex: str) -> None:
    assert wrapped(text) == latex


@pytest.mark.parametrize("text", [
    "Find 4x = 3.",  # an equation, not a congruence: no modulus
    "Solve 4x = 3 mod 11.",  # '=' is a congruence only with a bracketed (mod m)
    "The answer mod 5 is what?",  # a word before 'mod'
    r"Solve $4x \equiv 3 \pmod{11}$.",  # typeset already
])
def test_other_texts_stay_as_they_are(text: str) -> None:
    assert wrapped(text) == text


@pytest.mark.parametrize(("problem", "answer"), [
    ("Solve 4x ≡ 3 (mod 11).", r"x \equiv 9 \pmod{11}"),
    (r"Solve $7m ≡ 2 \pmod{10}$.", r"m \equiv 6 \pmod{10}"),  # the sign inside maths too
    ("solve 3x+1 ≡ 4 (mod 7) for x", r"x \equiv 1 \pmod{7}"),
    ("Find the smallest positive integer x such that 3x ≡ 5 (mod 8).", "7"),
    ("Find x such that 2x + 3 = 7 (mod 9) and 0 <= x < 9.", "2"),
    ("What is 2^{-1} (mod 9)?", "5"),
    ("What is 10! mod 13?", "6"),  # Wilson: 12! = -1 and 12 * 11 = 2 (mod 13)
    ("What is 5^40 mod 7?", "2"),  # 5^6 = 1 (mod 7), 5^4 = 625 = 89 * 7 + 2
    ("If n ≡ 3 (mod 7), what is the remainder when 4n is divided by 7?", "5"),
    ("Find the remainder when 1! + 2! + 3! + ... + 40! is divided by 12.", "9"),
    ("What is the largest integer k such that 2^k divides 12!?", "10"),
    ("What is the sum 1! + 2! + ... + 6!?", "873"),
    ("If a ≡ 3 (mod 11) and b ≡ 9 (mod 11), what is the remainder when a + b is divided by "
     "11?", "1"),
    ("If p ≡ 4 (mod 6) and q ≡ 5 (mod 6), what is the remainder when p*q is divided by 6?",
     "2"),
    # factorials against brackets, powers and each other: one expression
    ("Compute 9!/(6!3!).", "84"),
    (r"Evaluate \frac{8!}{5! 3!}.", "56"),
    ("What is (4!)^2/3!?", "96"),
    ("Simplify (7! - 6!)/5!.", "36"),
])
def test_plain_text_problems_are_answered(problem: str, answer: str) -> None:
    got = solve_now(problem)
    assert got.answer == answer and got.confirmed


@pytest.mark.parametrize("problem", [
    "The answer was 6! Great",  # '!' at the end of a statement may be an exclamation
    "So x = 4 + 3! Now what is x?",  # an exclamation before a new sentence
    "Find 4x ≡ 3.",  # a congruence with no modulus
    "Solve 2x ≡ 3 (mod 8).",  # no solution: 2x is even
])
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_a_residue_with_more_after_it_is_not_read_as_a_larger_modulus() -> None:
    # main read "2^10 mod 7 + 1" as 2^10 mod 8 = 0; it is 2 + 1 = 3, or (safe) declined
    assert solve_now("What is 2^10 mod 7 + 1?").answer in (None, "3")


@pytest.mark.parametrize("problem", [
    # a sum before a bare "mod": (10 + 2^10) mod 7 = 5, or 10 + (2^10 mod 7) = 12?
    "What is 10 + 2^10 mod 7?",
    "What is 6 + 9 mod 4?",
    r"What is $5 + 3^{4} \bmod 7$?",
])
def test_a_sum_before_a_bare_mod_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # the whole sum said: brackets, \pmod, or "the remainder of"
    (r"What is $(5 + 3^{4}) \bmod 7$?", "2"),  # 86 = 7 * 12 + 2
    (r"What is $5 + 3^{4} \pmod{7}$?", "2"),
    ("What is the remainder of 6 + 9 mod 4?", "3"),
    ("What is 3^{4} mod 7?", "4"),  # a single term: 81 = 77 + 4
])
def test_the_whole_sum_said_is_read(problem: str, answer: str) -> None:
    assert solve_now(problem).answer == answer


@pytest.mark.parametrize(("problem", "answer"), [
    # a question or a request to work something out is not exclaimed: its last '!' is 4!
    ("how many zeros are at the end of 25!", "6"),
    ("what is the units digit of 12!", "0"),
    ("Compute 4!", "24"),
    ("evaluate 6!/4!", "30"),
])
def test_a_question_ending_on_a_factorial(problem: str, answer: str) -> None:
    assert solve_now(problem).answer == answer


@pytest.mark.parametrize(("problem", "answer"), [
    # a space before the question mark, and a factorial said as a word
    ("How many zeros are at the end of 25! ?", "6"),
    ("How many zeros are there at the end of 30 factorial?", "7"),
    ("How many trailing zeros does 100 factorial have?", "24"),
    ("What is the remainder when 10 factorial is divided by 13?", "6"),
    ("Evaluate 8 factorial / (6 factorial * 2 factorial)", "28"),
    # words kept where the sign would be left outside maths: the spoken reader reads them
    ("what is 6 factorial divided by 4 factorial", "30"),
])
def test_a_factorial_said_as_a_word_or_spaced_from_its_question_mark(problem: str,
                                                                      answer: str) -> None:
    assert solve_now(problem).answer == answer


def test_a_factorial_word_that_names_no_number_stays_a_word() -> None:
    assert wrapped("Is the factorial of 5 even?") == "Is the factorial of 5 even?"
