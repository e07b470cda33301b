"""Reader of an estimate by rounding: "estimate 49 times 21 by rounding each number to the
nearest ten", "Estimate 387 + 512 by rounding each number to the nearest hundred.", "round
each factor to the nearest whole number, then estimate 6.8 x 3.2".

The question is one of these requests around a calculation (said in words, or typed with
"x", "*", "+", "-"), and every number in it is a plain number that is not negative. Each
number is rounded to the place named (halves up, as in school), by Fractions and again by
`decimal` with ROUND_HALF_UP; the calculation of the rounded numbers is then read by the
spoken-arithmetic reader, which declines when the words read two ways and confirms its value.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split, split_problem
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra.spoken_arithmetic import spoken_arithmetic

_PLACES = {"ten": Fraction(10), "hundred": Fraction(100), "thousand": Fraction(1000),
           "whole number": Fraction(1), "integer": Fraction(1), "one": Fraction(1),
           "tenth": Fraction(1, 10), "hundredth": Fraction(1, 100)}
_PLACE = r"(?P<place>ten|hundred|thousand|whole number|integer|one|tenth|hundredth)s?"
_EACH = (r"(?:each|every|all|both)(?: of)?(?: the)?(?: numbers?| factors?| terms?| addends?"
         r"| values?| of them)?")
_ASK = r"(?:estimate|find|compute|calculate|work out|what is)"
_FORMS = [
    re.compile(rf"estimate (?P<expr>.+?),? (?:by )?rounding (?:{_EACH} )?to the nearest "
               rf"{_PLACE}"),
    re.compile(rf"round {_EACH} to the nearest {_PLACE},? (?:and |then |and then )?{_ASK} "
               rf"(?P<expr>.+)"),
]
_SIGNS = [(r"\s*(?:\\times|×|\*|\bx\b)\s*", " times "), (r"\s*\+\s*", " plus "),
          (r"\s*(?<![a-z])-\s*", " minus "), (r"\s*÷\s*", " divided by ")]


def _rounded(v: Fraction, place: Fraction) -> Fraction:
    got = math.floor(v / place + Fraction(1, 2)) * place
    d = Decimal(v.numerator) / Decimal(v.denominator)
    p = Decimal(place.numerator) / Decimal(place.denominator)
    again = (d / p).quantize(Decimal(1), rounding=ROUND_HALF_UP) * p
    confirm.check(Fraction(again) == got, "the number rounded again with decimal, halves up")
    return got


def read(split: Split, template: str) -> Result | None:
    if "estimat" not in template and "round" not in template:
        return None
    text = re.sub(r"\s+", " ", template.lower()).strip().rstrip(" ?.!")
    m = next((m for f in _FORMS if (m := f.fullmatch(text))), None)
    if m is None:
        return None
    place = _PLACES[m.group("place")]
    expr = m.group("expr")
    keys = [int(k) for k in re.findall(r"@(\d+)@", expr)]
    if len(keys) < 2 or not all(re.fullmatch(r"\d+(?:\.\d+)?", split.maths[k].strip())
                                for k in keys):
        return None
    values = {k: Fraction(split.maths[k].strip()) for k in keys}
    rounded = {k: _rounded(v, place) for k, v in values.items()}
    if any(r == 0 for r in rounded.values()):
        raise Decline("a number that rounds to zero")
    said = expr
    for pattern, word in _SIGNS:
        said = re.sub(pattern, word, said)
    said = re.sub(r"@(\d+)@", lambda g: nw.shown(rounded[int(g.group(1))], "decimal"), said)
    asked = split_problem(f"what is {said}?")
    got = spoken_arithmetic(asked, asked.template)
    if got is None:
        return None
    answer, steps = got
    pairs = ",\\ ".join(f"{split.maths[k].strip()} \\approx "
                        f"{nw.shown(rounded[k], 'decimal')}" for k in keys)
    first = step("round each number", f"Round every number to the nearest "
                 f"{m.group('place')}, then calculate with the rounded numbers.",
                 f"${pairs}$", pairs)
    return answer, [first, *steps]


__all__ = ["read"]
