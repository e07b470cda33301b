"""Typed reader: a point converted between rectangular, polar, cylindrical and spherical
coordinates, or rewritten in the standard ranges of its own system.

Answers use the standard ranges (r > 0, 0 <= theta < 2 pi, 0 <= phi <= pi); a problem that
states other ranges or another answer form is declined. Every conversion is confirmed by
converting the answer back with floating-point arithmetic (`math`)."""

from __future__ import annotations

import math
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import COMMON, as_tuple, places
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

_SYSTEMS = ("rectangular", "polar", "cylindrical", "spherical")
_SIZE = {"rectangular": (2, 3), "polar": (2,), "cylindrical": (3,), "spherical": (3,)}
VOCAB = COMMON | frozenset(_SYSTEMS) | frozenset(
    "convert point coordinates coordinate to from in enter your answer form where and "
    "equivalent standard representation other what rewrite write express change its are "
    "whose with given system corresponding same located plotted into".split())
# other names of the systems
_ALIASES = [(re.compile(r"\b(?:cartesian|x-?y)\b"), "rectangular")]
# the names of the coordinates before the point: its system
_NAMED_SYSTEM = {"(r,\\theta)": "polar", "(r,\\theta,z)": "cylindrical",
                 "(\\rho,\\theta,\\phi)": "spherical", "(x,y)": "rectangular",
                 "(x,y,z)": "rectangular"}
# "60^\circ", "60^{\circ}": an angle in degrees, read in radians
_DEGREES = re.compile(r"(\d+(?:\.\d+)?)\s*\^\s*\{?\s*\\circ\s*\}?")
# the answer forms and ranges a problem may state: exactly the standard ones
_STATED = {
    "(r,\\theta)", "(r,\\theta,z)", "(\\rho,\\theta,\\phi)", "(x,y)", "(x,y,z)", "r>0",
    "\\rho>0", "0\\leq\\theta<2\\pi", "0\\leq\\phi\\leq\\pi", "0\\le\\theta<2\\pi",
    "0\\le\\phi\\le\\pi"}
_TWO_PI = 2 * sp.pi


def _angle(y: sp.Expr, x: sp.Expr) -> sp.Expr:
    theta = sp.nsimplify(sp.atan2(y, x) % _TWO_PI)
    if theta.has(sp.atan, sp.atan2, sp.acos) or not theta.is_real:
        raise Decline("not an exact angle")
    return theta


def _to_rect(system: str, p: tuple[sp.Expr, ...]) -> tuple[sp.Expr, ...]:
    if system == "rectangular":
        return p
    if system in ("polar", "cylindrical"):
        r, t = p[0], p[1]
        return (sp.nsimplify(r * sp.cos(t)), sp.nsimplify(r * sp.sin(t)), *p[2:])
    rho, t, phi = p
    return (sp.nsimplify(rho * sp.sin(phi) * sp.cos(t)),
            sp.nsimplify(rho * sp.sin(phi) * sp.sin(t)), sp.nsimplify(rho * sp.cos(phi)))


def _from_rect(system: str, q: tuple[sp.Expr, ...]) -> tuple[sp.Expr, ...]:
    if system == "rectangular":
        return q
    if system in ("polar", "cylindrical"):
        if q[0] == 0 and q[1] == 0:
            raise Decline("the angle of the origin is not defined")
        return (sp.sqrt(q[0] ** 2 + q[1] ** 2), _angle(q[1], q[0]), *q[2:])
    rho = sp.sqrt(q[0] ** 2 + q[1] ** 2 + q[2] ** 2)
    if q[0] == 0 and q[1] == 0:
        raise Decline("the angle theta of a point on the z-axis is not defined")
    phi = sp.nsimplify(sp.acos(q[2] / rho))
    if phi.has(sp.acos):
        raise Decline("not an exact angle")
    return rho, _angle(q[1], q[0]), phi


def _float_rect(system: str, p: tuple[float, ...]) -> tuple[float, ...]:
    if system == "rectangular":
        return p
    if system in ("polar", "cylindrical"):
        return (p[0] * math.cos(p[1]), p[0] * math.sin(p[1]), *p[2:])
    return (p[0] * math.sin(p[2]) * math.cos(p[1]), p[0] * math.sin(p[2]) * math.sin(p[1]),
            p[0] * math.cos(p[2]))


def _confirm(source: str, p: tuple, target: str, answer: tuple) -> None:
    """Both points, taken to rectangular coordinates in floating point, are one point; and
    the answer is in the standard ranges."""
    a = _float_rect(source, tuple(float(c) for c in p))
    b = _float_rect(target, tuple(float(c) for c in answer))
    ok = all(abs(u - v) <= 1e-9 * max(1.0, abs(u)) for u, v in zip(a, b, strict=True))
    if target != "rectangular":
        ok = ok and float(answer[0]) > 0 and 0 <= float(answer[1]) < 2 * math.pi
    if target == "spherical":
        ok = ok and 0 <= float(answer[2]) <= math.pi
    confirm.check(ok, "converting the answer back in floating point gives the given point")


def _claims(system: str, p: tuple, q: tuple, back: bool) -> list[str]:
    """The formulas of one conversion as checkable claims."""
    if system in ("polar", "cylindrical"):
        r, t = p[0], p[1]
        if back:
            return [f"r = \\sqrt{{\\left({latex(q[0])}\\right)^{{2}} + \\left({latex(q[1])}"
                    f"\\right)^{{2}}}} = {latex(r)}",
                    f"{latex(r)} \\cos\\left({latex(t)}\\right) = {latex(q[0])}"]
        return [f"{latex(r)} \\cos\\left({latex(t)}\\right) = {latex(q[0])}",
                f"{latex(r)} \\sin\\left({latex(t)}\\right) = {latex(q[1])}"]
    rho, t, phi = p
    if back:
        return [f"\\rho = \\sqrt{{{latex(q[0] ** 2 + q[1] ** 2 + q[2] ** 2)}}} = {latex(rho)}",
                f"{latex(rho)} \\cos\\left({latex(phi)}\\right) = {latex(q[2])}"]
    return [f"{latex(rho)} \\sin\\left({latex(phi)}\\right) \\cos\\left({latex(t)}\\right) = "
            f"{latex(q[0])}",
            f"{latex(rho)} \\sin\\left({latex(phi)}\\right) \\sin\\left({latex(t)}\\right) = "
            f"{latex(q[1])}", f"{latex(rho)} \\cos\\left({latex(phi)}\\right) = {latex(q[2])}"]


def _standard(system: str, p: tuple) -> tuple[sp.Expr, ...]:
    """The point in the standard ranges of its own system, by its angles alone (an angle
    such as pi/5 has no exact rectangular form to go through): a negative radius turns the
    angle by pi (in space, phi becomes pi - phi); phi past pi comes back and turns theta."""
    r, t = (sp.nsimplify(sp.simplify(c)) for c in p[:2])
    if r == 0:
        raise Decline("the angles of the origin are not defined")
    if system in ("polar", "cylindrical"):
        if r < 0:
            r, t = -r, t + sp.pi
        return (r, sp.Mod(t, _TWO_PI), *p[2:])
    phi = sp.nsimplify(sp.simplify(p[2]))
    if r < 0:
        r, t, phi = -r, t + sp.pi, sp.pi - phi
    phi = sp.Mod(phi, _TWO_PI)
    if phi > sp.pi:
        phi, t = _TWO_PI - phi, t + sp.pi
    if phi in (0, sp.pi):
        raise Decline("the angle theta of a point on the z-axis is not defined")
    return r, sp.Mod(t, _TWO_PI), phi


def convert(source: str, p: tuple, target: str) -> Result:
    if len(p) not in _SIZE[source] or any(c.free_symbols or not c.is_real for c in p):
        raise Decline(f"a point in {source} coordinates")
    if source == target != "rectangular":
        answer = tuple(sp.nsimplify(sp.simplify(c)) for c in _standard(source, p))
        _confirm(source, p, target, answer)
        shown = latex(sp.Tuple(*answer))
        return sp.Tuple(*answer), [step(
            "the standard ranges", "A negative radius points the other way: add pi to the "
            "angle; then bring each angle into its standard range by whole turns.",
            f"The same point: ${shown}$.", shown)]
    rect = _to_rect(source, p)
    if any(c.has(sp.sin, sp.cos) for c in rect):
        raise Decline("not an exact angle")
    steps: list[Step] = []
    if source != "rectangular":
        cs = _claims(source, p, rect, back=False)
        steps.append(step(f"from {source} to rectangular coordinates", "Project the point "
                          "onto the axes.", " and ".join(f"${c}$" for c in cs), cs[0]))
    if len(rect) not in _SIZE[target]:
        raise Decline(f"a {len(rect)}-D point has no {target} coordinates")
    if target == "rectangular":
        answer = rect
    else:
        answer = _from_rect(target, rect)
        cs = _claims(target, answer, rect, back=True)
        steps.append(step(f"from rectangular to {target} coordinates", "Take the distance "
                          "from the origin, then the angle in the standard range.",
                          " and ".join(f"${c}$" for c in cs), cs[0]))
    _confirm(source, p, target, answer)
    return sp.Tuple(*answer), steps


def _source(template: str, p: int, named: str | None) -> str | None:
    """The system the point @p@ is given in: from its coordinates' names or the words
    around it ("from polar", "the polar point @p@"); else "@p@ in polar coordinates"."""
    sys_ = "(" + "|".join(_SYSTEMS) + ")"
    for pattern in (rf"\bfrom {sys_}(?: coordinates| form)? (?:in)?to\b|{sys_} (?:coordinates|"
                    rf"point|form),?(?: of(?: the point)?| are| is)? @{p}@|^in {sys_} "
                    rf"coordinates,? (?:the|a) point (?:is )?@{p}@",
                    rf"@{p}@ (?:is )?(?:given )?(?:in|from) {sys_}\b"):
        said = {g for m in re.finditer(pattern, template) for g in m.groups() if g}
        if named is not None:
            said.add(named)
        if len(said) > 1:
            raise Decline("the coordinate systems are not clear")
        if said:
            return said.pop()
    return None


def _systems(template: str, point_place: int, named: str | None = None,
             size: int = 0) -> tuple[str, str]:
    source = _source(template, point_place, named)
    plain = re.match(rf"(?:convert|change|rewrite|express|write) (?:the point )?@{point_place}@ "
                     r"(?:to|into|in) (\w+) coordinates\s*[.?]?$", template)
    if source is None and plain and plain.group(1) in _SYSTEMS:
        # "Convert (1, 1) to polar coordinates": a point written plainly is rectangular; one
        # of two numbers converted to rectangular is polar (of three it could be either)
        if plain.group(1) != "rectangular":
            return "rectangular", plain.group(1)
        if size == 2:
            return "polar", "rectangular"
    if source is None:
        raise Decline("which coordinates the point is in is not said")
    others = set(re.findall(r"\b(" + "|".join(_SYSTEMS) + r")\b", template)) - {source}
    if len(others) > 1:
        raise Decline("the coordinate systems are not clear")
    if others:
        return source, others.pop()
    if named is None and source != "rectangular" and re.match(
            rf"(?:find|what are|determine|give|compute) the {source} coordinates of (?:the "
            rf"point )?@{point_place}@\s*[?.]", template):  # the point as written: x, y(, z)
        return "rectangular", source
    if not {"equivalent", "standard"} & words(template) or source == "rectangular":
        raise Decline("the coordinate system wanted is not said")
    return source, source


def read_conversion(split: Split, template: str) -> Result | None:
    for pattern, said in _ALIASES:
        template = pattern.sub(said, template)
    w = words(template)
    if not w & {"coordinates", "form"} or not w & set(_SYSTEMS) or \
            not words_within(template, VOCAB):
        return None
    points, system, degrees = [], None, False
    for i in dict.fromkeys(places(template)):
        src = split.maths[i]
        if re.sub(r"\s+|\\left|\\right", "", src) in _STATED:
            continue
        named = re.match(r"\s*\([\\a-z, ]+\)\s*=(?=\s*(?:\\left)?\s*\()", src)
        if named:  # "(\rho,\theta,\phi) = (6, ...)": the names of the coordinates, then them
            system = _NAMED_SYSTEM.get(re.sub(r"\s+", "", named.group(0)[:-1]))
            if system is None:
                raise Decline("coordinates named in an unusual order")
            src = src[named.end():]
        degrees = degrees or bool(_DEGREES.search(src))
        src = _DEGREES.sub(r"\\frac{\1 \\pi}{180}", src)
        v = as_tuple(parse_latex(src))
        if not isinstance(v, sp.Tuple):
            raise Decline("a piece of maths that is not a point")
        points.append((i, tuple(v)))
    if len(points) != 1:
        raise Decline("one point to convert expected")
    place, p = points[0]
    source, target = _systems(template, place, system, len(p))
    if degrees and (source == "rectangular" or target != "rectangular"):
        raise Decline("angles in degrees are read only in a point converted to rectangular")
    return convert(source, p, target)


__all__ = ["VOCAB", "convert", "read_conversion"]
