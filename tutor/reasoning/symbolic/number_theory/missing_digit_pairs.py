"""A number with two unknown digits and a divisibility condition, asking about a sum,
difference or product of the two: "If $3\\,A41\\,6B2$ is divisible by 9, where A and B each
represent a single digit, what is the sum of all possible values of $A + B$?", "the largest
possible value of the product $PQ$".

A rule and its examples written before the question ("A number is divisible by 4 if the
number formed by its last two digits is. For example, 1 316 is divisible by 4 ...") are
read past: they state what the divisibility test is, and their numbers are not the ones
asked about. So is a closing remark that each value counts once.

Each pair of digits (the leading one not 0) is tried on the number itself; the pairs are
found again by the place values worked modulo each divisor, digit by digit, and both lists
must agree. "Possible values" are the distinct values of the asked expression. Two letters
written side by side are a product only where the words say "product"; otherwise `AB` could
be a two-digit numeral, and the problem is declined.
"""

from __future__ import annotations

import re
from itertools import product

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, step
from tutor.reasoning.symbolic.number_theory.integers import integer
from tutor.reasoning.symbolic.number_theory.missing_digits import (
    _SEPARATORS,
    _by_place_values,
    question_part,
)
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_VOCAB = frozenset(
    "if the number numeral integer is are be divisible evenly by a multiple of both each and "
    "what which value values digit digits represent represents stand stands denote denotes "
    "sum all possible distinct different largest greatest smallest least where single "
    "product difference of is".split())
_DIVISIBLE = re.compile(r"(?:is |be |are )?(?:(?:evenly )?divisible by|a multiple of) "
                        r"(?:both |each of )?(?P<ks>@\d+@(?:(?:,? and(?: by)?|,) @\d+@)*)")
_ASK = re.compile(r"\b(?P<kind>sum|largest|greatest|smallest|least) (?:of )?(?:all )?(?:the )?"
                  r"(?:(?:distinct|different|possible) )*values? of (?:the )?"
                  r"(?P<op>sum |product |difference )?@(?P<slot>\d+)@")
_BOTH_DIGITS = re.compile(r"@(?P<a>\d+)@ and @(?P<b>\d+)@ (?:each )?(?:represent|represents|"
                          r"stand for|are) (?:a |one )?(?:single )?digits?\b")


def read(split: Split, template: str) -> Result | None:
    """The sum, largest or smallest of the distinct values of an expression in two unknown
    digits of a number that must be divisible by given numbers."""
    if not re.search(r"divisible|multiple", template) or "digit" not in template:
        return None
    numeral = _numeral(split)
    if numeral is None:
        return None
    slot, digits, letters = numeral
    body, ignored = question_part(template, slot, split)
    named = _BOTH_DIGITS.search(body)
    if named is None or {split.maths[int(named.group("a"))].strip(),
                         split.maths[int(named.group("b"))].strip()} != set(letters):
        return None
    cond, ask = _DIVISIBLE.search(body), _ASK.search(body)
    if cond is None or ask is None or not words_within(body, _VOCAB):
        return None
    ks = [int(s) for s in re.findall(r"@(\d+)@", cond.group("ks"))]
    divisors = [integer(split.maths[k]) for k in ks]
    if any(d < 1 for d in divisors):
        raise Decline("divisibility by a positive integer")
    asked = int(ask.group("slot"))
    used = {slot, asked, int(named.group("a")), int(named.group("b"))} | set(ks) | ignored
    repeated = set(letters) | {split.maths[asked].strip()}  # "(count each value of AB once)"
    if any(split.maths[i].strip() not in repeated for i in range(len(split.maths))
           if i not in used):
        raise Decline("maths the question does not use")
    expr = _expression(split.maths[asked], letters, (ask.group("op") or "").strip())
    pairs = _pairs(digits, letters, divisors)
    if not pairs:
        raise Decline("no pair of digits makes the number divisible")
    a, b = sp.symbols(letters)
    values = sorted({int(expr.subs({a: x, b: y})) for x, y in pairs})
    kind = ask.group("kind")
    value = sum(values) if kind == "sum" else max(values) if kind in ("largest", "greatest") \
        else min(values)
    return sp.Integer(value), _steps(digits, letters, divisors, pairs, expr, values, kind, value)


def _numeral(split: Split) -> tuple[int, str, tuple[str, str]] | None:
    """The one maths piece that is digits with two different unknown letters."""
    hits = []
    for i, src in enumerate(split.maths):
        text = _SEPARATORS.sub("", src)
        if re.fullmatch(r"[0-9A-Za-z]{3,12}", text) and re.search(r"\d", text):
            found = sorted(set(re.findall(r"[A-Za-z]", text)))
            if len(found) == 2:
                hits.append((i, text, (found[0], found[1])))
    return hits[0] if len(hits) == 1 else None


def _expression(src: str, letters: tuple[str, str], op: str) -> sp.Expr:
    """The asked expression in the two letters: `A + B`, `A - B`, `A \\cdot B`; `AB` only
    after the word "product"."""
    text = re.sub(r"\s+", "", src)
    a, b = letters
    if text in (f"{a}{b}", f"{b}{a}"):
        if op != "product":
            raise Decline("two letters side by side: a product or a two-digit numeral")
        text = f"{a}*{b}"
    m = re.fullmatch(r"([A-Za-z])(\+|-|\*|\\cdot|\\times)([A-Za-z])", text)
    if m is None or {m.group(1), m.group(3)} != set(letters):
        raise Decline("an expression in the two digits not read")
    x, y = sp.Symbol(m.group(1)), sp.Symbol(m.group(3))
    sign = m.group(2)
    if op and {"sum": "+", "difference": "-", "product": "*"}[op] != \
            {"\\cdot": "*", "\\times": "*"}.get(sign, sign):
        raise Decline("the words and the expression name different operations")
    return x + y if sign == "+" else x - y if sign == "-" else x * y


def _pairs(digits: str, letters: tuple[str, str], divisors: list[int]) -> list[tuple[int, int]]:
    """Every pair of digits making the number divisible; found twice, the second time by
    place values modulo each divisor."""
    a, b = letters
    lead = digits[0]

    def ok_lead(x: int, y: int) -> bool:
        return not ((lead == a and x == 0) or (lead == b and y == 0))

    def number(x: int, y: int) -> int:
        return int(digits.replace(a, str(x)).replace(b, str(y)))

    found = [(x, y) for x, y in product(range(10), repeat=2)
             if ok_lead(x, y) and all(number(x, y) % k == 0 for k in divisors)]
    again = [(x, y) for x, y in product(range(10), repeat=2) if ok_lead(x, y) and all(
        _place_values(digits, letters, (x, y), k) == 0 for k in divisors)]
    confirm.check(found == again, "working the place values modulo each divisor finds the "
                  "same pairs of digits")
    return found


def _place_values(digits: str, letters: tuple[str, str], pair: tuple[int, int], k: int) -> int:
    """The number modulo k, digit by digit: the second letter put in first, then the first
    through the one-letter rule."""
    with_second = digits.replace(letters[1], str(pair[1]))
    return _by_place_values(with_second, letters[0], pair[0], k)


def _steps(digits: str, letters: tuple[str, str], divisors: list[int],
           pairs: list[tuple[int, int]], expr: sp.Expr, values: list[int], kind: str,
           value: int) -> list[Step]:
    a, b = letters
    by = " and ".join(map(str, divisors))
    numbers = [int(digits.replace(a, str(x)).replace(b, str(y))) for x, y in pairs]
    listed = ", ".join(map(str, numbers[:10])) + (", \\ldots" if len(numbers) > 10 else "")
    steps = [step("try each pair of digits", f"Put every pair of digits in place of ${a}$ and "
                  f"${b}$ (not 0 in the first place) and keep the numbers divisible by {by}.",
                  f"{len(numbers)} numbers work: ${listed}$", "")]
    for n in numbers[:3]:
        claims = "; ".join(f"{n} = {k} \\cdot {n // k}" for k in divisors)
        steps.append(step("check", f"${n}$ is divisible by {by}.", f"${claims}$", claims))
    shown = sp.latex(expr)
    steps.append(step("list the values", f"Work out ${shown}$ for each pair; keep each value "
                      "once.", f"${shown} \\in \\{{{', '.join(map(str, values))}\\}}$", ""))
    if kind == "sum":
        claim = f"{' + '.join(map(str, values))} = {value}"
        steps.append(step("add them", "Add the different values.", f"${claim}$", claim))
    else:
        steps.append(step("take the extreme", f"The {kind} of them is ${value}$.",
                          f"${value}$", ""))
    return steps


__all__ = ["read"]
