"""Reader of a scale drawing: a map, a plan or a model whose lengths stand for real lengths.
"On a map, 2 inches represent 15 miles. How many miles do 7 inches represent?", "The scale of
a plan is 1 cm : 4 m. A wall is 3.5 cm long on the plan. How long is the real wall, in
meters?", "Two towns are 80 km apart. On a map with a scale of 1 cm to 20 km, how many
centimeters apart are they?".

The scale pairs a drawn length a U1 with a real length b U2 ("represents", "stands for",
"corresponds to", "=", ":", "to"); one more length c is told, on the drawing ("on the map",
in the drawing's unit) or real ("actual", "real", in the real unit), and the question asks
for the other one in a length unit ("how many miles apart", "how many centimeters long"), or
in none ("how far apart are they?": the unit of the scale's other side).
Lengths in other units of the same kind are converted exactly (`units`). Any other number,
or a word that changes the lengths ("more", "times", "total", "round trip", "area"), leaves
the problem unread. Solved and confirmed by `Story` (x / c = b / a in exact fractions).
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import units, wording
from tutor.reasoning.symbolic.prealgebra.model_lengths import model_scale
from tutor.reasoning.symbolic.prealgebra.relations import Story, times

X = sp.Symbol("x", positive=True)
_N = r"#\d+(?:/\d+|\.\d+)?"
_DRAWING = r"(?:map|plan|floor plan|model|drawing|blueprint|diagram|sketch)"
_STANDS = (r"(?:represents?|represented|stands? for|corresponds? to|is equal to|equals?|=|:|"
           r"to|is the same as|means?)")
_SCALES = [
    re.compile(rf"(?P<a>{_N}) (?P<u1>[a-z]+)(?: on (?:the|a|this|that) {_DRAWING})? {_STANDS} "
               rf"(?:an? actual |an? real )?(?P<b>{_N}) (?P<u2>[a-z]+)"),
]
_ON_DRAWING = re.compile(rf"\b(?:on|in) (?:the|a|this|that) {_DRAWING}\b|\bdrawn\b")
_REAL = re.compile(r"\b(?:actual|actually|real|really|in reality|in real life)\b")
_BLOCK = re.compile(r"\b(?:more|less|fewer|than|times|twice|half|total|sum|round|area|square|"
                    r"perimeter|each way|both|per|speed|hours?|minutes?|not|percent|enlarged|"
                    r"reduced|doubled|"
                    # "how far by road, which winds": the map gives the straight line only
                    r"by road|the road|winds|winding|detours?|routes?|curves?|curvy|along)\b")
_ASK = re.compile(r"\b(?:how many (?P<u>[a-z]+)|how (?:far|long|tall|wide|high)(?: apart)?[^?.]*?"
                  r"\bin (?P<u_in>[a-z]+)|(?:what|find) (?:is )?the (?:actual |real )?(?:distance|"
                  r"length|height|width)[^?.]*?\bin (?P<u_what>[a-z]+))\b"
                  # in no unit: the other side's ("What is the actual distance?")
                  r"|(?P<bare>\bhow far(?: apart)?(?: (?:are|is|were|was) (?:they|it|the [a-z]+))?"
                  r"(?: apart)?(?: in reality| really| actually)?|\b(?:what|find) (?:is )?the "
                  r"(?:actual |real )?distance(?: between (?:them|the [a-z]+))?)(?=\s*[?.]?\s*$)")


def _length(word: str) -> str | None:
    u = units.unit(word)
    return u if u is not None and units.kind(u) == "length" else None


def map_scales(split: Split, template: str) -> Result | None:
    if not re.search(rf"\b{_DRAWING}\b|\bscale\b", template):
        return None
    w, places, form = nw.read_story(split, template)
    w = model_scale(w)  # "a statue is 60 feet tall; a model of it is 4 inches tall"
    w = re.sub(r"\s*:\s*", " : ", w)
    # "a 12-centimeter length", "a 3-inch segment": the length itself
    w = re.sub(r"\b(?:an? )?(#[\d./]+) ?-([a-z]+) (?:length|distance|segment|line)\b", r"\1 \2", w)
    w = re.sub(r"\bscale (?:of|is|was)(?: (?:a|an|one))?(?: of)? ", "scale ", w)
    if "@" in w or _BLOCK.search(w) or wording.condition_without_amount(w):
        return None
    scales = [m for p in _SCALES for m in p.finditer(w)]
    if len(scales) != 1:
        return None
    s = scales[0]
    u1, u2 = _length(s.group("u1")), _length(s.group("u2"))
    if u1 is None or u2 is None:
        return None
    a, b = wording.value(s.group("a")), wording.value(s.group("b"))
    rest = w[:s.start()] + " " + w[s.end():]
    told = [m for m in re.finditer(rf"(?P<c>{_N}) (?P<u>[a-z]+)", rest)]
    lengths = [m for m in told if _length(m.group("u"))]
    others = [m for m in told if not _length(m.group("u"))]
    if len(lengths) != 1 or any(m.group("c") != "#2" for m in others) or \
            len(re.findall(r"#", rest)) != len(told):
        return None  # one length told; "2 towns" is the only other number read
    c_m = lengths[0]
    c, cu = wording.value(c_m.group("c")), _length(c_m.group("u"))
    assert cu is not None
    sentence = _sentence_of(rest, c_m.start())
    drawn = _ON_DRAWING.search(sentence) is not None
    real = _REAL.search(sentence) is not None
    if drawn == real:  # not said: by the unit, when it is only one of the two
        drawn, real = cu == u1 and cu != u2, cu == u2 and cu != u1
        if drawn == real:
            raise Decline("whether the told length is drawn or real")
    elif u1 != u2 and cu == (u2 if drawn else u1):
        raise Decline("a drawn length in the real unit, or a real one in the drawn unit")
    asks = list(_ASK.finditer(w))
    if len(asks) != 1:
        return None
    ask = asks[0]
    asked = (u2 if drawn else u1) if ask.group("bare") else _length(
        ask.group("u") or ask.group("u_in") or ask.group("u_what") or "")
    if asked is None:
        return None
    if u1 != u2 and asked == (u1 if drawn else u2):
        raise Decline("the length asked in the unit of the length told")
    base = u2 if drawn else u1  # the unit the answer is first found in
    to_scale = units.factor(cu, u1 if drawn else u2)
    to_asked = units.factor(base, asked)
    if to_scale is None or to_asked is None:
        raise Decline("lengths that cannot be converted")
    c_in = c * to_scale
    story = Story([X])
    if drawn:
        story.state(X * a, times(c_in, b),
                    f"{a} {u1} stand for {b} {u2}; {c_in} {u1} on the drawing")
    else:
        story.state(X * b, times(c_in, a), f"{a} {u1} stand for {b} {u2}; {c_in} {u2} for real")
    answer, steps = story.solve(lambda _sol: X * sp.Rational(to_asked.numerator,
                                                             to_asked.denominator),
                                f"the length in {asked}s")
    if isinstance(answer, sp.Rational) and (places is not None or form is not None):
        v = Fraction(int(answer.p), int(answer.q))
        got = nw.in_form_asked(v, nw.tex_of(v), places, form)
        if got is not None:
            return got[0], steps + got[1]
    return answer, steps


def _sentence_of(text: str, at: int) -> str:
    """The sentence or clause of `text` around position `at`."""
    start = max(text.rfind(ch, 0, at) for ch in ".?!;,")
    ends = [i for i in (text.find(ch, at) for ch in ".?!;,") if i >= 0]
    return text[start + 1:min(ends) if ends else len(text)]


__all__ = ["map_scales"]
