"""Reader of how many tiles cover a rectangle: "A rectangular tile measures 3 inches by 4 inches.
What is the fewest number of these tiles needed to cover a region that is 3 feet by 4 feet?",
"A floor 9 feet by 12 feet is to be covered with square tiles that are 6 inches on each side.
How many tiles are needed?", "How many 1-foot square tiles are needed to cover a floor that
measures 12 feet by 15 feet?".

The story tells two rectangles by their sides ("3 inches by 4 inches", "6-inch by 6-inch",
"12-by-15-foot", "2 x 3 foot", or a square "6 inches on each side", "a 1-foot square"), each
side in a unit of length (inches, feet, yards, centimeters ...). The tile is the one said
next to the word "tile(s)"; the other is the region covered. The question asks how many tiles
are needed (or the fewest, least number of them). Any other number, an area told in square
units, or a word that changes the count ("cost", "border", "around", "cut", "broken", "extra",
"box", "percent" ...) leaves the problem unread.

Every side is put in the smallest unit told. When the tiles fit in whole rows and columns
(the tile's sides divide the region's sides, one way round or the other), the count is the
rows times the columns; it is confirmed by the areas: no fewer tiles than the region's area
over a tile's area can cover it, and the rows and columns give exactly that many. When they
do not fit, the problem is declined.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import units, wording

_U = (r"(?:inch|inches|in\.|foot|feet|ft|yard|yards|yd|centimeters?|centimetres?|cm|meters?|"
      r"metres?|millimeters?|mm)")
_NUM = r"#\d+(?:\.\d+)?"
_SIDE = rf"(?P<{{x}}>{_NUM})(?:[ -](?P<{{x}}u>{_U}))?"
_PAIR = re.compile(_SIDE.format(x="a") + r"(?: by |-by-| x )" + _SIDE.format(x="b") + r"\b")
_SQUARE = re.compile(rf"(?P<s>{_NUM})[ -](?P<su>{_U}) (?:on (?:each|a|every) side|square)\b"
                     rf"|\bsquare of side (?P<t>{_NUM}) (?P<tu>{_U})\b")
_TILE_AFTER = re.compile(r"^ ?(?:square |rectangular |ceramic |floor |wall |stone |carpet |"
                         r"tiles? )*tiles?\b|^ ?(?:each|apiece)\b")
_TILE_BEFORE = re.compile(r"\btiles? (?:that |which )?(?:measures?|are|is|each|of size|"
                          r"measuring|with sides of|(?:that |which )?(?:are|is) "
                          r"(?:each )?)?(?: each)? ?$|\btiles? $")
_ASK = re.compile(r"\b(?:how many (?:of (?:these|the|those) )?(?:[#\w.-]+ ){0,4}tiles|"
                  r"(?:what is )?the (?:fewest|least|smallest|minimum) number of (?:these |the |"
                  r"those |such )?(?:[a-z]+ )?tiles)\b")
_UNREAD = re.compile(r"\b(?:cost|costs|price|dollars?|cents?|box|boxes|pack|packs|border|around|"
                     r"cut|broken|extra|percent|half|circle|circular|triangle|triangular|"
                     r"diagonal|perimeter|already|more|less|per|except|leftover|left|area|"
                     r"square (?:feet|foot|inch|inches|yards?|meters?|centimeters?)|"
                     r"overlap|gaps?|not|no|only|rows?|columns?|along|edges?|other|another|plus|minus|"
                     r"weigh|parts?|partly|partially|portion|rugs?|carpet|uncovered|holes?)\b|%|\$")


def tile_counts(split: Split, template: str) -> Result | None:
    if "tile" not in template:
        return None
    story, places, form = nw.read_story(split, template)
    plain = _plain(split, re.sub(r"\s+", " ", story))
    if places is not None or form is not None or plain is None or _ASK.search(plain) is None:
        return None
    text = plain
    if _UNREAD.search(text) or wording.condition_without_amount(text):
        return None  # "... 12 feet by 15 feet if a rug covers part of it"
    shapes: list[tuple[re.Match[str], tuple[Fraction, Fraction], tuple[str, str]]] = []
    for m in _PAIR.finditer(text):
        unit_b = m.group("bu")
        shapes.append((m, (wording.value(m.group("a")), wording.value(m.group("b"))),
                       (m.group("au") or unit_b or "", unit_b or "")))
    rest = _PAIR.sub(" ", text)
    for m in _SQUARE.finditer(rest):
        side, unit = m.group("s") or m.group("t"), m.group("su") or m.group("tu")
        shapes.append((m, (wording.value(side), wording.value(side)), (unit, unit)))
    if len(shapes) != 2 or re.search(r"#", _SQUARE.sub(" ", rest)):
        return None
    tiles = [i for i, (m, _, _) in enumerate(shapes) if _is_tile(m)]
    if len(tiles) != 1 or any(not u for _, _, us in shapes for u in us):
        return None
    tile, region = shapes[tiles[0]], shapes[1 - tiles[0]]
    said = [units.unit(u.rstrip(".")) for _, _, us in shapes for u in us]
    if any(u is None or units.kind(u) != "length" for u in said):
        return None
    least = min((u for u in said if u), key=lambda u: units.factor(u, "centimeter") or 0)
    return _solve([_in(v, u, least) for v, u in zip(tile[1], tile[2], strict=True)],
                  [_in(v, u, least) for v, u in zip(region[1], region[2], strict=True)], least)


def _plain(split: Split, text: str) -> str | None:
    """Hyphens joined ("#6 -inch" -> "#6-inch"), times signs read as "by"; None when other
    maths is left."""
    def piece(m: re.Match[str]) -> str:
        src = split.maths[int(m.group(1))].strip()
        if src in ("\\times", "x", "\\cdot"):
            return " x "
        pair = re.fullmatch(r"(\d+)\s*\\times\s*(\d+)", src)
        return f"#{pair.group(1)} x #{pair.group(2)}" if pair else "@"

    text = re.sub(r"@(\d+)@", piece, text)
    text = re.sub(r"(#[\d.]+) ?- ?(by) ?- ?", r"\1-\2-", text)
    text = re.sub(r"(#[\d.]+) -(?=[a-z])", r"\1-", text)
    text = re.sub(r" ?× ?", " x ", text)
    text = re.sub(r"\s+", " ", text)
    return None if "@" in text else text


def _is_tile(m: re.Match[str]) -> bool:
    s = m.string
    return bool(_TILE_AFTER.search(s[m.end():m.end() + 40]) or
                _TILE_BEFORE.search(s[max(0, m.start() - 40):m.start()]))


def _in(v: Fraction, said: str, least: str) -> Fraction:
    u = units.unit(said.rstrip("."))
    f = units.factor(u, least) if u else None
    if f is None:
        raise Decline("a side in a unit that is not a length")
    return v * f


def _solve(tile: list[Fraction], region: list[Fraction], unit: str) -> Result:
    (a, b), (w, h) = tile, region
    if min(a, b, w, h) <= 0:
        raise Decline("a side that is not positive")
    fits = [(w / p, h / q) for p, q in ((a, b), (b, a)) if (w / p).denominator == 1
            and (h / q).denominator == 1]
    if not fits:
        raise Decline("the tiles do not fit the region in whole rows and columns")
    rows, cols = fits[0]
    count = rows * cols
    if count > 10**7:
        raise Decline("too many tiles")
    bound = (w * h) / (a * b)
    confirm.check(bound == count and all(r * c == count for r, c in fits),
                  "the region's area over a tile's area: no fewer tiles can cover it")
    shown = units_word(unit)
    claim = f"{nw.tex_of(rows)} \\cdot {nw.tex_of(cols)} = {nw.tex_of(count)}"
    area = (f"\\frac{{{nw.tex_of(w)} \\cdot {nw.tex_of(h)}}}{{{nw.tex_of(a)} \\cdot "
            f"{nw.tex_of(b)}}} = {nw.tex_of(bound)}")
    return sp.Integer(int(count)), [
        step("the sides in one unit", f"In {shown}: the tile is {nw.tex_of(a)} by "
             f"{nw.tex_of(b)}, the region {nw.tex_of(w)} by {nw.tex_of(h)}.",
             f"${nw.tex_of(w)} \\times {nw.tex_of(h)}$"),
        step("rows and columns", f"The tiles fit in {nw.tex_of(rows)} rows of "
             f"{nw.tex_of(cols)}.", f"${claim}$", claim),
        step("areas", "No fewer can cover it: the region's area over one tile's area.",
             f"${area}$", area)]


def units_word(unit: str) -> str:
    return {"inch": "inches", "foot": "feet"}.get(unit, unit + "s")


__all__ = ["tile_counts"]
