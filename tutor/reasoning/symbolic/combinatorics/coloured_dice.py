"""Probability reader for dice whose faces are coloured: "An 8-sided die has 5 green faces, 2
white faces and a black face. What is the probability of rolling a white face?", "Two 12-sided
dice each have 3 gold sides, 4 silver sides and 5 plain sides. If both dice are rolled, what is
the probability that they come up the same colour?"

The faces listed must add up to the die's sides (a cube has 6); each face is equally likely.
One die: the colour's faces over all faces. Two dice alike: every ordered pair of faces is
listed and the pairs of one colour counted, confirmed by the sum of the squares of the colour
counts over the square of the sides.
"""

from __future__ import annotations

import re
from itertools import product

from tutor.reasoning.symbolic.combinatorics.chance import ASK, FAIR, answer
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

# a colour is one word that is not a count word ("other", "more" ... would change the faces)
_COLOUR = r"(?!(?:other|more|remaining|different|same|of|the|and|or|each|all)\b)[a-z]+"
_FACE = r"(?:#(?P<c>\d+)|a|an|one) (" + _COLOUR + r") (?:faces?|sides?)"
_LIST = (r"(?P<faces>(?:#\d+|a|an|one) " + _COLOUR + r" (?:faces?|sides?)(?:, (?:#\d+|a|an|one) "
         + _COLOUR + r" (?:faces?|sides?))*,? and (?:#\d+|a|an|one) " + _COLOUR
         + r" (?:faces?|sides?))")
_DIE = (r" (?P<k>a|an|one|#1|#2) " + FAIR + r"(?:#(?P<s>\d+)-sided (?P<die>dice|die)|(?P<cube>"
        r"cubes?))(?: that each| each| that| which| each of which)? (?:has|have|with) " + _LIST)
_ONE = (r" (?:of )?(?:rolling|getting|it (?:lands on|shows|comes up)|the top face (?:is|shows)) "
        r"(?:a|an) (?P<colour>" + _COLOUR + r") (?:face|side)\b")
# the colour on top said after the roll: "when it is rolled, a blue face will be facing up"
_UP = (r" (?:a|an) (?P<colour>" + _COLOUR + r") (?:face|side) (?:will be |is |will )?(?:facing up|"
       r"face up|on top|up|showing|lands? (?:face )?up|comes? up)\b")
_ROLLED_ONCE = (r" (?:when|if|after) (?:it|the cube|the die) is (?:rolled|thrown|tossed)(?: once)?"
                r"(?= ?[,.?]| what| find)")
_ROLL_BOTH = (r" (?:if )?(?:i|we|you|he|she|they) (?:roll|rolls|throw|throws|toss|tosses) both "
              r"(?:dice|cubes)\b| (?:if )?both (?:dice|cubes) are (?:rolled|thrown|tossed)\b")
_SAME = (r" (?:they|the (?:#2 )?(?:dice|cubes)|both (?:dice|cubes)) (?:will )?(?:come up|show|land "
         r"on) the same(?: colou?r)?\b")
_GLUE = frozenset("suppose that we i have has if".split())


def coloured_dice(split: Split, template: str) -> Result | None:
    if not quick(template, "faces", "sides", " face", " side") or not quick(template,
                                                                            "probability",
                                                                            "chance"):
        return None
    w = Wording.of(split, template)
    die, ask = w.take(_DIE), w.take(ASK)
    one, both, same = w.take(_ONE), w.take(_ROLL_BOTH), w.take(_SAME)
    rolled = w.take(_ROLLED_ONCE)
    one += w.take(_UP)
    if len(rolled) > 1:
        return None
    if len(die) != 1 or len(ask) != 1 or not w.only_glue(_GLUE):
        return None
    d = die[0]
    faces = {}
    for m in re.finditer(_FACE, d.group("faces")):
        if m.group(2) in faces:
            raise Decline("a colour listed twice")
        faces[m.group(2)] = int(m.group("c") or 1)
    sides = int(d.group("s")) if d.group("s") else 6
    if sum(faces.values()) != sides or len(faces) < 2:
        raise Decline("the coloured faces do not make up the die")
    pair = d.group("k") == "#2" or (d.group("die") or d.group("cube") or "").endswith(("dice",
                                                                                       "cubes"))
    labels = [c for c, n in faces.items() for _ in range(n)]
    if not pair and len(one) == 1 and not both and not same:
        colour = one[0].group("colour")
        if colour not in faces:
            raise Decline("a colour the die does not have")
        good = faces[colour]
        second = sum(1 for c in labels if c == colour)
        return answer(good, sides, f"a {colour} face", second, "listing the faces",
                      f"{good} of the {sides} equally likely faces are {colour}.")
    if pair and d.group("k") == "#2" and len(both) == 1 and len(same) == 1 and not one:
        good = sum(1 for a, b in product(labels, repeat=2) if a == b)
        second = sum(n * n for n in faces.values())
        return answer(good, sides**2, "both dice the same colour", second,
                      "the sum of the squares of the colour counts",
                      f"Of the {sides}^2 equally likely pairs of faces, {good} are one colour: "
                      + " + ".join(f"{n}^2" for n in faces.values()) + f" = {good}.",
                      f"{sides}^{{2}}")
    return None


__all__ = ["coloured_dice"]
