"""Plain-text maths as reasoning models write it (issue 12), second round: forms our
own transcripts (bench/data/plain_text_transcripts.jsonl) showed misread or unread.
Each correct form is verified or left unchecked, never refuted; a slip next to it
is still refuted. Our own numbers and wordings, no benchmark text."""

from __future__ import annotations

import pytest

from tutor.verify.api import ChainChecker
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


def check(step: str, problem: str = "Work it out.") -> Verdict:
    return ChainChecker(problem).check(step).verdict


@pytest.mark.parametrize(("step", "expected"), [
    # "<noun> of a mod m is k" names another quantity: no congruence a ≡ k
    ("So the order of 3 mod 7 is 6, and 3^6 = 729.", V),
    ("The inverse of 4 mod 9 is 7 since 4·7 = 28.", V),
    ("the period of 10 mod 13 is 6", U),
    # the remainder of a mod m is still a congruence claim
    ("so the remainder of 100 mod 7 is 2", V),
    ("so the remainder of 100 mod 7 is 3", R),
    ("and 45 mod 8 is 5", V),
    ("and 45 mod 8 is 6", R),
])
def test_a_number_mod_m_inside_another_quantity(step: str, expected: Verdict) -> None:
    assert check(step) is expected


@pytest.mark.parametrize(("step", "expected"), [
    ("we get 5^6 = (5^2)^3 ≡ (−1)^3 = −1 ≡ 12 (mod 13)", V),
    ("so 2^5 = 32 ≡ -1 ≡ 10 (mod 11)", V),
    ("then -2 ≡ 9 (mod 11) as well", U),  # the minus belongs to the number: not read
    ("so 40 ≡ 5 (mod 7)", V),
    ("so 40 ≡ 4 (mod 7)", R),
])
def test_a_negative_residue_is_not_read_without_its_sign(step: str, expected: Verdict) -> None:
    assert check(step) is expected


@pytest.mark.parametrize(("step", "expected"), [
    ("1 + 2 + ⋯ + 40 = 40 · 41 / 2 = 820.", V),
    ("so 3 + 6 + 9 + … + 30 = 165", V),
    ("Summing, 5 + 10 + 15 + ... + 50 = 275 in all.", V),
    ("2 × 4 × ... × 10 = 3840", V),
    ("so 2 + 4 + 6 + ... + 20 = 100", R),  # three terms shown: the pattern is certain
    ("1 + 2 + ⋯ + 40 = 40 · 41 / 2 = 830.", R),  # the slip after the sum
    ("so 1 + 2 + ... + 60 = 1800", U),  # two terms shown: never refuted
    ("Hmm... + 3 = 5", U),  # dots after a word are not a sum's
    ("the terms 1, 2, ..., 10 sum to 55", U),
])
def test_a_sum_written_with_dots_in_plain_text(step: str, expected: Verdict) -> None:
    assert check(step) is expected


@pytest.mark.parametrize(("step", "expected"), [
    ("83/2 = 41, rem 1", V),
    ("so 59/4 = 14 rem 3", V),
    ("and 100/7 = 14 rem. 2, then", V),
    ("so 59/4 = 14 rem 1", R),
    ("47/5 = 9, rem 7", R),  # the remainder must be below the divisor
])
def test_rem_alone_marks_a_division_with_remainder(step: str, expected: Verdict) -> None:
    assert check(step) is expected


def test_repeated_division_lines_are_each_checked() -> None:
    lines = "61/2 = 30, rem 1\n30/2 = 15, rem 0\n15/2 = 7, rem 1\n7/2 = 3, rem 1"
    result = ChainChecker("Write 61 in base 2.").check(lines)
    assert result.verdict is V
    assert sum(c.verdict is V for c in result.claims) == 4


@pytest.mark.parametrize(("step", "expected"), [
    ("Known values: sin(30°) = 1/2, cos(60°) = 1/2, tan(45°) = 1.", V),
    ("so sin 30° = 1/2 and cos 0° = 1", V),
    ("then cos(90°) = 0", V),
    ("sin(150°) = 0.5 as well", V),
    # typed by us into LaTeX: a wrong value is left, never red
    ("sin 30° = 1/3", U),
    ("tan(45°) = 2", U),
    # the degrees of an argument are not a sum of angles
    ("so sin 60° + 30° = 90° is not what we want", U),
])
def test_trigonometric_values_at_degrees(step: str, expected: Verdict) -> None:
    assert check(step) is expected


@pytest.mark.parametrize(("step", "expected"), [
    ("there are C(10, 2) = 45 pairs and C(4, 2) = 6 red pairs", V),
    ("so C(7,3) = 35 committees", V),
    ("P(5, 2) = 20 ordered pairs", V),
    ("C(10, 2) = 40 pairs", U),  # verify only: C may be the writer's own function
    ("C(2, 5) = 0", U),  # k above n: not read as a count
])
def test_counts_of_choices_typed_without_latex(step: str, expected: Verdict) -> None:
    assert check(step) is expected


def test_a_function_named_c_is_not_a_count_of_choices() -> None:
    checker = ChainChecker("Let $C(x, y) = x + y$. Find $C(10, 2)$.")
    checker.check("Let $C(x, y) = x + y$.")
    assert checker.check("so C(10, 2) = 45").verdict is U
    assert checker.check("so C(10, 2) = 12").verdict is V  # by the definition


@pytest.mark.parametrize(("step", "expected"), [
    ("x = (7 ± sqrt(49 - 40))/2 = (7 ± sqrt(9))/2 = (7 ± 3)/2", V),
    ("so (9 ± sqrt(81 - 56))/2 = (9 ± 5)/2", V),
    ("so (9 ± sqrt(81 - 56))/2 = (9 ± 4)/2", R),  # sums agree, products do not
    ("so x = (9 ± 5)/2 = 7 or 2", U),  # one-sided ±: never refuted
])
def test_plus_minus_in_plain_text(step: str, expected: Verdict) -> None:
    assert check(step) is expected


@pytest.mark.parametrize(("step", "expected"), [
    ("14 + 9 = 23, + 17 = 40, + 11 = 51.", V),
    ("Running: 120 - 35 = 85, - 20 = 65, - 15 = 50 left.", V),
    ("so 6 + 7 = 13, + 8 = 21", V),
    # a wrong running link is never red (the pairing is a reading), but it keeps
    # its step from being verified
    ("14 + 9 = 23, + 17 = 41, + 11 = 52.", U),
    ("14 + 9 = 24, + 17 = 41", R),  # the written link itself is a slip
    ("x = 5, -3 = y", U),  # "-3" is a number, not a running difference
])
def test_a_running_total_after_a_comma(step: str, expected: Verdict) -> None:
    assert check(step) is expected


def test_a_wrong_running_link_is_counted_not_dropped() -> None:
    result = ChainChecker("Work it out.").check("6 + 7 = 13, + 8 = 22")
    assert result.verdict is U
    assert any(c.claim == "13 + 8 = 22" and c.checkable for c in result.claims)


@pytest.mark.parametrize(("step", "expected"), [
    # unicode subscript digits are a subscript, never a number of their own
    # (a logarithm of a bare number is read too: both are right, so verified)
    ("Both as powers of 2: log₄ 8 = log₂ 8 / log₂ 4 = 3/2.", V),
    ("so log₃ 9 = 2 here", V),
    ("so log₃ 9 = 3 here", R),
    ("From a₇ − a₃ = 4d we get 4d = 28 − 12 = 16.", U),
    ("From a₇ − a₃ = 4d we get 4d = 28 − 12 = 17.", R),
])
def test_unicode_subscripts(step: str, expected: Verdict) -> None:
    assert check(step) is expected


@pytest.mark.parametrize(("step", "expected"), [
    ("- 1.05³ = 1.157625\n- so the amount is 1.157625 × 2000 = 2315.25", V),
    ("* 3 × 7 = 21\n* 21 + 4 = 25", V),
    ("• 12 ÷ 4 = 3", V),
    ("+ 9 − 4 = 5", V),
    ("* 3 × 7 = 22", R),  # a star mark cannot be a sign: the slip is refuted
    # after a dash mark, the first link might be about a negative number: never red
    ("- 5 + 3 = -2", U),
    ("- 2 × 6 = 13", U),
    ("-5 + 3 = -2", V),  # no space: a negative number
    ("- Area: 6 × 4 = 24\n- Perimeter: 2(6 + 4) = 21", R),  # words lead the runs
])
def test_markdown_list_marks(step: str, expected: Verdict) -> None:
    assert check(step) is expected


@pytest.mark.parametrize(("step", "expected"), [
    ("let me redo: 36 + 64 = 110? No: 36 + 64 = 100.", U),
    ("so is 7 × 8 = 54? Let me see.", U),
    ("so 7 × 8 = 56? Yes.", V),
    ("so 7 × 8 = 56, and 56 + 4 = 61?", U),
])
def test_a_claim_asked_about_is_never_refuted(step: str, expected: Verdict) -> None:
    assert check(step) is expected


@pytest.mark.parametrize(("step", "expected"), [
    ("The rope is 4 × 2.5 = 10 m long.", V),
    ("The rope is 4 × 2.5 = 12 m long.", R),
    ("Each part is 21/7 = 3 m³.", V),
    ("Total time = 2.5 + 1.5 = 4 h.", V),
    ("the floor is 6 × 4 = 24 m² in all", V),
    ("so 90 × 3 = 270 s", V),
    ("so h = 16 × 0.75 = 12 m.", V),  # only the last link needs to be numbers
    ("so h = 16 × 0.75 = 13 m.", R),
    # the letter is an unknown elsewhere in the step, or the run has no computation
    ("so 2 + 1 = 5 m, giving m = 3/5", U),
    ("so 5 = 5 m here", U),
    ("so 2x + 3 = 5 m", U),
])
def test_a_one_letter_unit_after_the_last_number(step: str, expected: Verdict) -> None:
    assert check(step) is expected


@pytest.mark.parametrize(("step", "expected"), [
    # the run begins inside a parenthesis opened before it: its first side is cut off
    ("so lim ln(b_k) = 0 - ln(3) = -ln(3)", V),
    ("so g(c_2) = 5 + 6 = 11", V),
    ("so g(c_2) = 5 + 6 = 12", R),
])
def test_a_run_that_begins_inside_a_parenthesis(step: str, expected: Verdict) -> None:
    assert check(step) is expected


@pytest.mark.parametrize(("step", "expected"), [
    # a run of superscript digits is one exponent
    ("(−3)³ + (−2)⁴ − |−7| = −27 + 16 − 7 = −18.", V),
    ("so 2¹⁰ = 1024 > 10³", V),
    ("so 3⁴ = 81 and 5⁻¹ = 0.2", V),
    ("so 2⁴ = 18", R),
    ("so y⁴ = 81", U),  # an equation in y
])
def test_superscript_powers(step: str, expected: Verdict) -> None:
    assert check(step) is expected


@pytest.mark.parametrize(("step", "expected"), [
    # "a ≡ b mod m" without parentheses, and a power on the left
    ("since 23 ≡ 2 mod 7, we continue", V),
    ("since 23 ≡ 3 mod 7, we continue", R),
    ("so 2^10 ≡ 1 mod 11", V),
    ("so 3^4 ≡ 5 (mod 7)", R),
    ("then 12 ≡ 5 mod 7 + 1", U),  # the modulus goes on: not read
])
def test_congruences_typed_plainly(step: str, expected: Verdict) -> None:
    assert check(step) is expected


@pytest.mark.parametrize(("step", "expected"), [
    # a numbered label's colon is not a ratio or a clock time
    ("Step 3: 45 - 17 = 28", V),
    ("Step 3: 45 - 17 = 29", R),
    ("Case 2: 6 × 4 = 24 outcomes", V),
    ("Round 4: 3 + 8 = 11 points", V),
    ("the ratio 2:3 = 4:6", V),  # ratios in proportion (extract/ratios.py), never 3 = 4
    ("the ratio 2:3 = 4:7", U),
    ("At 5:30 = 330 minutes after noon", U),
])
def test_a_numbered_label_before_a_colon(step: str, expected: Verdict) -> None:
    assert check(step) is expected


@pytest.mark.parametrize(("step", "expected"), [
    ("So 5 choose 2 = 10 handshakes", V),
    ("and 12 choose 3 = 220", V),
    ("So 5 choose 2 = 12", U),  # verify only, as C(n, k)
])
def test_n_choose_k_in_words(step: str, expected: Verdict) -> None:
    assert check(step) is expected


@pytest.mark.parametrize(("step", "expected"), [
    ("so gcd(84, 60) = 12 and lcm(4, 6) = 12", V),
    ("so GCD(84, 60) = 12", V),
    ("and lcm(4, 6) = 24 / 2 = 12", V),
    ("so gcd(84, 60) = 6", U),  # read by us: a wrong value is left, never red
])
def test_gcd_and_lcm_typed_plainly(step: str, expected: Verdict) -> None:
    assert check(step) is expected
