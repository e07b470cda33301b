"""Reader of right triangles told as stories: a ladder (pole, plank ...) leaning against a wall
("A ladder 13 m long leans against a wall with its foot 5 m from the wall. How high up the wall
does it reach?") and a trip along two perpendicular directions ("A boat sails 9 km east and
then 12 km north. How far is it from its starting point?").

The ladder is the hypotenuse; the wall and the ground are the legs (the wall is taken to
stand upright on level ground, as such a story says). Each number is bound to the length
named next to it (the ladder's length, the foot's distance from the wall, the height
reached), two are given and the third is asked. A trip's legs must be perpendicular
(north or south, then east or west); the distance from the start is the hypotenuse. Every
word must be one these phrases read or glue; anything else ("slides", "angle", a third leg)
leaves the story unread. Confirmed by putting the three lengths back into
a^2 + b^2 = c^2 in exact arithmetic.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry import figure_wording as fw
from tutor.reasoning.symbolic.geometry.figure_question_words import one_unit
from tutor.reasoning.symbolic.geometry.reading import number
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_THING = r"(?:ladder|pole|plank|board|beam|pipe|rod|stick)"
_WALL = r"(?:wall|building|house|fence|tree|barn)"
_UNIT = (r"(?:units?|inches|inch|feet|foot|ft|centimeters?|cm|meters?|m|miles?|yards?|"
         r"kilometers?|km|blocks?)")
_N = r"@(\d+)@ ?-?(?:" + _UNIT + r")?"
_PLACED = (rf"(?:(?:a|an|the) {_THING}|it) is (?:placed|set|standing|put) {_N}(?: away)? from "
           rf"(?:a|the) (?:base of the )?{_WALL}")
_SAID = [  # (pattern, which length): the foot and the top first ("the bottom of the ladder is")
    (rf"(?:its|the) (?:foot|bottom|base|lower end)(?: of the {_THING})? (?:is|sits|rests|stands|"
     rf"lies|is placed) {_N}(?: away)? from the (?:base of the )?{_WALL}", "a"),
    (_PLACED, "a"),
    (rf"(?:with|and) (?:its|the) (?:foot|bottom|base|lower end)(?: of the {_THING})? {_N}"
     rf"(?: away)? from the (?:base of the )?{_WALL}", "a"),
    (rf"(?:with|and) (?:its|the) (?:top|upper end)(?: of the {_THING})? (?:at )?{_N} (?:up|high|"
     rf"above the ground)(?: (?:on |up )?the {_WALL})?", "b"),
    (rf"(?:its|the) (?:top|upper end)(?: of the {_THING})? (?:reaches|touches|is|meets) (?:the "
     rf"{_WALL} )?{_N} (?:up|high|above the ground)(?: the {_WALL})?", "b"),
    (rf"(?:(?:it|(?:a|the) {_THING}) )?(?:reaches|touches|meets) (?:the {_WALL} )?(?:at a "
     rf"(?:point|height) (?:of )?)?{_N} (?:up|high|above the ground)"
     rf"(?: (?:a|the) {_WALL}| on (?:a|the) {_WALL})?", "b"),
    (rf"(?:(?:a|the) )?{_N} (?:long )?{_THING}", "c"),
    (rf"(?:a|the) {_THING},? (?:that is |which is )?{_N} long,?", "c"),
    (rf"the (?:length of the {_THING}|{_THING}'?s? length|{_THING}) is {_N}(?: long)?", "c"),
]
_ASKED = [
    (rf"(?:how long is|what is the length of|find the length of) the {_THING}", "c"),
    (rf"how (?:high|far) (?:up|on)(?: the {_WALL})? (?:does|will) (?:it|the {_THING}|the top(?: "
     rf"of the {_THING})?) reach", "b"),
    (rf"how high (?:is the top(?: of the {_THING})?|(?:does|will) (?:it|the {_THING}) reach)"
     rf"(?: on the {_WALL}| up the {_WALL})?", "b"),
    (rf"how far (?:is|from the {_WALL} is) (?:its|the) (?:foot|bottom|base|lower end)(?: of the "
     rf"{_THING})?(?: from the (?:base of the )?{_WALL})?", "a"),
]
_LEAN = (rf"(?:(?:it|(?:a|an|the) {_THING}) )?(?:leans|is leaning|rests|is resting|leaning|"
         rf"resting|is placed|is set|placed) against (?:a|the) (?:vertical )?{_WALL},?")
# "a ladder reaches 12 meters up a wall": the ladder against the wall, said by its top
_REACHES = rf"(?:a|the) {_THING}(?:,? {_N} long,?)? reaches {_N} up (?:a|the) {_WALL}"
_GLUE = FILLER | frozenset("and with so its it".split())
_WAYS = {"north": "ns", "south": "ns", "east": "ew", "west": "ew"}
_MOVE = (r"(?:walks|walked|sails|sailed|drives|drove|flies|flew|rides|rode|travels|traveled|"
         r"travelled|runs|ran|hikes|hiked|bikes|biked|goes|went|swims|swam)")
_TRIP = (rf"(?:(?:a|an|the) )?(?:[a-z]+ )?{_MOVE} @(?P<one>\d+)@ ?-?(?:{_UNIT})? "
         rf"(?P<way>north|south|east|west),? (?:and )?(?:then )?(?:{_MOVE} )?@(?P<two>\d+)@ ?-?"
         rf"(?:{_UNIT})? (?P<way2>north|south|east|west)")
_FROM = (rf"(?:how far|how many {_UNIT}) (?:is|are) (?:he|she|it|they|the [a-z]+|[a-z]+) (?:now )?"
         r"from (?:(?:the|its|his|her|their) (?:starting point|start|point of departure)|home|"
         r"(?:the (?:point|place) )?where (?:he|she|it|they) started)(?:,? in a straight line)?|"
         r"(?:what|find) (?:is )?the "
         r"(?:straight-line |shortest )?distance (?:from|between) (?:the|its|his|her|their) "
         r"(?:starting point|start)(?: and (?:the|its|his|her|their) (?:end|finishing point|"
         r"finish))?")


def _length(split: Split, k: str) -> sp.Basic:
    v = number(split.maths[int(k)])
    if v is None or not v.is_positive:
        raise Decline("a positive length")
    return v


def read_right_angle_story(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:ladder|pole|plank|board|beam|pipe|rod|stick|north|south|east|"
                     r"west)\b", template):
        return None
    # a length in feet and one in inches would need converting ("its foot" is no unit)
    one_unit(words(re.sub(r"\b(?:its|the) foot\b", " ", template)))
    split, text = fw.spelled_numbers(split, template)
    text = " " + text + " "
    got: dict[str, sp.Basic] = {}
    asked: list[str] = []
    trip = re.search(_TRIP, text)
    if trip:
        if _WAYS[trip.group("way")] == _WAYS[trip.group("way2")]:
            raise Decline("the two legs of the trip are not at right angles")
        got = {"a": _length(split, trip.group("one")), "b": _length(split, trip.group("two"))}
        text = text.replace(trip.group(0), " ; ", 1)
        m = re.search(_FROM, text)
        if not m:
            return None
        asked, text = ["c"], text.replace(m.group(0), " ; ", 1)
    else:
        if not any(re.search(p, text) for p in (_LEAN, _PLACED, _REACHES)):
            return None
        text = re.sub(_LEAN, " ; ", text)
        for pattern, which in _SAID:
            for m in list(re.finditer(pattern, text)):
                if which in got:
                    raise Decline("a length said twice")
                got[which] = _length(split, m.group(1))
                text = text.replace(m.group(0), " ; ", 1)
        for pattern, which in _ASKED:
            for m in list(re.finditer(pattern, text)):
                asked.append(which)
                text = text.replace(m.group(0), " ; ", 1)
    rest = set(re.findall(r"[a-z]+", re.sub(r"\b" + _UNIT + r"\b", " ", text)))
    if len(asked) != 1 or len(got) != 2 or asked[0] in got or rest - _GLUE or "@" in text:
        return None
    return _solve(got, asked[0])


def _solve(got: dict[str, sp.Basic], asked: str) -> Result:
    a, b, c = (got.get(k) for k in "abc")
    if asked == "c":
        assert a is not None and b is not None
        value = sp.sqrt(a**2 + b**2)
        claim = f"\\sqrt{{{latex(a)}^2 + {latex(b)}^2}} = {latex(value)}"
    else:
        assert c is not None
        leg = a if asked == "b" else b
        assert leg is not None
        if not c > leg:
            raise Decline("the ladder is not longer than the other length")
        value = sp.sqrt(c**2 - leg**2)
        claim = f"\\sqrt{{{latex(c)}^2 - {latex(leg)}^2}} = {latex(value)}"
    value = sp.nsimplify(sp.radsimp(value))
    sides = {**got, asked: value}
    confirm.check(sp.simplify(sides["a"] ** 2 + sides["b"] ** 2 - sides["c"] ** 2) == 0 and
                  abs(float(sides["a"]) ** 2 + float(sides["b"]) ** 2 - float(sides["c"]) ** 2)
                  < 1e-9 * float(sides["c"]) ** 2, "the three lengths satisfy a^2 + b^2 = c^2")
    steps = [step("see the right triangle", "The two legs meet at a right angle; the slanted "
                  "length (or the straight line back to the start) is the hypotenuse.",
                  "By the Pythagorean theorem, $a^2 + b^2 = c^2$.", "a^2 + b^2 = c^2"),
             step("compute the missing side", "Put the two known lengths in.", f"${claim}$",
                  claim)]
    return value, steps


__all__ = ["read_right_angle_story"]
