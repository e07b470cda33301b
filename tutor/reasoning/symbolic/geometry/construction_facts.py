"""The facts a construction problem tells about its named triangle (`construction_reading`):
lengths ("AD = 9", "AB = AC = 5", "AD has length 9"), ratios of a side's
pieces, areas ("[ABC] = 40", "the area of triangle ABC is 40"), perpendicular segments, a
right angle (at a vertex, or "\\angle ABC = 90^\\circ"), and where two segments cross ("AD
and BE intersect at P"). Each is read into the `Reading` and its words blanked; anything
else is left for the reader to find unread.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.geometry import side_points
from tutor.reasoning.symbolic.geometry.construction_reading import Reading
from tutor.reasoning.symbolic.geometry.reading import number
from tutor.reasoning.symbolic.model import Decline

_P = r"@(\d+)@"


def _crossings(r: Reading) -> None:
    """"AD and BE intersect at P", "let P be the intersection of AD and BE": recorded, and
    placed (`_meets`) once every other point is."""
    def meet(point: str, i: str, j: str) -> None:
        r.meets.append((r.letter(point), r.seg(i), r.seg(j)))
    r.sub(rf"{_P} and {_P} (?:meet|intersect) at (?:point )?{_P}",
          lambda m: meet(m.group(3), m.group(1), m.group(2)))
    r.sub(rf"{_P} (?:meets|intersects) {_P} at (?:point )?{_P}",
          lambda m: meet(m.group(3), m.group(1), m.group(2)))
    r.sub(rf"(?:let )?{_P} (?:be|is) the (?:point of )?intersection (?:point )?of {_P} and {_P}",
          lambda m: meet(m.group(1), m.group(2), m.group(3)))


def told_facts(r: Reading) -> None:
    """Read (and blank) the facts told about the triangle into `r`."""
    _crossings(r)

    def value(i: str) -> sp.Basic:
        v = number(r.piece(i))
        if v is None or not v.is_positive:
            raise Decline("a positive length")
        return v

    def written(m: re.Match[str]) -> None:  # a piece "AD = 9", "AB = AC = 5", "GA=4, GB=3"
        told = side_points.ratio(r.piece(m.group(1)))
        if told is not None:
            r.ratios[told[0]] = told[1]
            return
        bracket = re.fullmatch(r"\s*\[\s*([A-Z]{3,4})\s*\]\s*=\s*(.+)", r.piece(m.group(1)))
        if bracket:  # "[ABC] = 40": an area
            r.areas.areas.append((bracket.group(1), value(r.new(bracket.group(2))[1:-1])))
            return
        for part in re.split(r",|\\text\{\s*and\s*\}", r.piece(m.group(1))):
            sides = [s.strip() for s in part.split("=")]
            if len(sides) < 2:
                raise Decline("an equation between lengths")
            segs = [s for s in sides if number(s) is None]
            nums = [number(s) for s in sides if number(s) is not None]
            if len(nums) > 1 or not segs:
                raise Decline("one length in each equation")
            parsed = [r.seg(r.new(s)[1:-1]) for s in segs]
            for a, b in zip(parsed, parsed[1:], strict=False):
                r.equal.append((a, b))
            if nums:
                v = nums[0]
                if v is None or not v.is_positive:
                    raise Decline("a positive length")
                r.lengths.append((parsed[0], v))
    r.sub(rf"{_P}", lambda m: written(m) if "=" in r.piece(m.group(1))
          and "\\angle" not in r.piece(m.group(1)) else m.group(0))
    r.sub(rf"(?:the length of )?{_P} (?:has length|has a length of|is|measures|=) {_P}",
          lambda m: r.lengths.append((r.seg(m.group(1)), value(m.group(2)))))
    r.sub(rf"{_P} and {_P} (?:have|of|with|measure) (?:lengths )?{_P} and {_P},? respectively",
          lambda m: r.lengths.extend([(r.seg(m.group(1)), value(m.group(3))),
                                      (r.seg(m.group(2)), value(m.group(4)))]))
    poly = r"(TRI|#[A-Z]+#)"

    def area(src: str, i: str) -> None:
        r.areas.areas.append((r.tri.name if src == "TRI" else src.strip("#"), value(i)))
    r.sub(rf"(?:the )?area of {poly} is {_P}", lambda m: area(m.group(1), m.group(2)))
    r.sub(rf"{poly} has (?:an )?area (?:of )?{_P}", lambda m: area(m.group(1), m.group(2)))
    r.sub(rf"the length of {_P} is {_P}",
          lambda m: r.lengths.append((r.seg(m.group(1)), value(m.group(2)))))
    r.sub(rf"{_P} and {_P} are perpendicular(?: to each other)?",
          lambda m: r.perpendicular.append((r.seg(m.group(1)), r.seg(m.group(2)))))
    r.sub(rf"{_P} is perpendicular to {_P}",
          lambda m: r.perpendicular.append((r.seg(m.group(1)), r.seg(m.group(2)))))
    r.sub(rf"(?:with )?(?:a )?right angle at (?:vertex )?{_P}",
          lambda m: _right(r, r.letter(m.group(1))))

    def angle(m: re.Match[str]) -> str | None:
        a = re.fullmatch(r"\s*\\angle\s*\{?\s*([A-Z]{1,3})\s*\}?\s*=\s*90\s*\^\s*\{?\s*\\circ\s*\}?"
                         r"\s*", r.piece(m.group(1)))
        if not a:
            return m.group(0)
        letters = a.group(1)
        if len(letters) == 3 and set(letters) != set(r.tri.name):
            raise Decline("an angle of the triangle")
        _right(r, letters[1] if len(letters) == 3 else letters)
        return None
    r.sub(rf"{_P}", angle)
    if r.right:  # "In right triangle ABC" said with the right angle's vertex
        r.text = r.text.replace("right TRI", "TRI")


def _right(r: Reading, v: str) -> None:
    if v not in r.tri.name:
        raise Decline("a right angle at a vertex of the triangle")
    a, b = (u for u in r.tri.name if u != v)
    r.perpendicular.append(((v, a), (v, b)))
    r.right = True


__all__ = ["told_facts"]
