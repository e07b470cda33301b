"""Reader of conversions between units of a rate: "Convert 72 km/h to m/s", "How many feet
per second is 60 miles per hour?", "30 meters per minute is how many kilometers per hour?",
"Express 4 dollars per pound in cents per ounce".

A rate "N A per B" asked in "C per D" is N times (how many C in one A) divided by (how many D
in one B), with the exact factors of `units` (A and C measure one thing, B and D another).
Confirmed another way: the numerator and the denominator are each measured in their kind's
base unit (centimeters, seconds, cents ...) and the two rates compared there, in exact
fractions. Any other word leaves the problem unread.
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import units, wording

# rates written with a slash or as one word: "km/h", "m/s", "mph", "ft/s"
# ("/h" and "/s" are hours and seconds only after a slash)
_SPELLED = [(r"\bmph\b", "miles per hour"), (r"\bkph\b", "kilometers per hour"),
            (r"\bfps\b", "feet per second"), (r" ?/ ?h\b", " per hour"),
            (r" ?/ ?s\b", " per second"), (r"\b([a-z]+) ?/ ?([a-z]+)\b", r"\1 per \2")]
_RATE = r"(?P<{0}>[a-z]+) per (?P<{1}>[a-z]+)"
_N = r"(?P<n>#\d+(?:/\d+|\.\d+)?)"
_END = r"\s*[?.]?$"
_FORMS = [re.compile(p.format(given=f"{_N} {_RATE.format('a', 'b')}",
                              asked=_RATE.format("c", "d"), end=_END)) for p in (
    r"^(?:convert|change|express|write|rewrite) {given} (?:in|into|to|as) {asked}{end}",
    r"^how many {asked} (?:is|are|equals|is equal to|make) {given}{end}",
    r"^{given} (?:is|are|equals|is equal to) how many {asked}{end}",
    r"^what is {given} in {asked}{end}",
)]
_BASE = {"length": "centimeter", "time": "second", "money": "cent", "us volume": "cup",
         "volume": "milliliter", "mass": "gram", "us mass": "ounce"}


def read(split: Split, template: str) -> Result | None:
    if not re.search(r"\bper\b|/|\b(?:mph|kph|fps)\b", template):
        return None
    text, places, form = nw.read_story(split, template)
    if "@" in text:
        return None
    text = " ".join(text.split())
    for pattern, spelled in _SPELLED:
        text = re.sub(pattern, spelled, text)
    m = next((m for p in _FORMS if (m := p.match(text))), None)
    if m is None:
        return None
    a, b, c, d = (units.unit(m.group(g)) for g in "abcd")
    if None in (a, b, c, d):
        return None
    assert a is not None and b is not None and c is not None and d is not None
    top, per = units.factor(a, c), units.factor(b, d)
    if top is None or per is None:
        raise Decline("units of two kinds in a rate")
    n = wording.value(m.group("n"))
    value = n * top / per
    # again through the base units: n A per B is n * |A| / |B| base units per base unit
    sizes = [units.factor(u, _BASE[units.kind(u)]) for u in (a, b, c, d)]
    if None in sizes:
        raise Decline("a unit with no base")
    sa, sb, sc, sd = (s for s in sizes if s is not None)
    confirm.check(n * sa / sb == value * sc / sd,
                  "the two rates measured in base units agree (exact fractions)")
    how = (f"One {a} is ${nw.tex_of(top)}$ {c}s and one {b} is ${nw.tex_of(per)}$ {d}s, so "
           f"multiply by ${nw.tex_of(top)}$ and divide by ${nw.tex_of(per)}$.")
    claim = f"\\frac{{{nw.tex_of(n)} \\cdot {nw.tex_of(top)}}}{{{nw.tex_of(per)}}} = " \
            f"{nw.tex_of(value)}"
    steps = [step("convert both units", how, f"${claim}$", claim)]
    return nw.as_measured(value, places, form), steps


__all__ = ["read"]
