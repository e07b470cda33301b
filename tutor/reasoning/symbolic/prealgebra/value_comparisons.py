"""Reader of the largest or smallest of a few written numbers: "Which of the following numbers
is the largest: 3/7, 0.45, 4/9?", "Which is greater, 5/8 or 7/11?", "What is the smallest
of the numbers sqrt(10), 3.1 and 22/7?", "Which of 2^30, 3^20, 5^12 is the largest?"; and
of the numbers in order: "Order 0.6, 5/8, 2/3 from least to greatest", "Arrange in
descending order: ...".

Each number is one piece of maths with no letters. The one asked is answered as written (an
order as the numbers written in that order).
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

# "Order 0.6, 5/8, 2/3 from least to greatest", "Arrange in descending order: ..."
_UPWARD = {"least": 1, "smallest": 1, "lowest": 1, "ascending": 1, "increasing": 1,
           "greatest": -1, "largest": -1, "highest": -1, "descending": -1, "decreasing": -1}
_HOW = (r"(?:(?:from )?(?P<a>least|smallest|lowest|greatest|largest|highest) to "
        r"(?:greatest|largest|highest|least|smallest|lowest)|in (?P<b>ascending|increasing|"
        r"descending|decreasing) order)")
_VERB = (r"(?:order|arrange|list|put|write|sort|rank)(?: the(?: following)?" + _KIND
         + r"| these" + _KIND + ")?")
_ORDERS = [re.compile(_VERB + r",? " + _HOW + r"[:,]? " + _LIST),
           re.compile(_VERB + r":? " + _LIST + r",? " + _HOW)]


def read(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:" + "|".join(_MOST | _UPWARD) + r")\b", template):
        return None
    body = re.sub(r"\s+", " ", template).strip().rstrip(" ?.")
    # "Which is bigger, 2^30 or 3^20? Give the bigger one.": the question said again
    body = re.sub(r"[?.] (?:give|enter|write|state|name) the (?:" + "|".join(_MOST) +
                  r")(?: one| number| value)?$", "", body)
    m = next((m for p in _FORMS + _ORDERS if (m := p.fullmatch(body))), None)
    if m is None:
        return None
    slots = [int(s) for s in re.findall(r"@(\d+)@", m.group("list"))]
    if sorted(slots) != list(range(len(split.maths))) or len(slots) > 8:
        return None
    if "w" not in m.groupdict():
        return _in_order(split, slots, _UPWARD[m.group("a") or m.group("b")])
    pair = m.group("w") in ("greater", "larger", "bigger", "smaller", "less", "lesser")
    if pair != (len(slots) == 2):
        raise Decline("'greater' compares two numbers, 'greatest' more")
    sources, values, order = _ordered(split, slots, _MOST[m.group("w")])
    best = order[-1]
    shown = _decimals(sources, values)
    # of two, the comparison itself is the claim: "3^{20} > 2^{30}"
    claim = f"{sources[best]} {'>' if _MOST[m.group('w')] > 0 else '<'} {sources[order[0]]}" \
        if pair else ""
    return sources[best], [
        step("write each number as a decimal", "Compare the numbers on one scale.",
             f"${shown}$", ""),
        step("pick the " + m.group("w"), f"The {m.group('w')} is ${sources[best]}$.",
             f"${claim or sources[best]}$", claim)]


def _ordered(split: Split, slots: list[int], sign: int, whole: bool = False
             ) -> tuple[list[str], list[sp.Expr], list[int]]:
    """The numbers as written, their values, and their places from the least to the most
    (times `sign`); the most is compared with each other number (`whole`: each neighbouring
    pair) exactly and at 50 digits."""
    sources = [split.maths[s].strip() for s in slots]
    values = [parse_latex(src) for src in sources]
    if any(not isinstance(v, sp.Expr) or v.free_symbols or not v.is_real for v in values):
        raise Decline("numbers to compare")
    values = [v.doit() for v in values]
    order = sorted(range(len(values)), key=lambda k: float(sp.N(values[k], 30)) * sign)
    pairs = zip(order, order[1:], strict=False) if whole else ((k, order[-1]) for k in order[:-1])
    for low, high in pairs:
        gap = sign * (values[high] - values[low])
        exact = sp.simplify(gap).is_positive
        with mpmath.workdps(50):
            numeric = mpmath.mpf(str(sp.N(gap, 50))) > mpmath.mpf(10) ** -40
        if exact is not True or not numeric:
            raise Decline("two of the numbers are equal, or too close to compare surely")
        confirm.check(exact and numeric, "compared exactly and at 50 digits")
    return sources, values, order


def _decimals(sources: list[str], values: list[sp.Expr]) -> str:
    """Each number as written beside its decimal, for comparing on one scale."""
    return ", ".join(f"{src} \\approx {_decimal(v)}" for src, v in zip(sources, values,
                                                                      strict=True))


def _decimal(v: sp.Expr) -> str:
    """Six significant figures, a large or small one as a power of ten (never 1.07e+09)."""
    mantissa, _, power = f"{float(sp.N(v, 15)):.6g}".partition("e")
    return f"{mantissa} \\times 10^{{{int(power)}}}" if power else mantissa


def _in_order(split: Split, slots: list[int], sign: int) -> Result:
    sources, values, order = _ordered(split, slots, sign, whole=True)
    shown = _decimals(sources, values)
    chain = (" < " if sign > 0 else " > ").join(sources[k] for k in order)
    answer = ", ".join(sources[k] for k in order)
    return answer, [
        step("write each number as a decimal", "Compare the numbers on one scale.",
             f"${shown}$", ""),
        step("put them in order", "Each number is " + ("less" if sign > 0 else "greater")
             + " than the next.", f"${chain}$", chain)]


__all__ = ["read"]
