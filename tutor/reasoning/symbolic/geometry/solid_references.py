"""How a question about solids refers back to a figure it named: a thing told by its shape
("a ball has the shape of a sphere ... the ball", "a cylindrical glass ... the glass"), "the
triangle" after "an equilateral triangle", and "a cone with the same radius" after one
cylinder. Each becomes the figure's own name, so `solid_wording` reads one token per solid."""

from __future__ import annotations

import re

KIND = (  # the figures solid_questions knows
    r"(cube|box|sphere|hemisphere|cylinder|cone|pyramid|circle|square|rectangle|eqtriangle|"
    r"hexagon|pentagon|octagon|decagon|dodecagon|frustum|triangular_pyramid|hexagonal_pyramid|"
    r"rectangular_pyramid)")


_SHAPED = {"cylindrical": "cylinder", "spherical": "sphere", "conical": "cone",
           "hemispherical": "hemisphere", "cubical": "cube", "cube-shaped": "cube",
           "cone-shaped": "cone", "cylinder-shaped": "cylinder", "sphere-shaped": "sphere",
           "hemisphere-shaped": "hemisphere"}
_THING_IS = re.compile(r"\b(?:a|an|the) (?:(?!(?:is|a|an|the|of)\b)[a-z]+ )?([a-z]+)"
                       r"(?: of [a-z]+)? (?:(?:is )?shaped like|(?:is )?in the shape of|"
                       r"has the shape of|is|will be) (?:a|an) (?:right )?(?:circular )?" + KIND
                       + r"\b")
_SHAPED_THING = re.compile(r"\b(?:right )?(" + "|".join(_SHAPED) + r") ([a-z]+)\b(?: of (?:sand|"
                           r"gravel|dirt|soil|salt|grain|water))?")


def named_things(text: str) -> str:
    """"a ball has the shape of a sphere ... the ball", "a cylindrical glass ... the glass",
    "8 hemispherical cups ... each cup": the thing is a solid of that kind named by the thing
    (`cone n_cup`), so that two things of one kind stay apart."""
    kinds: dict[str, str] = {}
    for m in _THING_IS.finditer(text):
        kinds.setdefault(m.group(1).removesuffix("s"), m.group(2))
    for m in _SHAPED_THING.finditer(text):
        kinds.setdefault(m.group(2).removesuffix("s"), _SHAPED[m.group(1)])
    if not kinds or set(kinds) & (set(_SHAPED) | {"solid", "cube", "box"}):
        return text
    text = _THING_IS.sub(lambda m: f"a {m.group(2)} n_{m.group(1).removesuffix('s')}", text)
    text = _SHAPED_THING.sub(lambda m: f"{_SHAPED[m.group(1)]} n_{m.group(2).removesuffix('s')}",
                             text)
    for thing, kind in kinds.items():
        text = re.sub(rf"\b(?:the|this|that|its|each(?: of the)?)(?: smaller)? {thing}s?\b",
                      rf"the {kind} n_{thing}",
                      text)
    text = text.replace("'s", " its")
    return text


def triangle_back(text: str) -> str:
    """"an equilateral triangle ... the area of the triangle": the same (equilateral) triangle,
    when every other "triangle" refers back with "the" / "this" / "that" / "each"."""
    first = re.search(r"\bequilateral triangles?\b", text)
    if first is None:
        return text
    later = list(re.finditer(r"\btriangles?\b", text[first.end():]))
    rest = text[first.end():]
    if not later or not all(re.search(r"\b(?:the|this|that|each)\s+$", rest[:m.start()])
                            for m in later):
        return text
    return text[:first.end()] + re.sub(r"\b(the|this|that|each)\s+triangle\b",
                                       r"\1 equilateral triangle", rest)


_SAME_AS_BEFORE = re.compile(r"\b(?:a|an) " + KIND + r" (?:with|having|that has|has) the same "
                             r"(radius|height|volume|diameter)(?: and (radius|height|volume|"
                             r"diameter))?\b(?! as\b)")


def same_as_before(text: str) -> str:
    """"The volume of a cylinder is 54 pi. What is the volume of a cone with the same radius
    and height?", "... A cone has the same volume": the same as the one solid of another kind
    named before it."""
    m = _SAME_AS_BEFORE.search(text)
    if m is None or len(_SAME_AS_BEFORE.findall(text)) != 1:
        return text
    before = set(re.findall(r"\b" + KIND + r"\b", text[:m.start()])) - {m.group(1)}
    if len(before) != 1 or re.search(r"\b" + m.group(1) + r"\b", text[:m.start()]):
        return text
    return f"{text[:m.end()]} as the {before.pop()}{text[m.end():]}"


__all__ = ["KIND", "named_things", "same_as_before", "triangle_back"]
