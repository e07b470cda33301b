"""License plates, codes, passwords (`combinatorics.plates`): places filled in a fixed
order with letters or digits (or odd, even, nonzero digits), symbols repeating unless the
problem rules it out for letters, digits or all characters. Our own problems; each count
listed again here by brute force on the kinds, plus near misses that must decline."""

from __future__ import annotations

from itertools import product
from string import ascii_uppercase

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

DIGITS = "0123456789"


def _listed(pools: list[str], distinct: str = "") -> int:
    """Brute force: rows of symbols, one from each pool; `distinct` names the families
    ('L' letters, 'D' digits) in which no symbol repeats."""
    total = 0
    for row in product(*pools):
        letters = [s for s in row if s.isalpha()]
        digits = [s for s in row if s.isdigit()]
        if "L" in distinct and len(set(letters)) != len(letters):
            continue
        if "D" in distinct and len(set(digits)) != len(digits):
            continue
        total += 1
    return total


L, ODD, EVEN, NONZERO = ascii_uppercase, "13579", "02468", DIGITS[1:]


@pytest.mark.parametrize(("problem", "answer", "pools", "distinct"), [
    ("Every car tag in Rivertown shows 2 letters followed by 3 digits. How many car tags can "
     "the town issue?", None, None, None),
    ("Motorbike plates in Kestria show four digits followed by two letters. How many such "
     "plates exist?", 26**2 * 10**4, None, None),
    ("Each license plate has 3 letters followed by 2 digits. Letters may repeat but digits may "
     "not. How many different plates can be made?", 26**3 * 90, None, None),
    ("A garage door code is a sequence of 4 digits, and no digit may be used more than once. "
     "How many codes are there?", 5040, [DIGITS] * 4, "D"),
    ("A safe code is a string of 5 digits in which the digits are all different and the first "
     "digit cannot be 0. How many possible codes are there?", 27216,
     [NONZERO] + [DIGITS] * 4, "D"),
    ("Each password has a letter, then two odd digits, then a letter; no letter may be "
     "repeated. How many passwords can be made?", 16250, [L, ODD, ODD, L], "L"),
    ("A PIN is made up of 2 nonzero digits followed by 2 odd digits. No digit may be repeated. "
     "How many PINs are there?", 840, [NONZERO, NONZERO, ODD, ODD], "D"),
    ("A password is made up of 2 even digits followed by 2 odd digits, with no repetition. "
     "How many passwords are there?", 400, [EVEN, EVEN, ODD, ODD], "D"),
    ("An ID code consists of 3 distinct letters followed by a digit. How many ID codes are "
     "there?", 26 * 25 * 24 * 10, None, None),
    ("A serial number is made of a digit, then 2 letters, then a digit. The characters are "
     "not necessarily distinct. How many serial numbers are possible?", 67600, None, None),
])
def test_plates(problem, answer, pools, distinct):
    if answer is None:  # a town's tags: the same count as plates, said another way
        answer = 26**2 * 10**3
    if pools is not None:
        assert _listed(pools, distinct) == answer
    assert_solved(problem, str(answer))


@pytest.mark.parametrize("problem", [
    # the order of the letters and digits is left open
    "A license plate consists of 2 letters and 3 digits. How many license plates are possible?",
    # repeating is allowed and ruled out for the same symbols
    "A code has 3 letters followed by 2 digits. Letters may be repeated, and no letter may be "
    "repeated. How many codes are there?",
    # more places than symbols that may fill them without repeating
    "A code is a sequence of 6 odd digits, and no digit may be used twice. How many codes are "
    "there?",
    # a first digit ruled out where the code has no digit
    "A code consists of 3 letters followed by a letter, and the first digit cannot be 0. How "
    "many codes are there?",
    # kinds of letters the reader does not know, a condition it does not read
    "A code consists of 2 vowels followed by 2 digits. How many codes are there?",
    "A license plate has 3 letters followed by 3 digits, and it cannot start with the letter "
    "Q. How many license plates are possible?",
    # kinds of digits that overlap without one inside the other, none repeated
    "A PIN is made up of 2 even digits followed by 2 nonzero digits. No digit may be repeated. "
    "How many PINs are there?",
])
def test_unsettled_plates_decline(problem):
    assert solve_now(problem).answer is None
