"""The question of a construction problem (`construction_wording`): a length, a distance
from a point to a line, an area, an angle, or a ratio of two lengths or two areas. Returned
as a tuple `figure_constructions` measures: ("length", P, Q), ("line", P, A, B),
("area", corners), ("angle", X, Y, Z) (the angle at Y), ("ratio", asked, asked)."""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.geometry.construction_state import State
from tutor.reasoning.symbolic.model import Decline

_P = r"@(\d+)@"
_B = r"(?<![a-z])"  # a phrase starts here: no letter just before
_ASK = r"(?<![a-z])(?:what is|what's|find|compute|determine|calculate)"
_POLY = r"(?:(?:the )?(?:triangle|quadrilateral|pentagon|hexagon|polygon|region) )?(@\d+@|FIG)"
# an angle by its three points, the sign optional after the word "angle": "\\angle ACD", "ACD"
_ANGLE = re.compile(r"\s*(?:m\s*)?(?:\\angle\s*)?\{?\s*([A-Z]{3})\s*\}?\s*")
_ANGLE_SIGN = re.compile(r"\s*(?:m\s*)?\\angle\s*\{?\s*[A-Z]{3}\s*\}?\s*")
_RATIO = re.compile(r"\s*(?:([A-Z]{2})\s*(?::|/)\s*([A-Z]{2})|\\[dt]?frac\s*\{\s*([A-Z]{2})\s*\}"
                    r"\s*\{\s*([A-Z]{2})\s*\})\s*")


def question(s: State) -> tuple | None:
    asks: list[tuple] = []

    def corners(src: str) -> str:
        if src == "FIG":
            return s.name or ""
        m = re.fullmatch(r"\s*(?:\\triangle\s*)?\[?\s*([A-Z]{3,6})\s*\]?\s*", s.piece(src[1:-1]))
        if not m or len(set(m.group(1))) != len(m.group(1)):
            raise Decline("a polygon named by its corners")
        return m.group(1)

    def area(src: str) -> tuple:
        return ("area", corners(src))

    def perimeter(src: str) -> tuple:  # the sum of its sides
        c = corners(src)
        return ("sum", *(("length", c[k], c[(k + 1) % len(c)]) for k in range(len(c))))

    def angle(i: str) -> tuple:
        m = _ANGLE.fullmatch(s.piece(i))
        if m is None or len(set(m.group(1))) != 3:
            raise Decline("an angle named by three points")
        return ("angle", *m.group(1))

    def piece(i: str) -> tuple:
        src = s.piece(i)
        if _ANGLE_SIGN.fullmatch(src):
            return angle(i)
        bracket = re.fullmatch(r"\s*\[\s*([A-Z]{3,6})\s*\]\s*", src)
        if bracket:
            return area(f"@{i}@")
        if re.fullmatch(r"\s*[A-Z]{2}(?:\s*\+\s*[A-Z]{2})+\s*", src):  # "GP + GQ + GR"
            return ("sum", *(("length", *s.seg_of(t)) for t in src.split("+")))
        two = _RATIO.fullmatch(src)
        if two:
            g = [x for x in two.groups() if x]
            return ("ratio", ("length", *s.seg_of(g[0])), ("length", *s.seg_of(g[1])))
        return ("length", *s.seg(i))

    def distance(i: str, j: str) -> tuple:
        if re.fullmatch(r"\s*[A-Z]\s*", s.piece(j)):
            return ("length", s.letter(i), s.letter(j))
        return ("line", s.letter(i), *s.seg(j))

    s.sub(rf"{_ASK} the ratio of the area of {_POLY} to the area of {_POLY} ?\??",
          lambda m: asks.append(("ratio", area(m.group(1)), area(m.group(2)))))
    s.sub(rf"{_B}what fraction of the area of {_POLY} is (?:the area of )?{_POLY} ?\??",
          lambda m: asks.append(("ratio", area(m.group(2)), area(m.group(1)))))
    s.sub(rf"{_ASK} the ratio of {_P} to {_P} ?\??",
          lambda m: asks.append(("ratio", piece(m.group(1)), piece(m.group(2)))))
    s.sub(rf"{_ASK} the area of {_POLY} ?\??", lambda m: asks.append(area(m.group(1))))
    s.sub(rf"{_ASK} the perimeter of {_POLY} ?\??", lambda m: asks.append(perimeter(m.group(1))))
    s.sub(rf"{_ASK} the distance (?:from|between) (?:point )?{_P} (?:to|and) (?:the )?"
          rf"(?:line |side |segment |diagonal )?{_P} ?\??",
          lambda m: asks.append(distance(m.group(1), m.group(2))))
    s.sub(rf"(?:{_ASK} the (?:degree )?measure(?:,? in degrees,?)? of|{_B}how many degrees are "
          rf"(?:there )?in(?: the measure of)?) (?:angle )?{_P}(?:,? (?:in )?degrees)? ?\??",
          lambda m: asks.append(angle(m.group(1))))
    s.sub(rf"(?:{_ASK}|{_B}how long is) (?:the )?(?:length of )?(?:segment |side |diagonal )?{_P} "
          rf"?\??", lambda m: asks.append(piece(m.group(1))))
    if len(asks) != 1:
        return None
    return asks[0]


__all__ = ["question"]
