"""Typed reader: the diagonals of a polygon. How many can be drawn from one vertex ("How
many diagonals can be drawn from one vertex of a decagon?": n - 3), and the longest or the
shortest diagonal of a regular polygon told by its side or perimeter ("A regular hexagon has
a perimeter of 48. What is the length of its longest diagonal?").

A regular n-gon lies on a circle of radius R = s / (2 sin(pi/n)); the diagonal that skips k
sides is 2R sin(k pi/n), the shortest with k = 2, the longest with k = floor(n/2).
Confirmed on coordinates: the polygon's vertices are put on the circle (50 digits), every
diagonal is measured and the extreme one compared; the count from a vertex is confirmed by
listing the vertices that are neither it nor its neighbours.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.figure_measures import POLYGON_SIDES
from tutor.reasoning.symbolic.geometry.reading import EXACT_FORM, number, without_length_units
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_POLY = (r"(?:(?P<word>" + "|".join(sorted(POLYGON_SIDES, key=len, reverse=True)) +
         r")|@(?P<n>\d+)@ ?-sided polygon|polygon with @(?P<n2>\d+)@ sides)")
_COUNT = re.compile(rf"^how many diagonals can (?:be drawn|you draw|one draw) from (?:one|a single|"
                    rf"any one|each|a) vertex of (?:a|an) (?:(?:regular|convex) )?{_POLY}\?$")
_TOLD = re.compile(rf"^(?:a|the) regular {_POLY} (?:has (?:a )?(?P<what>side length|side|perimeter)"
                   r"(?: of| of length)?|with (?P<what2>side length|side|perimeter)(?: of)?) "
                   r"@(?P<v>\d+)@\.$")
_TOLD_SUBJECT = re.compile(rf"^the (?P<what>side length|perimeter|length of (?:a|each) side) of "
                           rf"(?:a|the) regular {_POLY} is @(?P<v>\d+)@\.$")
_ASK_FIRST = re.compile(r"^(?:what is|find) the (?:length of the )?(?P<which>(?:longest|shortest|"
                        r"longer|shorter) diagonal|apothem) of a regular (?P<poly>[a-z]+|"
                        r"@\d+@ ?-sided polygon) with "
                        r"(?P<rest>(?:a )?(?:side length|side|perimeter)(?: of)? @\d+@)\?$")
_ASK = re.compile(r"^(?:what is|find) (?:the length of )?(?:its|the|a) (?P<which>(?:longest|"
                  r"shortest|longer|shorter) diagonal|apothem)(?: of the (?:hexagon|polygon|"
                  r"pentagon|octagon))?\?$")


def _sides(split: Split, m: re.Match[str]) -> int:
    if m.group("word"):
        n = POLYGON_SIDES[m.group("word")]
    else:
        v = number(split.maths[int(m.group("n") or m.group("n2"))])
        if v is None or not v.is_Integer:
            raise Decline("a whole number of sides")
        n = int(v)
    if n < 3:
        raise Decline("a polygon has at least 3 sides")
    return n


def read_polygon_diagonals(split: Split, template: str) -> Result | None:
    if "diagonal" not in template and "apothem" not in template:
        return None
    text, units = without_length_units(re.sub(r"\s+", " ", re.sub(
        EXACT_FORM, "", template.lower()).strip()))
    if (count := _COUNT.match(text)) is not None:
        n = _sides(split, count)
        listed = [j for j in range(n) if j not in (0, 1, n - 1)]
        value = sp.Integer(n - 3)
        confirm.check(len(listed) == n - 3, "listing the vertices not next to the first")
        claim = f"{n} - 3 = {n - 3}"
        return value, [step("count the diagonals from one vertex", "From one vertex a "
                            "diagonal goes to every vertex but itself and its two neighbours.",
                            f"${claim}$", claim)]
    first = _ASK_FIRST.match(text)  # "what is ... diagonal of a regular hexagon with side 7?"
    if first:
        text = (f"a regular {first.group('poly')} with {first.group('rest')}. what is the "
                f"length of its {first.group('which')}?")
    parts = [p.strip() for p in re.split(r"(?<=[.?])\s+", text) if p.strip()]
    if len(parts) != 2 or len(units - {"unit"}) > 1:
        return None
    told = _TOLD.match(parts[0]) or _TOLD_SUBJECT.match(parts[0])
    ask = _ASK.match(parts[1])
    if told is None or ask is None or words(ask.group(0)) - FILLER - {
            "length", "longest", "shortest", "longer", "shorter", "diagonal", "hexagon",
            "polygon", "pentagon", "octagon", "apothem"}:
        return None
    n = _sides(split, told)
    if n < 4:
        raise Decline("a triangle has no diagonals")
    v = number(split.maths[int(told.group("v"))])
    if v is None or not v.is_positive:
        raise Decline("a positive length")
    what = told.group("what") or told.group("what2")  # the second pattern has no "what2"
    s = v / n if "perimeter" in what else v
    which = ask.group("which").split()[0]
    if which in ("longer", "shorter") and n > 6:
        raise Decline("a longer or shorter diagonal of a polygon with more than two lengths")
    if which == "apothem":
        return _apothem(n, s)
    which = {"longer": "longest", "shorter": "shortest"}.get(which, which)
    k = n // 2 if which == "longest" else 2
    value = sp.nsimplify(sp.radsimp(sp.simplify(s * sp.sin(k * sp.pi / n) / sp.sin(sp.pi / n))))
    with mpmath.workdps(50):
        big_r = mpmath.mpmathify(str(sp.N(s, 60))) / (2 * mpmath.sin(mpmath.pi / n))
        pts = [(big_r * mpmath.cos(2 * mpmath.pi * j / n), big_r * mpmath.sin(2 * mpmath.pi * j
                                                                               / n))
               for j in range(n)]
        diagonals = [mpmath.hypot(pts[i][0] - pts[j][0], pts[i][1] - pts[j][1])
                     for i in range(n) for j in range(i + 2, n) if (i, j) != (0, n - 1)]
        got = max(diagonals) if k == n // 2 else min(diagonals)
        confirm.check(abs(got - mpmath.mpmathify(str(sp.N(value, 60)))) < mpmath.mpf(10) ** -35,
                      f"the {which} diagonal measured on the placed polygon")
    claim = (f"{latex(s)} \\cdot \\frac{{\\sin({k}\\pi/{n})}}{{\\sin(\\pi/{n})}} = "
             f"{latex(value)}")
    return value, [
        step("the polygon on its circle", f"A regular {n}-gon with side ${latex(s)}$ lies on a "
             f"circle of radius $R = \\frac{{s}}{{2\\sin(\\pi/{n})}}$; the diagonal that skips "
             f"{k} sides is $2R\\sin({k}\\pi/{n})$.", f"${claim}$", "")]


def _apothem(n: int, s: sp.Expr) -> Result:
    """The distance from the centre to a side: s / (2 tan(pi/n)); confirmed as the distance
    from the centre to the midpoint of a side of the polygon placed on its circle."""
    value = sp.nsimplify(sp.radsimp(sp.simplify(s / (2 * sp.tan(sp.pi / n)))))
    if value.atoms(sp.tan, sp.cot):
        raise Decline("an apothem with no exact value")
    with mpmath.workdps(50):
        big_r = mpmath.mpmathify(str(sp.N(s, 60))) / (2 * mpmath.sin(mpmath.pi / n))
        mid = (big_r * (1 + mpmath.cos(2 * mpmath.pi / n)) / 2,
               big_r * mpmath.sin(2 * mpmath.pi / n) / 2)
        confirm.check(abs(mpmath.hypot(*mid) - mpmath.mpmathify(str(sp.N(value, 60))))
                      < mpmath.mpf(10) ** -35,
                      "the distance from the centre to a side's midpoint, measured")
    claim = f"\\frac{{{latex(s)}}}{{2\\tan(\\pi/{n})}} = {latex(value)}"
    return value, [step("the apothem", "The apothem runs from the centre to the midpoint of a "
                        "side, at a right angle; with half the side it makes a right triangle "
                        f"whose angle at the centre is $\\pi/{n}$.", f"${claim}$", claim)]


__all__ = ["read_polygon_diagonals"]
