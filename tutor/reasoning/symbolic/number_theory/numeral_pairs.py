"""One integer written as two numerals with unknown digits or unknown bases: "When a positive
integer is written in base 6 it is $AB_6$, and in base 8 it is $BA_8$. What is the integer in
base 10?", "What is the smallest base-10 integer that can be represented as $CC_4$ and $DD_6$,
where $C$ and $D$ are valid digits?", "... as $13_a$ in one base and $31_b$ in another, where
$a$ and $b$ are bases larger than 3?".

A capital letter in a numeral is a digit (valid in the numeral's base, the leading digit not
0, and different letters different digits when the problem says "distinct"), a lower-case
letter after the underscore is a base (2 to 36, above a bound when one is said). Every
assignment is tried; the integer asked is the only value both numerals share (or the
smallest, when asked). Each value is computed digit by digit and again by Python's
`int(digits, base)`. A smallest value found with an unknown base is kept only when no larger
base could give a smaller one (a numeral's value grows with its base).
"""

from __future__ import annotations

import re
from itertools import product

import sympy as sp

from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.number_theory.integers import DIGITS, integer
from tutor.reasoning.symbolic.number_theory.numeral_values import place_value
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_NUMERAL = re.compile(r"\s*\{?\s*([A-Z0-9]+)\s*\}?_\{?([0-9]+|[a-z])\}?\s*")
_LETTER = re.compile(r"\s*([A-Za-z])\s*")
_VOCAB = frozenset(
    "when positive integer number written expressed represented base bases it in and one "
    "another other can be where valid digits digit their respective any larger greater than "
    "more distinct different smallest least decimal ten what the whole natural same some such "
    "both with as also stand for".split())
_MAX_BASE = 36


def read(split: Split, template: str) -> Result | None:
    numerals = [(i, m) for i, src in enumerate(split.maths) if (m := _NUMERAL.fullmatch(src))]
    if len(numerals) != 2 or not any(re.search(r"[A-Z]", m.group(1)) or m.group(2).isalpha()
                                     for _, m in numerals):
        return None
    if not re.search(r"\b(?:represented|written|expressed)\b", template) or \
            not words_within(template, _VOCAB | {"base-10", "ten"}):
        return None
    letters = set("".join(m.group(1) for _, m in numerals) + "".join(
        m.group(2) for _, m in numerals if m.group(2).isalpha())) - set(DIGITS[:10])
    low = _base_bound(split, template, numerals, letters)
    if low is None:
        return None
    smallest = bool(re.search(r"\b(?:smallest|least)\b", template))
    distinct = bool(re.search(r"\b(?:distinct|different)\b", template))
    forms = [(m.group(1), m.group(2)) for _, m in numerals]
    found = _search(forms, sorted(letters), low, distinct)
    if not found:
        raise Decline("no digits or bases make the two numerals equal")
    values = sorted({v for v, _ in found})
    if not smallest and len(values) != 1:
        raise Decline("more than one integer fits, and one is asked")
    value = values[0]
    if smallest and any(b.isalpha() for _, b in forms):
        # a base above the largest tried gives at least the leading digit times that base
        floor = min(DIGITS.index(d[0]) * (_MAX_BASE + 1) for d, b in forms if b.isalpha()
                    if d[0] in DIGITS)
        if value >= floor:
            raise Decline("a larger base might give a smaller integer")
    assignment = next(a for v, a in found if v == value)
    # each numeral again by Horner's rule, checked by Python's int(digits, base)
    read = [place_value(_fill(d, assignment), int(assignment.get(b, b))) for d, b in forms]
    if any(v != value for v, _ in read):
        raise Decline("the numerals read again do not give the integer found")
    claims = [claim for _, claim in read]
    said = ", ".join(f"{k} = {v}" for k, v in sorted(assignment.items()))
    return sp.Integer(value), [
        step("try the digits and bases", "Each letter is a digit valid in its base (or a base); "
             "try them all and keep those that make the two numerals the same integer.",
             f"{'The smallest' if smallest else 'The only'} choice: {said}.", ""),
        step("both numerals", "Write each numeral in base ten.",
             f"${claims[0]}$ and ${claims[1]}$", "; ".join(claims))]


def _base_bound(split: Split, template: str, numerals: list[tuple[int, re.Match[str]]],
                letters: set[str]) -> int | None:
    """The least base allowed: 2, or one more than a bound said ("bases larger than 2");
    None when a maths piece is neither a numeral, a letter of them nor that bound."""
    low = 2
    used = {i for i, _ in numerals}
    for m in re.finditer(r"\b(?:larger|greater|more) than @(\d+)@", template):
        low = max(low, integer(split.maths[int(m.group(1))]) + 1)
        used.add(int(m.group(1)))
    said = {int(m.group(2)) for _, m in numerals if m.group(2).isdigit()} | {10}
    for m in re.finditer(r"\bbase-? ?@(\d+)@", template):  # "in base 6", "base-10"
        if int(m.group(1)) not in used and integer(split.maths[int(m.group(1))]) not in said:
            return None
        used.add(int(m.group(1)))
    named = set()
    for i, src in enumerate(split.maths):
        letter = _LETTER.fullmatch(src)
        if i not in used and not (letter and letter.group(1) in letters):
            return None
        if i not in used and letter:
            named.add(letter.group(1))
    (d1, b1), (d2, b2) = ((m.group(1), m.group(2)) for _, m in numerals)
    # a capital letter is an unknown digit only when it is named, or in both numerals (AB, BA)
    if any(c not in named and not (c in d1 + b1 and c in d2 + b2) for c in letters):
        return None
    return low


def _search(forms: list[tuple[str, str]], letters: list[str], low: int,
            distinct: bool) -> list[tuple[int, dict[str, int]]]:
    digits_of = [c for c in letters if c.isupper()]
    bases_of = [c for c in letters if c.islower()]
    if len(digits_of) > 4 or len(bases_of) > 2:
        raise Decline("a modest number of unknown digits and bases")
    found = []
    for bases in product(range(low, _MAX_BASE + 1), repeat=len(bases_of)):
        given = dict(zip(bases_of, bases, strict=True))
        top = max(given.get(b, int(b) if b.isdigit() else 0) for _, b in forms)
        for digits in product(range(top), repeat=len(digits_of)):
            if distinct and len(set(digits)) != len(digits):
                continue
            choice = given | dict(zip(digits_of, digits, strict=True))
            values = [_value(d, b, choice) for d, b in forms]
            if None not in values and values[0] == values[1]:
                found.append((values[0], choice))
    return [(v, a) for v, a in found if v is not None]


def _value(digits: str, base: str, choice: dict[str, int]) -> int | None:
    b = choice[base] if base.isalpha() else int(base)
    place = [choice[c] if c.isupper() and c in choice else DIGITS.index(c) for c in digits]
    if not 2 <= b <= _MAX_BASE or any(p >= b for p in place) or (len(place) > 1 and
                                                                 place[0] == 0):
        return None
    value = 0
    for p in place:
        value = value * b + p
    return value


def _fill(digits: str, choice: dict[str, int]) -> str:
    return "".join(DIGITS[choice[c]] if c in choice else c for c in digits)


__all__ = ["read"]
