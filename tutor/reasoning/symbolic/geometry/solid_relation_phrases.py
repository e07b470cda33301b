"""More ways a question about solids tells how two solids are related, brought to the words
`solid_wording` reads, and "the larger sphere" of two told apart by their relation.

"The volume of a sphere is twice the volume of a sphere with radius 5" (a sphere with twice
the volume of ...), "the surface area of a cube is equal to that of a sphere", "a lead
sphere is melted into (recast as) a cube" (the metal a solid is made of changes nothing),
"a spherical bubble forms a hemisphere of the same volume" (reshaped: the same volume), "a
cone and a cylinder have the same base radius and the same volume", "its base has a diameter
of 4", "with a 6 cm radius".
Of two solids of one kind where the first has k times a measure of the second, "the larger"
is the first when k > 1 and the second when k < 1 ("the smaller" the other way); with k = 1
neither is larger, and the words are left for the reader to decline."""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import parse_latex

_KIND = r"(cube|box|sphere|hemisphere|cylinder|cone|pyramid|[a-z]+_pyramid)"
_MEASURE = (r"(volume|surface area|total surface area|lateral surface area|radius|diameter|"
            r"height|edge length|edge|circumference|slant height)")
_FACTOR = r"(twice|double|triple|thrice|half|@\d+@ times)"
_MATERIAL = (r"(?:lead|metal|metallic|iron|steel|clay|wax|gold|silver|copper|plastic|wooden|"
             r"glass|tin|aluminum|aluminium|brass|ice|rubber|stone|concrete|marble)")
_PHRASES: list[tuple[str, str | Callable[[re.Match[str]], str]]] = [
    # "a spherical bubble", "a ball of clay", "a lump of wax shaped as a hemisphere": the solid
    (r"\b(?:spherical (?:[a-z]+ )?(?:bubble|drop|droplet|ball|balloon|bead|blob)|ball|bubble)"
     r"(?: of "
     + _MATERIAL + r")?\b", "sphere"),
    (r"\b(?:a |an )?(?:lump|piece|blob) of " + _MATERIAL + r" (?:shaped|formed|molded|moulded) "
     r"(?:as|into|like) (?=(?:a|an) )", ""),
    (r"\b(?:is |are )?(?:rolled|reformed|re-formed) (?:up )?into\b", "is reshaped into"),
    (r"\bthe (original |first )?(?:drop|droplet|blob)\b", r"the \1sphere"),
    # "cube with 4 times the volume of ...", typed without an article
    (r"^" + _KIND + r" (?=with |has |whose )", r"a \1 "),
    # "lands on a wet table and forms ...": where it lands changes nothing
    (r"\b(?:lands|landing|falls|sits|resting|rests) on (?:a|the) (?:flat |horizontal |wet )*"
     r"(?:table|surface|floor|plate|counter|tabletop)(?: and)?\b", ""),
    (r"\b(?:forms|formed|becomes|became) (a|an) " + _KIND + r" (?:of|with) the same volume on "
     r"(?:a|the) (?:flat |horizontal |wet )*(?:table|surface|floor|plate|counter|tabletop)\b",
     r"forms \1 \2 of the same volume"),
    # "a sphere's volume is ...", "the hemisphere's radius": the measure of the solid
    (r"\b(a|an|the) " + _KIND + r"['’]s " + _MEASURE + r"\b", r"the \3 of \1 \2"),
    # "the volume of a cube is 1/8 of the volume of a cube ...": a cube with 1/8 times it
    (r"\bthe " + _MEASURE + r" of (a|an) " + _KIND + r" is (@\d+@) of (?:the \1|that) of "
     r"(?=(?:a|an|the) )", r"\2 \3 with \4 times the \1 of "),
    # "the volume of a sphere is twice (3 times) the volume of (that of) a sphere ..."
    (r"\bthe " + _MEASURE + r" of (a|an) " + _KIND + r" is " + _FACTOR + r" (?:the \1|that) of "
     r"(?=(?:a|an|the) )", r"\2 \3 with \4 the \1 of "),
    (r"\bthe " + _MEASURE + r" of (a|an) " + _KIND + r" (?:is (?:equal to|the same as)|equals) "
     r"(?:the \1|that) of (?=(?:a|an|the) )", r"\2 \3 with the same \1 as "),
    (r"\b(a|an) (?:solid )?" + _MATERIAL + r" " + _KIND + r"\b", r"a \2"),
    (r"\b(a|an) (?:solid )?" + _KIND + r" (?:made )?of (?:solid )?" + _MATERIAL + r"\b",
     r"a \2"),
    (r"\b(?:is |are )?melted (?:down )?(?:into|to form|to make)\b|(?<!\band )\b(?:is |are )"
     r"(?:recast|reshaped|remolded|remoulded|molded|moulded|shaped) (?:into|as)\b|"
     r"\b(?:is |are )?melted (?:down )?and (?:recast|reshaped|remolded|remoulded|molded|"
     r"moulded|shaped|formed|made|cast) as\b",  # "recast as a cylinder": "into" it
     "is melted and recast into"),
    # "a spherical bubble forms a hemisphere of the same volume": the same material reshaped
    (r"\b(?:forms|formed|becomes|became|turns into|turned into) (a|an) " + _KIND +
     r" (?:of|with) the same volume\b", r"is melted and recast into \1 \2"),
    # "a cylinder 10 cm tall with a 6 cm radius": with radius 6 cm
    (r"\bwith an? (@\d+@)(?:[ -](cm|mm|m|inch|inches|foot|feet|units?|meters?|centimeters?))? "
     r"(radius|diameter)\b", lambda m: " ".join(filter(None, ("with", m[3], m[1], m[2])))),
    (r"\b(the same [a-z ]+?) and the same\b", r"\1 and"),
    (r"\b(?:its|the) base has (?:a )?(radius|diameter|circumference)(?: of| that is)?\b",
     r"its \1"),
    (r"\b" + _KIND + r"'s base has (?:a )?(radius|diameter|circumference)\b", r"\1 has a \2"),
]
_RELATED = re.compile(r"\b(?:a|an) " + _KIND + r"(?: n_[a-z]+)? rel_(2|3|half|p\d+)_[a-z_]+ "
                      r"(?:a|an) \1\b")
_LARGER = r"\bthe (larger|bigger|smaller) {kind}\b"


def told_relations(text: str) -> str:
    for pattern, repl in _PHRASES:
        text = re.sub(pattern, repl, text)
    return text


def larger_and_smaller(text: str, maths: list[str]) -> str:
    """"the larger sphere" after "a sphere rel_p0_volume a sphere" (piece 0 the number 8): the
    first of the two when the factor is above 1, the second when below."""
    related = _RELATED.findall(text)
    if len(related) != 1 or len(re.findall(r"\b(?:a|an|another) " + related[0][0] + r"\b",
                                           text)) != 2:
        return text  # two solids of the kind, told once each
    kind, factor = related[0]
    k = _factor(factor, maths)
    if k is None or k == 1:
        return text

    def which(m: re.Match[str]) -> str:
        big = m.group(1) in ("larger", "bigger")
        return f"the {'first' if big == (k > 1) else 'second'} {kind}"
    return re.sub(_LARGER.format(kind=kind), which, text)


def _factor(token: str, maths: list[str]) -> sp.Rational | None:
    if token in ("2", "3"):
        return sp.Integer(token)
    if token == "half":
        return sp.Rational(1, 2)
    try:
        value = parse_latex(maths[int(token[1:])])
    except (Decline, ValueError, IndexError):
        return None
    return value if isinstance(value, sp.Rational) and value > 0 else None


__all__ = ["larger_and_smaller", "told_relations"]
