"""Reader of a temperature converted between Fahrenheit and Celsius (and kelvins): "Convert
100 degrees Fahrenheit to Celsius", "What is 25°C in Fahrenheit?", "How many degrees
Celsius is 50 degrees F?", "Convert 300 K to degrees Celsius".

C = (F - 32) * 5/9 and K = C + 273.15, exactly; the answer is confirmed by converting it
back to the scale told, in exact fractions.
"""

from __future__ import annotations

import re
from fractions import Fraction

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw

_SCALE = {"fahrenheit": "F", "f": "F", "celsius": "C", "c": "C", "centigrade": "C",
          "kelvin": "K", "kelvins": "K", "k": "K"}
_S = r"(?:fahrenheit|celsius|centigrade|kelvins?|f|c|k)"
_TEMP = rf"(?P<n>-?\d+(?:\.\d+)?) ?(?:degrees? |° ?)?(?P<a>{_S})"
_TO = rf"(?:degrees? |° ?)?(?P<b>{_S})"
_END = r"\s*[?.]?$"
# a piece of maths that is a temperature's number: "-40", "98.6 F", "20^\circ", "25°C"
_PIECE = re.compile(r"\s*(-?\d+(?:\.\d+)?)\s*(?:\^\s*\{?\s*\\circ\s*\}?|°)?\s*([CFK])?\s*")
_FORMS = [re.compile(p) for p in (
    rf"^(?:convert|change|express|write) {_TEMP} (?:in|into|to) {_TO}{_END}",
    rf"^what is {_TEMP} in {_TO}{_END}",
    rf"^how many {_TO} (?:is|are|equals) {_TEMP}{_END}",
    rf"^{_TEMP} (?:is|equals) how many {_TO}{_END}",
)]


def _celsius(v: Fraction, scale: str) -> Fraction:
    return {"C": v, "F": (v - 32) * Fraction(5, 9), "K": v - Fraction(27315, 100)}[scale]


def _from_celsius(c: Fraction, scale: str) -> Fraction:
    return {"C": c, "F": c * Fraction(9, 5) + 32, "K": c + Fraction(27315, 100)}[scale]


_FORMULA = {("F", "C"): "C = (F - 32) \\cdot \\frac{5}{9}", ("C", "F"): "F = \\frac{9}{5}C + 32",
            ("C", "K"): "K = C + 273.15", ("K", "C"): "C = K - 273.15"}


def read(split: Split, template: str) -> Result | None:
    if not re.search(r"fahrenheit|celsius|centigrade|kelvin|°|\\circ", template, re.I):
        return None
    text, places = nw.take_rounding(split, template.replace("−", "-"))
    text, form = nw.take_form(text)
    for k, piece in enumerate(split.maths):
        p = _PIECE.fullmatch(piece)
        if p is None:
            return None
        text = text.replace(f"@{k}@", p.group(1) + (f" {p.group(2)}" if p.group(2) else ""))
    text = " ".join(text.lower().replace("°", " ° ").split())
    m = next((m for p in _FORMS if (m := p.match(text))), None)
    if m is None or re.search(r"@\d+@", text):
        return None
    a, b = _SCALE[m.group("a")], _SCALE[m.group("b")]
    if a == b:
        return None
    n = Fraction(m.group("n"))
    value = _from_celsius(_celsius(n, a), b)
    confirm.check(_from_celsius(_celsius(value, b), a) == n,
                  "the answer converted back gives the temperature told (exact fractions)")
    formula = _FORMULA.get((a, b), f"{_FORMULA[(a, 'C')]}, \\quad {_FORMULA[('C', b)]}"
                           if (a, "C") in _FORMULA and ("C", b) in _FORMULA else "")
    claim = f"{nw.tex_of(value)}"
    steps = [step("use the conversion formula", f"${formula}$" if formula else
                  "Go through degrees Celsius.", f"{nw.tex_of(n)}°{a} is ${claim}$°{b}", claim)]
    return nw.as_measured(value, places, form), steps


__all__ = ["read"]
