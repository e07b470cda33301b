"""A second solid told by how many times as long, wide or high as a first one, brought to the
relation tokens `solid_questions` reads (`solid_wording.normal` applies it first).

"A second box is twice as long, twice as wide and twice as high", "A larger box is three times
as long, three times as wide and three times as tall as the smaller box", "A second cube has
edges twice as long as those of the first cube": the second solid's length, width and height
(edge) are that many times the first one's (`rel_2_length__width__height the first box`; of
two solids, the one it is compared with is the one told first). The factors
must all be one number; said for only some dimensions, the others stay unknown and the
reader declines what they do not fix."""

from __future__ import annotations

import re

_KIND = r"(cube|box|sphere|hemisphere|cylinder|cone|pyramid)"
_FACTOR = r"(twice|double|three times|thrice|four times|half|@\d+@ times)"
_FACTORS = {"twice": "2", "double": "2", "three times": "3", "thrice": "3", "half": "half"}
_DIMENSION = {"long": "length", "wide": "width", "high": "height", "tall": "height",
              "deep": "height"}
_ONE = _FACTOR + r" as (long|wide|high|tall|deep)"
_SECOND = r"\b(?P<who>(?:a|the) (?:second|larger|bigger|new|other) (?P<kind>" + _KIND + r"))"
_AS_FIRST = (r"(?: as (?P<first>the (?:first|original|smaller|other) " + _KIND + r"|(?:those|that|"
             r"the edges?) of the (?:first|original|smaller|other) cube))?")
_SIZES = re.compile(_SECOND + r" (?:is|are) (?P<list>" + _ONE + r"(?:(?:,| and|, and) " + _ONE +
                    r")*)" + _AS_FIRST)
_EDGES = re.compile(_SECOND + r" (?:has|with) edges? (?:that are )?(?P<list>" + _FACTOR +
                    r" as long)" + _AS_FIRST)


def _factor(word: str, maths: list[str]) -> tuple[str, str]:
    """(the factor's token, its value as written): "three times" and "@2@ times" (with piece 2
    the number 3) are the one factor 3."""
    if word.startswith("@"):
        k = word.split()[0].strip("@")
        return "p" + k, maths[int(k)].strip()
    token = _FACTORS.get(word, "")
    return token, "1/2" if token == "half" else token


def _related(m: re.Match[str], edges: bool, maths: list[str]) -> str:
    kind = m.group("kind")
    pairs = re.findall(_ONE if not edges else _FACTOR + r" as (long)", m.group("list"))
    factors = [_factor(f, maths) for f, _ in pairs]
    dims = [_DIMENSION[d] if not edges else "edge" for _, d in pairs]
    if len({v for _, v in factors}) != 1 or not factors[0][0] or len(set(dims)) != len(dims):
        return m.group(0)  # "twice as long and three times as wide": not read
    first = f"the first {kind}"  # "as the smaller box", "as those of the original cube"
    if kind == "box" and not edges:
        rel = "__".join(dims)
    elif edges or dims == ["length"]:
        rel = "edge" if kind == "cube" else "__".join(dims)
    else:
        return m.group(0)
    return f"{m.group('who')} rel_{factors[0][0]}_{rel} {first}"


def times_as_large(text: str, maths: list[str]) -> str:
    text = _SIZES.sub(lambda m: _related(m, False, maths), text)
    return _EDGES.sub(lambda m: _related(m, True, maths), text)


__all__ = ["times_as_large"]
