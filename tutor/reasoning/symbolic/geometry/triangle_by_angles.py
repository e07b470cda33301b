"""Typed reader: a triangle whose angles are told in words and one side, another side (or
its area or perimeter) asked: the special right triangles and the law of sines.

"In a 30-60-90 triangle the shorter leg is 5: the hypotenuse?", "A 45-45-90 triangle has a
leg of 7", "The hypotenuse of an isosceles right triangle is 10: its area?", "A right
triangle has a 60 degree angle and a hypotenuse of 10: the side opposite the 60 degree
angle?", "Two angles of a triangle measure 30 and 45 degrees; the side opposite the
30-degree angle is 8 ...". The angles must add up to 180; a side is named by its role (the
hypotenuse, the shorter or longer leg, a leg when both legs are equal, the shortest or
longest side, the side opposite an angle of a told size) and must name one side. Each side
is proportional to the sine of the angle opposite it, exact for the angles whose sines are
known in radicals; any other angle declines. Confirmed with coordinates: the triangle is
drawn from its base and the two base angles' tangents in 50-digit floating point and the
asked length measured there."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import number
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER

_P = r"@(\d+)@"
_DEG = r"(?: ?-?(?:degrees?|°)| ?\^\\circ)?"
_ANGLES = [(rf"(?:an? )?{_P}(?: - | ){_P}(?: - | ){_P} (?:right )?triangle", "three"),
           (r"(?:an? )?isosceles right triangle", "isosceles"),
           (rf"(?:an? )?right triangle (?:has|with) (?:an? |one )?(?:acute )?(?:angle "
            rf"(?:of|measuring) {_P}{_DEG}|{_P}{_DEG} angle)", "right"),
           (rf"two (?:of the )?angles of (?:a|the) triangle (?:measure|are) {_P}{_DEG} and "
            rf"{_P}{_DEG}", "two"),
           # "a triangle has angles of 30 and 60 degrees", "... angles 45, 45 and 90 degrees"
           (rf"(?:a|the) triangle (?:has|with) (?:two )?angles (?:of |measuring )?{_P}{_DEG} and "
            rf"{_P}{_DEG}", "two"),
           (rf"(?:a|the) triangle (?:has|with) angles (?:of |measuring )?{_P}{_DEG}, {_P}{_DEG},? "
            rf"and {_P}{_DEG}", "three")]
_ROLE = (rf"(?P<role>hypotenuse|(?:shorter|short|longer|long) leg|leg|shortest side|longest side|"
         rf"side (?:of the triangle )?opposite (?:the )?(?:angle (?:of |measuring )?{_P}{_DEG}|"
         rf"{_P}{_DEG} angle))")
_ASKED = [rf"(?:what is|find|how long is|compute|determine) (?:the length of )?(?:the |its |a |"
          rf"each |one |either )?{_ROLE}",
          r"(?:what is |find )?(?:the |its )(?P<whole>area|perimeter)(?: of (?:the|this) "
          r"triangle)?",
          r"(?:what is |find )?the (?P<whole>sum) of the (?:lengths of the )?(?:two )?(?:remaining|"
          r"other) (?:two )?sides(?: of the triangle)?"]
_GIVEN = [rf"(?:the |its |a |an )?{_ROLE}(?: of (?:the|this) triangle)? (?:is|has length|has a "
          rf"length of|measures|is of length|=) {_P}",
          rf"(?:has|with|and) (?:a|an) {_ROLE} (?:of|of length|measuring|that is) {_P}",
          rf"(?:has|with|and) (?:one )?{_ROLE} (?:of )?{_P}"]  # "with leg 6", typed briefly
_GLUE = FILLER | frozenset("in how long units unit cm inches feet meters length whose".split())


def _degrees(split: Split, i: str) -> sp.Rational:
    v = number(re.sub(r"\^\s*\{?\s*\\circ\s*\}?\s*$", "", split.maths[int(i)]))  # 30^\circ
    if v is None or not v.is_Rational or not 0 < v < 180:
        raise Decline("an angle in degrees")
    return v


def _angles(split: Split, text: str) -> tuple[list[sp.Rational], str]:
    found = [(m, how) for pattern, how in _ANGLES for m in re.finditer(pattern, text)]
    if len(found) != 1:
        raise Decline("the triangle's angles told once")
    m, how = found[0]
    nums = [_degrees(split, g) for g in m.groups() if g]
    if how == "isosceles":
        angles = [sp.Integer(45), sp.Integer(45), sp.Integer(90)]
    elif how == "right":
        angles = [nums[0], 90 - nums[0], sp.Integer(90)]
    elif how == "two":
        angles = [*nums, 180 - sum(nums)]
    else:
        angles = nums
    if sum(angles) != 180 or any(a <= 0 for a in angles):
        raise Decline("angles that make a triangle")
    return angles, re.sub(r"\s+", " ", text[:m.start()] + " the triangle " + text[m.end():])


def _side(split: Split, m: re.Match[str], angles: list[sp.Rational]) -> int:
    """The index of the angle opposite the side a role names."""
    role = m.group("role")
    order = sorted(range(3), key=lambda k: angles[k])
    if role == "hypotenuse" or role.endswith(" leg") or role == "leg":
        if 90 not in angles:
            raise Decline("a leg or hypotenuse of a triangle that is not right")
        right = angles.index(90)
        legs = [k for k in order if k != right]
        if role == "hypotenuse":
            return right
        if role == "leg":
            if angles[legs[0]] != angles[legs[1]]:
                raise Decline("which leg")
            return legs[0]
        if angles[legs[0]] == angles[legs[1]]:
            raise Decline("a shorter or longer leg of equal legs")
        return legs[0] if role.startswith("short") else legs[1]
    if role in ("shortest side", "longest side"):
        return order[0] if role == "shortest side" else order[-1]  # a tie: equal lengths
    size = _degrees(split, next(g for g in m.groups()[1:] if g))
    if size not in angles:  # two angles of that size: their sides have one length
        raise Decline("an angle of that size")
    return angles.index(size)


_ONE_ANGLE = re.compile(rf",? (?:and )?one (?:of its |of the )?(?:acute )?angles? (?:is|measures|"
                        rf"has measure|has a measure of) {_P}{_DEG}(?= and|,|\.|$)(?: and|,)?")


def _one_angle_said(text: str) -> str:
    """"a right triangle ..., and one of its angles is 30 degrees": the angle said with the
    right triangle (only one right triangle, one such angle)."""
    said = _ONE_ANGLE.findall(text)
    if len(said) != 1 or len(re.findall(r"\bright triangle\b", text)) != 1:
        return text
    text = _ONE_ANGLE.sub("", text)
    return re.sub(r"\bright triangle\b", f"right triangle with an angle of @{said[0]}@", text)


_BOTH_LEGS = [  # "the legs of the triangle are 7 (each)", "has legs of length 7", "each leg is 7"
    (re.compile(rf"\b(?:the |its |both )?legs(?: of the triangle)? (?:are|each (?:are|measure|"
                rf"have length)|both (?:are|measure|have length)|measure) (?:both |each )?{_P}"
                rf"(?: each)?"), r"the leg is @\1@"),
    (re.compile(rf"\b(has|with) (?:two )?(?:equal )?legs (?:each )?(?:of length |of |measuring )"
                rf"?{_P}(?: each)?"), r"\1 a leg of @\2@"),
    (re.compile(rf"\b(?:each|either|both) legs? (?:of the triangle )?(?:is|measures|has length) "
                rf"{_P}"), r"the leg is @\1@"),
]


def _both_legs(text: str) -> str:
    """Both legs told one length, as "the leg is ...": `_side` declines a leg of a right
    triangle whose legs are not equal."""
    for pattern, put in _BOTH_LEGS:
        text = pattern.sub(put, text)
    return text


def read_triangle_by_angles(split: Split, template: str) -> Result | None:
    if "triangle" not in template or not re.search(r"\b(?:legs?|hypotenuse|opposite|"
                                                   r"shortest side|longest side)\b", template):
        return None
    text = re.sub(r"\s+", " ", template)
    # "a right triangle has a hypotenuse of 10 and one angle of 30 degrees": the angle first
    text = re.sub(rf"\b(right triangle (?:has|with)) (an? [a-z ]+? (?:of|of length|measuring) "
                  rf"@\d+@) and (?:an? |one )?(?:acute )?(angle (?:of|measuring) {_P}{_DEG})",
                  r"\1 an \3 and \2", text)
    text = _one_angle_said(text)
    try:
        angles, text = _angles(split, text)
    except Decline:
        return None
    text = _both_legs(text)
    asks = [m for pattern in _ASKED for m in re.finditer(pattern, text)]
    if len(asks) != 1:
        return None
    ask = asks[0]
    text = text[:ask.start()] + " ; " + text[ask.end():]
    givens = [m for pattern in _GIVEN for m in re.finditer(pattern, text)]
    if len(givens) != 1:
        return None
    given = givens[0]
    text = text[:given.start()] + " ; " + text[given.end():]
    if "@" in text or set(re.findall(r"[a-z]+", text)) - _GLUE - {"triangle", "has", "with"}:
        return None
    length = number(split.maths[int(given.groups()[-1])])
    if length is None or not length.is_positive:
        raise Decline("a positive length")
    k_given = _side(split, given, angles)
    sines = [sp.sin(sp.pi * a / 180) for a in angles]
    if any(s.atoms(sp.sin) for s in sines):
        raise Decline("an angle whose sine is not known exactly")
    sides = [sp.radsimp(length * s / sines[k_given]) for s in sines]
    whole = ask.groupdict().get("whole")
    if whole == "area":
        value = sp.radsimp(sides[0] * sides[1] * sines[2] / 2)
    elif whole == "perimeter":
        value = sp.radsimp(sum(sides))
    elif whole == "sum":  # the two sides other than the one told
        value = sp.radsimp(sum(sides) - sides[k_given])
    else:
        value = sides[_side(split, ask, angles)]
    value = sp.radsimp(sp.simplify(value))
    _confirm(angles, k_given, length, whole, ask, split, value)
    shown = ", ".join(f"{latex(s)}" for s in sides)
    ratio = (f"\\frac{{{latex(length)}}}{{\\sin {latex(angles[k_given])}^\\circ}} = "
             f"{latex(sp.radsimp(length / sines[k_given]))}")
    steps = [step("the law of sines", "Each side is proportional to the sine of the angle "
                  f"opposite it; the angles are ${', '.join(latex(a) for a in angles)}$ "
                  "degrees.", f"${ratio}$", ratio),
             step("the sides", "Multiply by the sine of each angle.", f"The sides are "
                  f"${shown}$.", shown)]
    if whole:
        formula = {"area": "\\frac{1}{2} ab \\sin C", "perimeter": "a + b + c"}.get(
            whole, " + ".join(latex(x) for k, x in enumerate(sides) if k != k_given))
        claim = f"{formula} = {latex(value)}"
        steps.append(step(f"the {whole}", f"Compute the {whole}.", f"${claim}$", claim))
    return value, steps


def _confirm(angles: list[sp.Rational], k_given: int, length: sp.Basic, whole: str | None,
             ask: re.Match[str], split: Split, value: sp.Basic) -> None:
    """Draw the triangle on its base (the side opposite angle 2) and measure."""
    with mpmath.workdps(50):
        a0, a1 = (mpmath.radians(mpmath.mpf(str(a))) for a in angles[:2])
        # base P = (0, 0) to Q = (1, 0), angle 0 at P and angle 1 at Q; the apex R where the
        # two rays meet (straight above P or Q when that angle is right)
        x = mpmath.tan(a1) / (mpmath.tan(a0) + mpmath.tan(a1)) if angles[0] != 90 and \
            angles[1] != 90 else (0 if angles[0] == 90 else 1)
        y = x * mpmath.tan(a0) if angles[0] != 90 else mpmath.tan(a1)
        p, q, r = (mpmath.mpf(0), mpmath.mpf(0)), (mpmath.mpf(1), mpmath.mpf(0)), (x, y)
        dist = mpmath.sqrt
        opposite = [dist((q[0] - r[0]) ** 2 + (q[1] - r[1]) ** 2),
                    dist((p[0] - r[0]) ** 2 + (p[1] - r[1]) ** 2), mpmath.mpf(1)]
        scale = mpmath.mpf(str(sp.N(length, 60))) / opposite[k_given]
        sides = [s * scale for s in opposite]
        if whole == "area":
            got = y * scale * scale / 2
        elif whole == "perimeter":
            got = mpmath.fsum(sides)
        elif whole == "sum":
            got = mpmath.fsum(sides) - sides[k_given]
        else:
            got = sides[_side(split, ask, angles)]
        want = mpmath.mpf(str(sp.N(value, 60)))
        confirm.check(bool(abs(got - want) < mpmath.mpf(10) ** -30 * max(1, abs(want))),
                      "the triangle drawn from its angles and measured with coordinates")


__all__ = ["read_triangle_by_angles"]
