"""Typed reader: how far the tip of a clock's hand travels, or the area it sweeps.

"The minute hand of a clock is 6 cm long. How far does its tip travel in 20 minutes?", "The
second hand on a clock is 7 cm long. How far in centimeters does the tip of this second hand
travel during a period of 30 minutes?", "What area does the hour hand, 4 inches long, sweep in
3 hours?". The second hand turns once a minute, the minute hand once an hour, the hour hand
once in 12 hours; in t the tip moves along the arc 2 pi r (t / period) (several whole turns
when t is longer), and the hand sweeps the sector pi r^2 (t / period), asked only for at most
one turn. Every word must be one of such a story's; a word not read declines. Confirmed
numerically: the tip's path length as the integral of its speed |d/dt (r cos wt, r sin wt)|
over the time (40-digit quadrature), or the swept area by Green's formula over the sector's
boundary, not the circle formulas."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.figure_wording import spelled_numbers
from tutor.reasoning.symbolic.geometry.reading import number
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_PERIOD = {"second": 60, "minute": 3600, "hour": 43200}  # seconds for one full turn
_SECONDS = {"second": 1, "seconds": 1, "minute": 60, "minutes": 60, "hour": 3600, "hours": 3600}
_UNITS = r"(cm|centimeters?|mm|millimeters?|inches|inch|feet|foot|meters?|m|units?)"
_HAND = re.compile(r"\b(?:the |a )?(second|minute|hour) hand (?:(?:of|on) (?:a|the|this) "
                   r"(?:[a-z]+ )?clock )?(?:is|measures|has (?:a )?length(?: of)?) @(\d+)@ ?"
                   + _UNITS + r"(?: long)?")
_HAND_BEFORE = re.compile(r"\b(?:the |a )?(second|minute|hour) hand,? @(\d+)@ ?" + _UNITS +
                          r" long,?")
_TIME = re.compile(r"\b(?:in|during|over|after)(?: a period of| the course of| the next)? "
                   r"@(\d+)@ (seconds?|minutes?|hours?)\b")
_FAR = re.compile(r"\bhow (?:far|many " + _UNITS + r")(?:,? in " + _UNITS + r",?)? does (?:the "
                  r"tip|its tip|the end|its end|the tip of (?:the|this|that|its) (?:second |"
                  r"minute |hour )?hand) (?:travel|move|go)\b")
_SWEEP = re.compile(r"\bwhat (?:is the )?area (?:does|is) (?:the|this|that|it|its) (?:(?:second|"
                    r"minute|hour) )?(?:hand )?(?:sweep|swept|cover|covered)(?: out)?\b")
_SAME_UNIT = {"centimeters": "cm", "centimeter": "cm", "millimeters": "mm", "millimeter": "mm",
              "inches": "inch", "feet": "foot", "meters": "m", "meter": "m", "units": "unit"}
_GLUE = FILLER | frozenset("express your answer terms pi of in the clock on".split())


def read_clock_hand(split: Split, template: str) -> Result | None:
    if " hand" not in template or "clock" not in template and "tip" not in template:
        return None
    split, template = spelled_numbers(split, template)
    hand = _HAND.search(template) or _HAND_BEFORE.search(template)
    time = _TIME.search(template)
    far, sweep = _FAR.search(template), _SWEEP.search(template)
    if hand is None or time is None or bool(far) == bool(sweep):
        return None
    unit = hand.group(3)
    rest = template
    for m in (hand, time, far or sweep):
        assert m is not None
        rest = rest.replace(m.group(0), " ; ", 1)
    asked_unit = far.group(1) or far.group(2) if far else None
    if asked_unit and _SAME_UNIT.get(asked_unit, asked_unit) != _SAME_UNIT.get(unit, unit):
        raise Decline("the asked length in the hand's own unit")
    left = words(rest) - _GLUE
    if left or re.search(r"@\d+@", rest.replace("$", "")) and not _only_pi(split, rest):
        raise Decline(f"words the clock reader does not read: {sorted(left)[:3]}")
    r = number(split.maths[int(hand.group(2))])
    t = number(split.maths[int(time.group(1))])
    if r is None or t is None or not (r.is_positive and t.is_positive):
        raise Decline("a positive length and time")
    turns = sp.nsimplify(t * _SECONDS[time.group(2)] / _PERIOD[hand.group(1)])
    if far:
        value = 2 * sp.pi * r * turns
        _confirm_path(r, turns, value)
        claim = f"{latex(turns)} \\cdot 2\\pi \\cdot {latex(r)} = {latex(value)}"
        return value, [
            step("turns in that time", f"The {hand.group(1)} hand turns once in "
                 f"{_period_words(hand.group(1))}.", f"${latex(turns)}$ turns", latex(turns)),
            step("the tip moves along the circle", "Each turn the tip goes once round a circle "
                 "whose radius is the hand's length.", f"${claim}$", claim)]
    if turns > 1:
        raise Decline("a hand sweeping more than one full turn")
    value = sp.pi * r**2 * turns
    _confirm_sector(r, turns, value)
    claim = f"{latex(turns)} \\cdot \\pi \\cdot {latex(r)}^2 = {latex(value)}"
    return value, [
        step("the part of a turn", f"The {hand.group(1)} hand turns once in "
             f"{_period_words(hand.group(1))}.", f"${latex(turns)}$ of a turn", latex(turns)),
        step("the swept sector", "The hand sweeps that part of the circle's area.",
             f"${claim}$", claim)]


def _only_pi(split: Split, rest: str) -> bool:
    """The pieces left are only the "pi" of "in terms of pi"."""
    return all(split.maths[int(i)].strip() == "\\pi" for i in re.findall(r"@(\d+)@", rest))


def _period_words(hand: str) -> str:
    return {"second": "a minute", "minute": "an hour", "hour": "12 hours"}[hand]


def _confirm_path(r: sp.Basic, turns: sp.Basic, value: sp.Basic) -> None:
    with mpmath.workdps(40):
        rr, angle = mpmath.mpf(str(sp.N(r, 45))), 2 * mpmath.pi * mpmath.mpf(str(sp.N(turns, 45)))
        path = mpmath.quad(lambda u: mpmath.hypot(-rr * mpmath.sin(u), rr * mpmath.cos(u)),
                           mpmath.linspace(0, angle, 9))
        ok = abs(path - mpmath.mpf(str(sp.N(value, 45)))) < mpmath.mpf(10) ** -25 * max(1, path)
    confirm.check(bool(ok), "the tip's path length as the integral of its speed, numerically")


def _confirm_sector(r: sp.Basic, turns: sp.Basic, value: sp.Basic) -> None:
    """Green's formula: half the integral of x dy - y dx round the sector's boundary (the two
    radii add nothing; the arc adds r^2/2 per radian)."""
    with mpmath.workdps(40):
        rr, angle = mpmath.mpf(str(sp.N(r, 45))), 2 * mpmath.pi * mpmath.mpf(str(sp.N(turns, 45)))
        area = mpmath.quad(lambda u: (rr * mpmath.cos(u) * rr * mpmath.cos(u)
                                      + rr * mpmath.sin(u) * rr * mpmath.sin(u)) / 2, [0, angle])
        ok = abs(area - mpmath.mpf(str(sp.N(value, 45)))) < mpmath.mpf(10) ** -25 * max(1, area)
    confirm.check(bool(ok), "the swept area by Green's formula round the sector, numerically")


__all__ = ["read_clock_hand"]
