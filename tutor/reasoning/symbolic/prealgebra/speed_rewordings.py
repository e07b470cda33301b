"""Student wordings of speed, distance and time, said again in the words the motion and
rate readers read: "How long does it take to travel 240 km at 60 km/h, in hours?", "A train
travels at 90 km/h. How many metres does it travel in 10 seconds?", "a runner goes 5 m/s, what
is that in km/h", "a snail moves 3 m in 2 minutes. whats its speed in m/s".

Each rewording keeps every number and unit of the problem, in the same order, and only moves
the words around them:
- "how long does it take (X) to VERB D at S(, in U)?" -> "it travels D at S. how long does it
  take, in U?" (U, when not asked, the time of the speed: hours for km/h);
- "X VERBs at S. how many U (how far) does it VERB in T?" -> "X VERBs at S for T. how many U
  does it travel?";
- "X goes (at) S, what is that in U?" -> "convert S to U";
- the one mover ("a beetle", "the bus") as "it", "moves"/"crawls" as "travels", "whats" as
  "what is", a number's "m" (outside a slash) as meters when the problem is about speed.
The reworded problem is then read by `motion` (which solves with distance = speed x time and
checks every relation again) or `rate_units` (which converts and checks in base units); what
they cannot read stays unread. A question with no time or distance of its own ("a car travels
at 60 km/h. how far does it go?") is never reworded.
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import motion, rate_units

_VERB = (r"(?:travel|drive|walk|run|ride|cycle|fly|swim|go|cover|jog|sail|hike|move|"
         r"travels|drives|walks|runs|rides|cycles|flies|swims|goes|covers|jogs|sails|hikes|"
         r"moves|traveled|travelled|drove|walked|ran|rode|cycled|flew|swam|went|moved)")
_SLOT = r"@\d+@"
_SPEED = rf"{_SLOT}(?: [a-z]+ ?/ ?[a-z]+| [a-z]+ per [a-z]+| mph| kph)?"
_AMOUNT = rf"{_SLOT}(?: [a-z]+)?"
_WHO = r"(?:(?:a|an|the) [a-z]+|[a-z]+)"
_TIME_TAKEN = re.compile(
    rf"^how long (?:does|would|will) it take (?:(?:a|an|the) [a-z]+ |him |her |them |you |me )?"
    rf"to {_VERB} (?P<d>{_AMOUNT}) at (?P<s>{_SPEED})(?P<tail>,? in [a-z]+)?$")
_DISTANCE_IN = re.compile(
    rf"^(?P<who>{_WHO}) (?P<verb>{_VERB}) at (?P<s>{_SPEED})\. how (?P<ask>many [a-z]+|far) "
    rf"(?:does|will|would|can|did) (?:it|he|she|they) {_VERB} in (?P<t>{_SLOT} [a-z]+)$")
_CONVERTED = re.compile(
    rf"^{_WHO} {_VERB}(?: at)? (?P<s>{_SLOT} [a-z]+ ?/ ?[a-z]+)[,.] (?:what is|how fast is) "
    rf"(?:that|this|it|its speed) in (?P<u>[a-z]+ ?/ ?[a-z]+)$")


def _plain(template: str) -> str:
    text = re.sub(r"\s+", " ", template.lower()).strip().rstrip(" ?.")
    text = re.sub(r"\bwhat'?s\b", "what is", text)
    text = re.sub(r"\b(?:moves|crawls)\b", "travels", text)
    text = re.sub(r"\b(?:moved|crawled)\b", "traveled", text)
    movers = re.findall(rf"\b(?:a|an|the|and|[a-z]+s) [a-z]+ {_VERB}\b", text)
    if len(movers) == 1:  # one mover, whatever it is ("a beetle"), as "it"
        text = re.sub(rf"^(?:a|an|the) [a-z]+ (?={_VERB}\b)", "it ", text)
    if re.search(r"\b(?:speed|km ?/ ?h|m ?/ ?s|mph|per hour|per second)\b", text):
        text = re.sub(rf"({_SLOT}) m\b(?! ?/)", r"\1 meters", text)
    return text


def _speed_time(speed: str) -> str:
    """The time unit of a speed, the answer's unit when none is asked: ", in hours" for km/h."""
    if re.search(r"(?:/ ?h|per hour|mph|kph)$", speed):
        return ", in hours"
    if re.search(r"(?:/ ?s|per second)$", speed):
        return ", in seconds"
    return ""


def _reworded(text: str) -> tuple[str, str] | None:
    """The problem in the words of `motion` ("motion") or `rate_units` ("rate")."""
    if m := _TIME_TAKEN.fullmatch(text):
        tail = m.group("tail") or _speed_time(m.group("s"))
        return "motion", (f"it travels {m.group('d')} at {m.group('s')}. how long does it "
                          f"take{tail}?")
    if m := _DISTANCE_IN.fullmatch(text):
        return "motion", (f"{m.group('who')} {m.group('verb')} at {m.group('s')} for "
                          f"{m.group('t')}. how {m.group('ask')} does it travel?")
    if m := _CONVERTED.fullmatch(text):
        return "rate", f"convert {m.group('s')} to {m.group('u')}."
    return None


def speed_rewordings(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:speed|how long|how far|how many|what is that|whats|what's|"
                     r"moves|crawls|moved|crawled)\b", template):
        return None
    text = _plain(template)
    got = _reworded(text)
    if got is None:
        if text == re.sub(r"\s+", " ", template.lower()).strip().rstrip(" ?."):
            return None  # nothing said again: motion has read it already
        got = ("motion", text + "?")
    reader, words = got
    if re.findall(_SLOT, words) != re.findall(_SLOT, template):
        return None  # every number kept, in its order
    again = Split(words, split.maths)
    return motion.motion(again, words) if reader == "motion" else rate_units.read(again, words)


__all__ = ["speed_rewordings"]
