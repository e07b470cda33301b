"""Reader of a number written as a percent, or a percent written as a decimal: "Express
$\\frac{5}{8}$ as a percent.", "What is 0.375 written as a percentage?", "Write $1\\frac{1}{4}$
as a percent.", "What percent is $\\frac{3}{20}$?", "Write 0.8% as a decimal.", "Convert
12.5% to a decimal.".

The whole question is the request and one number: a fraction, a decimal or a mixed number
(read by the engine's TeX parser), or a percent. A number is 100 times it percent; a percent
is its number over 100. The answer is written as a terminating decimal (a percent as the
number of percent, as the other percent readers answer); a value whose decimal does not end
declines. Confirmed by reading the written answer back with Python's `decimal` module and
converting it the other way.
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.percent_requests import terminating
from tutor.reasoning.symbolic.prealgebra import number_words as nw

_PERCENT = r"(?:a )?percent(?:age)?"
_TO_PERCENT = [
    re.compile(rf"(?:express|write|convert|rewrite|change) @(?P<n>\d+)@ (?:as|to|into) "
               rf"{_PERCENT}"),
    re.compile(rf"what is @(?P<n>\d+)@,? (?:when )?(?:expressed|written|converted|given)? ?"
               rf"(?:as|to) {_PERCENT}"),
    re.compile(r"what percent(?:age)? is @(?P<n>\d+)@"),
    re.compile(r"@(?P<n>\d+)@ is (?:equal to )?what percent"),
]
_TO_DECIMAL = [
    re.compile(r"(?:express|write|convert|rewrite|change) @(?P<n>\d+)@ (?:as|to|into) "
               r"(?:a )?decimal(?: number)?"),
    re.compile(r"what is @(?P<n>\d+)@,? (?:expressed |written |converted )?(?:as|to) "
               r"(?:a )?decimal(?: number)?"),
]


def read(split: Split, template: str) -> Result | None:
    if "percent" not in template and "decimal" not in template:
        return None
    # "to the nearest whole percent", "to the nearest tenth of a percent": the number of
    # percent rounded
    template = re.sub(r"\b(nearest (?:tenth|hundredth|thousandth)) of a percent\b", r"\1",
                      template)
    template, places = nw.take_rounding(split, template)
    text = re.sub(r"\s+", " ", template).strip().rstrip(" .?,")
    to_percent = next((m for p in _TO_PERCENT if (m := p.fullmatch(text))), None)
    to_decimal = next((m for p in _TO_DECIMAL if (m := p.fullmatch(text))), None)
    if to_percent is None and to_decimal is None or len(split.maths) != 1:
        return None
    src = split.maths[0].strip()
    if to_decimal is not None:
        if places is not None:
            return None
        m = re.fullmatch(r"(\d*\.?\d+)\s*\\?%", src)
        if m is None:
            return None  # a number already: "write 3/8 as a decimal" is another question
        return _to_decimal(m.group(1))
    if "%" in src:
        return None
    value = parse_latex(src)
    if not isinstance(value, sp.Rational) or value < 0:
        raise Decline("a nonnegative number to write as a percent")
    return _to_percent(value, src, places)


def _to_percent(value: sp.Rational, src: str, places: int | None = None) -> Result:
    p = Fraction(int(value.p), int(value.q))
    shown = terminating(p * 100)
    if places is not None:
        exact = shown if shown is not None else latex(sp.Rational(p.numerator * 100,
                                                                   p.denominator))
        near, _ = nw.rounded(p * 100, places)
        confirm.check(abs(Fraction(Decimal(near)) - p * 100) <= Fraction(1, 2) / 10 ** places,
                      "the rounded percent is within half a place of the exact one")
        claim = f"{latex(value)} \\cdot 100\\% = {exact}\\%"
        return near, [step("multiply by 100", f"A number is 100 times it percent: ${src}$ is "
                           "that many hundredths.", f"${claim}$", claim),
                      step("round", "Round the number of percent as asked.",
                           f"${exact} \\approx {near}$", near)]
    if shown is None:
        raise Decline("a percent whose decimal does not end")
    confirm.check(Fraction(Decimal(shown)) / 100 == p,
                  "the percent read back and divided by 100 is the number")
    claim = f"{latex(value)} \\cdot 100\\% = {shown}\\%"
    return shown, [step("multiply by 100", f"A number is 100 times it percent: ${src}$ is "
                        "that many hundredths.", f"${claim}$", claim)]


def _to_decimal(digits: str) -> Result:
    p = Fraction(Decimal(digits)) / 100
    shown = terminating(p)
    assert shown is not None  # a terminating decimal over 100 terminates
    confirm.check(Fraction(Decimal(shown)) * 100 == Fraction(Decimal(digits)),
                  "the decimal read back, times 100, is the percent")
    claim = f"{digits}\\% = \\frac{{{digits}}}{{100}} = {shown}"
    return shown, [step("divide by 100", "Percent means hundredths: move the decimal point two "
                        "places to the left.", f"${claim}$", claim)]


__all__ = ["read"]
