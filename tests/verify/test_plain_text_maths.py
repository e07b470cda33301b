"""Plain-text maths as reasoning models write it (issue 12 item 1): function names
without LaTeX, remainders, counts, running computations, ratios, modular `=`,
annotations, subscripts, unicode. Each form is read correctly or declined: a
correct step is never refuted, and the plain slips next to them still are.
Our own variants of the patterns; no benchmark text."""

from __future__ import annotations

import pytest

from tutor.verify.api import ChainChecker
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


def check(step: str, problem: str = "Work it out.") -> Verdict:
    return ChainChecker(problem).check(step).verdict


@pytest.mark.parametrize(
    "step",
    [
        "as n grows, ln(b_n) tends to -ln3 ≈ -1.0986, a finite limit",
        "so sqrt(49 + 15) = 8 and sqrt(2) ≈ 1.414",
        "then log_3(81) = 4, and log2(32) = 5",
        "the side is 4 cos(B/2) = 2√3 here",
        "arctan(1/√3) = 30°, so the angle is known",
        "Now 47/2=23, rem 1, and 23/2 = 11, rem 1",
        "We can pay it as 3*20 + 2*5 = 5 coins",
        "Adding up: 14 + 9 + 6 = 14 + 9 = 23; 23 + 6 = 29",
        "the sides are in the ratio 1 : 0.5 : √3/2 = 2 : 1 : √3",
        "Working mod 7: 3^3 = 27 = 6, so 3^6 = 36 = 1",
        "0.4 (2/5) + 0.4 (2/5) = 0.8 in total",
        "so e_{k2} + c_3 = 10 * c_1 = 10 * 1 = 10",
        "the angle ∠A = 180° - 2·35° = 110°",
        "so a_2 = 7, a_3 = 2*7 - 1 = 13",
        "At 5:30 = 330 minutes after noon",
        "f(2) = 11 and g(3) = 4",
        # a lone r is a letter, not 'R' for remainder; 2 · 5 + 1 is not a division here
        "$(2r+1)(2s+1) = 4rs + 2(r+s) + 1 = 4 \\cdot 3 + 2 \\cdot 5 + 1 = 23$",
        "The remainder: 3 × 4 + 2 × 6 + 1 = 25, not a division",
        # a sum with dots in plain text: '+ 60 = ...' is its last term, not a claim
        "1 + 2 + ... + 60 = 60*61/2 = 1830",
        "3 + 6 + … + 30 = 165",
        "so 5 + 10 + ... - 2 = 7 is not a claim about 2",
    ],
)
def test_correct_conventions_are_never_refuted(step: str) -> None:
    assert check(step) is not R


@pytest.mark.parametrize(
    ("step", "expected"),
    [
        ("so 3² + 4² = 25", V),
        ("so 3² + 4² = 24", R),
        ("we get 2·7 = 14 and 14 × 3 = 42", V),
        ("and 12 ÷ 4 = 4", R),
        ("so 1,024 + 1,000 = 2,024", V),
        ("so 1,250 × 4 = 6,000", R),
        ("since 7 ≤ 3 + 5", V),
        ("we get √49 = 7", V),
        ("hence 18 − 5 = 14", R),
    ],
)
def test_plain_unicode_arithmetic(step: str, expected: Verdict) -> None:
    assert check(step) is expected


def test_a_plain_slip_next_to_a_function_is_still_refuted() -> None:
    assert check("ln(1) = 0 and 15 + 27 = 52") is R


def test_modular_equals_anywhere_in_the_step_is_not_refuted() -> None:
    step = "We reduce modulo 11 throughout. Then 4^2 = 16 = 5, and 4^3 = 64 = 9."
    assert check(step) is not R
    assert check("Then 4^2 = 16 and 16 + 5 = 22.") is R


def test_the_division_algorithm_is_still_read_when_it_stands_alone() -> None:
    assert check("So 200 = 13 × 15 + 5, a remainder of 5.") is V
    assert check("So 200 = 13 × 15 + 7, a remainder of 7.") is R


def test_a_wrong_remainder_is_refuted_even_in_modular_work() -> None:
    assert check("Working mod 13: 200 ÷ 13 = 15 remainder 7, so 200 ≡ 7.") is R
    assert check("Working mod 13: 200 ÷ 13 = 15 remainder 5, so 200 ≡ 5.") is V


@pytest.mark.parametrize(
    ("step", "expected"),
    [
        # a first side begun in words: the links after its relation are read
        ("The tile's area = edge^2 = 9^2 = 81 square cm.", V),
        ("The tile's area = edge^2 = 9^2 = 18 square cm.", R),
        ("Then the new total + 15 = 40 + 15 = 55 marbles.", V),
        ("Then the new total + 15 = 40 + 15 = 65 marbles.", R),
        ("so the hypotenuse^2 = 5^2 + 12^2 = 169", V),
        # one relation only: the words are an operand, nothing is read
        ("the old price * 3 = 12", U),
        # the dots between two operators belong to the run: the whole sum is read
        ("so 2 + 4 + ... + 20 = 10*11 = 110", V),
    ],
)
def test_a_first_side_in_words_leaves_the_rest_of_the_chain(step: str,
                                                          expected: Verdict) -> None:
    assert check(step) is expected


@pytest.mark.parametrize(
    ("step", "expected"),
    [
        # `sqrt` and `pi` typed as words, the root of a whole parenthesis
        ("so sqrt(50) = 5 sqrt(2)", V),
        ("so sqrt(50) = 5sqrt(2)", V),
        ("so sqrt(50) = 4sqrt(2)", R),
        ("the hypotenuse is sqrt(16 + 9) = 5", V),
        ("the hypotenuse is sqrt(16 + 9) = 7", R),
        ("and √(√81) = 3", V),
        ("so sqrt 81 = 9", V),
        ("the area is 36pi ≈ 113.1 square units", V),
        # a rough estimate is never refuted; a wrong exact multiple is
        ("the area is 36pi ≈ 120 square units", U),
        ("the length is 2*pi*3 = 5pi", R),
        ("the length is 2*pi*3 = 6pi", V),
        # the bare root of a product would read two ways: nothing is read
        ("and sqrt 4*25 = 10", U),
        # "of" after a percentage is a product
        ("so 15% of 80 = 12 students", V),
        ("so 15% of 80 = 15 students", R),
        # angles added in degrees, every term with its sign
        ("The last angle is 180° - 65° - 45° = 70°.", V),
        ("The last angle is 180° - 65° - 45° = 80°.", R),
        # the degrees of a function's argument are not a sum of angles
        ("so sin 60° + 30° = 90° is not what we want", U),
    ],
)
def test_plain_names_for_roots_pi_percent_and_degrees(step: str, expected: Verdict) -> None:
    assert check(step) is expected


def test_a_root_of_an_unknown_is_an_equation_not_a_slip() -> None:
    assert check("so sqrt(y + 1) = 4") is U


@pytest.mark.parametrize(
    ("step", "expected"),
    [
        ("The gap between the readings is |12 - 31| = 19 degrees.", V),
        ("so |−6| + |4| = 10", V),
        ("Squaring, |-5|^2 = 25.", V),
        ("$\\left| 3 - 17 \\right| = 14$", V),
        ("$\\lvert -9 \\rvert - 2 = 7$", V),
        ("Then |15 - 40| = 35.", R),  # a certain slip: it is 25
        ("$|-2| \\cdot |-3| = -6$", R),
        # read two ways, or not an absolute value at all: never refuted
        ("so |1 - |2 - 7|| = 4", U),
        ("so |3|4 = 12", U),
        ("Since 3 | 12, we have 3 · 4 = 12 here", V),  # "divides": the bar is left alone
        ("P(A|B) = 0.25", U),
        ("| 3 | 4 = 7 |", U),
    ],
)
def test_absolute_values_of_numbers(step: str, expected: Verdict) -> None:
    assert check(step) is expected


def test_an_absolute_value_of_an_unknown_is_left_to_the_equation_readers() -> None:
    verdicts = ChainChecker("Solve |y| = 4.").check("|y| = 4 gives y = 4 or y = -4")
    assert verdicts.verdict is not R
    assert not any(c.verdict is R for c in verdicts.claims)


@pytest.mark.parametrize("step, expected", [
    ("This works since -35 = 7 * (-5), a multiple of 7.", V),
    ("We get -9 + 14 = 5 for the new temperature.", V),
    ("It checks out because 54 = 6 * 9.", V),
    ("So 45 = 6 * 8, which gives the count.", R),
    ("The removed card has a value of 73 - 48 = 25.", V),
    ("The difference of 90 - 35 = 55 is the gap.", V),
    ("Week 4 = 28 pages.", U),  # a label and its count, not 4 = 28
    ("one-quarter of 36 = 9", U),  # 36 belongs to the phrase
])
def test_a_connective_or_a_quantity_name_before_the_numbers(step: str,
                                                             expected: Verdict) -> None:
    assert check(step) is expected


@pytest.mark.parametrize("step, expected", [
    ("Distance = \\(\\sqrt{5^2 + 12^2}\\) = \\(\\sqrt{169}\\) = 13.", V),
    ("The area is $\\frac{1}{2} \\cdot 10 \\cdot 7$ = $35$ square feet.", V),
    ("So \\(4^3\\) = 64 and \\(3^3\\) = 24.", R),
    ("We need \\(x\\) = 10 cm here.", U),  # x is given a value, nothing to check
])
def test_a_chain_written_across_inline_spans_is_one_chain(step: str,
                                                           expected: Verdict) -> None:
    assert check(step) is expected
