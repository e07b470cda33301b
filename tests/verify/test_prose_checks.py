"""The checks added for issue 2: prose arithmetic with units and labels, division
with remainder, `±` claims, parentheses around plain-text maths.

Every wrong step here is refuted with a message that names the right value;
every near miss (rounding, unit conversion, scale words, running totals, the
writer's own "this is wrong") is not refuted.
"""

from __future__ import annotations

import pytest

from tutor.verify.api import check_steps
from tutor.verify.claims import extract_claims
from tutor.verify.segments import find_segments
from tutor.verify.verdict import StepVerdict, Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


def check(step: str) -> StepVerdict:
    [verdict] = check_steps("", [step])
    return verdict


@pytest.mark.parametrize(
    "step, right",
    [
        ("So the total is 495 students * $15/student = $7455.", "495 · 15 = 7425"),
        ("Lewis' street costs $194/meter × 490 meters = $94,860.", "194 · 490 = 95060"),
        ("Subtract: 7995 (total cookies) - 2595 (rainbow cookies) = 4500.", "7995 - 2595 = 5400"),
        ("He drives 60 miles per hour * 3 hours = 160 miles.", "60 · 3 = 180"),
        ("She has 10 cookies - 3 = 6 cookies left.", "10 - 3 = 7"),
        ("That is 5 apples times 3 = 16 apples.", "5 · 3 = 15"),
        (
            "Total earnings = $3.00 (dishes) + $3.00 (laundry) + $1.50 (trash). "
            "Total earnings = $8.00.",
            "3.00 + 3.00 + 1.50 = 7.5",
        ),
        (
            r"The area is \(3 \text{ feet} \times 4 \text{ feet} = 14 \text{ square feet}\).",
            "3 · 4 = 12",
        ),
        (r"\[ \frac{40 \text{ nickels}}{5} = 9 \text{ nickels} \]", "40 / 5 = 8"),
        ("Total = 52 + 24 + 44 + 48. Total = 178.", "52 + 24 + 44 + 48 = 168"),
        # a division of whole things out by more than rounding
        ("Each friend gets 100 ÷ 3 = 30 cookies.", "100 ÷ 3 = 33.33"),
        # a sum with a unit word after it: the whole-things rounding is for divisions only
        ("Add up the feed: 3 + 52 + 2150 + 1400 = 2605 pounds.", "3 + 52 + 2150 + 1400 = 3605"),
        ("Their ages together: 17 + 9 + 14 + 9 = 39 years.", "17 + 9 + 14 + 9 = 49"),
    ],
)
def test_prose_arithmetic_with_units_is_refuted(step: str, right: str) -> None:
    verdict = check(step)
    assert verdict.verdict is R
    assert right in verdict.reason


@pytest.mark.parametrize(
    "step",
    [
        "So the total is 495 students * $15/student = $7425.",
        "Subtract: 7995 (total cookies) - 2595 (rainbow cookies) = 5400.",
        r"\[ \frac{111 \text{ feet}}{1.5 \text{ feet/pace}} = 74 \text{ paces} \]",
        "Per day: 0.2 kg/person × 5 persons = 1 kg.",
        "Total = 52 + 24 + 44 + 48. Total = 168.",
    ],
)
def test_prose_arithmetic_with_units_is_verified(step: str) -> None:
    assert check(step).verdict is V


@pytest.mark.parametrize(
    "step",
    [
        # the writer converts units in their head
        "A round trip takes 2 hours / 30 minutes = 4 trips.",
        "So 30 minutes × $10/hour = $5 for the parking.",
        "Together 1 hour + 30 minutes = 90 minutes.",
        "The pause is 2.5 hours × 60 = 150 minutes.",
        # scale words change what the number counts
        "She buys 3 dozen + 4 = 40 eggs.",
        "That is 5 thousand + 200 = 5200 people.",
        # terms of a sum in different units
        "Then 2 adults + 3 children = 4 tickets since children under 3 are free.",
        "It costs $5 + 50 cents = $5.50 with the bag.",
        # whole things rounded up or down after a division
        "We can fit 25 feet / 2 feet = 12 plants in the row.",
        "They need 100 people / 30 people per bus = 4 buses.",
        # the same with a bare division sign: the bare numbers are read the same way
        "Each friend gets 100 ÷ 3 = 33 cookies.",
        "So 50 ÷ 8 = 7 boxes are needed.",
        # rounding and approximations
        "Each gets 10 litres / 3 = 3.33 litres.",
        "That is about 7 miles × 1.6 = 11 km.",
        "Speed is 20 kb/s ÷ 3600 s = 0.0056 kb/s.",
        # a running total: "= 40 + 10" is not the product's result
        "So 20 apples * 2 = 40 apples + 10 apples = 50 apples.",
        # the writer says it is false
        "If 5 apples + 3 apples = 9 apples (this is wrong), we recount.",
        # the named quantity restated after a further step of the computation
        "Total = 52 + 24 + 44 + 48. Total = 168 + 10 = 178.",
        # a label that changes the number
        "So 2 (in hours) + 30 (in minutes) = 150 minutes.",
        # times of day and powers are not quantities
        "From 8:00 + 2 hours = 10:00 she works.",
        r"We get \(2^{3} \text{ cubes} \times 2 = 16\) cubes.",
    ],
)
def test_prose_arithmetic_near_misses_are_not_refuted(step: str) -> None:
    assert check(step).verdict is not R


@pytest.mark.parametrize(
    "step, right",
    [
        ("Divide 706 by 7: 706 ÷ 7 = 101 with a remainder of 1.", "706 ÷ 7 = 100 remainder 6"),
        (r"First, $$355\div 6=58\;\mathrm{R}\;5.$$", "355 ÷ 6 = 59 remainder 1"),
        (r"- \(1121 \div 243 = 4\) remainder \(133\)", "1121 ÷ 243 = 4 remainder 149"),
        ("So 20 divided by 3 is 5 with a remainder of 5.", "20 ÷ 3 = 6 remainder 2"),
        (r"The remainder: \[ 5050 = 77 \cdot 64 + 28 \]", "77 · 64 + 28 = 4956"),
        ("Divide 91 by 35: 91 = 35 × 2 + 22. So the remainder is 22.", "35 · 2 + 22 = 92"),
    ],
)
def test_wrong_division_with_remainder_is_refuted(step: str, right: str) -> None:
    verdict = check(step)
    assert verdict.verdict is R
    assert right in verdict.reason


@pytest.mark.parametrize(
    "step",
    [
        "Divide 706 by 7: 706 ÷ 7 = 100 with a remainder of 6.",
        r"First, $$355\div 6=59\;\mathrm{R}\;1.$$",
        "The remainder: 5050 = 77 × 65 + 45.",
        # the division algorithm at the end of a sentence, more words after it
        "Divide 91 by 35: 91 = 35 × 2 + 21. Then divide 35 by 21: 35 = 21 × 1 + 14. The "
        "remainder is not 0 yet.",
    ],
)
def test_right_division_with_remainder_is_verified(step: str) -> None:
    assert check(step).verdict is V


@pytest.mark.parametrize(
    "step",
    [
        # sloppy modular arithmetic: `=` for "is congruent to", the residue on the left
        r"The remainder of 2^{10} by 7: $2 = 7 \times 146 + 2$, hmm, so the remainder is 2.",
        "Mod 5 the remainder is 3 = 2 × 4 + 0.",
        # a negative dividend is not the division algorithm as written
        "With remainders, -7 ÷ 2 = 4 remainder 1 in this convention.",
        # the writer says it is wrong
        "1529 ÷ 6 = 255 with a remainder of 4, which is wrong.",
        # the quotient as a decimal, not a remainder
        "Then 706 ÷ 7 = 100.86, and the remainder is 6.",
    ],
)
def test_remainder_near_misses_are_not_refuted(step: str) -> None:
    assert check(step).verdict is not R


def test_plus_minus_claim_is_refuted_by_either_sign() -> None:
    verdict = check(r"\[ x = \frac{1 \pm \sqrt{7753}}{6} = \frac{1 \pm 88}{6} \]")
    assert verdict.verdict is R
    assert "product of its two values" in verdict.reason and "√7753" in verdict.reason
    right = check(r"\[ \frac{4 \pm \sqrt{112}}{16} = \frac{1 \pm \sqrt{7}}{4} \]")
    assert right.verdict is V


@pytest.mark.parametrize(
    "step",
    [
        r"So \(\sqrt{16} = \pm 4\).",  # one side only: not two readings
        r"So \(3 \pm 2 = 5 \mp 0\).",  # the sign pairing is not written out
        r"So \(-(1 \pm \sqrt{2}) = -1 \pm \sqrt{2}\).",  # the same two values, signs swapped
        r"Roughly \(\frac{1 \pm \sqrt{7753}}{6} \approx \frac{1 \pm 88.05}{6}\).",
        # rounded: each value is right to 0.1, their product is off by more
        r"\[ y = \frac{-6 \pm \sqrt{42068}}{2} = \frac{-6 \pm 205.1}{2} \]",
    ],
)
def test_plus_minus_near_misses_are_not_refuted(step: str) -> None:
    assert check(step).verdict is not R


def test_parentheses_around_plain_maths_belong_to_the_prose() -> None:
    segs = find_segments("So 7 are left (since 56 - 5 = 51), and (50/2 = 25).")
    assert [s.text for s in segs] == ["56 - 5 = 51", "50/2 = 25"]
    assert check("So 7 are left (since 56 - 5 = 52).").verdict is R


def test_money_alone_is_left_to_the_plain_reader() -> None:
    # "$5 x 3 = $15" is read once, by the plain-text segment finder
    claims = extract_claims("He pays $5 x 3 = $15 for the books.")
    assert [(c.lhs, c.rhs) for c in claims] == [("5 x 3", "15")]
