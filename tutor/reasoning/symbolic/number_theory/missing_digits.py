"""A number with one unknown digit and a divisibility condition: "If the six-digit number
$4\\,31d\\,28$ is divisible by 8, what is d?", "The numeral $5AA2$ is a multiple of 6. Which
digit does $A$ stand for?", "What is the largest digit $N$ for which $7291N$ is divisible by
both 3 and 4?", "What is the sum of all possible values of the digit $k$ such that $k325$ is
divisible by 11?".

The unknown is one letter (it may occur more than once) among the digits; it runs over the
digits 0-9 (1-9 when it leads the number). Each candidate is tested on the number itself;
the answer is confirmed by the place values worked modulo each divisor, digit by digit.
A divisibility rule and its examples stated before the question ("A number is divisible by
8 if ... For example, ...") are read past (`question_part`, shared with
`missing_digit_pairs`); other words before it leave the whole problem to be read as before.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.number_theory.integers import integer
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.spelled_maths import number_words
from tutor.reasoning.symbolic.typed import words_within

_COUNT_WORDS = number_words(range(13))
_DIVISIBLE = re.compile(r"(?:is |be |are )?(?:(?:evenly )?divisible by|a multiple of) "
                        r"(?:both |each of )?(?P<ks>@\d+@(?:(?:,? and|,) @\d+@)*)")
_VOCAB = frozenset(
    "if the number numeral integer is are be divisible evenly by a multiple of both each and "
    "what which for value values digit digits does do represent represents stand stands "
    "denote denotes sum all possible how many largest greatest smallest least with units ones "
    "where so that such make makes will determine find single distinct different positive "
    "whole unknown missing replacement replacements".split()) | set(_COUNT_WORDS)
_RULE_PREAMBLE = re.compile(r"\bdivisible by @\d+@ if\b|\bfor example\b")
_COUNT_ONCE = re.compile(r"\(\s*count each possible value of @\d+@ only once[^)]*\)?\s*$")
_SEPARATORS = re.compile(r"\\[,;!: ]|\{,\}|,|\s")


def read(split: Split, template: str) -> Result | None:
    """The unknown digit that makes a number divisible, or the sum, count or extreme of them."""
    if not re.search(r"divisible|multiple", template) or "digit" not in template and not \
            re.search(r"\bnumber\b|\bnumeral\b|\binteger\b", template):
        return None
    numeral = _numeral_slot(split)
    if numeral is None:
        return None
    slot, digits, letter = numeral
    try:  # a divisibility rule and its examples stated before the question are read past
        template, ignored = question_part(template, slot, split)
    except Decline:
        ignored = set()
    if not _names_a_digit(template, letter, split):
        return None
    body = re.sub(r"\b(\w+)-digit\b", lambda m: _length(m.group(1), len(digits)), template)
    if not words_within(body, _VOCAB):
        return None
    cond = _DIVISIBLE.search(body)
    if cond is None:
        return None
    ks = [int(s) for s in re.findall(r"@(\d+)@", cond.group("ks"))]
    others = {i for i, m in enumerate(split.maths) if i != slot and i not in ks} - ignored
    if any(split.maths[i].strip() != letter for i in others):
        raise Decline("maths the question does not use")
    divisors = [integer(split.maths[k]) for k in ks]
    if any(d < 1 for d in divisors):
        raise Decline("divisibility by a positive integer")
    if re.search(r"\b(?:units|ones) digit\b", body) and not digits.endswith(letter):
        raise Decline("the units digit named is not the unknown one")
    ask = _ask(body)
    start = 1 if digits[0] == letter else 0
    found = [d for d in range(start, 10)
             if all(int(digits.replace(letter, str(d))) % k == 0 for k in divisors)]
    again = [d for d in range(start, 10) if all(_by_place_values(digits, letter, d, k) == 0
                                                for k in divisors)]
    confirm.check(again == found, "working the place values modulo each divisor finds the same "
                  "digits")
    return _answer(ask, found, digits, letter, divisors)


def question_part(template: str, slot: int, split: Split) -> tuple[str, set[int]]:
    """The template from the sentence holding the numeral on, and the slots of a rule and
    its examples stated before it (numbers only), which the question does not use."""
    at = template.find(f"@{slot}@")
    start = template.rfind(". ", 0, at) + 2  # 1 when there is none
    if template[:at].endswith(" if "):  # "... is divisible by @6@ if @7@ is divisible by"
        start = max(start, at - 3)  # the full stop was inside the maths (`$8.$`)
    preamble, body = (template[:start], template[start:]) if start > 1 else ("", template)
    ignored: set[int] = set()
    if preamble.strip():
        slots = {int(s) for s in re.findall(r"@(\d+)@", preamble)}
        if not _RULE_PREAMBLE.search(preamble) or not all(
                re.fullmatch(r"\d+", _SEPARATORS.sub("", split.maths[i])) for i in slots):
            raise Decline("words before the question that are not a divisibility rule")
        ignored = slots
    once = _COUNT_ONCE.search(body)
    if once:
        body = body[:once.start()]
    return body.strip(" .?"), ignored


def _names_a_digit(template: str, letter: str, split: Split) -> bool:
    """The letter is said to be a digit: "the four-digit number", "the digit n", "what digit
    does A represent", or an upper-case letter in a question about a digit."""
    if re.search(r"\b(?:units|ones|tens|hundreds) digit of\b", template):
        return False  # a digit of the number is asked, not the unknown one
    slots = [str(i) for i, m in enumerate(split.maths) if m.strip() == letter]
    at = "(?:" + "|".join(f"@{i}@" for i in slots) + ")" if slots else "(?!)"
    return bool(re.search(r"\b\w+-digit (?:number|numeral|integer)\b|\b(?:what|which) digit\b"
                          r"|\bdigits? " + at + r"|\bdigit (?:replacements?|values?) (?:for|of) "
                          + at + r"|" + at + r" (?:is|be|represents?|stands? for|"
                          r"denotes?) (?:a|the|one|some) (?:single )?digit", template)) or (
        letter.isupper() and "digit" in template)


def _numeral_slot(split: Split) -> tuple[int, str, str] | None:
    """The one maths piece that is digits with one unknown letter: (slot, digits, letter)."""
    hits = []
    for i, src in enumerate(split.maths):
        text = _SEPARATORS.sub("", src)
        text = re.sub(r"^\{(.*)\}$", r"\1", text)  # ${24{,}z38}$: the braces group nothing
        if re.fullmatch(r"[0-9A-Za-z]{2,12}", text) and re.search(r"\d", text):
            letters = set(re.findall(r"[A-Za-z]", text))
            if len(letters) == 1:
                hits.append((i, text, letters.pop()))
            elif letters:
                raise Decline("more than one unknown digit")
    return hits[0] if len(hits) == 1 else None


def _length(word: str, n: int) -> str:
    """"seven-digit": the number of digits stated must be the numeral's."""
    said = _COUNT_WORDS.get(word)
    if said is None:
        said = int(word) if word.isdigit() else None
    if said is None or said != n:
        if word in ("one", "single"):
            return "digit"  # "the one-digit / single-digit value d"
        raise Decline("the number of digits stated is not the numeral's")
    return "number"


def _ask(body: str) -> str:
    if re.search(r"\bsum of (?:all )?(?:the )?(?:(?:possible|distinct|different|digit) )*(?:values|"
                 r"digits|replacements)\b", body):
        return "sum"
    if re.search(r"\bhow many\b", body):
        return "count"
    extreme = re.search(r"\b(largest|greatest|smallest|least) (?:possible )?(?:(?:value of )?"
                        r"(?:the )?(?:digit )?@\d+@|digit)", body)
    if extreme:
        return "largest" if extreme.group(1) in ("largest", "greatest") else "smallest"
    if re.search(r"\b(?:largest|greatest|smallest|least)\b", body):
        raise Decline("an extreme of something other than the digit")
    if re.search(r"\bvalues\b|\bdigits\b", body):
        raise Decline("several values asked, not read how")
    return "the"


def _by_place_values(digits: str, letter: str, d: int, k: int) -> int:
    """The number modulo k from its digits and the powers of 10 modulo k."""
    total, power = 0, 1
    for c in reversed(digits):
        total = (total + (d if c == letter else int(c)) * power) % k
        power = power * 10 % k
    return total


def _answer(ask: str, found: list[int], digits: str, letter: str, divisors: list[int]) -> Result:
    shown = ", ".join(str(int(digits.replace(letter, str(d)))) for d in found)
    by = " and ".join(map(str, divisors))
    steps = [step("try each digit", f"Put each digit 0-9 in place of ${letter}$ (not 0 in the "
                  f"first place) and keep the numbers divisible by {by}.",
                  f"Divisible: ${shown}$" if found else "No digit works.", "")]
    for d in found[:4]:
        n = int(digits.replace(letter, str(d)))
        claims = "; ".join(f"{n} = {k} \\cdot {n // k}" for k in divisors)
        steps.append(step("check", f"${letter} = {d}$ works.", f"${claims}$", claims))
    if not found:
        raise Decline("no digit makes the number divisible")
    if ask == "the":
        if len(found) != 1:
            raise Decline("more than one digit works, and one is asked")
        return sp.Integer(found[0]), steps
    value = {"sum": sum(found), "count": len(found), "largest": max(found),
             "smallest": min(found)}[ask]
    return sp.Integer(value), steps


__all__ = ["read"]
