"""The ways a question about solids is worded, brought to the tokens `solid_questions` reads.

Kinds ("a right circular cone", "a rectangular box", "a square-based pyramid"), measures
("edge length", "surface area", "base edges of length"), sizes ("a 3-inch cube", "6 by 2 by
4", "10 inches on each side", "8 inches tall") and relations between two solids ("has the same
volume as", "with twice the volume of", "is inscribed in", "is circumscribed about", "is melted
and recast into") become single tokens: `rel_same_volume`, `rel_p3_volume` (piece 3 times),
`rel_in`, `rel_about`, `rel_recast`. Units are dropped (one unit of length only: checked by the
reader). Nothing else is rewritten: every other word must be one the reader knows."""

from __future__ import annotations

import re
from typing import Any

from tutor.reasoning.symbolic.geometry.pyramids import REWRITES as PYRAMID_REWRITES
from tutor.reasoning.symbolic.geometry.pyramids import referred_back
from tutor.reasoning.symbolic.geometry.reading import EXACT_FORM
from tutor.reasoning.symbolic.geometry.solid_asking import asked_through_volume
from tutor.reasoning.symbolic.geometry.solid_references import (
    KIND,
    named_things,
    same_as_before,
    triangle_back,
)
from tutor.reasoning.symbolic.geometry.solid_relation_phrases import (
    larger_and_smaller,
    told_relations,
)
from tutor.reasoning.symbolic.geometry.solid_size_relations import times_as_large

_U = (r"(?:units?|inches|inch|feet|foot|centimeters?|meters?|cm|m|miles?|yards?|millimeters?|"
      r"mm|kilometers?|km|ft|in)")
QUANTITIES = ("area perimeter dimensions edge_sum volume surface_area total_area lateral_area "
              "curved_area slant_height "
              "lateral_edge base_edge base_area base_perimeter edge diagonal face_area "
              "face_diagonal radius diameter height length width circumference big_radius "
              "small_radius lateral_face_area apothem").split()
_Q = r"(" + "|".join(QUANTITIES) + r")"
_BIG = r"(?:large|larger|lower|bottom|big|bigger)"
_SMALL = r"(?:small|smaller|upper|top)"
_FACTORS = {"twice": "2", "double": "2", "thrice": "3", "half": "half", "triple": "3"}

_REWRITES: list[tuple[str, Any]] = [  # (pattern, replacement text or function)
    (EXACT_FORM + r"[.?!]?", " "),
    (r",? in (?:square|cubic) " + _U + r",?|,? in " + _U + r" (?:cubed|squared),?|, in " + _U +
     r",", " "),
    (r"\b(?:square|cubic) " + _U + r"\b", " "),
    (r"\b(?:in|,) ?" + _U + r" (?:cubed|squared)\b", " "),
    (r"(?<=@)\s*(?:-|\s)\s*" + _U + r"\b(?= cube\b)", ""),  # "a @0@-inch cube"
    (r"(@\d+@)\s*-\s*" + _U + r" (radius|diameter|height|edge)\b", r"\2 \1"),  # "a 2-inch radius"
    (r"\ba (@\d+@) cube\b", r"a cube with edge \1"),
    # kinds: a truncated cone (before the cone)
    (r"\b(?:truncated (?:right )?(?:circular )?cone|frustum(?: of (?:a|the) (?:right )?"
     r"(?:circular )?cone)?)\b", "frustum"),
    (r"\b" + _BIG + r" base radius\b|\bradius of (?:the |its )?" + _BIG + r" base\b|\b"
     + _BIG + r" radius\b", "big_radius"),
    (r"\b" + _SMALL + r" base radius\b|\bradius of (?:the |its )?" + _SMALL + r" base\b|\b"
     + _SMALL + r" radius\b", "small_radius"),
    (r"\bequilateral triangle\b", "eqtriangle"),
    (r"\bregular (pentagon|hexagon|octagon|decagon|dodecagon)\b", r"\1"),
    *PYRAMID_REWRITES,  # pyramids on a triangle, a hexagon, a rectangle
    (r"\b(?:right,? )?(?:circular )?(cone|cylinder)s?\b", r"\1"),
    (r"\b(?:cube-shaped|cubical|cubic) (?:box|container|tank)\b", "cube"),
    (r"\b(?:right,? )?rectangular (?:box|prism|solid|parallelepiped)\b", "box"),
    (r"\b(?:(?:right|regular),? )?square(?:-| )based pyramid\b|\b(?:(?:right|regular),? )?"
     r"square pyramid\b", "pyramid"),
    (r"\bpyramid (?:with|having|that has|has) a square base(?= has| and|[.,?])", "pyramid"),
    (r"\b(?:right )?pyramid (with|has|having) a square base (?:with|of) (?:(?:a )?(?:side|edge)"
     r"(?: (?:length|lengths))?|sides? of length)\b", r"pyramid \1 base_edge"),
    (r"\b(?:right )?pyramid (with|has|having) a square base (?:with|of) (?:a )?perimeter\b",
     r"pyramid \1 base_perimeter"),
    (r"\b(?:its|the) (?:apex|peak|top|vertex) is (@\d+@)(?: " + _U + r")? (?:away )?from "
     r"(?:each|all) of the (?:other|base|four) (?:other )?vertices\b", r"its lateral_edge is \1"),
    # measures
    (r"\b(?:the )?number of (?:" + _U + r" )?in (?=(?:its|the|a|an) )", ""),
    (r"\b(?:circumference|perimeter) of (?:a|the|its) great circle(?: of)?\b|"
     r"\bgreat circle circumference\b", "circumference of"),
    (r"\b(?:a|its) great circle (?:of|with(?: a)?|that has(?: a)?|whose) circumference(?: is| "
     r"of)?\b", "a circumference of"),
    (r"\b(?:the )?(?:sum of (?:the )?lengths|total length) of (?:all )?(?:of )?(?:the |its )?"
     r"(?:@\d+@ )?edges\b|\b(?:the )?(?:total|combined) edge lengths?\b",
     "edge_sum"),
    (r"\b(?:the )?longest (?:line )?segment (?:that )?(?:would|could|can|will)? ?fits? "
     r"(?:inside|in|into) ", "the diagonal of "),
    (r"\barea of (?:the |its )?(?:curved|lateral) surface\b", "lateral_area"),
    (r"\bcapacity\b", "volume"),
    (r"(@\d+@)(?: " + _U + r")? in (diameter|radius|height|length|width)\b", r"\2 \1"),
    (r"(@\d+@)(?: " + _U + r")? deep(?: throughout)?\b", r"height \1"),
    (r"\btotal surface area\b", "total_area"),
    (r"\b(?:lateral surface area|lateral area)\b", "lateral_area"),
    (r"\bcurved surface area\b", "curved_area"),
    (r"\bsurface area\b", "surface_area"),
    (r"\bslant height\b", "slant_height"),
    (r"\b(?:lateral|slant) edges?(?: (?:of )?lengths?| measuring)?\b", "lateral_edge"),
    (r"\b(?:the )?(?:total )?area of (?:the |its )?(?:four |@\d+@ )?(?:triangular|lateral) "
     r"faces\b", "lateral_area"),
    (r"\b(?:its|the) (?:peak|apex|top|vertex) is (@\d+@)(?: " + _U + r")? (?:above|from) "
     r"the (?:center|centre) of (?:its|the) base\b", r"its height is \1"),
    (r"\b(?:base edges?|base sides?|edges? of (?:the|its) base|sides? of (?:the|its) base)"
     r"(?: (?:of )?lengths?| measuring)?\b", "base_edge"),
    (r"\b(?:area of (?:the |its )?base|base area)\b", "base_area"),
    (r"\b(?:perimeter of (?:the |its )?base|base perimeter)\b", "base_perimeter"),
    (r"\b(?:area of (?:a|one|each) face|face area)\b", "face_area"),
    (r"\b(?:space |main |interior |longest (?:interior |internal )?)?diagonal\b", "diagonal"),
    (r"\b(?:the )?length of (?:a|an|each|the|one|its) (?=base_edge|lateral_edge|diagonal|"
     r"slant_height)", ""),
    (r"\brectangle (?:with|having|that has|has) (?:sides|dimensions) (@\d+@)(?: " + _U + r")? and "
     r"(@\d+@)|\brectangle (?:that )?measur(?:es|ing) (@\d+@)(?: " + _U + r")? by (@\d+@)",
     r"rectangle with length \1\3 and width \2\4"),  # a rectangle's two sides, either way
    # "a box with edges of lengths 2, 3 and 6": its three dimensions
    (r"\b(box (?:has|with|having) )(?:edges|edge lengths|(?:edges|sides) of lengths?) (@\d+@)"
     r"(?: " + _U + r")?, (@\d+@)(?: " + _U + r")?,? and (@\d+@)", r"\1length \2 and width \3 "
     r"and height \4"),
    (r"\b(?:edge|side) lengths?\b|\b(?:edges?|sides?) (?:of )?length\b|"
     r"\blength of (?:an|each|one|its|the|a) (?:edge|side)\b|\bedges?\b|"
     r"\bsides?\b(?!,? (?:front|top|bottom|back|end|and|faces?)\b)", "edge"),
    (r"\bmeasures (@\d+@) on (?:each|a) side\b|(@\d+@) on (?:each|a) side\b", r"edge \1\2"),
    (r"(@\d+@)(?: ?-? ?" + _U + r")? by (@\d+@)(?: ?-? ?" + _U + r")? by (@\d+@)(?: ?-? ?" + _U +
     r"\b)?", r"length \1 and width \2 and height \3"),
    (r"\bdimensions (@\d+@)(?: " + _U + r")?, (@\d+@)(?: " + _U + r")?,? and (@\d+@)"
     r"(?: " + _U + r")?(?=[ ,.?]|$)", r"dimensions length \1 and width \2 and height \3"),
    (r"\b(?:has |with |of |having )?dimensions (?=length @)", ""),
    (r"\b(?:measures|measuring) (?=length @)", "has "),
    (r"\b" + _Q + r" (?:is|are|measures?|measuring) (@\d+@)(?: " + _U + r")? long\b", r"\1 \2"),
    (r"(@\d+@)(?: " + _U + r")? long\b", r"length \1"),
    (r"(@\d+@)(?: " + _U + r")? wide\b", r"width \1"),
    (r"(@\d+@)(?: " + _U + r")? (?:tall|high)\b", r"height \1"),
    (r"\bradii\b", "radius"),
    (r"\b(?:a|its) base (?:with|of|that has) (?:a )?(radius|diameter|circumference)\b", r"a \1"),
    (r"\bbase (radius|diameter|circumference)\b|\b(radius|diameter|circumference) of (?:the |"
     r"its )?base\b", r"\1\2"),
    # asking
    (r"\bhow tall is\b", "what is the height of"),
    (r"\bhow long is\b", "what is"),
    (r"\bhow many (?:units? )?(?:are )?in (?=(?:the|its) " + _Q + r")", "what is "),
    # changes
    (r"\bevery (?=" + _Q + r"\b)", "each "),
    # "if you double the radius of a sphere": "if the radius of a sphere is doubled"
    (r"\b(?:you |we )(double|triple|quadruple|halve) (?:the|its|each) " + _Q + r" of (a|an|the) "
     + KIND + r"\b", lambda m: f"the {m.group(2)} of {m.group(3)} {m.group(4)} is "
     + {"halve": "halved"}.get(m.group(1), m.group(1) + "d")),
    (r"\b(?:each|every|all|all of the|all of its|each of the|each of its|the|its) (?:linear )?"
     r"dimensions?\b", "the dimensions"),
    (r"\b(?:is|are) (?:each )?(doubled|tripled|quadrupled|halved)(?: in (?:length|size))?\b",
     lambda m: "scale_x_" + {"doubled": "2", "tripled": "3", "quadrupled": "4",
                             "halved": "half"}[m.group(1)]),
    (r"\b(?:is|are) (?:each )?(?:multiplied|scaled|increased) by a factor of @(\d+)@|"
     r"\b(?:is|are) (?:each )?(?:multiplied|scaled) by @(\d+)@", r"scale_x_p\1\2"),
    (r"\b(?:is|are) (?:each )?(increased|decreased|reduced|lengthened|shortened) by @(\d+)@"
     r"( ?percent)?", lambda m: "scale_" + ("pct" if m.group(3) else "") + (
         "up" if m.group(1) in ("increased", "lengthened") else "down") + f"_p{m.group(2)}"),
    (r"\bby what percent (?:is|does|will|has|did) (?:the |its )?" + _Q + r"(?: of (?:the|a|an|"
     r"this) " + KIND + r")? (?:be |been )?increased?\b",
     r"what is the percent_up of the new \1 to the original \1"),
    (r"\bby what factor (?:is|does|will|has) (?:the |its )?" + _Q + r"(?: of (?:the|a|an|this) "
     + KIND + r")? (?:be |been )?(?:multiplied|increased?|changed?|grow|grown)\b",
     r"what is the ratio of the new \1 to the original \1"),
    # "how many times bigger does its surface area get", "... is the new volume than the old"
    (r"\bhow many times (?:bigger|larger|greater|more) (?:is|does|will|did|would) (?:the |its )?"
     r"(?:new )?" + _Q + r"(?: of (?:the|a|an|this) " + KIND + r")?(?: (?:get|become|be|grow))?"
     r"(?: than (?:the |its )?(?:original|old|first)(?: \1)?(?: (?:was|is))?)?(?=[ ,.?]|$)",
     r"what is the ratio of the new \1 to the original \1"),
    # relations
    # "a cylinder is inscribed in a sphere of radius 5 so that its height is 6": the clause's
    # own solid has that measure
    (r"\b(a|an) ((?:right )?(?:circular )?)" + KIND + r" ((?:is |are )?inscribed (?:in|within|"
     r"inside) [^.;?]*?),? (?:so|such) that its " + _Q + r" (?:is|measures|equals) (@\d+@)",
     r"\1 \2\3 with \5 \6 \4"),
    # "a cone and a cylinder both have radius 3 and height 8": each has them
    (r"\b(a|an) " + KIND + r" and (a|an) " + KIND + r" (?:both|each) (?:have|has) ((?:a )?"
     + _Q + r" (?:of )?@\d+@(?:(?:,| and|, and) (?:a )?" + _Q + r" (?:of )?@\d+@)*)",
     r"\1 \2 with \5 and \3 \4 with \5"),
    # "... have the same radius 3 and the same height 8": the values told with the sameness
    (r"\b(a|an) " + KIND + r" and (a|an) " + KIND + r" (?:both )?have the same (" + _Q
     + r" (?:of )?@\d+@(?:(?:,| and|, and) the same " + _Q + r" (?:of )?@\d+@)*)",
     lambda m: (lambda told: f"{m.group(1)} {m.group(2)} with {told} and {m.group(3)} "
                f"{m.group(4)} with {told}")(m.group(5).replace("the same ", ""))),
    (r"\b(?:has|with|having|have) the same " + _Q + r" as\b", r"rel_same_\1"),
    (r"\b(?:has|with|having|have) the same " + _Q + r" and " + _Q + r" as\b",
     r"rel_same_\1__\2"),
    (r"\b(a|an) " + KIND + r"( n_[a-z]+)? and (a|an) " + KIND + r"( n_[a-z]+)? (?:have|has) "
     r"the same " + _Q + r" and " + _Q + r"\b", r"\1 \2\3 rel_same_\7__\8 \4 \5\6"),
    (r"\b(a|an) " + KIND + r"( n_[a-z]+)? and (a|an) " + KIND + r"( n_[a-z]+)? (?:have|has) "
     r"(?:equal " + _Q + r"s?|the same " + _Q + r")\b", r"\1 \2\3 rel_same_\7\8 \4 \5\6"),
    (r"\b(?:the )?largest " + KIND + r" that (?:can |will |would |could )?fits? "
     r"(?:inside|in|into|within)\b", r"the \1 rel_in"),
    (r"\b(?:the )?smallest " + KIND + r" that (?:can |will |would |could )?(?:contains?|holds?|"
     r"fits? around)\b", r"the \1 rel_about"),
    (r"\b(?:all (?:of )?)?(?:(?:the|its) [a-z]+ |it )?(?:is |are )?(?:then )?(?:equally |"
     r"evenly )?(?:poured|distributed|divided|split|shared) (?:equally |evenly )?(?:into|among|"
     r"between) @(\d+)@ (?:congruent|identical|equal),? (?:smaller )?",
     r"rel_p\1_volume a "),
    (r"\bhow much (?:[a-z]+ )?(?:can|does|will|could) (?:the ([a-z]+(?: n_[a-z]+)?)|it) "
     r"(?:hold|contain)\b",
     r"what is the volume of the \1"),
    # "how many cubic feet of water does it hold when full": its volume
    (r"\bhow many\s+(?:of [a-z]+ )?(?:does|will|can|could|would) (?:the ([a-z]+(?: n_[a-z]+)?)|"
     r"(it)) hold(?: when (?:it is )?(?:completely )?full)?\b",
     lambda m: f"what is the volume of the {m.group(1)}" if m.group(1) else "what is its volume"),
    (r"\b(?:is |are )?(?:completely )?(?:filled (?:full |up )?with|full of) [a-z]+\b", ""),
    (r"\b(?:has|with|having|have) (twice|double|thrice|triple|half) the " + _Q + r" of\b",
     lambda m: f"rel_{_FACTORS[m.group(1)]}_{m.group(2)}"),
    (r"\b(?:has|with|having|have) @(\d+)@ times the " + _Q + r" of\b", r"rel_p\1_\2"),
    # "a sphere whose volume is twice the volume of (that of, equal to that of) a sphere of ..."
    (r"\bwhose " + _Q + r" is (twice|double|thrice|triple|half) (?:the \1|that) of\b",
     lambda m: f"rel_{_FACTORS[m.group(2)]}_{m.group(1)}"),
    (r"\bwhose " + _Q + r" is @(\d+)@ times (?:the \1|that) of\b", r"rel_p\2_\1"),
    (r"\bwhose " + _Q + r" (?:is (?:the same as|equal to)|equals) (?:the \1|that) of\b",
     r"rel_same_\1"),
    # "the area of a circle inscribed in a square is 25 pi": the relation, then the measure
    (r"\bthe " + _Q + r" of (?:a|an) " + KIND + r" (?:that is |which is )?(inscribed (?:in|"
     r"within|inside)|circumscribed (?:about|around)) (?:a|an) " + KIND + r" (is|equals|"
     r"measures) ", r"a \2 is \3 a \4 ; the \1 of the \2 \5 "),
    (r",? so that its bases are parallel to the base of the hemisphere\b", ""),
    (r"\b(?:is |are )?inscribed (?:in|within|inside)\b", "rel_in"),
    # "a cube fits exactly inside a sphere": its corners touch the sphere
    (r"\b(?:is |are )?(?:fits?|fitted|placed|sits?) (?:exactly|snugly|perfectly) (?:inside|"
     r"in|within|into)\b", "rel_in"),
    (r"\b(?:is |are )?circumscribed (?:about|around)\b", "rel_about"),
    (r"\b(?:is |are )?melted (?:down )?and (?:recast|reshaped|remolded|molded|formed|made|"
     r"cast) into\b", "rel_recast"),
]


_FACE = r"(?:side|top|front|bottom|back|end)"
_THREE_FACES = [  # the areas of three faces of a box meeting at a corner
    r"\b(?:the )?areas of (?:(@\d+@) (?:of (?:the|its) )?(?:different )?)?faces\b",
    r"(@\d+@) (?:of its )?(?:different )?faces (?:with|having|that have|have|of) "
    r"(?:areas|an area)(?: of)?\b",
    r"\b" + _FACE + r",? " + _FACE + r",? and " + _FACE + r" faces (?:with|having|that have|have|"
    r"of) (?:areas|an area)(?: of)?\b",
    r"\b(?:has |whose )?faces (?:with|having|that have|have|of) areas(?: of)?\b",  # no count
]


_DIMS3 = (r"(?:is|measures) @\d+@(?: " + _U + r")? long, @\d+@(?: " + _U + r")? wide,? and "
          r"@\d+@(?: " + _U + r")? (?:deep|high|tall)\b")
_BOX_THING = re.compile(r"\b(?:a|an) ((?:[a-z]+ )?)([a-z]+) (?=" + _DIMS3 + r")")


def as_box(template: str) -> str:
    """"A swimming pool is 20 m long, 10 m wide and 2 m deep. How many cubic meters of water
    does it hold?": a thing told by its length, width and depth (or height), with no solid
    named, is a rectangular box; the water it holds is its volume."""
    m = _BOX_THING.search(template)
    if m is None or len(_BOX_THING.findall(template)) > 1 or re.search(
            r"\b(?:cube|box|sphere|hemisphere|cylinder|cone|pyramid|prism|circle|square|"
            r"rectangle|triangle|cylindrical|spherical|conical|round|circular|triangular)s?\b",
            template):
        return template
    thing = m.group(2)
    text = template[:m.start()] + "a box " + re.sub(r"^measures\b", "is", template[m.end():])
    text = re.sub(rf"\b(?:the|this|that) (?:{m.group(1)})?{thing}\b", "the box", text)
    return re.sub(r"\bhow many cubic " + _U + r"(?: of [a-z]+)? (?:does|will|can|could) "
                  r"(?:it|the box) (?:hold|contain)(?: when (?:it is )?(?:completely )?full)?\b",
                  "what is the volume of the box", text)


def normal(template: str, maths: list[str]) -> str:
    text = triangle_back(re.sub(r"\[asy\].*?\[/asy\]", " diagram ", template, flags=re.S))
    text = asked_through_volume(same_as_before(named_things(told_relations(text))))
    text = times_as_large(text, maths)
    text = re.sub(r"\b(cube|box|sphere|hemisphere|cylinder|cone|pyramid)'s\b", r"\1 its", text)
    if "hexagon" in text:  # a hexagon's diagonals have two lengths: only "the longest" is one
        text = re.sub(r"(?<!\blongest )(?<!\blong )\bdiagonals?\b", "which_diagonal", text)
    for pattern, repl in _REWRITES:
        text = re.sub(r" {2,}", " ", re.sub(pattern, repl, text))

    def pi(m: re.Match[str]) -> str:  # "what is the volume, in terms of pi, of ..."
        return " " if maths[int(m.group(1))].strip() == "\\pi" else m.group(0)
    text = re.sub(r",? in terms of @(\d+)@,?", pi, text)

    def faces(m: re.Match[str]) -> str:
        count = m.group(1) if m.groups() else None
        return "face_areas" if count is None or maths[int(count.strip("@"))].strip() == "3" \
            else m.group(0)
    for pattern in _THREE_FACES:
        text = re.sub(pattern, faces, text)
    text = referred_back(text)  # "the pyramid" after "a regular hexagonal pyramid"
    text = larger_and_smaller(text, maths)  # "the larger sphere" of two related
    if re.search(r"\bpyramid\b", text) and not re.search(r"\bsquare(?:-| )based\b|"
                                                       r"\bsquare pyramid|\bsquare base\b",
                                                       template):
        text = re.sub(r"\bpyramid\b", "pyramid_of_unknown_base", text)  # declines
    text = re.sub(r"\b(?:total_area|surface_area)([^.?]*?),? including (?:the areas? of )?"
                  r"(?:its|the) (?:circular |flat )?base\b|\b(?:total_area|surface_area)([^.?]*?)"
                  r",? including (?:the areas? of )?(?:its |the )?(?:@\d+@ |both )?"
                  r"(?:circular |flat )?(?:ends|bases|top and bottom)\b",
                  lambda m: "total_area" + (m.group(1) or m.group(2) or ""), text)
    kinds = set(re.findall(r"\b" + KIND + r"\b", text))
    if len(kinds) == 1:  # "a second cube has twice the volume of the first": the first cube
        kind = kinds.pop()
        text = re.sub(r"\b(the (?:first|second|original|smaller|larger|other))\b(?! " + kind +
                      r"\b)(?= *(?:[.,;?]|$|and\b|is\b|has\b))", rf"\1 {kind}", text)
    if re.search(r"\bbox\b", text):  # "a rectangular prism ... the prism"
        text = re.sub(r"\bprism\b", "box", text)
    return text


__all__ = ["QUANTITIES", "as_box", "normal"]
