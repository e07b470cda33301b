"""Reader of a trip to one place timed at a steady pace and asked again for another place:
"It takes me 24 minutes to jog to the park, which is 3 miles from my house. The library is 2
miles from my house. At the same pace, how many minutes will it take me to jog from my house to
the library?", "I walk at a constant pace, and it takes me 45 minutes to walk to school from my
house. If school is 3 miles away, and my aunt's house is 2 miles away from my house, how many
minutes will it take me to walk from my house to my aunt's house?".

The text must say the pace is the same (a constant, steady or the same pace or speed, or "at
this rate"); both places must be told as so far away, or so far from the home, never from
another place ("2 miles from the park" is another trip); the question asks the time to the
second place in a unit of time. The time is T * D2 / D1, the distances and the time each
converted exactly (`units`) when told in other units. Confirmed the second way: the speed
D1 / T carries the second trip's D2 in the answer's time (answer * D1 = T * D2 in fractions).
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import units, wording
from tutor.reasoning.symbolic.prealgebra.wording import NUM

_WHO = r"(?:me|him|her|them|us|you)"
_HOME = r"(?:from (?:my|his|her|their|our|your) (?:house|home))"
_PLACE = r"(?:(?:the|my|his|her|their|our|your) )?(?P<{n}>[a-z]+(?:'s)?(?: [a-z]+)?)"
_UNIT = r"(?P<{n}>[a-z]+)"
_PACE = re.compile(r"\b(?:(?:constant|steady|same|an even) (?:pace|speed|rate)|at (?:this|that) "
                   r"(?:pace|rate|speed))\b")
_TIMED = re.compile(rf"\b(?:it )?takes? {_WHO} (?P<t>{NUM}) {_UNIT.format(n='tu')} to "
                    rf"(?P<verb>[a-z]+) (?:{_HOME} )?to {_PLACE.format(n='p1')}"
                    rf"(?: {_HOME})?(?=[,.]|$| which| that)")
_AWAY = (rf"is (?P<d{{k}}>{NUM}) {_UNIT.format(n='du{k}')}(?: away)?(?: {_HOME})?"
         r"(?=[,.?]|$| and\b)")
_FAR_AFTER = re.compile(r"^,? (?:which|that) " + _AWAY.format(k=1))
_ASK = re.compile(rf"how many {_UNIT.format(n='qu')} (?:will|would|does) it take {_WHO} to "
                  rf"(?P<verb>[a-z]+) (?:{_HOME} )?to {_PLACE.format(n='p3')}\s*\??$")


def _told(text: str, place: str) -> re.Match[str] | None:
    """'(the) PLACE is D U (away) (from my house)' said of `place`."""
    p = re.escape(place)
    found = list(re.finditer(rf"(?:^|[,.] |\bif |\band )(?:(?:the|my|his|her|their|our|your) )?"
                             rf"{p} " + _AWAY.format(k=2), text))
    return found[0] if len(found) == 1 else None


def _distance(m: re.Match[str]) -> tuple[str, str]:
    """The number and unit of a distance told after the place or of it."""
    g = m.groupdict()
    return g.get("d1") or g["d2"], g.get("du1") or g["du2"]


def _size(n: str, u: str, kind: str) -> Fraction:
    """The amount in the kind's base unit (a mile, a minute), exactly."""
    got = units.unit(u, abbreviations=False)
    if got is None or units.kind(got) != kind:
        raise Decline(f"a {kind} in a known unit")
    base = "mile" if kind == "length" else "minute"
    factor = units.factor(got, base)
    assert factor is not None
    return wording.value(n) * factor


def place_paces(split: Split, template: str) -> Result | None:
    if "take" not in template or not _PACE.search(template):
        return None
    text = wording.of(split, template).text.strip()
    timed, ask = _TIMED.search(text), _ASK.search(text)
    if timed is None or ask is None or timed.group("verb") != ask.group("verb"):
        return None
    first, second = timed.group("p1"), ask.group("p3")
    if first == second:
        return None
    far = _FAR_AFTER.match(text[timed.end():]) or _told(text, first)
    other = _told(text, second)
    if far is None or other is None or len(re.findall(NUM, text)) != 3:
        return None
    d1, d2 = (_size(*_distance(m), "length") for m in (far, other))
    t = _size(timed.group("t"), timed.group("tu"), "time")
    asked = units.unit(ask.group("qu"), abbreviations=False)
    if asked is None or units.kind(asked) != "time" or d1 <= 0 or d2 <= 0 or t <= 0:
        raise Decline("a time asked of two trips at one pace")
    per = units.factor("minute", asked)
    assert per is not None
    answer = t * d2 / d1 * per
    speed = d1 / t  # miles a minute
    confirm.check(answer / per * speed == d2 and answer * d1 == t * d2 * per,
                  "the second trip at the first trip's speed takes the time found")
    unit = ask.group("qu")
    steps = [step("the pace", "At a steady pace the time is in proportion to the distance.",
                  f"The first trip: {d1} miles in {t} minutes.", ""),
             step("the second trip", "Time = first time × second distance ÷ first distance.",
                  f"${t} \\cdot \\frac{{{d2}}}{{{d1}}}$ minutes, that is {answer} {unit}.",
                  "")]
    return sp.Rational(answer.numerator, answer.denominator), steps


__all__ = ["place_paces"]
