"""Questions about the digits of a number once it is written in a base, with the writing told
in its own clause, before or after the question: "What is the sum of the digits when 100 is
written in base 4?", "Convert 300 to base 2. How many ones does it have?", "When 300 is
written in base 2, how many more ones than zeros does it have?", "The base-ten number 45 is
written in base 4. What is the last digit?", "When 500 and 60 are written in base 3, how
many more digits does 500 have than 60?".

The clause that writes the number(s) in the base is found and taken out; what is left must be
one ask about "it" or "the digits": how many digits, their sum or product, the last or first
digit, how many of one digit, how many more of one digit than another, or (for two numbers)
how many more digits one has than the other. The numeral is written out by repeated division
(`integers.to_base`) and every answer is confirmed by finding each digit again as
floor(N / b^k) mod b (`_by_powers`), and the length by the powers of the base around N.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, step
from tutor.reasoning.symbolic.number_theory import integers, numeral_values
from tutor.reasoning.symbolic.number_theory.base_questions import all_used, markers
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_WRITTEN = r"(?:written|expressed|converted|represented|rewritten|changed)"
_TEN = r"(?:(?:b10|decimal|base-ten) )?"
_ONE = r"(?:the " + _TEN + r"(?:number|integer|numeral|value) )?@(\d+)@"
_TWO = (r"(?:the " + _TEN + r"(?:numbers|integers|numerals|values) )?@(\d+)@ and @(\d+)@")
_INTO = r" (?:in|to|into|as) (?:a )?b(\d+)(?: (?:number|numeral|representation|form))?"
# (pattern, how many numbers): the clause that writes the number(s) in the base
_COMBINED = re.compile(
    r"(?:the " + _TEN + r"(?:numbers|integers) )?@(\d+)@ and @(\d+)@ are (?P<op>multiplied|added)"
    r"(?: together)?[.,]? (?:and )?the (?:product|sum|result) is (?:then )?" + _WRITTEN + _INTO)
_CLAUSES: list[tuple[re.Pattern[str], int]] = [
    (re.compile(r"(?:(?:when|if|once|after) )?" + _ONE + r" (?:is|gets|has been) " + _WRITTEN
                + _INTO), 1),
    (re.compile(r"(?:(?:when|if|once|after) )?" + _TWO + r" (?:are|get|have been) " + _WRITTEN
                + _INTO), 2),
    (re.compile(r"(?:convert|write|express|rewrite) " + _ONE + _INTO), 1),
    (re.compile(r"(?:convert|write|express|rewrite) " + _TWO + _INTO), 2),
    (re.compile(r"(?:in|of) the b(\d+) (?:representation|expansion|form|numeral) of " + _ONE),
     -1),
]
_WORD_DIGITS = {"zeros": 0, "zeroes": 0, "ones": 1, "twos": 2, "threes": 3, "fours": 4,
                "fives": 5, "sixes": 6, "sevens": 7, "eights": 8, "nines": 9}
_DIGIT = (r"(?:(?P<{0}w>" + "|".join(_WORD_DIGITS) + r")|@(?P<{0}s>\d+)@ ?'?s|digits (?:equal "
          r"to )?@(?P<{0}e>\d+)@)")
_IT = r"(?:it|the result|the numeral|the b\d+ (?:representation|numeral)|the (?:product|sum))"
_HAVE = r"(?: (?:does " + _IT + r" have|are there(?: in " + _IT + r")?|appear|will " + _IT \
    + r" have|are in " + _IT + r"))?"
_WHAT = r"(?:(?:what is|what's|find|compute|determine|give) )?"
_ASKS: list[tuple[str, re.Pattern[str]]] = [
    ("count", re.compile(r"how many digits" + _HAVE)),
    ("digitsum", re.compile(_WHAT + r"the (?P<op>sum|product) of (?:all )?(?:of )?(?:its|the) "
                            r"digits(?: of " + _IT + r")?")),
    ("units", re.compile(_WHAT + r"(?:its|the) (?:units|ones|last|rightmost|final) digit"
                         r"(?: of " + _IT + r")?")),
    ("first", re.compile(_WHAT + r"(?:its|the) (?:first|leading|leftmost) digit"
                         r"(?: of " + _IT + r")?")),
    ("tally", re.compile(r"how many " + _DIGIT.format("a") + _HAVE)),
    ("more", re.compile(r"how many more " + _DIGIT.format("a") + r" than "
                        + _DIGIT.format("b") + _HAVE)),
]
_MORE_DIGITS = re.compile(r"how many more digits does @(\d+)@ have than @(\d+)@(?: does)?")
_VOCAB = frozenset(
    "what is what's find compute determine give the sum product of all its digits digit units "
    "ones last rightmost final first leading leftmost how many more than does it have are there "
    "in appear will result numeral numerals base representation when if once after number "
    "numbers integer integers value values and gets get has have been written expressed "
    "converted represented rewritten changed to into as a form convert write express rewrite "
    "decimal equal b s expansion multiplied added together product sum then being let be "
    "number".split()) | set(_WORD_DIGITS)
# "(after being converted)": says again that the numbers are written in the base
_AGAIN = re.compile(r",? ?\(?(?:after|once) (?:being|it is|they are|they have been) "
                    + _WRITTEN + r"\)?")
# "let x be the number of zeros and y be the number of ones": letters for digit counts
_LETTER = r"@(?P<{0}>\d+)@ (?:be|denote|is) the number of " + _DIGIT.format("{0}d")
_LETTERS = re.compile(r"let " + _LETTER.format("x") + r",? and (?:let )?" + _LETTER.format("y")
                      + r"(?: in (?:it|the b\d+ (?:representation|numeral)|b\d+))?[.,] "
                      r"(?:what is |find |compute )?(?:the value of )?@(?P<e>\d+)@")


def read(split: Split, template: str) -> Result | None:
    if "digit" not in template and not re.search(r"\b(?:zeroe?s|ones|twos|threes)\b", template):
        return None
    if not re.search(r"\bbase\b|binary|ternary|octal", template):
        return None
    used: set[int] = set()
    body = markers(split, template, used)
    if re.search(r"\bbase\b", body) or not words_within(body, _VOCAB | {f"b{b}"
                                                                        for b in range(2, 37)}):
        return None
    body = _AGAIN.sub("", body)
    combined = list(_COMBINED.finditer(body))
    found = _clause(body) if not combined else None
    if len(combined) == 1:  # "217 and 45 are multiplied; the product is written in base 6"
        c = combined[0]
        slots, base = [int(c.group(1)), int(c.group(2))], int(c.group(4))
        rest = re.sub(r"^[.,?]\s*|\s*[.,?]$", "", (body[:c.start()] + body[c.end():]).strip())
        a, b = (_value(split, x, body) for x in slots)
        values = [a * b if c.group("op") == "multiplied" else a + b]
        used |= set(slots)
        slots = [slots[0]]
    elif found is None:
        return None
    else:
        slots, base, rest = found
        values = [_value(split, x, body) for x in slots]
        used |= set(slots)
    if len(slots) == 2:
        m = _MORE_DIGITS.fullmatch(rest)
        if m is None:
            return None
        asked = [int(m.group(1)), int(m.group(2))]  # the numbers named again, by value
        named = [_value(split, s, body) for s in asked]
        if sorted(named) != sorted(values) or named[0] == named[1]:
            return None
        all_used(split, used | set(asked))
        return _more_digits(named[0], named[1], base)
    for kind, pattern in _ASKS:
        m = pattern.fullmatch(rest)
        if m is None:
            continue
        digit_slots = {int(g) for k, g in m.groupdict().items() if k[-1] in "se" and g}
        all_used(split, used | digit_slots)
        return _answer(kind, m, split, values[0], base)
    if (m := _LETTERS.fullmatch(rest)) is not None:
        all_used(split, used | {int(m.group(k)) for k in ("x", "y", "e")} | {
            int(g) for k, g in m.groupdict().items() if k[-1] in "se" and g})
        return _letters(m, split, values[0], base)
    return None


def _clause(body: str) -> tuple[list[int], int, str] | None:
    """The slots written, the base, and the ask that is left (one sentence or clause)."""
    for pattern, count in _CLAUSES:
        found = list(pattern.finditer(body))
        if len(found) != 1:
            continue
        m = found[0]
        groups = [int(g) for g in m.groups() if g is not None]
        base = groups[0] if count == -1 else groups[-1]
        slots = groups[1:] if count == -1 else groups[:-1]
        rest = (body[:m.start()] + " " + body[m.end():]).strip()
        rest = re.sub(r"^[.,?]\s*|\s*[.,?]$", "", rest)
        rest = re.sub(r"\s*([.,?])\s*", r"\1 ", rest).strip()
        if count == -1:  # "the sum of the digits in the base 4 representation of 100"
            rest = re.sub(r"\s+", " ", rest)
        rest = rest.rstrip(" ,.")
        return slots, base, rest
    return None


def _value(split: Split, slot: int, body: str) -> int:
    src = split.maths[slot].strip()
    if re.fullmatch(r"[0-9A-Z]+_\{?\d+\}?", src):  # "199_{10}", "1234_5": its own base
        value, _steps = numeral_values.numeral_value(src, None)
        return value
    if not re.fullmatch(r"\d+", src):
        raise Decline("a whole number written in digits to write in the base")
    if re.search(r"\bb(?!10\b)\d+ (?:number|integer|numeral)s? @" + str(slot) + "@", body):
        raise Decline("a number told in another base")
    value, _steps = numeral_values.numeral_value(src, 10)
    return value


def _by_powers(value: int, base: int) -> list[int]:
    """The digits from the most significant, each found as floor(N / b^k) mod b."""
    k = 0
    while base ** (k + 1) <= value:
        k += 1
    return [value // base ** j % base for j in range(k, -1, -1)]


def _written(value: int, base: int) -> tuple[list[int], str, list[Step]]:
    if value < 0:
        raise Decline("digits of a negative number")
    digits, steps = integers.to_base(value, base)
    ds = [integers.DIGITS.index(c) for c in digits]
    confirm.check(ds == _by_powers(value, base), "each digit found again as floor(N / b^k) "
                  "mod b")
    return ds, digits, steps


def _word(digit: int) -> str:
    return {0: "zeros", 1: "ones"}.get(digit, f"{digit}s")


def _digit(m: re.Match[str], split: Split, key: str) -> int:
    groups = m.groupdict()
    if groups.get(f"{key}w"):
        return _WORD_DIGITS[groups[f"{key}w"]]
    text = split.maths[int(groups.get(f"{key}s") or groups[f"{key}e"])].strip()
    if not re.fullmatch(r"\d", text):
        raise Decline("a single digit to count")
    return int(text)


def _answer(kind: str, m: re.Match[str], split: Split, value: int, base: int) -> Result:
    if kind in ("count", "digitsum", "units"):
        return numeral_values.digits_in_base(kind, m.groupdict().get("op"), str(value), 10,
                                             base)
    ds, digits, steps = _written(value, base)
    claim = f"{value} = {digits}_{{{base}}}"
    steps.append(step("read the digits", f"In base {base} the number is written "
                      f"${digits}_{{{base}}}$.", f"${claim}$", claim))
    if kind == "first":
        confirm.check(value // base ** (len(ds) - 1) == ds[0], "the first digit is the number "
                      "of times the highest power of the base goes into it")
        return sp.Integer(ds[0]), steps
    a = _digit(m, split, "a")
    if a >= base:
        raise Decline("a digit that base does not have")
    if kind == "tally":
        return sp.Integer(ds.count(a)), [*steps, step(
            "count the digit", f"Count the {_word(a)}.", f"{ds.count(a)} {_word(a)}", "")]
    b = _digit(m, split, "b")
    if b >= base or a == b:
        raise Decline("two different digits of that base to compare")
    more = ds.count(a) - ds.count(b)
    if more < 0:
        raise Decline("fewer of the first digit than of the second, not more")
    claim = f"{ds.count(a)} - {ds.count(b)} = {more}"
    return sp.Integer(more), [*steps, step(
        "compare the counts", f"Count the {_word(a)} and the {_word(b)}, then subtract.",
        f"${claim}$", claim)]


def _letters(m: re.Match[str], split: Split, value: int, base: int) -> Result:
    """"Let x be the number of zeros and y the number of ones": the expression in x and y."""
    ds, digits, steps = _written(value, base)
    names = [split.maths[int(m.group(k))].strip() for k in ("x", "y")]
    if not all(re.fullmatch(r"[a-zA-Z]", n) for n in names) or names[0] == names[1]:
        raise Decline("two letters for the two counts")
    counts = []
    for key in ("xd", "yd"):
        digit = _digit(m, split, key)
        if digit >= base:
            raise Decline("a digit that base does not have")
        counts.append(ds.count(digit))
    expr = parse_latex(split.maths[int(m.group("e"))])
    symbols = {sp.Symbol(n): sp.Integer(c) for n, c in zip(names, counts, strict=True)}
    if not isinstance(expr, sp.Expr) or not expr.free_symbols <= set(symbols):
        raise Decline("an expression in the two counts")
    result = sp.nsimplify(expr.xreplace(symbols))
    by_powers = _by_powers(value, base)
    again = [by_powers.count(_digit(m, split, k)) for k in ("xd", "yd")]
    confirm.check(again == counts, "the counts found again from floor(N / b^k) mod b")
    claim = ", ".join(f"{n} = {c}" for n, c in zip(names, counts, strict=True))
    return result, [*steps, step("read the digits", f"${value} = {digits}_{{{base}}}$.",
                                 f"${claim}$", claim)]


def _more_digits(first: int, second: int, base: int) -> Result:
    a, da, steps_a = _written(first, base)
    b, db, steps_b = _written(second, base)
    for value, ds in ((first, a), (second, b)):
        confirm.check(base ** (len(ds) - 1) <= max(value, 1) < base ** len(ds),
                      "the number lies between the powers of the base that bound its length")
    more = len(a) - len(b)
    if more < 0:
        raise Decline("the first number has fewer digits, not more")
    claim = f"{len(a)} - {len(b)} = {more}"
    return sp.Integer(more), [
        *steps_a, *steps_b,
        step("count the digits", f"${first} = {da}_{{{base}}}$ has {len(a)} digits and "
             f"${second} = {db}_{{{base}}}$ has {len(b)}.", f"${claim}$", claim)]


__all__ = ["read"]
