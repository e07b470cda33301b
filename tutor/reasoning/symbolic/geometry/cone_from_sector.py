"""Typed reader: a cone made from a sector of a circle.

"A $240^\\circ$ sector of a circle of radius 6 is rolled into a cone. What is the radius of the
base of the cone?", "A cone is formed from a 300-degree sector of a circle of radius 18 by
aligning the two straight sides. What is its height?", "... what is the volume of the cone?":
the sector's radius R becomes the cone's slant height and its arc the rim of the base, so
2 pi r = (angle / 360) 2 pi R and the height is sqrt(R^2 - r^2). The other way round, a cone
told by its base radius and slant height gives the sector's central angle 360 r / R. Every
word is read; an unknown one declines. Confirmed numerically at 40 digits: the base's
circumference equals the sector's arc, the slant height the sector's radius, and a volume is
integrated again slice by slice (`solids.volume_by_slices`)."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import number
from tutor.reasoning.symbolic.geometry.solids import Solid, measures, volume_by_slices
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_N = r"@(\d+)@"
_DEG = r"(?: ?-? ?degrees?)?"
_ANGLE = [rf"\b(?:a|an|the) {_N}{_DEG} sector\b", rf"\bsector (?:with|has|having) (?:a )?"
          rf"central angle (?:of |measuring )?{_N}{_DEG}"]
_RADIUS = [r"\b(?:circle|sector|paper|disk) (?:of|with|having) (?:a )?radius (?:of )?" + _N]
_CONE_FACTS = {"radius": r"\b(?:base )?radius (?:of (?:the |its )?base )?(?:of |is )?" + _N,
               "slant_height": r"\bslant height (?:of |is )?" + _N}
# what is asked of the cone, and the sector's angle
_ASKED = [("radius", r"\b(?:base )?radius(?: of (?:the |its )?base)?"),
          ("diameter", r"\b(?:base )?diameter(?: of (?:the |its )?base)?"),
          ("height", r"\bheight"), ("slant_height", r"\bslant height"),
          ("volume", r"\bvolume"), ("lateral_area", r"\b(?:lateral|curved) (?:surface )?area"),
          ("circumference", r"\bcircumference of (?:the |its )?base"),
          ("base_area", r"\barea of (?:the |its )?base"),
          ("angle", r"\b(?:(?:number of )?degrees in (?:the )?(?:measure of )?(?:the )?)?"
                    r"(?:central angle|angle) of the sector")]
# the sector becomes the cone: "rolled into a cone", "joined to form a cone", "a cone is
# formed from a sector"
_CONE = r"(?:a|the) (?:right )?(?:circular )?cone"
_MADE = re.compile(r"\b(?:rolled|formed|folded|made|bent|shaped|curled|turned) (?:up )?into "
                   + _CONE + r"\b|\bto (?:form|make) " + _CONE + r"\b|\bforms? " + _CONE +
                   r"\b|\bcone (?:is |was |can be )?(?:formed|made|constructed) (?:from|out of)"
                   r" (?:a|the) @\d+@|\b(?:is |was |can be )(?:formed|made|constructed) "
                   r"(?:from|out of) (?:a|the) (?:@\d+@ ?-? ?degrees? )?sector\b")
_GLUE = frozenset(
    "a an the of is are and its two straight sides edges edge side by aligning joining joined "
    "rolled rolling formed forming form folded made make makes into to from cut removed circle "
    "circular piece paper sheet with cone resulting then so that together what find express "
    "your answer in terms units inches cm centimeters feet meters this sector it which one "
    "without overlap overlapping up glued taped".split())


def read_cone_from_sector(split: Split, template: str) -> Result | None:
    if not re.search(r"\bsector\b", template) or not re.search(r"\bcone\b", template) or \
            not _MADE.search(template) or "[asy]" in template:
        return None
    text = re.sub(r",? in terms of @\d+@|,? in (?:square |cubic )?(?:units|inches|cm|feet|"
                  r"meters)\b", " ", template)
    asks = list(re.finditer(r"\b(?:what|find|how)\b", text))
    if not asks:
        return None
    facts, question = text[:asks[-1].start()], text[asks[-1].start():]
    angle, facts = _take(split, facts, _ANGLE, degrees=True)
    radius, facts = _take(split, facts, _RADIUS)
    cone: dict[str, sp.Expr] = {}
    for name, pattern in _CONE_FACTS.items():
        if re.search(pattern, facts):
            cone[name], facts = _take(split, facts, [pattern])
    asked = [(name, m) for name, p in _ASKED for m in [re.search(p + r"\b", question)] if m]
    asked = [(n, m) for n, m in asked if not any(  # "slant height" is not also "height"
        o != n and m2.start() <= m.start() and m.end() <= m2.end() and m2.span() != m.span()
        for o, m2 in asked)]
    if len(asked) != 1:
        raise Decline("one measure of the cone or the sector's angle asked")
    what, m = asked[0]
    if what != "angle" and re.search(r"\b(?:circle|sector|paper|disk)\b", question):
        raise Decline("a measure of the circle or sector asked, not of the cone")
    leftover = set(re.findall(r"[a-z]+", facts + " " + question[:m.start()] + " " +
                              question[m.end():])) - _GLUE - {"find", "what", "how", "many"}
    if leftover or "@" in re.sub(r"@\d+@", "", facts):
        raise Decline(f"the words {' '.join(sorted(leftover)[:3])} are not read")
    if re.search(r"@\d+@", facts + question):
        raise Decline("a number without the measure it gives")
    if what == "angle":
        return _angle(cone, radius, angle)
    if angle is None or radius is None or cone:
        raise Decline("the sector's central angle and radius expected")
    return _cone(angle, radius, what)


def _take(split: Split, text: str, patterns: list[str], degrees: bool = False
          ) -> tuple[sp.Expr | None, str]:
    found = [(m, p) for p in patterns for m in re.finditer(p, text)]
    if not found:
        return None, text
    if len(found) > 1:
        raise Decline("a measure told twice")
    m = found[0][0]
    src = split.maths[int(m.group(1))]
    if degrees:
        src = re.sub(r"\^\s*\{?\s*\\circ\s*\}?\s*$", "", src)
        if "degree" not in m.group(0) and src == split.maths[int(m.group(1))]:
            raise Decline("a sector's angle not said to be in degrees")
    v = number(src)
    if v is None or not v.is_positive:
        raise Decline("a positive number for each measure")
    return sp.nsimplify(v), text[:m.start()] + " " + text[m.end():]


def _cone(angle: sp.Expr, radius: sp.Expr, what: str) -> Result:
    if not angle < 360:
        raise Decline("a sector's angle is less than 360 degrees")
    cone = Solid("cone", 1)
    r_val = radius * angle / 360
    values = {cone.dims["r"]: r_val, cone.dims["h"]: sp.sqrt(radius**2 - r_val**2)}
    got = measures(cone)
    value = sp.radsimp(sp.simplify(got[what].subs(values)))
    with mpmath.workdps(40):
        def num(e: sp.Expr) -> mpmath.mpf:
            return mpmath.mpf(sp.N(e.subs(values), 45))
        arc = mpmath.mpf(sp.N(angle, 45)) / 360 * 2 * mpmath.pi * mpmath.mpf(sp.N(radius, 45))
        ok = abs(num(got["circumference"]) - arc) < mpmath.mpf(10) ** -30 * arc and \
            abs(num(got["slant_height"]) - mpmath.mpf(sp.N(radius, 45))) < mpmath.mpf(10) ** -30
        if what == "volume":
            vol = volume_by_slices(cone, values)
            ok = ok and abs(vol - mpmath.mpf(sp.N(value, 45))) < mpmath.mpf(10) ** -25 * vol
    confirm.check(bool(ok), "the base's rim is the sector's arc and the slant height its radius")
    rim = (f"2 \\pi r = \\frac{{{latex(angle)}}}{{360}} \\cdot 2 \\pi \\cdot {latex(radius)}, "
           f"r = {latex(r_val)}")
    steps = [step("the arc becomes the base's rim", "Rolled up, the sector's arc is the "
                  "circumference of the cone's base and its radius the slant height.",
                  f"${rim}$", f"r = {latex(r_val)}")]
    if what != "radius":
        h = latex(values[cone.dims["h"]])
        claim = f"{latex(got[what])} = {latex(value)}"
        steps.append(step(f"the cone's {what.replace('_', ' ')}", f"The slant height is "
                          f"${latex(radius)}$, so the height is $\\sqrt{{{latex(radius)}^2 - "
                          f"{latex(r_val)}^2}} = {h}$.", f"${claim}$", latex(value)))
    return value, steps


def _angle(cone: dict[str, sp.Expr], radius: sp.Expr | None, angle: sp.Expr | None) -> Result:
    slant = cone.get("slant_height", radius)
    if angle is not None or "radius" not in cone or slant is None or (
            radius is not None and "slant_height" in cone):
        raise Decline("the cone's base radius and slant height expected")
    r = cone["radius"]
    if not r < slant:
        raise Decline("a cone's base radius is less than its slant height")
    value = sp.nsimplify(360 * r / slant)
    with mpmath.workdps(40):
        arc = mpmath.mpf(sp.N(value, 45)) / 360 * 2 * mpmath.pi * mpmath.mpf(sp.N(slant, 45))
        rim = 2 * mpmath.pi * mpmath.mpf(sp.N(r, 45))
        ok = abs(arc - rim) < mpmath.mpf(10) ** -30 * rim
    confirm.check(bool(ok), "the sector's arc at that angle equals the base's circumference")
    claim = f"360 \\cdot \\frac{{{latex(r)}}}{{{latex(slant)}}} = {latex(value)}"
    return value, [step("the arc is the base's rim", "The sector's radius is the slant height "
                        "and its arc the base's circumference, a fraction r / R of the whole "
                        "circle.", f"${claim}$", claim)]


__all__ = ["read_cone_from_sector"]
