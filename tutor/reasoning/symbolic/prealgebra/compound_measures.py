"""Reader of a measure told in two units, converted to one: "How many minutes are in 2 hours
and 15 minutes?", "Convert 5 feet 3 inches to inches.", "What is 1 hour 20 minutes in
seconds?".

The two units are of one kind, the larger first, and the second amount is less than one of
the first unit (as "5 feet 3 inches" is written); the asked unit is of the same kind. The
total is each amount times its factor (`units.factor`, exact), added; confirmed by the other
route, the whole measure first written in the smaller unit and then converted.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import units, wording
from tutor.reasoning.symbolic.prealgebra.story_words import plural
from tutor.reasoning.symbolic.prealgebra.wording import NUM

_AMOUNT = rf"(?P<a>{NUM}) (?P<u1>[a-z]+)(?:,? and|,)? (?P<b>{NUM}) (?P<u2>[a-z]+)"
_ASKS = [re.compile(p) for p in (
    rf"how many (?P<u>[a-z]+) (?:are (?:there )?in|is|are|make|equal) {_AMOUNT}",
    rf"(?:convert|change|express|write) {_AMOUNT} (?:to|into|in|as) (?P<u>[a-z]+)",
    rf"what is {_AMOUNT} in (?P<u>[a-z]+)",
)]


def compound_measures(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:how many|convert|change|express|write|what is)\b", template):
        return None
    text = wording.of(split, template).text.strip().rstrip("?.! ").strip()
    m = next((m for p in _ASKS if (m := p.fullmatch(text))), None)
    if m is None:
        return None
    big, small, asked = (units.unit(m.group(k), abbreviations=False) for k in ("u1", "u2", "u"))
    if big is None or small is None or asked is None:
        return None
    per = units.factor(big, small)
    if per is None or per <= 1 or units.factor(big, asked) is None:
        raise Decline("a measure in two units of one kind, the larger first, asked in a unit "
                      "of that kind")
    a, b = wording.value(m.group("a")), wording.value(m.group("b"))
    if not 0 <= b < per:
        raise Decline("the second amount is a whole number of the first unit or more")
    f_big, f_small = units.factor(big, asked), units.factor(small, asked)
    assert f_big is not None and f_small is not None
    total = a * f_big + b * f_small
    confirm.check((a * per + b) * f_small == total, "the whole measure in the smaller unit, "
                  "then converted, gives the same amount")
    return sp.Rational(total.numerator, total.denominator), _steps(a, b, big, small, asked,
                                                                   f_big, f_small, total)


def _steps(a: Fraction, b: Fraction, big: str, small: str, asked: str, f_big: Fraction,
           f_small: Fraction, total: Fraction) -> list:
    def tex(v: Fraction) -> str:
        return nw.tex_of(v)

    parts, claims = [], []
    for amount, f in ((a, f_big), (b, f_small)):
        if f == 1:
            parts.append(tex(amount))
            continue
        value = amount * f
        by = f"\\cdot {tex(f)}" if f > 1 else f"\\div {tex(1 / f)}"
        claims.append(f"{tex(amount)} {by} = {tex(value)}")
        parts.append(tex(value))
    many = plural(asked)
    out = [step("convert each part", f"Write each part in {many}: one {big} is "
                f"{tex(f_big)} {many}" + (f", one {small} is {tex(f_small)}" if f_small != 1
                                          else "") + ".",
                ", ".join(f"${c}$" for c in claims), claims[0])] if claims else []
    claim = f"{' + '.join(parts)} = {tex(total)}"
    out.append(step("add", f"Add the parts, in {many}.", f"${claim}$", claim))
    return out


__all__ = ["compound_measures"]
