"""Typed reader: a path wound around a cylinder (a helix), and a stripe painted along one.

"A string is wound evenly around a cylindrical post, going around exactly 3 times from the
bottom to the top. The post has a circumference of 4 feet and a height of 9 feet. How long is
the string?", "A spiral staircase turns 270 degrees as it rises 12 feet. The radius of the
staircase is 3 feet. How long is the handrail?", "A stripe with a horizontal width of 2 feet
winds 3 times around a silo 50 feet tall with a diameter of 20 feet. What is the area of the
stripe?"

Unrolled, the cylinder's side is a rectangle: a path that goes round n times (or turns through
an angle) while rising h becomes a straight segment across n circumferences (the arc length
r theta) and up h, so its length is sqrt((r theta)^2 + h^2); a stripe of horizontal width w is
a parallelogram of base w and height h, its area w h (n and the size do not enter, but the
stripe must be narrower than the circumference, or it would cover itself). Told: the turns
(a count, "once", "twice", an angle, "half a turn", "a 3/4 turn"), one of circumference, radius
or diameter, the height or the rise; a path that is not said to go from the bottom to the top
(or to rise by the height), a cone, a sphere, a number or a word the reader does not read
declines.

Confirmed independently: the helix (r cos t, r sin t, h t / theta) is measured by quadrature
of its speed at 40 digits; the stripe by the shoelace formula on the unrolled parallelogram's
corners."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.figure_wording import spelled_numbers
from tutor.reasoning.symbolic.geometry.reading import DEGREES, EXACT_FORM, number
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_N = r"@(\d+)@"
_U = r"(?: (?:feet|foot|ft|meters?|metres?|m|inch(?:es)?|in|yards?|yd|centimet(?:er|re)s|cm|" \
     r"units?)\.?(?!\w))?"
_PATHS = r"(handrail|string|stripe|strip|garland|ribbon|vine|wire|rope|thread|path|helix|tape|" \
         r"cord|spiral)"
_CYLINDER = re.compile(r"\b(cylind\w*|can|silo|column|post|pole|tower|trunk|staircase|pipe|tube)\b")
_OTHER_SOLID = re.compile(r"\b(cones?|conical|spheres?|spherical|balls?|pyramids?|prisms?|cubes?|"
                          r"hemispheres?)\b")
_TURN_WORDS = {"once": sp.Integer(1), "twice": sp.Integer(2), "half a": sp.Rational(1, 2),
               "a half": sp.Rational(1, 2), "a quarter": sp.Rational(1, 4), "a full": sp.Integer(1),
               "one full": sp.Integer(1)}
_COUNT = re.compile(rf"(?<![\w@])(?:exactly |evenly )?(?:{_N} (?:full |complete )?(?:times|turns|"
                    rf"revolutions|loops)|(once|twice))\b")
_ANGLE = re.compile(rf"\b(?:turns|turning|rotates|rotating|makes a turn of|a turn of) (?:through )?"
                    rf"{_N}(?: ?°| degrees)?(?= |$|[.,?])")
_PART_TURN = re.compile(rf"\bmak(?:es|ing) (?:(half a|a half|a quarter|a full|one full)|a {_N}"
                        rf"(?: ?/ ?{_N})?) (?:turn|revolution)\b")
_ROUND = re.compile(rf"\b(?:(?:base )?circumference|radius|diameter)(?: of (?:the |its )?(?:base|"
                    rf"staircase|can|cylinder|post|pole|column|silo|tower|trunk)(?: of (?:the |its "
                    rf")?[a-z]+)?)? (?:is |of |equal to )?{_N}{_U}|{_N}{_U} (?:in diameter|across)"
                    rf"\b")
_HEIGHT = re.compile(rf"\b(?:height (?:of (?:the |its )?[a-z]+ )?(?:is |of )?|(?:as it |while |and "
                     rf")?(?:rises?|rising|climbs?|climbing) |over a height of ){_N}{_U}|{_N}{_U} "
                     rf"(?:tall|high)\b")
_WIDTH = re.compile(rf"(?<![\w@])(?:(?:a |the )?horizontal width (?:of |is )?{_N}{_U}|{_N}{_U} "
                    rf"wide,? (?:measured |as measured )?horizontally)")
_SPAN = re.compile(r"\bfrom (?:the )?bottom (?:of (?:the |its )?[a-z]+ )?to (?:the )?top\b|"
                   r"\b(?:as it |while |and )?(?:rises?|rising|climbs?|climbing)\b|\bover a "
                   r"height of\b|\bstaircase\b|\bmaking (?:@\d+@ )?complete revolutions\b")
_LENGTH_ASKED = re.compile(rf"\b(?:how long (?:is|will be|must be) (?:the |its |this )?{_PATHS}|"
                           rf"(?:what is |find )?(?:the number of [a-z]+ in )?(?:the )?"
                           rf"(?:shortest )?length(?: in [a-z]+)? of (?:the |its |this )?"
                           rf"{_PATHS})\b")
_AREA_ASKED = re.compile(r"\b(?:what is |find )?(?:the )?area of (?:the |this )?(stripe|strip)\b")
_GLUE = FILLER | frozenset(
    "string stripe strip garland ribbon vine wire rope thread path helix tape cord spiral handrail "
    "wound winds wind winding wraps wrap wrapped wrapping around goes going went go climbs "
    "circling circles encircles painted is on a an the its it of in with has have from to bottom "
    "top ending ends right directly above where started left spot reaches starting point crawls "
    "ant evenly spool tank drum barrel pillar rod pipe tube spool's tank's column's tower's "
    "exactly full complete revolutions turns times cylindrical cylinder can silo column post pole "
    "tower trunk staircase tree shaped like gift box red blue white green black shape and as "
    "makes making stairs rise rises rising while feet foot ft meters m inches in cm units square "
    "sq number how long what find length shortest area base that which this there so "
    "staircase's trunk's can's "
    "post's pole's cylinder's".split())


def read_cylinder_winding(split: Split, template: str) -> Result | None:
    cyl = _CYLINDER.search(template)
    if not cyl or not re.search(r"\b(wound|winds?|winding|wraps?|wrapped|wrapping|spiral|helix|"
                                r"circling|revolutions?|turns?|around)\b", template):
        return None
    length_asked, area_asked = _LENGTH_ASKED.search(template), _AREA_ASKED.search(template)
    if not length_asked and not area_asked:
        return None
    split, template = spelled_numbers(split, template)
    template = re.sub(r"@(\d+)@ ?(?:\^ ?\{? ?\\circ ?\}?)", r"@\1@ °", template)
    if _OTHER_SOLID.search(template):
        raise Decline("a path around a cylinder, not another solid")
    length_asked, area_asked = _LENGTH_ASKED.search(template), _AREA_ASKED.search(template)
    if bool(length_asked) == bool(area_asked):
        raise Decline("the length of the path or the area of the stripe asked, once")
    turns, used = _turns(split, template)
    rounds, heights = list(_ROUND.finditer(template)), list(_HEIGHT.finditer(template))
    widths = list(_WIDTH.finditer(template))
    if len(heights) != 1 or len(rounds) > 1 or (area_asked and len(widths) != 1) or (
            length_asked and (widths or len(rounds) != 1)):
        raise Decline("one height, one size of the cylinder (and the stripe's width)")
    if not _SPAN.search(template):
        raise Decline("that the path goes from the bottom to the top")
    h = _value(split, _slot(heights[0]))
    rest = template
    for m in (*used, *rounds, *heights, *widths, *([length_asked] if length_asked else []),
              *([area_asked] if area_asked else [])):
        rest = rest.replace(m.group(0), " ; ")
    rest = re.sub(EXACT_FORM, " ; ", rest)
    rest = re.sub(r"\bin terms of (?:pi\b|π|@(\d+)@)", lambda m: m.group(0) if m.group(1) and
                  split.maths[int(m.group(1))].strip() not in ("\\pi", "π") else " ; ", rest)
    left = words(rest) - _GLUE
    if left or re.search(r"@\d+@", rest):
        raise Decline(f"words the cylinder-winding reader does not read: {sorted(left)[:3]}")
    if area_asked:
        return _stripe(split, widths[0], rounds, h)
    r = _radius(split, rounds[0])
    run = sp.nsimplify(r * turns)  # the arc length r theta
    length = sp.sqrt(sp.expand(run**2 + h**2))
    _confirm_helix(r, turns, h, length)
    shown = f"\\sqrt{{\\left({latex(run)}\\right)^2 + \\left({latex(h)}\\right)^2}} = " \
            f"{latex(length)}"
    return length, [step("unroll the side", "Unrolled, the cylinder's side is a rectangle and the "
                         "path a straight line across the arc it turns through and up the height.",
                         f"${shown}$", shown)]


def _turns(split: Split, template: str) -> tuple[sp.Basic, list[re.Match[str]]]:
    """The angle turned through, in radians, and the phrases that told it."""
    found: list[tuple[sp.Basic, re.Match[str]]] = []
    for m in _COUNT.finditer(template):
        n = _value(split, f"@{m.group(1)}@") if m.group(1) else _TURN_WORDS[m.group(2)]
        found.append((2 * sp.pi * n, m))
    for m in _ANGLE.finditer(template):
        d = DEGREES.fullmatch(split.maths[int(m.group(1))])
        if not d:
            raise Decline("the angle the path turns through, in degrees")
        found.append((sp.Rational(d.group(1)) * sp.pi / 180, m))
    for m in _PART_TURN.finditer(template):
        if m.group(1):
            part = _TURN_WORDS[m.group(1)]
        else:
            part = _value(split, f"@{m.group(2)}@")
            if m.group(3):
                part = part / _value(split, f"@{m.group(3)}@")
        found.append((2 * sp.pi * part, m))
    if len(found) != 1:
        raise Decline("how far the path turns around the cylinder, told once")
    return found[0][0], [found[0][1]]


def _slot(m: re.Match[str]) -> str:
    return next(f"@{g}@" for g in m.groups() if g is not None)


def _radius(split: Split, m: re.Match[str]) -> sp.Basic:
    v = _value(split, _slot(m))
    said = m.group(0)
    if said.startswith(("circumference", "base circumference")):
        return v / (2 * sp.pi)
    return v if said.startswith("radius") else v / 2


def _stripe(split: Split, width: re.Match[str], rounds: list[re.Match[str]],
            h: sp.Basic) -> Result:
    w = _value(split, _slot(width))
    if rounds and not w < 2 * sp.pi * _radius(split, rounds[0]):
        raise Decline("a stripe narrower than the cylinder's circumference")
    area = sp.nsimplify(w * h)
    _confirm_stripe(w, h, area)
    shown = f"{latex(w)} \\cdot {latex(h)} = {latex(area)}"
    return area, [step("unroll the side", "Unrolled, the stripe is a parallelogram whose base is "
                       "its horizontal width and whose height is the cylinder's.", f"${shown}$",
                       shown)]


def _value(split: Split, said: str) -> sp.Basic:
    v = number(split.maths[int(said[1:-1])])
    if v is None or not v.is_positive:
        raise Decline("a positive number for each measure of the cylinder")
    return v


def _confirm_helix(r: sp.Basic, theta: sp.Basic, h: sp.Basic, length: sp.Basic) -> None:
    with mpmath.workdps(40):
        rr, th, hh = (mpmath.mpf(str(sp.N(x, 45))) for x in (r, theta, h))

        def speed(t: mpmath.mpf) -> mpmath.mpf:
            return mpmath.sqrt((rr * mpmath.sin(t))**2 + (rr * mpmath.cos(t))**2 + (hh / th)**2)

        arc = mpmath.quad(speed, mpmath.linspace(0, th, 9))
        ok = abs(arc - mpmath.mpf(str(sp.N(length, 45)))) < mpmath.mpf(10) ** -25 * arc
    confirm.check(bool(ok), "the helix measured by quadrature of its speed")


def _confirm_stripe(w: sp.Basic, h: sp.Basic, area: sp.Basic) -> None:
    shift = sp.Integer(7)  # any run across the turns: the shoelace area does not depend on it
    corners = [(sp.Integer(0), sp.Integer(0)), (w, sp.Integer(0)), (w + shift, h), (shift, h)]
    twice = sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in
                zip(corners, corners[1:] + corners[:1], strict=True))
    confirm.check(sp.simplify(abs(twice) / 2 - area) == 0, "the unrolled stripe's shoelace area")


__all__ = ["read_cylinder_winding"]
