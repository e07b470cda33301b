"""More questions about a fraction's decimal: the terminating decimal itself ("Express
$\\frac{37}{80}$ as a terminating decimal"), the digit in a named place ("the thousandths
place"), the first nonzero digit after the point, how many digits (or nonzero digits, or
zeros before the first nonzero one) lie right of the point, and for how many n in a range
the decimal of n/N terminates (or repeats).

Digits come from long division (`decimals.expansion`); each answer is confirmed another
way: a terminating decimal read back as an exact fraction, a digit as floor(10^k x) mod 10,
a count of terminating fractions by the primes of each reduced denominator.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.number_theory.decimals import expansion
from tutor.reasoning.symbolic.number_theory.integers import integer
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_PLACES = {"tenths": 1, "hundredths": 2, "thousandths": 3, "ten-thousandths": 4,
           "hundred-thousandths": 5, "millionths": 6}
_X = r"(?:the fraction |the number )?@(\d+)@"
_AS_DECIMAL = (r"(?:(?:in|of) the (?:terminating )?decimal (?:representation|expansion|"
               r"equivalent|form) of " + _X + r"|when " + _X + r" is (?:written|expressed) "
               r"as a (?:terminating )?decimal)")
_ASKS: list[tuple[str, re.Pattern[str]]] = [
    ("decimal", re.compile(r"(?:express|write|convert|rewrite) " + _X + r" (?:as|to) a "
                           r"(?:terminating )?decimal")),
    ("decimal", re.compile(r"(?:(?:what is|find|give) )?the (?:terminating )?decimal "
                           r"(?:expansion|representation|equivalent|form) of " + _X)),
    ("place", re.compile(r"(?:(?:what is|find) )?the digit in the (?P<place>" + "|".join(_PLACES)
                         + r") place " + _AS_DECIMAL)),
    ("first", re.compile(r"(?:(?:what is|find) )?the first (?:nonzero|non-zero) digit (?:to the "
                         r"right of|after) the decimal point (?:of |in )?" + _X)),
    ("first", re.compile(r"(?:(?:what is|find) )?the first (?:nonzero|non-zero) digit (?:to the "
                         r"right of|after) the decimal point " + _AS_DECIMAL)),
    ("count", re.compile(r"how many (?P<kind>digits|non-zero digits|nonzero digits) are "
                         r"(?:located )?(?:to the right of|after) the decimal point "
                         + _AS_DECIMAL)),
    ("count", re.compile(r"if " + _X + r" is (?:written|expressed) as a (?:terminating )?decimal,"
                         r" how many (?P<kind>digits|non-zero digits|nonzero digits) are "
                         r"(?:located )?(?:to the right of|after) the decimal point")),
    ("zeros", re.compile(r"how many (?:zeros|zeroes|@(?P<zero>\d+)@ ?'s) are (?:located )?(?:to "
                         r"the right of|after) the decimal point and before the first (?:non-zero|"
                         r"nonzero) digit " + _AS_DECIMAL)),
]
_HOW_MANY_N = re.compile(
    r"for how many (?:integer values of |integers |values of )?@(?P<n>\d+)@ between @(?P<lo>\d+)@"
    r" and @(?P<hi>\d+)@,? (?:\(inclusive\)|inclusive),? (?:does the decimal representation of "
    r"@(?P<f>\d+)@ (?P<ask>terminate)|is @(?P<f2>\d+)@ a (?P<ask2>repeating|terminating) "
    r"decimal)")
_VOCAB = frozenset(
    "express write convert rewrite as to a an terminating decimal what is find give the "
    "expansion representation equivalent form of in when written expressed digit digits "
    "place first nonzero non-zero right after point how many are located if zeros zeroes s "
    "before fraction number for integer integers values between and inclusive does terminate "
    "repeating non zero".split()) | set(_PLACES)
_MAX_PLACES = 400


def read(split: Split, template: str) -> Result | None:
    """The decimal of a fraction: written out, one digit, or digits counted."""
    if "decimal" not in template or not words_within(template, _VOCAB):
        return None
    body = re.sub(r"\s+", " ", template).strip().rstrip(" .?")
    if (m := _HOW_MANY_N.fullmatch(body)) is not None:
        return _terminating_count(split, m)
    for kind, pattern in _ASKS:
        m = pattern.fullmatch(body)
        if m:
            slots = [g for g in m.groups() if g is not None and g.isdigit()]
            zero = m.groupdict().get("zero")
            if zero is not None and integer(split.maths[int(zero)]) != 0:
                raise Decline("zeros asked as another digit")
            if {int(s) for s in slots} != set(range(len(split.maths))):
                raise Decline("maths the question does not use")
            x = _fraction(split.maths[int([s for s in slots if s != zero][-1])])
            return _answer(kind, m, x)
    return None


def _fraction(src: str) -> sp.Rational:
    v = parse_latex(src)
    if isinstance(v, sp.Basic) and not v.is_Rational:
        v = v.doit()
    if not isinstance(v, sp.Basic) or not v.is_Rational or v <= 0:
        raise Decline("a positive fraction")
    return v


def _answer(kind: str, m: re.Match[str], x: sp.Rational) -> Result:
    whole = int(x.p) // int(x.q)
    digits, start, period = expansion(x, 30)
    shown = f"{latex(x)} = {whole}." + digits[:start] + (
        f"\\overline{{{digits[start:start + period]}}}" if period else "")
    steps = [step("divide it out", "Long division until the remainder is 0 or repeats.",
                  f"${shown}$", "")]
    if kind in ("decimal", "count", "zeros"):
        if period:
            raise Decline("the decimal does not terminate")
        if start > _MAX_PLACES:
            raise Decline("too many places")
        places = digits[:start]
        confirm.check(Fraction(int(x.p), int(x.q)) == Fraction(f"{whole}.{places or '0'}"),
                      "the decimal read back is the fraction")
        if kind == "decimal":
            return f"{whole}.{places}" if places else sp.Integer(whole), steps
        if kind == "zeros":
            if whole or not places:
                raise Decline("zeros before the first nonzero digit of a number below 1")
            return sp.Integer(len(places) - len(places.lstrip("0"))), steps
        nonzero = "non" in (m.group("kind") or "")
        count = sum(c != "0" for c in places) if nonzero else len(places)
        return sp.Integer(count), steps
    if kind == "place":
        k = _PLACES[m.group("place")]
    else:
        frac = digits.lstrip("0")
        if not frac and not period:
            raise Decline("no nonzero digit after the point")
        k = len(digits) - len(frac) + 1
        if k > len(digits):
            raise Decline("the first nonzero digit is too far out")
    d = int(expansion(x, k)[0][k - 1])
    direct = int(x.p) * 10**k // int(x.q) % 10
    confirm.check(direct == d, "the digit computed as floor(10^k x) mod 10 agrees")
    return sp.Integer(d), steps


def _terminating_count(split: Split, m: re.Match[str]) -> Result:
    f_slot = m.group("f") or m.group("f2")
    ask = m.group("ask") or m.group("ask2")
    slots = {m.group("n"), m.group("lo"), m.group("hi"), f_slot}
    if {int(s) for s in slots} != set(range(len(split.maths))):
        raise Decline("maths the question does not use")
    n = sp.Symbol(split.maths[int(m.group("n"))].strip())
    e = parse_latex(split.maths[int(f_slot)])
    num, den = sp.fraction(sp.together(e))
    if num != n or not den.is_Integer or den <= 0:
        raise Decline("a fraction n/N with a whole denominator")
    lo, hi, q = integer(split.maths[int(m.group("lo"))]), integer(split.maths[int(m.group(
        "hi"))]), int(den)
    if not 0 < lo <= hi <= 10**5:
        raise Decline("a modest range of positive integers")
    ends = [k for k in range(lo, hi + 1) if _only_2_and_5(q // sp.gcd(k, q))]
    by_division = [k for k in range(lo, hi + 1) if expansion(sp.Rational(k, q), 1)[2] == 0]
    confirm.check(ends == by_division, "long division ends for the same fractions")
    count = len(ends) if ask in ("terminate", "terminating") else hi - lo + 1 - len(ends)
    odd = q
    for p in (2, 5):
        while odd % p == 0:
            odd //= p
    claim = f"{q} = {latex(sp.factorint(q, visual=True))}"
    return sp.Integer(count), [
        step("factor the denominator", "A fraction in lowest terms terminates exactly when its "
             "denominator has no prime factors but 2 and 5.", f"${claim}$", ""),
        step("count", f"$\\frac{{k}}{{{q}}}$ terminates exactly when {odd} divides k"
             if odd > 1 else "Every such fraction terminates.",
             f"{len(ends)} of the {hi - lo + 1} fractions terminate.", ""),
    ]


def _only_2_and_5(q: int) -> bool:
    for p in (2, 5):
        while q % p == 0:
            q //= p
    return q == 1


__all__ = ["read"]
