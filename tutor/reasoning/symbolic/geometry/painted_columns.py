"""Typed reader: cylindrical columns painted on their curved sides only.

"Maria will paint 12 cylindrical columns. The top and bottom faces will not be painted. Each
column is 20 feet tall with a diameter of 8 feet. One gallon of paint covers 300 square feet.
If paint is sold only in full gallons, how many gallons must she buy?", "Four cylindrical
posts, each 10 feet tall and 6 feet in diameter, are painted on their curved sides only. What
is the total painted area?": the painted part of one column is its lateral surface, the
circumference times the height (2 pi r h); the columns' total is the count times that. The
paint is the total area over what one gallon (can, tin) covers, rounded up to whole gallons
only when the text says paint is sold in whole (full) units; otherwise a gallon count
declines, as does a text that does not say the tops and bottoms stay unpainted or covered
(which faces are painted decides the area), a height and a size in different units, a
coverage in another unit's square, or any number or word the reader does not read.

Confirmed independently: the side of one column is unrolled into a rectangle whose width is
the circle's arc length (40-digit quadrature of |d/dt (r cos t, r sin t)|) and whose height is
the column's; the whole gallons k are checked as (k - 1) c < A <= k c at 40 digits."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.figure_wording import spelled_numbers
from tutor.reasoning.symbolic.geometry.reading import EXACT_FORM, number
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_UNITS = {"feet": "ft", "foot": "ft", "ft": "ft", "meters": "m", "meter": "m", "metres": "m",
          "metre": "m", "m": "m", "inches": "in", "inch": "in", "in": "in", "yards": "yd",
          "yard": "yd", "yd": "yd", "centimeters": "cm", "centimetres": "cm", "cm": "cm"}
_U = r"(feet|foot|ft|meters?|metres?|m|inch(?:es)?|in|yards?|yd|centimet(?:er|re)s|cm)\.?"
_THINGS = r"(columns?|pillars?|posts?|poles?|cylinders?)"
_COUNT = re.compile(r"(?<![\w@])(@\d+@|a|one) (?:identical |congruent )?(?:right,? )?(?:circular )?"
                    r"(?:cylindrical )?" + _THINGS + r"\b")
_HEIGHT = re.compile(rf"@(\d+)@ {_U} (?:tall|high)\b|\bheight of @(\d+)@ {_U}")
_SIZE = re.compile(rf"@(\d+)@ {_U} (in diameter|across|wide)\b|\b(diameter|radius) (?:of )?"
                   rf"@(\d+)@ {_U}")
_SIDES_ONLY = re.compile(
    r"\b(?:the |their |its )?tops?(?: faces?)? and (?:the )?bottoms?(?: faces?)?(?: of (?:each|"
    r"every|the) [a-z]+)? (?:(?:will not be|are not|is not|won't be|are left|will be left|stay|"
    r"remain) (?:painted|unpainted)|(?:will be|are|is) covered(?:,? so (?:those parts|they|these "
    r"parts) (?:will not be|are not|won't be) painted)?)(?![\w ]*\bpaint)|"
    r"\b(?:(?:on )?(?:only )?(?:the |their |its )?(?:curved |lateral )"
    r"(?:sides?|surfaces?|faces?) (?:only|gets painted|get painted|are painted|is painted)|only "
    r"the (?:curved |lateral )(?:sides?|surfaces?|faces?)|(?:the |their )?sides painted but not "
    r"(?:the |their )?tops? (?:or|and) bottoms?)\b")
_AREA_U = r"(square (?:feet|foot|meters?|metres?|inches|yards|centimet(?:er|re)s)|sq\.? (?:ft|m|" \
          r"in|yd|cm)|(?:ft|m|in|yd|cm)(?:²|\^2|\^\{2\}))"
_COVERS = re.compile(rf"\b(?:one|a|each) (gallon|can|tin|quart|liter|litre)s? (?:of paint )?"
                     rf"(?:covers|will cover|can cover) @(\d+)@ {_AREA_U}")
_WHOLE = re.compile(r"\b(?:(?:if )?(?:the )?(?:paint )?(?:is |are )?sold only in (?:full|whole) "
                    r"|(?:the )?paint (?:only )?comes in (?:full |whole )|(?:if )?only (?:full "
                    r"|whole ))(gallon|can|tin|quart|liter|litre)s(?: (?:are|is) sold)?\b")
_GALLONS = re.compile(r"\bhow many (gallon|can|tin|quart|liter|litre)s(?: of paint)? (?:must|"
                      r"does|do|will|should|are|is) [a-z ]*?(?:buy|need|needed|use|purchase)\b")
_AREA_ASKED = re.compile(r"\b(?:what is |find )?the total (?:painted )?area(?: (?:painted|to be "
                         r"painted|that is painted))?\b|\bhow many square [a-z]+ (?:are|will "
                         r"be|must be) painted\b")
_PAINTER = re.compile(r"(?:^|(?<=[.;!]) )(?:[a-z]+ )?(?:will|wants to|needs to|is going to|plans "
                      r"to)? ?paints? ")
_AGAIN = re.compile(rf"\bto paint (?:all )?(?:the |of the )?(?:@(\d+)@ )?{_THINGS}\b")
_GLUE = FILLER | frozenset(
    "each with they we he she you must get gets their painted will be not left in square feet "
    "meters metres inches yards centimeters units so those parts faces face but in total".split())


def read_painted_columns(split: Split, template: str) -> Result | None:
    if "paint" not in template or not re.search(r"\bcylind", template):
        return None
    split, template = spelled_numbers(split, template)
    template = re.sub(r"\^\( ?@(\d+)@ ?\)", lambda m: "²" if split.maths[int(m.group(1))].strip()
                      == "2" else m.group(0), template)  # "ft$^2$", "ft²" read as a power
    # "... to paint all 16 columns": the count told again, read as glue once checked
    told_again = list(_AGAIN.finditer(template))
    template = _AGAIN.sub(" ; ", template)
    counts, heights, sizes = (list(p.finditer(template)) for p in (_COUNT, _HEIGHT, _SIZE))
    if not counts or not heights or not sizes:
        return None
    if len(counts) != 1 or len(heights) != 1 or len(sizes) != 1:
        raise Decline("one count, one height and one size of the columns")
    if not _SIDES_ONLY.search(template):
        raise Decline("which faces of the columns are painted (the tops and bottoms?)")
    n = _value(split, counts[0].group(1))
    h_slot, h_unit = (heights[0].group(1), heights[0].group(2)) if heights[0].group(1) else \
        (heights[0].group(3), heights[0].group(4))
    h = _value(split, f"@{h_slot}@")
    if sizes[0].group(1):
        across, s_unit, radius = _value(split, f"@{sizes[0].group(1)}@"), sizes[0].group(2), False
    else:
        across, s_unit = _value(split, f"@{sizes[0].group(5)}@"), sizes[0].group(6)
        radius = sizes[0].group(4) == "radius"
    unit = _UNITS[h_unit]
    if _UNITS[s_unit] != unit:
        raise Decline("the height and the size of the columns in one unit")
    if not n.is_integer:
        raise Decline("a whole number of columns")
    r = across if radius else across / 2
    area = sp.nsimplify(n * 2 * r * h) * sp.pi
    rest = template
    for m in (*counts, *heights, *sizes, *_SIDES_ONLY.finditer(template)):
        rest = rest.replace(m.group(0), " ; ")
    for again in told_again:
        if again.group(1) and _value(split, f"@{again.group(1)}@") != n:
            raise Decline("one count of the columns")
    covers, whole, gallons = _COVERS.search(rest), _WHOLE.search(rest), _GALLONS.search(rest)
    asked_area = _AREA_ASKED.search(rest)
    if bool(gallons) == bool(asked_area):
        raise Decline("the paint needed or the painted area asked, once")
    _confirm_area(n, r, h, area)
    lateral = f"{latex(n)} \\cdot 2\\pi \\cdot {latex(r)} \\cdot {latex(h)} = {latex(area)}"
    first = step("the curved sides", "Only each column's curved side is painted: unrolled it "
                 "is a rectangle, the circumference by the height.", f"${lateral}$", lateral)
    if asked_area:
        _only_glue(re.sub(EXACT_FORM, " ; ", rest.replace(asked_area.group(0), " ; ")), covers,
                   whole)
        return area, [first]
    assert gallons is not None
    if not covers or not whole or {covers.group(1), whole.group(1), gallons.group(1)} != {
            covers.group(1)}:
        raise Decline("what one unit of paint covers, and that it is sold in whole units")
    if _squared(covers.group(3)) != unit:
        raise Decline("the coverage in the square of the columns' unit")
    c = _value(split, f"@{covers.group(2)}@")
    rest = rest.replace(gallons.group(0), " ; ")
    _only_glue(rest, covers, whole)
    k = sp.ceiling(area / c)
    _confirm_whole(area, c, k)
    ratio = f"\\left\\lceil \\frac{{{latex(area)}}}{{{latex(c)}}} \\right\\rceil = {latex(k)}"
    return k, [first, step("round up to whole units", f"Each {covers.group(1)} covers "
                           f"{latex(c)}; a part of one more must still be bought whole.",
                           f"${ratio}$", ratio)]


def _value(split: Split, said: str) -> sp.Basic:
    if said in ("a", "one"):
        return sp.Integer(1)
    v = number(split.maths[int(said[1:-1])])
    if v is None or not v.is_positive or not v.is_rational:
        raise Decline("a positive number for each measure of the columns")
    return v


def _squared(area_unit: str) -> str:
    if area_unit.startswith(("square ", "sq")):
        return _UNITS[area_unit.split()[-1]]
    return _UNITS[re.sub(r"(?:²|\^2|\^\{2\})$", "", area_unit)]


def _only_glue(rest: str, *told: re.Match[str] | None) -> None:
    for m in told:
        if m is not None:
            rest = rest.replace(m.group(0), " ; ")
    rest = _PAINTER.sub(" ; ", rest)
    rest = re.sub(rf"\b(?:(?:each|every) (?:{_THINGS[1:-1]})|{_U}|{_AREA_U})(?!\w)", " ", rest)
    left = words(rest) - _GLUE - {"paint", "paints", "painting"}
    if left or re.search(r"@\d+@", rest):
        raise Decline(f"words the painted-columns reader does not read: {sorted(left)[:3]}")


def _confirm_area(n: sp.Basic, r: sp.Basic, h: sp.Basic, area: sp.Basic) -> None:
    """One side unrolled: the circle's arc length (quadrature) times the height, n times."""
    with mpmath.workdps(40):
        rr = mpmath.mpf(str(sp.N(r, 45)))
        rim = mpmath.quad(lambda t: mpmath.hypot(-rr * mpmath.sin(t), rr * mpmath.cos(t)),
                          mpmath.linspace(0, 2 * mpmath.pi, 9))
        total = rim * mpmath.mpf(str(sp.N(h, 45))) * int(n)
        ok = abs(total - mpmath.mpf(str(sp.N(area, 45)))) < mpmath.mpf(10) ** -25 * total
    confirm.check(bool(ok), "the unrolled sides' area, as arc length times height")


def _confirm_whole(area: sp.Basic, c: sp.Basic, k: sp.Basic) -> None:
    with mpmath.workdps(40):
        a, cc = mpmath.mpf(str(sp.N(area, 45))), mpmath.mpf(str(sp.N(c, 45)))
        ok = (int(k) - 1) * cc < a <= int(k) * cc and abs(a / cc - mpmath.nint(a / cc)) > \
            mpmath.mpf(10) ** -20
    confirm.check(bool(ok), "the whole units of paint: one fewer would not cover the sides")


__all__ = ["read_painted_columns"]
