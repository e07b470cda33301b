"""The many ways a question about one figure is worded, brought to the words the figure
reader binds (`figure_questions`): numbers spelled out ("a radius of seven"), a polygon's
side count said any way ("a polygon with 9 sides", "a twelve-sided polygon", "a 15-gon",
"an n-gon whose ... has 8 sides"), and a figure told as a thing in a story ("a circular rug",
"a round table": the circle; "the distance around it": its circumference; "how much floor
does it cover": its area).

Only these rewrites are made; every other word still has to be in the reader's vocabulary,
so a story the reader does not understand ("a pizza", "a fence 2 feet from the edge") is
declined as before.
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.geometry.bent_wires import as_perimeter
from tutor.reasoning.symbolic.geometry.figure_measures import FIGURE_WORDS
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.spelled_maths import CARDINALS

# spelled numbers as values: not "one" (a pronoun: "each one", "one interior angle")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_SPELLED = re.compile(
    r"\b(?:(" + "|".join(_TENS) + r")[- ](one|two|three|four|five|six|seven|eight|nine)"
    r"|(" + "|".join(sorted((w for w in CARDINALS if w not in ("zero", "one")), key=len,
                            reverse=True)) + r"))\b")

_SIDED = r"(?:polygon|figure|shape)"
_UNIT = (r"(?:units?|inches|inch|feet|foot|centimeters?|meters?|cm|m|miles?|yards?|"
         r"millimeters?|mm|kilometers?|km)")
_FIGURE_NAMES = r"(?:" + "|".join(FIGURE_WORDS) + r")"
_STORY_FIGURE = re.compile(
    r"\b(?:a|an|the) (?P<mods>[a-z]+ )?(?P<thing>[a-z]+) (?:is shaped like|is in the shape of|"
    r"has the shape of|is) (?P<det>a|an) (?P<kind>(?:regular|convex) )?(?P<figure>"
    + _FIGURE_NAMES + r")\b")
_STORY_RECTANGLE = re.compile(r"(?:(?<=\ba )|(?<=\ban )|(?<=\bthe ))rectangular ([a-z]+)\b")
_SIDED_THING = re.compile(
    r"\b(?:a|an|the) (?P<mods>[a-z]+ )?(?P<thing>[a-z]+) (?P<has>has|with|having) "
    r"@(?P<n>\d+)@ sides\b")
_OTHER_SHAPE = re.compile(
    r"\b(?:rectangular|triangular|oval|elliptical|hexagonal|octagonal|pentagonal|box)\b|"
    r"\bsquare (?!units?|inch|inches|feet|foot|centimeters?|meters?|cm|m|miles?|yards?|"
    r"millimeters?|mm|kilometers?|km)")
# things that are circles in any story (unless another shape is said)
ROUND_THINGS = ("wheel", "tire", "tyre", "hoop", "coin", "plate", "pizza", "disk", "disc")
_SOLIDS = frozenset("cone cones cylinder cylinders base bases region sector sectors arc cross "
                    "section disk disc".split())
_STORY_CIRCLE = re.compile(r"(?:(?<=\ba )|(?<=\ban )|(?<=\bthe ))(?:circular|round) "
                           r"(?!trip|robin)([a-z]+)\b")


def spelled_numbers(split: Split, template: str) -> tuple[Split, str]:
    """Each number spelled out ("seven", "twenty-four") as a new maths piece `@k@`, a side
    count written `$n = 7$` and a measure written with its letter ("radius $r = 2$") as the
    number."""
    maths = list(split.maths)

    def piece(m: re.Match[str]) -> str:
        v = CARDINALS[m.group(1)] + CARDINALS[m.group(2)] if m.group(1) else \
            CARDINALS[m.group(3)]
        maths.append(str(v))
        return f"@{len(maths) - 1}@"

    out = _SPELLED.sub(piece, template)

    def count(m: re.Match[str]) -> str:  # "a polygon with $n = 7$ sides"
        c = re.fullmatch(r"\s*n\s*=\s*(\d+)\s*", maths[int(m.group(1))])
        if not c:
            return m.group(0)
        maths.append(c.group(1))
        return f"@{len(maths) - 1}@ sides"

    out = re.sub(r"@(\d+)@ sides\b", count, out)

    def named(m: re.Match[str]) -> str:  # "radius $r = 2$": the measure and its letter
        c = re.fullmatch(r"\s*[a-zA-Z]\s*=\s*(\d+(?:\.\d+)?)\s*", maths[int(m.group(2))])
        if not c:
            return m.group(0)
        maths.append(c.group(1))
        return f"{m.group(1)} @{len(maths) - 1}@"

    out = re.sub(r"\b(radius|diameter|height|length|width|side|edge|base|slant height) "
                 r"@(\d+)@", named, out)
    return (split, template) if out == template else (Split(out, maths), out)


def degree_arcs(maths: list[str], template: str) -> str:
    """"a $120^\\circ$ arc", "a 45-degree sector": the arc or sector with that central angle."""
    def arc(m: re.Match[str]) -> str:
        if not (m.group(3) or re.fullmatch(r"\s*\d+(?:\.\d+)?\s*\^\s*\{?\s*\\circ\s*\}?\s*",
                                           maths[int(m.group(2))])):
            return m.group(0)
        det = m.group(1) if m.group(1) == "the" else "an" if m.group(4) == "arc" else "a"
        return f"{det} {m.group(4)} with central angle @{m.group(2)}@"
    return re.sub(r"\b(a|an|the) @(\d+)@( ?-? ?degrees?)? (arc|sector)\b", arc, template)


def _as_figure(template: str) -> str:
    """"a garden is shaped like a regular hexagon ... the garden": the thing is the figure."""
    m = _STORY_FIGURE.search(template)
    if not m or m.group("thing") in FIGURE_WORDS or len(_STORY_FIGURE.findall(template)) > 1:
        return template
    figure = m.group("figure")
    text = template[:m.start()] + f"{m.group('det')} {m.group('kind') or ''}{figure}" + \
        template[m.end():]
    return re.sub(rf"\b(?:the|this|that) (?:{m.group('mods') or ''})?{m.group('thing')}\b",
                  f"the {figure}", text)


def _as_polygon(template: str) -> str:
    """"a stop sign has 8 sides ... the sign": a thing told by its side count is a polygon."""
    if re.search(r"\b(?:" + _FIGURE_NAMES + r")\b", template):
        return template
    m = _SIDED_THING.search(template)
    if not m or len(_SIDED_THING.findall(template)) > 1 or m.group("thing") in FIGURE_WORDS:
        return template
    text = template[:m.start()] + f"a polygon {m.group('has')} sides @{m.group('n')}@" + \
        template[m.end():]
    return re.sub(rf"\b(?:the|this|that) (?:{m.group('mods') or ''})?{m.group('thing')}\b",
                  "the polygon", text)


def _as_rectangle(template: str) -> str:
    """"a rectangular field ... the field": the thing is the rectangle (one thing only)."""
    things = set(_STORY_RECTANGLE.findall(template))
    if len(things) != 1 or things & {"box", "prism", "solid"}:
        return template
    thing = things.pop()
    text = _STORY_RECTANGLE.sub("rectangle", template)
    return re.sub(rf"\b{thing}\b", "rectangle", text)


def _as_circle(template: str) -> str:
    """"a circular rug ... the rug ... it", "a bicycle wheel": the thing is the circle (one
    thing only)."""
    things = set(_STORY_CIRCLE.findall(template))
    if not things and not re.search(r"\bcircle\b", template) and not _OTHER_SHAPE.search(template):
        things = {t for t in ROUND_THINGS if re.search(rf"\b{t}\b", template)}
        if len(things) == 1:
            thing = things.pop()
            return re.sub(rf"\b(?:[a-z]+ )?{thing}\b(?<!\bthe {thing})", "circle",
                          re.sub(rf"\b(?:the|this|that|its) {thing}\b", "the circle",
                                 re.sub(rf"\b(a|an) (?:[a-z]+ )?{thing}\b", r"\1 circle",
                                        template)))
    if len(things) != 1 or things & _SOLIDS:  # "a right circular cone" is a cone
        return template
    thing = things.pop()
    text = _STORY_CIRCLE.sub("circle", template)
    return re.sub(rf"\b{thing}\b", "circle", text)


_REWRITES: list[tuple[str, str]] = [
    # the side count of a polygon, said before or after it
    (r"@(\d+)@ ?-? ?sided " + _SIDED, r"polygon with sides @\1@"),
    (r"@(\d+)@ ?- ?gon\b", r"polygon with sides @\1@"),
    (r"\b(with|has|having|of) @(\d+)@ sides\b", r"\1 sides @\2@"),
    (r"\b(with|has|having) @(\d+)@ diagonals\b", r"\1 diagonals @\2@"),
    # a rectangle "8 units wide and 6 units long"
    (r"\b(is|measures) @(\d+)@(?: " + _UNIT + r")? wide and @(\d+)@(?: " + _UNIT + r")? long\b",
     r"\1 width @\2@ and length @\3@"),
    (r"\b(is|measures) @(\d+)@(?: " + _UNIT + r")? long and @(\d+)@(?: " + _UNIT + r")? wide\b",
     r"\1 length @\2@ and width @\3@"),
    # "the interior angles of an octagon add up to": their sum
    (r"\binterior angles( of (?:a|an|the) [a-z]+(?: polygon)?| of (?:a|an|the) polygon with "
     r"sides @\d+@)? (?:add up to|sum to|total|have a sum of)\b",
     r"sum of interior angles\1 is"),
    # the angles of a polygon, said without "interior"
    (r"\b(?:sum|total) of (?:the |its )?(?:degree )?(?:measures of (?:the |its )?)?"
     r"(?:interior )?angles\b", "sum of the interior angles"),
    (r"\b(?:sum|total) of (?:the |its )?(?:interior )?angle measures\b",
     "sum of the interior angles"),
    (r"\beach of (?:its|the) (interior |exterior )?angles\b", r"each \1angle"),
    (r"\b(each|one|an|every) angle\b", r"\1 interior angle"),
    # "a circle's radius": the circle's
    (r"(?<=[a-z])'s\b", ""),
    # the base of a cone or cylinder is a circle: its circumference and area
    (r"\b(?:the |its )?(?:base circumference|circumference of (?:the |its )?base)"
     r"(?= of (?:the|a|an|its) (?:right )?(?:circular )?(?:cone|cylinder)\b| of it\b|[ ,.?])",
     "the circumference"),
    (r"\b(?:the |its )?(?:base area|area of (?:the |its )?base)"
     r"(?= of (?:the|a|an|its) (?:right )?(?:circular )?(?:cone|cylinder)\b| of it\b|[ ,.?])",
     "the base_area"),
    # the size of an angle
    (r"\bwhat is the size of\b", "what is the measure of"),
    (r"\bhow (?:large|big) is (?=(?:each|one|an|the|every)(?: of (?:its|the))? (?:interior |"
     r"exterior )?angles?\b)",
     "what is the measure of "),
    # a wheel rolls its circumference in one turn
    (r"\bhow far does (?:it|the circle) (?:travel|roll|go|move) (?:in|during|with) (?:one|a|each) "
     r"(?:full |complete )?(?:revolution|turn|rotation)\b", "what is the circumference"),
    # one lap around a circle is its circumference
    (r"\bhow far (?:does|do|will) (?:a|an|the|she|he|they|[a-z]+) (?:[a-z]+ )?(?:run|walk|go|"
     r"travel|ride|jog|skate|swim|drive) (?:in|for|on) (?:one|a|each) (?:full |complete )?"
     r"(?:lap|loop|time around)(?: (?:of|around) (?:the circle|it))?",
     "what is the circumference"),
    # "We have a rectangle ...", "Consider a square ...": the figure told as it is
    (r"^(?:we have|there is|consider|you have|imagine|take) (?=(?:a|an) )", ""),
    (r"\b(?:such that|so that|where) (?=its (?:area|perimeter|diagonal) is\b)", "and "),
    # a rectangle "60 m by 80 m": its length and width ("a rectangle 7 by 3", typed briefly)
    (r"(?:\b(?:is|measures|of|(?:has|with|of) dimensions) |(?<=\brectangle ))@(\d+)@ ?"
     r"(?:[a-z]+ )?by @(\d+)@(?! ?(?:[a-z]+ )?by\b)", r"has length @\1@ and width @\2@"),
    (r"\bthe diagonal (?:path |line )?(?:across|through) (?:it|the rectangle)\b", "the diagonal"),
    # an arc and the central angle it goes with: "an arc cut off by a central angle of 40",
    # "an arc subtends a central angle", "a central angle intercepts an arc of length 8"
    (r"\b(?:cut off|subtended|intercepted|determined|spanned) by\b", "with"),
    (r"\b(?:subtends|intercepts|spans|cuts off|determines)\b", "has"),
    (r"\b(central|inscribed) angle in (?=(?:a|the) circle\b)", r"\1 angle of "),
    # "an arc with a central angle of 80 has a length of": the arc's length, said after
    (r"\b(arc (?:with|of) (?:a |the )?central angle (?:of |measuring )?@\d+@(?: ?degrees)?,? )"
     r"has (?:a )?length\b", r"\1and arc length"),
    (r"\bhow long is (?:the|this|that|its) arc\b", "what is the arc length"),
    # "the length of an arc with radius 10 and central angle 72": the arc of such a sector
    (r"\b(?:the )?length of (?:an|the) arc (?=with (?:a )?(?:radius|diameter) @\d+@)",
     "the arc length of a sector "),
    # "an arc of a circle of radius 10 has length": the circle first, then its arc
    (r"\b(?:an |the )?arc of (?:a|the) circle (?:of|with) (?:a )?(radius|diameter) (@\d+@(?: ?(?:"
     r"cm|m|mm|inches|feet|units|meters|centimeters))?),? (?:has (?:a )?length|is|measures) "
     r"(?=@\d+@)", r"a circle of \1 \2 has an arc with arc length "),
    (r"\barc (?:of|with|has|having) (?:a )?length\b|\barc(?=,? (?:is|measures) @\d+@ long)",
     "arc with arc length"),
    # "an arc of length 4 pi lies on a circle of radius 12": the circle's arc
    (r"\b(arc with arc length @\d+@) (?:lies|is) on (?=(?:a|the) circle\b)", r"\1 of "),
    # the carpet (tiles, paint) that covers a floor is its area
    (r"\bhow many (square [a-z]+) of (?:carpet(?:ing)?|tiles?|flooring|paint|grass|sod|fabric|"
     r"wallpaper|linoleum|turf) (?:are|is|will be|would be) (?:needed|required) to (?:cover|"
     r"carpet|tile) (?:the floor of (?:the|this|that|his|her) [a-z]+|the [a-z]+|it)\b",
     r"what is the area in \1"),
    # asking a length: "how long is the hypotenuse"
    (r"\bhow long is\b", "what is"),
    # the way around a circle is its circumference; what it covers, its area
    (r"\b(?:the )?(?:distance|way) (?:all the way )?around (?:the (?:edge of the )?circle|it|"
     r"its edge)\b", "the circumference"),
    (r"\bhow far (?:is it )?(?:all the way )?around (?:the (?:edge of the )?circle|it|its edge)",
     "what is the circumference"),
    (r"\bhow (?:many square [a-z]+|much (?:floor|ground|space|area))"
     r"(?: of (?:floor|ground|space))? does (?:the circle|it) cover\b", "what is the area"),
]


def two_sides_told(template: str) -> str:
    """"two sides ... are each 8 units long" with the length told twice, and the count "two"
    before "sides" dropped; a number before "sides" left after that ("2 sides", when the
    words were respelled as digits) is a count, not a length, and declines."""
    text = re.sub(r"(\btwo (?:of (?:its|the) )?(?:sides|side lengths)\b[^;.?]*?\beach (?:of )?"
                  r"(?:length |measuring |measure |measures )?)(@\d+@)", r"\1\2 and \2", template)
    text = re.sub(r"\btwo (?=(?:of (?:its|the) )?(?:sides|side lengths)\b)|"
                  r"\b(?:the )?other two (?=sides\b)", "", text)
    if re.search(r"@\d+@ (?:of (?:its|the) )?(?:sides|side lengths)\b", text):
        raise Decline("a number of sides, not a length")
    return text


def normal(template: str) -> str:
    """The template with a story's circle, a bent wire and a polygon's side count said one way."""
    text = _as_rectangle(_as_circle(_as_polygon(_as_figure(as_perimeter(template)))))
    for pattern, repl in _REWRITES:
        text = re.sub(pattern, repl, text)
    return text


# words by which a text points to its drawing ("as shown", "in the figure")
POINTS_TO_DRAWING = re.compile(r"\b(?:diagram|shown|figure|pictured|picture)\b")


def without_unread_drawing(template: str, pointing: re.Pattern[str] = POINTS_TO_DRAWING
                           ) -> str | None:
    """The template without an Asymptote drawing the text never points to (such a drawing
    adds nothing to the words); None when the text points to one ("as shown"), which may
    hold what the words leave out."""
    template = re.sub(r"\[asy\].*?\[/asy\]", " ", template, flags=re.S)
    return None if "[asy]" in template or pointing.search(template.lower()) else template


__all__ = ["POINTS_TO_DRAWING", "ROUND_THINGS", "degree_arcs", "normal", "spelled_numbers",
           "two_sides_told", "without_unread_drawing"]
