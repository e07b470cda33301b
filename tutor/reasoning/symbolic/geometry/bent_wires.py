"""A wire (a string, a rope, a ribbon, a fence) of a told length made into one plane figure:
its length is the figure's perimeter, or a circle's circumference.

"A wire of length 36 cm is bent into a square", "a piece of string 24 inches long is bent to
form an equilateral triangle", "a rope that is 48 feet long is formed into a regular hexagon",
"Maya bends a 40 cm wire into a square", "a string of length 16 is used to form a square"
are brought to "a square has a perimeter of @0@ cm" (a circle: "has a circumference of"),
which the figure reader (`figure_questions`) reads and confirms like any figure told by its
perimeter. Only one wire made whole into one figure is read: a wire cut into pieces, made
into two figures ("into a square and a circle"), or named again after it is bent ("how long
is the wire") is left as written, and the figure reader declines its words.
"""

from __future__ import annotations

import re

_WIRE = r"(?:piece of )?(?:wire|string|rope|ribbon|cord|twine|yarn|fence|fencing)"
_UNIT = (r"(?:units?|inches|inch|in|feet|foot|ft|centimeters?|centimetres?|cm|meters?|"
         r"metres?|m|millimeters?|mm|yards?|yd)")
_LONG = (rf"(?:(?:of|with a|with) (?:total )?length @(?P<n1>\d+)@(?: (?P<u1>{_UNIT}))?"
         rf"|(?:that is |which is )?@(?P<n2>\d+)@ (?P<u2>{_UNIT}) long"
         rf"|measuring @(?P<n3>\d+)@(?: (?P<u3>{_UNIT}))?)")
_MADE = (r"(?:is|was|gets) (?:bent|shaped|formed|made|folded|twisted|used) (?:in)?to "
         r"(?:form |make )?")
_FIGURE = (r"(?P<det>a|an) (?P<regular>regular )?(?P<figure>square|rectangle|circle|"
           r"equilateral triangle|triangle|pentagon|hexagon|heptagon|octagon|nonagon|decagon|"
           r"dodecagon)(?P<end>(?=[.,;?!]|$)|,? whose )")
_BENT = [re.compile(p) for p in (
    # "a wire of length 36 is bent into a square", "a piece of string 24 inches long ..."
    rf"\b(?:a|an|the) {_WIRE},? {_LONG},? {_MADE}{_FIGURE}",
    # "a 40 cm wire is bent into", "a 44 cm piece of wire is bent into"
    rf"\b(?:a|an) @(?P<n4>\d+)@(?: ?-? ?(?P<u4>{_UNIT}))?(?: long)? {_WIRE} {_MADE}{_FIGURE}",
    # "maya bends a 40 cm wire into a square", "he bends a wire of length 20 into a circle"
    rf"(?:^|(?<=[.?!] ))[a-z]+ (?:bends|shapes|forms|folds|makes) (?:a|an) (?:@(?P<n5>\d+)@"
    rf"(?: ?-? ?(?P<u5>{_UNIT}))? {_WIRE}|{_WIRE},? {_LONG}) into {_FIGURE}",
)]


def as_perimeter(template: str) -> str:
    """The template with one wire bent into one figure told as the figure's perimeter."""
    if re.search(r"\bpieces\b|\bcut\b", template):
        return template
    found = [m for p in _BENT for m in p.finditer(template)]
    if len(found) != 1:
        return template
    m = found[0]
    got = m.groupdict()
    n, unit = next((got[f"n{i}"], got.get(f"u{i}")) for i in range(1, 6) if got.get(f"n{i}"))
    measure = "circumference" if m.group("figure") == "circle" else "perimeter"
    then = " and its " if "whose" in m.group("end") else ""
    told = (f"{m.group('det')} {m.group('regular') or ''}{m.group('figure')} has a {measure} "
            f"of @{n}@{' ' + unit if unit else ''}{then}")
    text = template[:m.start()] + told + template[m.end():]
    if re.search(r"\b(?:wire|string|rope|ribbon|cord|twine|yarn|fence|fencing)\b", text):
        return template  # the wire named again: not only the figure's perimeter is asked
    return text


__all__ = ["as_perimeter"]
