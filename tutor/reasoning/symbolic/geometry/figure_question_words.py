"""The words of a question about one plane or solid figure (`figure_questions`): the phrases
made one token each ("surface area" -> `surface_area`, "each interior angle is 5 times each
exterior angle" -> `interior_over_exterior`), the vocabulary the reader accepts, the words
that only connect a measure to its number, every measure some figure has, and the units of
length (a measure given in one unit and asked in another declines)."""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.geometry import figure_measures as fm
from tutor.reasoning.symbolic.geometry import figure_wording as fw
from tutor.reasoning.symbolic.geometry.reading import COMMON
from tutor.reasoning.symbolic.model import Decline

_UNIT = (r"(?:units?|inches|inch|feet|foot|centimeters?|meters?|cm|m|miles?|yards?|"
         r"millimeters?|mm|kilometers?|km)")
_ONE_INTERIOR = (r"\b(?:the )?(?:degree )?(?:measures? of )?(?:each|an|one|the) interior angle "
                 r"((?:of (?:a|the) (?:regular )?polygon )?)")
_ONE_EXTERIOR = (r"(?:the )?(?:measure of )?(?:each|an|one|the|its) exterior angle\b")
NORMAL: list[tuple[str, str]] = [
    (r"\[asy\].*?\[/asy\]", " diagram "),
    (r"\bsquare " + _UNIT + r"\b", "sq_unit"),
    (r"\bcubic " + _UNIT + r"\b", "cu_unit"),
    (r"\blateral (?:surface )?area\b", "lateral_area"),  # before "surface area"
    (r"\bsurface area\b", "surface_area"),
    (r"\bslant height\b", "slant_height"),
    (r"\b(?:space|interior|main) diagonal\b", "diagonal"),
    (r"\bcentral angle\b", "central_angle"),
    (r"\binscribed angle\b", "inscribed_angle"),
    (r"\barc length\b|\blength of (?:the |its |an )?arc\b", "arc_length"),
    (r"\bsum of (?:the )?(?:degree )?(?:measures of (?:the )?)?(?:its )?interior angles\b",
     "interior_sum"),
    (r"\bsum of (?:the )?(?:degree )?(?:measures of (?:the )?)?(?:its )?exterior angles\b",
     "exterior_sum"),
    # "each interior angle is 5 times (140 degrees more than) each exterior angle"
    (_ONE_INTERIOR + r"is (@\d+@) times (?:as large as )?" + _ONE_EXTERIOR,
     r"the interior_over_exterior \1is \2"),
    (_ONE_INTERIOR + r"is (@\d+@)(?: degrees)? (?:more|larger|greater) than " + _ONE_EXTERIOR,
     r"the interior_minus_exterior \1is \2"),
    (r"\b(?:degree )?(?:measures? of (?:each|an|one|the) )?interior angles?\b", "interior_angle"),
    (r"\b(?:degree )?(?:measures? of (?:each|an|one|the) )?exterior angles?\b", "exterior_angle"),
    (r"\bnumber of sides\b", "sides"),
    (r"\bnumber of diagonals\b", "diagonals"),
    (r"\bisosceles right triangle\b", "isosceles_right"),
    (r"\bisosceles triangle\b", "isosceles_triangle"),
    (r"\bequilateral triangle\b", "equilateral_triangle"),
    (r"\bright triangle\b", "right_triangle"),
    (r"\brectangular (?:box|prism|solid)\b", "box"),
    (r"\b(?:side|edge) lengths?\b|\blength of (?:a|each|one|its) (?:side|edge)\b", "side"),
    # "a diagonal of length 13", "a hypotenuse with length 10": the length is the measure's
    (r"\b(diagonal|side|edge|hypotenuse|leg|chord)(s?) (?:of|with) (?:a )?lengths?\b", r"\1\2"),
    (r"\b(?:the )?other leg\b", "other_leg"),
    (r"\bleg lengths\b", "legs"),
    (r"\b(?:the )?other diagonal\b", "other_diagonal"),
    (r"\b(?:altitude|height) (?:drawn )?(?:to|on) (?:the |its )?hypotenuse\b",
     "altitude_to_hypotenuse"),
    (r"\bradius of (?:the |a )?circle (?:that is )?inscribed in\b|\bradius of (?:the |its )?"
     r"(?:inscribed circle|incircle)\b|\bapothem\b", "inradius"),
    (r"\bradius of (?:the |a )?circle (?:that is )?circumscribed (?:about|around)\b|"
     r"\bradius of (?:the |its )?(?:circumscribed circle|circumcircle)\b", "circumradius"),
    (r"\b(outer|inner) radius\b", r"\1_radius"),
    (r"\baltitude\b", "height"),
    (r"\blength of (?:the |its |a |an |each )?(?=(?:diagonal|hypotenuse|side|edge|leg|other_leg|"
     r"slant_height|radius|diameter|height)\b)", ""),
]
VOCAB = COMMON | frozenset(fm.FIGURE_WORDS) | frozenset(
    "radius diameter circumference area perimeter side sides edge edges length width height "
    "diagonal diagonals volume surface lateral slant interior exterior angle angles sum "
    "measures measure measuring degree degrees number regular convex right triangle "
    "rectangular box prism solid leg legs other hypotenuse each its how many what units "
    "cubic square has is of are does do equal equals one find inches whose it total "
    "circular equilateral isosceles sector central arc base bases space interior when "
    "lengths having long rhombus altitude m km ft yd yard yards trapezoid parallelogram kite "
    "parallel midsegment midline median semicircle inscribed circumscribed incircle circumcircle "
    "inradius circumradius drawn about around times more than greater larger annulus ring "
    "region between concentric circles radii outer inner apothem".split())
CONNECT = frozenset(
    "of is the a an its has with measures measure measuring equal equals to that whose are "
    "each it total circular right have".split()) | frozenset(fm.FIGURE_WORDS) | {
        "regular", "convex"}
QUICK = re.compile(r"\b(?:" + "|".join([*fm.FIGURE_WORDS, *fw.ROUND_THINGS]) +
                    r"|circular|round|rectangular|sided|gon|sides|concentric|arc)\b")
# "the sum of the lengths of its edges" is not one edge (`solid_questions` reads it)
EDGE_SUM = re.compile(r"\b(?:sum|total) of (?:the )?lengths\b|\b(?:total|combined) length\b|"
                       r"\b(?:total|combined) (?:edge|side) lengths?\b|"
                       r"\b(?:sum|total) of (?:all )?(?:of )?(?:the |its )?(?:edges|sides)\b")
# every measure some figure has: one the figure at hand lacks is never skipped over
MEASURES = frozenset(q for table in fm.FIGURES.values() for q in table) | {
    "median", "medians", "inradius", "circumradius", "bisector", "altitudes", "heights"}
TOKEN = re.compile(r"@\d+@|[a-z_]+(?:-[a-z]+)*|[.?!;]")


UNIT_FAMILY = {"inch": "in", "inches": "in", "feet": "ft", "foot": "ft", "cm": "cm",
                "centimeter": "cm", "centimeters": "cm", "meter": "m", "meters": "m",
                "m": "m", "miles": "mi", "mile": "mi", "yards": "yd", "yard": "yd",
                "mm": "mm", "millimeter": "mm", "millimeters": "mm", "km": "km",
                "kilometer": "km", "kilometers": "km", "ft": "ft", "mi": "mi"}


def one_unit(w: set[str]) -> None:
    """A measure given in one unit and asked in another would need a conversion."""
    if len({UNIT_FAMILY[u] for u in w if u in UNIT_FAMILY}) > 1:
        raise Decline("more than one unit of length")


# a unit word used as a unit: after a number ("4 feet", "a 6-foot man") or asked ("in inches",
# "how many yards"); "a yard" (a garden) and "its foot" (a ladder's) are no units
_AFTER_NUMBER = re.compile(r"(?:@\d+@|\d)\s*-?\s*(?:square |cubic )?([a-z]+)")
_ASKED_IN = re.compile(r"\b(?:in|into|many|much) (?:square |cubic )?([a-z]+)")


def one_unit_in(template: str) -> None:
    """`one_unit` on the units of a template outside its drawing ("unitsize(0.3 cm)" in an
    [asy] block is no unit of the problem)."""
    text = re.sub(r"\[asy\].*?(?:\[/asy\]|$)", " ", template.lower(), flags=re.S)
    one_unit(set(_AFTER_NUMBER.findall(text)) | set(_ASKED_IN.findall(text)))



__all__ = ["CONNECT", "EDGE_SUM", "MEASURES", "NORMAL", "QUICK", "TOKEN", "UNIT_FAMILY", "VOCAB",
           "one_unit", "one_unit_in"]
