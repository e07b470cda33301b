"""Digits of a fraction's decimal expansion: the n-th digit after the decimal point, the
length of the repeating block, the sum of the first n digits after the point.

Digits come from long division (remainders until one repeats); each answer is confirmed
without the division: the n-th digit as floor(10^n x) mod 10 in exact integers, the
block length as the multiplicative order of 10 modulo the denominator without its
factors 2 and 5 (SymPy's `n_order`).
"""

from __future__ import annotations

import re

import sympy as sp
from sympy.ntheory import n_order

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.number_theory.integers import integer
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.spelled_maths import ORDINALS
from tutor.reasoning.symbolic.typed import words_within

_MAX_PLACE = 10**6
_ORD = r"(\d+(?:st|nd|rd|th)|@\d+@(?: ?(?:st|nd|rd|th))?|" + "|".join(ORDINALS) + r")"
_OF = (r"(?:in|of) the (?:decimal (?:representation|expansion)|decimal) (?:of|for) "
       r"(?:the fraction )?@(\d+)@(?: / @(\d+)@)?")
_NTH = re.compile(r"(?:(?:what is|find) )?the " + _ORD + r" digit (?:to the right of|after|"
                  r"past) the decimal point (?:" + _OF + r"|when @(\d+)@ is (?:written|"
                  r"expressed) as a decimal)")
_BLOCK = re.compile(r"(?:how many digits (?:are|does) (?:there )?(?:in )?the (?:smallest )?"
                    r"repeating block |how many digits repeat |(?:what is |find )?the (?:length|"
                    r"period) of the (?:smallest )?(?:repeating block|repetend) )" + _OF
                    + r"(?: (?:have|contain))?|(?:what is |find )?the (?:length|period) of the "
                    r"repeating decimal (?:of|for) @(\d+)@")
_REPETEND = re.compile(r"(?:(?:what is|find|give|write down|determine|identify) )?the "
                       r"(?:@(\d+)@ ?-?digit )?(?:repetend|repeating block(?: of digits)?) "
                       + _OF)
_SUM = re.compile(r"(?:(?:what is|find) )?the sum of the first @(\d+)@ digits (?:after|to the "
                  r"right of) the decimal point " + _OF)
_VOCAB = frozenset(
    "what is find the digit digits to right of after past decimal point in representation "
    "expansion fraction when written expressed as a how many are does there smallest "
    "repeating block have contain sum first st nd rd th beyond appears lies occurs which place "
    "will would repetend give write down determine identify repeat length period "
    "repeating".split()) | frozenset(ORDINALS)


def _same_question(body: str) -> str:
    """Other wordings of the n-th digit question in the words `_NTH` and `_SUM` read: "what
    digit appears in the 50th place beyond the decimal point of @0@"."""
    body = re.sub(r"^(?:(?:what|which) digit (?:appears|is|lies|occurs|will appear|would appear)"
                  r"|(?:(?:what is|find) )?the digit) in the " + _ORD + r" place\b",
                  r"what is the \1 digit", body)
    body = body.replace(" beyond the decimal point", " after the decimal point")
    return re.sub(r" decimal point (?:of|in|for) @(\d+)@$",
                  r" decimal point in the decimal representation of @\1@", body)


def expansion(x: sp.Rational, places: int, longest: int = _MAX_PLACE) -> tuple[str, int, int]:
    """At least `places` digits after the point (long division), with the start and length
    of the repeating block (length 0 when the decimal terminates). Decline when more than
    `longest` digits pass before the block is found."""
    q, r = int(x.q), int(x.p) % int(x.q)
    seen: dict[int, int] = {}
    digits: list[str] = []
    while r and r not in seen:
        if len(digits) > longest:
            raise Decline("a block too long to divide out")
        seen[r] = len(digits)
        r *= 10
        digits.append(str(r // q))
        r %= q
    start, period = (seen[r], len(digits) - seen[r]) if r else (len(digits), 0)
    while len(digits) < places:
        digits.append(digits[start + (len(digits) - start) % period] if period else "0")
    return "".join(digits), start, period


def _fraction(src: str) -> sp.Rational:
    v = parse_latex(src)
    if not isinstance(v, sp.Basic) or not v.is_Rational or v <= 0:
        raise Decline("a positive fraction")
    return v


def nth_digit(x: sp.Rational, n: int) -> Result:
    if not 1 <= n <= 10**9:
        raise Decline("a place after the point")
    digits, start, period = expansion(x, min(n, 60))
    if n <= len(digits):
        d = int(digits[n - 1])
    else:
        d = int(digits[start + (n - 1 - start) % period]) if period else 0
    p, q = int(x.p), int(x.q)
    direct = (p * pow(10, n, 10 * q) % (10 * q)) // q  # floor(10^n p / q) mod 10
    confirm.check(direct == d, "the digit computed as floor(10^n x) mod 10 agrees")
    shown = f"{latex(x)} = 0." + digits[:start] + (f"\\overline{{{digits[start:start + period]}}}"
                                                   if period else "")
    steps: list[Step] = [step("divide it out", "Long division until a remainder repeats.",
                              f"${shown}$", "")]
    if period and n > start:
        k = (n - 1 - start) % period + 1
        claim = f"{n - start} = {period} \\cdot {(n - start - 1) // period} + {k}"
        steps.append(step("use the repeating block", f"The block of {period} digits repeats; "
                          "find where the place falls in it.", f"${claim}$", claim))
    return sp.Integer(d), steps


def block_length(x: sp.Rational) -> Result:
    _, start, period = expansion(x, 1)
    q = int(x.q)
    while q % 2 == 0:
        q //= 2
    while q % 5 == 0:
        q //= 5
    by_order = n_order(10, q) if q > 1 else 0
    confirm.check(by_order == period, "the order of 10 modulo the denominator gives the same "
                  "length")
    if period == 0:
        raise Decline("the decimal terminates")
    claim = f"10^{{{period}}} - 1 = {q} \\cdot {(10**period - 1) // q}" if period <= 30 else ""
    return sp.Integer(period), [step("find the period", f"The block length is the least k with "
                                     f"{q} dividing $10^k - 1$.", f"${claim}$" if claim else
                                     f"The block has {period} digits", claim)]


def repetend(x: sp.Rational, said: int | None) -> Result:
    """The block of digits that repeats for ever (its length checked against `said`)."""
    digits, start, period = expansion(x, 1)
    if period == 0:
        raise Decline("the decimal terminates")
    block = digits[start:start + period]
    if said is not None and said != period or block.startswith("0"):
        raise Decline("a block of another length, or one that starts with 0")
    frac = x - sp.floor(x)
    back = (sp.Integer(int(digits[:start] or "0")) + sp.Rational(int(block), 10**period - 1)) \
        / 10**start
    confirm.check(back == frac, "the block over as many 9s as it has digits gives the fraction "
                  "back")
    shown = f"{latex(x)} = {int(sp.floor(x))}." + digits[:start] + f"\\overline{{{block}}}"
    return sp.Integer(int(block)), [step("divide it out", "Long division until a remainder "
                                         "repeats; the digits between repeat for ever.",
                                         f"${shown}$", "")]


def read(split: Split, template: str) -> Result | None:
    if "decimal" not in template or not words_within(template, _VOCAB):
        return None
    body = _same_question(template.rstrip(" .?"))
    if (m := _NTH.fullmatch(body)) is not None:
        word = m.group(1)
        n = int(word[:-2]) if word[0].isdigit() else ORDINALS.get(word) or \
            integer(split.maths[int(word.split("@")[1])])
        if m.group(3):  # "1 / 7" written in words' text
            used = {int(g) for g in m.groups()[1:] if g} | set(
                [int(word.split("@")[1])] if word.startswith("@") else [])
            if used != set(range(len(split.maths))):
                raise Decline("maths the question does not use")
            x = _fraction(latex(sp.Rational(integer(split.maths[int(m.group(2))]),
                                            integer(split.maths[int(m.group(3))]))))
            return nth_digit(_fraction(latex(x)), n)
        slot = m.group(2) or m.group(4)
        if {int(slot)} | ({int(word.split("@")[1])} if word.startswith("@") else set()) != set(
                range(len(split.maths))):
            raise Decline("maths the question does not use")
        return nth_digit(_fraction(split.maths[int(slot)]), n)
    if (m := _BLOCK.fullmatch(body)) is not None:
        if m.group(2) or len(split.maths) != 1:
            raise Decline("maths the question does not use")
        return block_length(_fraction(split.maths[int(m.group(1) or m.group(3))]))
    if (m := _REPETEND.fullmatch(body)) is not None:
        if {int(g) for g in m.groups() if g} != set(range(len(split.maths))) or m.group(3):
            raise Decline("maths the question does not use")
        said = integer(split.maths[int(m.group(1))]) if m.group(1) else None
        return repetend(_fraction(split.maths[int(m.group(2))]), said)
    if (m := _SUM.fullmatch(body)) is not None:
        if {int(g) for g in m.groups() if g} != set(range(len(split.maths))):
            raise Decline("maths the question does not use")
        n = integer(split.maths[int(m.group(1))])
        x = _fraction(split.maths[int(m.group(2))])
        if m.group(3):  # "1 / 7" written in words' text: the fraction is the quotient
            x = _fraction(latex(sp.Rational(integer(split.maths[int(m.group(2))]),
                                            integer(split.maths[int(m.group(3))]))))
        if not 1 <= n <= 10**5:
            raise Decline("a modest number of digits")
        digits, _, _ = expansion(x, n)
        total = sum(map(int, digits[:n]))
        frac = x - int(x)
        confirm.check(sum(int(c) for c in str(int(frac.p) * 10**n // int(frac.q)).zfill(n))
                      == total, "the digits of floor(10^n x) add to the same")
        return sp.Integer(total), [step("add the digits", f"Write out {n} digits after the "
                                        "point and add them.", f"The digits are {digits[:n]}",
                                        "")]
    return None


__all__ = ["block_length", "expansion", "nth_digit", "read", "repetend"]
