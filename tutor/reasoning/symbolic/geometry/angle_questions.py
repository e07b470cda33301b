"""Typed reader: angles in degrees.

- Complements and supplements, chained: "the supplement of the complement of a 40-degree
  angle" (innermost first; each must exist: a complement of less than 90 degrees).
- The angles of a polygon (triangle, quadrilateral, pentagon, hexagon) from the angle
  sum 180(n - 2): the remaining angle when all but one are given, or each angle from
  their ratio ("in the ratio 3:5:7"; the largest or smallest asked).

Confirmed by adding the answer back: the chain undone from the answer gives the given
angle; the polygon's angles, answer included, add to 180(n - 2), each positive."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.figure_measures import POLYGON_SIDES
from tutor.reasoning.symbolic.geometry.reading import COMMON, places
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

_SIDES = POLYGON_SIDES  # a polygon's name -> its number of sides (one table for all readers)
_WHOLE = {"complement": 90, "supplement": 180}
VOCAB = COMMON | frozenset(_SIDES) | frozenset(_WHOLE) | frozenset(
    "angle angles measure measures measuring degree degrees ratio largest smallest greatest "
    "least third fourth fifth sixth seventh eighth other remaining two three four five six seven "
    "of are is what how "
    "many number its right acute one larger smaller interior".split())
_DEGREES = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:\^\s*\{?\s*\\circ\s*\}?)?\s*$")
# "the supplement of an angle is 20 degrees", "its complement": not a chain from a given angle
_TOLD = re.compile(r"\b(?:complement|supplement) of (?:an|the|this|that) angle (?:is|measures|"
                   r"equals)\b|\b(?:its|the angle's|an angle's) (?:complement|supplement)\b")
_RATIO = re.compile(r"^\s*\d+(?:\s*:\s*\d+)+\s*$")


def _degrees(src: str) -> sp.Rational:
    m = _DEGREES.match(src)
    if not m:
        raise Decline("an angle in degrees")
    return sp.Rational(m.group(1))


def _chain(template: str, angle: sp.Rational) -> Result:
    ops = re.findall(r"\b(complement|supplement) of\b", template)
    if not ops or len(re.findall(r"\b(?:complement|supplement)\b", template)) != len(ops):
        raise Decline("a complement or supplement of what is not said")
    steps: list[Step] = []
    value = angle
    for op in reversed(ops):
        whole = _WHOLE[op]
        if not 0 < value < whole:
            raise Decline(f"an angle of {value} degrees has no {op}")
        new = whole - value
        claim = f"{whole} - {latex(value)} = {latex(new)}"
        steps.append(step(f"take the {op}", f"An angle and its {op} add to {whole}°.",
                          f"${claim}$", claim))
        value = new
    back = value
    for op in ops:
        back = _WHOLE[op] - back
    confirm.check(back == angle, "undoing each step from the answer gives the given angle")
    return value, steps


def _polygon(template: str, w: set[str], values: list[sp.Basic], ratio: list[int] | None
             ) -> Result:
    shapes = w & set(_SIDES)
    if len(shapes) != 1:
        raise Decline("one polygon expected")
    n = _SIDES[shapes.pop()]
    total = 180 * (n - 2)
    if ratio is not None:
        if len(ratio) != n or not w & {"largest", "smallest", "greatest", "least"} or \
                len(w & {"largest", "smallest", "greatest", "least"}) != 1:
            raise Decline("a ratio of all the angles and the largest or smallest asked")
        parts = sum(ratio)
        angles = [sp.Rational(total * k, parts) for k in ratio]
        pick = max if w & {"largest", "greatest"} else min
        value = pick(angles)
        if any(a >= 360 or a == 180 for a in angles):
            raise Decline("an angle of 180 degrees or more than a full turn is no polygon's")
        confirm.check(sum(angles) == total and all(a > 0 for a in angles),
                      f"the angles {', '.join(latex(a) for a in angles)} add to {total}")
        claim = f"\\frac{{{pick(ratio)}}}{{{parts}}} \\cdot {total} = {latex(value)}"
        return value, [step("share out the angle sum", f"The angles add to {total}° and "
                            f"split in {parts} equal parts.", f"${claim}$", claim)]
    ordinals = {"third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8}
    if len(values) != n - 1 or not w & {*ordinals, "other", "remaining"}:
        raise Decline("all the angles but one expected")
    if any(ordinals[o] != n for o in w & set(ordinals)):  # "the fourth" of a triangle's angles
        raise Decline("the angle asked is not the polygon's last one")
    value = total - sum(values)
    if value <= 0 or value >= 360 or value == 180 or any(v >= 360 or v == 180 for v in values):
        raise Decline("these angles do not fit in the polygon")
    confirm.check(sum(values) + value == total and all(v > 0 for v in values),
                  f"the angles, the answer included, add to {total}")
    claim = f"{total} - " + " - ".join(latex(v) for v in values) + f" = {latex(value)}"
    return value, [step("use the angle sum", f"The angles of this polygon add to "
                        f"$180({n} - 2) = {total}$ degrees.", f"${claim}$", claim)]


# "Two angles are complementary. One of them measures 28 degrees. What is the other?"
_PAIR = re.compile(r"(?:the )?two angles are (?P<kind>complementary|supplementary)(?:[.,;]|,? and)"
                   r" (?:if )?one (?:of them |angle )?(?:is|measures|has a measure of|has measure)"
                   r" @(?P<a>\d+@)(?: degrees)?[.,;]? (?:what is|find|how (?:large|big) is) "
                   r"(?:the )?(?:measure of )?the other(?: angle| one)?(?:, in degrees| in "
                   r"degrees)?[.?]?")


def _pair(split: Split, template: str) -> Result | None:
    m = _PAIR.fullmatch(template.strip())
    if m is None:
        return None
    whole = 90 if m.group("kind") == "complementary" else 180
    angle = _degrees(split.maths[int(m.group("a").rstrip("@"))])
    if not 0 < angle < whole:
        raise Decline(f"an angle of {angle} degrees has no {m.group('kind')} partner")
    other = whole - angle
    confirm.check(other + angle == whole and other > 0, f"the two angles add to {whole}")
    claim = f"{whole} - {latex(angle)} = {latex(other)}"
    return other, [step("use the pair's sum", f"{m.group('kind').capitalize()} angles add to "
                        f"{whole}°.", f"${claim}$", claim)]


def read_angles(split: Split, template: str) -> Result | None:
    if "two angles are" in template:
        return _pair(split, template)
    w = words(template)
    if not w & {"angle", "angles"} or not words_within(template, VOCAB):
        return None
    pieces = [split.maths[i] for i in dict.fromkeys(places(template))]
    ratio_src = re.sub(r"@(\d+)@", lambda m: split.maths[int(m.group(1))],
                       " ".join(re.findall(r"@\d+@(?: ?: ?@\d+@)+", template)))
    if w & set(_WHOLE):
        if _TOLD.search(template):  # the angle told through them (`complements` reads it)
            return None
        if w & set(_SIDES) or len(pieces) != 1:
            raise Decline("one angle to complement or supplement")
        return _chain(template, _degrees(pieces[0]))
    if "ratio" in w:
        text = ratio_src if ratio_src else (pieces[0] if len(pieces) == 1 else "")
        if not _RATIO.match(text.replace(" ", "")):
            raise Decline("a ratio a:b:c expected")
        if w & {"right", "acute"}:
            return _acute_ratio(template, [int(k) for k in text.replace(" ", "").split(":")])
        return _polygon(template, w, [], [int(k) for k in text.replace(" ", "").split(":")])
    values = [_degrees(p) for p in pieces]
    if w & {"right", "acute"}:
        return _right_triangle(template, w, values)
    return _polygon(template, w, values, None)


def _acute_ratio(template: str, ratio: list[int]) -> Result:
    """"The acute angles of a right triangle are in the ratio 2:3": they share 90 degrees; the
    larger or smaller acute angle asked (the largest angle of the triangle is the right one)."""
    asked = re.search(r"\b(larger|largest|greater|greatest|smaller|smallest|lesser|least) "
                      r"(acute )?angle\b", template)
    if not re.search(r"\bright triangle\b", template) or len(ratio) != 2 or not re.search(
            r"\bacute angles\b", template) or asked is None or (
            not asked.group(2) and asked.group(1) not in ("smaller", "smallest", "least")):
        raise Decline("the ratio of the two acute angles of a right triangle, one of them asked")
    angles = [sp.Rational(90 * k, sum(ratio)) for k in ratio]
    value = max(angles) if asked.group(1)[:4] in ("larg", "grea") else min(angles)
    confirm.check(sum(angles) + 90 == 180 and all(a > 0 for a in angles),
                  f"the angles {latex(angles[0])}, {latex(angles[1])} and 90 add to 180")
    claim = f"\\frac{{{ratio[angles.index(value)]}}}{{{sum(ratio)}}} \\cdot 90 = {latex(value)}"
    return value, [step("share out the acute angles' sum", "The right angle leaves 90° for the "
                        f"two acute angles, split in {sum(ratio)} equal parts.", f"${claim}$",
                        claim)]


def _right_triangle(template: str, w: set[str], values: list[sp.Basic]) -> Result:
    """"In a right triangle one acute angle is 35 degrees: the other acute angle?": the right
    angle is the angle not told; "the other angle" alone (right or acute?) declines."""
    if not re.search(r"\bright triangle\b", template) or len(values) != 1 or \
            "ratio" in w or not re.search(r"\b(?:other|third|remaining) acute angle\b|"
                                          r"\b(?:third|remaining) angle\b", template):
        raise Decline("one acute angle of a right triangle told and the other asked")
    if not 0 < values[0] < 90:
        raise Decline("an acute angle is less than 90 degrees")
    value = 90 - values[0]
    confirm.check(values[0] + value + 90 == 180 and value > 0,
                  "the right angle and the two acute angles add to 180")
    claim = f"180 - 90 - {latex(values[0])} = {latex(value)}"
    return value, [step("use the angle sum", "The angles of a triangle add to 180° and one of "
                        "them is the right angle.", f"${claim}$", claim)]


__all__ = ["VOCAB", "read_angles"]
