"""The values of numerals written in other bases, and what is asked of them: the value in
another base, the remainder on division, the number, sum, product or last of the digits.

A numeral's value is computed digit by digit (Horner's rule) and the arithmetic on several
by exact fractions (`numeral_arithmetic`); each is confirmed by Python's own
`int(digits, base)` and SymPy's evaluation of the same arithmetic, and every
representation is read back digit by digit.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, step
from tutor.reasoning.symbolic.number_theory import integers
from tutor.reasoning.symbolic.number_theory.bases import horner
from tutor.reasoning.symbolic.number_theory.numeral_arithmetic import evaluate
from tutor.reasoning.symbolic.parsing import parse_latex
from tutor.reasoning.symbolic.patterns import Result

NUMERAL = re.compile(r"(?<![\\A-Za-z0-9])([0-9A-Za-z]+)_(?:\{(\d+)\}|(\d+))")


def numeral_value(src: str, prefix: int | None) -> tuple[int, list[Step]]:
    """The integer value of numerals (and + - \\times \\div on them), with its steps."""
    src = src.strip()
    if prefix is not None and re.fullmatch(r"[0-9A-Za-z]+", src):
        src = f"{src}_{{{prefix}}}"
    src = re.sub(r"(\\[A-Za-z]+)", r"\1 ", src)
    numerals = find_numerals(src)
    if prefix is not None and any(b != prefix for _d, b in numerals):
        raise Decline("the numeral's base differs from the base named")
    claims, values = [], []
    for digits, b in numerals:
        v, claim = place_value(digits, b)
        values.append(v)
        if b != 10 and claim not in claims:
            claims.append(claim)
    it = iter(values)
    decimal = NUMERAL.sub(lambda _m: str(next(it)), src)
    rest = re.sub(r"\\(?:frac|times|cdot|div)", "", NUMERAL.sub("", src))
    if re.search(r"[A-Za-z]", rest) or numerals and re.search(r"\d", rest):
        raise Decline("letters or plain numbers beside the numerals: in which base?")
    exact = evaluate(decimal)
    got = parse_latex(decimal).doit()
    if not isinstance(got, sp.Basic) or not got.is_Rational:
        raise Decline("not a number")
    confirm.check(sp.Rational(exact.numerator, exact.denominator) == got,
                  "exact fraction arithmetic gives the same value")
    if exact.denominator != 1:
        raise Decline("not a whole number")
    value = int(exact)
    steps = [step("place value", "Each digit counts a power of its base.",
                  "$" + "$, $".join(claims) + "$", "; ".join(claims))] if claims else []
    # "convert 45 to binary": the number read as itself (`45 = 45`) is no step of its own
    if not re.fullmatch(r"[0-9A-Za-z]+_\{?\d+\}?", src) and decimal.strip() != str(value):
        claim = f"{decimal} = {value}"
        steps.append(step("work in base 10", "Do the arithmetic on the base-10 values.",
                          f"${claim}$", claim))
    return value, steps


def in_base(src: str, prefix: int | None, target: int) -> Result:
    value, steps = numeral_value(src, prefix)
    if target == 10:
        if not NUMERAL.search(src) and prefix in (None, 10):
            raise Decline("nothing to convert")
        return sp.Integer(value), steps
    digits, more = integers.to_base(abs(value), target)
    if not digits.isdigit():  # "A5_{11}" or "\\text{A5}_{11}": graders differ, so we decline
        raise Decline("an answer with letter digits")
    sign = "-" if value < 0 else ""
    confirm.check(int(sign + digits, target) == value, "reading the answer back gives the value")
    return f"{sign}{digits}_{{{target}}}", steps + more


def remainder(src: str, prefix: int | None, divisor: int) -> Result:
    if divisor < 2:
        raise Decline("a divisor of at least 2")
    value, steps = numeral_value(src, prefix)
    r = value % divisor
    numerals = find_numerals(src if prefix is None else f"{src}_{{{prefix}}}")
    if len(numerals) == 1:  # digit by digit, reducing as we go
        digits, b = numerals[0]
        acc = 0
        for c in digits.upper():
            acc = (acc * b + integers.DIGITS.index(c)) % divisor
        confirm.check(acc == r, "Horner's rule modulo the divisor gives the same remainder")
    claim = f"{value} = {divisor} \\cdot {value // divisor} + {r}"
    return sp.Integer(r), steps + [step("divide", f"Divide by {divisor}.", f"${claim}$", claim)]


def digits_in_base(kind: str, op: str | None, src: str, prefix: int | None, base: int) -> Result:
    value, steps = numeral_value(src, prefix)
    if value < 0:
        raise Decline("digits of a negative number")
    digits, more = integers.to_base(value, base)
    steps += more  # its last step reads the digits: `200 = 11001000_{2}`
    by_powers = [value // base ** k % base for k in range(len(digits))]
    confirm.check(value < base ** len(digits) and (value == 0 or value >= base **
                                                   (len(digits) - 1)),
                  "the number lies between the powers of the base that bound its length")
    if kind == "count":
        return sp.Integer(len(digits)), steps
    if kind == "units":
        confirm.check(by_powers[0] == integers.DIGITS.index(digits[-1]),
                      "the remainder on division by the base is the last digit")
        return sp.Integer(by_powers[0]), steps
    ds = [integers.DIGITS.index(c) for c in digits]
    confirm.check(sorted(ds) == sorted(by_powers), "the digits found from powers of the base "
                  "are the same")
    total = sum(ds) if op == "sum" else sp.prod(ds)
    sign = " + " if op == "sum" else " \\cdot "
    claim = sign.join(str(d) for d in ds) + f" = {total}"
    return sp.Integer(total), steps + [step(f"{op} of the digits", "Combine the "
                                            "digits.", f"${claim}$", claim)]


def find_numerals(src: str) -> list[tuple[str, int]]:
    return [(m.group(1), int(m.group(2) or m.group(3))) for m in NUMERAL.finditer(src)]


def place_value(digits: str, base: int) -> tuple[int, str]:
    """The value of a numeral by Horner's rule, and the place-value claim."""
    if not 2 <= base <= 36:
        raise Decline("a base from 2 to 36")
    value = horner(digits, base)
    confirm.check(int(digits, base) == value, "Python's int() reads the numeral the same way")
    n = len(digits)
    terms = " + ".join(f"{integers.DIGITS.index(c.upper())} \\cdot {base}^{{{n - 1 - i}}}"
                       for i, c in enumerate(digits))
    return value, f"{digits}_{{{base}}} = {terms} = {value}"


__all__ = ["NUMERAL", "digits_in_base", "find_numerals", "in_base", "numeral_value",
           "place_value", "remainder"]
