"""Typed reader: three circles, each externally tangent to the other two, told by the
distances between their centres.

"Three circles are mutually externally tangent. The distances between their centers are 5, 6
and 7. What is the radius of the smallest circle?", "The centers of three mutually externally
tangent circles form a triangle with sides 3, 4 and 5. What is the sum of the areas of the
circles?", "The vertices of a 5-12-13 triangle are the centres of three circles, each
externally tangent to the other two ...", "3 circles each touch the other two on the outside.
their centres are 8, 10 and 12 apart. whats the radius of the biggest circle".

Circles that touch from outside have their centres a sum of radii apart: r1 + r2 = d12,
r1 + r3 = d13, r2 + r3 = d23, so with s half the sum of the distances each radius is s less
the distance between the other two centres. Every distance must be less than the other two
together (else a radius is not positive: declines). Touching that is not said to be external
("mutually tangent") declines: one circle could hold the other two. Confirmed a second way: the
three tangency equations solved as a linear system, and the circles placed on coordinates
(50 digits) with the centres the told distances apart, each pair touching from outside."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import (
    COMMON,
    EXACT_FORM,
    number,
    without_length_units,
)
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_N = r"@(\d+)@"
_THREE = rf"(?:three|{_N})"
_CENTRES = r"(?:their|the|whose) cent(?:er|re)s"
_OF_CIRCLES = rf"(?: of (?:the |these )?(?:{_THREE} )?circles)?"
_TOUCH = re.compile(
    r"(?:(?:are|is|all) )*(?:(?:mutually|pairwise) externally tangent|externally tangent to "
    r"(?:one another|each other)|each externally tangent to the other two|(?:each )?"
    r"touch(?:es|ing)? (?:the other two|each other|one another) (?:on the outside|externally|"
    r"from outside)"
    r"|(?:each )?externally tangent to the other two)|(?:,? )?each (?:of which is )?externally "
    r"tangent to the other two")
_TRIPLE = re.compile(r"\s*(\d+)\s*-\s*(\d+)\s*-\s*(\d+)\s*")
_LOOSE_TOUCH = re.compile(r"\b(?:tangent|touch(?:es|ing)?)\b")
_THREE_SIDES = rf"{_N},? {_N},? and {_N}"
_DISTANCES = [re.compile(p) for p in (
    rf"\bthe distances between {_CENTRES}{_OF_CIRCLES} are {_THREE_SIDES}",
    rf"\b{_CENTRES}{_OF_CIRCLES} are {_THREE_SIDES} apart",
    rf"\b{_CENTRES}{_OF_CIRCLES} (?:form|are the vertices of|are at the vertices of|are the "
    rf"corners of) a triangle (?:with|whose|of) sides? (?:lengths? |of lengths? |are |measuring "
    rf")?(?:of )?{_THREE_SIDES}",
    rf"\bthe vertices of a (?:triangle (?:with|whose) sides? (?:lengths? |are |of lengths? )?"
    rf"{_THREE_SIDES}|{_N} ?- ?{_N} ?- ?{_N} (?:right )?triangle|@(?P<triple>\d+)@ (?:right )?"
    rf"triangle) are the cent(?:er|re)s of",
)]
_ASK_ONE = re.compile(
    r"(?:what is|find|compute|determine|give|how (?:long|big) is) the (?P<what>radius|diameter|"
    r"area|circumference) of the (?P<which>smallest|smaller|largest|larger|biggest|middle|"
    r"medium|middle-sized|medium-sized)(?: sized)? (?:of the (?:three )?circles|circle)"
    r"(?: in [a-z ]+)?[?.]?$")
_ASK_ALL = re.compile(
    r"(?:what is|find|compute|determine|give) the (?:sum|total) of (?:the|their) (?P<what>radii|"
    r"diameters|areas|circumferences)(?: of (?:the|these|all|all the) (?:three )?circles)?"
    r"(?: in [a-z ]+)?[?.]?$|(?:what is|find|compute|determine|give) the (?:total|combined) "
    r"(?P<what2>area|"
    r"circumference) of (?:the|these|all) (?:three )?circles(?: in [a-z ]+)?[?.]?$")
_GLUE = FILLER | COMMON | frozenset(
    "three circles circle are there drawn plane each other all of".split())
_SMALL = {"smallest", "smaller"}
_LARGE = {"largest", "larger", "biggest"}


def read_tangent_circle_triple(split: Split, template: str) -> Result | None:
    if "circle" not in template or not _LOOSE_TOUCH.search(template):
        return None
    # a drawing's code beside the words (its readers have declined): every given is read
    # from the words, so it is left out
    template = re.sub(r"\[asy\].*?\[/asy\]", " ", template, flags=re.S)
    text, units = without_length_units(re.sub(EXACT_FORM, " ", template.lower()))
    sentences = [s.strip(" ,") for s in re.split(r"(?<=[.?;])\s+", text) if s.strip(" ,")]
    if not sentences:
        return None
    asked = sentences[-1]
    one, every = _ASK_ONE.fullmatch(asked), _ASK_ALL.fullmatch(asked)
    if one is None and every is None:
        return None
    told = re.sub(r",? as (?:shown|drawn|pictured)(?: (?:below|above|here))?", " ",
                  " ".join(sentences[:-1]))
    touching = _TOUCH.search(told)
    told = " ".join(_TOUCH.sub(" ", told).split())
    found = [m for p in _DISTANCES for m in p.finditer(told)]
    if len(found) != 1:
        return None
    if touching is None:
        raise Decline("three circles that touch: externally or one inside another is not said")
    m = found[0]
    keys = [g for g in m.groups() if g is not None]
    told = told[:m.start()] + " ; " + told[m.end():]
    if m.groupdict().get("triple") is not None:  # "a $3 - 4 - 5$ right triangle": one piece
        keys = keys[:-1]
        sides = _TRIPLE.fullmatch(split.maths[int(m.group("triple"))])
        if sides is None:
            return None
        distances = [_positive(number(g)) for g in sides.groups()]
    else:
        distances = [_length(split, k) for k in keys[-3:]]
        keys = keys[:-3]
    for k in keys + re.findall(r"@(\d+)@(?= circles)", told):  # "3 circles"
        if number(split.maths[int(k)]) != 3:
            raise Decline("three circles")
    told = re.sub(r"@\d+@(?= circles)", " ", told)
    if words(told) - _GLUE or re.search(r"@\d+@", told) or len(units - {"unit"}) > 1 or \
            _LOOSE_TOUCH.search(told) or "intern" in told:
        return None
    radii = _radii(distances)
    value, claim = _asked(one, every, radii)
    return value, _steps(distances, radii, claim)


def _length(split: Split, k: str) -> sp.Expr:
    return _positive(number(split.maths[int(k)]))


def _positive(value: sp.Basic | None) -> sp.Expr:
    if not isinstance(value, sp.Expr) or not value.is_positive:
        raise Decline("a positive distance between each pair of centres")
    return sp.nsimplify(value)


def _radii(d: list[sp.Expr]) -> list[sp.Expr]:
    """The radii from d12, d13, d23 (which is which does not change the three radii)."""
    half = sum(d, sp.Integer(0)) / 2
    radii = [sp.nsimplify(half - d[2]), sp.nsimplify(half - d[1]), sp.nsimplify(half - d[0])]
    if not all(r.is_positive for r in radii):
        raise Decline("each distance between centres less than the other two together")
    r1, r2, r3 = sp.symbols("r1:4")
    solved = sp.linsolve([r1 + r2 - d[0], r1 + r3 - d[1], r2 + r3 - d[2]], [r1, r2, r3])
    again = list(next(iter(solved)))
    confirm.check(all(sp.simplify(a - b) == 0 for a, b in zip(again, radii, strict=True)),
                  "the tangency equations solved as a linear system give the same radii")
    _on_coordinates(d, radii)
    return radii


def _on_coordinates(d: list[sp.Expr], radii: list[sp.Expr]) -> None:
    with mpmath.workdps(50):
        d12, d13, d23 = (mpmath.mpf(sp.N(x, 60)) for x in d)
        r = [mpmath.mpf(sp.N(x, 60)) for x in radii]
        x3 = (d12**2 + d13**2 - d23**2) / (2 * d12)
        y3 = mpmath.sqrt(d13**2 - x3**2)  # the third centre: its distance to the first is d13
        c = [(mpmath.mpf(0), mpmath.mpf(0)), (d12, mpmath.mpf(0)), (x3, y3)]
        gaps = [mpmath.sqrt((c[i][0] - c[j][0])**2 + (c[i][1] - c[j][1])**2) - r[i] - r[j]
                for i, j in ((0, 1), (0, 2), (1, 2))]
        ok = all(abs(g) < mpmath.mpf(10) ** -40 for g in gaps) and y3 > 0
    confirm.check(bool(ok), "on coordinates each pair of circles touches from outside")


def _asked(one: re.Match[str] | None, every: re.Match[str] | None,
           radii: list[sp.Expr]) -> tuple[sp.Expr, str]:
    measure = {"radius": lambda r: r, "radii": lambda r: r, "diameter": lambda r: 2 * r,
               "diameters": lambda r: 2 * r, "area": lambda r: sp.pi * r**2,
               "areas": lambda r: sp.pi * r**2, "circumference": lambda r: 2 * sp.pi * r,
               "circumferences": lambda r: 2 * sp.pi * r}
    ordered = sorted(radii, key=lambda r: float(r))
    if one is not None:
        which = one.group("which")
        if which in _SMALL:
            r = ordered[0]
        elif which in _LARGE:
            r = ordered[-1]
        else:
            if len(set(ordered)) != 3:
                raise Decline("a middle circle among three different circles")
            r = ordered[1]
        what = one.group("what")
        value = sp.simplify(measure[what](r))
        return value, f"{_SAID[what](latex(r))} = {latex(value)}"
    assert every is not None
    what = every.group("what") or every.group("what2")
    value = sp.simplify(sum((measure[what](r) for r in radii), sp.Integer(0)))
    return value, " + ".join(_SAID[what](latex(r)) for r in radii) + f" = {latex(value)}"


_SAID = {"radius": lambda r: r, "radii": lambda r: r, "diameter": lambda r: f"2 \\cdot {r}",
         "diameters": lambda r: f"2 \\cdot {r}", "area": lambda r: f"\\pi \\left({r}\\right)^2",
         "areas": lambda r: f"\\pi \\left({r}\\right)^2",
         "circumference": lambda r: f"2 \\pi \\cdot {r}",
         "circumferences": lambda r: f"2 \\pi \\cdot {r}"}


def _steps(d: list[sp.Expr], radii: list[sp.Expr], claim: str) -> list:
    half = sum(d, sp.Integer(0)) / 2
    system = (f"r_1 + r_2 = {latex(d[0])},\\ r_1 + r_3 = {latex(d[1])},\\ r_2 + r_3 = "
              f"{latex(d[2])}")
    found = ",\\ ".join(f"r_{i + 1} = {latex(r)}" for i, r in enumerate(radii))
    return [
        step("touching circles", "Circles that touch from outside have their centres a sum of "
             "radii apart.", f"${system}$", system),
        step("the radii", "Add the three equations: the radii add up to half the sum of the "
             "distances; take away each equation.",
             f"$r_1 + r_2 + r_3 = {latex(half)}$, so ${found}$.", found),
        step("the answer", "Use the radii the question asks about.", f"${claim}$", claim)]


__all__ = ["read_tangent_circle_triple"]
