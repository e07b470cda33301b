"""Reader of the largest or smallest of a few written numbers: "Which of the following numbers
is the largest: 3/7, 0.45, 4/9?", "Which is greater, 5/8 or 7/11?", "What is the smallest
of the numbers sqrt(10), 3.1 and 22/7?", "Which of 2^30, 3^20, 5^12 is the largest?".

Each number is one piece of maths with no letters. The one asked is answered as written.
Every comparison is made twice: exactly (SymPy's sign of the difference) and at 50 digits
(mpmath); the two must agree, and two equal numbers (a tie) decline.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

_MOST = {"largest": 1, "greatest": 1, "biggest": 1, "greater": 1, "larger": 1, "bigger": 1,
         "smallest": -1, "least": -1, "smaller": -1, "less": -1, "lesser": -1}
_WORD = r"(?P<w>" + "|".join(_MOST) + r")"
_LIST = r"(?P<list>@\d+@(?:(?:,|,? or|,? and) @\d+@)+)"
_KIND = r"(?: (?:numbers|values|expressions|fractions|decimals|quantities))?"
_FORMS = [
    re.compile(r"which (?:(?:one )?of (?:the following|these)" + _KIND + r" |number )?is (?:the )?"
               + _WORD + r"[:,]? " + _LIST),
    re.compile(r"which of " + _LIST + r",? is (?:the )?" + _WORD),
    re.compile(r"which (?:number )?is (?:the )?" + _WORD + r"[:,]? " + _LIST),
    re.compile(r"(?:what|which) is the " + _WORD + r" (?:of|among) (?:the following|these|the)?"
               + _KIND + r":? " + _LIST),
    re.compile(r"(?:of|among) (?:the" + _KIND + r" )?" + _LIST + r",? which (?:one |number )?is"
               r" (?:the )?" + _WORD),
]


def read(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:" + "|".join(_MOST) + r")\b", template):
        return None
    body = re.sub(r"\s+", " ", template).strip().rstrip(" ?.")
    m = next((m for p in _FORMS if (m := p.fullmatch(body))), None)
    if m is None:
        return None
    slots = [int(s) for s in re.findall(r"@(\d+)@", m.group("list"))]
    if sorted(slots) != list(range(len(split.maths))) or len(slots) > 8:
        return None
    pair = m.group("w") in ("greater", "larger", "bigger", "smaller", "less", "lesser")
    if pair != (len(slots) == 2):
        raise Decline("'greater' compares two numbers, 'greatest' more")
    sources = [split.maths[s].strip() for s in slots]
    values = [parse_latex(src) for src in sources]
    if any(not isinstance(v, sp.Expr) or v.free_symbols or not v.is_real for v in values):
        raise Decline("numbers to compare")
    values = [v.doit() for v in values]
    sign = _MOST[m.group("w")]
    order = sorted(range(len(values)), key=lambda k: float(sp.N(values[k], 30)) * sign)
    best = order[-1]
    for k in order[:-1]:
        gap = sign * (values[best] - values[k])
        exact = sp.simplify(gap).is_positive
        with mpmath.workdps(50):
            numeric = mpmath.mpf(str(sp.N(gap, 50))) > mpmath.mpf(10) ** -40
        if exact is not True or not numeric:
            raise Decline("two of the numbers are equal, or too close to compare surely")
        confirm.check(exact and numeric, "compared exactly and at 50 digits")
    shown = ", ".join(f"{src} \\approx {float(sp.N(v, 15)):.6g}" for src, v in zip(
        sources, values, strict=True))
    return sources[best], [
        step("write each number as a decimal", "Compare the numbers on one scale.",
             f"${shown}$", ""),
        step("pick the " + m.group("w"), f"The {m.group('w')} is ${sources[best]}$.",
             f"${sources[best]}$", "")]


__all__ = ["read"]
