"""Reading a named triangle's facts and question: its name (`ABC`, `\\triangle XYZ`), sides
(`AB = 5`, `AB = AC = 7`), angles (`\\angle B = 60^\\circ`, "a right angle at C", "the
hypotenuse AB", `\\sin X = 1`), trigonometric facts (`\\tan R = 5 \\cos Q`) and what is
asked (a side, a ratio, an angle's measure, or a named measure), without evaluating text."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.geometry.reading import number, places
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.trigonometry.angles import parse_trig

NAME = re.compile(r"\s*(?:\\triangle\s*)?\{?\s*([A-Z])([A-Z])([A-Z])\s*\}?\s*")
ANGLE = re.compile(r"\s*(?:m\s*)?\\(?:measured)?angle\s*\{?\s*([A-Z]{1,3})\s*\}?\s*"
                    r"(?:=\s*(.+?))?\s*")
SIDE = re.compile(r"\s*(?:\\overline\s*\{\s*([A-Z]{2})\s*\}|([A-Z]{2}))\s*(?:=\s*(.+?))?\s*")
_DEGREES = re.compile(r"(.+?)\s*\^\s*\{?\s*\\circ\s*\}?\s*")
_ASK = re.compile(r"(?:find|what is|compute|calculate|evaluate|how long is|what are|determine) "
                  r"(?:the (?:length|(?:degree )?measure|value) of )?(angle )?@(\d+)@"
                  r"(?:,? in degrees)?[.?]?$")
# "a = 7": the side opposite vertex A, by the usual naming
_LOWER = re.compile(r"\s*([a-z])\s*(?:=\s*(.+?))?\s*")

Fact = tuple[str, object, sp.Basic]


def vertex(letters: str, name: str) -> str:
    """The vertex an angle names: "B" or "ABC" (the middle letter)."""
    v = letters if len(letters) == 1 else letters[1] if len(letters) == 3 else ""
    if v not in name or (len(letters) == 3 and set(letters) != set(name)):
        raise Decline("an angle that is not one of the triangle's")
    return v


def _opposite(letter: str, name: str) -> str:
    """The side named by a lower-case vertex letter: "a" is BC in triangle ABC."""
    return "".join(v for v in name if v != letter.upper())


def told_in_degrees(maths: list[str]) -> bool:
    """Some angle of the problem is told with a degree sign: "What is $\\angle C$?" then asks
    its measure in degrees too."""
    return any(_DEGREES.search(src) and "=" in src for src in maths)


def _degrees(src: str) -> sp.Basic:
    """An angle's value with a degree sign; a plain number ("angle C = 90", as a student
    types it) only when it is too large to be radians (over pi)."""
    m = _DEGREES.fullmatch(src)
    value = number(m.group(1)) if m else None
    if m is None and (plain := number(src)) is not None and plain.is_Rational and plain > sp.pi:
        value = plain
    if value is None or not 0 < value < 180:
        raise Decline("an angle in degrees")
    return value


def facts(split: Split, template: str, name: str, asked: int) -> list[Fact]:
    facts: list[Fact] = []
    t = re.sub(r"@(\d+)@", lambda m: "@@" if int(m.group(1)) == asked else m.group(0), template)
    for i in dict.fromkeys(places(t)):
        src = split.maths[i]
        if NAME.fullmatch(src) and set(NAME.fullmatch(src).groups()) == set(name):  # type: ignore[union-attr]
            continue
        after = t.split(f"@{i}@", 1)[1]
        right = re.match(r"\s*is a right angle", after) or re.search(
            rf"right angle at @{i}@", t)
        if right:
            letters = ANGLE.fullmatch(src) or re.fullmatch(r"\s*([A-Z])\s*", src)
            if letters is None or (letters.lastindex or 0) > 1 and letters.group(2):
                raise Decline("which angle is right")
            facts.append(("angle", vertex(letters.group(1), name), sp.Integer(90)))
            continue
        if re.search(rf"hypotenuse @{i}@", t):
            side = SIDE.fullmatch(src)
            if side is None or side.group(3):
                raise Decline("the hypotenuse named")
            pair = side.group(1) or side.group(2)
            facts.append(("angle", (set(name) - set(pair)).pop(), sp.Integer(90)))
            continue
        for part in re.split(r",\s*(?=[A-Z\\])", src):
            facts.extend(_fact(part, name))
    return facts


def _fact(src: str, name: str) -> list[Fact]:
    angle = ANGLE.fullmatch(src)
    if angle and angle.group(2):
        return [("angle", vertex(angle.group(1), name), _degrees(angle.group(2)))]
    chain = re.fullmatch(r"\s*([A-Z]{2})\s*=\s*([A-Z]{2})\s*=\s*(.+?)\s*", src)
    if chain:  # AB = AC = 7: two facts
        return [f for pair in chain.groups()[:2]
                for f in _fact(f"{pair} = {chain.group(3)}", name)]
    side = SIDE.fullmatch(src)
    low = _LOWER.fullmatch(src)
    if low and low.group(2) and low.group(1).upper() in name:
        side = SIDE.fullmatch(f"{_opposite(low.group(1), name)} = {low.group(2)}")
    if side and side.group(3):
        pair = side.group(1) or side.group(2)
        value = number(side.group(3))
        if not set(pair) < set(name) or len(set(pair)) != 2 or value is None or value <= 0:
            raise Decline("a side length of the triangle")
        return [("side", frozenset(pair), value)]
    e = parse_trig(src)
    if not isinstance(e, sp.Eq) or not {str(s) for s in e.free_symbols} <= set(name):
        raise Decline("a fact about the triangle that is not read")
    if e.lhs.func == sp.sin and e.lhs.args[0].is_Symbol and e.rhs == 1:
        return [("angle", str(e.lhs.args[0]), sp.Integer(90))]  # sin X = 1: X is right
    return [("trig", None, e.lhs - e.rhs)]


def asked(split: Split, template: str, w: set[str], name: str
           ) -> tuple[str, int | None, sp.Basic | None]:
    """What is asked (a kind), the piece that says it, and its expression."""
    kinds = [k for k, need in (("area", {"area"}), ("perimeter", {"perimeter"}),
                               ("inradius", {"radius", "inscribed"}),
                               ("inradius", {"radius", "incircle"}),
                               ("circumradius", {"radius", "circumscribed"}),
                               ("circumradius", {"radius", "circumcircle"})) if need <= w]
    if kinds:
        if len(set(kinds)) != 1:
            raise Decline("one measure of the triangle asked")
        return kinds[0], None, None
    m = _ASK.search(template)
    if m is None:
        raise Decline("what is asked is not read")
    i = int(m.group(2))
    src = split.maths[i]
    if m.group(1):  # "angle $B$": the angle at B
        if not re.fullmatch(r"\s*[A-Z]{1,3}\s*", src):
            raise Decline("an angle of the triangle asked")
        src = f"\\angle {src.strip()}"
    low = _LOWER.fullmatch(src)
    side = SIDE.fullmatch(src)
    if low and not low.group(2) and low.group(1).upper() in name:
        side = SIDE.fullmatch(_opposite(low.group(1), name))
    if side and not side.group(3):
        pair = side.group(1) or side.group(2)
        if len(set(pair)) != 2 or not set(pair) < set(name):
            raise Decline("a side of the triangle asked")
        return "side", i, sp.Symbol("".join(sorted(pair)))
    angle = ANGLE.fullmatch(src)
    if angle and not angle.group(2):
        if not w & {"measure", "degrees"} and not told_in_degrees(split.maths):
            raise Decline("the measure of an angle, in degrees")
        return "degrees", i, sp.Symbol(vertex(angle.group(1), name))
    e = parse_trig(src)
    if isinstance(e, sp.Eq) or not e.atoms(sp.Function) or not {
            str(s) for s in e.free_symbols} <= set(name):
        raise Decline("a ratio of the triangle's angles asked")
    return "trig", i, e


__all__ = ["ANGLE", "NAME", "SIDE", "Fact", "asked", "facts", "told_in_degrees", "vertex"]
