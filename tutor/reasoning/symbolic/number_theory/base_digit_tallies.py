"""How often a digit appears when a number is written in a base ("How many zeros are in the
binary representation of 100?", "When 350 is written in base 2, how many of its digits are
1?", "How many times does the digit 2 appear in the base 3 representation of 100?"), and the
sum or product of the digits asked after the writing ("When 2023 is written in base 8, what
is the sum of its digits?").

The bases are read as `base_questions` reads them (`markers`). The number is written out by
repeated division (`integers.to_base`) and the digit counted; the count is confirmed by
finding each digit again as floor(N / b^k) mod b. Sums and products of digits go to
`numeral_values.digits_in_base`.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.number_theory import integers, numeral_values
from tutor.reasoning.symbolic.number_theory.base_questions import SUBJ as _NUMBER
from tutor.reasoning.symbolic.number_theory.base_questions import all_used, markers
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_B = r"b(?P<b>\d+)"
SUBJ = r"(?P<subj>" + _NUMBER + r")"  # the number whose digits are read
_REPR = r"(?:representation|expansion|form|numeral|expression)"
_WORD_DIGITS = {"zeros": 0, "zeroes": 0, "ones": 1, "twos": 2, "threes": 3}
# the digit counted: "zeros", "1s", "@0@ 's", "the digit @0@", "digits equal to @0@"
_DIGIT = (r"(?:(?P<word>zeros|zeroes|ones|twos|threes)|(?P<lit>\d)s|(?P<lit2>\d)'s|@(?P<slot>\d+)@ "
          r"?'?s|(?:times does )?the digit @(?P<dslot>\d+)@)")
_WRITTEN = r"(?:written|expressed|converted|represented) (?:in|to|as|into) (?:a )?" + _B \
    + r"(?: (?:number|numeral|representation))?"
_TALLY = [
    re.compile(r"how many " + _DIGIT + r" (?:are (?:there )?in|appear in|does|occur in) the "
               + _B + " " + _REPR + r" (?:of|for) " + SUBJ + r"(?: (?:have|contain|appear))?"),
    re.compile(r"how many " + _DIGIT + r" (?:are there in|are in|does) " + SUBJ + r"(?: have)?"
               r",? when (?:it is )?" + _WRITTEN),
    re.compile(r"when " + SUBJ + r" is " + _WRITTEN + r",? how many (?:of its digits are "
               r"(?:equal to )?@(?P<islot>\d+)@|" + _DIGIT + r" (?:does it have|are there|"
               r"appear|does it contain))"),
]
_COMBINED = [
    re.compile(r"when " + SUBJ + r" is " + _WRITTEN + r",? (?:what is |find )?the (?P<op>sum|"
               r"product) of (?:all )?(?:of )?its digits"),
    re.compile(r"(?:what is |find )?the (?P<op>sum|product) of (?:all )?(?:of )?the digits of "
               + SUBJ + r"(?:,? when (?:it is )?| )" + _WRITTEN),
    re.compile(r"(?:what is |find )?the (?P<op>sum|product) of (?:all )?(?:of )?the " + _B
               + r" digits (?:of|in) " + SUBJ),
]
_VOCAB = frozenset(
    "how many zeros zeroes ones twos threes s are there in appear does occur the of for have "
    "contain when is it written expressed converted represented to as into a number numeral "
    "representation expansion form expression digits digit its equal times what find sum "
    "product all integer base binary ternary octal decimal hexadecimal".split())


def read(split: Split, template: str) -> Result | None:
    if "digit" not in template and not re.search(r"\b(?:zeroe?s|ones|twos|threes|\d'?s)\b|'s\b",
                                                 template):
        return None
    if not ("base" in template or "binary" in template or "ternary" in template
            or "octal" in template) or not words_within(template, _VOCAB):
        return None
    used: set[int] = set()
    body = markers(split, template, used)
    if re.search(r"\bbase\b", body):
        return None
    body = body.replace(" 's", "'s")
    for pattern in _COMBINED:
        if (m := pattern.fullmatch(body)) is not None:
            slot, prefix = _subject(m)
            all_used(split, used | {slot})
            return numeral_values.digits_in_base("digitsum", m.group("op"), split.maths[slot],
                                                 prefix, int(m.group("b")))
    for pattern in _TALLY:
        if (m := pattern.fullmatch(body)) is not None:
            slot, prefix = _subject(m)
            digit, slots = _digit(split, m)
            all_used(split, used | {slot} | slots)
            return _tally(split.maths[slot], prefix, int(m.group("b")), digit)
    return None


def _subject(m: re.Match[str]) -> tuple[int, int | None]:
    """The slot of the number, and the base named before it ("the base 8 number @1@")."""
    sm = re.fullmatch(_NUMBER, m.group("subj"))
    assert sm is not None
    return int(sm.group(2)), (int(sm.group(1)) if sm.group(1) else None)


def _digit(split: Split, m: re.Match[str]) -> tuple[int, set[int]]:
    groups = m.groupdict()
    if groups.get("word"):
        return _WORD_DIGITS[groups["word"]], set()
    if groups.get("lit") or groups.get("lit2"):
        return int(groups.get("lit") or groups["lit2"]), set()
    slot = next(int(groups[k]) for k in ("slot", "dslot", "islot") if groups.get(k))
    text = split.maths[slot].strip()
    if not re.fullmatch(r"\d", text):
        raise Decline("a single digit to count")
    return int(text), {slot}


def _tally(src: str, prefix: int | None, base: int, digit: int) -> Result:
    if digit >= base:
        raise Decline("a digit that base does not have")
    value, steps = numeral_values.numeral_value(src, prefix)
    if value < 0:
        raise Decline("digits of a negative number")
    digits, more = integers.to_base(value, base)
    count = sum(1 for c in digits if integers.DIGITS.index(c) == digit)
    by_powers = [value // base ** k % base for k in range(len(digits))]
    confirm.check(by_powers.count(digit) == count and value < base ** len(digits),
                  "the digits found from powers of the base hold the same count")
    claim = f"{value} = {digits}_{{{base}}}"
    return sp.Integer(count), [
        *steps, *more,
        step("count the digit", f"Read the digits of ${digits}_{{{base}}}$ and count the "
             f"{digit}s.", f"${claim}$ has {count} digit{'s' if count != 1 else ''} equal to "
             f"{digit}.", claim)]


__all__ = ["read"]
