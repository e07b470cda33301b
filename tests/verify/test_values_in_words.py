r"""Values said in words (`extract/said_values.py`): "so \(n\) is 7", "the radius is 5 cm",
"a cylinder with height 8" give the name (or the letter a measure is usually written with)
a value that a later substitution (`\pi r^2 = \pi (5)^2`) is checked with. Verify only: a
wrong substitution stays unchecked. Our own variants, written for these tests."""

from __future__ import annotations

import pytest

from tests.claim_lookup import claim_verdict
from tutor.verify.api import ChainChecker
from tutor.verify.extract.said_values import said_values
from tutor.verify.verdict import Verdict


@pytest.mark.parametrize(("text", "pairs"), [
    (r"Hence \(n\) is 7.", [("n", "7")]),
    (r"So the least possible value for \( m \) is 6. Then", [("m", "6")]),
    (r"Thus \(q\) is 3 and \(p\) is 8.", [("q", "3"), ("p", "8")]),
    (r"We find that $k$ equals $\frac{5}{2}$, so", [("k", r"\frac{5}{2}")]),
    (r"so \( t \) must be 3, and the rest follows", [("t", "3")]),
    (r"The value of \(a_1\) is equal to 11.", [("a_1", "11")]),
    ("The radius of the circle is 5 cm.", [("r", "5")]),
    ("A cone with height 8 and a base of radius 3.", [("h", "8"), ("r", "3")]),
    ("Find the area of a circle of radius 5.", [("r", "5")]),
    ("The tank has a diameter of 10 feet.", [("d", "10")]),
    (r"The side length of the square is \(2\sqrt{3}\).", [("s", r"2\sqrt{3}")]),
    (r"\[ \text{Height} = \frac{30}{5} = 6 \text{ m} \]", [("h", "6")]),
    ("Its width is 4.5 meters, and its length is 9.", [("w", "4.5")]),
    (r"The radius is \(14/2 = 7\) cm.", [("r", "7")]),
    (r"so the height is $\frac{36}{4} = 9$ units, and", [("h", "9")]),
    ("So the side length of the hexagon is also 8 units.", [("s", "8")]),
    ("The width of each tile is also 2.5 cm, so", [("w", "2.5")]),
    (r"The radius is given as \(3\sqrt{2}\).", [("r", r"3\sqrt{2}")]),
])
def test_values_said_in_words(text: str, pairs: list[tuple[str, str]]) -> None:
    assert said_values(text) == pairs


@pytest.mark.parametrize("text", [
    r"Here \(x\) is 9 more than \(y\).",  # a number followed by more words is no value
    r"We know \(m\) is 3 times as large.",
    r"so \(p\) is 2 or 3.",
    "The radius of the inner circle is 2 and the radius of the outer circle is 6.",
    "The radius is not 4.",
    # a letter inside a longer noun: the number is that noun's value
    r"The coefficient of \(x\) is 9.",
    r"The sum of \(a\) and \(b\) is 12.",
    r"The remainder on division by \(n\) is 2.",
    r"Then the sum of the values of \(c\) is 5.",
    "The height is 3 less than the base.",
    "The height is also 3 less than the base.",
    "The radius is given as 4 times the width.",
    # "which" may name the other measure's value: the diameter is 10 here, not the radius
    "The radius is half the diameter, which is 10.",
    "The width is a third of the length, which is 12.",
])
def test_near_misses_give_no_value(text: str) -> None:
    assert said_values(text) == []


@pytest.mark.parametrize(("problem", "step", "claim"), [
    ("A circle has radius 5. Find its area.",
     r"The area is \(\pi r^2 = \pi (5)^2 = 25\pi\).", r"\pi r^2 = \pi (5)^2"),
    ("A rug is 12 feet across. Find its area.",
     r"The diameter is 12 feet, so the radius is 6 feet: \(A = \pi r^2 = \pi \cdot 6^2\).",
     r"\pi r^2 = \pi \cdot 6^2"),
    ("Find the total.",
     r"So the least value of \( y \) is 4. Then the total is \(3y + 1 = 3(4) + 1 = 13\).",
     r"3y + 1 = 3(4) + 1"),
    ("A cylinder has radius 2 and height 7. Find its volume.",
     r"\(V = \pi r^2 h = \pi (2)^2 (7) = 28\pi\)", r"\pi r^2 h = \pi (2)^2 (7)"),
    ("A square has side length 9.", r"Its area is \( s^2 = 9^2 = 81 \).", r"s^2 = 9^2"),
    ("A square's side equals the radius of a circle of circumference 10 pi.",
     r"The radius is 5, so the side length of the square is also 5. Its area is "
     r"\( A = s^2 = 5^2 = 25 \).", r"s^2 = 5^2"),
])
def test_a_value_said_in_words_is_put_in(problem: str, step: str, claim: str) -> None:
    assert claim_verdict(ChainChecker(problem, time_limit=30), step, claim) is Verdict.VERIFIED


@pytest.mark.parametrize(("problem", "step", "claim"), [
    # the wrong value put in: unchecked, never refuted (the letter may mean something else)
    ("A circle has radius 5. Find its area.",
     r"The area is \(\pi r^2 = \pi (6)^2\).", r"\pi r^2 = \pi (6)^2"),
    # two circles: the radius is said twice with two values, so r has none
    ("Circles of radius 2 and radius 3 are drawn. The radius of one is 2 and the radius of "
     "the other is 3.", r"One area is \(\pi r^2 = \pi (2)^2\).", r"\pi r^2 = \pi (2)^2"),
    # an equation written later in the step gives the latest value
    ("Find the area.", r"The radius is 4 at first; then \(r = 5\) and \(\pi r^2 = \pi (4)^2\).",
     r"\pi r^2 = \pi (4)^2"),
])
def test_near_misses_stay_unchecked(problem: str, step: str, claim: str) -> None:
    assert claim_verdict(ChainChecker(problem, time_limit=30), step, claim) is Verdict.UNCHECKED
