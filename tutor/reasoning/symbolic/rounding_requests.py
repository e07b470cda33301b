"""A closing request to round the answer ("Express your answer as a decimal rounded to the
nearest thousandth.", "Round your answer to the nearest tenth.", "(Give your answer to two
decimal places.)", or at the end of the question itself: "Find $DE$ to the nearest
tenth."): the question is solved without it and its exact answer rounded. A closing "You
may use a calculator." is set aside first.

Most readers accept a problem only when they know every word, so a rounding sentence made
them decline problems they solve exactly. `split_off` takes such a sentence off the end of
the text (only a whole closing sentence, nothing inside the question); the engine solves
the rest and `round_answer` rounds the exact value: a fraction by integer arithmetic,
confirmed by Python's `decimal` (`prealgebra.number_words.rounded`); an irrational real
number at 40 and at 80 digits, which must agree and must not lie within 10^-25 of a
rounding boundary. A negative value, a value with letters or a percent request declines.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.problems.step import Step
from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step

_PLACES = {"whole number": 0, "integer": 0, "cent": 2, "dollar": 0, "tenth": 1, "hundredth": 2,
           "thousandth": 3, "ten-thousandth": 4, "ten thousandth": 4}
_COUNT = {"one": 1, "two": 2, "three": 3, "four": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_PLACE = r"(?P<place>" + "|".join(sorted(_PLACES, key=len, reverse=True)) + r")"
_N = r"(?:\$\s*)?(?P<n>one|two|three|four|[1-4])(?:\s*\$)?"
# "to the nearest tenth of an inch", "to the nearest cubic foot" (a whole number of them)
_UNIT = (r"(?:inch|inches|foot|feet|meter|meters|centimeter|centimeters|millimeter|yard|mile|"
         r"kilometer|unit|degree|cm|ft|m)")
_TO = (r"(?:to the nearest " + _PLACE + r"(?: of (?:an? )?" + _UNIT + r")?|to the nearest "
       r"(?:square |cubic )?(?P<unit>" + _UNIT + r")|to " + _N + r" decimal places?)")
_START = r"(?:^|(?<=[.?!)]))\s*\(?\s*"
_END = r"\s*[.!]?\s*\)?\s*[.]?\s*$"
_DRAWING = re.compile(r"\s*\[asy\](?:(?!\[asy\]).)*?\[/asy\]\s*$", re.DOTALL)
_POINTS_TO = re.compile(r"\b(?:diagram|shown|figure|below|above|shaded|pictured|picture|"
                        r"drawn|labell?ed)\b", re.IGNORECASE)
_SENTENCES = [re.compile(_START + body + _END, re.IGNORECASE) for body in (
    r"(?:express|give|write|state|leave|present) (?:your|the|this) (?:answer|result|"
    r"probability|value) (?:as a decimal (?:number )?|as a dollar (?:value|amount) |in dollars )?"
    r"(?:rounded |correct |accurate )?" + _TO,
    r"round (?:(?:your|the) (?:answer|result|probability|value) )?" + _TO,
)]
# the request closing the question itself: "Find $DE$ to the nearest tenth.", "What is the
# area, to the nearest whole number?"
_INLINE = re.compile(r",?\s*(?:(?:rounded|correct|accurate) )?" + _TO + r"\s*(?P<stop>[.?])\s*$",
                     re.IGNORECASE)
_QUESTION = re.compile(r"(?:^|[.?!]\s+)(?:what|find|how|compute|determine|calculate)\b[^.?!]*$",
                       re.IGNORECASE)
# a remark after the question that changes nothing about its answer
_CALCULATOR = re.compile(r"\s*\(?\s*you may use a calculator(?: (?:for|on|in) this problem)?"
                         r"\s*[.!]\s*\)?\s*$", re.IGNORECASE)


# "Which integer is closest to $E$?", "What is the whole number nearest to $E$?": E rounded
# (E typed as maths, or plain "sqrt(50)", "the square root of 90")
_E = r"\$[^$]+\$|[^$?!,;]*?[^$?!,;.\s]"
_CLOSEST = re.compile(rf"(?:(?<=[.?!])\s+|^)(?:which|what) (?:integer|whole number) is (?:closest|"
                      rf"nearest) to (?P<e>{_E})\s*\?\s*$|(?:(?<=[.?!])\s+|^)what is the "
                      rf"(?:closest |nearest )?(?:integer|whole number)(?: (?:closest|nearest) to| "
                      rf"to)? (?P<f>{_E})\s*\?\s*$", re.IGNORECASE)


def split_off(text: str) -> tuple[str, int, bool] | None:
    """(the text without its closing rounding request, the decimal places asked, whether
    the integer closest to the answer is asked), or None when it closes with none. A
    drawing (`[asy]`) after the request, that the text never points to ("shown", "shaded",
    "the figure"), is stepped over and kept after the rest; the readers of drawings round
    for themselves. The integer closest to a value is the value rounded to a whole number."""
    closest = _CLOSEST.search(text)
    if closest is not None:
        lead = text[:closest.start()].rstrip()
        return f"{lead} What is {closest.group('e') or closest.group('f')}?".strip(), 0, True
    drawing = _DRAWING.search(text)
    if drawing and _POINTS_TO.search(text[:drawing.start()]):
        return None
    body = _CALCULATOR.sub("", text[:drawing.start()] if drawing else text)
    m = next((m for p in _SENTENCES if (m := p.search(body))), None)
    if m is None:
        m = _INLINE.search(body)
        if m is None or not _QUESTION.search(body[:m.start()]):
            return None
        if (m.group("unit") or " of " in m.group(0)) and not m.group(0).startswith(","):
            return None  # "how far is it to the nearest tenth of a mile?": maybe a place
        rest = body[:m.start()].rstrip() + m.group("stop")
    else:
        rest = body[:m.start()].rstrip()
    if not rest or "percent" in rest.lower() or "%" in rest[-80:]:
        return None
    places = _PLACES[m.group("place").lower()] if m.group("place") else 0 if m.group(
        "unit") else _COUNT[m.group("n").lower()]
    return (f"{rest} {drawing.group(0).strip()}" if drawing else rest), places, False


def _shown(n: int, places: int) -> str:
    sign = "-" if n < 0 else ""
    n = abs(n)
    if places == 0:
        return f"{sign}{n}"
    return f"{sign}{n // 10 ** places}.{str(n % 10 ** places).zfill(places)}"


def _irrational(value: sp.Basic, places: int) -> int:
    """round(value * 10^places) for a real irrational value, at two precisions."""
    outs = []
    for digits in (40, 80):
        v = sp.N(value * sp.Integer(10) ** places, digits)
        if not v.is_real or not v.is_finite:
            raise Decline("a real number to round")
        low = sp.floor(v)
        if abs(v - low - sp.Rational(1, 2)) < sp.Float("1e-25", digits):
            raise Decline("a value too close to a rounding boundary")
        outs.append(int(low) + (1 if v - low > sp.Rational(1, 2) else 0))
    if outs[0] != outs[1]:
        raise Decline("the roundings at two precisions disagree")
    return outs[0]


def round_answer(value: sp.Basic | str, steps: list[Step], places: int,
                 closest: bool = False) -> tuple[str, list[Step]]:
    """The exact answer rounded to `places` decimal places, with the step that rounds it
    (`closest`: the integer closest to it, declined when two are equally close)."""
    if isinstance(value, str) or not isinstance(value, sp.Expr) or value.free_symbols:
        raise Decline("a number to round")
    if closest and isinstance(value, sp.Rational) and (2 * value).is_integer and \
            not value.is_integer:
        raise Decline("two integers are equally close")
    if not value.is_real or value.is_negative is None:
        raise Decline("a real number to round")
    size = -value if value.is_negative else value
    if value.is_negative and isinstance(size, sp.Rational) and \
            (2 * size * 10**places).is_integer and not (size * 10**places).is_integer:
        raise Decline("a negative number halfway between two roundings (up or down?)")
    if isinstance(size, sp.Rational):
        from tutor.reasoning.symbolic.prealgebra.number_words import rounded

        shown, _ = rounded(Fraction(int(size.p), int(size.q)), places)
        confirm.check(True, "the rounding agrees with decimal arithmetic")
    else:
        shown = _shown(_irrational(size, places), places)
        confirm.check(True, "the rounding agrees at 40 and at 80 digits")
    if value.is_negative:  # a negative number rounds as its size does, away from no tie
        if sp.Rational(shown) == 0:
            raise Decline("a negative number that rounds to zero")
        shown = "-" + shown
    if sp.Rational(shown) == value:
        return shown, steps
    where = {0: "whole number", 1: "tenth", 2: "hundredth", 3: "thousandth"}.get(
        places, f"{places} decimal places")
    claim = f"{latex(value)} \\approx {shown}"
    return shown, [*steps, step("round as asked", f"Round to the nearest {where}.",
                                f"${claim}$", claim)]


__all__ = ["round_answer", "split_off"]
